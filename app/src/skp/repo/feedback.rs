//! Continuous feedback: notes between the employee and the pejabat penilai on a plan or one
//! of its indicators, at any time. Notes are never edited or deleted.

use sqlx::Row;

use crate::skp::types::FeedbackView;
use crate::{
    kernel::db::{now_ms, Pool},
    kernel::plan_head::PlanHead,
    kernel::reason::Reason,
    kernel::receipt,
    kernel::write::WriteError,
};

pub async fn add(
    pool: &Pool,
    plan: &PlanHead,
    indicator_id: Option<i64>,
    author_user_id: i64,
    text: &str,
    request_key: Option<&str>,
) -> Result<i64, WriteError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 2000 {
        return Err(WriteError::Invalid(Reason::FeedbackText));
    }
    let mut tx = crate::kernel::db::begin_write(pool).await?;
    // A note sent again with its key (the outbox replaying it, however late) is stored once.
    if let Some(key) = request_key {
        match receipt::claim(&mut tx, author_user_id, key, "skp/feedback").await? {
            receipt::Claim::Done(Some(id)) => return Ok(id),
            receipt::Claim::Done(None) => return Err(WriteError::NotFound),
            receipt::Claim::New => {}
        }
    }
    if let Some(i) = indicator_id {
        crate::kernel::plan_head::indicator_of_plan(&mut tx, i, plan.id).await?;
    }
    // A resent form without a key (same author, plan, indicator and text within a minute) is
    // stored once.
    let resent = match request_key {
        Some(_) => None,
        None => {
            sqlx::query(
                "SELECT id FROM feedback_note WHERE plan_id = $1 AND author_id = $2 \
                 AND text = $3 AND at > $4 \
                 AND (indicator_id = $5 OR (indicator_id IS NULL AND CAST($5 AS BIGINT) IS NULL))",
            )
            .bind(plan.id)
            .bind(author_user_id)
            .bind(text)
            .bind(now_ms() - 60_000)
            .bind(indicator_id)
            .fetch_optional(&mut *tx)
            .await?
        }
    };
    if let Some(r) = resent {
        return Ok(r.try_get(0)?);
    }
    let id: i64 = sqlx::query(
        "INSERT INTO feedback_note (plan_id, indicator_id, author_id, text, at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(plan.id)
    .bind(indicator_id)
    .bind(author_user_id)
    .bind(text)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?
    .try_get(0)?;
    if let Some(key) = request_key {
        receipt::settle(&mut tx, author_user_id, key, id).await?;
    }
    tx.commit().await?;
    Ok(id)
}

pub async fn of_plan(
    conn: &mut sqlx::AnyConnection,
    plan_id: i64,
) -> Result<Vec<FeedbackView>, sqlx::Error> {
    sqlx::query_as(
        "SELECT f.id, f.indicator_id, u.display_name AS author, f.text, f.at AS at_ms \
         FROM feedback_note f JOIN app_user u ON u.id = f.author_id \
         WHERE f.plan_id = $1 ORDER BY f.id",
    )
    .bind(plan_id)
    .fetch_all(&mut *conn)
    .await
}
