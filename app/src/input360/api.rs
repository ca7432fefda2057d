//! 360 input on a plan: invitations (the plan's pejabat penilai or the agency's HR office),
//! the raters' own answers, and the aggregate the employee, the penilai, the atasan and the HR
//! office see once enough raters answered.

use leptos::prelude::*;

use crate::kernel::error::AppError;
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
) -> Result<i64, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let p = plan(&pool, plan_id).await?;
    if !policy::can_invite_360(&user, &p) {
        return Err(not_found());
    }
    let rater = records::employee_by_nip(&pool, p.agency_id, &rater_nip)
        .await
        .map_err(internal)?
        .ok_or(AppError::invalid(Reason::LinePersonUnknown))?;
    let actor = Actor { agency_id: p.agency_id, user_id: user.user_id };
    let relation = Relation360::from_code(relation.trim())
        .ok_or(AppError::invalid(Reason::Input360Relation))?;
    input360::invite(&pool, actor, &p, rater, relation).await.map_err(write_error)
}

#[server(prefix = "/api", endpoint = "360/mine")]
pub async fn my_360_requests() -> Result<Vec<Request360>, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let Some(me) = user.employee_id else { return Ok(Vec::new()) };
    input360::requests_of(&pool, me, today()).await.map_err(internal)
}

/// Answer a request (or, with `withdraw = "yes"`, withdraw the answer) before the deadline.
#[server(prefix = "/api", endpoint = "360/answer")]
pub async fn submit_360_answer(
    id: i64,
    withdraw: Option<String>,
    input: Option<Answer360>,
) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let (pool, me) = (&c.pool, c.employee()?);
    let ratings = if withdraw.as_deref() == Some("yes") {
        None
    } else {
        let a = input.unwrap_or_default();
        let values = [
            ("berorientasi_pelayanan", &a.berorientasi_pelayanan),
            ("akuntabel", &a.akuntabel),
            ("kompeten", &a.kompeten),
            ("harmonis", &a.harmonis),
            ("loyal", &a.loyal),
            ("adaptif", &a.adaptif),
            ("kolaboratif", &a.kolaboratif),
        ];
        let mut parsed = Vec::with_capacity(7);
        for (name, code) in values {
            let rating = Rating::ALL.into_iter().find(|r| r.code() == code.as_str());
            // The form's own message and field, not the rating form's.
            let field = format!("input[{name}]");
            parsed.push(rating.ok_or_else(|| {
                AppError::invalid_field(Reason::Input360Values, &field, code.as_str())
            })?);
        }
        Some(parsed)
    };
    input360::answer(pool, id, me, ratings.as_deref(), today()).await.map_err(write_error)
}

#[server(prefix = "/api", endpoint = "360/summary")]
pub async fn load_360_summary(plan_id: i64) -> Result<Summary360, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let p = plan(&pool, plan_id).await?;
    if !policy::can_read_360_summary(&user, &p) {
        return Err(not_found());
    }
    input360::summary(&pool, plan_id).await.map_err(internal)
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::kernel::policy;
    pub(super) use crate::{
        input360::repo as input360,
        input360::types::Relation360,
        kernel::db::today,
        kernel::reason::Reason,
        kernel::server::{caller, internal, not_found, plan_head as plan, write_error, Caller},
        kernel::write::Actor,
        people::repo::records,
        rules::Rating,
    };
}
