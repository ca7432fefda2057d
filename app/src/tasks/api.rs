//! What the caller must act on, derived from the records each time (nothing to keep in step):
//! plans to start, amend, review or rate; appeals and distributions to decide; answers to
//! read. Deadlines of the open period come with each task, so the page can warn as they near.

use leptos::prelude::*;

use crate::kernel::error::AppError;
pub use crate::tasks::types::{Task, TaskCount, TaskKind, REMIND_DAYS};

#[server(prefix = "/api", endpoint = "tasks")]
pub async fn my_tasks() -> Result<Vec<Task>, AppError> {
    ssr::my_tasks().await
}

/// Nothing for a visitor who is not logged in: the header asks on every navigation, and a
/// logout races with the navigation that follows it (a refusal there would only be noise).
#[server(prefix = "/api", endpoint = "tasks/count")]
pub async fn count_tasks() -> Result<TaskCount, AppError> {
    if crate::auth::request_session().user.is_none() {
        return Ok(TaskCount::default());
    }
    Ok(TaskCount::of(&ssr::my_tasks().await?))
}

#[cfg(feature = "ssr")]
mod ssr {
    use super::Task;
    use crate::{
        admin::repo::periods,
        kernel::db::today,
        kernel::error::AppError,
        kernel::server::{caller, internal, Caller},
        tasks::repo,
    };

    /// Someone without an employee record (the platform admin) has no tasks.
    pub(super) async fn my_tasks() -> Result<Vec<Task>, AppError> {
        let Caller { pool, user } = caller()?;
        let (Some(agency), Some(me)) = (user.agency_id, user.employee_id) else {
            return Ok(Vec::new());
        };
        let period = periods::open_one(&pool, agency).await.map_err(internal)?;
        repo::of_employee(&pool, me, period.as_ref(), today()).await.map_err(internal)
    }
}
