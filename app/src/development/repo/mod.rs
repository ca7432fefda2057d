//! Repositories (server only): the catalogue, applications with their merit inputs and
//! decisions, learning records and JP compliance by unit.

pub mod applications;
pub mod compliance;
pub mod idp;
pub mod imports;
pub mod learning;
pub mod mentoring;
pub mod offerings;
pub mod studies;
