//! The unit's distribution: the pejabat penilai's page and submission, the atasan's decision.

use leptos::prelude::*;

pub use crate::distribution::types::{DistributionView, SubmissionView};
use crate::kernel::error::AppError;

#[server(prefix = "/api", endpoint = "distribution/mine")]
pub async fn my_distribution() -> Result<DistributionView, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let (agency, me) = (c.agency()?, c.employee()?);
    let Some(period) = periods::open_one(&c.pool, agency).await.map_err(internal)? else {
        return Ok(DistributionView { period: None, members: Vec::new(), submission: None });
    };
    let mut conn = c.pool.acquire().await.map_err(internal)?;
    let members =
        distribution::members(&mut conn, me, period.id, today()).await.map_err(internal)?;
    let submission = distribution::of_penilai(&c.pool, me, period.id).await.map_err(internal)?;
    Ok(DistributionView { period: Some(period), members, submission })
}

/// Submit the unit's annual predikat (as stored) to the atasan. Refused, with the failing
/// constraints, when they break the pattern of the organisation's predikat.
#[server(prefix = "/api", endpoint = "distribution/submit")]
pub async fn submit_distribution() -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let (actor, me) = (c.actor()?, c.employee()?);
    let period = periods::open_one(&c.pool, actor.agency_id)
        .await
        .map_err(internal)?
        .ok_or(AppError::invalid(Reason::PeriodNoneOpen))?;
    match distribution::submit(&c.pool, actor, me, period.id, today()).await {
        Ok(id) => Ok(id),
        Err(SubmitError::Write(e)) => Err(write_error(e)),
        Err(SubmitError::Refused { code, failing }) if failing.is_empty() => {
            Err(AppError::invalid(code))
        }
        // Each failing constraint in a sentence of the reader's language.
        Err(SubmitError::Refused { code, failing }) => {
            let t = initial_locale().texts();
            let detail = failing
                .iter()
                .map(|c| crate::distribution::texts::constraint(t, c))
                .collect::<Vec<_>>()
                .join("; ");
            Err(AppError::Invalid(vec![Problem {
                reason: code,
                field: None,
                detail: Some(detail),
            }]))
        }
    }
}

#[server(prefix = "/api", endpoint = "distribution/to-decide")]
pub async fn distributions_to_decide() -> Result<Vec<SubmissionView>, AppError> {
    use self::ssr::*;
    let c = caller()?;
    distribution::for_atasan(&c.pool, c.employee()?).await.map_err(internal)
}

/// `decision` is `approve` or `return` (a comment is then required).
#[server(prefix = "/api", endpoint = "distribution/decide")]
pub async fn decide_distribution(
    id: i64,
    version: i64,
    decision: String,
    comment: String,
) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let approve = match decision.as_str() {
        "approve" => true,
        "return" => false,
        _ => return Err(AppError::invalid_field(Reason::Other, "decision", decision)),
    };
    distribution::decide(&c.pool, c.actor()?, c.employee()?, id, version, approve, &comment)
        .await
        .map_err(write_error)
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::{
        admin::repo::periods,
        distribution::repo as distribution,
        distribution::repo::SubmitError,
        i18n::initial_locale,
        kernel::db::today,
        kernel::error::Problem,
        kernel::reason::Reason,
        kernel::server::{caller, internal, write_error},
    };
}
