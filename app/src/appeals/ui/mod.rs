//! Components and pages.

pub mod appeal_page;
pub mod routes;
