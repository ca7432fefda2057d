//! SKP, the employee's performance plan: periods' plans, results and indicators, realisation,
//! evidence, feedback and the rating, with the pages of the employee and the pejabat penilai.

pub mod api;
pub mod evidence_api;
pub mod form_api;
pub mod outbox;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod types;
pub mod ui;
