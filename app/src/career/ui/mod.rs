//! Components and pages.

pub mod career_page;
pub mod leaderboard_page;
pub mod predikat_simulator_page;
