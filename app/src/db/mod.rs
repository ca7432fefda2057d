//! Repositories (server only). They speak portable SQL through `sqlx::Any`, so one body of code
//! serves SQLite (the embedded default) and PostgreSQL (the national scale path).
//!
//! Storage conventions, chosen so that both backends decode the same Rust types:
//! ids and integers are `BIGINT`/`INTEGER` read as `i64`, dates are ISO-8601 `TEXT`
//! (`YYYY-MM-DD`, which sorts correctly), instants are Unix milliseconds in `BIGINT`.

pub mod agencies;
pub mod audit;
pub mod demo;
pub mod employees;
pub mod import;
pub mod records;
pub mod roles;
pub mod units;
pub mod users;

pub type Pool = sqlx::AnyPool;

/// Today's date (UTC) in the storage form of dates, `YYYY-MM-DD`: what "in force today" means
/// for reporting lines and roles.
pub fn today() -> String {
    crate::rules::Date::from_days(now_ms().div_euclid(86_400_000)).to_string()
}

/// Milliseconds since the Unix epoch, the storage form of every instant.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
