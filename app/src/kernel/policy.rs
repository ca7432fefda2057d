//! The access policy, in one place: who may read or change what. Every server function and API
//! handler asks here; nothing else decides.
//!
//! - Everyone logged in reads their own record.
//! - A pejabat penilai and an atasan pejabat penilai read the records of the people they assess
//!   (reporting lines in force today).
//! - The HR office (admin instansi) and the tim evaluasi read every record of their own agency;
//!   the admin instansi also changes them.
//! - The platform admin manages agencies and rule sets; it reads any record.
//! - Nobody reads across agencies otherwise. A denied read looks exactly like a missing record.

use sqlx::Row;

use crate::auth::{CurrentUser, Role};
use crate::kernel::db::Pool;

/// May `actor` read the employee record `employee_id` (checked against the database on `today`)?
pub async fn can_read_employee(
    pool: &Pool,
    actor: &CurrentUser,
    employee_id: i64,
    today: crate::rules::Date,
) -> Result<bool, sqlx::Error> {
    if actor.employee_id == Some(employee_id) || actor.has(Role::PlatformAdmin) {
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
    if actor.has(Role::AdminInstansi) || actor.has(Role::TimEvaluasi) {
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

/// May `actor` change people, units, reporting lines and roles of `agency_id`?
pub fn can_manage_agency(actor: &CurrentUser, agency_id: i64) -> bool {
    actor.has(Role::AdminInstansi) && actor.agency_id == Some(agency_id)
}

/// May `actor` read the audit log of `agency_id`?
pub fn can_read_audit(actor: &CurrentUser, agency_id: i64) -> bool {
    can_manage_agency(actor, agency_id) || actor.has(Role::PlatformAdmin)
}
