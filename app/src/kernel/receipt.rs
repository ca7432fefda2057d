//! Receipts of submits that a client may send again: an offline outbox replaying after the
//! connection returns, a double click, a retry after an answer was lost. The page makes one key
//! per thing typed; the first request with it claims the key inside its write transaction and
//! stores, any later one with the same key (from the same account) stores nothing and answers
//! what the first one answered.
//!
//! The claim is the first write of the transaction, so two copies racing are serialised by the
//! database: SQLite's write lock, or PostgreSQL's unique index (the second insert waits for the
//! first transaction and then finds the key taken).

use sqlx::Row;

use crate::kernel::{error::AppError, reason::Reason};

/// A request key as pages make them: 8 to 64 letters, digits and dashes.
pub fn checked_key(key: &str) -> Result<&str, AppError> {
    let fine = (8..=64).contains(&key.len())
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    fine.then_some(key)
        .ok_or_else(|| AppError::invalid_field(Reason::RequestKey, "request_key", ""))
}

/// What claiming a key found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Claim {
    /// The first time: go on and write, then [`settle`].
    New,
    /// Already stored by an earlier request with this key, which answered this id (if any).
    Done(Option<i64>),
}

/// Claim `key` for `user_id` in `tx` (before any other write of the request).
pub async fn claim(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_id: i64,
    key: &str,
    endpoint: &str,
) -> Result<Claim, sqlx::Error> {
    let inserted = sqlx::query(
        "INSERT INTO request_receipt (user_id, request_key, endpoint, at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, request_key) DO NOTHING",
    )
    .bind(user_id)
    .bind(key)
    .bind(endpoint)
    .bind(crate::kernel::db::now_ms())
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if inserted == 1 {
        return Ok(Claim::New);
    }
    let row = sqlx::query(
        "SELECT result_id FROM request_receipt WHERE user_id = $1 AND request_key = $2",
    )
    .bind(user_id)
    .bind(key)
    .fetch_one(&mut **tx)
    .await?;
    Ok(Claim::Done(row.try_get(0)?))
}

/// Record what the claimed request answered (the id of what it created).
pub async fn settle(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    user_id: i64,
    key: &str,
    result_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE request_receipt SET result_id = $1 WHERE user_id = $2 AND request_key = $3",
    )
    .bind(result_id)
    .bind(user_id)
    .bind(key)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
