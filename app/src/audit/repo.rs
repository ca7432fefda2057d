//! The append-only audit log: who did what to which record, with the state before and after.
//! The tables refuse updates and deletes (triggers), so history cannot be rewritten in place.

use sqlx::Row;

use crate::audit::types::{AuditAction, AuditEntity};
use crate::kernel::db::{now_ms, Pool};

#[derive(Debug, Clone)]
pub struct Entry {
    pub agency_id: Option<i64>,
    pub actor_user_id: Option<i64>,
    pub action: AuditAction,
    pub entity: AuditEntity,
    pub entity_id: Option<String>,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
}

impl Entry {
    /// An entry with only what every entry has; the other fields by struct update.
    pub fn new(action: AuditAction, entity: AuditEntity) -> Entry {
        Entry {
            agency_id: None,
            actor_user_id: None,
            action,
            entity,
            entity_id: None,
            before_json: None,
            after_json: None,
        }
    }

    /// An entry of a change `actor` made in their agency to the record `id`.
    pub fn by(
        actor: crate::kernel::write::Actor,
        action: AuditAction,
        entity: AuditEntity,
        id: impl ToString,
    ) -> Entry {
        Entry {
            agency_id: Some(actor.agency_id),
            actor_user_id: Some(actor.user_id),
            entity_id: Some(id.to_string()),
            ..Entry::new(action, entity)
        }
    }

    /// The record before the change, as JSON.
    pub fn before(self, json: String) -> Entry {
        Entry { before_json: Some(json), ..self }
    }

    /// The record after the change, as JSON.
    pub fn after(self, json: String) -> Entry {
        Entry { after_json: Some(json), ..self }
    }
}

pub async fn append(conn: &mut sqlx::AnyConnection, e: &Entry) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (agency_id, actor_user_id, action, entity, entity_id, before_json, after_json, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(e.agency_id)
    .bind(e.actor_user_id)
    .bind(e.action.code())
    .bind(e.entity.code())
    .bind(e.entity_id.as_deref())
    .bind(e.before_json.as_deref())
    .bind(e.after_json.as_deref())
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn append_on_pool(pool: &Pool, e: &Entry) -> Result<(), sqlx::Error> {
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

/// One stored entry, as the audit page lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Listed {
    pub id: i64,
    pub at_ms: i64,
    pub actor: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
}

/// What to list: every filter optional; `at` bounds in Unix milliseconds, `to_ms` exclusive.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub actor: Option<String>,
    pub action: Option<AuditAction>,
    pub from_ms: Option<i64>,
    pub to_ms: Option<i64>,
    pub before_id: Option<i64>,
}

/// An agency's entries (`scope` its id), or the platform's (`None`: agencies created, logins
/// of platform accounts and of names no account has), newest first, at most `limit`.
pub async fn list(
    pool: &Pool,
    scope: Option<i64>,
    q: &Query,
    limit: i64,
) -> Result<Vec<Listed>, sqlx::Error> {
    // The actor filter matches a fragment of the name or username; LIKE's own wildcards in the
    // fragment are escaped so that "50%" means those characters.
    let actor = q.actor.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(|s| {
        let escaped =
            s.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        format!("%{escaped}%")
    });
    let rows = sqlx::query(
        "SELECT l.id, l.at, u.display_name, l.action, l.entity, l.entity_id, l.before_json, \
         l.after_json FROM audit_log l \
         LEFT JOIN app_user u ON u.id = l.actor_user_id \
         WHERE ((CAST($1 AS BIGINT) IS NULL AND l.agency_id IS NULL) OR l.agency_id = CAST($1 AS BIGINT)) \
         AND l.id < $2 \
         AND (CAST($3 AS TEXT) IS NULL OR l.action = CAST($3 AS TEXT)) \
         AND (CAST($4 AS TEXT) IS NULL OR LOWER(u.display_name) LIKE CAST($4 AS TEXT) ESCAPE '\\' \
              OR LOWER(u.username) LIKE CAST($4 AS TEXT) ESCAPE '\\') \
         AND l.at >= $5 AND l.at < $6 \
         ORDER BY l.id DESC LIMIT $7",
    )
    .bind(scope)
    .bind(q.before_id.unwrap_or(i64::MAX))
    .bind(q.action.map(AuditAction::code))
    .bind(actor)
    .bind(q.from_ms.unwrap_or(i64::MIN))
    .bind(q.to_ms.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Listed {
                id: r.try_get(0)?,
                at_ms: r.try_get(1)?,
                actor: r.try_get(2)?,
                action: r.try_get(3)?,
                entity: r.try_get(4)?,
                entity_id: r.try_get(5)?,
                before_json: r.try_get(6)?,
                after_json: r.try_get(7)?,
            })
        })
        .collect()
}

/// The readable name of each listed record that still exists in the agency, by kind and id:
/// one query per kind present, each limited to the agency (an id from another agency's record
/// cannot leak its name).
pub async fn entity_names(
    pool: &Pool,
    scope: Option<i64>,
    records: &[(AuditEntity, i64)],
) -> Result<std::collections::HashMap<(AuditEntity, i64), String>, sqlx::Error> {
    let mut names = std::collections::HashMap::new();
    let Some(agency_id) = scope else {
        // The platform's entries name agencies (created) and platform accounts.
        for (kind, sql) in [
            (AuditEntity::Agency, "SELECT id, name FROM agency WHERE id IN ({ids})"),
            (
                AuditEntity::Account,
                "SELECT id, display_name FROM app_user WHERE agency_id IS NULL AND id IN ({ids})",
            ),
        ] {
            let ids: Vec<i64> = records.iter().filter(|(k, _)| *k == kind).map(|r| r.1).collect();
            if ids.is_empty() {
                continue;
            }
            let placeholders: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
            let sql = sql.replace("{ids}", &placeholders.join(", "));
            let mut query = sqlx::query(&sql);
            for id in &ids {
                query = query.bind(*id);
            }
            for r in query.fetch_all(pool).await? {
                names.insert((kind, r.try_get::<i64, _>(0)?), r.try_get::<String, _>(1)?);
            }
        }
        return Ok(names);
    };
    for kind in AuditEntity::ALL {
        let mut ids: Vec<i64> =
            records.iter().filter(|(k, _)| k == kind).map(|(_, id)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        if ids.is_empty() {
            continue;
        }
        let placeholders: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 2)).collect();
        let sql = name_query(*kind).replace("{ids}", &placeholders.join(", "));
        let mut query = sqlx::query(&sql).bind(agency_id);
        for id in &ids {
            query = query.bind(*id);
        }
        for r in query.fetch_all(pool).await? {
            names.insert((*kind, r.try_get::<i64, _>(0)?), r.try_get::<String, _>(1)?);
        }
    }
    Ok(names)
}

/// `SELECT id, name` of a kind of record, `$1` the agency, `{ids}` the placeholders.
fn name_query(kind: AuditEntity) -> &'static str {
    match kind {
        AuditEntity::Account | AuditEntity::AppUser => {
            "SELECT id, display_name FROM app_user WHERE agency_id = $1 AND id IN ({ids})"
        }
        AuditEntity::Agency => "SELECT id, name FROM agency WHERE id = $1 AND id IN ({ids})",
        AuditEntity::OrgUnit => {
            "SELECT id, name FROM org_unit WHERE agency_id = $1 AND id IN ({ids})"
        }
        AuditEntity::Employee => {
            "SELECT id, name FROM employee WHERE agency_id = $1 AND id IN ({ids})"
        }
        AuditEntity::AssessmentPeriod => {
            "SELECT id, CAST(year AS TEXT) FROM assessment_period WHERE agency_id = $1 AND id IN ({ids})"
        }
        AuditEntity::SkpPlan => {
            "SELECT p.id, e.name || ' · ' || CAST(y.year AS TEXT) FROM skp_plan p \
             JOIN employee e ON e.id = p.employee_id JOIN assessment_period y ON y.id = p.period_id \
             WHERE p.agency_id = $1 AND p.id IN ({ids})"
        }
        AuditEntity::SkpIndicator => {
            "SELECT i.id, i.text FROM skp_indicator i JOIN skp_result r ON r.id = i.result_id \
             JOIN skp_plan p ON p.id = r.plan_id WHERE p.agency_id = $1 AND i.id IN ({ids})"
        }
        AuditEntity::SkpEvidenceFile => {
            "SELECT id, file_name FROM skp_evidence_file WHERE agency_id = $1 AND id IN ({ids})"
        }
        AuditEntity::DistributionSubmission => {
            "SELECT d.id, e.name || ' · ' || CAST(y.year AS TEXT) FROM distribution_submission d \
             JOIN employee e ON e.id = d.penilai_id JOIN assessment_period y ON y.id = d.period_id \
             WHERE d.agency_id = $1 AND d.id IN ({ids})"
        }
        AuditEntity::TrainingOffering => {
            "SELECT id, title FROM training_offering WHERE agency_id = $1 AND id IN ({ids})"
        }
        AuditEntity::LearningRecord => {
            "SELECT id, title FROM learning_record WHERE agency_id = $1 AND id IN ({ids})"
        }
        AuditEntity::StudyRequest => {
            "SELECT s.id, e.name || ' · ' || s.programme FROM study_request s \
             JOIN employee e ON e.id = s.employee_id WHERE s.agency_id = $1 AND s.id IN ({ids})"
        }
        AuditEntity::MentoringPair => {
            "SELECT p.id, m.name || ' → ' || t.name FROM mentoring_pair p \
             JOIN employee m ON m.id = p.mentor_id JOIN employee t ON t.id = p.mentee_id \
             WHERE p.agency_id = $1 AND p.id IN ({ids})"
        }
        AuditEntity::IdpPlan => {
            "SELECT p.id, e.name || ' · ' || p.year FROM idp_plan p \
             JOIN employee e ON e.id = p.employee_id WHERE p.agency_id = $1 AND p.id IN ({ids})"
        }
        AuditEntity::Appeal => {
            "SELECT a.id, e.name FROM appeal a JOIN employee e ON e.id = a.employee_id \
             WHERE a.agency_id = $1 AND a.id IN ({ids})"
        }
    }
}
