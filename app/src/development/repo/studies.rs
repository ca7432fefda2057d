//! Further education: study requests through their stages, and the diploma that updates the
//! employee's education (the old one stays in the history).

use sqlx::Row;

use crate::audit::types::{AuditAction, AuditEntity};
use crate::development::study_types::{StudyKind, StudyStatus, StudyView};
use crate::kernel::db::CodedColumns;
use crate::people::repo::records::{append_history, HistoryEntry};
use crate::people::types::HistoryKind;
use crate::{
    audit::repo as audit,
    kernel::db::{now_ms, Pool},
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
    rules::{pangkat::Education, Date},
};

/// A checked request to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewStudy {
    pub kind: StudyKind,
    pub education: Education,
    pub programme: String,
    pub institution: String,
    pub start: Date,
    pub expected: Date,
}

const VIEW: &str = "SELECT s.id, s.employee_id, e.name, e.nip, s.kind, s.education, s.programme, \
    s.institution, s.start_date, s.expected_date, s.status, s.decision_note, s.diploma_date, \
    s.version, s.agency_id FROM study_request s JOIN employee e ON e.id = s.employee_id";

fn view(r: &sqlx::any::AnyRow) -> Result<StudyView, sqlx::Error> {
    Ok(StudyView {
        id: r.try_get(0)?,
        employee_id: r.try_get(1)?,
        employee: r.try_get(2)?,
        nip: r.try_get(3)?,
        kind: r.code(4)?,
        education: r.code(5)?,
        programme: r.try_get(6)?,
        institution: r.try_get(7)?,
        start_date: r.code(8)?,
        expected_date: r.code(9)?,
        status: r.code(10)?,
        decision_note: r.try_get(11)?,
        diploma_date: r.opt_code(12)?,
        version: r.try_get(13)?,
    })
}

/// Store `employee_id`'s request; the same request key again answers the first one's id.
pub async fn insert(
    pool: &Pool,
    actor: Actor,
    employee_id: i64,
    s: &NewStudy,
    request_key: Option<&str>,
) -> Result<i64, WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    if let Some(key) = request_key {
        let first =
            sqlx::query("SELECT id FROM study_request WHERE employee_id = $1 AND request_key = $2")
                .bind(employee_id)
                .bind(key)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(r) = first {
            return Ok(r.try_get(0)?);
        }
    }
    let id: i64 = sqlx::query(
        "INSERT INTO study_request (agency_id, employee_id, kind, education, programme, \
         institution, start_date, expected_date, status, request_key, version, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'submitted', $9, 1, $10) RETURNING id",
    )
    .persistent(false)
    .bind(actor.agency_id)
    .bind(employee_id)
    .bind(s.kind.code())
    .bind(s.education.code())
    .bind(&s.programme)
    .bind(&s.institution)
    .bind(s.start.to_string())
    .bind(s.expected.to_string())
    .bind(request_key)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    let after = serde_json::json!({
        "kind": s.kind.code(), "education": s.education.code(), "programme": s.programme,
        "institution": s.institution, "start_date": s.start.to_string(),
        "expected_date": s.expected.to_string(),
    });
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::StudyRequested, AuditEntity::StudyRequest, id)
            .after(after.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// One request by id, with its agency (for the caller's right to act on it).
pub async fn get(pool: &Pool, id: i64) -> Result<Option<(i64, StudyView)>, sqlx::Error> {
    let sql = format!("{VIEW} WHERE s.id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(pool).await?;
    let Some(r) = row else { return Ok(None) };
    let agency: i64 = r.try_get(14)?;
    Ok(Some((agency, view(&r)?)))
}

/// The employee's requests, the newest first.
pub async fn of_employee(pool: &Pool, employee_id: i64) -> Result<Vec<StudyView>, sqlx::Error> {
    let sql = format!("{VIEW} WHERE s.employee_id = $1 ORDER BY s.created_at DESC, s.id DESC");
    let rows = sqlx::query(&sql).bind(employee_id).fetch_all(pool).await?;
    rows.iter().map(view).collect()
}

/// Requests waiting for `penilai_id`'s endorsement: submitted by the people whose pejabat
/// penilai in force on `today` they are (the line decides, as for every other step).
pub async fn to_endorse(
    pool: &Pool,
    penilai_id: i64,
    today: Date,
) -> Result<Vec<StudyView>, sqlx::Error> {
    let sql = format!(
        "{VIEW} WHERE s.status = 'submitted' AND s.employee_id IN (SELECT r.employee_id \
         FROM reporting_line r WHERE r.penilai_id = $1 AND r.start_date <= $2 \
         AND (r.end_date IS NULL OR r.end_date >= $2)) ORDER BY s.created_at, s.id"
    );
    let rows = sqlx::query(&sql).bind(penilai_id).bind(today.to_string()).fetch_all(pool).await?;
    rows.iter().map(view).collect()
}

/// The agency's requests in `status`, the oldest first (at most 200).
pub async fn of_agency(
    pool: &Pool,
    agency_id: i64,
    status: StudyStatus,
) -> Result<Vec<StudyView>, sqlx::Error> {
    let sql = format!(
        "{VIEW} WHERE s.agency_id = $1 AND s.status = $2 ORDER BY s.created_at, s.id LIMIT 200"
    );
    let rows = sqlx::query(&sql).bind(agency_id).bind(status.code()).fetch_all(pool).await?;
    rows.iter().map(view).collect()
}

/// The degrees `employee_id` is approved to study for, with the expected diploma date: the
/// career simulator's planned events.
pub async fn planned(pool: &Pool, employee_id: i64) -> Result<Vec<(Date, Education)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT expected_date, education FROM study_request WHERE employee_id = $1 \
         AND status = 'approved' ORDER BY expected_date, id",
    )
    .bind(employee_id)
    .fetch_all(pool)
    .await?;
    rows.iter().map(|r| Ok((r.code(0)?, r.code(1)?))).collect()
}

/// A step of the workflow at the version the actor saw: from one of `from` to `to`, with the
/// note, the actor in the `who` column (`endorsed_by` or `decided_by`), audited as `action`.
#[allow(clippy::too_many_arguments)]
pub async fn step(
    pool: &Pool,
    actor: Actor,
    id: i64,
    expected: i64,
    from: &[StudyStatus],
    to: StudyStatus,
    note: Option<&str>,
    action: AuditAction,
) -> Result<(), WriteError> {
    let who = match action {
        AuditAction::StudyEndorsed => "endorsed",
        _ => "decided",
    };
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let current: Option<(StudyStatus, i64)> =
        sqlx::query("SELECT status, version FROM study_request WHERE id = $1 AND agency_id = $2")
            .bind(id)
            .bind(actor.agency_id)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| Ok::<_, sqlx::Error>((r.code(0)?, r.try_get(1)?)))
            .transpose()?;
    let Some((status, version)) = current else { return Err(WriteError::NotFound) };
    if version != expected {
        return Err(WriteError::Conflict);
    }
    if !from.contains(&status) {
        return Err(WriteError::Invalid(Reason::StudyState));
    }
    // The withdrawal is the employee's own: it names no decider.
    let set_who = if action == AuditAction::StudyWithdrawn {
        String::new()
    } else {
        format!(", {who}_by = $5, {who}_at = $6")
    };
    let sql = format!(
        "UPDATE study_request SET status = $1, decision_note = COALESCE($2, decision_note), \
         version = version + 1{set_who} WHERE id = $3 AND version = $4"
    );
    let mut q = sqlx::query(&sql).bind(to.code()).bind(note).bind(id).bind(expected);
    if action != AuditAction::StudyWithdrawn {
        q = q.bind(actor.user_id).bind(now_ms());
    }
    if q.execute(&mut *tx).await?.rows_affected() != 1 {
        return Err(WriteError::Conflict);
    }
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, action, AuditEntity::StudyRequest, id)
            .before(serde_json::json!({ "status": status.code() }).to_string())
            .after(serde_json::json!({ "status": to.code(), "note": note }).to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The HR office records the diploma of an approved study: the request is completed and, when
/// the degree is higher than the education on record, the employee's education and its date
/// change (a new history line; the record's version moves, so an open edit form is told).
pub async fn record_diploma(
    pool: &Pool,
    actor: Actor,
    id: i64,
    expected: i64,
    diploma: Date,
) -> Result<(), WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let row = sqlx::query(
        "SELECT s.status, s.version, s.employee_id, s.education, s.start_date, e.education \
         FROM study_request s JOIN employee e ON e.id = s.employee_id \
         WHERE s.id = $1 AND s.agency_id = $2",
    )
    .bind(id)
    .bind(actor.agency_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(r) = row else { return Err(WriteError::NotFound) };
    let (status, version): (StudyStatus, i64) = (r.code(0)?, r.try_get(1)?);
    let (employee_id, degree, start): (i64, Education, Date) =
        (r.try_get(2)?, r.code(3)?, r.code(4)?);
    let current: String = r.try_get(5)?;
    if version != expected {
        return Err(WriteError::Conflict);
    }
    if status != StudyStatus::Approved {
        return Err(WriteError::Invalid(Reason::StudyState));
    }
    if diploma < start || diploma > crate::kernel::db::today() {
        return Err(WriteError::Invalid(Reason::DiplomaDate));
    }
    sqlx::query(
        "UPDATE study_request SET status = 'completed', diploma_date = $1, decided_by = $2, \
         decided_at = $3, version = version + 1 WHERE id = $4 AND version = $5",
    )
    .bind(diploma.to_string())
    .bind(actor.user_id)
    .bind(now_ms())
    .bind(id)
    .bind(expected)
    .execute(&mut *tx)
    .await?;
    let higher = Education::from_title(&current).is_none_or(|now| degree > now);
    if higher {
        sqlx::query(
            "UPDATE employee SET education = $1, education_date = $2, version = version + 1, \
             updated_at = $3 WHERE id = $4",
        )
        .bind(degree.title())
        .bind(diploma.to_string())
        .bind(now_ms())
        .bind(employee_id)
        .execute(&mut *tx)
        .await?;
        let entry = HistoryEntry {
            kind: HistoryKind::Education,
            value: degree.title().to_string(),
            detail: None,
            start_date: Some(diploma.to_string()),
        };
        append_history(&mut tx, actor, employee_id, &entry).await?;
    }
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::DiplomaRecorded, AuditEntity::StudyRequest, id)
            .before(serde_json::json!({ "education": current }).to_string())
            .after(
                serde_json::json!({
                    "education": if higher { degree.title() } else { current.as_str() },
                    "diploma_date": diploma.to_string(),
                })
                .to_string(),
            ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
