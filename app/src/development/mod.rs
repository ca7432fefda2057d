//! Development (pengembangan kompetensi): the HR office's catalogue of learning offerings with
//! eligibility criteria, applications and nominations ranked by merit when over-subscribed,
//! each employee's record of completed learning with the year's JP, and further education
//! (tugas belajar / izin belajar) that updates the education on record, mentoring, and each
//! employee's individual development plan.

pub mod api;
pub mod checks;
pub mod idp_api;
pub mod idp_texts;
pub mod idp_types;
#[cfg(feature = "ssr")]
pub mod import;
pub mod learning_api;
pub mod mentoring_api;
pub mod mentoring_texts;
pub mod mentoring_types;
pub mod reason_texts;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod study_api;
pub mod study_texts;
pub mod study_types;
pub mod texts;
pub mod types;
pub mod ui;
