//! The tim evaluasi's annual review: notes on rated plans and the units' summaries.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod types;
pub mod ui;
