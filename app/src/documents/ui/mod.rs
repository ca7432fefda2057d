//! Components and pages.

pub mod document_results;
pub mod evaluation_form_page;
pub mod form_identity;
pub mod routes;
pub mod skp_form_page;
