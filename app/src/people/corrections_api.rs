//! Correction requests: the employee cannot edit HR-owned data, but can ask the HR office to.

use leptos::prelude::*;

use crate::kernel::error::AppError;
use serde::{Deserialize, Serialize};

/// The parts of a record a correction may concern (stable codes; the page translates them).
pub const FIELDS: [&str; 8] =
    ["nip", "name", "birth_date", "golongan", "position", "education", "unit", "other"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionRow {
    pub id: i64,
    pub employee_id: i64,
    pub nip: String,
    pub name: String,
    pub field: String,
    pub message: String,
    pub created_at_ms: i64,
    /// Sent back when the HR office resolves the request (optimistic concurrency).
    pub version: i64,
}

/// One of the caller's own requests, with the HR office's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyCorrection {
    pub id: i64,
    pub field: String,
    pub message: String,
    /// `open`, `done` or `rejected`.
    pub status: String,
    pub response_note: Option<String>,
    pub created_at_ms: i64,
}

/// The caller's own correction requests, newest first.
#[server(prefix = "/api", endpoint = "profile/corrections")]
pub async fn my_corrections() -> Result<Vec<MyCorrection>, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let Some(employee) = user.employee_id else { return Ok(Vec::new()) };
    let rows = sqlx::query(
        "SELECT id, field, message, status, response_note, created_at FROM correction_request \
         WHERE employee_id = $1 ORDER BY id DESC LIMIT 50",
    )
    .bind(employee)
    .fetch_all(&pool)
    .await
    .map_err(internal)?;
    rows.iter()
        .map(|r| {
            Ok(MyCorrection {
                id: r.try_get(0)?,
                field: r.try_get(1)?,
                message: r.try_get(2)?,
                status: r.try_get(3)?,
                response_note: r.try_get(4)?,
                created_at_ms: r.try_get(5)?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()
        .map_err(internal)
}

/// Ask for a correction of the caller's own record. Submitting the same request twice within
/// ten minutes (a double click, a resent form) records it once.
#[server(prefix = "/api", endpoint = "profile/request-correction")]
pub async fn request_correction(field: String, message: String) -> Result<i64, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let (Some(employee), Some(agency)) = (user.employee_id, user.agency_id) else {
        return Err(AppError::NotFound);
    };
    let message = message.trim().to_string();
    if !FIELDS.contains(&field.as_str()) {
        return Err(AppError::invalid_field(Reason::CorrectionField, "field", field));
    }
    if !(5..=1000).contains(&message.chars().count()) {
        return Err(AppError::invalid(Reason::CorrectionMessage));
    }
    let now = now_ms();
    let mut tx = crate::kernel::db::begin_write(&pool).await.map_err(internal)?;
    if let Some(existing) = sqlx::query(
        "SELECT id FROM correction_request WHERE employee_id = $1 AND field = $2 AND message = $3 \
         AND status = 'open' AND created_at > $4",
    )
    .bind(employee)
    .bind(&field)
    .bind(&message)
    .bind(now - 600_000)
    .fetch_optional(&mut *tx)
    .await
    .map_err(internal)?
    {
        return existing.try_get(0).map_err(internal);
    }
    let id: i64 = sqlx::query(
        "INSERT INTO correction_request (agency_id, employee_id, requested_by, field, message, \
         status, version, created_at) VALUES ($1, $2, $3, $4, $5, 'open', 1, $6) RETURNING id",
    )
    .bind(agency)
    .bind(employee)
    .bind(user.user_id)
    .bind(&field)
    .bind(&message)
    .bind(now)
    .fetch_one(&mut *tx)
    .await
    .map_err(internal)?
    .try_get(0)
    .map_err(internal)?;
    audit::append(
        &mut tx,
        &audit::Entry {
            agency_id: Some(agency),
            actor_user_id: Some(user.user_id),
            entity_id: Some(employee.to_string()),
            after_json: Some(format!("{{\"field\":\"{field}\",\"request\":{id}}}")),
            ..audit::Entry::new(AuditAction::CorrectionRequested, AuditEntity::Employee)
        },
    )
    .await
    .map_err(internal)?;
    tx.commit().await.map_err(internal)?;
    Ok(id)
}

/// Open requests of the caller's agency (admin instansi).
#[server(prefix = "/api", endpoint = "admin/corrections")]
pub async fn open_corrections() -> Result<Vec<CorrectionRow>, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let agency = user
        .agency_id
        .filter(|a| policy::can_manage_agency(&user, *a))
        .ok_or(AppError::NotFound)?;
    let rows = sqlx::query(
        "SELECT c.id, c.employee_id, e.nip, e.name, c.field, c.message, c.created_at, c.version \
         FROM correction_request c JOIN employee e ON e.id = c.employee_id \
         WHERE c.agency_id = $1 AND c.status = 'open' ORDER BY c.id DESC LIMIT 200",
    )
    .bind(agency)
    .fetch_all(&pool)
    .await
    .map_err(internal)?;
    rows.iter()
        .map(|r| {
            Ok(CorrectionRow {
                id: r.try_get(0)?,
                employee_id: r.try_get(1)?,
                nip: r.try_get(2)?,
                name: r.try_get(3)?,
                field: r.try_get(4)?,
                message: r.try_get(5)?,
                created_at_ms: r.try_get(6)?,
                version: r.try_get(7)?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()
        .map_err(internal)
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use sqlx::Row;

    pub(super) use super::FIELDS;
    pub(super) use crate::audit::types::{AuditAction, AuditEntity};
    pub(super) use crate::{
        audit::repo as audit,
        kernel::db::now_ms,
        kernel::policy,
        kernel::reason::Reason,
        kernel::server::{caller, internal, Caller},
    };
}
