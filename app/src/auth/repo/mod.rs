//! Repositories (server only).

pub mod demo;
pub mod users;
