//! Components and pages.

pub mod distribution_page;
