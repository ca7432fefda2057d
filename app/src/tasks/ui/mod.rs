//! Components and pages.

pub mod task_badge;
pub mod tasks_page;
