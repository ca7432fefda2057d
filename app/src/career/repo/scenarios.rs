//! Saved career scenarios: a head (owner, name, current version, shared or not), every saved
//! version with the rule set it was computed with, and a comment thread. Saves and comments
//! carry a request key made by the page: a resent one returns what the first stored.

use sqlx::Row;

use crate::{
    career::{
        scenario::ScenarioPlan,
        types::{SavedScenario, ScenarioComment},
    },
    kernel::db::{begin_write, now_ms, Pool},
    kernel::write::{Actor, WriteError},
};

/// Who owns a saved scenario and whether it is shared: what access decisions read.
#[derive(Debug, Clone, Copy, sqlx::FromRow)]
pub struct ScenarioHead {
    pub id: i64,
    pub agency_id: i64,
    pub employee_id: i64,
    pub version: i64,
    shared: i64,
}

impl ScenarioHead {
    pub fn shared(&self) -> bool {
        self.shared != 0
    }
}

pub async fn head(pool: &Pool, id: i64) -> Result<Option<ScenarioHead>, sqlx::Error> {
    sqlx::query_as(
        "SELECT id, agency_id, employee_id, version, shared FROM career_scenario WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

#[derive(sqlx::FromRow)]
struct Stored {
    id: i64,
    employee_id: i64,
    name: String,
    version: i64,
    shared: i64,
    rule_set_id: String,
    saved_at: i64,
    plan: String,
}

/// The employee's saved scenarios at their current version, oldest first, with their threads;
/// only the shared ones when `shared_only` (what a counsellor reads).
pub async fn of_employee(
    pool: &Pool,
    employee_id: i64,
    shared_only: bool,
) -> Result<Vec<SavedScenario>, sqlx::Error> {
    let rows: Vec<Stored> = sqlx::query_as(
        "SELECT s.id, s.employee_id, s.name, s.version, s.shared, v.rule_set_id, \
         v.saved_at, v.plan FROM career_scenario s \
         JOIN career_scenario_version v ON v.scenario_id = s.id AND v.version = s.version \
         WHERE s.employee_id = $1 AND (s.shared = 1 OR $2 = 0) ORDER BY s.id",
    )
    .bind(employee_id)
    .bind(i64::from(shared_only))
    .fetch_all(pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let plan: ScenarioPlan = serde_json::from_str(&r.plan)
            .map_err(|e| sqlx::Error::Decode(format!("stored scenario {}: {e}", r.id).into()))?;
        out.push(SavedScenario {
            comments: comments(pool, r.id).await?,
            id: r.id,
            employee_id: r.employee_id,
            name: r.name,
            version: r.version,
            rule_set_id: r.rule_set_id,
            shared: r.shared != 0,
            saved_at_ms: r.saved_at,
            plan,
        });
    }
    Ok(out)
}

async fn comments(pool: &Pool, scenario_id: i64) -> Result<Vec<ScenarioComment>, sqlx::Error> {
    #[derive(sqlx::FromRow)]
    struct C {
        id: i64,
        author: String,
        by_owner: i64,
        body: String,
        created_at: i64,
    }
    let rows: Vec<C> = sqlx::query_as(
        "SELECT c.id, u.display_name AS author, c.by_owner, c.body, c.created_at \
         FROM career_scenario_comment c JOIN app_user u ON u.id = c.author_id \
         WHERE c.scenario_id = $1 ORDER BY c.id",
    )
    .bind(scenario_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|c| ScenarioComment {
            id: c.id,
            author: c.author,
            by_owner: c.by_owner != 0,
            body: c.body,
            created_at_ms: c.created_at,
        })
        .collect())
}

/// What a save stores: the name, the plan (checked by the caller) and the rule set in force.
pub struct Save<'a> {
    pub name: &'a str,
    pub plan: &'a ScenarioPlan,
    pub rule_set_id: &'a str,
    pub request_key: &'a str,
}

/// A new scenario of `employee_id`, at version 1; the same request key again returns the
/// scenario it created.
pub async fn create(
    pool: &Pool,
    actor: Actor,
    employee_id: i64,
    save: Save<'_>,
) -> Result<i64, WriteError> {
    let plan = serde_json::to_string(save.plan).map_err(|e| WriteError::Db(encode(e)))?;
    let now = now_ms();
    let mut tx = begin_write(pool).await?;
    if let Some(row) =
        sqlx::query("SELECT id FROM career_scenario WHERE employee_id = $1 AND create_key = $2")
            .bind(employee_id)
            .bind(save.request_key)
            .fetch_optional(&mut *tx)
            .await?
    {
        return Ok(row.try_get(0)?);
    }
    let id: i64 = sqlx::query(
        "INSERT INTO career_scenario (agency_id, employee_id, name, version, shared, create_key, \
         created_at, updated_at) VALUES ($1, $2, $3, 1, 0, $4, $5, $5) RETURNING id",
    )
    .bind(actor.agency_id)
    .bind(employee_id)
    .bind(save.name)
    .bind(save.request_key)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    insert_version(&mut tx, actor, id, 1, &save, &plan, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// A new version of scenario `id`, which the caller loaded at `expected`: refused with a
/// conflict when someone saved in between. The same request key again returns its version.
pub async fn update(
    pool: &Pool,
    actor: Actor,
    id: i64,
    expected: i64,
    save: Save<'_>,
) -> Result<i64, WriteError> {
    let plan = serde_json::to_string(save.plan).map_err(|e| WriteError::Db(encode(e)))?;
    let now = now_ms();
    let mut tx = begin_write(pool).await?;
    if let Some(row) = sqlx::query(
        "SELECT version FROM career_scenario_version WHERE scenario_id = $1 AND request_key = $2",
    )
    .bind(id)
    .bind(save.request_key)
    .fetch_optional(&mut *tx)
    .await?
    {
        return Ok(row.try_get(0)?);
    }
    let changed = sqlx::query(
        "UPDATE career_scenario SET version = version + 1, name = $1, updated_at = $2 \
         WHERE id = $3 AND version = $4",
    )
    .bind(save.name)
    .bind(now)
    .bind(id)
    .bind(expected)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(WriteError::Conflict);
    }
    insert_version(&mut tx, actor, id, expected + 1, &save, &plan, now).await?;
    tx.commit().await?;
    Ok(expected + 1)
}

async fn insert_version(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    actor: Actor,
    id: i64,
    version: i64,
    save: &Save<'_>,
    plan: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO career_scenario_version (scenario_id, version, name, plan, rule_set_id, \
         request_key, saved_by, saved_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(id)
    .bind(version)
    .bind(save.name)
    .bind(plan)
    .bind(save.rule_set_id)
    .bind(save.request_key)
    .bind(actor.user_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Versions kept of scenario `id` (every save).
pub async fn version_count(pool: &Pool, id: i64) -> Result<i64, sqlx::Error> {
    sqlx::query("SELECT COUNT(*) FROM career_scenario_version WHERE scenario_id = $1")
        .bind(id)
        .fetch_one(pool)
        .await?
        .try_get(0)
}

/// Delete scenario `id` with its versions and thread, if still at version `expected`.
pub async fn delete(pool: &Pool, id: i64, expected: i64) -> Result<(), WriteError> {
    let mut tx = begin_write(pool).await?;
    let version: Option<i64> = sqlx::query("SELECT version FROM career_scenario WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| r.try_get(0))
        .transpose()?;
    match version {
        None => return Err(WriteError::NotFound),
        Some(v) if v != expected => return Err(WriteError::Conflict),
        Some(_) => {}
    }
    for sql in [
        "DELETE FROM career_scenario_comment WHERE scenario_id = $1",
        "DELETE FROM career_scenario_version WHERE scenario_id = $1",
        "DELETE FROM career_scenario WHERE id = $1",
    ] {
        sqlx::query(sql).bind(id).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Share scenario `id` with the employee's counsellors, or stop sharing it (at once: the next
/// read of a counsellor no longer finds it).
pub async fn set_shared(pool: &Pool, id: i64, shared: bool) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE career_scenario SET shared = $1 WHERE id = $2")
        .bind(i64::from(shared))
        .bind(id)
        .execute(pool)
        .await?;
    Ok(())
}

/// Add a comment to scenario `id`'s thread; the same request key again returns the first.
pub async fn comment(
    pool: &Pool,
    actor: Actor,
    id: i64,
    by_owner: bool,
    body: &str,
    request_key: &str,
) -> Result<i64, WriteError> {
    let mut tx = begin_write(pool).await?;
    if let Some(row) = sqlx::query(
        "SELECT id FROM career_scenario_comment WHERE scenario_id = $1 AND request_key = $2",
    )
    .bind(id)
    .bind(request_key)
    .fetch_optional(&mut *tx)
    .await?
    {
        return Ok(row.try_get(0)?);
    }
    let comment: i64 = sqlx::query(
        "INSERT INTO career_scenario_comment (scenario_id, author_id, by_owner, body, \
         request_key, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(id)
    .bind(actor.user_id)
    .bind(i64::from(by_owner))
    .bind(body)
    .bind(request_key)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    tx.commit().await?;
    Ok(comment)
}

fn encode(e: serde_json::Error) -> sqlx::Error {
    sqlx::Error::Encode(Box::new(e))
}
