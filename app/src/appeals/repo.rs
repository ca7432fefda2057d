//! Keberatan: the employee appeals a rating within the period's deadline (PP 30/2019 Ps. 59:
//! 14 days, configurable per period); the atasan pejabat penilai may ask both sides and
//! decides; the decision is final and recorded.

use crate::appeals::types::{AppealDecision, AppealStatus};
use crate::audit::types::{AuditAction, AuditEntity};
use crate::kernel::db::CodedColumns;
use sqlx::Row;

use crate::{
    appeals::types::{AppealRow, AppealView, MessageView},
    rules::Predikat,
};
use crate::{
    audit::repo as audit,
    kernel::db::{now_ms, Pool},
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
};

/// Who an appeal concerns: what authorisation needs.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct AppealHead {
    pub id: i64,
    pub agency_id: i64,
    pub employee_id: i64,
    pub penilai_id: Option<i64>,
    pub atasan_id: i64,
    pub status: AppealStatus,
    pub version: i64,
}

impl AppealHead {
    pub fn parties(&self) -> crate::kernel::policy::Parties {
        crate::kernel::policy::Parties {
            agency_id: self.agency_id,
            employee_id: self.employee_id,
            penilai_id: self.penilai_id,
            atasan_id: Some(self.atasan_id),
        }
    }
}

pub async fn head(pool: &Pool, appeal_id: i64) -> Result<Option<AppealHead>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.id, a.agency_id, a.employee_id, p.penilai_id, a.atasan_id, a.status, a.version \
         FROM appeal a JOIN skp_plan p ON p.id = a.plan_id WHERE a.id = $1",
    )
    .bind(appeal_id)
    .fetch_optional(pool)
    .await
}

/// File an appeal against `rating_id` as the employee `employee_id`, at `now` (ms). Filing
/// the same reason again returns the appeal already filed.
pub async fn file(
    pool: &Pool,
    actor: Actor,
    employee_id: i64,
    rating_id: i64,
    reason: &str,
    now: i64,
) -> Result<i64, WriteError> {
    let reason = reason.trim();
    if !(10..=4000).contains(&reason.chars().count()) {
        return Err(WriteError::Invalid(Reason::AppealReason));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let row = sqlx::query(
        "SELECT r.plan_id, r.rated_at, p.employee_id, p.atasan_id, d.appeal_days \
         FROM skp_rating r JOIN skp_plan p ON p.id = r.plan_id \
         JOIN assessment_period d ON d.id = p.period_id WHERE r.id = $1",
    )
    .bind(rating_id)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(WriteError::NotFound)?;
    let (plan_id, rated_at, owner, atasan, days): (i64, i64, i64, Option<i64>, i64) =
        (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?, row.try_get(3)?, row.try_get(4)?);
    if owner != employee_id {
        return Err(WriteError::NotFound);
    }
    if let Some(existing) = sqlx::query("SELECT id, reason FROM appeal WHERE rating_id = $1")
        .bind(rating_id)
        .fetch_optional(&mut *tx)
        .await?
    {
        let same: String = existing.try_get(1)?;
        return if same == reason {
            Ok(existing.try_get(0)?)
        } else {
            Err(WriteError::Invalid(Reason::AppealExists))
        };
    }
    if now > crate::appeals::types::appeal_deadline_ms(rated_at, days) {
        return Err(WriteError::Invalid(Reason::AppealLate));
    }
    let atasan = atasan.ok_or(WriteError::Invalid(Reason::AppealNoAtasan))?;
    let id: i64 = sqlx::query(
        "INSERT INTO appeal (agency_id, rating_id, plan_id, employee_id, atasan_id, reason, status, \
         version, filed_at) VALUES ($1, $2, $3, $4, $5, $6, 'filed', 1, $7) RETURNING id",
    )
    .bind(actor.agency_id)
    .bind(rating_id)
    .bind(plan_id)
    .bind(employee_id)
    .bind(atasan)
    .bind(reason)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::AppealFiled, AuditEntity::Appeal, id)
            .after(serde_json::json!({"rating": rating_id}).to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// A question or an answer in an open appeal.
pub async fn message(
    pool: &Pool,
    appeal: &AppealHead,
    author_user_id: i64,
    text: &str,
) -> Result<i64, WriteError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 2000 {
        return Err(WriteError::Invalid(Reason::FeedbackText));
    }
    if appeal.status != AppealStatus::Filed {
        return Err(WriteError::Invalid(Reason::AppealDecided));
    }
    let id: i64 = sqlx::query(
        "INSERT INTO appeal_message (appeal_id, author_id, text, at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(appeal.id)
    .bind(author_user_id)
    .bind(text)
    .bind(now_ms())
    .fetch_one(pool)
    .await?
    .try_get(0)?;
    Ok(id)
}

/// The atasan's final decision: `upheld` keeps the predikat, `changed` sets `new_predikat`.
pub async fn decide(
    pool: &Pool,
    actor: Actor,
    appeal: &AppealHead,
    version: i64,
    decision: AppealDecision,
    new_predikat: Option<&str>,
    note: &str,
) -> Result<(), WriteError> {
    let note = note.trim();
    if note.is_empty() || note.chars().count() > 4000 {
        return Err(WriteError::Invalid(Reason::AppealNote));
    }
    let new_predikat = if decision == AppealDecision::Changed {
        let code = new_predikat.unwrap_or_default();
        if !Predikat::ALL.iter().any(|p| p.code() == code) {
            return Err(WriteError::Invalid(Reason::AppealPredikat));
        }
        Some(code)
    } else {
        None
    };
    if appeal.status != AppealStatus::Filed {
        return Err(WriteError::Invalid(Reason::AppealDecided));
    }
    if appeal.version != version {
        return Err(WriteError::Conflict);
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let updated = sqlx::query(
        "UPDATE appeal SET status = 'decided', decision = $1, new_predikat = $2, decision_note = $3, \
         decided_at = $4, decided_by = $5, version = version + 1 \
         WHERE id = $6 AND version = $7 AND status = 'filed'",
    )
    .bind(decision.code())
    .bind(new_predikat)
    .bind(note)
    .bind(now_ms())
    .bind(actor.user_id)
    .bind(appeal.id)
    .bind(version)
    .execute(&mut *tx)
    .await?;
    if updated.rows_affected() != 1 {
        return Err(WriteError::Conflict);
    }
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::AppealDecided, AuditEntity::Appeal, appeal.id)
            .before(serde_json::json!({"status": AppealStatus::Filed}).to_string())
            .after(
                serde_json::json!({
                    "decision": decision,
                    "new_predikat": new_predikat, "note": note
                })
                .to_string(),
            ),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn view(
    pool: &Pool,
    appeal_id: i64,
    viewer: Option<i64>,
) -> Result<Option<AppealView>, sqlx::Error> {
    let Some(h) = head(pool, appeal_id).await? else { return Ok(None) };
    let r = sqlx::query(
        "SELECT a.plan_id, e.name, e.nip, (SELECT q.name FROM employee q WHERE q.id = p.penilai_id), \
         r.period_no, r.predikat, r.nilai_skp, a.reason, a.decision, a.new_predikat, \
         a.decision_note, a.filed_at FROM appeal a JOIN skp_rating r ON r.id = a.rating_id \
         JOIN skp_plan p ON p.id = a.plan_id JOIN employee e ON e.id = a.employee_id WHERE a.id = $1",
    )
    .bind(appeal_id)
    .fetch_one(pool)
    .await?;
    let messages: Vec<MessageView> = sqlx::query_as(
        "SELECT u.display_name AS author, m.text, m.at AS at_ms FROM appeal_message m \
         JOIN app_user u ON u.id = m.author_id WHERE m.appeal_id = $1 ORDER BY m.id",
    )
    .bind(appeal_id)
    .fetch_all(pool)
    .await?;
    let actions = crate::kernel::policy::appeal_actions(
        viewer,
        &h.parties(),
        h.status == AppealStatus::Filed,
    );
    Ok(Some(AppealView {
        id: h.id,
        version: h.version,
        plan_id: r.try_get(0)?,
        employee_name: r.try_get(1)?,
        employee_nip: r.try_get(2)?,
        penilai_name: r.try_get(3)?,
        period_no: r.try_get(4)?,
        predikat: r.code(5)?,
        nilai_skp: r.try_get(6)?,
        reason: r.try_get(7)?,
        status: h.status,
        decision: r.opt_code(8)?,
        new_predikat: r.opt_code(9)?,
        decision_note: r.try_get(10)?,
        filed_at_ms: r.try_get(11)?,
        messages,
        can_decide: actions.decide,
        can_message: actions.message,
    }))
}

/// Appeals addressed to an atasan, open first.
pub async fn for_atasan(pool: &Pool, atasan_id: i64) -> Result<Vec<AppealRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT a.id, e.name AS employee_name, r.predikat, a.status, a.filed_at AS filed_at_ms \
         FROM appeal a JOIN employee e ON e.id = a.employee_id \
         JOIN skp_rating r ON r.id = a.rating_id WHERE a.atasan_id = $1 \
         ORDER BY CASE a.status WHEN 'filed' THEN 0 ELSE 1 END, a.id DESC",
    )
    .bind(atasan_id)
    .fetch_all(pool)
    .await
}
