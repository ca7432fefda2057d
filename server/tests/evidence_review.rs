//! Evidence files on realisation and the tim evaluasi's review of the annual summary, through
//! the real server functions and download route on both backends.

mod common;

use app::auth::Role;
use base64::{engine::general_purpose::STANDARD, Engine as _};
use common::{
    demo::{s, Demo},
    login, other_agency_admin, Backend,
};
use serde_json::json;
use sqlx::Row;

/// The demo's approved plan of the demo pejabat penilai's staff: (plan, owner employee).
async fn approved_plan(demo: &Demo) -> (i64, i64) {
    let row = sqlx::query(
        "SELECT p.id, p.employee_id FROM skp_plan p JOIN app_user u ON u.employee_id = p.penilai_id \
         JOIN assessment_period d ON d.id = p.period_id AND d.status = 'open' \
         WHERE u.username = 'demo.pejabat_penilai' AND p.status = 'approved'",
    )
    .fetch_one(&demo.app.pool)
    .await
    .unwrap();
    (row.get(0), row.get(1))
}

async fn first_indicator(demo: &Demo, plan_id: i64) -> i64 {
    sqlx::query(
        "SELECT MIN(i.id) FROM skp_indicator i JOIN skp_result r ON r.id = i.result_id \
         WHERE r.plan_id = $1",
    )
    .bind(plan_id)
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0)
}

fn pdf(body: &str) -> Vec<u8> {
    format!("%PDF-1.4\n% {body}\n%%EOF\n").into_bytes()
}

async fn rate_the_year(demo: &Demo, penilai: &str, plan_id: i64) {
    let input = json!({
        "plan_id": plan_id, "period_no": 0, "realisasi": [12.0, 4.0, 2.0],
        "behaviours": vec!["sesuai_ekspektasi"; 7], "hasil": null, "perilaku": null,
        "shown_predikat": "baik"
    });
    demo.rate(penilai, &input).await.unwrap();
}

async fn evidence_files_are_checked_stored_once_and_read_only_by_plan_readers(backend: Backend) {
    // The production request limit (2 MiB): a 1 MiB file travels as about 1.4 MB of base64.
    let demo = Demo::start_with(backend, |c| c.max_body_bytes = 2 * 1024 * 1024).await;
    let (plan_id, owner) = approved_plan(&demo).await;
    let indicator = first_indicator(&demo, plan_id).await;
    let employee = demo.login_employee(owner).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let hr = demo.login(Role::AdminInstansi).await;
    let stranger = demo.login(Role::Pegawai).await;
    let other_agency = login(&demo.app, &other_agency_admin(&demo.app).await).await;

    let upload = |cookie: String, indicator: i64, name: &str, bytes: Vec<u8>| {
        let form = vec![
            ("plan_id", s(plan_id)),
            ("indicator_id", s(indicator)),
            ("file_name", name.to_string()),
            ("file_base64", STANDARD.encode(bytes)),
        ];
        let demo = &demo;
        async move { demo.call("/api/skp/evidence/upload", &cookie, &form).await }
    };
    let file = upload(employee.clone(), indicator, "C:\\scan\\laporan.pdf", pdf("laporan"))
        .await
        .unwrap()
        .as_i64()
        .unwrap();
    let again = upload(employee.clone(), indicator, "laporan.pdf", pdf("laporan")).await.unwrap();
    assert_eq!(again.as_i64(), Some(file), "the same bytes on one indicator are one file");

    // Refused: a renamed web page, an empty file, one over 1 MiB, someone else's plan, an
    // indicator of another plan, bytes that are not base64.
    let html = b"<html><script>alert(1)</script></html>".to_vec();
    let refused = upload(employee.clone(), indicator, "bukti.pdf", html).await.unwrap_err();
    assert!(refused.contains("PDF, PNG atau JPEG"), "{refused}");
    let empty = upload(employee.clone(), indicator, "kosong.pdf", Vec::new()).await.unwrap_err();
    assert!(empty.contains("1 MB"), "{empty}");
    let mut big = pdf("besar");
    big.resize(1024 * 1024 + 1, b' ');
    let big = upload(employee.clone(), indicator, "besar.pdf", big).await.unwrap_err();
    assert!(big.contains("1 MB"), "{big}");
    let by_penilai = upload(penilai.clone(), indicator, "x.pdf", pdf("penilai")).await;
    assert!(by_penilai.unwrap_err().contains("tidak ada"));
    let foreign: i64 = sqlx::query(
        "SELECT MIN(i.id) FROM skp_indicator i JOIN skp_result r ON r.id = i.result_id \
         WHERE r.plan_id <> $1",
    )
    .bind(plan_id)
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0);
    assert!(upload(employee.clone(), foreign, "x.pdf", pdf("asing")).await.is_err());
    let garbage = demo
        .call(
            "/api/skp/evidence/upload",
            &employee,
            &[
                ("plan_id", s(plan_id)),
                ("indicator_id", s(indicator)),
                ("file_name", "x.pdf".into()),
                ("file_base64", "%%%".into()),
            ],
        )
        .await;
    assert!(garbage.is_err());
    // At most five files per indicator.
    for n in 0..4 {
        upload(employee.clone(), indicator, "foto.png", {
            let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
            png.push(n);
            png
        })
        .await
        .unwrap();
    }
    let sixth = upload(employee.clone(), indicator, "lagi.jpg", vec![0xFF, 0xD8, 0xFF, 0xE0]).await;
    assert!(sixth.unwrap_err().contains("paling banyak punya 5"));

    // The plan lists the files under their indicator, with the cleaned name.
    let view = demo.call("/api/skp/plan", &penilai, &[("plan_id", s(plan_id))]).await.unwrap();
    let files = view["results"][0]["indicators"][0]["files"].as_array().unwrap().clone();
    assert_eq!(files.len(), 5);
    assert_eq!(files[0]["file_name"], "laporan.pdf");
    assert_eq!(files[0]["content_type"], "application/pdf");

    // Downloads: the plan's readers get the bytes as an attachment; everyone else a 404.
    let download = |cookie: Option<String>, id: i64| {
        let demo = &demo;
        async move {
            let mut request = demo.app.client.get(demo.app.url(&format!("/api/skp/bukti/{id}")));
            if let Some(cookie) = cookie {
                request = request.header(reqwest::header::COOKIE, cookie);
            }
            request.send().await.unwrap()
        }
    };
    for reader in [&employee, &penilai, &hr] {
        let response = download(Some(reader.clone()), file).await;
        assert_eq!(response.status(), 200);
        let headers = response.headers().clone();
        assert_eq!(headers["content-type"], "application/pdf");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(headers["content-disposition"].to_str().unwrap().starts_with("attachment;"));
        assert_eq!(response.bytes().await.unwrap().to_vec(), pdf("laporan"));
    }
    for outsider in [Some(stranger.clone()), Some(other_agency.clone()), None] {
        assert_eq!(download(outsider, file).await.status(), 404);
    }
    assert_eq!(download(Some(employee.clone()), file + 10_000).await.status(), 404);

    // Removal: the owner only, and only until the year is rated.
    let remove = |cookie: String, id: i64| {
        let demo = &demo;
        async move {
            demo.call(
                "/api/skp/evidence/remove",
                &cookie,
                &[("plan_id", s(plan_id)), ("file_id", s(id))],
            )
            .await
        }
    };
    assert!(remove(penilai.clone(), file).await.is_err());
    remove(employee.clone(), file).await.unwrap();
    assert_eq!(download(Some(employee.clone()), file).await.status(), 404);
    let kept = files[1]["id"].as_i64().unwrap();
    rate_the_year(&demo, &penilai, plan_id).await;
    let late = remove(employee.clone(), kept).await.unwrap_err();
    assert!(late.contains("setelah penilaian tahunan"), "{late}");

    let actions = app::audit::repo::actions(&demo.app.pool, Some(1), 200).await.unwrap();
    let count = |name: &str| actions.iter().filter(|(a, ..)| a == name).count();
    assert_eq!((count("evidence_uploaded"), count("evidence_removed")), (5, 1));
}

both_backends!(evidence_files_are_checked_stored_once_and_read_only_by_plan_readers);

async fn the_evaluation_team_reviews_rated_annual_summaries(backend: Backend) {
    let demo = Demo::start(backend).await;
    let (plan_id, owner) = approved_plan(&demo).await;
    let team = demo.login(Role::TimEvaluasi).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let hr = demo.login(Role::AdminInstansi).await;
    let employee = demo.login_employee(owner).await;
    let other_agency = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let note = |cookie: String, text: &str, outlier: bool| {
        let mut form = vec![("plan_id", s(plan_id)), ("text", text.to_string())];
        if outlier {
            form.push(("outlier", "yes".to_string()));
        }
        let demo = &demo;
        async move { demo.call("/api/skp/annual-review/note", &cookie, &form).await }
    };

    let early = note(team.clone(), "Terlalu dini", false).await.unwrap_err();
    assert!(early.contains("setelah penilaian tahunan"), "{early}");
    rate_the_year(&demo, &penilai, plan_id).await;

    let text = "Realisasi jauh di atas target unit lain; mohon bukti dukung dilengkapi.";
    let id = note(team.clone(), text, true).await.unwrap().as_i64().unwrap();
    assert_eq!(note(team.clone(), text, true).await.unwrap().as_i64(), Some(id), "resent once");
    assert!(note(team.clone(), "   ", false).await.unwrap_err().contains("wajib diisi"));
    for outsider in [&employee, &penilai, &hr, &other_agency] {
        let refused = note(outsider.clone(), "Bukan wewenang", false).await.unwrap_err();
        assert!(refused.contains("tidak ada"), "{refused}");
    }

    for (who, reader) in
        [("employee", &employee), ("penilai", &penilai), ("hr", &hr), ("team", &team)]
    {
        let view = demo.call("/api/skp/plan", reader, &[("plan_id", s(plan_id))]).await;
        let view = view.unwrap_or_else(|e| panic!("{who}: {e}"));
        let notes = view["review_notes"].as_array().unwrap();
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert_eq!(
            (notes[0]["text"].as_str(), notes[0]["outlier"].as_bool()),
            (Some(text), Some(true))
        );
    }
    let actions = app::audit::repo::actions(&demo.app.pool, Some(1), 50).await.unwrap();
    assert_eq!(actions.iter().filter(|(a, ..)| a == "annual_review_noted").count(), 1);

    // The unit's list leads the tim evaluasi to the summary, with the note counted and flagged.
    let unit: i64 = sqlx::query("SELECT unit_id FROM employee WHERE id = $1")
        .bind(owner)
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    let list = |cookie: String, unit: i64| {
        let demo = &demo;
        async move { demo.call("/api/skp/annual-review/unit", &cookie, &[("unit_id", s(unit))]).await }
    };
    for reader in [&team, &hr] {
        let summaries = list(reader.clone(), unit).await.unwrap();
        let row = summaries["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["employee_id"] == owner)
            .cloned()
            .unwrap();
        assert_eq!(row["plan_id"], plan_id);
        assert_eq!((row["notes"].as_i64(), row["flagged"].as_bool()), (Some(1), Some(true)));
        assert_eq!(row["predikat"], "baik");
    }
    for outsider in [&employee, &penilai, &other_agency] {
        assert!(list(outsider.clone(), unit).await.unwrap_err().contains("tidak ada"));
    }
    let foreign_unit: i64 = sqlx::query("SELECT MIN(id) FROM org_unit WHERE agency_id <> 1")
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    assert!(list(team.clone(), foreign_unit).await.is_err(), "another agency's unit");
}

both_backends!(the_evaluation_team_reviews_rated_annual_summaries);

/// The evidence form posted as multipart by a browser without JavaScript: stored like the
/// server function's upload, the browser sent back to the page; a refused file comes back as
/// the message in the query and stores nothing; someone else's plan is refused alike.
async fn evidence_uploads_as_a_plain_multipart_form(backend: Backend) {
    let demo = Demo::start(backend).await;
    let (plan_id, owner) = approved_plan(&demo).await;
    let indicator = first_indicator(&demo, plan_id).await;
    let employee = demo.login_employee(owner).await;
    let stranger = demo.login(Role::Pegawai).await;
    let page = demo.app.url("/saya/skp");
    let post = |cookie: String, name: &'static str, bytes: Vec<u8>| {
        let form = reqwest::multipart::Form::new()
            .text("plan_id", plan_id.to_string())
            .text("indicator_id", indicator.to_string())
            .part("file", reqwest::multipart::Part::bytes(bytes).file_name(name));
        demo.app
            .client
            .post(demo.app.url("/api/skp/bukti/unggah"))
            .header("sec-fetch-site", "same-origin")
            .header(reqwest::header::REFERER, page.clone())
            .header(reqwest::header::COOKIE, cookie)
            .multipart(form)
            .send()
    };
    let files = || async {
        sqlx::query("SELECT file_name FROM skp_evidence_file WHERE plan_id = $1")
            .bind(plan_id)
            .fetch_all(&demo.app.pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect::<Vec<_>>()
    };
    let location = |r: &reqwest::Response| {
        assert_eq!(r.status(), reqwest::StatusCode::SEE_OTHER);
        r.headers()[reqwest::header::LOCATION].to_str().unwrap().to_string()
    };
    let before = files().await;
    // A web page renamed .pdf: back with the reason, nothing stored.
    let html = b"<html><script>alert(1)</script></html>".to_vec();
    let refused = post(employee.clone(), "bukti.pdf", html).await.unwrap();
    let back = location(&refused);
    assert!(back.starts_with(&page) && back.contains("__err="), "{back}");
    assert_eq!(files().await, before);
    // Someone else's plan: refused the same way, nothing stored.
    let foreign = post(stranger, "x.pdf", pdf("orang lain")).await.unwrap();
    assert!(location(&foreign).contains("__err="));
    assert_eq!(files().await, before);
    // A real PDF: stored under its name, and back to the page without an error.
    let saved = post(employee.clone(), "laporan-tanpa-js.pdf", pdf("tanpa js")).await.unwrap();
    assert_eq!(location(&saved), page);
    assert!(files().await.contains(&"laporan-tanpa-js.pdf".to_string()));
    // A name that reads "laporanexe.pdf" through a bidi override but ends in .exe is kept
    // without the override and with the extension of what the bytes are.
    let disguised = post(employee, "laporan\u{202E}fdp.exe", pdf("menyamar")).await.unwrap();
    assert_eq!(location(&disguised), page);
    assert!(files().await.contains(&"laporanfdp.pdf".to_string()), "{:?}", files().await);
}

both_backends!(evidence_uploads_as_a_plain_multipart_form);
