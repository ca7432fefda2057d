//! The task list as a lazily loaded route.

use crate::{
    kernel::policy::Audience, tasks::ui::tasks_page::TasksPage, ui::lazy_pages::lazy_pages,
};

lazy_pages!(tasks_pages {
    /// `/tugas`.
    TasksRoute => (Audience::LoggedIn, TasksPage),
});
