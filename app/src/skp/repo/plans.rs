//! SKP plans: the employee drafts results and indicators, submits; the pejabat penilai approves
//! (with the BerAKHLAK expectations) or returns with a comment. Every change checks the plan's
//! version; every submission and review keeps a whole snapshot of the plan.

use crate::{rules::scoring::ResultKind, skp::types::TargetKind};
use sqlx::Row;

use crate::{
    audit::repo as audit,
    audit::types::{AuditAction, AuditEntity},
    kernel::db::{now_ms, Pool},
    kernel::plan_head::{indicator_of_plan, PlanHead},
    kernel::plan_status::PlanStatus,
    kernel::reason::Reason,
    kernel::receipt,
    kernel::write::{Actor, WriteError},
    skp::repo::plan_view::{build_view, Detail},
    skp::types::{core_value_code, ExpectationsForm},
};

/// The plan of an employee in a period, if started.
pub async fn plan_of(
    pool: &Pool,
    period_id: i64,
    employee_id: i64,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query("SELECT id FROM skp_plan WHERE period_id = $1 AND employee_id = $2")
        .bind(period_id)
        .bind(employee_id)
        .fetch_optional(pool)
        .await?
        .map(|r| r.try_get(0))
        .transpose()
}

/// Start the employee's plan in the period (or return the one already started): the pejabat
/// penilai and atasan are those of the reporting line in force on `today`.
pub async fn start(
    pool: &Pool,
    actor: Actor,
    employee_id: i64,
    period_id: i64,
    today: crate::rules::Date,
) -> Result<i64, WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    if let Some(r) =
        sqlx::query("SELECT id FROM skp_plan WHERE period_id = $1 AND employee_id = $2")
            .bind(period_id)
            .bind(employee_id)
            .fetch_optional(&mut *tx)
            .await?
    {
        return Ok(r.try_get(0)?);
    }
    let line = sqlx::query(
        "SELECT penilai_id, atasan_id FROM reporting_line WHERE employee_id = $1 \
         AND start_date <= $2 AND (end_date IS NULL OR end_date >= $2) ORDER BY start_date DESC LIMIT 1",
    )
    .bind(employee_id)
    .bind(today.to_string())
    .fetch_optional(&mut *tx)
    .await?;
    let (penilai, atasan): (Option<i64>, Option<i64>) = match line {
        Some(r) => (Some(r.try_get(0)?), r.try_get(1)?),
        None => return Err(WriteError::Invalid(Reason::PlanNoPenilai)),
    };
    let now = now_ms();
    let id: i64 = sqlx::query(
        "INSERT INTO skp_plan (agency_id, period_id, employee_id, penilai_id, atasan_id, status, \
         version, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'draft', 1, $6, $6) RETURNING id",
    )
    .bind(actor.agency_id)
    .bind(period_id)
    .bind(employee_id)
    .bind(penilai)
    .bind(atasan)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::SkpStarted, AuditEntity::SkpPlan, id),
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// Move the plan from `expected` version to the next if its status is one of `allowed`;
/// otherwise a conflict (someone changed it) or, when the status forbids it, `refusal`.
async fn bump(
    conn: &mut sqlx::AnyConnection,
    plan: &PlanHead,
    expected: i64,
    allowed: &[PlanStatus],
    refusal: Reason,
) -> Result<(), WriteError> {
    if plan.version != expected {
        return Err(WriteError::Conflict);
    }
    if !allowed.contains(&plan.status) {
        return Err(WriteError::Invalid(refusal));
    }
    let updated = sqlx::query(
        "UPDATE skp_plan SET version = version + 1, updated_at = $1 WHERE id = $2 AND version = $3",
    )
    .bind(now_ms())
    .bind(plan.id)
    .bind(expected)
    .execute(&mut *conn)
    .await?;
    if updated.rows_affected() != 1 {
        return Err(WriteError::Conflict);
    }
    Ok(())
}

/// A new result (RHK) for the owner's editable plan.
#[derive(Debug, Clone)]
pub struct NewResult {
    pub kind: ResultKind,
    pub text: String,
    pub weight: f64,
    pub parent_result_id: Option<i64>,
}

pub async fn add_result(
    pool: &Pool,
    actor: Actor,
    plan: &PlanHead,
    expected: i64,
    r: &NewResult,
) -> Result<i64, WriteError> {
    if r.text.trim().is_empty() || r.text.chars().count() > 1000 {
        return Err(WriteError::Invalid(Reason::ResultText));
    }
    if !crate::rules::scoring::valid_weight(r.weight) {
        return Err(WriteError::Invalid(Reason::ResultWeight));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    // The supported result must belong to the plan of this plan's penilai in the same period.
    if let Some(parent) = r.parent_result_id {
        let ok = sqlx::query(
            "SELECT 1 FROM skp_result r JOIN skp_plan p ON p.id = r.plan_id \
             WHERE r.id = $1 AND p.period_id = $2 AND p.employee_id = $3",
        )
        .bind(parent)
        .bind(plan.period_id)
        .bind(plan.penilai_id.unwrap_or(0))
        .fetch_optional(&mut *tx)
        .await?;
        if ok.is_none() {
            return Err(WriteError::Invalid(Reason::ResultParent));
        }
    }
    bump(&mut tx, plan, expected, &PlanStatus::EDITABLE, Reason::PlanNotEditable).await?;
    let held: i64 = sqlx::query("SELECT COUNT(*) FROM skp_result WHERE plan_id = $1")
        .bind(plan.id)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
    if held >= crate::rules::scoring::MAX_RESULTS as i64 {
        return Err(WriteError::Invalid(Reason::PlanTooManyResults));
    }
    let position: i64 =
        sqlx::query("SELECT COALESCE(MAX(position), 0) + 1 FROM skp_result WHERE plan_id = $1")
            .bind(plan.id)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
    let id: i64 = sqlx::query(
        "INSERT INTO skp_result (plan_id, kind, position, text, weight, parent_result_id) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(plan.id)
    .bind(r.kind.code())
    .bind(position)
    .bind(r.text.trim())
    .bind(r.weight)
    .bind(r.parent_result_id)
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    let after = serde_json::json!({
        "plan_id": plan.id, "result_id": id, "kind": r.kind, "text": r.text.trim(),
        "weight": r.weight, "parent_result_id": r.parent_result_id,
    });
    audit_draft_edit(&mut tx, actor, plan, AuditAction::SkpResultAdded, None, Some(after)).await?;
    tx.commit().await?;
    Ok(id)
}

/// A change to a draft, in the audit log (submissions and reviews also keep a snapshot).
async fn audit_draft_edit(
    conn: &mut sqlx::AnyConnection,
    actor: Actor,
    plan: &PlanHead,
    action: AuditAction,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Result<(), sqlx::Error> {
    audit::append(
        conn,
        &audit::Entry {
            agency_id: Some(actor.agency_id),
            actor_user_id: Some(actor.user_id),
            action,
            entity: AuditEntity::SkpPlan,
            entity_id: Some(plan.id.to_string()),
            before_json: before.map(|v| v.to_string()),
            after_json: after.map(|v| v.to_string()),
        },
    )
    .await
}

/// A new indicator of one of the plan's results.
#[derive(Debug, Clone)]
pub struct NewIndicator {
    pub result_id: i64,
    pub text: String,
    pub target_kind: TargetKind,
    pub target: f64,
    pub target_high: Option<f64>,
    pub unit: String,
}

pub async fn add_indicator(
    pool: &Pool,
    actor: Actor,
    plan: &PlanHead,
    expected: i64,
    i: &NewIndicator,
) -> Result<i64, WriteError> {
    if i.text.trim().is_empty() || i.text.chars().count() > 1000 {
        return Err(WriteError::Invalid(Reason::IndicatorText));
    }
    if i.unit.trim().is_empty() || i.unit.chars().count() > 60 {
        return Err(WriteError::Invalid(Reason::IndicatorUnit));
    }
    let positive = crate::rules::scoring::valid_target;
    let high_ok = match (i.target_kind, i.target_high) {
        (TargetKind::Range, Some(h)) => positive(h) && h >= i.target,
        (TargetKind::Range, None) => false,
        _ => true,
    };
    if !positive(i.target) || !high_ok {
        return Err(WriteError::Invalid(Reason::IndicatorTarget));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let own = sqlx::query("SELECT 1 FROM skp_result WHERE id = $1 AND plan_id = $2")
        .bind(i.result_id)
        .bind(plan.id)
        .fetch_optional(&mut *tx)
        .await?;
    if own.is_none() {
        return Err(WriteError::NotFound);
    }
    bump(&mut tx, plan, expected, &PlanStatus::EDITABLE, Reason::PlanNotEditable).await?;
    let held: i64 = sqlx::query("SELECT COUNT(*) FROM skp_indicator WHERE result_id = $1")
        .bind(i.result_id)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
    if held >= crate::rules::scoring::MAX_INDICATORS as i64 {
        return Err(WriteError::Invalid(Reason::ResultTooManyIndicators));
    }
    let position: i64 = sqlx::query(
        "SELECT COALESCE(MAX(position), 0) + 1 FROM skp_indicator WHERE result_id = $1",
    )
    .bind(i.result_id)
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    let id: i64 = sqlx::query(
        "INSERT INTO skp_indicator (result_id, position, text, target_kind, target, target_high, unit) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
        // Binds an Option<f64>: see "NULL f64" in the `db` module docs.
        .persistent(false)
    .bind(i.result_id)
    .bind(position)
    .bind(i.text.trim())
    .bind(i.target_kind.code())
    .bind(i.target)
    .bind(if i.target_kind == TargetKind::Range { i.target_high } else { None })
    .bind(i.unit.trim())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    let after = serde_json::json!({
        "result_id": i.result_id, "indicator_id": id, "text": i.text.trim(),
        "target_kind": i.target_kind, "target": i.target, "target_high": i.target_high,
        "unit": i.unit.trim(),
    });
    audit_draft_edit(&mut tx, actor, plan, AuditAction::SkpIndicatorAdded, None, Some(after))
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// Remove a result (with its indicators) or one indicator from an editable plan. A result that
/// a subordinate's result supports cannot go: the link would dangle.
pub async fn remove(
    pool: &Pool,
    actor: Actor,
    plan: &PlanHead,
    expected: i64,
    result_id: Option<i64>,
    indicator_id: Option<i64>,
) -> Result<(), WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    if let Some(rid) = result_id {
        let own = sqlx::query("SELECT 1 FROM skp_result WHERE id = $1 AND plan_id = $2")
            .bind(rid)
            .bind(plan.id)
            .fetch_optional(&mut *tx)
            .await?;
        if own.is_none() {
            return Err(WriteError::NotFound);
        }
        let supported = sqlx::query("SELECT 1 FROM skp_result WHERE parent_result_id = $1")
            .bind(rid)
            .fetch_optional(&mut *tx)
            .await?;
        if supported.is_some() {
            return Err(WriteError::Invalid(Reason::ResultSupported));
        }
        bump(&mut tx, plan, expected, &PlanStatus::EDITABLE, Reason::PlanNotEditable).await?;
        for table in ["skp_realisation", "skp_evidence_file"] {
            sqlx::query(&format!(
                "DELETE FROM {table} WHERE indicator_id IN \
                 (SELECT id FROM skp_indicator WHERE result_id = $1)"
            ))
            .bind(rid)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("DELETE FROM skp_indicator WHERE result_id = $1")
            .bind(rid)
            .execute(&mut *tx)
            .await?;
        let removed_text: String = sqlx::query("SELECT text FROM skp_result WHERE id = $1")
            .bind(rid)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        sqlx::query("DELETE FROM skp_result WHERE id = $1").bind(rid).execute(&mut *tx).await?;
        let before = serde_json::json!({ "result_id": rid, "text": removed_text });
        audit_draft_edit(&mut tx, actor, plan, AuditAction::SkpResultRemoved, Some(before), None)
            .await?;
    } else if let Some(iid) = indicator_id {
        indicator_of_plan(&mut tx, iid, plan.id).await?;
        bump(&mut tx, plan, expected, &PlanStatus::EDITABLE, Reason::PlanNotEditable).await?;
        for table in ["skp_realisation", "skp_evidence_file"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE indicator_id = $1"))
                .bind(iid)
                .execute(&mut *tx)
                .await?;
        }
        let removed_text: String = sqlx::query("SELECT text FROM skp_indicator WHERE id = $1")
            .bind(iid)
            .fetch_one(&mut *tx)
            .await?
            .try_get(0)?;
        sqlx::query("DELETE FROM skp_indicator WHERE id = $1").bind(iid).execute(&mut *tx).await?;
        let before = serde_json::json!({ "indicator_id": iid, "text": removed_text });
        audit_draft_edit(
            &mut tx,
            actor,
            plan,
            AuditAction::SkpIndicatorRemoved,
            Some(before),
            None,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Keep the whole plan as it stands after a submission or review.
async fn snapshot(
    conn: &mut sqlx::AnyConnection,
    plan_id: i64,
    user_id: i64,
) -> Result<(), sqlx::Error> {
    let view =
        build_view(conn, plan_id, None, Detail::Full).await?.ok_or(sqlx::Error::RowNotFound)?;
    sqlx::query(
        "INSERT INTO skp_plan_version (plan_id, version, status, snapshot, recorded_by, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(plan_id)
    .bind(view.version)
    .bind(view.status.code())
    .bind(serde_json::to_string(&view).unwrap_or_default())
    .bind(user_id)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The owner submits the plan to the pejabat penilai. It needs at least one main result, and
/// every result an indicator.
pub async fn submit(
    pool: &Pool,
    actor: Actor,
    plan: &PlanHead,
    expected: i64,
) -> Result<i64, WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    let view =
        build_view(&mut tx, plan.id, None, Detail::Full).await?.ok_or(WriteError::NotFound)?;
    if !view.results.iter().any(|r| r.kind == ResultKind::Utama) {
        return Err(WriteError::Invalid(Reason::PlanNoMainResult));
    }
    if view.results.iter().any(|r| r.indicators.is_empty()) {
        return Err(WriteError::Invalid(Reason::PlanResultWithoutIndicator));
    }
    bump(&mut tx, plan, expected, &PlanStatus::EDITABLE, Reason::PlanNotEditable).await?;
    sqlx::query("UPDATE skp_plan SET status = 'submitted' WHERE id = $1")
        .bind(plan.id)
        .execute(&mut *tx)
        .await?;
    snapshot(&mut tx, plan.id, actor.user_id).await?;
    audit::append(
        &mut tx,
        &audit::Entry::by(actor, AuditAction::SkpSubmitted, AuditEntity::SkpPlan, plan.id)
            .before(serde_json::json!({"status": plan.status}).to_string())
            .after(serde_json::json!({"status": PlanStatus::Submitted}).to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(expected + 1)
}

/// The pejabat penilai approves (with the seven expectations) or returns (with a comment).
pub async fn review(
    pool: &Pool,
    actor: Actor,
    plan: &PlanHead,
    expected: i64,
    approve: bool,
    comment: &str,
    expectations: &ExpectationsForm,
) -> Result<i64, WriteError> {
    let comment = comment.trim();
    if comment.chars().count() > 2000 || (!approve && comment.is_empty()) {
        return Err(WriteError::Invalid(Reason::ReviewComment));
    }
    if approve
        && expectations.pairs().iter().any(|(_, e)| e.trim().is_empty() || e.chars().count() > 1000)
    {
        return Err(WriteError::Invalid(Reason::ReviewExpectations));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    bump(&mut tx, plan, expected, &[PlanStatus::Submitted], Reason::PlanNotSubmitted).await?;
    let status = if approve { PlanStatus::Approved } else { PlanStatus::Returned };
    sqlx::query("UPDATE skp_plan SET status = $1, review_comment = $2 WHERE id = $3")
        .bind(status.code())
        .bind((!comment.is_empty()).then_some(comment))
        .bind(plan.id)
        .execute(&mut *tx)
        .await?;
    if approve {
        sqlx::query("DELETE FROM skp_expectation WHERE plan_id = $1")
            .bind(plan.id)
            .execute(&mut *tx)
            .await?;
        for (value, text) in expectations.pairs() {
            sqlx::query(
                "INSERT INTO skp_expectation (plan_id, core_value, expectation) VALUES ($1, $2, $3)",
            )
            .bind(plan.id)
            .bind(core_value_code(value))
            .bind(text.trim())
            .execute(&mut *tx)
            .await?;
        }
    }
    snapshot(&mut tx, plan.id, actor.user_id).await?;
    audit::append(
        &mut tx,
        &audit::Entry::by(
            actor,
            if approve { AuditAction::SkpApproved } else { AuditAction::SkpReturned },
            AuditEntity::SkpPlan,
            plan.id,
        )
        .before(serde_json::json!({"status": PlanStatus::Submitted}).to_string())
        .after(serde_json::json!({"status": status, "comment": comment}).to_string()),
    )
    .await?;
    tx.commit().await?;
    Ok(expected + 1)
}

/// The owner records the realisation of an indicator of their approved plan for one period
/// (0 = the year, else one of the period's evaluations), with evidence; recording it again
/// replaces it.
#[allow(clippy::too_many_arguments)] // each is one field of the form
pub async fn record_realisation(
    pool: &Pool,
    actor: Actor,
    plan: &PlanHead,
    evaluations: i64,
    indicator_id: i64,
    period_no: i64,
    realisasi: f64,
    evidence_url: Option<&str>,
    note: Option<&str>,
    request_key: Option<&str>,
) -> Result<(), WriteError> {
    if plan.status != PlanStatus::Approved {
        return Err(WriteError::Invalid(Reason::PlanNotApproved));
    }
    if !(0..=evaluations).contains(&period_no) {
        return Err(WriteError::Invalid(Reason::RatingPeriod));
    }
    if !crate::rules::scoring::valid_realisation(realisasi) {
        return Err(WriteError::Invalid(Reason::RealisationValue));
    }
    if let Some(url) = evidence_url {
        let ok = (url.starts_with("https://") || url.starts_with("http://"))
            && url.len() <= 500
            && !url.chars().any(char::is_whitespace);
        if !ok {
            return Err(WriteError::Invalid(Reason::EvidenceUrl));
        }
    }
    if note.is_some_and(|n| n.chars().count() > 2000) {
        return Err(WriteError::Invalid(Reason::RealisationNote));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    // An entry sent again (the outbox replaying it) changes nothing, even if a later entry
    // for the same indicator and period was recorded in between.
    if let Some(key) = request_key {
        let claim = receipt::claim(&mut tx, actor.user_id, key, "skp/realisation").await?;
        if claim != receipt::Claim::New {
            return Ok(());
        }
    }
    indicator_of_plan(&mut tx, indicator_id, plan.id).await?;
    let before = sqlx::query(
        "SELECT realisasi, evidence_url, self_note FROM skp_realisation \
         WHERE indicator_id = $1 AND period_no = $2",
    )
    .bind(indicator_id)
    .bind(period_no)
    .fetch_optional(&mut *tx)
    .await?
    .map(|r| -> Result<String, sqlx::Error> {
        Ok(serde_json::json!({
            "period_no": period_no,
            "realisasi": r.try_get::<f64, _>(0)?,
            "evidence_url": r.try_get::<Option<String>, _>(1)?,
            "self_note": r.try_get::<Option<String>, _>(2)?,
        })
        .to_string())
    })
    .transpose()?;
    sqlx::query(
        "INSERT INTO skp_realisation (indicator_id, period_no, realisasi, evidence_url, self_note, \
         recorded_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (indicator_id, period_no) DO UPDATE \
         SET realisasi = excluded.realisasi, evidence_url = excluded.evidence_url, \
         self_note = excluded.self_note, recorded_at = excluded.recorded_at",
    )
    .bind(indicator_id)
    .bind(period_no)
    .bind(realisasi)
    .bind(evidence_url)
    .bind(note)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        &audit::Entry {
            agency_id: Some(actor.agency_id),
            actor_user_id: Some(actor.user_id),
            action: AuditAction::RealisationRecorded,
            entity: AuditEntity::SkpIndicator,
            entity_id: Some(indicator_id.to_string()),
            before_json: before,
            after_json: Some(
                serde_json::json!({
                    "period_no": period_no, "realisasi": realisasi,
                    "evidence_url": evidence_url, "self_note": note,
                })
                .to_string(),
            ),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
