//! The access matrix: for each server function that reads people, every role, records of the own
//! agency and of another agency, the expected allow or deny. A denied read must look exactly like
//! a record that does not exist (no IDOR oracle).

mod common;

use app::auth::Role;
use common::{call, login, other_agency_admin, spawn_app_with, Backend, TestApp};
use reqwest::header;
use sqlx::Row;

/// `Ok(nip)` or `Err(message)`.
async fn profile(app: &TestApp, cookie: Option<&str>, id: i64) -> Result<String, String> {
    let mut request = app
        .client
        .post(app.url("/api/employees/profile"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("employee_id", id.to_string())]);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let body = response.text().await.unwrap();
    if (200..300).contains(&status) {
        let v: serde_json::Value = serde_json::from_str(&body).unwrap();
        Ok(v["nip"].as_str().unwrap().to_string())
    } else {
        Err(common::described(status, &body))
    }
}

async fn employee_in(app: &TestApp, agency: &str, unit: &str, nth: i64) -> i64 {
    sqlx::query(
        "SELECT e.id FROM employee e JOIN org_unit u ON u.id = e.unit_id JOIN agency a ON a.id = e.agency_id \
         WHERE a.code = $1 AND u.code = $2 ORDER BY e.id LIMIT 1 OFFSET $3",
    )
    .bind(agency)
    .bind(unit)
    .bind(nth)
    .fetch_one(&app.pool)
    .await
    .unwrap()
    .get(0)
}

async fn employee_records_follow_the_access_matrix(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let own = employee_in(&app, "kota-makassar", "DINKES-1", 1).await; // the demo pegawai
    let colleague = employee_in(&app, "kota-makassar", "BKPSDM-1", 3).await;
    let elsewhere = employee_in(&app, "kota-palangka-raya", "DINKES-1", 1).await;
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let id_of = |role: Role| accounts.iter().find(|a| a.role == role).unwrap().identifier.clone();

    let mut actors: Vec<(&str, Option<String>)> = vec![("anonymous", None)];
    for (name, role) in [
        ("pegawai", Role::Pegawai),
        ("pejabat_penilai", Role::PejabatPenilai),
        ("atasan", Role::AtasanPejabatPenilai),
        ("tim_evaluasi", Role::TimEvaluasi),
        ("admin_instansi", Role::AdminInstansi),
        ("platform_admin", Role::PlatformAdmin),
    ] {
        actors.push((name, Some(login(&app, &id_of(role)).await)));
    }
    actors.push(("admin_other_agency", Some(login(&app, &other_agency_admin(&app).await).await)));

    // (actor, own record of the demo pegawai, a colleague in another unit, another agency)
    let expected = [
        ("anonymous", [false, false, false]),
        ("pegawai", [true, false, false]),
        ("pejabat_penilai", [true, false, false]),
        ("atasan", [true, false, false]),
        ("tim_evaluasi", [true, true, false]),
        ("admin_instansi", [true, true, false]),
        ("platform_admin", [true, true, true]),
        ("admin_other_agency", [false, false, true]),
    ];
    let missing = profile(&app, actors[1].1.as_deref(), 9_999_999).await.unwrap_err();
    for ((name, cookie), (expected_name, allowed)) in actors.iter().zip(expected) {
        assert_eq!(*name, expected_name);
        for (target, allow) in [own, colleague, elsewhere].into_iter().zip(allowed) {
            let got = profile(&app, cookie.as_deref(), target).await;
            assert_eq!(got.is_ok(), allow, "{name} reading {target}: {got:?}");
            if !allow && cookie.is_some() {
                assert_eq!(got.unwrap_err(), missing, "a refusal looks like a missing record");
            }
        }
    }
    // Without an id, everyone with an employee record gets their own.
    let pegawai = actors[1].1.as_deref();
    let mine = app
        .client
        .post(app.url("/api/employees/profile"))
        .header("sec-fetch-site", "same-origin")
        .header(header::COOKIE, pegawai.unwrap())
        .form(&[("", "")])
        .send()
        .await
        .unwrap();
    assert!(mine.status().is_success());
}

both_backends!(employee_records_follow_the_access_matrix);

async fn the_hr_views_show_only_the_own_agency_to_its_hr_office(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let id_of = |role: Role| accounts.iter().find(|a| a.role == role).unwrap().identifier.clone();
    let makassar: Vec<String> = sqlx::query("SELECT e.nip FROM employee e JOIN agency a ON a.id = e.agency_id WHERE a.code = 'kota-makassar' ORDER BY e.id")
        .fetch_all(&app.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();

    let list = |cookie: Option<String>, after: Option<i64>| {
        let app = &app;
        async move {
            let mut form = vec![];
            if let Some(a) = after {
                form.push(("after", a.to_string()));
            }
            call(app, "/api/admin/employees", cookie.as_deref(), &form).await
        }
    };
    // Refused: the public, employees and supervisors, and the platform admin (not an agency).
    assert!(list(None, None).await.is_err());
    for role in
        [Role::Pegawai, Role::PejabatPenilai, Role::AtasanPejabatPenilai, Role::PlatformAdmin]
    {
        let cookie = login(&app, &id_of(role)).await;
        assert!(list(Some(cookie.clone()), None).await.is_err(), "{role:?} may not list employees");
        let audit = call(&app, "/api/admin/audit", Some(&cookie), &[]).await;
        if role == Role::PlatformAdmin {
            // The platform's own log, never an agency's entries.
            let rows = audit.unwrap()["rows"].as_array().unwrap().clone();
            let agency_ids: Vec<Option<i64>> = sqlx::query("SELECT agency_id FROM audit_log")
                .fetch_all(&app.pool)
                .await
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect();
            assert!(agency_ids.contains(&None) && agency_ids.contains(&Some(1)));
            for row in &rows {
                let id = row["id"].as_i64().unwrap();
                let agency: Option<i64> =
                    sqlx::query("SELECT agency_id FROM audit_log WHERE id = $1")
                        .bind(id)
                        .fetch_one(&app.pool)
                        .await
                        .unwrap()
                        .get(0);
                assert_eq!(agency, None, "{row}");
            }
            assert!(rows.iter().any(|r| r["action_code"] == "login"), "its own login: {rows:?}");
        } else {
            assert!(audit.is_err(), "{role:?} may not read the audit log");
        }
    }
    // The HR office pages through exactly its own agency.
    let admin = login(&app, &id_of(Role::AdminInstansi)).await;
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = list(Some(admin.clone()), after).await.unwrap();
        let rows = page["rows"].as_array().unwrap();
        assert!(rows.len() <= 50);
        seen.extend(rows.iter().map(|r| r["nip"].as_str().unwrap().to_string()));
        match page["next_after"].as_i64() {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    assert_eq!(seen, makassar);
    let found =
        call(&app, "/api/admin/employees", Some(&admin), &[("search", makassar[7].clone())])
            .await
            .unwrap();
    assert_eq!(found["rows"].as_array().unwrap().len(), 1);
    let audit = call(&app, "/api/admin/audit", Some(&admin), &[]).await.unwrap();
    assert!(audit["rows"].as_array().unwrap().iter().any(|e| e["action_code"] == "login"));
    // The tim evaluasi reads the list but not the audit log.
    let tim = login(&app, &id_of(Role::TimEvaluasi)).await;
    assert!(list(Some(tim.clone()), None).await.is_ok());
    assert!(call(&app, "/api/admin/audit", Some(&tim), &[]).await.is_err());
    // Another agency's HR office never sees a Makassar record.
    let other = login(&app, &other_agency_admin(&app).await).await;
    let page = list(Some(other), None).await.unwrap();
    for row in page["rows"].as_array().unwrap() {
        assert!(!makassar.contains(&row["nip"].as_str().unwrap().to_string()));
    }
}

both_backends!(the_hr_views_show_only_the_own_agency_to_its_hr_office);

async fn employees_request_corrections_that_only_their_hr_office_sees(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let id_of = |role: Role| accounts.iter().find(|a| a.role == role).unwrap().identifier.clone();
    let pegawai = login(&app, &id_of(Role::Pegawai)).await;
    let form = |field: &str, message: &str| {
        vec![("field", field.to_string()), ("message", message.to_string())]
    };

    assert!(call(
        &app,
        "/api/profile/request-correction",
        None,
        &form("golongan", "Seharusnya III/b sejak 2024")
    )
    .await
    .is_err());
    let bad = call(&app, "/api/profile/request-correction", Some(&pegawai), &form("gaji", "x"))
        .await
        .unwrap_err();
    assert!(bad.contains("Pilih bagian data"), "{bad}");
    let short = call(&app, "/api/profile/request-correction", Some(&pegawai), &form("name", "ok"))
        .await
        .unwrap_err();
    assert!(short.contains("5 sampai 1000"), "{short}");
    let first = call(
        &app,
        "/api/profile/request-correction",
        Some(&pegawai),
        &form("golongan", "Seharusnya III/b sejak 2024"),
    )
    .await
    .unwrap();
    // A double submit records one request.
    let again = call(
        &app,
        "/api/profile/request-correction",
        Some(&pegawai),
        &form("golongan", "Seharusnya III/b sejak 2024"),
    )
    .await
    .unwrap();
    assert_eq!(first, again);

    let admin = login(&app, &id_of(Role::AdminInstansi)).await;
    let open = call(&app, "/api/admin/corrections", Some(&admin), &[]).await.unwrap();
    let open = open.as_array().unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["field"], "golongan");
    let nip = accounts.iter().find(|a| a.role == Role::Pegawai).unwrap().nip.clone().unwrap();
    assert_eq!(open[0]["nip"], nip);
    // Neither the employee nor another agency's HR office can read the queue.
    assert!(call(&app, "/api/admin/corrections", Some(&pegawai), &[]).await.is_err());
    let other = login(&app, &other_agency_admin(&app).await).await;
    assert!(call(&app, "/api/admin/corrections", Some(&other), &[])
        .await
        .unwrap()
        .as_array()
        .unwrap()
        .is_empty());
    let actions = app::audit::repo::actions(&app.pool, Some(1), 50).await.unwrap();
    assert_eq!(actions.iter().filter(|(a, ..)| a == "correction_requested").count(), 1);
}

both_backends!(employees_request_corrections_that_only_their_hr_office_sees);

/// The policy table lists every server function the binary serves, and the README's access
/// table lists every one of them: adding a server function without deciding (and saying) who
/// may call it fails here.
#[test]
fn every_server_function_is_in_the_policy_table_and_the_readme() {
    use app::kernel::policy::server_functions::SERVER_FUNCTIONS;
    use std::collections::BTreeSet;
    let served: BTreeSet<&str> =
        leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path).collect();
    let listed: BTreeSet<&str> = SERVER_FUNCTIONS.iter().map(|(path, _)| *path).collect();
    assert_eq!(listed.len(), SERVER_FUNCTIONS.len(), "a path is listed twice");
    let unlisted: Vec<_> = served.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&served).collect();
    assert!(unlisted.is_empty(), "server functions missing from the policy table: {unlisted:?}");
    assert!(gone.is_empty(), "policy table rows with no server function: {gone:?}");

    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
        .expect("README.md");
    let start = readme.find("**Who may call what**").expect("the README's access table");
    let end = start + readme[start..].find("\nRefusals carry").expect("the end of the table");
    let documented: BTreeSet<&str> = readme[start..end]
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|code| code.trim_start_matches("POST ").trim_start_matches("GET "))
        .filter(|code| code.starts_with("/api/"))
        .collect();
    let undocumented: Vec<_> = listed.difference(&documented).collect();
    assert!(undocumented.is_empty(), "server functions missing from the README: {undocumented:?}");
}

/// Every server function, called by every demo role and by a visitor: the access layer lets
/// through exactly the callers its audience in the policy table admits, and refuses the others
/// as the function would (401 for a visitor, 404 for a logged-in caller) before it runs.
async fn the_policy_table_decides_who_reaches_each_server_function(backend: Backend) {
    use app::{auth::CurrentUser, kernel::policy::server_functions::SERVER_FUNCTIONS};
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let mut actors: Vec<(String, Option<String>, Option<CurrentUser>)> =
        vec![("anonymous".into(), None, None)];
    for account in &accounts {
        let cookie = login(&app, &account.identifier).await;
        let me: Option<CurrentUser> =
            serde_json::from_value(call(&app, "/api/auth/me", Some(&cookie), &[]).await.unwrap())
                .unwrap();
        actors.push((account.identifier.clone(), Some(cookie), me));
    }
    let other = other_agency_admin(&app).await;
    let cookie = login(&app, &other).await;
    let me = serde_json::from_value(call(&app, "/api/auth/me", Some(&cookie), &[]).await.unwrap());
    actors.push((other, Some(cookie), me.unwrap()));
    assert!(actors.len() >= 8, "a demo account per role, and another agency's HR office");
    // Logging out ends the session the other calls use: it goes last.
    let mut paths: Vec<_> = SERVER_FUNCTIONS.to_vec();
    paths.sort_by_key(|(path, _)| *path == "/api/auth/logout");
    let mut admitted_somewhere = 0;
    for (name, cookie, user) in &actors {
        for (path, audience) in &paths {
            let mut request = app
                .client
                .post(app.url(path))
                .header("sec-fetch-site", "same-origin")
                .header(header::ACCEPT, "application/json")
                .form(&[("", "")]);
            if let Some(cookie) = cookie {
                request = request.header(header::COOKIE, cookie);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let refused = response.headers().contains_key("x-prestasi-refused");
            let admits = audience.admits(user.as_ref());
            assert_eq!(!refused, admits, "{name} calling {path} ({audience:?}): {status}");
            if refused {
                let expected = if user.is_some() { 404 } else { 401 };
                let body = response.text().await.unwrap();
                assert_eq!(status, expected, "{name} calling {path}: {body}");
                let error: app::kernel::error::AppError = serde_json::from_str(&body).unwrap();
                assert_eq!(error.status(), expected);
            } else {
                admitted_somewhere += 1;
            }
        }
    }
    assert!(admitted_somewhere > SERVER_FUNCTIONS.len(), "some calls got through");

    // A form posted without JavaScript is sent back to its page with the error, as
    // `server_fn` itself does.
    let response = app
        .client
        .post(app.url("/api/admin/units/save"))
        .header("sec-fetch-site", "same-origin")
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, app.url("/admin/unit"))
        .form(&[("", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 302);
    let location = response.headers()[header::LOCATION].to_str().unwrap();
    assert!(location.contains("/admin/unit?__path=") && location.contains("__err="), "{location}");
}

both_backends!(the_policy_table_decides_who_reaches_each_server_function);

/// Malformed requests to every server function the binary serves (the list from the router),
/// by every demo role and a visitor: a non-numeric id, a repeated key, broken JSON, a garbled
/// form. Each answers a 4xx with an `AppError` in the caller's language, never a 5xx, and never
/// repeats the parser's words; a function that takes arguments refuses them (400).
async fn malformed_requests_get_a_clear_4xx_from_every_server_function(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let mut cookies = vec![None];
    for account in &accounts {
        cookies.push(Some(login(&app, &account.identifier).await));
    }
    let mut paths: Vec<&str> = leptos::server_fn::axum::server_fn_paths().map(|(p, _)| p).collect();
    paths.sort_by_key(|path| *path == "/api/auth/logout");
    let ids =
        "plan_id=abc&id=abc&employee_id=abc&version=abc&unit_id=abc&period_id=abc&user_id=abc";
    let bodies: [(&str, &str); 4] = [
        ("application/x-www-form-urlencoded", ids),
        ("application/x-www-form-urlencoded", "plan_id=1&plan_id=2&id=1&id=2&version=1&version=2"),
        ("application/x-www-form-urlencoded", "%zz=%&&=%E0%A4%A&input[=1"),
        ("application/json", "{\"input\": {\"plan_id\": "),
    ];
    let internals =
        ["invalid digit", "missing field", "expected", "Multiple values", "EOF", "column"];
    let (mut refused, mut calls) = (0, 0);
    for cookie in &cookies {
        for path in &paths {
            let send = |content_type: &'static str, body: &'static str| {
                let mut request = app
                    .client
                    .post(app.url(path))
                    .header("sec-fetch-site", "same-origin")
                    .header(header::ACCEPT, "application/json")
                    .header(header::CONTENT_TYPE, content_type)
                    .body(body);
                if let Some(cookie) = cookie {
                    request = request.header(header::COOKIE, cookie);
                }
                request.send()
            };
            // A function that runs on an empty form takes no required argument.
            let takes_arguments =
                !send("application/x-www-form-urlencoded", "").await.unwrap().status().is_success();
            for (content_type, body) in bodies {
                let response = send(content_type, body).await.unwrap();
                let status = response.status().as_u16();
                let text = response.text().await.unwrap();
                calls += 1;
                let who = if cookie.is_some() { "a demo account" } else { "a visitor" };
                assert!(status < 500, "{who}: {path} with {body:?}: {status} {text}");
                if status >= 400 {
                    let error: app::kernel::error::AppError = serde_json::from_str(&text)
                        .unwrap_or_else(|e| panic!("{path}: not an AppError ({e}): {text}"));
                    let message = error.message(app::i18n::Locale::Id.texts());
                    for word in internals {
                        assert!(!text.contains(word) && !message.contains(word), "{path}: {text}");
                    }
                    refused += usize::from(status == 400);
                } else {
                    assert!(!takes_arguments, "{path} took {body:?} ({status}): {text}");
                }
            }
        }
    }
    assert!(refused > paths.len(), "{refused} of {calls} calls refused as unreadable");

    // A chunked body over the limit (no Content-Length to refuse it up front): 413, not 5xx.
    // (Every session above ended with the logout call: a new one.)
    let cookie = login(&app, &accounts[0].identifier).await;
    let status = chunked_post(&app, "/api/skp/feedback", &cookie, 3 * 1024 * 1024).await;
    assert_eq!(status, 413);
}

both_backends!(malformed_requests_get_a_clear_4xx_from_every_server_function);

/// Issue 14, class 5: a NUL, an escape or a bidi override in any text field of any server
/// function is refused with 422 naming the field, before the function runs (so nothing is
/// stored: PostgreSQL would refuse a NUL, SQLite would keep it).
async fn control_characters_are_refused_by_every_server_function(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let paths: Vec<&str> = leptos::server_fn::axum::server_fn_paths().map(|(p, _)| p).collect();
    let changes = || async {
        sqlx::query("SELECT COUNT(*) FROM audit_log WHERE action <> 'login'")
            .fetch_one(&app.pool)
            .await
            .unwrap()
            .get::<i64, _>(0)
    };
    let audit_before = changes().await;
    let bodies = [
        ("application/x-www-form-urlencoded", "nama=Bidang%00Umum&plan_id=1".to_string()),
        ("application/x-www-form-urlencoded", "komentar=baik%E2%80%AEkiab&plan_id=1".to_string()),
        ("application/json", r#"{"input":{"teks":"a\u001b[31mb"}}"#.to_string()),
    ];
    let mut reached = std::collections::BTreeSet::new();
    for account in &accounts {
        let cookie = login(&app, &account.identifier).await;
        for path in &paths {
            for (content_type, body) in &bodies {
                let response = app
                    .client
                    .post(app.url(path))
                    .header("sec-fetch-site", "same-origin")
                    .header(header::ACCEPT, "application/json")
                    .header(header::CONTENT_TYPE, *content_type)
                    .header(header::COOKIE, &cookie)
                    .body(body.clone())
                    .send()
                    .await
                    .unwrap();
                let status = response.status().as_u16();
                let text = response.text().await.unwrap();
                // Outside the function's audience: refused as before, as missing.
                if status == 404 {
                    continue;
                }
                assert_eq!(status, 422, "{path} {body}: {text}");
                let error: app::kernel::error::AppError = serde_json::from_str(&text).unwrap();
                assert_eq!(error.reasons(), [app::kernel::reason::Reason::TextControl], "{path}");
                let message = error.message(app::i18n::Locale::Id.texts());
                assert!(message.contains("karakter kontrol"), "{path}: {message}");
                let field = ["nama", "komentar", "input[teks]"];
                assert!(field.iter().any(|f| text.contains(f)), "{path} names the field: {text}");
                reached.insert(*path);
            }
        }
    }
    // Every server function is reached by some demo role, and every one refused.
    assert_eq!(reached.len(), paths.len(), "not reached: {:?}", {
        let mut missing: Vec<_> = paths.iter().filter(|p| !reached.contains(*p)).collect();
        missing.sort();
        missing
    });
    assert_eq!(changes().await, audit_before, "no refused call changed anything");
}

both_backends!(control_characters_are_refused_by_every_server_function);

/// POSTs `size` bytes of form to `path` with `Transfer-Encoding: chunked`, as a raw HTTP/1.1
/// request (the HTTP client would announce a length), and returns the answer's status.
async fn chunked_post(app: &TestApp, path: &str, cookie: &str, size: usize) -> u16 {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let address = app.url("").trim_start_matches("http://").trim_end_matches('/').to_string();
    let mut stream = tokio::net::TcpStream::connect(&address).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\nSec-Fetch-Site: same-origin\r\n\
         Accept: application/json\r\nCookie: {cookie}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let chunk = vec![b'a'; 64 * 1024];
    let mut sent = 0;
    while sent < size {
        let frame = [format!("{:x}\r\n", chunk.len()).as_bytes(), &chunk, b"\r\n"].concat();
        // The server may answer and close before the whole body is sent.
        if stream.write_all(&frame).await.is_err() {
            break;
        }
        sent += chunk.len();
    }
    let _ = stream.write_all(b"0\r\n\r\n").await;
    let mut answer = vec![0u8; 64];
    let n = stream.read(&mut answer).await.unwrap();
    let line = String::from_utf8_lossy(&answer[..n]).to_string();
    line.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0)
}

/// Issue 14, class 6: a page for a record the caller may not see answers exactly as one for a
/// record that does not exist: 404 with the same page (an id's existence leaks nothing), for
/// every route that names a record, opened directly as a shared link would be.
async fn a_foreign_record_page_is_the_same_404_as_a_missing_one(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let id_of = |role: Role| accounts.iter().find(|a| a.role == role).unwrap().identifier.clone();
    let pegawai = login(&app, &id_of(Role::Pegawai)).await;
    let penilai = login(&app, &id_of(Role::PejabatPenilai)).await;
    let hr = login(&app, &id_of(Role::AdminInstansi)).await;
    let other_hr = login(&app, &other_agency_admin(&app).await).await;
    let me = call(&app, "/api/career/record", Some(&pegawai), &[]).await.unwrap()["employee_id"]
        .as_i64()
        .unwrap();
    let one = |sql: &'static str| {
        let app = &app;
        async move { sqlx::query(sql).bind(me).fetch_one(&app.pool).await.unwrap().get::<i64, _>(0) }
    };
    let colleague = one("SELECT MIN(id) FROM employee WHERE id <> $1 AND agency_id = (SELECT agency_id FROM employee WHERE id = $1)").await;
    let elsewhere = one("SELECT MIN(id) FROM employee WHERE agency_id <> (SELECT agency_id FROM employee WHERE id = $1)").await;
    let their_plan = one("SELECT MIN(id) FROM skp_plan WHERE employee_id <> $1").await;
    let period = one("SELECT MIN(id) FROM assessment_period WHERE $1 > 0").await;
    let offering = one("SELECT MIN(id) FROM training_offering WHERE $1 > 0").await;
    // The pegawai's own scenario, not shared: their penilai may not open it.
    let scenario = app
        .client
        .post(app.url("/api/career/scenarios/save"))
        .header("sec-fetch-site", "same-origin")
        .header(header::COOKIE, &pegawai)
        .json(&serde_json::json!({ "input": { "id": null, "expected_version": null,
            "name": "Rahasia", "request_key": "key-404-0001",
            "plan": { "predikat": "baik", "per_year": ["baik"], "events": [] } } }))
        .send()
        .await
        .unwrap();
    assert_eq!(scenario.status(), 200, "{}", scenario.text().await.unwrap());
    let scenario = scenario.json::<serde_json::Value>().await.unwrap()["id"].as_i64().unwrap();

    let missing = 987_654_321_i64;
    let cases: Vec<(&str, &String, String, String)> = vec![
        ("pegawai", &pegawai, format!("/pegawai/{colleague}"), format!("/pegawai/{missing}")),
        ("pegawai", &pegawai, format!("/tim/skp/{their_plan}"), format!("/tim/skp/{missing}")),
        (
            "pegawai",
            &pegawai,
            format!("/dokumen/skp/{their_plan}"),
            format!("/dokumen/skp/{missing}"),
        ),
        (
            "pegawai",
            &pegawai,
            format!("/dokumen/evaluasi/{colleague}/{period}"),
            format!("/dokumen/evaluasi/{missing}/{period}"),
        ),
        ("hr", &hr, format!("/admin/pegawai/{elsewhere}"), format!("/admin/pegawai/{missing}")),
        (
            "other hr",
            &other_hr,
            format!("/admin/pelatihan/{offering}"),
            format!("/admin/pelatihan/{missing}"),
        ),
        ("penilai", &penilai, format!("/karier/{scenario}"), format!("/karier/{missing}")),
        (
            "pegawai",
            &pegawai,
            format!("/keberatan/{missing}"),
            format!("/keberatan/{}", missing + 1),
        ),
    ];
    // The same page once the parts that differ by request are set aside: the nonce, and the
    // path itself (the language links carry it back).
    let page = |cookie: &String, path: String| {
        let request = app.client.get(app.url(&path)).header(header::COOKIE, cookie);
        async move {
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let html = response.text().await.unwrap();
            let encoded = path.replace('/', "%2F");
            let html = html.replace(&encoded, "PATH").replace(&path, "PATH");
            // Leptos writes the nonce into the preload links' `crossorigin` too.
            let html = without_attribute_values(&html, "nonce=\"");
            (status, without_attribute_values(&html, "crossorigin=\""))
        }
    };
    for (who, cookie, foreign, absent) in cases {
        let (foreign_status, foreign_html) = page(cookie, foreign.clone()).await;
        let (absent_status, absent_html) = page(cookie, absent.clone()).await;
        assert_eq!((foreign_status, absent_status), (404, 404), "{who}: {foreign} / {absent}");
        assert_eq!(foreign_html, absent_html, "{who}: {foreign} reads differently from {absent}");
    }
}
both_backends!(a_foreign_record_page_is_the_same_404_as_a_missing_one);

/// `html` with the value of every `marker…"` attribute emptied (a nonce differs per request).
fn without_attribute_values(html: &str, marker: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(marker) {
        out.push_str(&rest[..at + marker.len()]);
        rest = &rest[at + marker.len()..];
        rest = &rest[rest.find('"').unwrap_or(0)..];
    }
    out.push_str(rest);
    out
}
