//! The HR office's changes to employee records and reporting lines. Each change is one
//! transaction that checks the version the editor saw (optimistic concurrency: a second editor
//! gets a conflict, never a silent overwrite), appends history, and writes its audit entry with
//! the record before and after.

use crate::audit::types::{AuditAction, AuditEntity};
use serde::Serialize;
use sqlx::Row;

use super::handover;
use crate::{
    audit::repo as audit,
    kernel::db::now_ms,
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
};
use crate::{import::validate::ImportRow, rules::Date};

/// The editable part of an employee record, as the audit log stores it before and after.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct EmployeeSnapshot {
    pub nip: String,
    pub name: String,
    pub kind: String,
    pub gender: String,
    pub birth_date: String,
    pub golongan: Option<String>,
    pub golongan_tmt: Option<String>,
    pub position_kind: String,
    pub position_name: String,
    pub jenjang: Option<String>,
    pub eselon: Option<String>,
    pub position_tmt: Option<String>,
    pub education: String,
    pub education_date: Option<String>,
    pub angka_kredit: f64,
    pub unit_id: i64,
}

/// A validated edit: the fields an import row carries, plus the start dates and credit points.
#[derive(Debug, Clone)]
pub struct EmployeeEdit {
    pub row: ImportRow,
    pub golongan_tmt: Option<Date>,
    pub position_tmt: Option<Date>,
    pub education_date: Option<Date>,
    pub angka_kredit: f64,
    /// A structural position's eselon (none for any other position).
    pub eselon: Option<crate::rules::career::Eselon>,
}

const SNAPSHOT_COLUMNS: &str = "nip, name, kind, gender, birth_date, golongan, golongan_tmt, \
    position_kind, position_name, jenjang, eselon, position_tmt, education, education_date, angka_kredit, \
    unit_id, version";

/// The stored record before an edit, and its version.
#[derive(sqlx::FromRow)]
struct Stored {
    #[sqlx(flatten)]
    snapshot: EmployeeSnapshot,
    version: i64,
}

/// Apply an edit if the record is still at `expected_version`; returns the new version.
pub async fn update_employee(
    pool: &crate::kernel::db::Pool,
    actor: Actor,
    employee_id: i64,
    expected_version: i64,
    edit: &EmployeeEdit,
) -> Result<i64, WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let Stored { snapshot: before, version } = sqlx::query_as(&format!(
        "SELECT {SNAPSHOT_COLUMNS} FROM employee WHERE id = $1 AND agency_id = $2"
    ))
    .bind(employee_id)
    .bind(actor.agency_id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(WriteError::NotFound)?;
    if version != expected_version {
        return Err(WriteError::Conflict);
    }
    let unit_id: i64 = sqlx::query("SELECT id FROM org_unit WHERE agency_id = $1 AND code = $2")
        .bind(actor.agency_id)
        .bind(&edit.row.unit_code)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(WriteError::Invalid(Reason::UnitUnknown))?
        .try_get(0)?;
    let taken = sqlx::query("SELECT 1 FROM employee WHERE nip = $1 AND id <> $2")
        .bind(&edit.row.nip)
        .bind(employee_id)
        .fetch_optional(&mut *tx)
        .await?;
    if taken.is_some() {
        return Err(WriteError::Invalid(Reason::NipTaken));
    }
    let r = &edit.row;
    let after = EmployeeSnapshot {
        nip: r.nip.clone(),
        name: r.name.clone(),
        kind: r.kind.code().to_string(),
        gender: r.gender.code().to_string(),
        birth_date: r.birth_date.clone(),
        golongan: r.golongan.clone(),
        golongan_tmt: edit.golongan_tmt.map(|d| d.to_string()),
        position_kind: r.position_kind.code().to_string(),
        position_name: r.position_name.clone(),
        jenjang: r.jenjang.clone(),
        eselon: edit.eselon.map(|e| e.code().to_string()),
        position_tmt: edit.position_tmt.map(|d| d.to_string()),
        education: r.education.clone(),
        education_date: edit.education_date.map(|d| d.to_string()),
        angka_kredit: edit.angka_kredit,
        unit_id,
    };
    if after == before {
        return Ok(version);
    }
    let updated = sqlx::query(
        "UPDATE employee SET nip = $1, name = $2, kind = $3, gender = $4, birth_date = $5, \
         golongan = $6, golongan_tmt = $7, position_kind = $8, position_name = $9, jenjang = $10, \
         position_tmt = $11, education = $12, education_date = $13, angka_kredit = $14, \
         unit_id = $15, version = version + 1, updated_at = $16, eselon = $20 \
         WHERE id = $17 AND agency_id = $18 AND version = $19",
    )
    .bind(&after.nip)
    .bind(&after.name)
    .bind(&after.kind)
    .bind(&after.gender)
    .bind(&after.birth_date)
    .bind(after.golongan.as_deref())
    .bind(after.golongan_tmt.as_deref())
    .bind(&after.position_kind)
    .bind(&after.position_name)
    .bind(after.jenjang.as_deref())
    .bind(after.position_tmt.as_deref())
    .bind(&after.education)
    .bind(after.education_date.as_deref())
    .bind(after.angka_kredit)
    .bind(after.unit_id)
    .bind(now_ms())
    .bind(employee_id)
    .bind(actor.agency_id)
    .bind(expected_version)
    .bind(after.eselon.as_deref())
    .execute(&mut *tx)
    .await?;
    // Another transaction won the race between our read and this write.
    if updated.rows_affected() != 1 {
        return Err(WriteError::Conflict);
    }
    for entry in history_changes(&before, &after) {
        append_history(&mut tx, actor, employee_id, &entry).await?;
    }
    audit::append(
        &mut tx,
        &audit::Entry {
            agency_id: Some(actor.agency_id),
            actor_user_id: Some(actor.user_id),
            action: AuditAction::EmployeeUpdated,
            entity: AuditEntity::Employee,
            entity_id: Some(employee_id.to_string()),
            before_json: serde_json::to_string(&before).ok(),
            after_json: serde_json::to_string(&after).ok(),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(expected_version + 1)
}

/// One line of an employee's history of ranks, positions and education.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub kind: crate::people::types::HistoryKind,
    pub value: String,
    pub detail: Option<String>,
    pub start_date: Option<String>,
}

use crate::people::types::HistoryKind;

/// The history lines an edit adds: a new rank, position or education, or a corrected start date.
fn history_changes(before: &EmployeeSnapshot, after: &EmployeeSnapshot) -> Vec<HistoryEntry> {
    let mut out = Vec::new();
    if let Some(g) = &after.golongan {
        if (&before.golongan, &before.golongan_tmt) != (&after.golongan, &after.golongan_tmt) {
            out.push(HistoryEntry {
                kind: HistoryKind::Rank,
                value: g.clone(),
                detail: None,
                start_date: after.golongan_tmt.clone(),
            });
        }
    }
    let position = |s: &EmployeeSnapshot| {
        (
            s.position_kind.clone(),
            s.position_name.clone(),
            s.jenjang.clone(),
            s.eselon.clone(),
            s.position_tmt.clone(),
        )
    };
    if position(before) != position(after) {
        out.push(HistoryEntry {
            kind: HistoryKind::Position,
            value: after.position_name.clone(),
            detail: Some(after.position_kind.clone()),
            start_date: after.position_tmt.clone(),
        });
    }
    if (&before.education, &before.education_date) != (&after.education, &after.education_date) {
        out.push(HistoryEntry {
            kind: HistoryKind::Education,
            value: after.education.clone(),
            detail: None,
            start_date: after.education_date.clone(),
        });
    }
    out
}

pub async fn append_history(
    conn: &mut sqlx::AnyConnection,
    actor: Actor,
    employee_id: i64,
    entry: &HistoryEntry,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO employee_history (agency_id, employee_id, kind, value, detail, start_date, \
         recorded_at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(actor.agency_id)
    .bind(employee_id)
    .bind(entry.kind.code())
    .bind(&entry.value)
    .bind(entry.detail.as_deref())
    .bind(entry.start_date.as_deref())
    .bind(now_ms())
    .bind((actor.user_id > 0).then_some(actor.user_id))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The new pejabat penilai (and atasan) of an employee from `start`: the line in force ends the
/// day before.
#[derive(Debug, Clone, Copy)]
pub struct NewLine {
    pub employee_id: i64,
    pub penilai_id: i64,
    pub atasan_id: Option<i64>,
    pub start: Date,
}

pub async fn set_reporting_line(
    pool: &crate::kernel::db::Pool,
    actor: Actor,
    line: NewLine,
) -> Result<i64, WriteError> {
    if line.penilai_id == line.employee_id || line.atasan_id == Some(line.employee_id) {
        return Err(WriteError::Invalid(Reason::LineSelf));
    }
    if line.atasan_id == Some(line.penilai_id) {
        return Err(WriteError::Invalid(Reason::LineSame));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    // Everyone named must belong to the caller's agency.
    let ids = [Some(line.employee_id), Some(line.penilai_id), line.atasan_id];
    for id in ids.into_iter().flatten() {
        let found = sqlx::query("SELECT 1 FROM employee WHERE id = $1 AND agency_id = $2")
            .bind(id)
            .bind(actor.agency_id)
            .fetch_optional(&mut *tx)
            .await?;
        if found.is_none() {
            return Err(if id == line.employee_id {
                WriteError::NotFound
            } else {
                WriteError::Invalid(Reason::LinePersonUnknown)
            });
        }
    }
    let start = line.start.to_string();
    let current = sqlx::query(
        "SELECT id, penilai_id, atasan_id, start_date FROM reporting_line \
         WHERE employee_id = $1 AND end_date IS NULL",
    )
    .bind(line.employee_id)
    .fetch_all(&mut *tx)
    .await?;
    let mut before = Vec::new();
    for r in &current {
        let (id, penilai, atasan, from): (i64, i64, Option<i64>, String) =
            (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?);
        if from >= start {
            return Err(WriteError::Invalid(Reason::LineStartNotAfterCurrent));
        }
        before.push(serde_json::json!({"line": id, "penilai_id": penilai, "atasan_id": atasan, "start_date": from}));
        sqlx::query("UPDATE reporting_line SET end_date = $1 WHERE id = $2")
            .bind(line.start.add_days(-1).to_string())
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    let id: i64 = sqlx::query(
        "INSERT INTO reporting_line (agency_id, employee_id, penilai_id, atasan_id, start_date) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(actor.agency_id)
    .bind(line.employee_id)
    .bind(line.penilai_id)
    .bind(line.atasan_id)
    .bind(&start)
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::ReportingLineSet, AuditEntity::Employee, line.employee_id).before(serde_json::Value::Array(before).to_string()).after(
                serde_json::json!({"line": id, "penilai_id": line.penilai_id, "atasan_id": line.atasan_id, "start_date": start})
                    .to_string(),
            ),
    )
    .await?;
    // Open plans and filed appeals follow the line from its first day (see `handover`).
    let by = (actor.user_id > 0).then_some(actor.user_id);
    handover::follow_lines(&mut tx, crate::kernel::db::today(), Some(line.employee_id), by).await?;
    tx.commit().await?;
    Ok(id)
}

/// An employee id by NIP within one agency.
pub async fn employee_by_nip(
    pool: &crate::kernel::db::Pool,
    agency_id: i64,
    nip: &str,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query("SELECT id FROM employee WHERE agency_id = $1 AND nip = $2")
        .bind(agency_id)
        .bind(nip.trim())
        .fetch_optional(pool)
        .await?
        .map(|r| r.try_get(0))
        .transpose()
}
