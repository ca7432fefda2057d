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

/// Every table with its columns (and whether each takes NULL), as the migrated backend has it.
async fn schema_of(backend: Backend) -> std::collections::BTreeMap<String, Vec<(String, bool)>> {
    let (pool, _dir) = fresh_pool(backend).await;
    let sql = match backend {
        // A primary key column refuses NULL in effect even where SQLite's `notnull` says 0.
        Backend::Sqlite => {
            "SELECT m.name, p.name, CASE WHEN p.\"notnull\" = 1 OR p.pk > 0 THEN 1 ELSE 0 END \
             FROM sqlite_master m, pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations'"
        }
        Backend::Postgres => {
            "SELECT table_name::text, column_name::text, \
             CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END \
             FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations'"
        }
    };
    let mut schema = std::collections::BTreeMap::<String, Vec<(String, bool)>>::new();
    for row in sqlx::query(sql).fetch_all(&pool).await.unwrap() {
        let (table, column, not_null): (String, String, i32) = (row.get(0), row.get(1), row.get(2));
        schema.entry(table).or_default().push((column, not_null == 1));
    }
    for columns in schema.values_mut() {
        columns.sort();
    }
    schema
}

/// The two migration trees may differ in column types only: the same tables, the same columns,
/// the same NULL rules. A migration added to one tree and not the other fails here.
#[tokio::test]
async fn both_migration_trees_build_the_same_tables_and_columns() {
    let sqlite = schema_of(Backend::Sqlite).await;
    let postgres = schema_of(Backend::Postgres).await;
    assert!(sqlite.len() > 20, "the schema was read: {} tables", sqlite.len());
    let tables = |s: &std::collections::BTreeMap<String, _>| s.keys().cloned().collect::<Vec<_>>();
    assert_eq!(tables(&sqlite), tables(&postgres), "tables differ between the trees");
    for (table, columns) in &sqlite {
        assert_eq!(columns, &postgres[table], "columns of {table} differ (name, NOT NULL)");
    }
}
