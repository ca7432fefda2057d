//! Login, logout, password change and "who am I".

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::auth::{CurrentUser, DemoAccount};

/// The logged-in user, or `None`.
#[server(prefix = "/api", endpoint = "auth/me")]
pub async fn whoami() -> Result<Option<CurrentUser>, ServerFnError> {
    Ok(crate::auth::request_session().user)
}

/// Demo accounts for the login page; empty unless the server runs in demo mode.
#[server(prefix = "/api", endpoint = "auth/demo-accounts")]
pub async fn demo_accounts() -> Result<Vec<DemoAccount>, ServerFnError> {
    ssr::demo_accounts().await
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginDone {
    pub must_change_password: bool,
}

#[server(prefix = "/api", endpoint = "auth/login")]
pub async fn login(identifier: String, password: String) -> Result<LoginDone, ServerFnError> {
    ssr::login(identifier, password).await
}

#[server(prefix = "/api", endpoint = "auth/logout")]
pub async fn logout() -> Result<(), ServerFnError> {
    ssr::logout().await
}

#[server(prefix = "/api", endpoint = "auth/change-password")]
pub async fn change_password(
    current: String,
    new_password: String,
    confirm: String,
) -> Result<(), ServerFnError> {
    ssr::change_password(current, new_password, confirm).await
}

#[cfg(feature = "ssr")]
mod ssr {
    use crate::audit::types::{AuditAction, AuditEntity};
    use http::{header::SET_COOKIE, HeaderValue};
    use leptos::prelude::*;
    use leptos_axum::ResponseOptions;

    use super::LoginDone;
    use crate::{
        audit::repo as audit,
        auth::repo::users,
        auth::{password, request_session, session, throttle, AuthServices, DemoAccount},
        i18n::{initial_locale, Texts},
        kernel::db::Pool,
    };

    fn services() -> Result<(Pool, AuthServices), ServerFnError> {
        match (use_context::<Pool>(), use_context::<AuthServices>()) {
            (Some(pool), Some(services)) => Ok((pool, services)),
            _ => Err(ServerFnError::new("server not configured")),
        }
    }

    fn t() -> &'static Texts {
        initial_locale().texts()
    }

    /// Log the cause, show the user a safe message.
    fn internal(error: impl std::fmt::Display) -> ServerFnError {
        tracing::error!(%error, "auth server function failed");
        ServerFnError::new(t().error_internal)
    }

    fn set_cookie(value: String) {
        if let (Some(response), Ok(value)) =
            (use_context::<ResponseOptions>(), HeaderValue::from_str(&value))
        {
            response.append_header(SET_COOKIE, value);
        }
    }

    pub async fn login(identifier: String, password: String) -> Result<LoginDone, ServerFnError> {
        let (pool, services) = services()?;
        let key = throttle::account_key(&identifier);
        if key.is_empty() || password.is_empty() || password.len() > password::MAX_LENGTH * 4 {
            return Err(crate::kernel::server::refusal(
                http::StatusCode::UNAUTHORIZED,
                t().auth_invalid,
            ));
        }
        if let Err(wait_ms) = throttle::check(&pool, &key).await.map_err(internal)? {
            let seconds = (wait_ms + 999) / 1000;
            return Err(crate::kernel::server::refusal(
                http::StatusCode::TOO_MANY_REQUESTS,
                format!("{} {seconds} {}", t().auth_throttled, t().auth_seconds),
            ));
        }
        let account = users::find_for_login(&pool, &key).await.map_err(internal)?;
        let ok = services
            .hasher
            .verify(password, account.as_ref().map(|a| a.password_hash.clone()))
            .await
            .map_err(internal)?;
        let Some(account) = account.filter(|a| ok && !a.disabled) else {
            throttle::record_failure(&pool, &key).await.map_err(internal)?;
            let entry = audit::Entry {
                entity_id: Some(key.clone()),
                ..audit::Entry::new(AuditAction::LoginFailed, AuditEntity::Account)
            };
            audit::append_on_pool(&pool, &entry).await.map_err(internal)?;
            return Err(crate::kernel::server::refusal(
                http::StatusCode::UNAUTHORIZED,
                t().auth_invalid,
            ));
        };
        throttle::clear(&pool, &key).await.map_err(internal)?;
        // A new session id at every login; the one the browser came with (if any) ends.
        if let Some(old) = request_session().token {
            session::revoke(&pool, &old).await.map_err(internal)?;
        }
        let token =
            session::create(&pool, &services.sessions, account.user_id).await.map_err(internal)?;
        set_cookie(services.sessions.set_cookie(&token));
        let user = users::current_user(&pool, account.user_id, &crate::kernel::db::today())
            .await
            .map_err(internal)?;
        let entry = audit::Entry {
            agency_id: user.as_ref().and_then(|u| u.agency_id),
            actor_user_id: Some(account.user_id),
            entity_id: Some(account.user_id.to_string()),
            ..audit::Entry::new(AuditAction::Login, AuditEntity::Account)
        };
        audit::append_on_pool(&pool, &entry).await.map_err(internal)?;
        let must_change_password = user.is_some_and(|u| u.must_change_password);
        leptos_axum::redirect(if must_change_password { "/ganti-sandi" } else { "/" });
        Ok(LoginDone { must_change_password })
    }

    pub async fn logout() -> Result<(), ServerFnError> {
        let (pool, services) = services()?;
        let current = request_session();
        if let Some(token) = current.token {
            session::revoke(&pool, &token).await.map_err(internal)?;
        }
        if let Some(user) = current.user {
            let entry = audit::Entry {
                agency_id: user.agency_id,
                actor_user_id: Some(user.user_id),
                entity_id: Some(user.user_id.to_string()),
                ..audit::Entry::new(AuditAction::Logout, AuditEntity::Account)
            };
            audit::append_on_pool(&pool, &entry).await.map_err(internal)?;
        }
        set_cookie(services.sessions.clear_cookie());
        leptos_axum::redirect("/");
        Ok(())
    }

    pub async fn change_password(
        current: String,
        new_password: String,
        confirm: String,
    ) -> Result<(), ServerFnError> {
        let (pool, services) = services()?;
        let session_now = request_session();
        let Some(user) = session_now.user else {
            return Err(crate::kernel::server::refusal(
                http::StatusCode::UNAUTHORIZED,
                t().auth_required,
            ));
        };
        if new_password != confirm {
            return Err(crate::kernel::server::refusal(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                t().password_mismatch,
            ));
        }
        let identifiers = users::identifiers(&pool, user.user_id).await.map_err(internal)?;
        let ids: Vec<&str> = identifiers.iter().map(String::as_str).collect();
        if let Err(problem) = password::check_new_password(&new_password, &ids) {
            let text = match problem {
                password::PasswordProblem::TooShort => t().password_too_short,
                password::PasswordProblem::TooLong => t().password_too_long,
                password::PasswordProblem::Common => t().password_common,
                password::PasswordProblem::ContainsIdentifier => t().password_contains_identifier,
            };
            return Err(crate::kernel::server::refusal(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                text,
            ));
        }
        let stored = users::password_hash(&pool, user.user_id).await.map_err(internal)?;
        if !services.hasher.verify(current, stored).await.map_err(internal)? {
            return Err(crate::kernel::server::refusal(
                http::StatusCode::UNPROCESSABLE_ENTITY,
                t().password_current_wrong,
            ));
        }
        let hash = services.hasher.hash(new_password).await.map_err(internal)?;
        let mut tx = crate::kernel::db::begin_write(&pool).await.map_err(internal)?;
        users::set_password(&mut tx, user.user_id, &hash, false).await.map_err(internal)?;
        let entry = audit::Entry {
            agency_id: user.agency_id,
            actor_user_id: Some(user.user_id),
            entity_id: Some(user.user_id.to_string()),
            ..audit::Entry::new(AuditAction::PasswordChanged, AuditEntity::Account)
        };
        audit::append(&mut tx, &entry).await.map_err(internal)?;
        tx.commit().await.map_err(internal)?;
        // Every other session of this account ends; this one stays.
        session::revoke_others(&pool, user.user_id, session_now.token.as_deref())
            .await
            .map_err(internal)?;
        leptos_axum::redirect("/");
        Ok(())
    }

    pub async fn demo_accounts() -> Result<Vec<DemoAccount>, ServerFnError> {
        let (pool, services) = services()?;
        if !services.demo {
            return Ok(Vec::new());
        }
        crate::auth::repo::demo::accounts(&pool).await.map_err(internal)
    }
}
