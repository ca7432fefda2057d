//! Login, logout, password change and "who am I".

use leptos::prelude::*;

use crate::kernel::error::AppError;
use serde::{Deserialize, Serialize};

use crate::auth::{CurrentUser, DemoAccount};

/// The logged-in user, or `None`.
#[server(prefix = "/api", endpoint = "auth/me")]
pub async fn whoami() -> Result<Option<CurrentUser>, AppError> {
    Ok(crate::auth::request_session().user)
}

/// Demo accounts for the login page; empty unless the server runs in demo mode.
#[server(prefix = "/api", endpoint = "auth/demo-accounts")]
pub async fn demo_accounts() -> Result<Vec<DemoAccount>, AppError> {
    use self::ssr::*;
    let (pool, services) = services()?;
    if !services.demo {
        return Ok(Vec::new());
    }
    crate::auth::repo::demo::accounts(&pool).await.map_err(internal)
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginDone {
    pub must_change_password: bool,
}

#[server(prefix = "/api", endpoint = "auth/login")]
pub async fn login(identifier: String, password: String) -> Result<LoginDone, AppError> {
    use self::ssr::*;
    let (pool, services) = services()?;
    let name = throttle::account_key(&identifier);
    if name.is_empty() || password.is_empty() || password.len() > password::MAX_LENGTH * 4 {
        return Err(AppError::LoginFailed);
    }
    let account = users::find_for_login(&pool, &name).await.map_err(internal)?;
    // One counter per account (by username or NIP alike); the attempt is counted before the
    // password is checked.
    let key = throttle::key_of(account.as_ref().map(|a| a.user_id), &name);
    if let Err(wait_ms) = throttle::claim(&pool, &key).await.map_err(internal)? {
        return Err(AppError::Throttled { seconds: (wait_ms + 999) / 1000 });
    }
    let ok = services
        .hasher
        .verify(password, account.as_ref().map(|a| a.password_hash.clone()))
        .await
        .map_err(internal)?;
    let named = account.as_ref().map(|a| (a.agency_id, a.user_id));
    let Some(account) = account.filter(|a| ok && !a.disabled) else {
        // Into the audit log of the account's agency, naming the account; a name no account
        // has goes to the platform's log without what was typed (it may be a password typed
        // into the wrong field).
        let entry = audit::Entry {
            agency_id: named.and_then(|(agency, _)| agency),
            entity_id: named.map(|(_, user)| user.to_string()),
            ..audit::Entry::new(AuditAction::LoginFailed, AuditEntity::Account)
        };
        audit::append_on_pool(&pool, &entry).await.map_err(internal)?;
        return Err(AppError::LoginFailed);
    };
    throttle::clear(&pool, &key).await.map_err(internal)?;
    // A new session id at every login; the one the browser came with (if any) ends.
    if let Some(old) = request_session().token {
        session::revoke(&pool, &old).await.map_err(internal)?;
    }
    let token =
        session::create(&pool, &services.sessions, account.user_id).await.map_err(internal)?;
    set_cookie(services.sessions.set_cookie(&token));
    let user = users::current_user(&pool, account.user_id, crate::kernel::db::today())
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

#[server(prefix = "/api", endpoint = "auth/logout")]
pub async fn logout() -> Result<(), AppError> {
    use self::ssr::*;
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
    // The browser forgets what this account left on the device: the pages the service worker
    // kept for offline use (and the worker itself), the offline outbox and the drafts.
    if let Some(response) = use_context::<ResponseOptions>() {
        response.insert_header(
            HeaderName::from_static("clear-site-data"),
            HeaderValue::from_static("\"storage\""),
        );
    }
    leptos_axum::redirect("/");
    Ok(())
}

#[server(prefix = "/api", endpoint = "auth/change-password")]
pub async fn change_password(
    current: String,
    new_password: String,
    confirm: String,
) -> Result<(), AppError> {
    use self::ssr::*;
    let (pool, services) = services()?;
    let session_now = request_session();
    let Some(user) = session_now.user else {
        return Err(AppError::Unauthenticated);
    };
    if new_password != confirm {
        return Err(AppError::invalid(Reason::PasswordMismatch));
    }
    let identifiers = users::identifiers(&pool, user.user_id).await.map_err(internal)?;
    let ids: Vec<&str> = identifiers.iter().map(String::as_str).collect();
    if let Err(problem) = password::check_new_password(&new_password, &ids) {
        return Err(AppError::invalid(match problem {
            password::PasswordProblem::TooShort => Reason::PasswordTooShort,
            password::PasswordProblem::TooLong => Reason::PasswordTooLong,
            password::PasswordProblem::Common => Reason::PasswordCommon,
            password::PasswordProblem::ContainsIdentifier => Reason::PasswordContainsIdentifier,
        }));
    }
    // Guessing the current password is throttled like a login, on the account's own counter.
    let key = throttle::key_of(Some(user.user_id), "");
    if let Err(wait_ms) = throttle::claim(&pool, &key).await.map_err(internal)? {
        return Err(AppError::Throttled { seconds: (wait_ms + 999) / 1000 });
    }
    let stored = users::password_hash(&pool, user.user_id).await.map_err(internal)?;
    if !services.hasher.verify(current, stored).await.map_err(internal)? {
        return Err(AppError::invalid(Reason::PasswordCurrentWrong));
    }
    throttle::clear(&pool, &key).await.map_err(internal)?;
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

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::audit::types::{AuditAction, AuditEntity};
    pub(super) use crate::kernel::error::AppError;
    pub(super) use http::{header::SET_COOKIE, HeaderName, HeaderValue};
    pub(super) use leptos::prelude::*;
    pub(super) use leptos_axum::ResponseOptions;

    pub(super) use super::LoginDone;
    pub(super) use crate::{
        audit::repo as audit,
        auth::repo::users,
        auth::{password, request_session, session, throttle, AuthServices},
        kernel::db::Pool,
        kernel::reason::Reason,
    };

    pub(super) fn services() -> Result<(Pool, AuthServices), AppError> {
        match (use_context::<Pool>(), use_context::<AuthServices>()) {
            (Some(pool), Some(services)) => Ok((pool, services)),
            _ => {
                tracing::error!("auth services missing from the server function context");
                Err(AppError::Internal)
            }
        }
    }

    /// Log the cause, show the user a safe message.
    pub(super) fn internal(error: impl std::fmt::Display) -> AppError {
        tracing::error!(%error, "auth server function failed");
        AppError::Internal
    }

    pub(super) fn set_cookie(value: String) {
        if let (Some(response), Ok(value)) =
            (use_context::<ResponseOptions>(), HeaderValue::from_str(&value))
        {
            response.append_header(SET_COOKIE, value);
        }
    }
}
