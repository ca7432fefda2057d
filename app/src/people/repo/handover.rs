//! The hand-over rule: work follows the reporting line in force.
//!
//! A plan names its pejabat penilai and atasan, and an appeal its atasan, so that lists and
//! tasks can find them. When the HR office names a new line, those names must follow it, or the
//! old penilai could still rate and the new one would be told the plan does not exist. So:
//!
//! - every plan of the employee in a period that is still **open** is handed to the pejabat
//!   penilai and atasan of the line in force on the day (plans of closed periods keep who rated
//!   them: they are the record);
//! - every appeal still **filed** is handed to the line's atasan (when the line names none,
//!   the appeal keeps its atasan: someone must be able to decide it);
//! - each hand-over bumps the record's version (an editor holding the old one gets a conflict,
//!   not a silent overwrite) and is written to the audit log with the names before and after.
//!
//! It runs inside the transaction that records a line starting on or before today, and for
//! lines that start later, on their first day: the server runs it at start and every few
//! minutes ([`follow_lines`] with no employee). Running it twice changes nothing.

use sqlx::Row;

use crate::{
    audit::{
        repo::{self as audit, Entry},
        types::{AuditAction, AuditEntity},
    },
    kernel::db::now_ms,
    rules::Date,
};

/// What one run handed over: plans and appeals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HandedOver {
    pub plans: usize,
    pub appeals: usize,
}

/// Hand the plans and appeals of `employee` (of everyone when `None`) to the line in force on
/// `today`. `by` is the user who recorded the line, `None` when the server does it on a line's
/// first day.
pub async fn follow_lines(
    conn: &mut sqlx::AnyConnection,
    today: Date,
    employee: Option<i64>,
    by: Option<i64>,
) -> Result<HandedOver, sqlx::Error> {
    let today = today.to_string();
    let only = if employee.is_some() { "AND p.employee_id = $2" } else { "" };
    // One line is in force per employee and day: a new line ends the one before it.
    let sql = format!(
        "SELECT p.id, p.agency_id, p.penilai_id, p.atasan_id, l.penilai_id AS new_penilai, \
         l.atasan_id AS new_atasan FROM skp_plan p \
         JOIN assessment_period y ON y.id = p.period_id AND y.status = 'open' \
         JOIN reporting_line l ON l.employee_id = p.employee_id AND l.start_date <= $1 \
              AND (l.end_date IS NULL OR l.end_date >= $1) \
         WHERE (p.penilai_id IS NULL OR p.penilai_id <> l.penilai_id \
                OR COALESCE(p.atasan_id, 0) <> COALESCE(l.atasan_id, 0)) {only} ORDER BY p.id"
    );
    let plans = bind_employee(sqlx::query(&sql).bind(today.clone()), employee)
        .fetch_all(&mut *conn)
        .await?;
    let mut done = HandedOver::default();
    for row in &plans {
        let id: i64 = row.try_get("id")?;
        let (penilai, atasan): (Option<i64>, Option<i64>) =
            (row.try_get("new_penilai")?, row.try_get("new_atasan")?);
        sqlx::query(
            "UPDATE skp_plan SET penilai_id = $1, atasan_id = $2, version = version + 1, \
             updated_at = $3 WHERE id = $4",
        )
        .bind(penilai)
        .bind(atasan)
        .bind(now_ms())
        .bind(id)
        .execute(&mut *conn)
        .await?;
        let before = serde_json::json!({
            "penilai_id": row.try_get::<Option<i64>, _>("penilai_id")?,
            "atasan_id": row.try_get::<Option<i64>, _>("atasan_id")?,
        });
        let after = serde_json::json!({ "penilai_id": penilai, "atasan_id": atasan });
        let entry = Entry {
            agency_id: Some(row.try_get("agency_id")?),
            actor_user_id: by,
            entity_id: Some(id.to_string()),
            ..Entry::new(AuditAction::PlanHandedOver, AuditEntity::SkpPlan)
        };
        audit::append(conn, &entry.before(before.to_string()).after(after.to_string())).await?;
        done.plans += 1;
    }
    let only = if employee.is_some() { "AND a.employee_id = $2" } else { "" };
    let sql = format!(
        "SELECT a.id, a.agency_id, a.atasan_id, l.atasan_id AS new_atasan FROM appeal a \
         JOIN reporting_line l ON l.employee_id = a.employee_id AND l.start_date <= $1 \
              AND (l.end_date IS NULL OR l.end_date >= $1) \
         WHERE a.status = 'filed' AND l.atasan_id IS NOT NULL AND a.atasan_id <> l.atasan_id \
         {only} ORDER BY a.id"
    );
    let appeals = bind_employee(sqlx::query(&sql).bind(today.clone()), employee)
        .fetch_all(&mut *conn)
        .await?;
    for row in &appeals {
        let id: i64 = row.try_get("id")?;
        let atasan: i64 = row.try_get("new_atasan")?;
        sqlx::query("UPDATE appeal SET atasan_id = $1, version = version + 1 WHERE id = $2")
            .bind(atasan)
            .bind(id)
            .execute(&mut *conn)
            .await?;
        let before = serde_json::json!({ "atasan_id": row.try_get::<i64, _>("atasan_id")? });
        let entry = Entry {
            agency_id: Some(row.try_get("agency_id")?),
            actor_user_id: by,
            entity_id: Some(id.to_string()),
            ..Entry::new(AuditAction::AppealHandedOver, AuditEntity::Appeal)
        };
        let after = serde_json::json!({ "atasan_id": atasan }).to_string();
        audit::append(conn, &entry.before(before.to_string()).after(after)).await?;
        done.appeals += 1;
    }
    Ok(done)
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds `$2` only when the query has it (PostgreSQL refuses a surplus argument).
fn bind_employee(query: AnyQuery<'_>, employee: Option<i64>) -> AnyQuery<'_> {
    match employee {
        Some(id) => query.bind(id),
        None => query,
    }
}

/// [`follow_lines`] for everyone, in its own transaction: what the server runs on a schedule.
pub async fn follow_lines_now(pool: &crate::kernel::db::Pool) -> Result<HandedOver, sqlx::Error> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let done = follow_lines(&mut tx, crate::kernel::db::today(), None, None).await?;
    tx.commit().await?;
    Ok(done)
}
