//! Keberatan: appeals on a rating and their exchange.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod types;
pub mod ui;
