//! The tim evaluasi reviews an employee's annual performance summary: a note on the rated
//! plan, optionally flagging it as an outlier. Only the agency's tim evaluasi may write; the
//! notes show on the plan to everyone who may read it.

use crate::annual_review::types::UnitSummaries;
use crate::kernel::error::AppError;
use leptos::prelude::*;

/// `outlier` is `"yes"` when the checkbox is ticked (a form sends nothing otherwise).
#[server(prefix = "/api", endpoint = "skp/annual-review/note")]
pub async fn add_review_note(
    plan_id: i64,
    text: String,
    outlier: Option<String>,
) -> Result<i64, AppError> {
    use crate::{
        annual_review::repo as review_notes,
        kernel::server::{caller, not_found, plan_head, write_error, Caller},
        kernel::write::Actor,
    };
    let Caller { pool, user } = caller()?;
    let plan = plan_head(&pool, plan_id).await?;
    if !crate::kernel::policy::is_evaluator_of_plan(&user, &plan) {
        return Err(not_found());
    }
    let actor = Actor { agency_id: plan.agency_id, user_id: user.user_id };
    review_notes::add(&pool, actor, &plan, &text, outlier.as_deref() == Some("yes"))
        .await
        .map_err(write_error)
}

/// The annual summaries of one unit of the caller's agency (HR office and tim evaluasi).
#[server(prefix = "/api", endpoint = "skp/annual-review/unit")]
pub async fn load_unit_summaries(unit_id: i64) -> Result<UnitSummaries, AppError> {
    use crate::{
        admin::repo::periods,
        annual_review::repo as review_notes,
        kernel::server::{caller, internal, Caller},
    };
    let Caller { pool, user } = caller()?;
    let agency = crate::kernel::policy::staff_agency(&user).ok_or(AppError::NotFound)?;
    let period =
        periods::open_one(&pool, agency).await.map_err(internal)?.ok_or(AppError::NotFound)?;
    review_notes::unit_summaries(&pool, agency, period.id, unit_id)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)
}
