//! Components and pages.

pub mod import_form;
