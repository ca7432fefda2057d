//! Ratings as the server computed them: stored once per plan and evaluation period, with the
//! input, every derived number, and the rule set that produced them.

use crate::audit::types::{AuditAction, AuditEntity};
use sqlx::Row;

use crate::rules::preview::Preview;
use crate::{
    audit::repo as audit,
    kernel::db::{now_ms, Pool},
    kernel::plan_head::PlanHead,
    kernel::reason::Reason,
    kernel::write::{Actor, WriteError},
};

/// Store the rating of `period_no`. Resubmitting the same input (a double click, a resent
/// request) returns the stored rating. A different input replaces it only when the rater saw
/// its current `replaces` version, nobody appealed it, and the unit's distribution is not
/// submitted; otherwise it is a conflict.
#[allow(clippy::too_many_arguments)] // each argument is one part of the stored rating
pub async fn store(
    pool: &Pool,
    actor: Actor,
    plan: &PlanHead,
    period_no: i64,
    input_json: &str,
    preview: &Preview,
    rule_set_id: &str,
    replaces: Option<i64>,
) -> Result<i64, WriteError> {
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    if let Some(r) = sqlx::query(
        "SELECT id, input_json, version FROM skp_rating WHERE plan_id = $1 AND period_no = $2",
    )
    .bind(plan.id)
    .bind(period_no)
    .fetch_optional(&mut *tx)
    .await?
    {
        let (id, stored, version): (i64, String, i64) =
            (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
        if stored == input_json {
            return Ok(id);
        }
        if replaces != Some(version) {
            return Err(WriteError::Conflict);
        }
        let appealed = sqlx::query("SELECT 1 FROM appeal WHERE rating_id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        if appealed.is_some() {
            return Err(WriteError::Invalid(Reason::RatingAppealed));
        }
        let locked = sqlx::query(
            "SELECT 1 FROM distribution_submission WHERE period_id = $1 AND penilai_id = $2 \
             AND status IN ('submitted', 'approved')",
        )
        .bind(plan.period_id)
        .bind(plan.penilai_id.unwrap_or(0))
        .fetch_optional(&mut *tx)
        .await?;
        if period_no == 0 && locked.is_some() {
            return Err(WriteError::Invalid(Reason::DistributionSubmitted));
        }
        sqlx::query(
            "UPDATE skp_rating SET input_json = $1, hasil = $2, perilaku = $3, predikat = $4, \
             nilai_skp = $5, angka_kredit = $6, rule_set_id = $7, rated_by = $8, rated_at = $9, \
             version = version + 1 WHERE id = $10 AND version = $11",
        )
        // Binds an Option<f64>: see "NULL f64" in the `db` module docs.
        .persistent(false)
        .bind(input_json)
        .bind(preview.hasil.code())
        .bind(preview.perilaku.code())
        .bind(preview.predikat.code())
        .bind(preview.score.nilai_skp)
        .bind(preview.angka_kredit)
        .bind(rule_set_id)
        .bind(actor.user_id)
        .bind(now_ms())
        .bind(id)
        .bind(version)
        .execute(&mut *tx)
        .await?;
        audit::append(
            &mut tx,
            &audit::Entry::by(actor, AuditAction::SkpRerated, AuditEntity::SkpPlan, plan.id)
                .before(stored)
                .after(input_json.to_string()),
        )
        .await?;
        tx.commit().await?;
        return Ok(id);
    }
    let id: i64 = sqlx::query(
        "INSERT INTO skp_rating (agency_id, plan_id, period_no, input_json, hasil, perilaku, \
         predikat, nilai_skp, angka_kredit, rule_set_id, rated_by, rated_at, version) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1) RETURNING id",
    )
    // Binds an Option<f64>: see "NULL f64" in the `db` module docs.
    .persistent(false)
    .bind(plan.agency_id)
    .bind(plan.id)
    .bind(period_no)
    .bind(input_json)
    .bind(preview.hasil.code())
    .bind(preview.perilaku.code())
    .bind(preview.predikat.code())
    .bind(preview.score.nilai_skp)
    .bind(preview.angka_kredit)
    .bind(rule_set_id)
    .bind(actor.user_id)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    audit::append(
        &mut tx,
        &audit::Entry {
            agency_id: Some(actor.agency_id),
            actor_user_id: Some(actor.user_id),
            action: AuditAction::SkpRated,
            entity: AuditEntity::SkpPlan,
            entity_id: Some(plan.id.to_string()),
            after_json: Some(
                serde_json::json!({
                    "period_no": period_no, "predikat": preview.predikat.code(),
                    "hasil": preview.hasil.code(), "perilaku": preview.perilaku.code(),
                    "nilai_skp": preview.score.nilai_skp, "rule_set": rule_set_id
                })
                .to_string(),
            ),
            before_json: None,
        },
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}
