//! Saved career scenarios: the owner saves (named, versioned), shares with their counsellors
//! and deletes; a counsellor reads the shared ones and comments; the thread is kept. A
//! scenario someone may not see answers "not found", exactly like a missing one.

use leptos::prelude::*;

pub use crate::career::types::{SavedScenario, ScenarioSave};
use crate::kernel::error::AppError;

/// The saved scenarios of the caller (no id: all of them) or of an employee they counsel
/// (only those the employee shares).
#[server(prefix = "/api", endpoint = "career/scenarios")]
pub async fn saved_scenarios(employee_id: Option<i64>) -> Result<Vec<SavedScenario>, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let id = employee_id.or(user.employee_id).ok_or(AppError::NotFound)?;
    let own = user.employee_id == Some(id);
    if !own && !policy::can_counsel(&pool, &user, id, today()).await.map_err(internal)? {
        return Err(not_found());
    }
    scenarios::of_employee(&pool, id, !own).await.map_err(internal)
}

/// Save a scenario of the caller's own: a new one, or a new version of one loaded at
/// `expected_version` (409 when it was saved since). The plan is checked against the stored
/// record with the rules in force; the same `request_key` again stores nothing new.
#[server(prefix = "/api", endpoint = "career/scenarios/save", input = server_fn::codec::Json)]
pub async fn save_scenario(input: ScenarioSave) -> Result<SavedScenario, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let employee = c.employee()?;
    let actor = c.actor()?;
    // Someone else's scenario is "not found" before anything about the input is said.
    if let Some(id) = input.id {
        owned(&c.pool, &c.user, id).await?;
    }
    let name = checked_name(&input.name)?;
    let key = checked_key(&input.request_key)?;
    let record = own_record(&c.pool, employee).await?;
    let rules = RuleSet::current();
    let problems = input.plan.check(&rules, &record, today());
    if !problems.is_empty() {
        return Err(plan_problems(&input.plan, &problems));
    }
    let save = scenarios::Save {
        name: &name,
        plan: &input.plan,
        rule_set_id: &rules.id,
        request_key: key,
    };
    let id = match (input.id, input.expected_version) {
        (None, _) => {
            scenarios::create(&c.pool, actor, employee, save).await.map_err(write_error)?
        }
        (Some(id), Some(expected)) => {
            scenarios::update(&c.pool, actor, id, expected, save).await.map_err(write_error)?;
            id
        }
        (Some(_), None) => {
            return Err(AppError::invalid_field(Reason::Other, "expected_version", ""));
        }
    };
    scenarios::of_employee(&c.pool, employee, false)
        .await
        .map_err(internal)?
        .into_iter()
        .find(|s| s.id == id)
        .ok_or_else(not_found)
}

/// Delete a scenario of the caller's own, with its versions and thread, if still at
/// `expected_version`.
#[server(prefix = "/api", endpoint = "career/scenarios/delete")]
pub async fn delete_scenario(id: i64, expected_version: i64) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    owned(&c.pool, &c.user, id).await?;
    scenarios::delete(&c.pool, id, expected_version).await.map_err(write_error)
}

/// Share a scenario of the caller's own with their counsellors, or stop sharing it (at once).
#[server(prefix = "/api", endpoint = "career/scenarios/share")]
pub async fn share_scenario(id: i64, shared: bool) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    owned(&c.pool, &c.user, id).await?;
    scenarios::set_shared(&c.pool, id, shared).await.map_err(internal)
}

/// Comment on a scenario: its owner, or a counsellor while it is shared. The same
/// `request_key` again stores the comment once.
#[server(prefix = "/api", endpoint = "career/scenarios/comment")]
pub async fn comment_scenario(id: i64, body: String, request_key: String) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let key = checked_key(&request_key)?;
    let head = scenarios::head(&c.pool, id).await.map_err(internal)?.ok_or_else(not_found)?;
    let owner = c.user.employee_id == Some(head.employee_id);
    let counsels = !owner
        && policy::can_counsel(&c.pool, &c.user, head.employee_id, today())
            .await
            .map_err(internal)?;
    if policy::scenario_access(owner, counsels, head.shared()) == ScenarioAccess::None {
        return Err(not_found());
    }
    let body = body.trim();
    if body.is_empty() || body.chars().count() > 2000 || has_control(body, true) {
        return Err(AppError::invalid_field(Reason::ScenarioComment, "body", ""));
    }
    let actor = Actor { agency_id: head.agency_id, user_id: c.user.user_id };
    scenarios::comment(&c.pool, actor, id, owner, body, key).await.map_err(write_error)
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::{
        auth::CurrentUser,
        career::{
            record::career_record,
            repo::{self, scenarios, scenarios::ScenarioHead},
            scenario::{PlanProblem, ScenarioPlan, MAX_NAME},
        },
        kernel::db::{today, Pool},
        kernel::error::{AppError, Problem},
        kernel::policy::{self, ScenarioAccess},
        kernel::reason::Reason,
        kernel::receipt::checked_key,
        kernel::server::{caller, internal, not_found, write_error, Caller},
        kernel::text::has_control,
        kernel::write::Actor,
        people::repo::profile,
        rules::{promotion::CareerRecord, RuleSet},
    };

    /// Scenario `id` if the caller owns it; 404 otherwise, as for a missing one.
    pub(super) async fn owned(
        pool: &Pool,
        user: &CurrentUser,
        id: i64,
    ) -> Result<ScenarioHead, AppError> {
        let head = scenarios::head(pool, id).await.map_err(internal)?.ok_or_else(not_found)?;
        match policy::scenario_access(user.employee_id == Some(head.employee_id), false, false) {
            ScenarioAccess::Owner => Ok(head),
            _ => Err(not_found()),
        }
    }

    /// The caller's stored record as the rules take it; one that cannot be simulated has no
    /// scenarios to save.
    pub(super) async fn own_record(pool: &Pool, employee: i64) -> Result<CareerRecord, AppError> {
        let stored =
            profile::record(pool, employee).await.map_err(internal)?.ok_or_else(not_found)?;
        let superior = repo::superior_golongan(pool, employee, today()).await.map_err(internal)?;
        let history = repo::predikat_history(pool, employee).await.map_err(internal)?;
        career_record(&stored, superior.as_deref(), history)
            .map_err(|gap| AppError::invalid_field(Reason::Other, "record", gap.code()))
    }

    pub(super) fn checked_name(name: &str) -> Result<String, AppError> {
        let name = name.trim();
        let n = name.chars().count();
        if n == 0 || n > MAX_NAME || has_control(name, false) {
            return Err(AppError::invalid_field(Reason::ScenarioName, "name", ""));
        }
        Ok(name.to_string())
    }

    /// Every problem of a plan, each naming its field (`events.N` for an event).
    pub(super) fn plan_problems(plan: &ScenarioPlan, problems: &[PlanProblem]) -> AppError {
        AppError::Invalid(
            problems
                .iter()
                .map(|p| {
                    let (reason, field, detail) = match *p {
                        PlanProblem::TooManyYears => {
                            (Reason::ScenarioTooBig, "per_year".into(), None)
                        }
                        PlanProblem::TooManyEvents => {
                            (Reason::ScenarioTooBig, "events".into(), None)
                        }
                        PlanProblem::EventBeforeStart(i) => {
                            (Reason::ScenarioEventBeforeStart, format!("events.{i}"), Some(i))
                        }
                        PlanProblem::EventAfterRetirement(i) => {
                            (Reason::ScenarioEventAfterRetirement, format!("events.{i}"), Some(i))
                        }
                        PlanProblem::DiplomaBeforeBirth(i) => {
                            (Reason::ScenarioDiplomaBeforeBirth, format!("events.{i}"), Some(i))
                        }
                    };
                    Problem {
                        reason,
                        field: Some(field),
                        detail: detail.map(|i| plan.events[i].date().to_string()),
                    }
                })
                .collect(),
        )
    }
}
