//! Correction requests: the employee asks, the HR office of their agency resolves. Every
//! change is audited in the same transaction.

use sqlx::Row;

use crate::{
    audit::repo as audit,
    audit::types::{AuditAction, AuditEntity},
    kernel::db::{begin_write, now_ms, Pool},
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
    people::types::{CorrectionRow, CorrectionStatus, MyCorrection, FIELDS},
};

/// A resent request (a double click) within this window is the same request.
const RESEND_WINDOW_MS: i64 = 600_000;

/// The employee's own requests, newest first.
pub async fn of_employee(pool: &Pool, employee: i64) -> Result<Vec<MyCorrection>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, field, message, status, response_note, created_at AS created_at_ms \
         FROM correction_request WHERE employee_id = $1 ORDER BY id DESC LIMIT 50",
    )
    .bind(employee)
    .fetch_all(pool)
    .await
}

/// Record a request by `actor` about their own record `employee`; the same open request sent
/// again within ten minutes returns the first one's id.
pub async fn request(
    pool: &Pool,
    actor: Actor,
    employee: i64,
    field: &str,
    message: &str,
) -> Result<i64, WriteError> {
    let message = message.trim();
    if !FIELDS.contains(&field) {
        return Err(WriteError::Invalid(Reason::CorrectionField));
    }
    if !(5..=1000).contains(&message.chars().count()) {
        return Err(WriteError::Invalid(Reason::CorrectionMessage));
    }
    let now = now_ms();
    let mut tx = begin_write(pool).await?;
    if let Some(existing) = sqlx::query(
        "SELECT id FROM correction_request WHERE employee_id = $1 AND field = $2 AND message = $3 \
         AND status = 'open' AND created_at > $4",
    )
    .bind(employee)
    .bind(field)
    .bind(message)
    .bind(now - RESEND_WINDOW_MS)
    .fetch_optional(&mut *tx)
    .await?
    {
        return Ok(existing.try_get(0)?);
    }
    let id: i64 = sqlx::query(
        "INSERT INTO correction_request (agency_id, employee_id, requested_by, field, message, \
         status, version, created_at) VALUES ($1, $2, $3, $4, $5, 'open', 1, $6) RETURNING id",
    )
    .bind(actor.agency_id)
    .bind(employee)
    .bind(actor.user_id)
    .bind(field)
    .bind(message)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::CorrectionRequested, AuditEntity::Employee, employee)
            .after(serde_json::json!({"field": field, "request": id}).to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The agency's open requests, newest first.
pub async fn open_in_agency(pool: &Pool, agency: i64) -> Result<Vec<CorrectionRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT c.id, c.employee_id, e.nip, e.name, c.field, c.message, \
         c.created_at AS created_at_ms, c.version \
         FROM correction_request c JOIN employee e ON e.id = c.employee_id \
         WHERE c.agency_id = $1 AND c.status = 'open' ORDER BY c.id DESC LIMIT 200",
    )
    .bind(agency)
    .fetch_all(pool)
    .await
}

/// Close an open request of the actor's agency as done or rejected (a rejection says why),
/// if still at `version`.
pub async fn resolve(
    pool: &Pool,
    actor: Actor,
    id: i64,
    version: i64,
    status: CorrectionStatus,
    note: &str,
) -> Result<(), WriteError> {
    if status == CorrectionStatus::Open {
        return Err(WriteError::Invalid(Reason::CorrectionStatus));
    }
    let note = note.trim();
    if note.chars().count() > 1000 || (status == CorrectionStatus::Rejected && note.is_empty()) {
        return Err(WriteError::Invalid(Reason::CorrectionNote));
    }
    let mut tx = begin_write(pool).await?;
    let updated = sqlx::query(
        "UPDATE correction_request SET status = $1, response_note = $2, resolved_by = $3, \
         resolved_at = $4, version = version + 1 \
         WHERE id = $5 AND agency_id = $6 AND version = $7 AND status = 'open'",
    )
    .bind(status.code())
    .bind(note)
    .bind(actor.user_id)
    .bind(now_ms())
    .bind(id)
    .bind(actor.agency_id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        let exists =
            sqlx::query("SELECT 1 FROM correction_request WHERE id = $1 AND agency_id = $2")
                .bind(id)
                .bind(actor.agency_id)
                .fetch_optional(&mut *tx)
                .await?;
        return Err(if exists.is_some() { WriteError::Conflict } else { WriteError::NotFound });
    }
    let employee: i64 = sqlx::query("SELECT employee_id FROM correction_request WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::CorrectionResolved, AuditEntity::Employee, employee)
            .before(
                serde_json::json!({"request": id, "status": CorrectionStatus::Open}).to_string(),
            )
            .after(serde_json::json!({"request": id, "status": status, "note": note}).to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
