//! Components and pages.

pub mod change_password_page;
pub mod login_page;
pub mod routes;
