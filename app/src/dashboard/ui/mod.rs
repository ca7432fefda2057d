//! Components and pages.

pub mod dashboard_view;
pub mod home_page;
pub mod progress_table;
