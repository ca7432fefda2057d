//! Repositories (server only): the catalogue, applications with their merit inputs and
//! decisions, and learning records.

pub mod applications;
pub mod learning;
pub mod offerings;
