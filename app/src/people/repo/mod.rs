//! Repositories (server only).

pub mod corrections;
pub mod employees;
pub mod profile;
pub mod records;
