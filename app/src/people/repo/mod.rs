//! Repositories (server only).

pub mod employees;
pub mod records;
