//! What every feature's server functions share: the caller (database and logged-in user), the
//! plan head or 404, and the mapping of store failures to [`AppError`]. Each server function
//! authenticates, asks the policy, parses its input, calls the rules or a repository, and maps
//! the error through these. The HTTP status follows from the error (the server's error-status
//! layer sets it), never from a side effect here.

#![cfg(feature = "ssr")]

use crate::{
    auth::CurrentUser,
    kernel::db::Pool,
    kernel::error::AppError,
    kernel::plan_head::PlanHead,
    kernel::write::{Actor, WriteError},
};

/// The logged-in caller of a server function and the database.
pub struct Caller {
    pub pool: Pool,
    pub user: CurrentUser,
}

impl Caller {
    /// The caller as the writer of a change in their agency (404 without one: the platform
    /// admin belongs to none).
    pub fn actor(&self) -> Result<Actor, AppError> {
        actor(&self.user)
    }

    /// The caller's agency, or 404.
    pub fn agency(&self) -> Result<i64, AppError> {
        self.user.agency_id.ok_or(AppError::NotFound)
    }

    /// The caller's own employee record, or 404 (an account without one).
    pub fn employee(&self) -> Result<i64, AppError> {
        self.user.employee_id.ok_or(AppError::NotFound)
    }
}

/// `user` as the writer of a change in their agency, or 404.
pub fn actor(user: &CurrentUser) -> Result<Actor, AppError> {
    let agency_id = user.agency_id.ok_or(AppError::NotFound)?;
    Ok(Actor { agency_id, user_id: user.user_id })
}

/// The database and the logged-in user, or 401.
pub fn caller() -> Result<Caller, AppError> {
    let pool = leptos::prelude::use_context::<Pool>().ok_or_else(|| {
        tracing::error!("server function called without a database in its context");
        AppError::Internal
    })?;
    let user = crate::auth::request_session().user.ok_or(AppError::Unauthenticated)?;
    Ok(Caller { pool, user })
}

/// A database failure: logged for the operators, a generic message for the user.
pub fn internal(error: sqlx::Error) -> AppError {
    tracing::error!(%error, "query failed");
    AppError::Internal
}

/// Not found, or not the caller's: the two answer alike (no IDOR oracle).
pub fn not_found() -> AppError {
    AppError::NotFound
}

/// The refusal of a change a repository declined.
pub fn write_error(e: WriteError) -> AppError {
    match e {
        WriteError::Conflict => AppError::Conflict,
        WriteError::NotFound => AppError::NotFound,
        WriteError::Db(e) => internal(e),
        WriteError::Invalid(reason) => AppError::invalid(reason),
    }
}

/// A plan's head (who it belongs to, where it stands), or 404.
pub async fn plan_head(pool: &Pool, plan_id: i64) -> Result<PlanHead, AppError> {
    let mut conn = pool.acquire().await.map_err(internal)?;
    crate::kernel::plan_head::head(&mut conn, plan_id)
        .await
        .map_err(internal)?
        .ok_or(AppError::NotFound)
}
