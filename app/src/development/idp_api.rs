//! The individual development plan (rencana pengembangan individu): one per employee per
//! year, made from the suggestions of their latest assessment, changed by the employee while a
//! draft, agreed by their pejabat penilai in force, then followed action by action.

use leptos::prelude::*;

pub use crate::development::idp_types::{ActionInput, IdpPage, TeamIdp};
use crate::kernel::error::AppError;

/// The plan of this year and the suggestions of the latest assessment: the caller's own, or
/// (`employee_id`) one of their people's as pejabat penilai in force, or for the HR office
/// anyone's of its agency.
#[server(prefix = "/api", endpoint = "development/idp")]
pub async fn load_idp(employee_id: Option<i64>) -> Result<IdpPage, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.user.employee_id;
    let employee = match employee_id {
        None => c.employee()?,
        Some(id) if Some(id) == me => id,
        Some(id) => {
            may_read(&c, id).await?;
            id
        }
    };
    let today = today();
    let year = i64::from(today.year());
    let (basis_year, basis) = idp::basis(&c.pool, employee).await.map_err(internal)?;
    let (suggestions, _) = suggest(&RuleSet::current(), &basis);
    let plan = idp::of_employee(&c.pool, employee, year).await.map_err(internal)?;
    let offerings = idp::offering_choices(&c.pool, c.agency()?, today).await.map_err(internal)?;
    Ok(IdpPage { year, basis_year, basis, suggestions, plan, offerings })
}

/// Make the caller's plan of this year from the suggestions of their latest assessment. A
/// second call (a double submit, a second tab) answers the plan already made.
#[server(prefix = "/api", endpoint = "development/idp/start")]
pub async fn start_idp() -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.employee()?;
    let today = today();
    let year = i64::from(today.year());
    let (basis_year, basis) = idp::basis(&c.pool, me).await.map_err(internal)?;
    let (suggestions, trace) = suggest(&RuleSet::current(), &basis);
    let kept = serde_json::json!({ "year": basis_year, "basis": basis, "trace": trace });
    let year_end = Date::new(today.year(), 12, 31).map_err(|_| AppError::Internal)?;
    idp::create(&c.pool, c.actor()?, me, year, &kept.to_string(), &suggestions, year_end)
        .await
        .map_err(write_error)
}

/// Add an action to the caller's draft (`action_id` empty) or change one, at the version the
/// page showed.
#[server(prefix = "/api", endpoint = "development/idp/action")]
pub async fn save_idp_action(
    plan_id: i64,
    version: i64,
    action_id: Option<i64>,
    input: ActionInput,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let plan = own_plan(&c, plan_id).await?;
    let focus = Focus::from_code(input.focus.trim()).ok_or_else(|| {
        AppError::invalid_field(Reason::IdpFocus, "input[focus]", input.focus.trim())
    })?;
    let kind = ActionKind::from_code(input.kind.trim()).ok_or_else(|| {
        AppError::invalid_field(Reason::IdpKind, "input[kind]", input.kind.trim())
    })?;
    let description = input.description.trim().to_string();
    if description.chars().count() > 500 {
        return Err(AppError::invalid_field(Reason::IdpText, "input[description]", ""));
    }
    let offering_id = match input.offering_id.trim() {
        "" => None,
        v => {
            let refused = || AppError::invalid_field(Reason::IdpOffering, "input[offering_id]", v);
            let id: i64 = v.parse().map_err(|_| refused())?;
            let linkable = idp::linkable(&c.pool, c.agency()?, id).await.map_err(internal)?;
            if kind != ActionKind::Training || !linkable {
                return Err(refused());
            }
            Some(id)
        }
    };
    let target_date = checks::date(&input.target_date, "input[target_date]")?;
    if i64::from(target_date.year()) != plan.year {
        let typed = target_date.to_string();
        return Err(AppError::invalid_field(Reason::IdpTarget, "input[target_date]", typed));
    }
    let action = NewAction { focus, kind, source: None, description, offering_id, target_date };
    idp::save_action(&c.pool, c.actor()?, plan_id, version, action_id, &action)
        .await
        .map_err(write_error)
}

/// Remove an action from the caller's draft.
#[server(prefix = "/api", endpoint = "development/idp/remove")]
pub async fn remove_idp_action(plan_id: i64, version: i64, action_id: i64) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    own_plan(&c, plan_id).await?;
    idp::remove_action(&c.pool, c.actor()?, plan_id, version, action_id).await.map_err(write_error)
}

/// Send the caller's draft to their pejabat penilai.
#[server(prefix = "/api", endpoint = "development/idp/submit")]
pub async fn submit_idp(plan_id: i64, version: i64) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    own_plan(&c, plan_id).await?;
    idp::submit(&c.pool, c.actor()?, plan_id, version).await.map_err(write_error)
}

/// The pejabat penilai in force agrees (`agree`) a submitted plan of one of their people, or
/// returns it (`return`, with a note saying why), at the version they saw.
#[server(prefix = "/api", endpoint = "development/idp/review")]
pub async fn review_idp(
    plan_id: i64,
    version: i64,
    verdict: String,
    note: String,
) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let (_, plan) = idp::get(&c.pool, plan_id).await.map_err(internal)?.ok_or_else(not_found)?;
    let penilai = applications::penilai_in_force(&c.pool, plan.employee_id, today())
        .await
        .map_err(internal)?;
    if !policy::may_nominate(c.user.employee_id, penilai) {
        return Err(not_found());
    }
    let note = note.trim();
    if note.chars().count() > 1000 {
        return Err(AppError::invalid_field(Reason::IdpNote, "note", ""));
    }
    let note = (!note.is_empty()).then_some(note);
    let agree = match verdict.trim() {
        "agree" => true,
        "return" if note.is_some() => false,
        "return" => return Err(AppError::invalid_field(Reason::IdpNote, "note", "")),
        v => return Err(AppError::invalid_field(Reason::LearningVerdict, "verdict", v)),
    };
    idp::review(&c.pool, c.actor()?, plan_id, version, agree, note).await.map_err(write_error)
}

/// The employee records how far an action of their agreed plan has come.
#[server(prefix = "/api", endpoint = "development/idp/progress")]
pub async fn idp_progress(
    plan_id: i64,
    version: i64,
    action_id: i64,
    progress: String,
    note: String,
) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    own_plan(&c, plan_id).await?;
    let refused = || AppError::invalid_field(Reason::IdpProgress, "progress", progress.trim());
    let step = Progress::from_code(progress.trim()).ok_or_else(refused)?;
    let note = note.trim();
    if note.chars().count() > 500 {
        return Err(AppError::invalid_field(Reason::IdpProgress, "note", ""));
    }
    let note = (!note.is_empty()).then_some(note);
    idp::progress(&c.pool, c.actor()?, plan_id, version, action_id, step, note)
        .await
        .map_err(write_error)
}

/// The caller's people (as pejabat penilai in force) with their plans of this year.
#[server(prefix = "/api", endpoint = "development/idp/team")]
pub async fn load_team_idps() -> Result<Vec<TeamIdp>, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let Some(me) = c.user.employee_id else { return Ok(Vec::new()) };
    let today = today();
    idp::team(&c.pool, me, i64::from(today.year()), today).await.map_err(internal)
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::{
        development::checks,
        development::idp_types::{IdpPlan, Progress},
        development::repo::{applications, idp, idp::NewAction},
        kernel::db::today,
        kernel::error::AppError,
        kernel::policy,
        kernel::reason::Reason,
        kernel::server::{caller, internal, not_found, write_error, Caller},
        rules::{
            idp::{suggest, ActionKind, Focus},
            Date, RuleSet,
        },
    };

    /// The caller's own plan `plan_id`, or 404 (someone else's looks like none).
    pub(super) async fn own_plan(c: &Caller, plan_id: i64) -> Result<IdpPlan, AppError> {
        let me = c.employee()?;
        let (_, plan) =
            idp::get(&c.pool, plan_id).await.map_err(internal)?.ok_or_else(not_found)?;
        if plan.employee_id != me {
            return Err(not_found());
        }
        Ok(plan)
    }

    /// May the caller read `employee`'s plan: their pejabat penilai in force, or the HR
    /// office of the employee's agency. Anyone else is told there is no such person.
    pub(super) async fn may_read(c: &Caller, employee: i64) -> Result<(), AppError> {
        let penilai =
            applications::penilai_in_force(&c.pool, employee, today()).await.map_err(internal)?;
        if policy::may_nominate(c.user.employee_id, penilai) {
            return Ok(());
        }
        let Some(agency) = policy::managed_agency(&c.user) else { return Err(not_found()) };
        let of: Option<i64> = sqlx::query_scalar("SELECT agency_id FROM employee WHERE id = $1")
            .bind(employee)
            .fetch_optional(&c.pool)
            .await
            .map_err(internal)?;
        if of == Some(agency) {
            Ok(())
        } else {
            Err(not_found())
        }
    }
}
