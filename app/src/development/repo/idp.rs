//! Individual development plans: the assessment they start from, the plan with its actions,
//! and each step (change, submit, agree or return, progress) at the version the actor saw.

use sqlx::Row;

use crate::audit::types::{AuditAction, AuditEntity};
use crate::development::idp_types::{
    IdpAction, IdpPlan, IdpStatus, IdpSummary, OfferingChoice, Progress, TeamIdp, MAX_ACTIONS,
};
use crate::kernel::db::CodedColumns;
use crate::{
    audit::repo as audit,
    kernel::db::{begin_write, now_ms, Pool},
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
    rules::{
        idp::{ActionKind, Basis, Focus, Source, Suggestion},
        preview::BehaviourRating,
        Date,
    },
};

type Tx = sqlx::Transaction<'static, sqlx::Any>;

/// The behaviour ratings as stored with a rating (the whole preview input; only they matter
/// here, and a rating stored without them reads as none).
#[derive(serde::Deserialize, Default)]
struct StoredBehaviours {
    #[serde(default)]
    behaviours: Vec<BehaviourRating>,
}

/// The latest annual assessment of `employee_id`: its year, the behaviour ratings and the
/// predikat in force (after an appeal). The 9-box placement is not stored yet.
pub async fn basis(pool: &Pool, employee_id: i64) -> Result<(Option<i64>, Basis), sqlx::Error> {
    let row = sqlx::query(
        "SELECT d.year, r.input_json, COALESCE(x.new_predikat, r.predikat) \
         FROM skp_rating r JOIN skp_plan p ON p.id = r.plan_id \
         JOIN assessment_period d ON d.id = p.period_id \
         LEFT JOIN appeal x ON x.rating_id = r.id AND x.decision = 'changed' \
         WHERE p.employee_id = $1 AND r.period_no = 0 ORDER BY d.year DESC LIMIT 1",
    )
    .bind(employee_id)
    .fetch_optional(pool)
    .await?;
    let Some(r) = row else { return Ok((None, Basis::default())) };
    let input: String = r.try_get(1)?;
    let stored: StoredBehaviours = serde_json::from_str(&input).unwrap_or_default();
    let basis = Basis { behaviours: stored.behaviours, predikat: Some(r.code(2)?), kotak: None };
    Ok((Some(r.try_get(0)?), basis))
}

const PLAN: &str = "SELECT p.id, p.employee_id, e.name, e.nip, p.year, p.status, p.review_note, \
    (SELECT COALESCE(ae.name, u.username) FROM app_user u LEFT JOIN employee ae \
     ON ae.id = u.employee_id WHERE u.id = p.agreed_by), p.version, p.agency_id \
    FROM idp_plan p JOIN employee e ON e.id = p.employee_id";

fn plan_row(r: &sqlx::any::AnyRow) -> Result<IdpPlan, sqlx::Error> {
    Ok(IdpPlan {
        id: r.try_get(0)?,
        employee_id: r.try_get(1)?,
        employee: r.try_get(2)?,
        nip: r.try_get(3)?,
        year: r.try_get(4)?,
        status: r.code(5)?,
        review_note: r.try_get(6)?,
        agreed_by: r.try_get(7)?,
        version: r.try_get(8)?,
        actions: Vec::new(),
    })
}

/// The actions of plan `plan_id` in order, each with the employee's application to and
/// learning record of its linked offering.
async fn actions(
    pool: &Pool,
    plan_id: i64,
    employee_id: i64,
) -> Result<Vec<IdpAction>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.id, a.focus, a.kind, a.source_json, a.description, a.offering_id, o.title, \
         (SELECT t.status FROM training_application t WHERE t.offering_id = a.offering_id \
          AND t.employee_id = $2 ORDER BY t.id DESC LIMIT 1), \
         (SELECT l.status FROM learning_record l WHERE l.offering_id = a.offering_id \
          AND l.employee_id = $2 ORDER BY l.id DESC LIMIT 1), \
         a.target_date, a.progress, a.progress_note \
         FROM idp_action a LEFT JOIN training_offering o ON o.id = a.offering_id \
         WHERE a.plan_id = $1 ORDER BY a.position, a.id",
    )
    .bind(plan_id)
    .bind(employee_id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let source: Option<String> = r.try_get(3)?;
            Ok(IdpAction {
                id: r.try_get(0)?,
                focus: r.code(1)?,
                kind: r.code(2)?,
                source: source.and_then(|s| serde_json::from_str::<Source>(&s).ok()),
                description: r.try_get(4)?,
                offering_id: r.try_get(5)?,
                offering_title: r.try_get(6)?,
                application: r.opt_code(7)?,
                learned: r.opt_code(8)?,
                target_date: r.code(9)?,
                progress: r.code(10)?,
                progress_note: r.try_get(11)?,
            })
        })
        .collect()
}

async fn with_actions(pool: &Pool, mut plan: IdpPlan) -> Result<IdpPlan, sqlx::Error> {
    plan.actions = actions(pool, plan.id, plan.employee_id).await?;
    Ok(plan)
}

/// `employee_id`'s plan of `year`, if made.
pub async fn of_employee(
    pool: &Pool,
    employee_id: i64,
    year: i64,
) -> Result<Option<IdpPlan>, sqlx::Error> {
    let sql = format!("{PLAN} WHERE p.employee_id = $1 AND p.year = $2");
    let row = sqlx::query(&sql).bind(employee_id).bind(year).fetch_optional(pool).await?;
    match row {
        Some(r) => Ok(Some(with_actions(pool, plan_row(&r)?).await?)),
        None => Ok(None),
    }
}

/// One plan by id with its agency (for the caller's right to act on it).
pub async fn get(pool: &Pool, id: i64) -> Result<Option<(i64, IdpPlan)>, sqlx::Error> {
    let sql = format!("{PLAN} WHERE p.id = $1");
    let Some(r) = sqlx::query(&sql).bind(id).fetch_optional(pool).await? else {
        return Ok(None);
    };
    let agency: i64 = r.try_get(9)?;
    Ok(Some((agency, with_actions(pool, plan_row(&r)?).await?)))
}

/// The offerings of the agency an action may link to: not cancelled, not over.
pub async fn offering_choices(
    pool: &Pool,
    agency_id: i64,
    today: Date,
) -> Result<Vec<OfferingChoice>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, title, start_date FROM training_offering WHERE agency_id = $1 \
         AND status <> 'cancelled' AND end_date >= $2 ORDER BY start_date, id LIMIT 200",
    )
    .bind(agency_id)
    .bind(today.to_string())
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(OfferingChoice { id: r.try_get(0)?, title: r.try_get(1)?, start_date: r.code(2)? })
        })
        .collect()
}

/// An offering `agency_id` may link an action to (its own, not cancelled).
pub async fn linkable(pool: &Pool, agency_id: i64, offering_id: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT 1 FROM training_offering WHERE id = $1 AND agency_id = $2 AND status <> 'cancelled'",
    )
    .bind(offering_id)
    .bind(agency_id)
    .fetch_optional(pool)
    .await?
    .is_some())
}

/// A checked action to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAction {
    pub focus: Focus,
    pub kind: ActionKind,
    pub source: Option<Source>,
    pub description: String,
    pub offering_id: Option<i64>,
    pub target_date: Date,
}

/// Make `employee_id`'s plan of `year` from `suggestions` (each an action due `target`); the
/// plan of that year made already (a double submit, a second tab) is answered instead.
pub async fn create(
    pool: &Pool,
    actor: Actor,
    employee_id: i64,
    year: i64,
    basis_json: &str,
    suggestions: &[Suggestion],
    target: Date,
) -> Result<i64, WriteError> {
    let mut tx = begin_write(pool).await?;
    let first = sqlx::query("SELECT id FROM idp_plan WHERE employee_id = $1 AND year = $2")
        .bind(employee_id)
        .bind(year)
        .fetch_optional(&mut *tx)
        .await?;
    if let Some(r) = first {
        return Ok(r.try_get(0)?);
    }
    let now = now_ms();
    let id: i64 = sqlx::query(
        "INSERT INTO idp_plan (agency_id, employee_id, year, status, basis_json, created_at, \
         updated_at, version) VALUES ($1, $2, $3, 'draft', $4, $5, $5, 1) RETURNING id",
    )
    .persistent(false)
    .bind(actor.agency_id)
    .bind(employee_id)
    .bind(year)
    .bind(basis_json)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    for (position, s) in suggestions.iter().take(MAX_ACTIONS).enumerate() {
        let action = NewAction {
            focus: s.focus,
            kind: s.kind,
            source: Some(s.source),
            description: String::new(),
            offering_id: None,
            target_date: target,
        };
        insert_action(&mut tx, id, position as i64, &action).await?;
    }
    let after = serde_json::json!({ "year": year, "actions": suggestions.len() });
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::IdpCreated, AuditEntity::IdpPlan, id)
            .after(after.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

async fn insert_action(
    tx: &mut Tx,
    plan_id: i64,
    position: i64,
    a: &NewAction,
) -> Result<i64, sqlx::Error> {
    let source = a.source.map(|s| serde_json::to_string(&s).unwrap_or_default());
    sqlx::query(
        "INSERT INTO idp_action (plan_id, position, focus, kind, source_json, description, \
         offering_id, target_date, progress, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'planned', $9) RETURNING id",
    )
    .persistent(false)
    .bind(plan_id)
    .bind(position)
    .bind(a.focus.code())
    .bind(a.kind.code())
    .bind(source)
    .bind(&a.description)
    .bind(a.offering_id)
    .bind(a.target_date.to_string())
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await?
    .try_get(0)
}

/// Lock plan `id` of the actor's agency for a step: it must be at `expected` and in one of
/// `from`; the version moves on. Answers the plan's employee.
async fn step(
    tx: &mut Tx,
    actor: Actor,
    id: i64,
    expected: i64,
    from: &[IdpStatus],
) -> Result<i64, WriteError> {
    let row = sqlx::query(
        "SELECT status, version, employee_id FROM idp_plan WHERE id = $1 AND agency_id = $2",
    )
    .bind(id)
    .bind(actor.agency_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(r) = row else { return Err(WriteError::NotFound) };
    let (status, version): (IdpStatus, i64) = (r.code(0)?, r.try_get(1)?);
    if version != expected {
        return Err(WriteError::Conflict);
    }
    if !from.contains(&status) {
        return Err(WriteError::Invalid(Reason::IdpState));
    }
    sqlx::query("UPDATE idp_plan SET version = version + 1, updated_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(r.try_get(2)?)
}

async fn audited(
    tx: &mut Tx,
    actor: Actor,
    action: AuditAction,
    id: i64,
    after: serde_json::Value,
) -> Result<(), sqlx::Error> {
    audit::append(
        tx,
        &audit::Entry::by(actor, action, AuditEntity::IdpPlan, id).after(after.to_string()),
    )
    .await
}

/// Add an action to a draft (`action_id` `None`) or change one of its actions.
pub async fn save_action(
    pool: &Pool,
    actor: Actor,
    plan_id: i64,
    version: i64,
    action_id: Option<i64>,
    a: &NewAction,
) -> Result<i64, WriteError> {
    let mut tx = begin_write(pool).await?;
    step(&mut tx, actor, plan_id, version, &[IdpStatus::Draft]).await?;
    let id = match action_id {
        None => {
            let row = sqlx::query(
                "SELECT COUNT(*), COALESCE(MAX(position), -1) FROM idp_action WHERE plan_id = $1",
            )
            .bind(plan_id)
            .fetch_one(&mut *tx)
            .await?;
            let (count, last): (i64, i64) = (row.try_get(0)?, row.try_get(1)?);
            if count as usize >= MAX_ACTIONS {
                return Err(WriteError::Invalid(Reason::IdpFull));
            }
            insert_action(&mut tx, plan_id, last + 1, a).await?
        }
        Some(id) => {
            let changed = sqlx::query(
                "UPDATE idp_action SET focus = $1, kind = $2, description = $3, offering_id = $4, \
                 target_date = $5, updated_at = $6 WHERE id = $7 AND plan_id = $8",
            )
            .bind(a.focus.code())
            .bind(a.kind.code())
            .bind(&a.description)
            .bind(a.offering_id)
            .bind(a.target_date.to_string())
            .bind(now_ms())
            .bind(id)
            .bind(plan_id)
            .execute(&mut *tx)
            .await?;
            if changed.rows_affected() == 0 {
                return Err(WriteError::NotFound);
            }
            id
        }
    };
    let after = serde_json::json!({
        "action": id, "focus": a.focus.code(), "kind": a.kind.code(),
        "description": a.description, "offering_id": a.offering_id,
        "target_date": a.target_date.to_string(),
    });
    audited(&mut tx, actor, AuditAction::IdpChanged, plan_id, after).await?;
    tx.commit().await?;
    Ok(id)
}

/// Remove an action from a draft.
pub async fn remove_action(
    pool: &Pool,
    actor: Actor,
    plan_id: i64,
    version: i64,
    action_id: i64,
) -> Result<(), WriteError> {
    let mut tx = begin_write(pool).await?;
    step(&mut tx, actor, plan_id, version, &[IdpStatus::Draft]).await?;
    let gone = sqlx::query("DELETE FROM idp_action WHERE id = $1 AND plan_id = $2")
        .bind(action_id)
        .bind(plan_id)
        .execute(&mut *tx)
        .await?;
    if gone.rows_affected() == 0 {
        return Err(WriteError::NotFound);
    }
    let after = serde_json::json!({ "removed": action_id });
    audited(&mut tx, actor, AuditAction::IdpChanged, plan_id, after).await?;
    tx.commit().await?;
    Ok(())
}

/// The employee sends their draft (with at least one action) to the pejabat penilai.
pub async fn submit(
    pool: &Pool,
    actor: Actor,
    plan_id: i64,
    version: i64,
) -> Result<(), WriteError> {
    let mut tx = begin_write(pool).await?;
    step(&mut tx, actor, plan_id, version, &[IdpStatus::Draft]).await?;
    let count: i64 = sqlx::query("SELECT COUNT(*) FROM idp_action WHERE plan_id = $1")
        .bind(plan_id)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
    if count == 0 {
        return Err(WriteError::Invalid(Reason::IdpEmpty));
    }
    sqlx::query("UPDATE idp_plan SET status = 'submitted' WHERE id = $1")
        .bind(plan_id)
        .execute(&mut *tx)
        .await?;
    audited(
        &mut tx,
        actor,
        AuditAction::IdpSubmitted,
        plan_id,
        serde_json::json!({ "actions": count }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The pejabat penilai agrees a submitted plan (`note` optional) or returns it to the draft
/// with `note` saying why.
pub async fn review(
    pool: &Pool,
    actor: Actor,
    plan_id: i64,
    version: i64,
    agree: bool,
    note: Option<&str>,
) -> Result<(), WriteError> {
    let mut tx = begin_write(pool).await?;
    step(&mut tx, actor, plan_id, version, &[IdpStatus::Submitted]).await?;
    let (status, agreed_by, agreed_at, action) = if agree {
        (IdpStatus::Agreed, Some(actor.user_id), Some(now_ms()), AuditAction::IdpAgreed)
    } else {
        (IdpStatus::Draft, None, None, AuditAction::IdpReturned)
    };
    sqlx::query(
        "UPDATE idp_plan SET status = $1, review_note = $2, agreed_by = $3, agreed_at = $4 \
         WHERE id = $5",
    )
    .bind(status.code())
    .bind(note)
    .bind(agreed_by)
    .bind(agreed_at)
    .bind(plan_id)
    .execute(&mut *tx)
    .await?;
    audited(&mut tx, actor, action, plan_id, serde_json::json!({ "note": note })).await?;
    tx.commit().await?;
    Ok(())
}

/// The employee records how far an action of their agreed plan has come.
pub async fn progress(
    pool: &Pool,
    actor: Actor,
    plan_id: i64,
    version: i64,
    action_id: i64,
    progress: Progress,
    note: Option<&str>,
) -> Result<(), WriteError> {
    let mut tx = begin_write(pool).await?;
    step(&mut tx, actor, plan_id, version, &[IdpStatus::Agreed]).await?;
    let changed = sqlx::query(
        "UPDATE idp_action SET progress = $1, progress_note = $2, updated_at = $3 \
         WHERE id = $4 AND plan_id = $5",
    )
    .bind(progress.code())
    .bind(note)
    .bind(now_ms())
    .bind(action_id)
    .bind(plan_id)
    .execute(&mut *tx)
    .await?;
    if changed.rows_affected() == 0 {
        return Err(WriteError::NotFound);
    }
    let after =
        serde_json::json!({ "action": action_id, "progress": progress.code(), "note": note });
    audited(&mut tx, actor, AuditAction::IdpProgress, plan_id, after).await?;
    tx.commit().await?;
    Ok(())
}

/// The people whose pejabat penilai in force on `today` is `penilai_id`, each with their
/// plan of `year`.
pub async fn team(
    pool: &Pool,
    penilai_id: i64,
    year: i64,
    today: Date,
) -> Result<Vec<TeamIdp>, sqlx::Error> {
    let people =
        crate::development::repo::applications::team_in_force(pool, penilai_id, today).await?;
    let mut out = Vec::with_capacity(people.len());
    for p in people {
        let plan = of_employee(pool, p.employee_id, year).await?;
        out.push(TeamIdp { employee_id: p.employee_id, name: p.name, nip: p.nip, plan });
    }
    Ok(out)
}

/// The names of `penilai_id`'s people (the line in force on `today`) whose plan waits for
/// their agreement.
pub async fn to_agree(
    pool: &Pool,
    penilai_id: i64,
    today: Date,
) -> Result<Vec<String>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT e.name FROM idp_plan p JOIN employee e ON e.id = p.employee_id \
         WHERE p.status = 'submitted' AND p.employee_id IN (SELECT r.employee_id \
         FROM reporting_line r WHERE r.penilai_id = $1 AND r.start_date <= $2 \
         AND (r.end_date IS NULL OR r.end_date >= $2)) ORDER BY p.updated_at, p.id",
    )
    .bind(penilai_id)
    .bind(today.to_string())
    .fetch_all(pool)
    .await?;
    rows.iter().map(|r| r.try_get(0)).collect()
}

/// Whether `employee_id`'s plan of `year` was returned to them with a note (a task).
pub async fn returned(pool: &Pool, employee_id: i64, year: i64) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT 1 FROM idp_plan WHERE employee_id = $1 AND year = $2 AND status = 'draft' \
         AND review_note IS NOT NULL",
    )
    .bind(employee_id)
    .bind(year)
    .fetch_optional(pool)
    .await?
    .is_some())
}

/// The dashboard's line of `employee_id`'s plan of `year`.
pub async fn summary(pool: &Pool, employee_id: i64, year: i64) -> Result<IdpSummary, sqlx::Error> {
    let row = sqlx::query(
        "SELECT p.status, \
         (SELECT COUNT(*) FROM idp_action a WHERE a.plan_id = p.id AND a.progress = 'done'), \
         (SELECT COUNT(*) FROM idp_action a WHERE a.plan_id = p.id AND a.progress <> 'dropped') \
         FROM idp_plan p WHERE p.employee_id = $1 AND p.year = $2",
    )
    .bind(employee_id)
    .bind(year)
    .fetch_optional(pool)
    .await?;
    Ok(match row {
        Some(r) => IdpSummary {
            year,
            status: Some(r.code(0)?),
            done: r.try_get::<i64, _>(1)? as usize,
            total: r.try_get::<i64, _>(2)? as usize,
        },
        None => IdpSummary { year, status: None, done: 0, total: 0 },
    })
}
