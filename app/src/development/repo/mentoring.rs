//! Mentoring pairings, their shared session log, the learning record the sessions make for the
//! mentee, and the mentees' feedback.

use std::collections::HashMap;

use sqlx::Row;

use crate::audit::types::{AuditAction, AuditEntity};
use crate::development::mentoring_types::{
    MentorSummary, PairStatus, PairView, Person, SessionView, FEEDBACK_MIN,
};
use crate::kernel::db::CodedColumns;
use crate::{
    audit::repo as audit,
    kernel::db::{now_ms, Pool},
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
    rules::{jenjang::Jenjang, mentoring::Profile, Date, Predikat, RuleSet},
};

/// A checked pairing to store.
#[derive(Debug, Clone, PartialEq)]
pub struct NewPair {
    pub mentor_id: i64,
    pub mentee_id: i64,
    pub goals: String,
    pub start: Date,
    pub end: Date,
}

/// Who a pairing concerns: (agency, mentor, mentee, status, version).
pub async fn owner(
    pool: &Pool,
    id: i64,
) -> Result<Option<(i64, i64, i64, PairStatus, i64)>, sqlx::Error> {
    sqlx::query(
        "SELECT agency_id, mentor_id, mentee_id, status, version FROM mentoring_pair WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?
    .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.code(3)?, r.try_get(4)?)))
    .transpose()
}

/// People of `agency_id` by id (those of another agency are not returned).
pub async fn people(pool: &Pool, agency_id: i64, ids: &[i64]) -> Result<Vec<Person>, sqlx::Error> {
    let mut out = Vec::new();
    for id in ids {
        let row = sqlx::query(
            "SELECT id, name, nip, position_name FROM employee WHERE id = $1 AND agency_id = $2",
        )
        .bind(id)
        .bind(agency_id)
        .fetch_optional(pool)
        .await?;
        if let Some(r) = row {
            out.push(person(&r, 0)?);
        }
    }
    Ok(out)
}

fn person(r: &sqlx::any::AnyRow, at: usize) -> Result<Person, sqlx::Error> {
    Ok(Person {
        id: r.try_get(at)?,
        name: r.try_get(at + 1)?,
        nip: r.try_get(at + 2)?,
        position_name: r.try_get(at + 3)?,
    })
}

/// The agency's people, by name (the HR office pairs anyone; at most 500 listed).
pub async fn agency_people(pool: &Pool, agency_id: i64) -> Result<Vec<Person>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, name, nip, position_name FROM employee WHERE agency_id = $1 \
         ORDER BY name, id LIMIT 500",
    )
    .bind(agency_id)
    .fetch_all(pool)
    .await?;
    rows.iter().map(|r| person(r, 0)).collect()
}

/// Active mentees per mentor of the agency.
async fn loads(pool: &Pool, agency_id: i64) -> Result<HashMap<i64, i64>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT mentor_id, COUNT(*) FROM mentoring_pair WHERE agency_id = $1 \
         AND status = 'active' GROUP BY mentor_id",
    )
    .bind(agency_id)
    .fetch_all(pool)
    .await?;
    rows.iter().map(|r| Ok((r.try_get(0)?, r.try_get(1)?))).collect()
}

/// The mentee and the possible mentors of the agency as the suggestion rule reads them: the
/// position, jenjang, golongan, the latest annual predikat in force and the active load.
pub async fn profiles(
    pool: &Pool,
    agency_id: i64,
    mentee_id: i64,
) -> Result<Option<(Profile, Vec<(Person, Profile)>)>, sqlx::Error> {
    let rows = sqlx::query(
        "WITH h AS (SELECT p.employee_id, COALESCE(x.new_predikat, r.predikat) AS predikat, \
           ROW_NUMBER() OVER (PARTITION BY p.employee_id ORDER BY d.year DESC) AS n \
           FROM skp_plan p JOIN skp_rating r ON r.plan_id = p.id AND r.period_no = 0 \
           JOIN assessment_period d ON d.id = p.period_id \
           LEFT JOIN appeal x ON x.rating_id = r.id AND x.decision = 'changed' \
           WHERE p.agency_id = $1) \
         SELECT e.id, e.name, e.nip, e.position_name, e.jenjang, e.golongan, h.predikat \
         FROM employee e LEFT JOIN h ON h.employee_id = e.id AND h.n = 1 \
         WHERE e.agency_id = $1",
    )
    .bind(agency_id)
    .fetch_all(pool)
    .await?;
    let load = loads(pool, agency_id).await?;
    let mut mentee = None;
    let mut candidates = Vec::with_capacity(rows.len());
    for r in &rows {
        let who = person(r, 0)?;
        let profile = Profile {
            key: who.id,
            position_name: who.position_name.clone(),
            jenjang: r.try_get::<Option<String>, _>(4)?.as_deref().and_then(Jenjang::from_title),
            golongan: r.try_get::<Option<String>, _>(5)?.and_then(|g| g.parse().ok()),
            predikat: r.try_get::<Option<String>, _>(6)?.as_deref().and_then(Predikat::from_code),
            active_mentees: u32::try_from(load.get(&who.id).copied().unwrap_or(0)).unwrap_or(0),
        };
        if who.id == mentee_id {
            mentee = Some(profile.clone());
        }
        candidates.push((who, profile));
    }
    Ok(mentee.map(|m| (m, candidates)))
}

/// Store a pairing, checked against the cap and an active pairing of the same two people in
/// the same transaction; the same request key again answers the first one's id.
pub async fn pair(
    pool: &Pool,
    actor: Actor,
    p: &NewPair,
    request_key: Option<&str>,
) -> Result<i64, WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    if let Some(key) = request_key {
        let first =
            sqlx::query("SELECT id FROM mentoring_pair WHERE created_by = $1 AND request_key = $2")
                .bind(actor.user_id)
                .bind(key)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(r) = first {
            return Ok(r.try_get(0)?);
        }
    }
    let active = |who: &'static str| {
        format!("SELECT COUNT(*) FROM mentoring_pair WHERE {who} = $1 AND status = 'active'")
    };
    let load: i64 = sqlx::query(&active("mentor_id"))
        .bind(p.mentor_id)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
    if load >= i64::from(RuleSet::current().mentoring.mentees_per_mentor) {
        return Err(WriteError::Invalid(Reason::MentorFull));
    }
    let same = sqlx::query(
        "SELECT 1 FROM mentoring_pair WHERE mentor_id = $1 AND mentee_id = $2 AND status = 'active'",
    )
    .bind(p.mentor_id)
    .bind(p.mentee_id)
    .fetch_optional(&mut *tx)
    .await?;
    if same.is_some() {
        return Err(WriteError::Invalid(Reason::MentoringPaired));
    }
    let id: i64 = sqlx::query(
        "INSERT INTO mentoring_pair (agency_id, mentor_id, mentee_id, goals, start_date, \
         end_date, status, created_by, created_at, request_key, version) \
         VALUES ($1, $2, $3, $4, $5, $6, 'active', $7, $8, $9, 1) RETURNING id",
    )
    .persistent(false)
    .bind(actor.agency_id)
    .bind(p.mentor_id)
    .bind(p.mentee_id)
    .bind(&p.goals)
    .bind(p.start.to_string())
    .bind(p.end.to_string())
    .bind(actor.user_id)
    .bind(now_ms())
    .bind(request_key)
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    let after = serde_json::json!({
        "mentor_id": p.mentor_id, "mentee_id": p.mentee_id, "goals": p.goals,
        "start_date": p.start.to_string(), "end_date": p.end.to_string(),
    });
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::MentoringPaired, AuditEntity::MentoringPair, id)
            .after(after.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Log a session of an active pairing (by its mentor or mentee, `by`), then bring the
/// mentee's learning record of that year in step with the pairing's minutes of the year.
/// The same request key again stores nothing new.
#[allow(clippy::too_many_arguments)]
pub async fn log_session(
    pool: &Pool,
    actor: Actor,
    pair_id: i64,
    by: i64,
    date: Date,
    topic: &str,
    minutes: i64,
    request_key: Option<&str>,
) -> Result<i64, WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    if let Some(key) = request_key {
        let first =
            sqlx::query("SELECT id FROM mentoring_session WHERE pair_id = $1 AND request_key = $2")
                .bind(pair_id)
                .bind(key)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(r) = first {
            return Ok(r.try_get(0)?);
        }
    }
    let pair = sqlx::query(
        "SELECT p.status, p.start_date, p.mentee_id, e.name FROM mentoring_pair p \
         JOIN employee e ON e.id = p.mentor_id WHERE p.id = $1 AND p.agency_id = $2",
    )
    .bind(pair_id)
    .bind(actor.agency_id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(WriteError::NotFound)?;
    let (status, start): (PairStatus, Date) = (pair.code(0)?, pair.code(1)?);
    let (mentee, mentor_name): (i64, String) = (pair.try_get(2)?, pair.try_get(3)?);
    if status != PairStatus::Active {
        return Err(WriteError::Invalid(Reason::MentoringEnded));
    }
    if date < start || date > crate::kernel::db::today() {
        return Err(WriteError::Invalid(Reason::MentoringDate));
    }
    let id: i64 = sqlx::query(
        "INSERT INTO mentoring_session (agency_id, pair_id, logged_by, session_date, topic, \
         minutes, request_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .persistent(false)
    .bind(actor.agency_id)
    .bind(pair_id)
    .bind(by)
    .bind(date.to_string())
    .bind(topic)
    .bind(minutes)
    .bind(request_key)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    sync_learning(&mut tx, actor, pair_id, mentee, &mentor_name, date.year()).await?;
    audit::append(
        &mut tx,
        &audit::Entry::by(
            actor,
            AuditAction::MentoringSession,
            AuditEntity::MentoringPair,
            pair_id,
        )
        .after(
            serde_json::json!({ "date": date.to_string(), "topic": topic, "minutes": minutes })
                .to_string(),
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The mentee's learning record of the pairing in `year`: bimbingan di tempat kerja with the
/// whole JP of the year's minutes (none while under one JP).
async fn sync_learning(
    conn: &mut sqlx::AnyConnection,
    actor: Actor,
    pair_id: i64,
    mentee: i64,
    mentor_name: &str,
    year: i32,
) -> Result<(), sqlx::Error> {
    let (from, to) = (format!("{year:04}-01-01"), format!("{year:04}-12-31"));
    let row = sqlx::query(
        "SELECT CAST(COALESCE(SUM(minutes), 0) AS BIGINT), MIN(session_date), MAX(session_date) \
         FROM mentoring_session WHERE pair_id = $1 AND session_date BETWEEN $2 AND $3",
    )
    .bind(pair_id)
    .bind(&from)
    .bind(&to)
    .fetch_one(&mut *conn)
    .await?;
    let minutes: i64 = row.try_get(0)?;
    let jp = crate::rules::mentoring::jp_of_minutes(
        &RuleSet::current(),
        u32::try_from(minutes).unwrap_or(u32::MAX),
    );
    let (first, last): (Option<String>, Option<String>) = (row.try_get(1)?, row.try_get(2)?);
    let year = i64::from(year);
    let existing =
        sqlx::query("SELECT id FROM learning_record WHERE mentoring_pair_id = $1 AND year = $2")
            .bind(pair_id)
            .bind(year)
            .fetch_optional(&mut *conn)
            .await?;
    match (existing, jp) {
        (None, 0) => {}
        (Some(r), 0) => {
            sqlx::query("DELETE FROM learning_record WHERE id = $1")
                .bind(r.try_get::<i64, _>(0)?)
                .execute(&mut *conn)
                .await?;
        }
        (Some(r), jp) => {
            sqlx::query(
                "UPDATE learning_record SET jp = $1, start_date = $2, end_date = $3, \
                 version = version + 1 WHERE id = $4",
            )
            .bind(i64::from(jp))
            .bind(first)
            .bind(last)
            .bind(r.try_get::<i64, _>(0)?)
            .execute(&mut *conn)
            .await?;
        }
        (None, jp) => {
            sqlx::query(
                "INSERT INTO learning_record (agency_id, employee_id, title, path, form, jp, \
                 provider, start_date, end_date, year, status, version, created_at, \
                 mentoring_pair_id) VALUES ($1, $2, $3, 'nonklasikal', \
                 'bimbingan_di_tempat_kerja', $4, $5, $6, $7, $8, 'verified', 1, $9, $10)",
            )
            .bind(actor.agency_id)
            .bind(mentee)
            .bind(format!("Mentoring · {mentor_name}"))
            .bind(i64::from(jp))
            .bind(mentor_name)
            .bind(first)
            .bind(last)
            .bind(year)
            .bind(now_ms())
            .bind(pair_id)
            .execute(&mut *conn)
            .await?;
        }
    }
    Ok(())
}

/// End an active pairing at the version seen, with a note.
pub async fn end(
    pool: &Pool,
    actor: Actor,
    pair_id: i64,
    expected: i64,
    note: &str,
) -> Result<(), WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let done = sqlx::query(
        "UPDATE mentoring_pair SET status = 'ended', ended_by = $1, ended_at = $2, end_note = $3, \
         version = version + 1 WHERE id = $4 AND agency_id = $5 AND version = $6 \
         AND status = 'active'",
    )
    .bind(actor.user_id)
    .bind(now_ms())
    .bind(note)
    .bind(pair_id)
    .bind(actor.agency_id)
    .bind(expected)
    .execute(&mut *tx)
    .await?;
    if done.rows_affected() != 1 {
        let status: Option<PairStatus> =
            sqlx::query("SELECT status FROM mentoring_pair WHERE id = $1 AND agency_id = $2")
                .bind(pair_id)
                .bind(actor.agency_id)
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.code(0))
                .transpose()?;
        return Err(match status {
            None => WriteError::NotFound,
            Some(PairStatus::Ended) => WriteError::Invalid(Reason::MentoringEnded),
            Some(PairStatus::Active) => WriteError::Conflict,
        });
    }
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::MentoringEnded, AuditEntity::MentoringPair, pair_id)
            .after(serde_json::json!({ "note": note }).to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The mentee's one rating of their mentor for a pairing (a second one is refused).
pub async fn feedback(
    pool: &Pool,
    actor: Actor,
    pair_id: i64,
    mentor_id: i64,
    rating: i64,
    comment: Option<&str>,
) -> Result<(), WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let given = sqlx::query("SELECT 1 FROM mentoring_feedback WHERE pair_id = $1")
        .bind(pair_id)
        .fetch_optional(&mut *tx)
        .await?;
    if given.is_some() {
        return Err(WriteError::Invalid(Reason::MentoringFeedbackGiven));
    }
    sqlx::query(
        "INSERT INTO mentoring_feedback (agency_id, pair_id, mentor_id, rating, comment, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(actor.agency_id)
    .bind(pair_id)
    .bind(mentor_id)
    .bind(rating)
    .bind(comment)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    // The audit says that feedback was given, not what it said (the mentor must not learn it
    // from the log either).
    audit::append(
        &mut tx,
        &audit::Entry::by(
            actor,
            AuditAction::MentoringFeedback,
            AuditEntity::MentoringPair,
            pair_id,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

const PAIR: &str = "SELECT p.id, p.mentor_id, m.name, p.mentee_id, t.name, p.goals, p.start_date, \
    p.end_date, p.status, p.end_note, p.version, \
    (SELECT COUNT(*) FROM mentoring_feedback f WHERE f.pair_id = p.id) \
    FROM mentoring_pair p JOIN employee m ON m.id = p.mentor_id \
    JOIN employee t ON t.id = p.mentee_id";

/// The pairings of employee `me` (as mentor or mentee), active first, with their sessions.
pub async fn of_employee(pool: &Pool, me: i64) -> Result<Vec<PairView>, sqlx::Error> {
    let sql = format!(
        "{PAIR} WHERE p.mentor_id = $1 OR p.mentee_id = $1 ORDER BY p.status, p.start_date DESC, p.id"
    );
    let rows = sqlx::query(&sql).bind(me).fetch_all(pool).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in &rows {
        let id: i64 = r.try_get(0)?;
        let mentor_id: i64 = r.try_get(1)?;
        let sessions = sessions(pool, id, mentor_id).await?;
        out.push(PairView {
            id,
            mentor_id,
            mentor: r.try_get(2)?,
            mentee_id: r.try_get(3)?,
            mentee: r.try_get(4)?,
            goals: r.try_get(5)?,
            start_date: r.code(6)?,
            end_date: r.code(7)?,
            status: r.code(8)?,
            end_note: r.try_get(9)?,
            version: r.try_get(10)?,
            minutes: sessions.iter().map(|s| s.minutes).sum(),
            sessions,
            i_mentor: mentor_id == me,
            feedback_given: r.try_get::<i64, _>(11)? > 0,
        });
    }
    Ok(out)
}

async fn sessions(
    pool: &Pool,
    pair_id: i64,
    mentor_id: i64,
) -> Result<Vec<SessionView>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, session_date, topic, minutes, logged_by FROM mentoring_session \
         WHERE pair_id = $1 ORDER BY session_date, id",
    )
    .bind(pair_id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(SessionView {
                id: r.try_get(0)?,
                date: r.code(1)?,
                topic: r.try_get(2)?,
                minutes: r.try_get(3)?,
                by_mentor: r.try_get::<i64, _>(4)? == mentor_id,
            })
        })
        .collect()
}

/// The HR office's overview of its mentors: pairings, minutes, and the mentees' mean rating
/// only where at least [`FEEDBACK_MIN`] gave one.
pub async fn overview(pool: &Pool, agency_id: i64) -> Result<Vec<MentorSummary>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT e.id, e.name, e.nip, e.position_name, \
         CAST(SUM(CASE WHEN p.status = 'active' THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN p.status = 'ended' THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(COALESCE((SELECT SUM(s.minutes) FROM mentoring_session s JOIN mentoring_pair q \
           ON q.id = s.pair_id WHERE q.mentor_id = e.id), 0) AS BIGINT), \
         (SELECT COUNT(*) FROM mentoring_feedback f WHERE f.mentor_id = e.id), \
         (SELECT CAST(SUM(f.rating) AS BIGINT) FROM mentoring_feedback f WHERE f.mentor_id = e.id) \
         FROM mentoring_pair p JOIN employee e ON e.id = p.mentor_id WHERE p.agency_id = $1 \
         GROUP BY e.id, e.name, e.nip, e.position_name ORDER BY e.name, e.id",
    )
    .bind(agency_id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let count: i64 = r.try_get(7)?;
            let sum: Option<i64> = r.try_get(8)?;
            let mean = (count >= FEEDBACK_MIN)
                .then(|| sum.map(|s| (s as f64 / count as f64 * 10.0).round() / 10.0))
                .flatten();
            Ok(MentorSummary {
                mentor: person(r, 0)?,
                active: r.try_get(4)?,
                ended: r.try_get(5)?,
                minutes: r.try_get(6)?,
                feedback_count: count,
                mean_rating: mean,
            })
        })
        .collect()
}
