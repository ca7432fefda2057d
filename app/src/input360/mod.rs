//! 360 input on a plan: invitations, the raters' answers and the anonymous aggregate.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod types;
pub mod ui;
