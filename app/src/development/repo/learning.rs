//! Each employee's record of completed learning: what, how many JP, the certificate (checked
//! like evidence files: the type read from the bytes, 1 MiB at most, a safe name), verified or
//! rejected by the HR office.

use sqlx::Row;

use crate::audit::types::{AuditAction, AuditEntity};
use crate::development::types::{LearningPath, LearningRecordView, PendingRecord, RecordStatus};
use crate::kernel::db::CodedColumns;
use crate::{
    audit::repo as audit,
    kernel::db::{now_ms, Pool},
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
    rules::Date,
    skp::repo::evidence::{clean_name, sniff, MAX_BYTES},
};

/// A checked learning activity to record.
#[derive(Debug, Clone, PartialEq)]
pub struct NewLearning {
    pub title: String,
    pub path: LearningPath,
    pub form: String,
    pub jp: i64,
    pub provider: String,
    pub start: Date,
    pub end: Date,
    /// The certificate: its name as uploaded and its bytes.
    pub certificate: Option<(String, Vec<u8>)>,
}

/// Record a completed activity on `employee_id`'s record; a request key sent again records
/// nothing new.
pub async fn record(
    pool: &Pool,
    actor: Actor,
    employee_id: i64,
    l: &NewLearning,
    request_key: Option<&str>,
) -> Result<i64, WriteError> {
    let certificate = match &l.certificate {
        None => None,
        Some((name, bytes)) => {
            if bytes.is_empty() || bytes.len() > MAX_BYTES {
                return Err(WriteError::Invalid(Reason::EvidenceSize));
            }
            let kind = sniff(bytes).ok_or(WriteError::Invalid(Reason::EvidenceType))?;
            Some((clean_name(name, kind), kind, bytes.as_slice()))
        }
    };
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    if let Some(key) = request_key {
        if let Some(r) = sqlx::query(
            "SELECT id FROM learning_record WHERE employee_id = $1 AND request_key = $2",
        )
        .bind(employee_id)
        .bind(key)
        .fetch_optional(&mut *tx)
        .await?
        {
            return Ok(r.try_get(0)?);
        }
    }
    let id =
        insert(&mut tx, actor, employee_id, l, certificate, RecordStatus::Recorded, request_key)
            .await?;
    tx.commit().await?;
    Ok(id)
}

/// A certificate as stored: its safe name, its type and its bytes.
type Stored<'a> = Option<(String, &'static str, &'a [u8])>;

/// Store `l` on `employee_id`'s record in `status`, audited.
pub(crate) async fn insert(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    actor: Actor,
    employee_id: i64,
    l: &NewLearning,
    certificate: Stored<'_>,
    status: RecordStatus,
    request_key: Option<&str>,
) -> Result<i64, sqlx::Error> {
    let id: i64 = sqlx::query(
        "INSERT INTO learning_record (agency_id, employee_id, title, path, form, jp, provider, \
         start_date, end_date, year, certificate_name, certificate_type, certificate, status, \
         request_key, version, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, \
         $11, $12, $13, $14, $15, 1, $16) RETURNING id",
    )
    .persistent(false)
    .bind(actor.agency_id)
    .bind(employee_id)
    .bind(&l.title)
    .bind(l.path.code())
    .bind(&l.form)
    .bind(l.jp)
    .bind(&l.provider)
    .bind(l.start.to_string())
    .bind(l.end.to_string())
    .bind(i64::from(l.end.year()))
    .bind(certificate.as_ref().map(|c| c.0.clone()))
    .bind(certificate.as_ref().map(|c| c.1))
    .bind(certificate.as_ref().map(|c| c.2.to_vec()))
    .bind(status.code())
    .bind(request_key)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await?
    .try_get(0)?;
    let mut after = serde_json::json!({
        "title": l.title, "path": l.path.code(), "form": l.form, "jp": l.jp,
        "end_date": l.end.to_string(), "certificate": certificate.as_ref().map(|c| c.0.clone()),
    });
    if status == RecordStatus::Verified {
        after["status"] = status.code().into();
    }
    audit::append(
        tx,
        &audit::Entry::by(actor, AuditAction::LearningRecorded, AuditEntity::Employee, employee_id)
            .after(after.to_string()),
    )
    .await?;
    Ok(id)
}

/// The agency's records not verified or rejected yet, the oldest first (at most `limit`).
pub async fn pending(
    pool: &Pool,
    agency_id: i64,
    limit: i64,
) -> Result<Vec<PendingRecord>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT l.id, l.title, l.path, l.form, l.jp, l.provider, l.start_date, l.end_date, \
         l.year, l.certificate_name, l.status, l.version, e.name, e.nip, u.name \
         FROM learning_record l JOIN employee e ON e.id = l.employee_id \
         JOIN org_unit u ON u.id = e.unit_id \
         WHERE l.agency_id = $1 AND l.status = 'recorded' ORDER BY l.created_at, l.id LIMIT $2",
    )
    .bind(agency_id)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(PendingRecord {
                employee: r.try_get(12)?,
                nip: r.try_get(13)?,
                unit: r.try_get(14)?,
                record: record_view(r)?,
            })
        })
        .collect()
}

/// A record's columns in the order `of_year` and `pending` select them.
fn record_view(r: &sqlx::any::AnyRow) -> Result<LearningRecordView, sqlx::Error> {
    Ok(LearningRecordView {
        id: r.try_get(0)?,
        title: r.try_get(1)?,
        path: r.code(2)?,
        form: r.try_get(3)?,
        jp: r.try_get(4)?,
        provider: r.try_get(5)?,
        start_date: r.try_get(6)?,
        end_date: r.try_get(7)?,
        year: r.try_get(8)?,
        certificate_name: r.try_get(9)?,
        status: r.code(10)?,
        version: r.try_get(11)?,
    })
}

/// The employee's learning records ending in `year`.
pub async fn of_year(
    pool: &Pool,
    employee_id: i64,
    year: i64,
) -> Result<Vec<LearningRecordView>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, title, path, form, jp, provider, start_date, end_date, year, \
         certificate_name, status, version FROM learning_record \
         WHERE employee_id = $1 AND year = $2 ORDER BY end_date, id",
    )
    .bind(employee_id)
    .bind(year)
    .fetch_all(pool)
    .await?;
    rows.iter().map(record_view).collect()
}

/// PNS or PPPK: which JP rule (and which study) applies.
pub async fn asn_kind(
    pool: &Pool,
    employee_id: i64,
) -> Result<crate::rules::nip::AsnKind, sqlx::Error> {
    let kind: String = sqlx::query("SELECT kind FROM employee WHERE id = $1")
        .bind(employee_id)
        .fetch_one(pool)
        .await?
        .try_get(0)?;
    Ok(if kind == "pppk" {
        crate::rules::nip::AsnKind::Pppk
    } else {
        crate::rules::nip::AsnKind::Pns
    })
}

/// Who a record belongs to: (agency, employee, status, version).
pub async fn owner(
    pool: &Pool,
    id: i64,
) -> Result<Option<(i64, i64, RecordStatus, i64)>, sqlx::Error> {
    sqlx::query("SELECT agency_id, employee_id, status, version FROM learning_record WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await?
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.code(2)?, r.try_get(3)?)))
        .transpose()
}

/// The HR office verifies (or rejects) a record at the version it saw.
pub async fn verify(
    pool: &Pool,
    actor: Actor,
    id: i64,
    expected: i64,
    status: RecordStatus,
) -> Result<(), WriteError> {
    if status == RecordStatus::Recorded {
        return Err(WriteError::Invalid(Reason::LearningVerdict));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let done = sqlx::query(
        "UPDATE learning_record SET status = $1, verified_by = $2, verified_at = $3, \
         version = version + 1 WHERE id = $4 AND agency_id = $5 AND version = $6",
    )
    .bind(status.code())
    .bind(actor.user_id)
    .bind(now_ms())
    .bind(id)
    .bind(actor.agency_id)
    .bind(expected)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        return Err(WriteError::Conflict);
    }
    let action = if status == RecordStatus::Verified {
        AuditAction::LearningVerified
    } else {
        AuditAction::LearningRejected
    };
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, action, AuditEntity::LearningRecord, id)
            .after(serde_json::json!({ "status": status.code() }).to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// A record's certificate as stored, with whose record it is.
pub struct Certificate {
    pub agency_id: i64,
    pub employee_id: i64,
    pub name: String,
    pub content_type: String,
    pub content: Vec<u8>,
}

/// The certificate of record `id`, if it has one.
pub async fn certificate(pool: &Pool, id: i64) -> Result<Option<Certificate>, sqlx::Error> {
    sqlx::query(
        "SELECT agency_id, employee_id, certificate_name, certificate_type, certificate \
         FROM learning_record WHERE id = $1 AND certificate IS NOT NULL",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?
    .map(|r| {
        Ok(Certificate {
            agency_id: r.try_get(0)?,
            employee_id: r.try_get(1)?,
            name: r.try_get(2)?,
            content_type: r.try_get(3)?,
            content: r.try_get(4)?,
        })
    })
    .transpose()
}
