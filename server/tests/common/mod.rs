//! `spawn_app()`: the real application on a random port against a fresh database, SQLite or
//! PostgreSQL. PostgreSQL tests need TEST_DATABASE_URL (the README's test command starts a
//! throwaway server and sets it); without it they fail rather than pass silently.
#![allow(dead_code)]

pub mod demo;

use std::{
    path::PathBuf,
    sync::atomic::{AtomicU32, Ordering},
};

use prestasi_server::{
    config::{Config, DatabaseUrl},
    db,
    startup::Application,
};
use sqlx::{AnyPool, Connection};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub address: String,
    pub pool: AnyPool,
    pub database_url: DatabaseUrl,
    pub client: reqwest::Client,
    /// Keeps the temporary folder (SQLite file, site root) alive for the test's duration.
    pub dir: TempDir,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("request failed")
    }
}

/// A folder removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new() -> Self {
        let path = std::env::temp_dir().join(format!("prestasi-test-{}", unique_suffix()));
        std::fs::create_dir_all(&path).expect("cannot create temp dir");
        TempDir(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn unique_suffix() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{}_{}_{}", std::process::id(), nanos, COUNTER.fetch_add(1, Ordering::Relaxed))
}

/// A fresh, empty database URL for one test.
pub async fn fresh_database(backend: Backend, dir: &TempDir) -> DatabaseUrl {
    match backend {
        Backend::Sqlite => {
            DatabaseUrl::new(format!("sqlite://{}/nested/prestasi.db", dir.0.display()))
        }
        Backend::Postgres => {
            let admin_url = std::env::var("TEST_DATABASE_URL").expect(
                "TEST_DATABASE_URL is not set: PostgreSQL tests need a server. Run `make test`, \
                 which starts a throwaway PostgreSQL, or point TEST_DATABASE_URL at one.",
            );
            sqlx::any::install_default_drivers();
            let name = format!("prestasi_test_{}", unique_suffix());
            let mut conn =
                sqlx::AnyConnection::connect(&admin_url).await.expect("cannot reach PostgreSQL");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
                .expect("cannot create test database");
            conn.close().await.ok();
            let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin_url);
            DatabaseUrl::new(format!("{base}/{name}"))
        }
    }
}

pub fn test_config(database_url: DatabaseUrl, site_root: PathBuf) -> Config {
    let mut config = Config::from_lookup(|_| None).expect("defaults are valid");
    config.addr = "127.0.0.1:0".parse().expect("valid address");
    config.database_url = database_url;
    config.site_root = site_root;
    config.max_body_bytes = 64 * 1024;
    config
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

pub async fn spawn_app_with(backend: Backend, adjust: impl FnOnce(&mut Config)) -> TestApp {
    let dir = TempDir::new();
    let site_root = dir.0.join("site");
    std::fs::create_dir_all(site_root.join("pkg")).expect("site root");
    let database_url = fresh_database(backend, &dir).await;
    let mut config = test_config(database_url.clone(), site_root);
    adjust(&mut config);
    let app = Application::build(&config).await.expect("application failed to start");
    let address = format!("http://{}", app.local_addr());
    let pool = app.pool().clone();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http client");
    TestApp { address, pool, database_url, client, dir }
}

/// A migrated pool without a running server, for repository tests.
pub async fn fresh_pool(backend: Backend) -> (AnyPool, TempDir) {
    let dir = TempDir::new();
    let url = fresh_database(backend, &dir).await;
    let pool = db::connect_and_migrate(&url, 5).await.expect("connect and migrate");
    (pool, dir)
}

/// Run one async test body against SQLite and PostgreSQL: `both_backends!(name, ...)` expects an
/// `async fn name(backend: Backend)` and creates `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name($crate::common::Backend::Sqlite).await
            }
            #[tokio::test]
            async fn postgres() {
                super::$name($crate::common::Backend::Postgres).await
            }
        }
    )*};
}

/// Log in with the demo password; the session cookie as `name=value`.
#[allow(dead_code)] // not every test binary logs in
pub async fn login(app: &TestApp, identifier: &str) -> String {
    login_with(app, identifier, app::auth::DEMO_PASSWORD).await.expect("logged in")
}

#[allow(dead_code)]
pub async fn login_with(app: &TestApp, identifier: &str, password: &str) -> Option<String> {
    let response = app
        .client
        .post(app.url("/api/auth/login"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("identifier", identifier), ("password", password)])
        .send()
        .await
        .unwrap();
    let cookie = response.headers().get(reqwest::header::SET_COOKIE)?.to_str().unwrap();
    Some(cookie.split(';').next().unwrap().to_string())
}

/// POST a server function as a same-origin form; `Ok(json)` or `Err(body)`.
#[allow(dead_code)]
pub async fn call(
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
    form: &[(&str, String)],
) -> Result<serde_json::Value, String> {
    let mut request =
        app.client.post(app.url(path)).header("sec-fetch-site", "same-origin").form(form);
    if let Some(cookie) = cookie {
        request = request.header(reqwest::header::COOKIE, cookie);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let ok = response.status().is_success();
    let body = response.text().await.unwrap();
    if ok {
        Ok(serde_json::from_str(&body).unwrap())
    } else {
        Err(described(status, &body))
    }
}

/// A refused call as one line a test can read: the status, the typed error as sent (its
/// variant and reason codes) and the message an Indonesian reader sees. A body that is not an
/// `AppError` is a test failure: every server function answers with one.
#[allow(dead_code)]
pub fn described(status: u16, body: &str) -> String {
    let error: app::kernel::error::AppError = serde_json::from_str(body)
        .unwrap_or_else(|e| panic!("{status}: not an AppError ({e}): {body}"));
    assert_eq!(error.status(), status, "the HTTP status follows the error: {body}");
    // As the page shows it: shared reasons from the shared texts, a feature's from its own.
    let locale = app::i18n::Locale::Id;
    let feature = |r| app::development::reason_texts::text(r, locale);
    format!("{status} {body} {}", error.message_with(locale.texts(), &feature))
}

/// An HR office account of Palangka Raya (the demo has HR accounts for Makassar only).
#[allow(dead_code)]
pub async fn other_agency_admin(app: &TestApp) -> String {
    use sqlx::Row;
    let agency: i64 = sqlx::query("SELECT id FROM agency WHERE code = 'kota-palangka-raya'")
        .fetch_one(&app.pool)
        .await
        .unwrap()
        .try_get::<i64, _>(0)
        .unwrap();
    let hash =
        app::auth::password::Hasher::new(1).hash(app::auth::DEMO_PASSWORD.into()).await.unwrap();
    let mut conn = app.pool.acquire().await.unwrap();
    let id = app::auth::repo::users::insert(
        &mut conn,
        &app::auth::repo::users::NewUser {
            agency_id: Some(agency),
            employee_id: None,
            username: "admin.palangkaraya",
            display_name: "Admin PR",
            password_hash: &hash,
            must_change_password: false,
        },
    )
    .await
    .unwrap();
    app::auth::repo::users::grant(&mut conn, id, app::auth::Role::AdminInstansi, Some(agency))
        .await
        .unwrap();
    "admin.palangkaraya".into()
}

/// The field a 422 refusal names (`…"field":"input[kind]"…` in a `described` line), so a test
/// checks that each refusal points at its own field.
#[allow(dead_code)]
pub fn field_of(refusal: &str) -> String {
    assert!(refusal.starts_with("422"), "{refusal}");
    let at = refusal.find("\"field\":\"").map(|i| i + 9).unwrap_or_else(|| panic!("{refusal}"));
    refusal[at..].split('"').next().unwrap().to_string()
}
