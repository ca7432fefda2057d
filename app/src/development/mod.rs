//! Development (pengembangan kompetensi): the HR office's catalogue of learning offerings with
//! eligibility criteria, applications and nominations ranked by merit when over-subscribed,
//! and each employee's record of completed learning with the year's JP.

pub mod api;
pub mod checks;
pub mod learning_api;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod texts;
pub mod types;
pub mod ui;
