//! Applications and nominations, what the merit rule needs to know of each applicant, and the
//! HR office's decision (who is offered a place, who waits), kept with its reasons.

use std::collections::HashMap;

use sqlx::Row;

use crate::audit::types::{AuditAction, AuditEntity};
use crate::development::repo::offerings::OfferingHead;
use crate::development::types::{
    ApplicationStatus, MyApplication, Nominee, OfferingStatus, RankedApplicant,
};
use crate::kernel::db::CodedColumns;
use crate::{
    audit::repo as audit,
    kernel::db::{now_ms, Pool},
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
    rules::{
        eligibility::Person,
        merit::{Applicant, Component, Outcome, Ranked},
        nip::AsnKind,
        Date, Predikat,
    },
};

/// The employee as the eligibility criteria see them on `today`, if they belong to `agency_id`.
pub async fn person(
    pool: &Pool,
    agency_id: i64,
    employee_id: i64,
    unit_id: Option<i64>,
) -> Result<Option<Person>, sqlx::Error> {
    let Some(row) = sqlx::query(
        "SELECT kind, golongan, unit_id FROM employee WHERE id = $1 AND agency_id = $2",
    )
    .bind(employee_id)
    .bind(agency_id)
    .fetch_optional(pool)
    .await?
    else {
        return Ok(None);
    };
    let kind: String = row.try_get(0)?;
    let golongan: Option<String> = row.try_get(1)?;
    let own_unit: i64 = row.try_get(2)?;
    // In the offering's unit or under it: walk up from the employee's unit.
    let in_unit = match unit_id {
        None => true,
        Some(target) => sqlx::query(
            "WITH RECURSIVE up (id, parent_id) AS ( \
               SELECT id, parent_id FROM org_unit WHERE id = $1 \
               UNION ALL SELECT u.id, u.parent_id FROM org_unit u JOIN up ON u.id = up.parent_id) \
             SELECT 1 FROM up WHERE id = $2",
        )
        .bind(own_unit)
        .bind(target)
        .fetch_optional(pool)
        .await?
        .is_some(),
    };
    let predikat = crate::career::repo::predikat_history(pool, employee_id)
        .await?
        .into_iter()
        .max_by_key(|y| y.year)
        .map(|y| y.predikat);
    Ok(Some(Person {
        predikat,
        asn_kind: if kind == "pppk" { AsnKind::Pppk } else { AsnKind::Pns },
        golongan: golongan.and_then(|g| g.parse().ok()),
        in_unit,
    }))
}

/// The pejabat penilai of `employee_id` on `today` (the line in force).
pub async fn penilai_in_force(
    pool: &Pool,
    employee_id: i64,
    today: Date,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query(
        "SELECT penilai_id FROM reporting_line WHERE employee_id = $1 AND start_date <= $2 \
         AND (end_date IS NULL OR end_date >= $2) ORDER BY start_date DESC LIMIT 1",
    )
    .bind(employee_id)
    .bind(today.to_string())
    .fetch_optional(pool)
    .await?
    .map(|r| r.try_get(0))
    .transpose()
}

/// The people whose pejabat penilai in force on `today` is `penilai_id` (the same line
/// `penilai_in_force` reads), by name: whom they may nominate.
pub async fn team_in_force(
    pool: &Pool,
    penilai_id: i64,
    today: Date,
) -> Result<Vec<Nominee>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT e.id, e.name, e.nip FROM reporting_line r JOIN employee e ON e.id = r.employee_id \
         WHERE r.penilai_id = $1 AND r.start_date = (SELECT MAX(r2.start_date) \
           FROM reporting_line r2 WHERE r2.employee_id = r.employee_id AND r2.start_date <= $2 \
           AND (r2.end_date IS NULL OR r2.end_date >= $2)) \
         ORDER BY e.name, e.id",
    )
    .bind(penilai_id)
    .bind(today.to_string())
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Nominee { employee_id: r.try_get(0)?, name: r.try_get(1)?, nip: r.try_get(2)? })
        })
        .collect()
}

/// Apply to (or, with `nominated_by`, nominate for) an open offering before its deadline. The
/// same employee twice is one application (the first one's id).
pub async fn apply(
    pool: &Pool,
    actor: Actor,
    offering: &OfferingHead,
    employee_id: i64,
    nominated_by: Option<i64>,
    today: Date,
) -> Result<i64, WriteError> {
    if offering.status != OfferingStatus::Open || today > offering.apply_by {
        return Err(WriteError::Invalid(Reason::OfferingClosed));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    if let Some(r) = sqlx::query(
        "SELECT id, status FROM training_application WHERE offering_id = $1 AND employee_id = $2",
    )
    .bind(offering.id)
    .bind(employee_id)
    .fetch_optional(&mut *tx)
    .await?
    {
        return Ok(r.try_get(0)?);
    }
    let id: i64 = sqlx::query(
        "INSERT INTO training_application (agency_id, offering_id, employee_id, nominated_by, \
         applied_at, status, version) VALUES ($1, $2, $3, $4, $5, 'applied', 1) RETURNING id",
    )
    .bind(offering.agency_id)
    .bind(offering.id)
    .bind(employee_id)
    .bind(nominated_by)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    let after = serde_json::json!({
        "offering_id": offering.id, "employee_id": employee_id, "nominated_by": nominated_by,
    });
    let action = if nominated_by.is_some() {
        AuditAction::TrainingNominated
    } else {
        AuditAction::TrainingApplied
    };
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, action, AuditEntity::TrainingOffering, offering.id)
            .after(after.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// One application with who made it, as the ranked list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ApplicationRow {
    pub id: i64,
    pub employee_id: i64,
    pub name: String,
    pub nip: String,
    pub unit: String,
    pub nominated: bool,
    pub status: ApplicationStatus,
    pub applied_at: i64,
}

/// The offering's live applications and, for each, what the merit rule weighs: the last two
/// annual predikat (after appeals; the first is the one in force), JP missing and any learning
/// in `year`. One row per applicant: a driver that hands rows over one by one pays per row,
/// and 5,000 rows cost less than the 19,000 of three separate reads (correlated subqueries
/// per applicant were slower still on PostgreSQL). The talent box is not known yet (issue 16).
pub async fn merit_inputs(
    pool: &Pool,
    offering_id: i64,
    year: i64,
    jp_minimum: u32,
) -> Result<Vec<(ApplicationRow, Applicant)>, sqlx::Error> {
    // The applicants' annual ratings numbered from the latest, and their year's JP: each read
    // once for the whole offering (hash-joined on PostgreSQL, automatic indexes on SQLite).
    let rows = sqlx::query(
        "WITH h AS (SELECT p.employee_id, COALESCE(x.new_predikat, r.predikat) AS predikat, \
           ROW_NUMBER() OVER (PARTITION BY p.employee_id ORDER BY d.year DESC) AS n \
           FROM training_application a2 JOIN skp_plan p ON p.employee_id = a2.employee_id \
           JOIN skp_rating r ON r.plan_id = p.id AND r.period_no = 0 \
           JOIN assessment_period d ON d.id = p.period_id \
           LEFT JOIN appeal x ON x.rating_id = r.id AND x.decision = 'changed' \
           WHERE a2.offering_id = $1 AND a2.status <> 'withdrawn'), \
         j AS (SELECT l.employee_id, SUM(l.jp) AS jp FROM training_application a3 \
           JOIN learning_record l ON l.employee_id = a3.employee_id AND l.year = $2 \
           AND l.status <> 'rejected' WHERE a3.offering_id = $1 AND a3.status <> 'withdrawn' \
           GROUP BY l.employee_id) \
         SELECT a.id, a.employee_id, e.name, e.nip, u.name, a.nominated_by, a.status, \
         a.applied_at, e.kind, h1.predikat, h2.predikat, CAST(j.jp AS BIGINT) \
         FROM training_application a \
         JOIN employee e ON e.id = a.employee_id JOIN org_unit u ON u.id = e.unit_id \
         LEFT JOIN h h1 ON h1.employee_id = a.employee_id AND h1.n = 1 \
         LEFT JOIN h h2 ON h2.employee_id = a.employee_id AND h2.n = 2 \
         LEFT JOIN j ON j.employee_id = a.employee_id \
         WHERE a.offering_id = $1 AND a.status <> 'withdrawn' ORDER BY a.id",
    )
    .bind(offering_id)
    .bind(year)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let predikat = |i: usize| -> Result<Option<Predikat>, sqlx::Error> {
                r.try_get::<Option<String>, _>(i)?
                    .map(|code| {
                        Predikat::from_code(&code).ok_or_else(|| {
                            sqlx::Error::Decode(format!("unknown predikat {code:?}").into())
                        })
                    })
                    .transpose()
            };
            let recent: Vec<Predikat> =
                [predikat(9)?, predikat(10)?].into_iter().flatten().collect();
            let jp: Option<i64> = r.try_get(11)?;
            let pns = r.try_get::<String, _>(8)? == "pns";
            let missing = if pns {
                u32::try_from(i64::from(jp_minimum) - jp.unwrap_or(0)).unwrap_or(0)
            } else {
                0
            };
            let row = ApplicationRow {
                id: r.try_get(0)?,
                employee_id: r.try_get(1)?,
                name: r.try_get(2)?,
                nip: r.try_get(3)?,
                unit: r.try_get(4)?,
                nominated: r.try_get::<Option<i64>, _>(5)?.is_some(),
                status: r.code(6)?,
                applied_at: r.try_get(7)?,
            };
            let applicant = Applicant {
                key: row.id,
                predikat: recent.first().copied(),
                recent,
                nine_box: None,
                jp_missing: missing,
                trained_this_year: jp.is_some_and(|j| j > 0),
                applied_at: row.applied_at,
            };
            Ok((row, applicant))
        })
        .collect()
}

/// Record the decision taken on `ranked` (at the offering's `expected` version): each
/// application offered or waiting with its position, score and components; the offering is
/// decided. A second decision at the old version is a conflict.
pub async fn decide(
    pool: &Pool,
    actor: Actor,
    offering: &OfferingHead,
    expected: i64,
    ranked: &[Ranked],
) -> Result<(usize, usize), WriteError> {
    if offering.status != OfferingStatus::Open {
        return Err(WriteError::Invalid(Reason::OfferingDecided));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let bumped = sqlx::query(
        "UPDATE training_offering SET status = 'decided', version = version + 1 \
         WHERE id = $1 AND version = $2 AND status = 'open'",
    )
    .bind(offering.id)
    .bind(expected)
    .execute(&mut *tx)
    .await?;
    if bumped.rows_affected() != 1 {
        return Err(WriteError::Conflict);
    }
    let now = now_ms();
    for r in ranked {
        let status = match r.outcome {
            Outcome::Offered => ApplicationStatus::Offered,
            Outcome::Waiting => ApplicationStatus::Waiting,
        };
        let reasons = serde_json::to_string(&r.components)
            .map_err(|e| WriteError::Db(sqlx::Error::Encode(Box::new(e))))?;
        sqlx::query(
            "UPDATE training_application SET status = $1, position = $2, score = $3, \
             reasons_json = $4, decided_at = $5, version = version + 1 \
             WHERE id = $6 AND offering_id = $7",
        )
        .persistent(false)
        .bind(status.code())
        .bind(i64::from(r.position))
        .bind(r.score)
        .bind(reasons)
        .bind(now)
        .bind(r.key)
        .bind(offering.id)
        .execute(&mut *tx)
        .await?;
    }
    let offered = ranked.iter().filter(|r| r.outcome == Outcome::Offered).count();
    let waiting = ranked.len() - offered;
    let after =
        serde_json::json!({ "offered": offered, "waiting": waiting, "quota": offering.quota });
    audit::append(
        &mut tx,
        &audit::Entry::by(
            actor,
            AuditAction::TrainingDecided,
            AuditEntity::TrainingOffering,
            offering.id,
        )
        .after(after.to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok((offered, waiting))
}

/// The employee withdraws their application before the offering starts. A place given up on a
/// decided offering goes to the first in the waiting list (the lowest position), audited as a
/// promotion. Withdrawing twice changes nothing. Returns the application promoted, if any.
pub async fn withdraw(
    pool: &Pool,
    actor: Actor,
    offering: &OfferingHead,
    employee_id: i64,
    today: Date,
) -> Result<Option<i64>, WriteError> {
    if offering.status == OfferingStatus::Cancelled {
        return Err(WriteError::Invalid(Reason::OfferingClosed));
    }
    if today >= offering.start {
        return Err(WriteError::Invalid(Reason::OfferingStarted));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let Some(row) = sqlx::query(
        "SELECT id, status FROM training_application WHERE offering_id = $1 AND employee_id = $2",
    )
    .bind(offering.id)
    .bind(employee_id)
    .fetch_optional(&mut *tx)
    .await?
    else {
        return Err(WriteError::NotFound);
    };
    let (id, status): (i64, ApplicationStatus) = (row.try_get(0)?, row.code(1)?);
    if status == ApplicationStatus::Withdrawn {
        return Ok(None);
    }
    sqlx::query(
        "UPDATE training_application SET status = 'withdrawn', version = version + 1 \
         WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(status.code())
    .execute(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        &audit::Entry::by(
            actor,
            AuditAction::TrainingWithdrawn,
            AuditEntity::TrainingOffering,
            offering.id,
        )
        .before(
            serde_json::json!({ "employee_id": employee_id, "status": status.code() }).to_string(),
        ),
    )
    .await?;
    let mut promoted = None;
    if status == ApplicationStatus::Offered {
        if let Some(next) = sqlx::query(
            "SELECT id, employee_id, position FROM training_application \
             WHERE offering_id = $1 AND status = 'waiting' ORDER BY position LIMIT 1",
        )
        .bind(offering.id)
        .fetch_optional(&mut *tx)
        .await?
        {
            let next_id: i64 = next.try_get(0)?;
            sqlx::query(
                "UPDATE training_application SET status = 'offered', version = version + 1 \
                 WHERE id = $1",
            )
            .bind(next_id)
            .execute(&mut *tx)
            .await?;
            let after = serde_json::json!({
                "employee_id": next.try_get::<i64, _>(1)?,
                "position": next.try_get::<Option<i64>, _>(2)?,
            });
            audit::append(
                &mut tx,
                &audit::Entry::by(
                    actor,
                    AuditAction::TrainingPromoted,
                    AuditEntity::TrainingOffering,
                    offering.id,
                )
                .after(after.to_string()),
            )
            .await?;
            promoted = Some(next_id);
        }
    }
    tx.commit().await?;
    Ok(promoted)
}

/// A decided offering's applicants as the decision ranked them: the stored position, score and
/// components (the live data may have moved on since; the decision stands as taken).
pub async fn decided(pool: &Pool, offering_id: i64) -> Result<Vec<RankedApplicant>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.id, a.employee_id, e.name, e.nip, u.name, a.nominated_by, a.status, \
         a.position, a.score, a.reasons_json FROM training_application a \
         JOIN employee e ON e.id = a.employee_id JOIN org_unit u ON u.id = e.unit_id \
         WHERE a.offering_id = $1 AND a.position IS NOT NULL ORDER BY a.position",
    )
    .bind(offering_id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let status: ApplicationStatus = r.code(6)?;
            let reasons: Option<String> = r.try_get(9)?;
            Ok(RankedApplicant {
                application_id: r.try_get(0)?,
                employee_id: r.try_get(1)?,
                name: r.try_get(2)?,
                nip: r.try_get(3)?,
                unit: r.try_get(4)?,
                nominated: r.try_get::<Option<i64>, _>(5)?.is_some(),
                position: u32::try_from(r.try_get::<i64, _>(7)?).unwrap_or(u32::MAX),
                score: r.try_get::<Option<f64>, _>(8)?.unwrap_or(0.0),
                components: reasons.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default(),
                outcome: if status == ApplicationStatus::Offered {
                    Outcome::Offered
                } else {
                    Outcome::Waiting
                },
                status,
            })
        })
        .collect()
}

/// An employee's applications, the latest first, with the decision's reasons once decided.
pub async fn mine(pool: &Pool, employee_id: i64) -> Result<Vec<MyApplication>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.id, a.offering_id, o.title, a.status, a.nominated_by, a.position, a.score, \
         a.reasons_json, o.quota FROM training_application a \
         JOIN training_offering o ON o.id = a.offering_id \
         WHERE a.employee_id = $1 ORDER BY a.id DESC",
    )
    .bind(employee_id)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            let reasons: Option<String> = r.try_get(7)?;
            let components: Vec<Component> =
                reasons.and_then(|j| serde_json::from_str(&j).ok()).unwrap_or_default();
            Ok(MyApplication {
                id: r.try_get(0)?,
                offering_id: r.try_get(1)?,
                title: r.try_get(2)?,
                status: r.code(3)?,
                nominated: r.try_get::<Option<i64>, _>(4)?.is_some(),
                position: r.try_get::<Option<i64>, _>(5)?.map(|p| p as u32),
                score: r.try_get(6)?,
                components,
                quota: r.try_get(8)?,
            })
        })
        .collect()
}

/// The status of `employee_id`'s application to each offering of `agency_id`.
pub async fn statuses(
    pool: &Pool,
    employee_id: i64,
) -> Result<HashMap<i64, ApplicationStatus>, sqlx::Error> {
    let rows =
        sqlx::query("SELECT offering_id, status FROM training_application WHERE employee_id = $1")
            .bind(employee_id)
            .fetch_all(pool)
            .await?;
    rows.iter().map(|r| Ok((r.try_get(0)?, r.code(1)?))).collect()
}
