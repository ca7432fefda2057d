//! The unit's predikat distribution: the pejabat penilai's submission, the atasan's decision.

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod texts;
pub mod types;
pub mod ui;
