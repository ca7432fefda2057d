//! Operations on accounts from the command line (`server create-admin`).

use app::audit::types::{AuditAction, AuditEntity};
use app::{
    audit::repo as audit,
    auth::password::Hasher,
    auth::repo::users::{self, NewUser},
    auth::Role,
};
use rand::Rng;
use sqlx::{AnyPool, Row};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Agency(String),
    Platform,
}

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("nama pengguna tidak valid / invalid username `{0}`: 3–64 huruf kecil, angka, titik, minus, garis bawah / 3–64 lower-case letters, digits, dot, dash, underscore")]
    Username(String),
    #[error("nama pengguna sudah dipakai / username already taken: {0}")]
    Taken(String),
    #[error("instansi tidak dikenal / unknown agency code: {0}")]
    UnknownAgency(String),
    #[error("galat basis data / database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("hash kata sandi gagal / password hashing failed: {0}")]
    Hash(String),
    #[error("tidak dapat membaca / cannot read {path}: {source}")]
    Read { path: String, source: std::io::Error },
    #[error("{count} masalah; tidak ada yang diimpor / {count} problems; nothing was imported")]
    Invalid { count: usize },
}

pub struct Created {
    pub user_id: i64,
    pub username: String,
    pub password: String,
}

/// Twenty characters from an alphabet without look-alikes (about 115 bits), from the thread's
/// cryptographically secure generator (seeded by the OS).
fn initial_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..20).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

pub async fn create_admin(
    pool: &AnyPool,
    username: &str,
    name: &str,
    scope: Scope,
) -> Result<Created, AdminError> {
    let username = username.trim().to_lowercase();
    let valid = (3..=64).contains(&username.len())
        && username
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    if !valid {
        return Err(AdminError::Username(username));
    }
    let agency_id = match &scope {
        Scope::Platform => None,
        Scope::Agency(code) => Some(
            sqlx::query("SELECT id FROM agency WHERE code = $1")
                .bind(code)
                .fetch_optional(pool)
                .await?
                .ok_or_else(|| AdminError::UnknownAgency(code.clone()))?
                .try_get::<i64, _>(0)?,
        ),
    };
    let password = initial_password();
    let hash =
        Hasher::new(1).hash(password.clone()).await.map_err(|e| AdminError::Hash(e.to_string()))?;
    let mut tx = app::kernel::db::begin_write(pool).await?;
    let taken: i64 = sqlx::query("SELECT COUNT(*) FROM app_user WHERE username = $1")
        .bind(&username)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
    if taken > 0 {
        return Err(AdminError::Taken(username));
    }
    let user_id = users::insert(
        &mut tx,
        &NewUser {
            agency_id,
            employee_id: None,
            username: &username,
            display_name: name.trim(),
            password_hash: &hash,
            must_change_password: true,
        },
    )
    .await?;
    let role = if scope == Scope::Platform { Role::PlatformAdmin } else { Role::AdminInstansi };
    users::grant(&mut tx, user_id, role, agency_id).await?;
    audit::append(
        &mut tx,
        &audit::Entry {
            agency_id,
            actor_user_id: None,
            entity_id: Some(user_id.to_string()),
            after_json: Some(
                serde_json::json!({ "username": username, "role": role.code() }).to_string(),
            ),
            ..audit::Entry::new(AuditAction::UserCreated, AuditEntity::Account)
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Created { user_id, username, password })
}

/// `server import`: validate a CSV or XLSX file whole, then write it in one transaction, or report every
/// problem (line, column, message) and write nothing.
pub async fn import_file(
    pool: &AnyPool,
    agency_code: &str,
    path: &std::path::Path,
) -> Result<usize, AdminError> {
    let started = std::time::Instant::now();
    let bytes = std::fs::read(path)
        .map_err(|source| AdminError::Read { path: path.display().to_string(), source })?;
    let agency: i64 = sqlx::query("SELECT id FROM agency WHERE code = $1")
        .bind(agency_code)
        .fetch_optional(pool)
        .await?
        .ok_or_else(|| AdminError::UnknownAgency(agency_code.to_string()))?
        .try_get(0)?;
    let locale = app::i18n::Locale::Id;
    let (rows, read) = app::import::check_any(&bytes, locale).map_err(|e| report(&e))?;
    let errors = app::import::repo::all_problems(pool, agency, &rows, read, locale).await?;
    if !errors.is_empty() {
        return Err(report(&errors));
    }
    match app::import::repo::import_employees(pool, agency, None, &rows, locale).await? {
        Ok(n) => {
            println!(
                "{n} pegawai diimpor / employees imported in {:.1} s",
                started.elapsed().as_secs_f64()
            );
            Ok(n)
        }
        Err(errors) => Err(report(&errors)),
    }
}

fn report(errors: &[app::import::ImportError]) -> AdminError {
    for e in errors.iter().take(200) {
        eprintln!("baris/line {} {}: {}", e.line, e.column.as_deref().unwrap_or("-"), e.message);
    }
    AdminError::Invalid { count: errors.len() }
}
