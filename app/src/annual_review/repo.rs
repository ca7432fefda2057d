//! The tim evaluasi's review of an employee's annual performance summary: notes, each of which
//! may flag the summary as an outlier. Notes are never edited or deleted (they are the record
//! of the review); the employee, the penilai and the atasan read them on the plan.

use crate::audit::types::{AuditAction, AuditEntity};
use sqlx::Row;

use crate::annual_review::types::ReviewNoteView;
use crate::{
    audit::repo as audit,
    kernel::db::{now_ms, CodedColumns, Pool},
    kernel::plan_head::PlanHead,
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
};

pub async fn add(
    pool: &Pool,
    actor: Actor,
    plan: &PlanHead,
    text: &str,
    outlier: bool,
) -> Result<i64, WriteError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 2000 {
        return Err(WriteError::Invalid(Reason::ReviewNoteText));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    // The annual summary exists once the year is rated; before that there is nothing to review.
    let rated = sqlx::query("SELECT 1 FROM skp_rating WHERE plan_id = $1 AND period_no = 0")
        .bind(plan.id)
        .fetch_optional(&mut *tx)
        .await?;
    if rated.is_none() {
        return Err(WriteError::Invalid(Reason::ReviewNotRated));
    }
    // A resent form (same author, plan and text within a minute) is stored once.
    if let Some(r) = sqlx::query(
        "SELECT id FROM annual_review_note WHERE plan_id = $1 AND author_id = $2 AND text = $3 \
         AND created_at > $4",
    )
    .bind(plan.id)
    .bind(actor.user_id)
    .bind(text)
    .bind(now_ms() - 60_000)
    .fetch_optional(&mut *tx)
    .await?
    {
        return Ok(r.try_get(0)?);
    }
    let id: i64 = sqlx::query(
        "INSERT INTO annual_review_note (agency_id, plan_id, author_id, text, outlier, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(plan.agency_id)
    .bind(plan.id)
    .bind(actor.user_id)
    .bind(text)
    .bind(i64::from(outlier))
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    audit::append(
        &mut tx,
        &audit::Entry {
            agency_id: Some(actor.agency_id),
            actor_user_id: Some(actor.user_id),
            action: AuditAction::AnnualReviewNoted,
            entity: AuditEntity::SkpPlan,
            entity_id: Some(plan.id.to_string()),
            before_json: None,
            after_json: Some(serde_json::json!({"text": text, "outlier": outlier}).to_string()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn of_plan(
    conn: &mut sqlx::AnyConnection,
    plan_id: i64,
) -> Result<Vec<ReviewNoteView>, sqlx::Error> {
    sqlx::query(
        "SELECT n.id, COALESCE(e.name, u.display_name), n.text, n.outlier, n.created_at \
         FROM annual_review_note n JOIN app_user u ON u.id = n.author_id \
         LEFT JOIN employee e ON e.id = u.employee_id \
         WHERE n.plan_id = $1 ORDER BY n.created_at, n.id",
    )
    .bind(plan_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        Ok(ReviewNoteView {
            id: r.try_get(0)?,
            author_name: r.try_get(1)?,
            text: r.try_get(2)?,
            outlier: r.try_get::<i64, _>(3)? != 0,
            at_ms: r.try_get(4)?,
        })
    })
    .collect()
}

/// The employees of a unit with their plan, annual predikat in force and review notes in a
/// period; `None` when the unit is not the agency's.
pub async fn unit_summaries(
    pool: &Pool,
    agency_id: i64,
    period_id: i64,
    unit_id: i64,
) -> Result<Option<crate::annual_review::types::UnitSummaries>, sqlx::Error> {
    use crate::annual_review::types::{SummaryRow, UnitSummaries};
    let Some(unit) =
        sqlx::query("SELECT name, code FROM org_unit WHERE id = $1 AND agency_id = $2")
            .bind(unit_id)
            .bind(agency_id)
            .fetch_optional(pool)
            .await?
    else {
        return Ok(None);
    };
    let rows = sqlx::query(
        "SELECT e.id, e.name, e.nip, p.id, p.status, COALESCE(a.new_predikat, r.predikat), \
         r.nilai_skp, \
         (SELECT COUNT(*) FROM annual_review_note n WHERE n.plan_id = p.id), \
         (SELECT COUNT(*) FROM annual_review_note n WHERE n.plan_id = p.id AND n.outlier = 1) \
         FROM employee e \
         LEFT JOIN skp_plan p ON p.employee_id = e.id AND p.period_id = $1 \
         LEFT JOIN skp_rating r ON r.plan_id = p.id AND r.period_no = 0 \
         LEFT JOIN appeal a ON a.rating_id = r.id AND a.decision = 'changed' \
         WHERE e.unit_id = $2 AND e.agency_id = $3 ORDER BY e.name",
    )
    .bind(period_id)
    .bind(unit_id)
    .bind(agency_id)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|r| {
        Ok(SummaryRow {
            employee_id: r.try_get(0)?,
            name: r.try_get(1)?,
            nip: r.try_get(2)?,
            plan_id: r.try_get(3)?,
            status: r
                .try_get::<Option<String>, _>(4)?
                .map(|s| crate::kernel::plan_status::PlanStatus::decode(&s))
                .transpose()?,
            predikat: r.opt_code(5)?,
            nilai_skp: r.try_get(6)?,
            notes: r.try_get::<Option<i64>, _>(7)?.unwrap_or(0),
            flagged: r.try_get::<Option<i64>, _>(8)?.unwrap_or(0) > 0,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(Some(UnitSummaries { unit_name: unit.try_get(0)?, unit_code: unit.try_get(1)?, rows }))
}
