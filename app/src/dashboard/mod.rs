//! The logged-in home page and the agency's progress in the open period.

pub mod api;
pub mod progress_api;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod ui;
