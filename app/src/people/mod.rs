//! Employee records: profiles, the HR office's edits and reporting lines, correction requests.

pub mod api;
pub mod corrections_api;
pub mod directory_api;
pub mod records_api;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod types;
pub mod ui;
