//! The unit's final distribution: the pejabat penilai submits their team's annual predikat
//! (as in force after appeals) to the atasan pejabat penilai, only if it satisfies the pattern
//! of the organisation's predikat (SE MenPANRB 3/2023); the atasan approves or returns it.

use crate::audit::types::{AuditAction, AuditEntity};
use sqlx::Row;

use crate::distribution::types::SubmissionStatus;

use crate::{
    audit::repo as audit,
    kernel::db::{now_ms, Pool},
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
};
use crate::{
    distribution::types::{DistributionMember, SubmissionView},
    kernel::db::CodedColumns,
    rules::distribution::OrgPredikat,
    rules::distribution::{check_distribution, Counts},
    rules::RuleSet,
};

/// The team of `penilai_id` on `today` with their annual predikat in force in `period_id`.
pub async fn members(
    conn: &mut sqlx::AnyConnection,
    penilai_id: i64,
    period_id: i64,
    today: crate::rules::Date,
) -> Result<Vec<DistributionMember>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.id AS employee_id, e.name, e.nip, \
         (SELECT COALESCE(a.new_predikat, r.predikat) FROM skp_plan p \
            JOIN skp_rating r ON r.plan_id = p.id AND r.period_no = 0 \
            LEFT JOIN appeal a ON a.rating_id = r.id AND a.decision = 'changed' \
            WHERE p.employee_id = e.id AND p.period_id = $1) AS predikat \
         FROM reporting_line l JOIN employee e ON e.id = l.employee_id \
         WHERE l.penilai_id = $2 AND l.start_date <= $3 AND (l.end_date IS NULL OR l.end_date >= $3) \
         ORDER BY e.name",
    )
    .bind(period_id)
    .bind(penilai_id)
    .bind(today.to_string())
    .fetch_all(&mut *conn)
    .await
}

/// A stored submission, with the members as submitted (a JSON snapshot).
#[derive(sqlx::FromRow)]
struct SubmissionRow {
    id: i64,
    version: i64,
    penilai_name: String,
    #[sqlx(try_from = "String")]
    org_predikat: OrgPredikat,
    status: SubmissionStatus,
    snapshot: String,
    comment: Option<String>,
    atasan_id: Option<i64>,
}

impl SubmissionRow {
    fn view(self, viewer: Option<i64>) -> SubmissionView {
        SubmissionView {
            id: self.id,
            version: self.version,
            penilai_name: self.penilai_name,
            org_predikat: self.org_predikat,
            can_decide: crate::kernel::policy::can_decide_distribution(
                viewer,
                self.atasan_id,
                self.status == SubmissionStatus::Submitted,
            ),
            status: self.status,
            members: serde_json::from_str(&self.snapshot).unwrap_or_default(),
            comment: self.comment,
        }
    }
}

const SUBMISSION_COLUMNS: &str = "s.id, s.version, e.name AS penilai_name, s.org_predikat, \
    s.status, s.snapshot, s.comment, s.atasan_id";

pub async fn of_penilai(
    pool: &Pool,
    penilai_id: i64,
    period_id: i64,
) -> Result<Option<SubmissionView>, sqlx::Error> {
    let row: Option<SubmissionRow> = sqlx::query_as(&format!(
        "SELECT {SUBMISSION_COLUMNS} FROM distribution_submission s \
         JOIN employee e ON e.id = s.penilai_id WHERE s.penilai_id = $1 AND s.period_id = $2"
    ))
    .bind(penilai_id)
    .bind(period_id)
    .fetch_optional(pool)
    .await?;
    // The pejabat penilai reads their own submission; they never decide it.
    Ok(row.map(|r| r.view(None)))
}

/// Submissions addressed to an atasan, waiting ones first.
pub async fn for_atasan(pool: &Pool, atasan_id: i64) -> Result<Vec<SubmissionView>, sqlx::Error> {
    let rows: Vec<SubmissionRow> = sqlx::query_as(&format!(
        "SELECT {SUBMISSION_COLUMNS} FROM distribution_submission s \
         JOIN employee e ON e.id = s.penilai_id WHERE s.atasan_id = $1 \
         ORDER BY CASE s.status WHEN 'submitted' THEN 0 ELSE 1 END, s.id DESC"
    ))
    .bind(atasan_id)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(|r| r.view(Some(atasan_id))).collect())
}

/// Why a submission was not stored.
#[derive(Debug)]
pub enum SubmitError {
    /// A refusal, and for a violation the failing constraints.
    Refused {
        code: Reason,
        failing: Vec<crate::rules::distribution::ConstraintVerdict>,
    },
    Write(WriteError),
}

impl From<sqlx::Error> for SubmitError {
    fn from(e: sqlx::Error) -> Self {
        SubmitError::Write(WriteError::Db(e))
    }
}

fn refused(code: Reason) -> SubmitError {
    SubmitError::Refused { code, failing: Vec::new() }
}

/// Submit the team's distribution. The server reads the predikat in force itself; every
/// member must be rated, the organisation predikat set, and the pattern satisfied.
pub async fn submit(
    pool: &Pool,
    actor: Actor,
    penilai_id: i64,
    period_id: i64,
    today: crate::rules::Date,
) -> Result<i64, SubmitError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let org: Option<OrgPredikat> =
        sqlx::query("SELECT org_predikat FROM assessment_period WHERE id = $1 AND status = 'open'")
            .bind(period_id)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.opt_code(0))
            .transpose()?
            .flatten();
    let Some(org) = org else { return Err(refused(Reason::DistributionNoOrg)) };
    let team = members(&mut tx, penilai_id, period_id, today).await?;
    let rated: Option<Vec<_>> = team.iter().map(|m| m.predikat).collect();
    let Some(rated) = rated.filter(|r| !r.is_empty()) else {
        return Err(refused(Reason::DistributionUnrated));
    };
    let (check, _) = check_distribution(&RuleSet::current(), org, Counts::from_predikat(&rated))
        .map_err(|_| refused(Reason::DistributionUnrated))?;
    if !check.compliant {
        let failing = check.constraints.into_iter().filter(|c| !c.pass).collect();
        return Err(SubmitError::Refused { code: Reason::DistributionViolation, failing });
    }
    let atasan: Option<i64> = sqlx::query(
        "SELECT penilai_id FROM reporting_line WHERE employee_id = $1 AND start_date <= $2 \
         AND (end_date IS NULL OR end_date >= $2) ORDER BY start_date DESC LIMIT 1",
    )
    .bind(penilai_id)
    .bind(today.to_string())
    .fetch_optional(&mut *tx)
    .await?
    .map(|r| r.try_get(0))
    .transpose()?;
    let snapshot = serde_json::to_string(&team).unwrap_or_default();
    let existing = sqlx::query(
        "SELECT id, status FROM distribution_submission WHERE period_id = $1 AND penilai_id = $2",
    )
    .bind(period_id)
    .bind(penilai_id)
    .fetch_optional(&mut *tx)
    .await?;
    let id: i64 = match existing {
        Some(r) => {
            let (id, status): (i64, String) = (r.try_get(0)?, r.try_get(1)?);
            if SubmissionStatus::decode(&status)? != SubmissionStatus::Returned {
                return Err(refused(Reason::DistributionSubmitted));
            }
            sqlx::query(
                "UPDATE distribution_submission SET status = 'submitted', snapshot = $1, \
                 org_predikat = $2, atasan_id = $3, submitted_at = $4, decided_at = NULL, \
                 version = version + 1 WHERE id = $5",
            )
            .bind(&snapshot)
            .bind(org.code())
            .bind(atasan)
            .bind(now_ms())
            .bind(id)
            .execute(&mut *tx)
            .await?;
            id
        }
        None => sqlx::query(
            "INSERT INTO distribution_submission (agency_id, period_id, penilai_id, atasan_id, \
             org_predikat, snapshot, status, version, submitted_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'submitted', 1, $7) RETURNING id",
        )
        .bind(actor.agency_id)
        .bind(period_id)
        .bind(penilai_id)
        .bind(atasan)
        .bind(org.code())
        .bind(&snapshot)
        .bind(now_ms())
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?,
    };
    audit::append(
        &mut tx,
        &audit::Entry::by(
            actor,
            AuditAction::DistributionSubmitted,
            AuditEntity::DistributionSubmission,
            id,
        )
        .after(snapshot),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The atasan approves or returns (with a comment) a submitted distribution.
pub async fn decide(
    pool: &Pool,
    actor: Actor,
    atasan_id: i64,
    id: i64,
    version: i64,
    approve: bool,
    comment: &str,
) -> Result<(), WriteError> {
    let comment = comment.trim();
    if comment.chars().count() > 2000 || (!approve && comment.is_empty()) {
        return Err(WriteError::Invalid(Reason::ReviewComment));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let row =
        sqlx::query("SELECT atasan_id, status, version FROM distribution_submission WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(WriteError::NotFound)?;
    let (atasan, status, current): (Option<i64>, String, i64) =
        (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
    if atasan != Some(atasan_id) {
        return Err(WriteError::NotFound);
    }
    if current != version {
        return Err(WriteError::Conflict);
    }
    if SubmissionStatus::decode(&status)? != SubmissionStatus::Submitted {
        return Err(WriteError::Invalid(Reason::PlanNotSubmitted));
    }
    let status = if approve { SubmissionStatus::Approved } else { SubmissionStatus::Returned };
    sqlx::query(
        "UPDATE distribution_submission SET status = $1, comment = $2, decided_at = $3, \
         version = version + 1 WHERE id = $4 AND version = $5",
    )
    .bind(status.code())
    .bind((!comment.is_empty()).then_some(comment))
    .bind(now_ms())
    .bind(id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        &audit::Entry::by(
            actor,
            if approve {
                AuditAction::DistributionApproved
            } else {
                AuditAction::DistributionReturned
            },
            AuditEntity::DistributionSubmission,
            id,
        )
        .after(serde_json::json!({"status": status, "comment": comment}).to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
