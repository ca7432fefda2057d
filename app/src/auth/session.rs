//! Server-side sessions (OWASP ASVS 3): a random 256-bit token in an `HttpOnly`, `SameSite=Lax`
//! cookie (`Secure` and `__Host-` prefixed in production); the database keeps only its SHA-256.
//! A new token at every login, server-side logout, an idle and an absolute timeout.

use std::time::Duration;

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::Row;

use crate::kernel::db::{now_ms, Pool};

#[derive(Debug, Clone)]
pub struct SessionSettings {
    pub idle: Duration,
    pub absolute: Duration,
    /// Served over HTTPS: `Secure` cookies with the `__Host-` prefix.
    pub secure: bool,
}

impl SessionSettings {
    pub fn cookie_name(&self) -> &'static str {
        if self.secure {
            "__Host-prestasi_session"
        } else {
            "prestasi_session"
        }
    }

    /// `Set-Cookie` for a new session. No `Max-Age`: the cookie ends with the browser, the
    /// session itself ends on the server (idle or absolute timeout).
    pub fn set_cookie(&self, token: &str) -> String {
        let secure = if self.secure { "; Secure" } else { "" };
        format!("{}={token}; Path=/; HttpOnly; SameSite=Lax{secure}", self.cookie_name())
    }

    pub fn clear_cookie(&self) -> String {
        let secure = if self.secure { "; Secure" } else { "" };
        format!("{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}", self.cookie_name())
    }

    /// The session token in a `Cookie` header, if any.
    pub fn token_from_cookie_header<'a>(&self, header: &'a str) -> Option<&'a str> {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == self.cookie_name())
            .map(|(_, value)| value)
            .filter(|v| !v.is_empty())
    }
}

pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Start a session for a user; returns the token for the cookie.
pub async fn create(
    pool: &Pool,
    settings: &SessionSettings,
    user_id: i64,
) -> Result<String, sqlx::Error> {
    let token = new_token();
    let now = now_ms();
    let absolute = i64::try_from(settings.absolute.as_millis()).unwrap_or(i64::MAX);
    sqlx::query(
        "INSERT INTO user_session (token_hash, user_id, created_at, last_seen_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash(&token))
    .bind(user_id)
    .bind(now)
    .bind(now)
    .bind(now.saturating_add(absolute))
    .execute(pool)
    .await?;
    Ok(token)
}

/// The user of a live session, touching its idle clock (at most once a minute, so a page view
/// is not a database write). Expired sessions are deleted on sight.
pub async fn user_of(
    pool: &Pool,
    settings: &SessionSettings,
    token: &str,
) -> Result<Option<i64>, sqlx::Error> {
    let hash = token_hash(token);
    let Some(row) = sqlx::query(
        "SELECT user_id, last_seen_at, expires_at FROM user_session WHERE token_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(pool)
    .await?
    else {
        return Ok(None);
    };
    let (user_id, last_seen, expires): (i64, i64, i64) =
        (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
    let now = now_ms();
    let idle = i64::try_from(settings.idle.as_millis()).unwrap_or(i64::MAX);
    if now >= expires || now - last_seen >= idle {
        revoke(pool, token).await?;
        return Ok(None);
    }
    if now - last_seen >= 60_000 {
        sqlx::query("UPDATE user_session SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(&hash)
            .execute(pool)
            .await?;
    }
    Ok(Some(user_id))
}

pub async fn revoke(pool: &Pool, token: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM user_session WHERE token_hash = $1")
        .bind(token_hash(token))
        .execute(pool)
        .await?;
    Ok(())
}

/// End every session of a user except the one with `keep` (after a password change).
pub async fn revoke_others(
    pool: &Pool,
    user_id: i64,
    keep: Option<&str>,
) -> Result<u64, sqlx::Error> {
    let keep = keep.map(token_hash).unwrap_or_default();
    let done = sqlx::query("DELETE FROM user_session WHERE user_id = $1 AND token_hash <> $2")
        .bind(user_id)
        .bind(keep)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_host_only_http_only_and_secure_in_production() {
        let dev = SessionSettings {
            idle: Duration::from_secs(1800),
            absolute: Duration::from_secs(43_200),
            secure: false,
        };
        assert_eq!(dev.set_cookie("t"), "prestasi_session=t; Path=/; HttpOnly; SameSite=Lax");
        let prod = SessionSettings { secure: true, ..dev.clone() };
        assert_eq!(
            prod.set_cookie("t"),
            "__Host-prestasi_session=t; Path=/; HttpOnly; SameSite=Lax; Secure"
        );
        assert!(prod.clear_cookie().contains("Max-Age=0"));
        assert_eq!(dev.token_from_cookie_header("lang=id; prestasi_session=abc"), Some("abc"));
        assert_eq!(prod.token_from_cookie_header("prestasi_session=abc"), None);
    }

    #[test]
    fn tokens_are_long_random_and_only_their_hash_is_stored() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }
}
