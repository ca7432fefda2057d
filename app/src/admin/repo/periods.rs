//! Assessment periods: the HR office opens a year, sets the organisation's predikat, closes it.

use crate::admin::types::{Frequency, PeriodStatus};
use crate::audit::types::{AuditAction, AuditEntity};
use sqlx::Row;

pub use crate::admin::types::PeriodRow;
use crate::rules::{distribution::OrgPredikat, Date};
use crate::{
    audit::repo as audit,
    kernel::db::{now_ms, Pool},
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
};

const COLUMNS: &str = "id, year, frequency, plan_deadline, rating_deadline, appeal_days, \
    org_predikat, status, version";

/// The agency's periods, newest year first.
pub async fn list(pool: &Pool, agency_id: i64) -> Result<Vec<PeriodRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM assessment_period WHERE agency_id = $1 ORDER BY year DESC"
    ))
    .bind(agency_id)
    .fetch_all(pool)
    .await
}

/// The open period of the agency (at most one is open at a time).
pub async fn open_one(pool: &Pool, agency_id: i64) -> Result<Option<PeriodRow>, sqlx::Error> {
    sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM assessment_period WHERE agency_id = $1 AND status = 'open' \
         ORDER BY year DESC LIMIT 1"
    ))
    .bind(agency_id)
    .fetch_optional(pool)
    .await
}

pub async fn by_id(
    conn: &mut sqlx::AnyConnection,
    id: i64,
) -> Result<Option<PeriodRow>, sqlx::Error> {
    sqlx::query_as(&format!("SELECT {COLUMNS} FROM assessment_period WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
}

/// What the HR office enters to open a year.
#[derive(Debug, Clone)]
pub struct NewPeriod {
    pub year: i64,
    pub frequency: Frequency,
    pub plan_deadline: Date,
    pub rating_deadline: Date,
    pub appeal_days: i64,
}

pub async fn open(pool: &Pool, actor: Actor, p: &NewPeriod) -> Result<i64, WriteError> {
    if !(2000..=2100).contains(&p.year) {
        return Err(WriteError::Invalid(Reason::PeriodYear));
    }
    if !(1..=90).contains(&p.appeal_days) {
        return Err(WriteError::Invalid(Reason::PeriodAppealDays));
    }
    if p.plan_deadline >= p.rating_deadline {
        return Err(WriteError::Invalid(Reason::PeriodDeadlines));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let existing = sqlx::query(
        "SELECT year, status FROM assessment_period WHERE agency_id = $1 AND (year = $2 OR status = 'open')",
    )
    .bind(actor.agency_id)
    .bind(p.year)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(r) = existing {
        let year: i64 = r.try_get(0)?;
        return Err(WriteError::Invalid(if year == p.year {
            Reason::PeriodExists
        } else {
            Reason::PeriodOtherOpen
        }));
    }
    let id: i64 = sqlx::query(
        "INSERT INTO assessment_period (agency_id, year, frequency, plan_deadline, \
         rating_deadline, appeal_days, status, version, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'open', 1, $7) RETURNING id",
    )
    .bind(actor.agency_id)
    .bind(p.year)
    .bind(p.frequency.code())
    .bind(p.plan_deadline.to_string())
    .bind(p.rating_deadline.to_string())
    .bind(p.appeal_days)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::PeriodOpened, AuditEntity::AssessmentPeriod, id)
            .after(
                serde_json::json!({
                    "year": p.year, "frequency": p.frequency,
                    "plan_deadline": p.plan_deadline.to_string(),
                    "rating_deadline": p.rating_deadline.to_string(),
                    "appeal_days": p.appeal_days
                })
                .to_string(),
            ),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Set the organisation's predikat and/or close the period, if still at `version`.
pub async fn update(
    pool: &Pool,
    actor: Actor,
    id: i64,
    version: i64,
    org_predikat: Option<OrgPredikat>,
    close: bool,
) -> Result<i64, WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let before = by_id(&mut tx, id).await?.ok_or(WriteError::NotFound)?;
    let owner: i64 = sqlx::query("SELECT agency_id FROM assessment_period WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
    if owner != actor.agency_id {
        return Err(WriteError::NotFound);
    }
    if before.version != version {
        return Err(WriteError::Conflict);
    }
    let status = if close { PeriodStatus::Closed } else { before.status };
    let updated = sqlx::query(
        "UPDATE assessment_period SET org_predikat = $1, status = $2, version = version + 1 \
         WHERE id = $3 AND agency_id = $4 AND version = $5",
    )
    .bind(org_predikat.or(before.org_predikat).map(OrgPredikat::code))
    .bind(status.code())
    .bind(id)
    .bind(actor.agency_id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Err(WriteError::Conflict);
    }
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::PeriodUpdated, AuditEntity::AssessmentPeriod, id).before(
                serde_json::json!({"org_predikat": before.org_predikat, "status": before.status})
                    .to_string(),
            ).after(
                serde_json::json!({"org_predikat": org_predikat.or(before.org_predikat), "status": status})
                    .to_string(),
            ),
    )
    .await?;
    tx.commit().await?;
    Ok(version + 1)
}
