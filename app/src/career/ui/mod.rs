//! Components and pages.

pub mod career_page;
pub mod career_view;
mod chart;
mod labels;
pub mod leaderboard_page;
mod odds;
pub mod predikat_simulator_page;
pub mod routes;
mod saved;
mod scenarios;
mod standing;
mod timeline;
