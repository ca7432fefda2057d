//! Components and pages.

pub mod routes;
pub mod task_badge;
pub mod tasks_page;
