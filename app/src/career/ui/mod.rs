//! Components and pages.

pub mod career_page;
mod chart;
mod labels;
pub mod leaderboard_page;
pub mod predikat_simulator_page;
mod scenarios;
mod standing;
