//! Routed pages, one per file.

pub mod admin;
pub mod admin_employee;
pub mod admin_periods;
pub mod admin_roles;
pub mod admin_units;
pub mod appeal;
pub mod approvals;
pub mod audit;
pub mod career;
pub mod change_password;
pub mod distribution;
pub mod employee;
pub mod evaluation;
pub mod home;
pub mod input360;
pub mod leaderboard;
pub mod login;
pub mod not_found;
pub mod platform;
pub mod predikat_simulator;
pub mod profile;
pub mod skp;
pub mod tasks;
pub mod team;
pub mod team_plan;
