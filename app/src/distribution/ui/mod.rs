//! Components and pages.

pub mod distribution_page;
pub mod routes;
