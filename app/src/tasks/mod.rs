//! What the caller must act on, derived from the records.

pub mod api;
pub mod ui;
