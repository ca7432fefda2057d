//! What the caller must act on, derived from the records.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod texts;
pub mod types;
pub mod ui;
