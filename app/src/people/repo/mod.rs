//! Repositories (server only).

pub mod corrections;
pub mod employees;
pub mod records;
