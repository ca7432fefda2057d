//! The official documents of a plan: the SKP form and the evaluation document.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod texts;
pub mod types;
pub mod ui;
