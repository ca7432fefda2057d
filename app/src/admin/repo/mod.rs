//! Repositories (server only).

#[cfg(feature = "ssr")]
pub mod agencies;
#[cfg(feature = "ssr")]
pub mod periods;
#[cfg(feature = "ssr")]
pub mod roles;
#[cfg(feature = "ssr")]
pub mod units;
