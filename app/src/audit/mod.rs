//! The audit log: what is recorded (types), how it is written and read, and its page.

#[cfg(feature = "ssr")]
pub mod repo;
pub mod texts;
pub mod types;
pub mod ui;
