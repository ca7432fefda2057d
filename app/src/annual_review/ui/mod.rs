//! Components and pages.

pub mod evaluation_page;
pub mod panel;
pub mod routes;
pub mod unit_summaries;
