//! Password rules and Argon2id hashing (OWASP ASVS 2.4).
//!
//! Hashing is CPU- and memory-heavy, so it runs on the blocking pool, at most as many at once as
//! there are cores: a burst of logins queues instead of starving the async workers.

use std::sync::Arc;

use argon2::{
    password_hash::{
        rand_core::OsRng, PasswordHash, PasswordHasher as _, PasswordVerifier, SaltString,
    },
    Algorithm, Argon2, Params, Version,
};
use tokio::sync::Semaphore;

/// OWASP's Argon2id baseline: 19 MiB, two passes, one lane.
const MEMORY_KIB: u32 = 19_456;
const ITERATIONS: u32 = 2;

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 128;

/// Common passwords, lower-cased, including the Indonesian favourites that breach lists show.
const COMMON: &[&str] = &[
    "123456789012",
    "1234567890123",
    "12345678901234",
    "qwertyuiop123",
    "passwordpassword",
    "password1234",
    "password12345",
    "password123456",
    "administrator",
    "administrator1",
    "admin1234567",
    "adminadmin123",
    "iloveyou1234",
    "qwerty123456",
    "qwertyuiopasdf",
    "1q2w3e4r5t6y",
    "1qaz2wsx3edc",
    "aaaaaaaaaaaa",
    "abcdefghijkl",
    "abc123456789",
    "welcome12345",
    "letmein12345",
    "monkey123456",
    "dragon123456",
    "football1234",
    "sunshine1234",
    "princess1234",
    "bismillah123",
    "bismillah1234",
    "bismillahirrahmanirrahim",
    "alhamdulillah",
    "alhamdulillah1",
    "assalamualaikum",
    "indonesia123",
    "indonesia1234",
    "indonesiaraya",
    "merahputih123",
    "jakarta12345",
    "makassar1234",
    "pancasila123",
    "pancasila1945",
    "garudaindonesia",
    "sayangkamu123",
    "akusayangkamu",
    "cintaku12345",
    "rahasia12345",
    "rahasiaku123",
    "katasandi123",
    "katasandi1234",
    "passwordbaru",
    "pegawainegeri",
    "pnsindonesia",
    "aparatursipil",
    "asn123456789",
    "kepegawaian1",
    "prestasi1234",
    "prestasi12345",
    "gantipassword",
    "changeme1234",
    "defaultpassword",
];

/// Why a new password is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("at least {MIN_LENGTH} characters")]
    TooShort,
    #[error("at most {MAX_LENGTH} characters")]
    TooLong,
    #[error("a commonly used password")]
    Common,
    #[error("contains the username or NIP")]
    ContainsIdentifier,
}

/// Check a new password against the rules; `identifiers` are the username and NIP it may not
/// contain.
pub fn check_new_password(password: &str, identifiers: &[&str]) -> Result<(), PasswordProblem> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    let lower = password.to_lowercase();
    if COMMON.contains(&lower.as_str())
        || lower.chars().all(|c| c == lower.chars().next().unwrap_or(' '))
    {
        return Err(PasswordProblem::Common);
    }
    if identifiers.iter().any(|id| id.len() >= 4 && lower.contains(&id.to_lowercase())) {
        return Err(PasswordProblem::ContainsIdentifier);
    }
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum HashError {
    #[error("password hashing failed: {0}")]
    Hash(String),
    #[error("password hashing task failed")]
    Join,
}

/// Bounded Argon2id hashing on the blocking pool. Cheap to clone; shared through context.
#[derive(Clone)]
pub struct Hasher {
    permits: Arc<Semaphore>,
}

impl Hasher {
    pub fn new(concurrency: usize) -> Self {
        Hasher { permits: Arc::new(Semaphore::new(concurrency.max(1))) }
    }

    fn argon2() -> Result<Argon2<'static>, HashError> {
        let params = Params::new(MEMORY_KIB, ITERATIONS, 1, None)
            .map_err(|e| HashError::Hash(e.to_string()))?;
        Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
    }

    pub async fn hash(&self, password: String) -> Result<String, HashError> {
        let _permit = self.permits.acquire().await.map_err(|_| HashError::Join)?;
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut OsRng);
            Self::argon2()?
                .hash_password(password.as_bytes(), &salt)
                .map(|h| h.to_string())
                .map_err(|e| HashError::Hash(e.to_string()))
        })
        .await
        .map_err(|_| HashError::Join)?
    }

    /// `true` when `password` matches `hash`. With `hash = None` (unknown account) a dummy hash
    /// is verified anyway, so response times do not reveal which accounts exist.
    pub async fn verify(&self, password: String, hash: Option<String>) -> Result<bool, HashError> {
        let _permit = self.permits.acquire().await.map_err(|_| HashError::Join)?;
        tokio::task::spawn_blocking(move || {
            let known = hash.is_some();
            let stored = hash.unwrap_or_else(|| DUMMY_HASH.to_string());
            let parsed = PasswordHash::new(&stored).map_err(|e| HashError::Hash(e.to_string()))?;
            let ok = Self::argon2()?.verify_password(password.as_bytes(), &parsed).is_ok();
            Ok(ok && known)
        })
        .await
        .map_err(|_| HashError::Join)?
    }
}

/// An Argon2id hash of a random string nobody knows, for timing-equal failures.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0Dd5V6rqcYxGNVtUjJqFhUKbAQxqXZpB3bWkJmMvvRU";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_rules_refuse_short_common_and_identifying_passwords() {
        assert_eq!(check_new_password("short", &[]), Err(PasswordProblem::TooShort));
        assert_eq!(check_new_password(&"x".repeat(129), &[]), Err(PasswordProblem::TooLong));
        assert_eq!(check_new_password("Bismillah123", &[]), Err(PasswordProblem::Common));
        assert_eq!(check_new_password("zzzzzzzzzzzzzz", &[]), Err(PasswordProblem::Common));
        assert_eq!(
            check_new_password("andi.saputra-2026!", &["andi.saputra"]),
            Err(PasswordProblem::ContainsIdentifier)
        );
        assert_eq!(check_new_password("kopi tubruk di pagi hari", &["andi"]), Ok(()));
    }

    #[tokio::test]
    async fn hashes_verify_and_unknown_accounts_never_verify() {
        let hasher = Hasher::new(2);
        let hash = hasher.hash("kopi tubruk di pagi hari".into()).await.unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(hasher
            .verify("kopi tubruk di pagi hari".into(), Some(hash.clone()))
            .await
            .unwrap());
        assert!(!hasher.verify("kopi tubruk di sore hari".into(), Some(hash)).await.unwrap());
        assert!(!hasher.verify("anything".into(), None).await.unwrap());
    }
}
