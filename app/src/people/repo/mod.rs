//! Repositories (server only).

pub mod corrections;
pub mod employees;
pub mod handover;
pub mod profile;
pub mod records;
