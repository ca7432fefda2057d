//! The logged-in home page's figures: the caller's own plan, their tasks, their team (for a
//! pejabat penilai) and the agency (for the HR office and the tim evaluasi). Each part comes
//! from the server function that already answers it, under that function's access rules; a
//! part the caller has no business with (no team, not the HR office) is absent.

use crate::kernel::error::AppError;
use crate::kernel::plan_status::PlanStatus;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::tasks::api::TaskCount;

/// Plan statuses counted over a group of people.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusCounts {
    pub people: i64,
    pub not_started: i64,
    /// Drafts and returned plans.
    pub draft: i64,
    pub submitted: i64,
    pub approved: i64,
    /// With an annual rating.
    pub rated: i64,
    /// Past a deadline (team only).
    pub overdue: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    pub year: Option<i64>,
    pub plan_deadline: Option<crate::rules::Date>,
    pub rating_deadline: Option<crate::rules::Date>,
    /// The caller's own plan in the open period (`year`): `None` when not started.
    pub my_status: Option<PlanStatus>,
    /// The caller's annual predikat in force, once rated.
    pub my_predikat: Option<crate::rules::Predikat>,
    pub tasks: TaskCount,
    pub team: Option<StatusCounts>,
    pub agency: Option<StatusCounts>,
    /// The caller's development plan of this year (an employee only).
    pub idp: Option<crate::development::idp_types::IdpSummary>,
}

/// `None` for a visitor who is not logged in: the home page asks on every visit, and a logout
/// (which lands on the home page) races with that question.
#[server(prefix = "/api", endpoint = "dashboard")]
pub async fn load_dashboard() -> Result<Option<Dashboard>, AppError> {
    use crate::auth::request_session;
    use crate::{
        dashboard::progress_api::agency_progress,
        kernel::server::caller,
        skp::api::{my_plan, my_team},
        tasks::api::count_tasks,
    };
    if request_session().user.is_none() {
        return Ok(None);
    }
    let user = caller()?.user;
    // Ask only for the parts the caller may see: a refusal would set the whole response's
    // status, not just leave the part out.
    let has_team = user.agency_id.is_some() && user.employee_id.is_some();
    let reads_agency = crate::kernel::policy::staff_agency(&user).is_some();
    let mine = my_plan().await?;
    let tasks = count_tasks().await?;
    let team = if has_team { Some(my_team().await?) } else { None };
    let team = team.filter(|t| !t.rows.is_empty()).map(|t| {
        let mut c = StatusCounts { people: t.rows.len() as i64, ..Default::default() };
        for row in &t.rows {
            match row.status {
                None => c.not_started += 1,
                Some(PlanStatus::Draft | PlanStatus::Returned) => c.draft += 1,
                Some(PlanStatus::Submitted) => c.submitted += 1,
                Some(PlanStatus::Approved) => c.approved += 1,
            }
            c.rated += i64::from(row.predikat.is_some());
            c.overdue += i64::from(row.overdue);
        }
        c
    });
    let agency = if reads_agency { Some(agency_progress().await?) } else { None };
    let idp = match user.employee_id {
        Some(me) => {
            let (pool, year) = (caller()?.pool, i64::from(crate::kernel::db::today().year()));
            let summary = crate::development::repo::idp::summary(&pool, me, year).await;
            Some(summary.map_err(crate::kernel::server::internal)?)
        }
        None => None,
    };
    let agency = agency.filter(|p| p.year.is_some()).map(|p| {
        let mut c = StatusCounts::default();
        for u in &p.units {
            c.people += u.employees;
            c.not_started += u.not_started;
            c.draft += u.draft + u.returned;
            c.submitted += u.submitted;
            c.approved += u.approved;
            c.rated += u.rated;
        }
        c
    });
    let period = mine.period.clone();
    let in_force = mine
        .plan
        .as_ref()
        .and_then(|p| p.ratings.iter().find(|r| r.period_no == 0).map(|r| r.final_predikat()));
    let my_status = mine.plan.as_ref().filter(|_| period.is_some()).map(|plan| plan.status);
    Ok(Some(Dashboard {
        year: period.as_ref().map(|p| p.year),
        plan_deadline: period.as_ref().map(|p| p.plan_deadline),
        rating_deadline: period.as_ref().map(|p| p.rating_deadline),
        my_status,
        my_predikat: in_force,
        tasks,
        team,
        agency,
        idp,
    }))
}
