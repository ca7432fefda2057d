//! 360 input on a plan: invitations (the plan's pejabat penilai or the agency's HR office),
//! the raters' own answers, and the aggregate the employee, the penilai, the atasan and the HR
//! office see once enough raters answered.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::input360::types::{Request360, Summary360};

/// The seven ratings of an answer, one field per BerAKHLAK value (rating codes).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer360 {
    pub berorientasi_pelayanan: String,
    pub akuntabel: String,
    pub kompeten: String,
    pub harmonis: String,
    pub loyal: String,
    pub adaptif: String,
    pub kolaboratif: String,
}

#[server(prefix = "/api", endpoint = "360/invite")]
pub async fn invite_360(
    plan_id: i64,
    rater_nip: String,
    relation: String,
) -> Result<i64, ServerFnError> {
    ssr::invite(plan_id, rater_nip, relation).await
}

#[server(prefix = "/api", endpoint = "360/mine")]
pub async fn my_360_requests() -> Result<Vec<Request360>, ServerFnError> {
    ssr::mine().await
}

/// Answer a request (or, with `withdraw = "yes"`, withdraw the answer) before the deadline.
#[server(prefix = "/api", endpoint = "360/answer")]
pub async fn submit_360_answer(
    id: i64,
    withdraw: Option<String>,
    input: Option<Answer360>,
) -> Result<(), ServerFnError> {
    ssr::answer(id, withdraw, input).await
}

#[server(prefix = "/api", endpoint = "360/summary")]
pub async fn load_360_summary(plan_id: i64) -> Result<Summary360, ServerFnError> {
    ssr::summary(plan_id).await
}

#[cfg(feature = "ssr")]
mod ssr {
    use http::StatusCode;
    use leptos::prelude::*;

    use super::{Answer360, Request360, Summary360};
    use crate::{
        auth::{request_session, CurrentUser, Role},
        i18n::{initial_locale, Texts},
        input360::repo as input360,
        kernel::db::{today, Pool},
        kernel::plan_head::PlanHead,
        kernel::server::{internal, not_found, refusal, write_error},
        kernel::write::{Actor, WriteError},
        people::repo::records,
        rules::Rating,
    };

    fn t() -> &'static Texts {
        initial_locale().texts()
    }

    fn caller() -> Result<(Pool, CurrentUser), ServerFnError> {
        let pool = use_context::<Pool>().ok_or_else(|| ServerFnError::new(t().error_internal))?;
        let user = request_session()
            .user
            .ok_or_else(|| refusal(StatusCode::UNAUTHORIZED, t().auth_required))?;
        Ok((pool, user))
    }

    async fn plan(pool: &Pool, id: i64) -> Result<PlanHead, ServerFnError> {
        let mut conn = pool.acquire().await.map_err(internal)?;
        crate::kernel::plan_head::head(&mut conn, id).await.map_err(internal)?.ok_or_else(not_found)
    }

    fn hr_of(user: &CurrentUser, plan: &PlanHead) -> bool {
        user.has(Role::AdminInstansi) && user.agency_id == Some(plan.agency_id)
    }

    pub async fn invite(
        plan_id: i64,
        rater_nip: String,
        relation: String,
    ) -> Result<i64, ServerFnError> {
        let (pool, user) = caller()?;
        let p = plan(&pool, plan_id).await?;
        let is_penilai = user.employee_id.is_some() && user.employee_id == p.penilai_id;
        if !(is_penilai || hr_of(&user, &p)) {
            return Err(not_found());
        }
        let rater = records::employee_by_nip(&pool, p.agency_id, &rater_nip)
            .await
            .map_err(internal)?
            .ok_or_else(|| write_error(WriteError::Invalid("line_person_unknown")))?;
        let actor = Actor { agency_id: p.agency_id, user_id: user.user_id };
        input360::invite(&pool, actor, &p, rater, relation.trim()).await.map_err(write_error)
    }

    pub async fn mine() -> Result<Vec<Request360>, ServerFnError> {
        let (pool, user) = caller()?;
        let Some(me) = user.employee_id else { return Ok(Vec::new()) };
        input360::requests_of(&pool, me, &today()).await.map_err(internal)
    }

    pub async fn answer(
        id: i64,
        withdraw: Option<String>,
        input: Option<Answer360>,
    ) -> Result<(), ServerFnError> {
        let (pool, user) = caller()?;
        let me = user.employee_id.ok_or_else(not_found)?;
        let ratings = if withdraw.as_deref() == Some("yes") {
            None
        } else {
            let a = input.unwrap_or_default();
            let parsed: Option<Vec<Rating>> = [
                &a.berorientasi_pelayanan,
                &a.akuntabel,
                &a.kompeten,
                &a.harmonis,
                &a.loyal,
                &a.adaptif,
                &a.kolaboratif,
            ]
            .iter()
            .map(|c| Rating::ALL.into_iter().find(|r| r.code() == c.as_str()))
            .collect();
            Some(parsed.ok_or_else(|| write_error(WriteError::Invalid("rating_values")))?)
        };
        input360::answer(&pool, id, me, ratings.as_deref(), &today()).await.map_err(write_error)
    }

    pub async fn summary(plan_id: i64) -> Result<Summary360, ServerFnError> {
        let (pool, user) = caller()?;
        let p = plan(&pool, plan_id).await?;
        let me = user.employee_id;
        let involved =
            me.is_some() && (me == Some(p.employee_id) || me == p.penilai_id || me == p.atasan_id);
        if !(involved || hr_of(&user, &p)) {
            return Err(not_found());
        }
        input360::summary(&pool, plan_id).await.map_err(internal)
    }
}
