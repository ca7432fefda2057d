//! Per-account login throttling: the first failures are free, then each further attempt must
//! wait twice as long as the last (up to a minute), and 100 failures in an hour lock the account
//! for the rest of that hour. Per account, not per address, so one office behind a NAT is never
//! locked out by one person's typos. Checking and counting are one statement in the database,
//! so the throttle holds under concurrent attempts and across server processes.

use sqlx::Row;

use crate::kernel::db::{now_ms, Pool};

pub const FREE_FAILURES: i64 = 5;
pub const MAX_FAILURES_PER_HOUR: i64 = 100;
const HOUR_MS: i64 = 3_600_000;
const MAX_DELAY_MS: i64 = 60_000;
/// Counts past which the delay is the maximum (1 s doubled from the sixth failure: 64 s > 60 s).
const MAX_DELAY_STEPS: i64 = FREE_FAILURES + 6;

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

/// The throttle's key for an account found by its username or NIP (one counter per account,
/// however it is named), or for an identifier that names no account (so that a guess at an
/// unknown name is throttled alike and reveals nothing).
pub fn key_of(user_id: Option<i64>, identifier: &str) -> String {
    match user_id {
        Some(id) => format!("user:{id}"),
        None => format!("name:{}", account_key(identifier)),
    }
}

/// Claims one attempt for `key`, or says how long to wait: `Ok(())` to go on and check the
/// password, `Err(wait_ms)` when throttled. The claim counts the attempt as a failure before
/// the password is checked, in one statement, so concurrent attempts (in one server or in
/// several on one database) are each counted before any is checked: six wrong passwords sent at
/// once are five checks and one refusal. A successful login [`clear`]s the count.
pub async fn claim(pool: &Pool, key: &str) -> Result<Result<(), i64>, sqlx::Error> {
    let now = now_ms();
    // `next_at` is when the attempt after this one may come: the delay of the count reached,
    // or any time (0) while the failures are still free (a concurrent attempt that read the
    // clock a moment earlier must not look too early).
    let delays = (0..=MAX_DELAY_STEPS)
        .map(|n| match delay_ms(n) {
            0 => format!("WHEN {n} THEN 0"),
            delay => format!("WHEN {n} THEN $2 + {delay}"),
        })
        .collect::<Vec<_>>()
        .join(" ");
    let next_at = |count: &str| format!("CASE {count} {delays} ELSE $2 + {MAX_DELAY_MS} END");
    let statement = format!(
        "INSERT INTO login_throttle (account_key, window_start, failures, last_failure_at, next_at) \
         VALUES ($1, $2, 1, $2, {first}) \
         ON CONFLICT (account_key) DO UPDATE SET \
           failures = CASE WHEN $2 - login_throttle.window_start >= $3 THEN 1 \
                      ELSE login_throttle.failures + 1 END, \
           next_at = CASE WHEN $2 - login_throttle.window_start >= $3 THEN {first} \
                     ELSE {following} END, \
           window_start = CASE WHEN $2 - login_throttle.window_start >= $3 THEN $2 \
                          ELSE login_throttle.window_start END, \
           last_failure_at = $2 \
         WHERE $2 - login_throttle.window_start >= $3 \
            OR (login_throttle.failures < $4 AND $2 >= login_throttle.next_at)",
        first = next_at("1"),
        following = next_at("login_throttle.failures + 1"),
    );
    let claimed = sqlx::query(&statement)
        .bind(key)
        .bind(now)
        .bind(HOUR_MS)
        .bind(MAX_FAILURES_PER_HOUR)
        .execute(pool)
        .await?
        .rows_affected();
    if claimed == 1 {
        return Ok(Ok(()));
    }
    let row = sqlx::query(
        "SELECT window_start, failures, next_at FROM login_throttle WHERE account_key = $1",
    )
    .bind(key)
    .fetch_one(pool)
    .await?;
    let (window_start, failures, next_at): (i64, i64, i64) =
        (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
    let until = if failures >= MAX_FAILURES_PER_HOUR { window_start + HOUR_MS } else { next_at };
    Ok(Err((until - now).max(1)))
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
        assert_eq!(delay_ms(MAX_DELAY_STEPS), MAX_DELAY_MS);
        assert!(delay_ms(MAX_DELAY_STEPS - 1) < MAX_DELAY_MS);
        assert_eq!(key_of(Some(7), "199001012020011001"), key_of(Some(7), "andi"));
        assert_ne!(key_of(None, "user:7"), key_of(Some(7), "andi"));
    }
}
