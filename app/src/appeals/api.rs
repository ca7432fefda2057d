//! Keberatan (appeals) and their exchange. The employee files; the atasan pejabat penilai of
//! the plan decides; the employee, the pejabat penilai and the atasan exchange questions and
//! answers while it is open; the HR office of the agency reads.

use leptos::prelude::*;

pub use crate::appeals::types::{AppealRow, AppealView};
use crate::kernel::error::AppError;

#[server(prefix = "/api", endpoint = "appeals/file")]
pub async fn file_appeal(rating_id: i64, reason: String) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    appeals::file(&c.pool, c.actor()?, c.employee()?, rating_id, &reason, now_ms())
        .await
        .map_err(write_error)
}

#[server(prefix = "/api", endpoint = "appeals/get")]
pub async fn load_appeal(appeal_id: i64) -> Result<AppealView, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let a = appeal(&pool, appeal_id).await?;
    if !policy::can_read_appeal(&user, &a.parties()) {
        return Err(not_found());
    }
    appeals::view(&pool, appeal_id, user.employee_id)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)
}

#[server(prefix = "/api", endpoint = "appeals/message")]
pub async fn appeal_message(appeal_id: i64, text: String) -> Result<i64, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let a = appeal(&pool, appeal_id).await?;
    if !policy::is_party(user.employee_id, &a.parties()) {
        return Err(not_found());
    }
    appeals::message(&pool, &a, user.user_id, &text).await.map_err(write_error)
}

/// `decision` is `upheld` or `changed` (then `new_predikat` is the predikat in force).
#[server(prefix = "/api", endpoint = "appeals/decide")]
pub async fn decide_appeal(
    appeal_id: i64,
    version: i64,
    decision: String,
    new_predikat: String,
    note: String,
) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let (pool, user, actor) = (&c.pool, &c.user, c.actor()?);
    let a = appeal(pool, appeal_id).await?;
    if user.employee_id != Some(a.atasan_id) {
        return Err(not_found());
    }
    let decision = AppealDecision::from_code(decision.trim())
        .ok_or_else(|| AppError::invalid_field(Reason::AppealPredikat, "decision", &decision))?;
    let new = Some(new_predikat.trim()).filter(|p| !p.is_empty());
    appeals::decide(pool, actor, &a, version, decision, new, &note).await.map_err(write_error)
}

/// The appeals addressed to the caller as atasan pejabat penilai.
#[server(prefix = "/api", endpoint = "appeals/to-decide")]
pub async fn appeals_to_decide() -> Result<Vec<AppealRow>, AppError> {
    use self::ssr::*;
    let c = caller()?;
    appeals::for_atasan(&c.pool, c.employee()?).await.map_err(internal)
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::kernel::policy;
    pub(super) use crate::{
        appeals::repo as appeals,
        appeals::repo::AppealHead,
        appeals::types::AppealDecision,
        kernel::db::{now_ms, Pool},
        kernel::error::AppError,
        kernel::reason::Reason,
        kernel::server::{caller, internal, not_found, write_error, Caller},
    };

    pub(super) async fn appeal(pool: &Pool, id: i64) -> Result<AppealHead, AppError> {
        appeals::head(pool, id).await.map_err(internal)?.ok_or(AppError::NotFound)
    }
}
