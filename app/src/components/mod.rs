//! Reusable UI pieces, one component per file. They wire signals to views and call `rules`;
//! they hold no business logic.

pub mod annual_review_panel;
pub mod coming_soon;
pub mod correction_form;
pub mod corrections_list;
pub mod error_page;
pub mod evidence_files;
pub mod evidence_upload;
pub mod explanation;
pub mod feedback_thread;
pub mod file_bytes;
pub mod footer;
pub mod form_error;
pub mod header;
pub mod import_form;
pub mod input360_panel;
pub mod language_switch;
pub mod nav_menu;
pub mod predikat_matrix;
pub mod profile_view;
pub mod progress_table;
pub mod rating_panel;
pub mod rating_picker;
pub mod record_history;
pub mod saved;
pub mod skp_plan;
pub mod user_menu;
