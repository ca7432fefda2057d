//! The rules API over HTTP against the running server: every documented example, and every
//! kind of bad request.

mod common;

use common::{spawn_app, spawn_app_with, Backend, TestApp};
use prestasi_server::http::rules_api::endpoints::ENDPOINTS;
use reqwest::header;
use serde_json::{json, Value};

async fn post(app: &TestApp, path: &str, body: &str, lang: Option<&str>) -> (u16, Value) {
    let mut request = app
        .client
        .post(app.url(path))
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.to_string());
    if let Some(lang) = lang {
        request = request.header(header::ACCEPT_LANGUAGE, lang);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn every_documented_example_answers_with_a_result_and_a_trace() {
    let app = spawn_app(Backend::Sqlite).await;
    for endpoint in ENDPOINTS {
        let (status, body) = post(&app, endpoint.path, endpoint.example, None).await;
        assert_eq!(status, 200, "{} → {body}", endpoint.path);
        assert!(!body["result"].is_null(), "{}", endpoint.path);
        assert_eq!(body["trace"]["rule_set"], prestasi_rules::RULE_SET_ID, "{}", endpoint.path);
        assert!(
            body["trace"]["steps"].as_array().is_some_and(|s| !s.is_empty()),
            "{}",
            endpoint.path
        );
    }
}

#[tokio::test]
async fn the_answers_are_the_rules_answers() {
    let app = spawn_app(Backend::Sqlite).await;
    let (_, b) = post(
        &app,
        "/api/v1/rules/predikat",
        r#"{"hasil":"di_atas_ekspektasi","perilaku":"di_atas_ekspektasi"}"#,
        None,
    )
    .await;
    assert_eq!(b["result"]["predikat"], "sangat_baik");
    let (_, b) = post(&app, "/api/v1/rules/predikat", r#"{"hasil":"di_atas_ekspektasi","perilaku":"di_atas_ekspektasi","unit_result":"di_bawah_ekspektasi"}"#, None).await;
    assert_eq!(b["result"]["predikat"], "butuh_perbaikan");
    let (_, b) = post(
        &app,
        "/api/v1/rules/angka-kredit",
        r#"{"jenjang":"ahli_pertama","predikat":"sangat_baik","months":12}"#,
        None,
    )
    .await;
    assert_eq!(b["result"]["angka_kredit"], 18.75);
    let (_, b) = post(
        &app,
        "/api/v1/rules/retirement",
        r#"{"birth_date":"1996-03-01","position":{"type":"pelaksana"}}"#,
        None,
    )
    .await;
    assert_eq!(b["result"]["pension_date"], "2054-04-01");
    let (_, b) = post(
        &app,
        "/api/v1/rules/distribution",
        r#"{"org_predikat":"baik","predikat":["baik","baik","baik"]}"#,
        None,
    )
    .await;
    assert_eq!(b["result"]["compliant"], false);
    let (_, b) = post(&app, "/api/v1/rules/nip", r#"{"number":"199009132025242014"}"#, None).await;
    assert_eq!(b["result"]["kind"], "pppk");
}

#[tokio::test]
async fn broken_json_is_a_400_in_indonesian_by_default_and_english_on_request() {
    let app = spawn_app(Backend::Sqlite).await;
    let (status, b) = post(&app, "/api/v1/rules/predikat", r#"{"hasil": "#, None).await;
    assert_eq!(status, 400);
    assert_eq!(b["error"]["code"], "malformed_json");
    assert!(
        b["error"]["message"].as_str().unwrap().starts_with("Badan permintaan bukan JSON"),
        "{b}"
    );
    let (status, b) =
        post(&app, "/api/v1/rules/predikat", "not json", Some("en-US,en;q=0.9")).await;
    assert_eq!(status, 400);
    assert!(
        b["error"]["message"].as_str().unwrap().starts_with("The request body is not valid JSON"),
        "{b}"
    );
    let (status, _) = post(
        &app,
        "/api/v1/rules/predikat",
        r#"{"hasil":"sesuai_ekspektasi","perilaku":"sesuai_ekspektasi"} {}"#,
        None,
    )
    .await;
    assert_eq!(status, 400, "trailing content is refused");
}

#[tokio::test]
async fn missing_unknown_and_mistyped_fields_are_422_naming_the_field() {
    let app = spawn_app(Backend::Sqlite).await;
    let (status, b) =
        post(&app, "/api/v1/rules/predikat", r#"{"hasil":"sesuai_ekspektasi"}"#, None).await;
    assert_eq!(status, 422);
    assert_eq!(b["error"]["field"], "perilaku");
    assert!(
        b["error"]["message"].as_str().unwrap().contains("Kolom `perilaku` tidak valid"),
        "{b}"
    );

    let (status, b) = post(
        &app,
        "/api/v1/rules/predikat",
        r#"{"hasil":"luar_biasa","perilaku":"sesuai_ekspektasi"}"#,
        Some("en"),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(b["error"]["field"], "hasil");
    assert!(b["error"]["message"].as_str().unwrap().contains("Field `hasil` is invalid"), "{b}");

    let (status, b) = post(
        &app,
        "/api/v1/rules/predikat",
        r#"{"hasil":"sesuai_ekspektasi","perilaku":"sesuai_ekspektasi","extra":1}"#,
        None,
    )
    .await;
    assert_eq!(status, 422, "{b}");

    let (status, b) =
        post(&app, "/api/v1/rules/promotion", r#"{"as_of":"2026-02-30","record":{}}"#, None).await;
    assert_eq!(status, 422);
    assert_eq!(b["error"]["field"], "as_of", "{b}");

    let (status, b) =
        post(&app, "/api/v1/rules/nine-box", r#"{"predikat":["baik"],"potential":-3}"#, None).await;
    assert_eq!(status, 422);
    assert_eq!(b["error"]["field"], "potential");
}

#[tokio::test]
async fn out_of_range_values_are_422_with_a_translated_rule_message() {
    let app = spawn_app(Backend::Sqlite).await;
    let (status, b) = post(
        &app,
        "/api/v1/rules/angka-kredit",
        r#"{"jenjang":"ahli_muda","predikat":"baik","months":13}"#,
        None,
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(b["error"]["field"], "months");
    assert_eq!(b["error"]["message"], "satu periode 1 sampai 12 bulan, bukan 13");
    let (_, b) = post(
        &app,
        "/api/v1/rules/angka-kredit",
        r#"{"jenjang":"ahli_muda","predikat":"baik","months":13}"#,
        Some("en"),
    )
    .await;
    assert_eq!(b["error"]["message"], "a period has 1 to 12 months, not 13");

    let (status, b) =
        post(&app, "/api/v1/rules/nip", r#"{"number":"198609262015053001"}"#, None).await;
    assert_eq!(status, 422);
    assert_eq!(b["error"]["code"], "invalid_nip");
    assert!(b["error"]["message"].as_str().unwrap().contains("digit 15 (3)"));

    let (status, b) =
        post(&app, "/api/v1/rules/nine-box", r#"{"predikat":["baik"],"potential":101}"#, None)
            .await;
    assert_eq!((status, b["error"]["field"].clone()), (422, json!("potential")));

    let mc = ENDPOINTS
        .iter()
        .find(|e| e.path.ends_with("monte-carlo"))
        .unwrap()
        .example
        .replace("\"runs\":1000", "\"runs\":50000");
    let (status, b) = post(&app, "/api/v1/rules/simulation/monte-carlo", &mc, None).await;
    assert_eq!(status, 422);
    assert_eq!(b["error"]["field"], "runs");

    let (status, b) =
        post(&app, "/api/v1/rules/distribution", r#"{"org_predikat":"baik"}"#, None).await;
    assert_eq!((status, b["error"]["field"].clone()), (422, json!("counts")));
}

#[tokio::test]
async fn oversized_bodies_get_413_and_other_media_types_415() {
    let app = spawn_app_with(Backend::Sqlite, |c| c.max_body_bytes = 4 * 1024 * 1024).await;
    let big = format!(r#"{{"number":"{}"}}"#, "1".repeat(300 * 1024));
    let response = app
        .client
        .post(app.url("/api/v1/rules/nip"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 413);
    // In the API's error shape, in the caller's language, like every other refusal.
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "too_large", "{body}");
    assert_eq!(body["error"]["message"], "Badan permintaan melebihi 256 KiB.");
    let response = app
        .client
        .post(app.url("/api/v1/rules/nip"))
        .header(header::CONTENT_TYPE, "text/plain")
        .body(r#"{"number":"198609262015051001"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 415);
}

#[tokio::test]
async fn each_client_is_rate_limited_with_a_retry_after() {
    let app = spawn_app_with(Backend::Sqlite, |c| c.api_requests_per_minute = 3).await;
    for _ in 0..3 {
        let (status, _) =
            post(&app, "/api/v1/rules/kp-date", r#"{"date":"2026-05-17"}"#, None).await;
        assert_eq!(status, 200);
    }
    let response = app
        .client
        .post(app.url("/api/v1/rules/kp-date"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(r#"{"date":"2026-05-17"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    assert!(response.headers()[header::RETRY_AFTER].to_str().unwrap().parse::<u64>().unwrap() >= 1);
    // Pages are not behind the API's limit.
    assert_eq!(app.get("/").await.status(), 200);
}

#[tokio::test]
async fn the_openapi_document_lists_every_endpoint_with_its_example() {
    let app = spawn_app(Backend::Sqlite).await;
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    for e in ENDPOINTS {
        let op = &doc["paths"][e.path]["post"];
        assert!(op.is_object(), "{} missing from OpenAPI", e.path);
        let example = &op["requestBody"]["content"]["application/json"]["example"];
        assert_eq!(example, &serde_json::from_str::<Value>(e.example).unwrap());
        // The body's schema is the decoded type's: a named object with its required fields.
        let schema = &op["requestBody"]["content"]["application/json"]["schema"];
        let name = schema["$ref"].as_str().unwrap().trim_start_matches("#/components/schemas/");
        let body = &doc["components"]["schemas"][name];
        assert_eq!(body["type"], "object", "{}: {body}", e.path);
        assert!(body["properties"].as_object().is_some_and(|p| !p.is_empty()), "{}", e.path);
        assert_eq!(body["additionalProperties"], false, "{}: unknown fields are refused", e.path);
    }
    assert!(doc["paths"]["/api/v1/rules/rule-set"]["get"].is_object());
    let rules: Value = app.get("/api/v1/rules/rule-set").await.json().await.unwrap();
    assert_eq!(rules["id"], prestasi_rules::RULE_SET_ID);
}

#[test]
fn the_readme_has_a_curl_example_for_every_endpoint() {
    let readme = include_str!("../../README.md");
    for e in ENDPOINTS {
        assert!(
            readme.contains(&format!("{}'", e.path)) || readme.contains(&format!("{} ", e.path)),
            "README lacks a curl example for {}",
            e.path
        );
    }
}

/// Issue 14, class 4: every number a rule takes is bounded by what the domain allows, and a
/// value outside is a 422 naming the field, never a `null` score or a request that holds a core.
#[tokio::test]
async fn numbers_outside_the_domain_are_422_naming_the_field() {
    let app = spawn_app(Backend::Sqlite).await;
    let example = |tail: &str| ENDPOINTS.iter().find(|e| e.path.ends_with(tail)).unwrap().example;
    let skp = |weight: &str, target: &str, realisasi: &str| {
        format!(
            r#"{{"results":[{{"kind":"utama","weight":{weight},"indicators":[{{"target":{{"type":"normal","target":{target}}},"realisasi":{realisasi}}}]}}]}}"#
        )
    };
    let mc = example("monte-carlo");
    let cases: Vec<(&str, String, &str, &str)> = vec![
        ("/api/v1/rules/skp-score", skp("1e308", "10", "10"), "weight", "paling banyak 100"),
        ("/api/v1/rules/skp-score", skp("100.5", "10", "10"), "weight", "paling banyak 100"),
        ("/api/v1/rules/skp-score", skp("1", "1e308", "10"), "target", "10^16"),
        ("/api/v1/rules/skp-score", skp("1", "1e-308", "1"), "target", "0,000001"),
        ("/api/v1/rules/skp-score", skp("1", "10", "1e308"), "realisasi", "10^16"),
        (
            "/api/v1/rules/legacy/pp30",
            r#"{"nilai_skp":100,"perilaku":1e308,"with_360":true}"#.into(),
            "perilaku",
            "perilaku: nilai 1e308 di luar 0–120",
        ),
        (
            "/api/v1/rules/legacy/pp46",
            r#"{"skp_aspects":[100,121],"perilaku":80}"#.into(),
            "skp_aspects[1]",
            "di luar 0–120",
        ),
        (
            "/api/v1/rules/angka-kredit/integrasi",
            r#"{"angka_kredit_konvensional":1e308,"golongan":"III/a"}"#.into(),
            "angka_kredit_konvensional",
            "0 sampai 10000, bukan 1e308",
        ),
        (
            "/api/v1/rules/distribution",
            r#"{"org_predikat":"baik","counts":{"sangat_baik":4294967295,"baik":4294967295,"butuh_perbaikan":0,"kurang_misconduct":0,"sangat_kurang":0}}"#.into(),
            "counts",
            "paling banyak 1000000 pegawai, bukan 8589934590",
        ),
        (
            "/api/v1/rules/promotion",
            example("/promotion").replace(r#""education":"s1""#, r#""education":"s1","angka_kredit":1e308"#),
            "record.angka_kredit",
            "0 sampai 10000",
        ),
        (
            "/api/v1/rules/promotion",
            example("/promotion").replace(r#""year":2024"#, r#""year":-2147483648"#),
            "record.predikat_history",
            "tahun -2147483648 di luar 1990–2090",
        ),
        (
            "/api/v1/rules/simulation",
            example("/simulation").replace(r#""birth_date":"1998-05-20""#, r#""birth_date":"2030-01-01""#),
            "record.tmt_golongan",
            "tidak setelah tanggal lahir",
        ),
        (
            "/api/v1/rules/simulation/monte-carlo",
            mc.replace(
                r#""seed":42}"#,
                &format!(
                    r#""seed":42,"events":[{}]}}"#,
                    [r#"{"type":"vacancy_available","date":"2027-01-01"}"#; 101].join(",")
                ),
            ),
            "events",
            "paling banyak 100 isian, bukan",
        ),
    ];
    for (path, body, field, message) in cases {
        let (status, b) = post(&app, path, &body, None).await;
        assert_eq!(status, 422, "{path} {body} → {b}");
        assert_eq!(b["error"]["field"], field, "{path} → {b}");
        let text = b["error"]["message"].as_str().unwrap();
        assert!(text.contains(message), "{path}: {text:?} lacks {message:?}");
        let (_, en) = post(&app, path, &body, Some("en")).await;
        assert_ne!(en["error"]["message"], b["error"]["message"], "{path}: English too");
    }
    // The largest unit a check accepts is repaired exactly (in a handful of batched moves:
    // `prestasi_rules::distribution` tests the step count, the fuzz run the time).
    let unit = |n: u32| {
        format!(
            r#"{{"org_predikat":"baik","counts":{{"sangat_baik":{n},"baik":0,"butuh_perbaikan":0,"kurang_misconduct":0,"sangat_kurang":0}}}}"#
        )
    };
    let (status, b) = post(&app, "/api/v1/rules/distribution", &unit(1_000_000), None).await;
    assert_eq!(status, 200, "{b}");
    let moved: u64 = b["result"]["suggested_changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["count"].as_u64().unwrap())
        .sum();
    assert_eq!(moved, 500_002);
}
