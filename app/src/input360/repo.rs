//! 360 input: the pejabat penilai or the HR office invites peers and subordinates to rate the
//! seven BerAKHLAK values of an employee's plan. A rater sees only their own input and may
//! change or withdraw it until the period's rating deadline; everyone else sees only counts,
//! and only once at least [`MIN_360_ANSWERS`] raters answered.

use crate::audit::types::{AuditAction, AuditEntity};
use sqlx::Row;

use crate::{
    admin::types::PeriodStatus,
    audit::repo as audit,
    kernel::db::{now_ms, stored_date, Pool},
    kernel::plan_head::PlanHead,
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
};
use crate::{
    input360::types::{Relation360, Request360, Summary360, MIN_360_ANSWERS},
    rules::Rating,
};

fn encode(ratings: &[Rating]) -> String {
    ratings.iter().map(|r| r.code()).collect::<Vec<_>>().join(",")
}

fn decode(text: &str) -> Option<Vec<Rating>> {
    text.split(',').map(|c| Rating::ALL.into_iter().find(|r| r.code() == c)).collect()
}

pub async fn invite(
    pool: &Pool,
    actor: Actor,
    plan: &PlanHead,
    rater_id: i64,
    relation: Relation360,
) -> Result<i64, WriteError> {
    if rater_id == plan.employee_id || Some(rater_id) == plan.penilai_id {
        return Err(WriteError::Invalid(Reason::Input360Rater));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let same_agency = sqlx::query("SELECT 1 FROM employee WHERE id = $1 AND agency_id = $2")
        .bind(rater_id)
        .bind(plan.agency_id)
        .fetch_optional(&mut *tx)
        .await?;
    if same_agency.is_none() {
        return Err(WriteError::Invalid(Reason::LinePersonUnknown));
    }
    if let Some(r) = sqlx::query("SELECT id FROM input_360 WHERE plan_id = $1 AND rater_id = $2")
        .bind(plan.id)
        .bind(rater_id)
        .fetch_optional(&mut *tx)
        .await?
    {
        return Ok(r.try_get(0)?);
    }
    let id: i64 = sqlx::query(
        "INSERT INTO input_360 (agency_id, plan_id, rater_id, relation, invited_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(plan.agency_id)
    .bind(plan.id)
    .bind(rater_id)
    .bind(relation.code())
    .bind(actor.user_id)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::Input360Invited, AuditEntity::SkpPlan, plan.id)
            .after(serde_json::json!({"rater": rater_id, "relation": relation}).to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The rater's requests in open periods, with their own answers.
pub async fn requests_of(
    pool: &Pool,
    rater_id: i64,
    today: crate::rules::Date,
) -> Result<Vec<Request360>, sqlx::Error> {
    sqlx::query(
        "SELECT i.id, e.name, i.relation, i.ratings, d.rating_deadline, d.status FROM input_360 i \
         JOIN skp_plan p ON p.id = i.plan_id JOIN employee e ON e.id = p.employee_id \
         JOIN assessment_period d ON d.id = p.period_id WHERE i.rater_id = $1 ORDER BY i.id",
    )
    .bind(rater_id)
    .fetch_all(pool)
    .await?
    .iter()
    .map(|r| {
        let deadline = stored_date(&r.try_get::<String, _>(4)?)?;
        let status = PeriodStatus::decode(&r.try_get::<String, _>(5)?)?;
        Ok(Request360 {
            id: r.try_get(0)?,
            employee_name: r.try_get(1)?,
            relation: Relation360::decode(&r.try_get::<String, _>(2)?)?,
            ratings: r.try_get::<Option<String>, _>(3)?.as_deref().and_then(decode),
            open: status == PeriodStatus::Open && today <= deadline,
            deadline,
        })
    })
    .collect()
}

/// Answer (or change the answer to) a request, or withdraw it with `ratings = None`, while the
/// period is open and its rating deadline not passed.
pub async fn answer(
    pool: &Pool,
    id: i64,
    rater_id: i64,
    ratings: Option<&[Rating]>,
    today: crate::rules::Date,
) -> Result<(), WriteError> {
    if ratings.is_some_and(|r| r.len() != 7) {
        return Err(WriteError::Invalid(Reason::Input360Values));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let row = sqlx::query(
        "SELECT i.rater_id, d.rating_deadline, d.status FROM input_360 i \
         JOIN skp_plan p ON p.id = i.plan_id JOIN assessment_period d ON d.id = p.period_id \
         WHERE i.id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(WriteError::NotFound)?;
    let owner: i64 = row.try_get(0)?;
    let deadline = stored_date(&row.try_get::<String, _>(1)?)?;
    let status = PeriodStatus::decode(&row.try_get::<String, _>(2)?)?;
    if owner != rater_id {
        return Err(WriteError::NotFound);
    }
    if status != PeriodStatus::Open || today > deadline {
        return Err(WriteError::Invalid(Reason::Input360Closed));
    }
    sqlx::query("UPDATE input_360 SET ratings = $1, answered_at = $2 WHERE id = $3")
        .bind(ratings.map(encode))
        .bind(ratings.map(|_| now_ms()))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The aggregate of a plan's 360 input.
pub async fn summary(pool: &Pool, plan_id: i64) -> Result<Summary360, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    summary_on(&mut conn, plan_id).await
}

pub async fn summary_on(
    conn: &mut sqlx::AnyConnection,
    plan_id: i64,
) -> Result<Summary360, sqlx::Error> {
    let rows = sqlx::query("SELECT ratings FROM input_360 WHERE plan_id = $1")
        .bind(plan_id)
        .fetch_all(&mut *conn)
        .await?;
    let answers: Vec<Vec<Rating>> = rows
        .iter()
        .filter_map(|r| r.try_get::<Option<String>, _>(0).ok().flatten())
        .filter_map(|t| decode(&t))
        .collect();
    let answered = answers.len() as i64;
    let counts = (answered >= MIN_360_ANSWERS).then(|| {
        (0..7)
            .map(|v| {
                let mut c = [0i64; 3];
                for a in &answers {
                    c[Rating::ALL.iter().position(|r| *r == a[v]).unwrap_or(1)] += 1;
                }
                c
            })
            .collect()
    });
    Ok(Summary360 { invited: rows.len() as i64, answered, counts })
}
