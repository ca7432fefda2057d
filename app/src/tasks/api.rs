//! What the caller must act on, derived from the records each time (nothing to keep in step):
//! plans to start, amend, review or rate; appeals and distributions to decide; answers to
//! read. Deadlines of the open period come with each task, so the page can warn as they near.

use leptos::prelude::*;

use crate::kernel::error::AppError;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    /// `plan_start`, `plan_returned`, `plan_review`, `plan_rate`, `appeal_decide`,
    /// `appeal_decided`, `distribution_decide`, `distribution_returned`, `answer_360`.
    pub kind: String,
    /// Whom it is about, when it is about someone else.
    pub subject: Option<String>,
    pub href: String,
    /// The deadline, when one applies.
    pub due: Option<crate::rules::Date>,
    /// Days from today (the server's) to the deadline; negative when late.
    pub days_left: Option<i64>,
}

#[server(prefix = "/api", endpoint = "tasks")]
pub async fn my_tasks() -> Result<Vec<Task>, AppError> {
    ssr::my_tasks().await
}

/// A task is a reminder once its deadline is this close (or past).
pub const REMIND_DAYS: i64 = 7;

/// The header's notification badge: how many tasks, and how many are due within
/// [`REMIND_DAYS`] days or late.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskCount {
    pub total: usize,
    pub urgent: usize,
}

impl TaskCount {
    pub fn of(tasks: &[Task]) -> TaskCount {
        TaskCount {
            total: tasks.len(),
            urgent: tasks.iter().filter(|t| t.days_left.is_some_and(|d| d <= REMIND_DAYS)).count(),
        }
    }
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
    pub(super) use crate::kernel::error::AppError;
    pub(super) use sqlx::Row;

    pub(super) use crate::kernel::plan_status::PlanStatus;

    pub(super) use super::Task;
    pub(super) use crate::{
        admin::repo::periods,
        kernel::db::{now_ms, stored_date, today},
        kernel::server::{caller, internal, Caller},
        rules::Date,
    };

    pub(super) fn task(
        kind: &str,
        subject: Option<String>,
        href: String,
        due: Option<Date>,
    ) -> Task {
        let days_left = due.map(|d| d.to_days() - today().to_days());
        Task { kind: kind.into(), subject, href, due, days_left }
    }

    pub(super) async fn my_tasks() -> Result<Vec<Task>, AppError> {
        let Caller { pool, user } = caller()?;
        let (Some(agency), Some(me)) = (user.agency_id, user.employee_id) else {
            return Ok(Vec::new());
        };
        let mut tasks = Vec::new();
        let period = periods::open_one(&pool, agency).await.map_err(internal)?;
        if let Some(p) = &period {
            let mine = sqlx::query(
                "SELECT status FROM skp_plan WHERE period_id = $1 AND employee_id = $2",
            )
            .bind(p.id)
            .bind(me)
            .fetch_optional(&pool)
            .await
            .map_err(internal)?;
            let mine = mine.map(|r| r.try_get::<String, _>(0)).transpose().map_err(internal)?;
            match mine.map(|s| PlanStatus::decode(&s)).transpose().map_err(internal)? {
                None | Some(PlanStatus::Draft) => {
                    tasks.push(task("plan_start", None, "/saya/skp".into(), Some(p.plan_deadline)))
                }
                Some(PlanStatus::Returned) => tasks.push(task(
                    "plan_returned",
                    None,
                    "/saya/skp".into(),
                    Some(p.plan_deadline),
                )),
                _ => {}
            }
            // As pejabat penilai: plans to review, approved plans not rated for the year.
            for r in sqlx::query(
                "SELECT p.id, e.name, p.status FROM skp_plan p JOIN employee e ON e.id = p.employee_id \
                 WHERE p.period_id = $1 AND p.penilai_id = $2 AND (p.status = 'submitted' OR \
                 (p.status = 'approved' AND NOT EXISTS \
                   (SELECT 1 FROM skp_rating r WHERE r.plan_id = p.id AND r.period_no = 0))) \
                 ORDER BY p.status DESC, e.name",
            )
            .bind(p.id)
            .bind(me)
            .fetch_all(&pool)
            .await
            .map_err(internal)?
            {
                let (id, name, status): (i64, String, String) =
                    (r.try_get(0).map_err(internal)?, r.try_get(1).map_err(internal)?, r.try_get(2).map_err(internal)?);
                let (kind, due) = if PlanStatus::decode(&status).map_err(internal)? == PlanStatus::Submitted {
                    ("plan_review", p.plan_deadline)
                } else {
                    ("plan_rate", p.rating_deadline)
                };
                tasks.push(task(kind, Some(name), format!("/tim/skp/{id}"), Some(due)));
            }
            let returned = sqlx::query(
                "SELECT 1 FROM distribution_submission WHERE period_id = $1 AND penilai_id = $2 AND status = 'returned'",
            )
            .bind(p.id)
            .bind(me)
            .fetch_optional(&pool)
            .await
            .map_err(internal)?;
            if returned.is_some() {
                tasks.push(task(
                    "distribution_returned",
                    None,
                    "/tim/distribusi".into(),
                    Some(p.rating_deadline),
                ));
            }
        }
        // As atasan: appeals and distributions to decide.
        for r in sqlx::query(
            "SELECT a.id, e.name, a.filed_at FROM appeal a JOIN employee e ON e.id = a.employee_id \
             WHERE a.atasan_id = $1 AND a.status = 'filed' ORDER BY a.id",
        )
        .bind(me)
        .fetch_all(&pool)
        .await
        .map_err(internal)?
        {
            let id: i64 = r.try_get(0).map_err(internal)?;
            tasks.push(task("appeal_decide", Some(r.try_get(1).map_err(internal)?), format!("/keberatan/{id}"), None));
        }
        for r in sqlx::query(
            "SELECT e.name FROM distribution_submission s JOIN employee e ON e.id = s.penilai_id \
             WHERE s.atasan_id = $1 AND s.status = 'submitted' ORDER BY e.name",
        )
        .bind(me)
        .fetch_all(&pool)
        .await
        .map_err(internal)?
        {
            tasks.push(task(
                "distribution_decide",
                Some(r.try_get(0).map_err(internal)?),
                "/persetujuan".into(),
                None,
            ));
        }
        // As a 360 rater: requests not answered yet, while the period is open.
        for r in sqlx::query(
            "SELECT e.name, d.rating_deadline FROM input_360 i JOIN skp_plan p ON p.id = i.plan_id \
             JOIN employee e ON e.id = p.employee_id JOIN assessment_period d ON d.id = p.period_id \
             WHERE i.rater_id = $1 AND i.ratings IS NULL AND d.status = 'open' ORDER BY i.id",
        )
        .bind(me)
        .fetch_all(&pool)
        .await
        .map_err(internal)?
        {
            let due = stored_date(&r.try_get::<String, _>(1).map_err(internal)?).map_err(internal)?;
            tasks.push(task("answer_360", Some(r.try_get(0).map_err(internal)?), "/360".into(), Some(due)));
        }
        // As employee: appeals decided in the last 30 days.
        for r in sqlx::query(
            "SELECT id FROM appeal WHERE employee_id = $1 AND status = 'decided' AND decided_at > $2",
        )
        .bind(me)
        .bind(now_ms() - 30 * 86_400_000)
        .fetch_all(&pool)
        .await
        .map_err(internal)?
        {
            let id: i64 = r.try_get(0).map_err(internal)?;
            tasks.push(task("appeal_decided", None, format!("/keberatan/{id}"), None));
        }
        Ok(tasks)
    }
}
