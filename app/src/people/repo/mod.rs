//! Repositories (server only).

#[cfg(feature = "ssr")]
pub mod employees;
#[cfg(feature = "ssr")]
pub mod records;
