//! The performance cycle's server functions: periods (HR office), SKP plans (employee and
//! pejabat penilai), realisation, the team overview and ratings. Each one decides access
//! itself: the owner edits their plan, the plan's pejabat penilai reviews and rates it, the
//! HR office and the tim evaluasi of the agency read it; anyone else is told it does not exist.

use leptos::prelude::*;

use crate::kernel::error::AppError;
use serde::{Deserialize, Serialize};

use crate::admin::types::PeriodRow;
#[cfg(feature = "ssr")]
use crate::admin::types::{Frequency, PeriodStatus};
pub use crate::skp::types::*;

/// The employee's view of the open period and their plan in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyPlanView {
    pub period: Option<PeriodRow>,
    pub plan: Option<PlanView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamView {
    pub period: Option<PeriodRow>,
    pub rows: Vec<TeamRow>,
}

#[server(prefix = "/api", endpoint = "skp/periods")]
pub async fn list_periods() -> Result<Vec<PeriodRow>, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let agency = policy::staff_agency(&user).ok_or_else(not_found)?;
    periods::list(&pool, agency).await.map_err(internal)
}

#[server(prefix = "/api", endpoint = "skp/periods/open")]
pub async fn open_period(
    year: String,
    frequency: String,
    plan_deadline: String,
    rating_deadline: String,
    appeal_days: String,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = hr()?;
    let (pool, actor) = (&c.pool, c.actor()?);
    let new = periods::NewPeriod {
        year: year.trim().parse().map_err(|_| AppError::invalid(Reason::PeriodYear))?,
        frequency: Frequency::from_code(frequency.trim())
            .ok_or(AppError::invalid(Reason::PeriodFrequency))?,
        plan_deadline: date(&plan_deadline, "plan_deadline")?,
        rating_deadline: date(&rating_deadline, "rating_deadline")?,
        appeal_days: appeal_days
            .trim()
            .parse()
            .map_err(|_| AppError::invalid(Reason::PeriodAppealDays))?,
    };
    periods::open(pool, actor, &new).await.map_err(write_error)
}

/// Set the organisation's predikat (empty keeps it) and, with `close = "yes"`, close the period.
#[server(prefix = "/api", endpoint = "skp/periods/update")]
pub async fn update_period(
    id: i64,
    version: i64,
    org_predikat: String,
    close: Option<String>,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = hr()?;
    let (pool, actor) = (&c.pool, c.actor()?);
    let org = match org_predikat.trim() {
        "" => None,
        code => {
            Some(OrgPredikat::from_code(code).ok_or(AppError::invalid(Reason::PeriodOrgPredikat))?)
        }
    };
    periods::update(pool, actor, id, version, org, close.as_deref() == Some("yes"))
        .await
        .map_err(write_error)
}

#[server(prefix = "/api", endpoint = "skp/mine")]
pub async fn my_plan() -> Result<MyPlanView, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let (Some(agency), Some(me)) = (user.agency_id, user.employee_id) else {
        return Ok(MyPlanView { period: None, plan: None });
    };
    let period = periods::open_one(&pool, agency).await.map_err(internal)?;
    let plan = match &period {
        Some(p) => match skp::plan_of(&pool, p.id, me).await.map_err(internal)? {
            Some(id) => plan_view::view(&pool, id, Some(me)).await.map_err(internal)?,
            None => None,
        },
        None => None,
    };
    Ok(MyPlanView { period, plan })
}

/// Start the caller's plan in the open period (returns the existing one if started).
#[server(prefix = "/api", endpoint = "skp/start")]
pub async fn start_plan() -> Result<i64, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let actor = actor(&user)?;
    let me = user.employee_id.ok_or(AppError::NotFound)?;
    let period = periods::open_one(&pool, actor.agency_id)
        .await
        .map_err(internal)?
        .ok_or(AppError::invalid(Reason::PeriodNoneOpen))?;
    skp::start(&pool, actor, me, period.id, today()).await.map_err(write_error)
}

#[server(prefix = "/api", endpoint = "skp/plan")]
pub async fn load_plan(plan_id: i64) -> Result<PlanView, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let plan = plan_head(&pool, plan_id).await?;
    if !policy::can_read_plan(&user, &plan) {
        return Err(not_found());
    }
    plan_view::view(&pool, plan_id, user.employee_id)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)
}

#[server(prefix = "/api", endpoint = "skp/result/add")]
pub async fn add_result(
    plan_id: i64,
    version: i64,
    kind: String,
    text: String,
    weight: String,
    parent_result_id: String,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let plan = own_plan(&pool, &user, plan_id).await?;
    let weight = if weight.trim().is_empty() { 1.0 } else { number(&weight, "weight")? };
    let parent = match parent_result_id.trim() {
        "" => None,
        p => Some(p.parse::<i64>().map_err(|_| AppError::invalid(Reason::ResultParent))?),
    };
    let kind = ResultKind::from_code(kind.trim()).ok_or(AppError::invalid(Reason::ResultKind))?;
    let new = skp::NewResult { kind, text, weight, parent_result_id: parent };
    skp::add_result(&pool, actor(&user)?, &plan, version, &new).await.map_err(write_error)
}

/// The indicator form, every field as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorForm {
    pub result_id: i64,
    pub text: String,
    /// `quantitative`, `qualitative`, `range` or `lower_is_better`.
    pub target_kind: String,
    pub target: String,
    /// The upper bound of a range (empty otherwise).
    pub target_high: String,
    pub unit: String,
}

#[server(prefix = "/api", endpoint = "skp/indicator/add")]
pub async fn add_indicator(
    plan_id: i64,
    version: i64,
    input: IndicatorForm,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let plan = own_plan(&pool, &user, plan_id).await?;
    let target = number(&input.target, "target")?;
    let target_high = match input.target_high.trim() {
        "" => None,
        h => Some(number(h, "target_high")?),
    };
    let target_kind = TargetKind::from_code(input.target_kind.trim())
        .ok_or(AppError::invalid(Reason::IndicatorKind))?;
    let new = skp::NewIndicator {
        result_id: input.result_id,
        text: input.text,
        target_kind,
        target,
        target_high,
        unit: input.unit,
    };
    skp::add_indicator(&pool, actor(&user)?, &plan, version, &new).await.map_err(write_error)
}

/// Remove a result (`result_id`) or an indicator (`indicator_id`) from the caller's plan.
#[server(prefix = "/api", endpoint = "skp/remove")]
pub async fn remove_item(
    plan_id: i64,
    version: i64,
    result_id: Option<i64>,
    indicator_id: Option<i64>,
) -> Result<(), AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let plan = own_plan(&pool, &user, plan_id).await?;
    skp::remove(&pool, actor(&user)?, &plan, version, result_id, indicator_id)
        .await
        .map_err(write_error)
}

#[server(prefix = "/api", endpoint = "skp/submit")]
pub async fn submit_plan(plan_id: i64, version: i64) -> Result<i64, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let plan = own_plan(&pool, &user, plan_id).await?;
    skp::submit(&pool, actor(&user)?, &plan, version).await.map_err(write_error)
}

/// `decision` is `approve` or `return`.
#[server(prefix = "/api", endpoint = "skp/review")]
pub async fn review_plan(
    plan_id: i64,
    version: i64,
    decision: String,
    comment: String,
    expectations: ExpectationsForm,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let plan = assessed_plan(&pool, &user, plan_id).await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "return" => false,
        _ => return Err(AppError::invalid_field(Reason::Other, "decision", decision)),
    };
    skp::review(&pool, actor(&user)?, &plan, version, approve, &comment, &expectations)
        .await
        .map_err(write_error)
}

/// `period_no`: 0 (or absent) for the year, else one of the period's evaluations.
/// `request_key`: made by the page once per entry typed; the same key again stores nothing
/// (the offline outbox may send an entry more than once).
#[server(prefix = "/api", endpoint = "skp/realisation")]
pub async fn record_realisation(
    plan_id: i64,
    indicator_id: i64,
    period_no: Option<i64>,
    realisasi: String,
    evidence_url: String,
    note: String,
    request_key: Option<String>,
) -> Result<(), AppError> {
    use self::ssr::*;
    let period_no = period_no.unwrap_or(0);
    let Caller { pool, user } = caller()?;
    let request_key = request_key.as_deref().map(checked_key).transpose()?;
    let plan = own_plan(&pool, &user, plan_id).await?;
    let value = number(&realisasi, "realisasi")?;
    let url = Some(evidence_url.trim()).filter(|u| !u.is_empty());
    let note = Some(note.trim()).filter(|n| !n.is_empty());
    let mut conn = pool.acquire().await.map_err(internal)?;
    let period = periods::by_id(&mut conn, plan.period_id)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)?;
    drop(conn);
    let evaluations = period.evaluations();
    skp::record_realisation(
        &pool,
        actor(&user)?,
        &plan,
        evaluations,
        indicator_id,
        period_no,
        value,
        url,
        note,
        request_key,
    )
    .await
    .map_err(write_error)
}

/// A feedback note on a plan (or one indicator), by its owner or its pejabat penilai;
/// `request_key` as for [`record_realisation`].
#[server(prefix = "/api", endpoint = "skp/feedback")]
pub async fn add_feedback(
    plan_id: i64,
    indicator_id: Option<String>,
    text: String,
    request_key: Option<String>,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let request_key = request_key.as_deref().map(checked_key).transpose()?;
    // The form sends "" for the whole plan.
    let indicator_id = match indicator_id.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(id) => Some(id.parse::<i64>().map_err(|_| not_found())?),
    };
    let plan = plan_head(&pool, plan_id).await?;
    let me = user.employee_id;
    if me.is_none() || !(me == Some(plan.employee_id) || me == plan.penilai_id) {
        return Err(not_found());
    }
    feedback::add(&pool, &plan, indicator_id, user.user_id, &text, request_key)
        .await
        .map_err(write_error)
}

#[server(prefix = "/api", endpoint = "skp/team")]
pub async fn my_team() -> Result<TeamView, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let (Some(agency), Some(me)) = (user.agency_id, user.employee_id) else {
        return Err(not_found());
    };
    let period = periods::open_one(&pool, agency).await.map_err(internal)?;
    let today = today();
    let mut rows = match &period {
        Some(p) => plan_view::team(&pool, me, p.id, today).await.map_err(internal)?,
        None => Vec::new(),
    };
    if let Some(p) = &period {
        for r in rows.iter_mut() {
            let plan_late = today > p.plan_deadline && r.status != Some(PlanStatus::Approved);
            let rating_late = today > p.rating_deadline && r.predikat.is_none();
            r.overdue = plan_late || rating_late;
        }
    }
    Ok(TeamView { period, rows })
}

/// Rate a plan for one evaluation period. The server recomputes everything from the stored
/// targets and the submitted values with the current rule set; if its predikat differs from the
/// one the rater's screen showed, the rating is refused (a tampered or stale client).
#[server(prefix = "/api", endpoint = "skp/rate", input = server_fn::codec::Json)]
pub async fn rate_plan(input: RatingInput) -> Result<i64, AppError> {
    use self::ssr::*;
    rate(input, true).await
}

#[cfg(feature = "ssr")]
pub(super) mod ssr {
    pub(super) use super::{
        preview_input, Frequency, MyPlanView, PeriodStatus, PlanView, RatingInput, TeamView,
    };
    pub(super) use crate::kernel::policy;
    pub(super) use crate::{
        admin::repo::periods,
        auth::CurrentUser,
        import::validate::parse_date,
        kernel::db::{today, Pool},
        kernel::error::AppError,
        kernel::plan_head::PlanHead,
        kernel::plan_status::PlanStatus,
        kernel::reason::Reason,
        kernel::receipt::checked_key,
        kernel::server::{actor, caller, internal, not_found, plan_head, write_error, Caller},
        rules::preview::skp_preview,
        rules::{distribution::OrgPredikat, scoring::ResultKind, RuleSet, RULE_SET_ID},
        skp::repo::{feedback, plan_view, plans as skp, ratings},
    };

    /// The caller, if the agency's HR office.
    pub(super) fn hr() -> Result<Caller, AppError> {
        let c = caller()?;
        policy::managed_agency(&c.user).ok_or_else(not_found)?;
        Ok(c)
    }

    /// A number as typed (a comma is the Indonesian decimal separator), or 422 on `field`.
    pub(super) fn number(value: &str, field: &str) -> Result<f64, AppError> {
        value
            .trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| AppError::invalid_field(Reason::BadNumber, field, value.trim()))
    }

    /// A date as typed, or 422 on `field`.
    pub(super) fn date(value: &str, field: &str) -> Result<crate::rules::Date, AppError> {
        parse_date(value.trim())
            .ok_or_else(|| AppError::invalid_field(Reason::BadDate, field, value.trim()))
    }

    /// The plan, if the caller owns it.
    pub(super) async fn own_plan(
        pool: &Pool,
        user: &CurrentUser,
        plan_id: i64,
    ) -> Result<PlanHead, AppError> {
        let plan = plan_head(pool, plan_id).await?;
        if user.employee_id != Some(plan.employee_id) {
            return Err(not_found());
        }
        Ok(plan)
    }

    /// The plan, if the caller is its pejabat penilai.
    pub(super) async fn assessed_plan(
        pool: &Pool,
        user: &CurrentUser,
        plan_id: i64,
    ) -> Result<PlanHead, AppError> {
        let plan = plan_head(pool, plan_id).await?;
        if user.employee_id.is_none() || user.employee_id != plan.penilai_id {
            return Err(not_found());
        }
        Ok(plan)
    }

    pub fn invalid_rating_values() -> AppError {
        AppError::invalid(Reason::RatingValues)
    }

    /// Validates, recomputes and stores a rating; `check_shown`: refuse it when the predikat
    /// the rater's screen showed differs from the server's (the live-preview path).
    pub async fn rate(input: RatingInput, check_shown: bool) -> Result<i64, AppError> {
        let Caller { pool, user } = caller()?;
        let plan = assessed_plan(&pool, &user, input.plan_id).await?;
        if plan.status != PlanStatus::Approved {
            return Err(AppError::invalid(Reason::PlanNotApproved));
        }
        let view: PlanView = plan_view::view_for_scoring(&pool, plan.id)
            .await
            .map_err(internal)?
            .ok_or(AppError::NotFound)?;
        if view.period.status != PeriodStatus::Open {
            return Err(AppError::invalid(Reason::PeriodClosed));
        }
        if !(0..=view.period.evaluations()).contains(&input.period_no) {
            return Err(AppError::invalid(Reason::RatingPeriod));
        }
        let indicators: usize = view.results.iter().map(|r| r.indicators.len()).sum();
        if input.realisasi.len() != indicators
            || !input.realisasi.iter().all(|v| crate::rules::scoring::valid_realisation(*v))
            || input.behaviours.len() != 7
        {
            return Err(AppError::invalid(Reason::RatingValues));
        }
        let preview_in = preview_input(
            &view,
            input.period_no,
            &input.realisasi,
            &input.behaviours,
            input.hasil,
            input.perilaku,
        );
        let (preview, _) = skp_preview(&RuleSet::current(), &preview_in).map_err(|e| {
            AppError::Invalid(vec![crate::kernel::error::Problem {
                reason: Reason::RatingNotComputable,
                field: None,
                detail: Some(e.to_string()),
            }])
        })?;
        if check_shown && input.shown_predikat != Some(preview.predikat) {
            tracing::warn!(
                plan = plan.id,
                shown = ?input.shown_predikat,
                computed = preview.predikat.code(),
                "a submitted rating disagrees with the server's computation"
            );
            return Err(AppError::invalid(Reason::RatingMismatch));
        }
        let input_json = serde_json::to_string(&preview_in).map_err(|_| AppError::Internal)?;
        ratings::store(
            &pool,
            actor(&user)?,
            &plan,
            input.period_no,
            &input_json,
            &preview,
            RULE_SET_ID,
            input.rating_version,
        )
        .await
        .map_err(write_error)
    }
}
