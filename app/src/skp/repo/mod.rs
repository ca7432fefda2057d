//! Repositories (server only).

#[cfg(feature = "ssr")]
pub mod evidence;
#[cfg(feature = "ssr")]
pub mod feedback;
#[cfg(feature = "ssr")]
pub mod plans;
#[cfg(feature = "ssr")]
pub mod ratings;
