//! A plan's head: who it belongs to and where it stands, which is what authorisation and every
//! write on the plan or its parts (evidence, feedback, 360, review notes) need first.

use crate::kernel::{plan_status::PlanStatus, write::WriteError};

/// Who a plan belongs to and where it stands: what authorisation needs.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PlanHead {
    pub id: i64,
    pub agency_id: i64,
    pub period_id: i64,
    pub employee_id: i64,
    pub penilai_id: Option<i64>,
    pub atasan_id: Option<i64>,
    pub status: PlanStatus,
    pub version: i64,
}

/// The indicator belongs to the plan, or the caller is told it does not exist.
pub async fn indicator_of_plan(
    conn: &mut sqlx::AnyConnection,
    indicator_id: i64,
    plan_id: i64,
) -> Result<(), WriteError> {
    sqlx::query(
        "SELECT 1 FROM skp_indicator i JOIN skp_result r ON r.id = i.result_id \
         WHERE i.id = $1 AND r.plan_id = $2",
    )
    .bind(indicator_id)
    .bind(plan_id)
    .fetch_optional(&mut *conn)
    .await?
    .map(|_| ())
    .ok_or(WriteError::NotFound)
}

pub async fn head(
    conn: &mut sqlx::AnyConnection,
    plan_id: i64,
) -> Result<Option<PlanHead>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, agency_id, period_id, employee_id, penilai_id, atasan_id, status, version \
         FROM skp_plan WHERE id = $1",
    )
    .bind(plan_id)
    .fetch_optional(&mut *conn)
    .await
}
