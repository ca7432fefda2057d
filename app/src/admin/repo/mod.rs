//! Repositories (server only).

pub mod agencies;
pub mod periods;
pub mod roles;
pub mod units;
