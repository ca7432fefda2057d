//! The organisation: agencies (platform admin), units, roles and assessment periods.

pub mod platform_api;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod texts;
pub mod types;
pub mod ui;
