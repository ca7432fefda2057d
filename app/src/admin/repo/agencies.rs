//! Agencies (instansi), the tenants, and their organisation units.

use crate::audit::types::{AuditAction, AuditEntity};
use serde::{Deserialize, Serialize};
use sqlx::Row;

pub use crate::admin::types::AgencyRow;
use crate::kernel::db::{now_ms, Pool};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Agency {
    pub id: i64,
    pub code: String,
    pub name: String,
    /// `province`, `city`, `regency` or `national`.
    pub region_kind: String,
    pub region_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAgency<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub region_kind: &'a str,
    pub region_name: &'a str,
}

#[tracing::instrument(skip(pool))]
pub async fn insert(pool: &Pool, a: &NewAgency<'_>) -> Result<i64, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    insert_on(&mut conn, a).await
}

/// Insert on a given connection or transaction.
pub async fn insert_on(
    conn: &mut sqlx::AnyConnection,
    a: &NewAgency<'_>,
) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO agency (code, name, region_kind, region_name, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(a.code)
    .bind(a.name)
    .bind(a.region_kind)
    .bind(a.region_name)
    .bind(now_ms())
    .fetch_one(&mut *conn)
    .await?;
    row.try_get::<i64, _>(0)
}

#[tracing::instrument(skip(pool))]
pub async fn list(pool: &Pool) -> Result<Vec<Agency>, sqlx::Error> {
    sqlx::query_as("SELECT id, code, name, region_kind, region_name FROM agency ORDER BY code")
        .fetch_all(pool)
        .await
}

#[tracing::instrument(skip(pool))]
pub async fn insert_unit(
    pool: &Pool,
    agency_id: i64,
    parent_id: Option<i64>,
    code: &str,
    name: &str,
) -> Result<i64, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    insert_unit_on(&mut conn, agency_id, parent_id, code, name).await
}

/// Insert a unit on a given connection or transaction. The parent must belong to the same
/// agency: the `WHERE` clause makes a cross-tenant parent insert nothing (and fail).
pub async fn insert_unit_on(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    parent_id: Option<i64>,
    code: &str,
    name: &str,
) -> Result<i64, sqlx::Error> {
    let row = sqlx::query(
        "INSERT INTO org_unit (agency_id, parent_id, code, name) \
         SELECT CAST($1 AS BIGINT), CAST($2 AS BIGINT), CAST($3 AS TEXT), CAST($4 AS TEXT) \
         WHERE CAST($2 AS BIGINT) IS NULL OR EXISTS \
           (SELECT 1 FROM org_unit p WHERE p.id = CAST($2 AS BIGINT) \
              AND p.agency_id = CAST($1 AS BIGINT)) \
         RETURNING id",
    )
    .bind(agency_id)
    .bind(parent_id)
    .bind(code)
    .bind(name)
    .fetch_one(&mut *conn)
    .await?;
    row.try_get::<i64, _>(0)
}

/// Units of one agency; the agency id in the filter is what keeps tenants apart.
#[tracing::instrument(skip(pool))]
pub async fn unit_count(pool: &Pool, agency_id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) FROM org_unit WHERE agency_id = $1")
        .bind(agency_id)
        .fetch_one(pool)
        .await?
        .try_get::<i64, _>(0)
}

/// Every agency with the size of its records, for the platform admin.
pub async fn overview(pool: &Pool) -> Result<Vec<AgencyRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.id, a.code, a.name, a.region_kind, a.region_name, \
         (SELECT COUNT(*) FROM org_unit u WHERE u.agency_id = a.id) AS units, \
         (SELECT COUNT(*) FROM employee e WHERE e.agency_id = a.id) AS employees \
         FROM agency a ORDER BY a.name",
    )
    .fetch_all(pool)
    .await
}

/// The region kinds an agency may have.
pub const REGION_KINDS: [&str; 4] = ["province", "city", "regency", "national"];

/// Why an agency was not created (the caller translates the code).
pub fn check_new_agency(a: &NewAgency<'_>) -> Result<(), crate::kernel::reason::Reason> {
    use crate::kernel::reason::Reason;
    let code_ok = (3..=40).contains(&a.code.len())
        && a.code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !code_ok {
        return Err(Reason::AgencyCode);
    }
    if !REGION_KINDS.contains(&a.region_kind) {
        return Err(Reason::AgencyRegionKind);
    }
    let name_ok = |s: &str| !s.trim().is_empty() && s.chars().count() <= 200;
    if !name_ok(a.name) || !name_ok(a.region_name) {
        return Err(Reason::AgencyName);
    }
    Ok(())
}

/// Create a tenant, audited (`actor_user_id` is `None` from the command line).
pub async fn create_audited(
    pool: &Pool,
    actor_user_id: Option<i64>,
    a: &NewAgency<'_>,
) -> Result<i64, crate::kernel::write::WriteError> {
    use crate::kernel::reason::Reason;
    use crate::kernel::write::WriteError;
    check_new_agency(a).map_err(WriteError::Invalid)?;
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let taken = sqlx::query("SELECT 1 FROM agency WHERE code = $1")
        .bind(a.code)
        .fetch_optional(&mut *tx)
        .await?;
    if taken.is_some() {
        return Err(WriteError::Invalid(Reason::AgencyCodeTaken));
    }
    let id = insert_on(&mut tx, a).await?;
    crate::audit::repo::append(
        &mut tx,
        &crate::audit::repo::Entry {
            agency_id: Some(id),
            actor_user_id,
            entity_id: Some(id.to_string()),
            after_json: Some(
                serde_json::json!({
                    "code": a.code, "name": a.name,
                    "region_kind": a.region_kind, "region_name": a.region_name
                })
                .to_string(),
            ),
            ..crate::audit::repo::Entry::new(AuditAction::AgencyCreated, AuditEntity::Agency)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
