//! Health check and migrations, on SQLite and PostgreSQL.

mod common;

use common::{fresh_database, fresh_pool, spawn_app, Backend, TempDir};
use prestasi_server::db;
use sqlx::Row;

async fn health_check_reports_a_reachable_database(backend: Backend) {
    let app = spawn_app(backend).await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"], "ok");
}

async fn health_check_fails_with_503_when_the_database_is_gone(backend: Backend) {
    let app = spawn_app(backend).await;
    app.pool.close().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status(), 503);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["database"], "unreachable");
}

async fn migrations_build_the_schema_from_an_empty_database(backend: Backend) {
    let dir = TempDir::new();
    let url = fresh_database(backend, &dir).await;
    let pool = db::connect_and_migrate(&url, 2).await.unwrap();
    for table in ["agency", "org_unit", "employee"] {
        let n: i64 = sqlx::query(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&pool)
            .await
            .unwrap()
            .get(0);
        assert_eq!(n, 0, "{table} starts empty");
    }
    let applied: i64 = sqlx::query("SELECT COUNT(*) FROM _sqlx_migrations WHERE success = TRUE")
        .fetch_one(&pool)
        .await
        .unwrap()
        .get(0);
    assert!(applied >= 1);
    // A second start applies nothing and fails on nothing.
    db::migrate(&url, &pool).await.unwrap();
    let again: i64 =
        sqlx::query("SELECT COUNT(*) FROM _sqlx_migrations").fetch_one(&pool).await.unwrap().get(0);
    assert_eq!(again, applied);
}

async fn the_schema_rejects_rows_that_break_its_rules(backend: Backend) {
    let (pool, _dir) = fresh_pool(backend).await;
    // An employee of an agency that does not exist: foreign keys are on in both backends.
    let orphan = sqlx::query(
        "INSERT INTO employee (agency_id, unit_id, nip, name, kind, gender, birth_date, \
         position_kind, position_name, education, created_at) \
         VALUES (999, 999, '199603012022042001', 'X', 'pns', 'f', '1996-03-01', 'executor', 'X', 'S1', 0)",
    )
    .execute(&pool)
    .await;
    assert!(orphan.is_err(), "foreign keys must be enforced");
    let bad_region = sqlx::query(
        "INSERT INTO agency (code, name, region_kind, region_name, created_at) \
         VALUES ('x', 'X', 'planet', 'Mars', 0)",
    )
    .execute(&pool)
    .await;
    assert!(bad_region.is_err(), "check constraints must be enforced");
}

both_backends!(
    health_check_reports_a_reachable_database,
    health_check_fails_with_503_when_the_database_is_gone,
    migrations_build_the_schema_from_an_empty_database,
    the_schema_rejects_rows_that_break_its_rules,
);

#[tokio::test]
async fn a_new_sqlite_database_is_created_with_its_folder_in_wal_mode_with_full_sync() {
    let dir = TempDir::new();
    let url = fresh_database(Backend::Sqlite, &dir).await;
    assert!(!dir.0.join("nested").exists());
    let pool = db::connect_and_migrate(&url, 2).await.unwrap();
    assert!(dir.0.join("nested/prestasi.db").exists());
    let mut conn = pool.acquire().await.unwrap();
    let journal: String =
        sqlx::query("PRAGMA journal_mode").fetch_one(&mut *conn).await.unwrap().get(0);
    assert_eq!(journal.to_lowercase(), "wal");
    let sync: i64 = sqlx::query("PRAGMA synchronous").fetch_one(&mut *conn).await.unwrap().get(0);
    assert_eq!(sync, 2, "synchronous=FULL");
    let fk: i64 = sqlx::query("PRAGMA foreign_keys").fetch_one(&mut *conn).await.unwrap().get(0);
    assert_eq!(fk, 1);
    let busy: i64 = sqlx::query("PRAGMA busy_timeout").fetch_one(&mut *conn).await.unwrap().get(0);
    assert!(busy >= 1000);
}
