//! Keberatan (appeals) and their exchange. The employee files; the atasan pejabat penilai of
//! the plan decides; the employee, the pejabat penilai and the atasan exchange questions and
//! answers while it is open; the HR office of the agency reads.

use leptos::prelude::*;

pub use crate::appeals::types::{AppealRow, AppealView};

#[server(prefix = "/api", endpoint = "appeals/file")]
pub async fn file_appeal(rating_id: i64, reason: String) -> Result<i64, ServerFnError> {
    ssr::file_appeal(rating_id, reason).await
}

#[server(prefix = "/api", endpoint = "appeals/get")]
pub async fn load_appeal(appeal_id: i64) -> Result<AppealView, ServerFnError> {
    ssr::load_appeal(appeal_id).await
}

#[server(prefix = "/api", endpoint = "appeals/message")]
pub async fn appeal_message(appeal_id: i64, text: String) -> Result<i64, ServerFnError> {
    ssr::appeal_message(appeal_id, text).await
}

/// `decision` is `upheld` or `changed` (then `new_predikat` is the predikat in force).
#[server(prefix = "/api", endpoint = "appeals/decide")]
pub async fn decide_appeal(
    appeal_id: i64,
    version: i64,
    decision: String,
    new_predikat: String,
    note: String,
) -> Result<(), ServerFnError> {
    ssr::decide_appeal(appeal_id, version, decision, new_predikat, note).await
}

/// The appeals addressed to the caller as atasan pejabat penilai.
#[server(prefix = "/api", endpoint = "appeals/to-decide")]
pub async fn appeals_to_decide() -> Result<Vec<AppealRow>, ServerFnError> {
    ssr::appeals_to_decide().await
}

#[cfg(feature = "ssr")]
mod ssr {
    use http::StatusCode;
    use leptos::prelude::*;

    use super::{AppealRow, AppealView};
    use crate::{
        appeals::repo as appeals,
        appeals::repo::AppealHead,
        auth::{request_session, CurrentUser, Role},
        i18n::{initial_locale, Texts},
        kernel::db::{now_ms, Pool},
        kernel::server::{internal, not_found, refusal, write_error},
        kernel::write::{Actor, WriteError},
    };

    fn t() -> &'static Texts {
        initial_locale().texts()
    }

    fn caller() -> Result<(Pool, CurrentUser, Actor), ServerFnError> {
        let pool = use_context::<Pool>().ok_or_else(|| ServerFnError::new(t().error_internal))?;
        let user = request_session()
            .user
            .ok_or_else(|| refusal(StatusCode::UNAUTHORIZED, t().auth_required))?;
        let agency_id = user.agency_id.ok_or_else(not_found)?;
        let actor = Actor { agency_id, user_id: user.user_id };
        Ok((pool, user, actor))
    }

    async fn appeal(pool: &Pool, id: i64) -> Result<AppealHead, ServerFnError> {
        appeals::head(pool, id).await.map_err(internal)?.ok_or_else(not_found)
    }

    fn involved(user: &CurrentUser, a: &AppealHead) -> bool {
        let me = user.employee_id;
        me.is_some() && (me == Some(a.employee_id) || me == a.penilai_id || me == Some(a.atasan_id))
    }

    pub async fn file_appeal(rating_id: i64, reason: String) -> Result<i64, ServerFnError> {
        let (pool, user, actor) = caller()?;
        let me = user.employee_id.ok_or_else(not_found)?;
        appeals::file(&pool, actor, me, rating_id, &reason, now_ms()).await.map_err(write_error)
    }

    pub async fn load_appeal(appeal_id: i64) -> Result<AppealView, ServerFnError> {
        let (pool, user, _) = caller()?;
        let a = appeal(&pool, appeal_id).await?;
        let hr = user.has(Role::AdminInstansi) && user.agency_id == Some(a.agency_id);
        if !(involved(&user, &a) || hr) {
            return Err(not_found());
        }
        appeals::view(&pool, appeal_id, user.employee_id)
            .await
            .map_err(internal)?
            .ok_or_else(not_found)
    }

    pub async fn appeal_message(appeal_id: i64, text: String) -> Result<i64, ServerFnError> {
        let (pool, user, _) = caller()?;
        let a = appeal(&pool, appeal_id).await?;
        if !involved(&user, &a) {
            return Err(not_found());
        }
        appeals::message(&pool, &a, user.user_id, &text).await.map_err(write_error)
    }

    pub async fn decide_appeal(
        appeal_id: i64,
        version: i64,
        decision: String,
        new_predikat: String,
        note: String,
    ) -> Result<(), ServerFnError> {
        let (pool, user, actor) = caller()?;
        let a = appeal(&pool, appeal_id).await?;
        if user.employee_id != Some(a.atasan_id) {
            return Err(not_found());
        }
        let changed = match decision.as_str() {
            "upheld" => false,
            "changed" => true,
            _ => return Err(write_error(WriteError::Invalid("appeal_predikat"))),
        };
        let new = Some(new_predikat.trim()).filter(|p| !p.is_empty());
        appeals::decide(&pool, actor, &a, version, changed, new, &note).await.map_err(write_error)
    }

    pub async fn appeals_to_decide() -> Result<Vec<AppealRow>, ServerFnError> {
        let (pool, user, _) = caller()?;
        let me = user.employee_id.ok_or_else(not_found)?;
        appeals::for_atasan(&pool, me).await.map_err(internal)
    }
}
