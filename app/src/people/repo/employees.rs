//! Employee records (the fields the foundation needs; the full record arrives with the
//! agencies-and-people work).

use crate::people::types::{EmployeeKind, Gender, PositionKind};
use sqlx::Row;

use crate::kernel::db::{now_ms, Pool};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEmployee<'a> {
    pub agency_id: i64,
    pub unit_id: i64,
    pub nip: &'a str,
    pub name: &'a str,
    pub kind: EmployeeKind,
    pub gender: Gender,
    /// ISO date.
    pub birth_date: &'a str,
    /// Golongan ruang such as `III/a` for PNS; `None` for PPPK, who have no pangkat.
    pub golongan: Option<&'a str>,
    pub position_kind: PositionKind,
    pub position_name: &'a str,
    pub jenjang: Option<&'a str>,
    pub education: &'a str,
}

#[tracing::instrument(skip(tx, e), fields(nip = e.nip))]
pub async fn insert(tx: &mut sqlx::AnyConnection, e: &NewEmployee<'_>) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO employee (agency_id, unit_id, nip, name, kind, gender, birth_date, golongan, \
         position_kind, position_name, jenjang, education, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
    )
    .bind(e.agency_id)
    .bind(e.unit_id)
    .bind(e.nip)
    .bind(e.name)
    .bind(e.kind.code())
    .bind(e.gender.code())
    .bind(e.birth_date)
    .bind(e.golongan)
    .bind(e.position_kind.code())
    .bind(e.position_name)
    .bind(e.jenjang)
    .bind(e.education)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    row.try_get::<i64, _>(0)
}

#[tracing::instrument(skip(pool))]
pub async fn count_in_agency(pool: &Pool, agency_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) FROM employee WHERE agency_id = $1")
        .bind(agency_id)
        .fetch_one(pool)
        .await?
        .try_get::<i64, _>(0)
}

#[tracing::instrument(skip(pool))]
pub async fn count_all(pool: &Pool) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) FROM employee").fetch_one(pool).await?.try_get::<i64, _>(0)
}

/// The NIP of an employee, looked up within one agency only.
#[tracing::instrument(skip(pool))]
pub async fn nip_in_agency(
    pool: &Pool,
    agency_id: i64,
    employee_id: i64,
) -> Result<Option<String>, sqlx::Error> {
    let row = sqlx::query("SELECT nip FROM employee WHERE agency_id = $1 AND id = $2")
        .bind(agency_id)
        .bind(employee_id)
        .fetch_optional(pool)
        .await?;
    row.map(|r| r.try_get::<String, _>(0)).transpose()
}

/// Up to `limit` employees of `agency` after id `after`, by id (keyset pagination), whose name
/// or NIP contains `pattern` (a `LIKE` pattern, lowercase) when one is given.
pub async fn page(
    pool: &Pool,
    agency: i64,
    after: i64,
    pattern: Option<String>,
    limit: i64,
) -> Result<Vec<crate::people::types::EmployeeRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.id, e.nip, e.name, e.golongan, e.position_name, u.name AS unit FROM employee e \
         JOIN org_unit u ON u.id = e.unit_id \
         WHERE e.agency_id = $1 AND e.id > $2 \
         AND (CAST($3 AS TEXT) IS NULL OR LOWER(e.name) LIKE $3 OR e.nip LIKE $3) \
         ORDER BY e.id LIMIT $4",
    )
    .bind(agency)
    .bind(after)
    .bind(pattern)
    .bind(limit)
    .fetch_all(pool)
    .await
}
