//! Components and pages.

pub mod admin_employee_page;
pub mod correction_form;
pub mod corrections_list;
pub mod directory_page;
pub mod employee_page;
pub mod profile_page;
pub mod profile_view;
pub mod record_history;
pub mod routes;
