//! Components and pages.

pub mod audit_page;
pub mod labels;
pub mod routes;
