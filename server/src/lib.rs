//! Prestasi's server: everything `main.rs` wires together, kept in a library so that the
//! integration tests start the real application against a fresh database.

pub mod admin;
pub mod cli;
pub mod config;
pub mod db;
pub mod demo_careers;
pub mod demo_development;
pub mod demo_idp;
pub mod demo_plans;
pub mod http;
pub mod schedule;
pub mod seed;
pub mod startup;
pub mod telemetry;
