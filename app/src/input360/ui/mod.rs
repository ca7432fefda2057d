//! Components and pages.

pub mod input360_page;
pub mod panel;
pub mod routes;
