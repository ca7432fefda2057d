//! The append-only audit log: who did what to which record, with the state before and after.
//! The tables refuse updates and deletes (triggers), so history cannot be rewritten in place.

use sqlx::Row;

use super::{now_ms, Pool};

#[derive(Debug, Clone, Default)]
pub struct Entry<'a> {
    pub agency_id: Option<i64>,
    pub actor_user_id: Option<i64>,
    /// What happened, e.g. `login`, `login_failed`, `password_changed`, `employee_updated`.
    pub action: &'a str,
    pub entity: &'a str,
    pub entity_id: Option<String>,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
}

pub async fn append(conn: &mut sqlx::AnyConnection, e: &Entry<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (agency_id, actor_user_id, action, entity, entity_id, before_json, after_json, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(e.agency_id)
    .bind(e.actor_user_id)
    .bind(e.action)
    .bind(e.entity)
    .bind(e.entity_id.as_deref())
    .bind(e.before_json.as_deref())
    .bind(e.after_json.as_deref())
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn append_on_pool(pool: &Pool, e: &Entry<'_>) -> Result<(), sqlx::Error> {
    let mut conn = pool.acquire().await?;
    append(&mut conn, e).await
}

/// Actions recorded for an agency, newest first (for the admin's audit page and tests).
pub async fn actions(
    pool: &Pool,
    agency_id: Option<i64>,
    limit: i64,
) -> Result<Vec<(String, String, Option<String>)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT action, entity, entity_id FROM audit_log \
         WHERE (CAST($1 AS BIGINT) IS NULL AND agency_id IS NULL) OR agency_id = CAST($1 AS BIGINT) \
         ORDER BY id DESC LIMIT $2",
    )
    .bind(agency_id)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))).collect()
}
