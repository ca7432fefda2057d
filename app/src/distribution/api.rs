//! The unit's distribution: the pejabat penilai's page and submission, the atasan's decision.

use leptos::prelude::*;

pub use crate::distribution::types::{DistributionView, SubmissionView};

#[server(prefix = "/api", endpoint = "distribution/mine")]
pub async fn my_distribution() -> Result<DistributionView, ServerFnError> {
    ssr::my_distribution().await
}

/// Submit the unit's annual predikat (as stored) to the atasan. Refused, with the failing
/// constraints, when they break the pattern of the organisation's predikat.
#[server(prefix = "/api", endpoint = "distribution/submit")]
pub async fn submit_distribution() -> Result<i64, ServerFnError> {
    ssr::submit_distribution().await
}

#[server(prefix = "/api", endpoint = "distribution/to-decide")]
pub async fn distributions_to_decide() -> Result<Vec<SubmissionView>, ServerFnError> {
    ssr::distributions_to_decide().await
}

/// `decision` is `approve` or `return` (a comment is then required).
#[server(prefix = "/api", endpoint = "distribution/decide")]
pub async fn decide_distribution(
    id: i64,
    version: i64,
    decision: String,
    comment: String,
) -> Result<(), ServerFnError> {
    ssr::decide_distribution(id, version, decision, comment).await
}

#[cfg(feature = "ssr")]
mod ssr {
    use http::StatusCode;
    use leptos::prelude::*;

    use super::{DistributionView, SubmissionView};
    use crate::{
        admin::repo::periods,
        auth::{request_session, CurrentUser},
        distribution::repo as distribution,
        distribution::repo::SubmitError,
        distribution::types::{org_predikat_of, predikat_of},
        i18n::{initial_locale, Texts},
        kernel::db::{today, Pool},
        kernel::server::{internal, not_found, refusal, write_error},
        kernel::write::{Actor, WriteError},
        rules::distribution::{check_distribution, Counts},
        rules::RuleSet,
    };

    fn t() -> &'static Texts {
        initial_locale().texts()
    }

    fn caller() -> Result<(Pool, CurrentUser, Actor, i64), ServerFnError> {
        let pool = use_context::<Pool>().ok_or_else(|| ServerFnError::new(t().error_internal))?;
        let user = request_session()
            .user
            .ok_or_else(|| refusal(StatusCode::UNAUTHORIZED, t().auth_required))?;
        let (Some(agency_id), Some(me)) = (user.agency_id, user.employee_id) else {
            return Err(not_found());
        };
        let actor = Actor { agency_id, user_id: user.user_id };
        Ok((pool, user, actor, me))
    }

    pub async fn my_distribution() -> Result<DistributionView, ServerFnError> {
        let (pool, _, actor, me) = caller()?;
        let Some(period) = periods::open_one(&pool, actor.agency_id).await.map_err(internal)?
        else {
            return Ok(DistributionView { period: None, members: Vec::new(), submission: None });
        };
        let mut conn = pool.acquire().await.map_err(internal)?;
        let members =
            distribution::members(&mut conn, me, period.id, &today()).await.map_err(internal)?;
        let submission = distribution::of_penilai(&pool, me, period.id).await.map_err(internal)?;
        Ok(DistributionView { period: Some(period), members, submission })
    }

    pub async fn submit_distribution() -> Result<i64, ServerFnError> {
        let (pool, _, actor, me) = caller()?;
        let t = t();
        let period = periods::open_one(&pool, actor.agency_id)
            .await
            .map_err(internal)?
            .ok_or_else(|| write_error(WriteError::Invalid("period_none_open")))?;
        match distribution::submit(&pool, actor, me, period.id, &today()).await {
            Ok(id) => Ok(id),
            Err(SubmitError::Write(e)) => Err(write_error(e)),
            Err(SubmitError::Refused { code: "distribution_violation", .. }) => {
                // Name each failing constraint in the reader's language.
                let mut conn = pool.acquire().await.map_err(internal)?;
                let team = distribution::members(&mut conn, me, period.id, &today())
                    .await
                    .map_err(internal)?;
                let rated: Vec<_> = team
                    .iter()
                    .filter_map(|m| m.predikat.as_deref().and_then(predikat_of))
                    .collect();
                let org = period.org_predikat.as_deref().and_then(org_predikat_of);
                let failing = org
                    .and_then(|o| {
                        check_distribution(&RuleSet::current(), o, Counts::from_predikat(&rated))
                            .ok()
                    })
                    .map(|(c, _)| {
                        c.constraints
                            .iter()
                            .filter(|c| !c.pass)
                            .map(|c| t.constraint(c))
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                    .unwrap_or_default();
                Err(refusal(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    format!("{} {failing}", t.inv_distribution_violation),
                ))
            }
            Err(SubmitError::Refused { code, .. }) => Err(write_error(WriteError::Invalid(code))),
        }
    }

    pub async fn distributions_to_decide() -> Result<Vec<SubmissionView>, ServerFnError> {
        let (pool, _, _, me) = caller()?;
        distribution::for_atasan(&pool, me).await.map_err(internal)
    }

    pub async fn decide_distribution(
        id: i64,
        version: i64,
        decision: String,
        comment: String,
    ) -> Result<(), ServerFnError> {
        let (pool, _, actor, me) = caller()?;
        let approve = match decision.as_str() {
            "approve" => true,
            "return" => false,
            _ => return Err(write_error(WriteError::Invalid("other"))),
        };
        distribution::decide(&pool, actor, me, id, version, approve, &comment)
            .await
            .map_err(write_error)
    }
}
