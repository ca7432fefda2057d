//! Accounts and sessions over HTTP: cookie flags, rotation, logout, idle and absolute expiry,
//! password change, throttling, cross-site refusal, demo accounts — on SQLite and PostgreSQL.

mod common;

use app::{
    auth::password::Hasher,
    auth::repo::users::{self, NewUser},
    auth::DEMO_PASSWORD,
};
use common::{spawn_app, spawn_app_with, Backend, TestApp};
use reqwest::header;
use serde_json::Value;

const PASSWORD: &str = "kopi tubruk di pagi hari";

async fn make_user(app: &TestApp, username: &str, must_change: bool) -> i64 {
    let hash = Hasher::new(1).hash(PASSWORD.into()).await.unwrap();
    let mut conn = app.pool.acquire().await.unwrap();
    users::insert(
        &mut conn,
        &NewUser {
            agency_id: None,
            employee_id: None,
            username,
            display_name: "Uji Coba",
            password_hash: &hash,
            must_change_password: must_change,
        },
    )
    .await
    .unwrap()
}

/// POST a server function as a same-origin browser form would; returns status, Set-Cookie, body.
async fn call(
    app: &TestApp,
    path: &str,
    form: &[(&str, &str)],
    cookie: Option<&str>,
) -> (u16, Option<String>, String) {
    let mut request =
        app.client.post(app.url(path)).header("sec-fetch-site", "same-origin").form(form);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let set_cookie =
        response.headers().get(header::SET_COOKIE).map(|v| v.to_str().unwrap().to_string());
    let body = response.text().await.unwrap();
    let body = if status >= 400 { common::described(status, &body) } else { body };
    (status, set_cookie, body)
}

async fn login(app: &TestApp, who: &str, password: &str) -> (u16, Option<String>, String) {
    call(app, "/api/auth/login", &[("identifier", who), ("password", password)], None).await
}

/// `name=value` of a Set-Cookie header.
fn cookie_pair(set_cookie: &str) -> String {
    set_cookie.split(';').next().unwrap().to_string()
}

async fn whoami(app: &TestApp, cookie: &str) -> Value {
    let (status, _, body) = call(app, "/api/auth/me", &[], Some(cookie)).await;
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

async fn login_sets_a_hardened_cookie_and_logout_ends_the_session_on_the_server(backend: Backend) {
    let app = spawn_app(backend).await;
    make_user(&app, "andi", false).await;
    let (status, set_cookie, body) = login(&app, "Andi", PASSWORD).await;
    assert!(status < 400, "{status} {body}");
    let set_cookie = set_cookie.expect("a session cookie");
    assert!(set_cookie.starts_with("prestasi_session="), "{set_cookie}");
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(set_cookie.contains(flag), "{set_cookie}");
    }
    let cookie = cookie_pair(&set_cookie);
    assert_eq!(whoami(&app, &cookie).await["display_name"], "Uji Coba");

    let (status, cleared, _) = call(&app, "/api/auth/logout", &[], Some(&cookie)).await;
    assert!(status < 400);
    assert!(cleared.unwrap().contains("Max-Age=0"));
    // The old cookie, replayed, no longer opens anything.
    assert!(whoami(&app, &cookie).await.is_null());
}

async fn every_login_gets_a_new_session_id_and_ends_the_one_it_came_with(backend: Backend) {
    let app = spawn_app(backend).await;
    make_user(&app, "andi", false).await;
    let first = cookie_pair(&login(&app, "andi", PASSWORD).await.1.unwrap());
    let (_, second, _) = call(
        &app,
        "/api/auth/login",
        &[("identifier", "andi"), ("password", PASSWORD)],
        Some(&first),
    )
    .await;
    let second = cookie_pair(&second.unwrap());
    assert_ne!(first, second);
    assert!(whoami(&app, &first).await.is_null());
    assert!(!whoami(&app, &second).await.is_null());
}

async fn sessions_expire_when_idle_and_at_their_absolute_limit(backend: Backend) {
    let app = spawn_app(backend).await;
    make_user(&app, "andi", false).await;
    let idle = cookie_pair(&login(&app, "andi", PASSWORD).await.1.unwrap());
    let absolute = cookie_pair(&login(&app, "andi", PASSWORD).await.1.unwrap());
    let hash = |c: &str| app::auth::session::token_hash(c.split_once('=').unwrap().1);
    let now = app::kernel::db::now_ms();
    sqlx::query("UPDATE user_session SET last_seen_at = $1 WHERE token_hash = $2")
        .bind(now - 31 * 60_000)
        .bind(hash(&idle))
        .execute(&app.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE user_session SET expires_at = $1 WHERE token_hash = $2")
        .bind(now - 1)
        .bind(hash(&absolute))
        .execute(&app.pool)
        .await
        .unwrap();
    assert!(whoami(&app, &idle).await.is_null());
    assert!(whoami(&app, &absolute).await.is_null());
}

async fn changing_the_password_ends_every_other_session(backend: Backend) {
    let app = spawn_app(backend).await;
    make_user(&app, "andi", true).await;
    let phone = cookie_pair(&login(&app, "andi", PASSWORD).await.1.unwrap());
    let laptop = cookie_pair(&login(&app, "andi", PASSWORD).await.1.unwrap());
    assert_eq!(whoami(&app, &laptop).await["must_change_password"], true);

    let change = |new: &'static str, current: &'static str| {
        let laptop = laptop.clone();
        let app = &app;
        async move {
            call(
                app,
                "/api/auth/change-password",
                &[("current", current), ("new_password", new), ("confirm", new)],
                Some(&laptop),
            )
            .await
        }
    };
    let (status, _, body) = change("pendek", PASSWORD).await;
    assert!(status >= 400 && body.contains("minimal 12 karakter"), "{status} {body}");
    let (status, _, body) = change("bismillah123", PASSWORD).await;
    assert!(status >= 400 && body.contains("terlalu umum"), "{body}");
    let (status, _, body) = change("teh manis di sore hari", "salah sekali ini").await;
    assert!(status >= 400 && body.contains("Kata sandi saat ini salah"), "{body}");
    let (status, _, body) = change("teh manis di sore hari", PASSWORD).await;
    assert!(status < 400, "{status} {body}");

    assert!(whoami(&app, &phone).await.is_null(), "the other session ended");
    let me = whoami(&app, &laptop).await;
    assert_eq!(me["must_change_password"], false);
    assert!(login(&app, "andi", PASSWORD).await.0 >= 400, "old password refused");
    assert!(login(&app, "andi", "teh manis di sore hari").await.0 < 400);
    let actions = app::audit::repo::actions(&app.pool, None, 50).await.unwrap();
    assert!(actions.iter().any(|(a, ..)| a == "password_changed"));
}

async fn repeated_failures_slow_down_and_then_lock_only_that_account(backend: Backend) {
    let app = spawn_app(backend).await;
    make_user(&app, "andi", false).await;
    make_user(&app, "budi", false).await;
    for _ in 0..5 {
        let (status, _, body) = login(&app, "andi", "wrong password!").await;
        assert!(
            status >= 400 && body.contains("NIP/nama pengguna atau kata sandi salah"),
            "{body}"
        );
    }
    // The sixth attempt must wait, even with the right password.
    let (status, cookie, body) = login(&app, "andi", PASSWORD).await;
    assert!(status >= 400 && cookie.is_none(), "{status}");
    assert!(body.contains("Terlalu banyak percobaan gagal"), "{body}");
    // Another account (the colleague behind the same NAT address) is not affected.
    assert!(login(&app, "budi", PASSWORD).await.0 < 400);
    // 100 failures in the hour lock the account for the rest of the hour.
    sqlx::query(
        "UPDATE login_throttle SET failures = 100, last_failure_at = $1, next_at = $1 \
         WHERE account_key = (SELECT 'user:' || CAST(id AS TEXT) FROM app_user WHERE username = 'andi')",
    )
    .bind(app::kernel::db::now_ms() - 120_000)
    .execute(&app.pool)
    .await
    .unwrap();
    let (status, _, body) = login(&app, "andi", PASSWORD).await;
    assert!(status >= 400 && body.contains("Terlalu banyak"), "{body}");
    let actions = app::audit::repo::actions(&app.pool, None, 50).await.unwrap();
    assert!(actions.iter().filter(|(a, ..)| a == "login_failed").count() >= 5);
}

/// Checking and counting an attempt are one step in the database: six wrong passwords sent at
/// once, half of them to a second server process on the same database, are five checks and
/// one refusal.
async fn the_throttle_holds_under_concurrent_attempts_on_two_servers(backend: Backend) {
    let app = spawn_app(backend).await;
    make_user(&app, "andi", false).await;
    let mut config = common::test_config(app.database_url.clone(), app.dir.0.join("site"));
    config.max_body_bytes = 64 * 1024;
    let second = prestasi_server::startup::Application::build(&config).await.unwrap();
    let second_address = format!("http://{}", second.local_addr());
    tokio::spawn(second.run_until_stopped());
    let attempt = |n: usize| {
        let url = match n % 2 {
            0 => app.url("/api/auth/login"),
            _ => format!("{second_address}/api/auth/login"),
        };
        let client = app.client.clone();
        async move {
            client
                .post(url)
                .header("sec-fetch-site", "same-origin")
                .form(&[("identifier", "andi"), ("password", "wrong password!")])
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    let statuses = futures::future::join_all((0..6).map(attempt)).await;
    let checked = statuses.iter().filter(|s| **s == 401).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!((checked, refused), (5, 1), "{statuses:?}");
}

both_backends!(the_throttle_holds_under_concurrent_attempts_on_two_servers);

/// An account named by its username or by its NIP has one counter; guessing the current
/// password on the change form counts on it too.
async fn one_counter_per_account_and_the_password_change_is_throttled(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let pegawai = accounts.iter().find(|a| a.role.code() == "pegawai").unwrap();
    let nip = pegawai.nip.clone().unwrap();
    for who in [&pegawai.identifier, &nip, &pegawai.identifier, &nip, &pegawai.identifier] {
        let (status, _, body) = login(&app, who, "wrong password!").await;
        assert_eq!(status, 401, "{body}");
    }
    let (status, cookie, body) = login(&app, &nip, DEMO_PASSWORD).await;
    assert!(status == 429 && cookie.is_none(), "the sixth attempt waits: {status} {body}");

    let andi = spawn_app(backend).await;
    make_user(&andi, "andi", false).await;
    let (_, cookie, _) = login(&andi, "andi", PASSWORD).await;
    let cookie = cookie.unwrap();
    let change = |current: &'static str| {
        let form = [
            ("current", current),
            ("new_password", "teh manis di sore hari"),
            ("confirm", "teh manis di sore hari"),
        ];
        let (app, cookie) = (&andi, cookie.clone());
        async move { call(app, "/api/auth/change-password", &form, Some(&cookie)).await }
    };
    for _ in 0..5 {
        let (status, _, body) = change("bukan kata sandi").await;
        assert_eq!(status, 422, "{body}");
    }
    let (status, _, body) = change(PASSWORD).await;
    assert_eq!(status, 429, "the sixth guess waits, even the right one: {body}");
}

both_backends!(one_counter_per_account_and_the_password_change_is_throttled);

async fn demo_accounts_hold_their_roles_and_employees_log_in_with_their_nip(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    assert_eq!(accounts.len(), 6);
    let expected = [
        ("pegawai", vec!["pegawai"]),
        ("pejabat_penilai", vec!["pegawai", "pejabat_penilai"]),
        ("atasan_pejabat_penilai", vec!["pegawai", "pejabat_penilai", "atasan_pejabat_penilai"]),
        ("admin_instansi", vec!["pegawai", "admin_instansi"]),
        ("platform_admin", vec!["platform_admin"]),
    ];
    for (role, roles) in expected {
        let account = accounts.iter().find(|a| a.role.code() == role).unwrap();
        // The list shows the README's usernames; employees also log in with the NIP beside it.
        assert_eq!(account.identifier, format!("demo.{role}"));
        if role != "platform_admin" {
            let nip = account.nip.as_deref().unwrap_or_else(|| panic!("no NIP: {account:?}"));
            assert_eq!(nip.len(), 18);
            let (status, _, body) = login(&app, nip, DEMO_PASSWORD).await;
            assert!(status < 400, "{role} by NIP: {body}");
        }
        let (status, cookie, body) = login(&app, &account.identifier, DEMO_PASSWORD).await;
        assert!(status < 400, "{role}: {body}");
        let me = whoami(&app, &cookie_pair(&cookie.unwrap())).await;
        let got: Vec<&str> =
            me["roles"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
        assert_eq!(got, roles, "{role}");
    }
}

both_backends!(
    login_sets_a_hardened_cookie_and_logout_ends_the_session_on_the_server,
    every_login_gets_a_new_session_id_and_ends_the_one_it_came_with,
    sessions_expire_when_idle_and_at_their_absolute_limit,
    changing_the_password_ends_every_other_session,
    repeated_failures_slow_down_and_then_lock_only_that_account,
    demo_accounts_hold_their_roles_and_employees_log_in_with_their_nip,
);

#[tokio::test]
async fn production_cookies_are_secure_and_host_prefixed() {
    let app = spawn_app_with(Backend::Sqlite, |c| {
        c.environment = prestasi_server::config::Environment::Production
    })
    .await;
    make_user(&app, "andi", false).await;
    let set_cookie = login(&app, "andi", PASSWORD).await.1.unwrap();
    assert!(set_cookie.starts_with("__Host-prestasi_session="), "{set_cookie}");
    assert!(set_cookie.contains("; Secure"));
    assert!(!set_cookie.contains("Domain="));
}

#[tokio::test]
async fn demo_accounts_are_listed_only_in_demo_mode() {
    for demo in [false, true] {
        let app = spawn_app_with(Backend::Sqlite, |c| c.demo = demo).await;
        prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
        let (_, _, body) = call(&app, "/api/auth/demo-accounts", &[], None).await;
        let list: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(list.as_array().unwrap().len(), if demo { 6 } else { 0 }, "demo={demo}");
    }
}

#[tokio::test]
async fn cross_site_state_changes_are_refused() {
    let app = spawn_app(Backend::Sqlite).await;
    make_user(&app, "andi", false).await;
    let form = [("identifier", "andi"), ("password", PASSWORD)];
    let cross = app
        .client
        .post(app.url("/api/auth/login"))
        .header("sec-fetch-site", "cross-site")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(cross.status(), 403);
    let evil = app
        .client
        .post(app.url("/api/auth/login"))
        .header(header::ORIGIN, "http://evil.example")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(evil.status(), 403);
    let host = app.address.trim_start_matches("http://").to_string();
    // The same host over the other scheme is another origin (this server is reached by http).
    let other_scheme = app
        .client
        .post(app.url("/api/auth/login"))
        .header(header::ORIGIN, format!("https://{host}"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(other_scheme.status(), 403);
    let same = app
        .client
        .post(app.url("/api/auth/login"))
        .header(header::ORIGIN, format!("http://{host}"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert!(same.status().as_u16() < 400);
    // Reading is never refused.
    assert_eq!(
        app.client
            .get(app.url("/"))
            .header("sec-fetch-site", "cross-site")
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
}

async fn create_admin_issues_a_one_time_password_that_must_be_changed(backend: Backend) {
    let app = spawn_app(backend).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    use prestasi_server::admin::{create_admin, AdminError, Scope};
    let created =
        create_admin(&app.pool, "Siti.HR", "Siti (BKPSDM)", Scope::Agency("kota-makassar".into()))
            .await
            .unwrap();
    assert_eq!(created.username, "siti.hr");
    assert_eq!(created.password.len(), 20);
    let (status, cookie, body) = login(&app, "siti.hr", &created.password).await;
    assert!(status < 400, "{body}");
    let cookie = cookie_pair(&cookie.unwrap());
    let me = whoami(&app, &cookie).await;
    assert_eq!(me["must_change_password"], true);
    assert_eq!(me["roles"], serde_json::json!(["admin_instansi"]));
    // Until the password is changed, the server allows nothing else: a server function is
    // refused (403, with the reason), any page leads to the change form, which itself opens.
    let (status, _, body) = call(&app, "/api/admin/units", &[], Some(&cookie)).await;
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("PasswordChangeRequired"), "{body}");
    for page in ["/admin", "/saya", "/"] {
        let response =
            app.client.get(app.url(page)).header(header::COOKIE, &cookie).send().await.unwrap();
        assert_eq!(response.status(), 303, "{page}");
        assert_eq!(response.headers()[header::LOCATION], "/ganti-sandi");
    }
    let form = app.client.get(app.url("/ganti-sandi")).header(header::COOKIE, &cookie).send().await;
    assert_eq!(form.unwrap().status(), 200);
    let new_password = "teh manis di sore hari";
    let changed = [
        ("current", created.password.as_str()),
        ("new_password", new_password),
        ("confirm", new_password),
    ];
    let (status, _, body) = call(&app, "/api/auth/change-password", &changed, Some(&cookie)).await;
    assert!(status < 400, "{body}");
    let (status, _, body) = call(&app, "/api/admin/units", &[], Some(&cookie)).await;
    assert_eq!(status, 200, "changed: the office's functions open: {body}");
    assert!(matches!(
        create_admin(&app.pool, "siti.hr", "x", Scope::Platform).await,
        Err(AdminError::Taken(_))
    ));
    assert!(matches!(
        create_admin(&app.pool, "x y", "x", Scope::Platform).await,
        Err(AdminError::Username(_))
    ));
    assert!(matches!(
        create_admin(&app.pool, "ghost", "x", Scope::Agency("kota-atlantis".into())).await,
        Err(AdminError::UnknownAgency(_))
    ));
    let platform =
        create_admin(&app.pool, "root.platform", "Platform", Scope::Platform).await.unwrap();
    assert_ne!(platform.password, created.password);
    let agency: i64 = sqlx::query("SELECT id FROM agency WHERE code = 'kota-makassar'")
        .fetch_one(&app.pool)
        .await
        .map(|r| sqlx::Row::get(&r, 0))
        .unwrap();
    let actions = app::audit::repo::actions(&app.pool, Some(agency), 10).await.unwrap();
    assert!(actions.iter().any(|(a, _, _)| a == "user_created"));
}

both_backends!(create_admin_issues_a_one_time_password_that_must_be_changed);

/// Issue 14, class 7: a failed login is in the audit log of the account's agency, naming the
/// account; a name no account has is in the platform's log, without what was typed.
async fn failed_logins_reach_the_audit_log_of_the_accounts_agency(backend: Backend) {
    let demo = common::demo::Demo::start(backend).await;
    let pegawai = demo.accounts.iter().find(|a| a.role == app::auth::Role::Pegawai).unwrap();
    let typed = "sandi-rahasia-di-kolom-yang-salah";
    assert!(common::login_with(&demo.app, &pegawai.identifier, "salah sekali").await.is_none());
    assert!(common::login_with(&demo.app, typed, "apa saja").await.is_none());
    let user_id: i64 = sqlx::query("SELECT id FROM app_user WHERE username = $1")
        .bind(&pegawai.identifier)
        .fetch_one(&demo.app.pool)
        .await
        .map(|r| sqlx::Row::get(&r, 0))
        .unwrap();

    let failed = |cookie: String| {
        let demo = &demo;
        async move {
            let form = [("filter[action]", "login_failed".to_string())];
            demo.call("/api/admin/audit", &cookie, &form).await.unwrap()["rows"]
                .as_array()
                .unwrap()
                .clone()
        }
    };
    let hr = failed(demo.login(app::auth::Role::AdminInstansi).await).await;
    assert_eq!(hr.len(), 1, "{hr:?}");
    assert_eq!(hr[0]["entity_id"], user_id.to_string());
    assert_eq!(hr[0]["entity_name"], pegawai.name.as_str(), "named for the HR office");
    let platform = failed(demo.login(app::auth::Role::PlatformAdmin).await).await;
    assert_eq!(platform.len(), 1, "{platform:?}");
    assert!(platform[0]["entity_id"].is_null());
    let stored: i64 = sqlx::query(
        "SELECT COUNT(*) FROM audit_log WHERE entity_id = $1 OR before_json LIKE $2 OR after_json LIKE $2",
    )
    .bind(typed)
    .bind(format!("%{typed}%"))
    .fetch_one(&demo.app.pool)
    .await
    .map(|r| sqlx::Row::get(&r, 0))
    .unwrap();
    assert_eq!(stored, 0, "what was typed as a name is not kept");
    // Another agency's HR office sees neither.
    let other = common::login(&demo.app, &common::other_agency_admin(&demo.app).await).await;
    assert!(failed(other).await.is_empty());
}

both_backends!(failed_logins_reach_the_audit_log_of_the_accounts_agency);
