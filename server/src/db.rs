//! Database pools and migrations.
//!
//! SQLite is the embedded default: the file is created on first start, in WAL mode with
//! `synchronous=FULL` (the system of record must survive a power cut), foreign keys on and a busy
//! timeout so that a second writer waits instead of failing. PostgreSQL is chosen by a
//! `postgres://` URL. Each backend has its own migrations folder, embedded in the binary.

use std::{path::Path, time::Duration};

use sqlx::{
    any::{install_default_drivers, AnyPoolOptions},
    migrate::Migrator,
    AnyPool, Executor,
};

use crate::config::DatabaseUrl;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("./migrations/postgres");

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("tidak dapat membuat folder basis data / cannot create the database folder {path}: {source}")]
    CreateDir { path: String, source: std::io::Error },
    #[error(
        "tidak dapat terhubung ke basis data / cannot connect to the database {url}: {source}"
    )]
    Connect { url: String, source: sqlx::Error },
    #[error("migrasi basis data gagal / database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// Connect (creating an SQLite file and its folder if needed) and apply pending migrations.
pub async fn connect_and_migrate(
    url: &DatabaseUrl,
    max_connections: u32,
) -> Result<AnyPool, DbError> {
    let pool = connect(url, max_connections).await?;
    migrate(url, &pool).await?;
    Ok(pool)
}

pub async fn connect(url: &DatabaseUrl, max_connections: u32) -> Result<AnyPool, DbError> {
    install_default_drivers();
    let mut options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(10));
    let connect_url = if url.is_sqlite() {
        ensure_sqlite_folder(url.expose())?;
        options = options.max_connections(max_connections.min(8)).after_connect(|conn, _| {
            Box::pin(async move {
                // journal_mode is stored in the file; the others hold per connection.
                conn.execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                     PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;",
                )
                .await?;
                Ok(())
            })
        });
        with_create_mode(url.expose())
    } else {
        options = options.max_connections(max_connections);
        url.expose().to_string()
    };
    options
        .connect(&connect_url)
        .await
        .map_err(|source| DbError::Connect { url: url.redacted(), source })
}

pub async fn migrate(url: &DatabaseUrl, pool: &AnyPool) -> Result<(), DbError> {
    let migrator = if url.is_sqlite() { &SQLITE_MIGRATIONS } else { &POSTGRES_MIGRATIONS };
    migrator.run(pool).await?;
    Ok(())
}

/// `mode=rwc` makes SQLite create the file when it does not exist.
fn with_create_mode(url: &str) -> String {
    if url.contains("mode=") || url.contains(":memory:") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}

fn ensure_sqlite_folder(url: &str) -> Result<(), DbError> {
    let path = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let path = path.split('?').next().unwrap_or("");
    if path.is_empty() || path.contains(":memory:") {
        return Ok(());
    }
    match Path::new(path).parent() {
        Some(parent) if !parent.as_os_str().is_empty() => std::fs::create_dir_all(parent)
            .map_err(|source| DbError::CreateDir { path: parent.display().to_string(), source }),
        _ => Ok(()),
    }
}

/// `true` when the database answers a trivial query (used by `/healthz`).
pub async fn is_healthy(pool: &AnyPool) -> bool {
    sqlx::query("SELECT 1").execute(pool).await.is_ok()
}

/// `true` when no agency exists yet, i.e. a new database that demo data may fill.
pub async fn is_empty(pool: &AnyPool) -> Result<bool, sqlx::Error> {
    Ok(app::admin::repo::agencies::list(pool).await?.is_empty())
}
