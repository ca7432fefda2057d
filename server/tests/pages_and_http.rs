//! Server-rendered pages, languages, errors and the HTTP layers around them.

mod common;

use common::{spawn_app, spawn_app_with, Backend};
use reqwest::header;

#[tokio::test]
async fn the_home_page_is_rendered_on_the_server_in_indonesian_by_default() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app.get("/").await;
    assert_eq!(response.status(), 200);
    let html = response.text().await.unwrap();
    assert!(html.contains("<html lang=\"id\""), "{html}");
    assert!(html.contains("Karier yang mengikuti kinerja"));
    assert!(html.contains("Simulasi Predikat"));
    assert!(html.contains("/pkg/prestasi.css"), "the stylesheet link names the bundle");
}

#[tokio::test]
async fn english_is_chosen_by_the_cookie_and_never_by_accept_language_alone() {
    let app = spawn_app(Backend::Sqlite).await;
    let page = |cookie: Option<&'static str>, accept: Option<&'static str>| {
        let mut request = app.client.get(app.url("/"));
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        if let Some(accept) = accept {
            request = request.header(header::ACCEPT_LANGUAGE, accept);
        }
        async move { request.send().await.unwrap().text().await.unwrap() }
    };
    let by_cookie = page(Some("other=1; lang=en"), None).await;
    assert!(by_cookie.contains("<html lang=\"en\""));
    assert!(by_cookie.contains("Careers that follow performance"));
    // Bahasa Indonesia stays the default even for a browser that prefers English.
    let by_header = page(None, Some("en-GB,en;q=0.9")).await;
    assert!(by_header.contains("<html lang=\"id\""));
    assert!(by_header.contains("Karier yang mengikuti kinerja"));
    let both = page(Some("lang=en"), Some("id")).await;
    assert!(both.contains("Careers that follow performance"));
}

#[tokio::test]
async fn the_language_route_sets_the_cookie_and_returns_to_a_local_page_only() {
    let app = spawn_app(Backend::Sqlite).await;
    let response =
        app.get("/bahasa/en?next=%2Fsimulasi%2Fpredikat%3Fhasil%3Ddi_atas_ekspektasi").await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()[header::LOCATION], "/simulasi/predikat?hasil=di_atas_ekspektasi");
    let cookie = response.headers()[header::SET_COOKIE].to_str().unwrap();
    assert!(cookie.starts_with("lang=en;"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");

    let evil = app.get("/bahasa/id?next=//evil.example/").await;
    assert_eq!(evil.headers()[header::LOCATION], "/");
    assert_eq!(app.get("/bahasa/fr").await.status(), 404);
}

#[tokio::test]
async fn the_simulator_renders_the_predikat_from_the_query_without_javascript() {
    let app = spawn_app(Backend::Sqlite).await;
    let html = app
        .get("/simulasi/predikat?hasil=di_atas_ekspektasi&perilaku=di_atas_ekspektasi")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("data-predikat=\"sangat_baik\""), "{html}");
    let html = app
        .get("/simulasi/predikat?hasil=di_bawah_ekspektasi&perilaku=di_bawah_ekspektasi")
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("data-predikat=\"sangat_kurang\""));
    // Without a query both ratings default to "sesuai", which gives Baik.
    let html = app.get("/simulasi/predikat").await.text().await.unwrap();
    assert!(html.contains("data-predikat=\"baik\""));
}

#[tokio::test]
async fn a_bad_simulator_value_gets_a_400_with_a_translated_message_naming_the_field() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app.get("/simulasi/predikat?hasil=luar_biasa").await;
    assert_eq!(response.status(), 400);
    let html = response.text().await.unwrap();
    assert!(html.contains("Nilai tidak ada atau tidak valid untuk `hasil`"), "{html}");
    assert!(html.contains("luar_biasa"));
    let english = app
        .client
        .get(app.url("/simulasi/predikat?perilaku=x"))
        .header(header::COOKIE, "lang=en")
        .send()
        .await
        .unwrap();
    assert_eq!(english.status(), 400);
    assert!(english.text().await.unwrap().contains("Missing or invalid value for `perilaku`"));
}

#[tokio::test]
async fn an_unknown_page_is_a_translated_404() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app.get("/tidak/ada").await;
    assert_eq!(response.status(), 404);
    let html = response.text().await.unwrap();
    assert!(html.contains("Halaman tidak ditemukan"), "{html}");
    assert!(html.contains("Kembali ke beranda"));
}

#[tokio::test]
async fn every_navigation_link_resolves_to_a_page() {
    let app = spawn_app(Backend::Sqlite).await;
    let home = app.get("/").await.text().await.unwrap();
    let links: Vec<&str> = home
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| {
            // Pages only: not the bundle, icons or manifest (files with an extension).
            href.starts_with('/') && !href.starts_with("/bahasa/") && !href.contains('.')
        })
        .collect();
    // Logged out: the public links, the login link and the brand.
    assert!(links.len() >= 5, "{links:?}");
    assert!(links.contains(&"/masuk"), "{links:?}");
    assert!(!links.contains(&"/admin"), "role pages are not offered to the public: {links:?}");
    for link in links {
        let response = app.get(link).await;
        assert_eq!(response.status(), 200, "{link}");
    }
}

#[tokio::test]
async fn pages_carry_security_headers_and_a_csp_whose_nonce_matches_the_loader_script() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app.get("/").await;
    let headers = response.headers().clone();
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert_eq!(headers[header::X_FRAME_OPTIONS], "DENY");
    assert_eq!(headers[header::REFERRER_POLICY], "strict-origin-when-cross-origin");
    let csp = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap().to_string();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(csp.contains("'wasm-unsafe-eval'"), "{csp}");
    assert!(!csp.contains("'unsafe-inline'"), "{csp}");
    let nonce = csp.split("'nonce-").nth(1).and_then(|s| s.split('\'').next()).unwrap();
    let html = response.text().await.unwrap();
    assert!(html.contains(&format!("nonce=\"{nonce}\"")), "the loader carries the nonce");
    // A fresh nonce per response.
    let again = app.get("/").await;
    assert_ne!(again.headers()[header::CONTENT_SECURITY_POLICY].to_str().unwrap(), csp);
    // Non-page responses get the strict default.
    let health = app.get("/healthz").await;
    assert!(health.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .starts_with("default-src 'none'"));
}

#[tokio::test]
async fn production_adds_hsts() {
    let app = spawn_app_with(Backend::Sqlite, |c| {
        c.environment = prestasi_server::config::Environment::Production
    })
    .await;
    let response = app.get("/healthz").await;
    assert!(response.headers()[header::STRICT_TRANSPORT_SECURITY]
        .to_str()
        .unwrap()
        .contains("max-age="));
}

#[tokio::test]
async fn html_is_compressed_for_clients_that_accept_it() {
    let app = spawn_app(Backend::Sqlite).await;
    let response =
        app.client.get(app.url("/")).header(header::ACCEPT_ENCODING, "br").send().await.unwrap();
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
}

#[tokio::test]
async fn the_bundle_is_served_precompressed_with_an_immutable_cache() {
    let app = spawn_app(Backend::Sqlite).await;
    let pkg = app.dir.0.join("site/pkg");
    std::fs::write(pkg.join("prestasi.abc123.wasm"), b"\0asm raw").unwrap();
    std::fs::write(pkg.join("prestasi.abc123.wasm.br"), b"brotli bytes").unwrap();
    let response = app
        .client
        .get(app.url("/pkg/prestasi.abc123.wasm"))
        .header(header::ACCEPT_ENCODING, "gzip, br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
    assert_eq!(response.headers()[header::CONTENT_TYPE], "application/wasm");
    assert!(response.headers()[header::CACHE_CONTROL].to_str().unwrap().contains("immutable"));
    assert_eq!(response.bytes().await.unwrap().as_ref(), b"brotli bytes");
    assert_eq!(app.get("/pkg/nothing.wasm").await.status(), 404);
}

#[tokio::test]
async fn request_bodies_over_the_limit_are_refused_with_413() {
    let app = spawn_app(Backend::Sqlite).await;
    let response = app
        .client
        .post(app.url("/api/anything"))
        .body(vec![b'x'; 200 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
}

/// Nothing of an account stays in a shared cache or the browser's history: every answer to a
/// logged-in caller and every server function's answer is `no-store`; the bundle stays
/// immutable for everyone and a visitor's public page keeps the default.
#[tokio::test]
async fn answers_to_an_account_are_never_stored() {
    let app = spawn_app_with(Backend::Sqlite, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let pkg = app.dir.0.join("site/pkg");
    std::fs::write(pkg.join("prestasi.abc123.wasm"), b"\0asm raw").unwrap();
    let cookie = common::login(&app, "demo.pejabat_penilai").await;
    let cache = |response: &reqwest::Response| {
        response.headers().get(header::CACHE_CONTROL).map(|v| v.to_str().unwrap().to_string())
    };
    let get = |path: &'static str, logged_in: bool| {
        let mut request = app.client.get(app.url(path));
        if logged_in {
            request = request.header(header::COOKIE, &cookie);
        }
        request.send()
    };
    for path in ["/", "/saya", "/saya/skp", "/tim", "/pegawai/999999"] {
        let response = get(path, true).await.unwrap();
        assert_eq!(cache(&response).as_deref(), Some("no-store"), "{path}: {}", response.status());
    }
    let post = |logged_in: bool| {
        let mut request =
            app.client.post(app.url("/api/auth/me")).header("sec-fetch-site", "same-origin");
        if logged_in {
            request = request.header(header::COOKIE, &cookie);
        }
        request.send()
    };
    for logged_in in [true, false] {
        let response = post(logged_in).await.unwrap();
        assert_eq!(cache(&response).as_deref(), Some("no-store"), "server function");
    }
    let bundle = get("/pkg/prestasi.abc123.wasm", true).await.unwrap();
    assert!(cache(&bundle).unwrap().contains("immutable"));
    let public = get("/", false).await.unwrap();
    assert_ne!(cache(&public).as_deref(), Some("no-store"), "a visitor's home page");
}
