//! Per-account login throttling: the first failures are free, then each further attempt must
//! wait twice as long as the last (up to a minute), and 100 failures in an hour lock the account
//! for the rest of that hour. Per account, not per address, so one office behind a NAT is never
//! locked out by one person's typos.

use sqlx::Row;

use crate::kernel::db::{now_ms, Pool};

pub const FREE_FAILURES: i64 = 5;
pub const MAX_FAILURES_PER_HOUR: i64 = 100;
const HOUR_MS: i64 = 3_600_000;
const MAX_DELAY_MS: i64 = 60_000;

/// Milliseconds to wait after `failures` failures before the next attempt.
pub fn delay_ms(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        0
    } else {
        let exponent = (failures - FREE_FAILURES).min(20) as u32;
        (1000_i64 << exponent).min(MAX_DELAY_MS)
    }
}

/// The lower-cased login identifier, the throttle's key.
pub fn account_key(identifier: &str) -> String {
    identifier.trim().to_lowercase()
}

/// `Ok` to try now, or `Err(wait_ms)`.
pub async fn check(pool: &Pool, key: &str) -> Result<Result<(), i64>, sqlx::Error> {
    let Some(row) = sqlx::query(
        "SELECT window_start, failures, last_failure_at FROM login_throttle WHERE account_key = $1",
    )
    .bind(key)
    .fetch_optional(pool)
    .await?
    else {
        return Ok(Ok(()));
    };
    let (window_start, failures, last): (i64, i64, i64) =
        (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
    let now = now_ms();
    if now - window_start >= HOUR_MS {
        return Ok(Ok(()));
    }
    if failures >= MAX_FAILURES_PER_HOUR {
        return Ok(Err(window_start + HOUR_MS - now));
    }
    let ready = last + delay_ms(failures);
    Ok(if now >= ready { Ok(()) } else { Err(ready - now) })
}

pub async fn record_failure(pool: &Pool, key: &str) -> Result<(), sqlx::Error> {
    let now = now_ms();
    // A window older than an hour starts again at one failure.
    sqlx::query(
        "INSERT INTO login_throttle (account_key, window_start, failures, last_failure_at) \
         VALUES ($1, $2, 1, $2) \
         ON CONFLICT (account_key) DO UPDATE SET \
           failures = CASE WHEN $2 - login_throttle.window_start >= $3 THEN 1 ELSE login_throttle.failures + 1 END, \
           window_start = CASE WHEN $2 - login_throttle.window_start >= $3 THEN $2 ELSE login_throttle.window_start END, \
           last_failure_at = $2",
    )
    .bind(key)
    .bind(now)
    .bind(HOUR_MS)
    .execute(pool)
    .await?;
    Ok(())
}

pub async fn clear(pool: &Pool, key: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_throttle WHERE account_key = $1")
        .bind(key)
        .execute(pool)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_grow_after_the_free_failures_and_are_capped() {
        let d: Vec<i64> = (0..14).map(delay_ms).collect();
        assert_eq!(&d[..5], [0, 0, 0, 0, 0]);
        assert_eq!(&d[5..9], [1000, 2000, 4000, 8000]);
        assert_eq!(d[13], 60_000);
        assert_eq!(account_key("  Andi.Saputra "), "andi.saputra");
    }
}
