//! Components and pages.

pub mod approvals_page;
pub mod evidence_files;
pub mod evidence_upload;
pub mod explain_texts;
pub mod explanation;
pub mod feedback_thread;
pub mod outbox_form;
pub mod outbox_panel;
pub mod plan_page;
pub mod predikat_matrix;
pub mod rating_panel;
pub mod rating_picker;
pub mod routes;
pub mod skp_plan;
pub mod team_page;
pub mod team_plan_page;
