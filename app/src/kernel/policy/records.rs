//! Decisions that need the database: reporting lines in force.

use sqlx::Row;

use crate::auth::{CurrentUser, Role};

use super::AGENCY_STAFF;
use crate::kernel::db::Pool;

/// May `actor` read the employee record `employee_id` (checked against the database on `today`)?
/// Its counsellors (below) and the platform admin.
pub async fn can_read_employee(
    pool: &Pool,
    actor: &CurrentUser,
    employee_id: i64,
    today: crate::rules::Date,
) -> Result<bool, sqlx::Error> {
    if actor.has(Role::PlatformAdmin) {
        return Ok(true);
    }
    can_counsel(pool, actor, employee_id, today).await
}

/// May `actor` counsel employee `employee_id` on their career (read their record, career and
/// shared scenarios): the employee, the pejabat penilai and atasan of a line in force on
/// `today`, and the HR office and tim evaluasi of the agency. Not the platform admin.
pub async fn can_counsel(
    pool: &Pool,
    actor: &CurrentUser,
    employee_id: i64,
    today: crate::rules::Date,
) -> Result<bool, sqlx::Error> {
    if actor.employee_id == Some(employee_id) {
        return Ok(true);
    }
    let Some(row) = sqlx::query("SELECT agency_id FROM employee WHERE id = $1")
        .bind(employee_id)
        .fetch_optional(pool)
        .await?
    else {
        return Ok(false);
    };
    let agency: i64 = row.try_get(0)?;
    if actor.agency_id != Some(agency) {
        return Ok(false);
    }
    if AGENCY_STAFF.admits(Some(actor)) {
        return Ok(true);
    }
    let Some(me) = actor.employee_id else { return Ok(false) };
    let lines: i64 = sqlx::query(
        "SELECT COUNT(*) FROM reporting_line WHERE employee_id = $1 AND agency_id = $2 \
         AND (penilai_id = $3 OR atasan_id = $3) \
         AND start_date <= $4 AND (end_date IS NULL OR end_date >= $4)",
    )
    .bind(employee_id)
    .bind(agency)
    .bind(me)
    .bind(today.to_string())
    .fetch_one(pool)
    .await?
    .try_get(0)?;
    Ok(lines > 0)
}
