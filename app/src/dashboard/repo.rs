//! What the agency's progress report reads: one row per employee.

use crate::{
    kernel::db::{NullableText, Pool},
    kernel::plan_status::PlanStatus,
    rules::Predikat,
};

/// An employee of the agency: their unit, their plan's status in the period (none when not
/// started) and their annual predikat in force (after a changed appeal), once rated.
#[derive(Debug, sqlx::FromRow)]
pub struct ProgressRow {
    pub unit_id: i64,
    pub unit_code: String,
    pub unit_name: String,
    pub status: Option<PlanStatus>,
    #[sqlx(try_from = "NullableText")]
    pub predikat: Option<Predikat>,
}

/// Every employee of `agency`, ordered by unit, for the period `period_id`.
pub async fn progress_rows(
    pool: &Pool,
    agency: i64,
    period_id: i64,
) -> Result<Vec<ProgressRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, p.status, \
         (SELECT COALESCE(a.new_predikat, r.predikat) FROM skp_rating r \
            LEFT JOIN appeal a ON a.rating_id = r.id AND a.decision = 'changed' \
            WHERE r.plan_id = p.id AND r.period_no = 0) AS predikat \
         FROM employee e JOIN org_unit u ON u.id = e.unit_id \
         LEFT JOIN skp_plan p ON p.employee_id = e.id AND p.period_id = $1 \
         WHERE e.agency_id = $2 ORDER BY u.code",
    )
    .bind(period_id)
    .bind(agency)
    .fetch_all(pool)
    .await
}
