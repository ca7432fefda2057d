//! Development (issue 15) through the real server functions on both backends: the catalogue
//! with its checks, eligibility, applications and nominations, the merit ranking against a
//! hand-worked table, the decision within the quota with its reasons, and learning records
//! with certificates and the year's JP.

mod common;

use app::auth::Role;
use common::{
    demo::{s, Demo},
    login, other_agency_admin, Backend,
};
use serde_json::Value;
use sqlx::Row;

fn offering_form(
    title: &str,
    quota: u32,
    extra: &[(&'static str, &str)],
) -> Vec<(&'static str, String)> {
    let today = app::kernel::db::today();
    let mut form = vec![
        ("input[title]", title.to_string()),
        ("input[path]", s("klasikal")),
        ("input[form]", s("teknis")),
        ("input[jp]", s("24")),
        ("input[provider]", s("BPSDM Provinsi")),
        ("input[mode]", s("tatap_muka")),
        ("input[start_date]", today.add_days(30).to_string()),
        ("input[end_date]", today.add_days(33).to_string()),
        ("input[apply_by]", today.add_days(10).to_string()),
        ("input[quota]", quota.to_string()),
    ];
    for (k, v) in extra {
        form.push((*k, v.to_string()));
    }
    form
}

impl Demo {
    /// Give `employee` the annual predikat `predikat` for `year` (set-up: a closed past period
    /// with a rated plan).
    async fn rated(&self, employee: i64, year: i64, predikat: &str) {
        let pool = &self.app.pool;
        let period: i64 =
            match sqlx::query("SELECT id FROM assessment_period WHERE agency_id = 1 AND year = $1")
                .bind(year)
                .fetch_optional(pool)
                .await
                .unwrap()
            {
                Some(r) => r.get(0),
                None => sqlx::query(
                    "INSERT INTO assessment_period (agency_id, year, frequency, plan_deadline, \
                 rating_deadline, appeal_days, status, version, created_at) \
                 VALUES (1, $1, 'quarterly', $2, $3, 14, 'closed', 1, 0) RETURNING id",
                )
                .bind(year)
                .bind(format!("{year}-01-31"))
                .bind(format!("{year}-12-31"))
                .fetch_one(pool)
                .await
                .unwrap()
                .get(0),
            };
        let plan: i64 = sqlx::query(
            "INSERT INTO skp_plan (agency_id, period_id, employee_id, status, version, created_at, \
             updated_at) VALUES (1, $1, $2, 'approved', 1, 0, 0) RETURNING id",
        )
        .bind(period)
        .bind(employee)
        .fetch_one(pool)
        .await
        .unwrap()
        .get(0);
        sqlx::query(
            "INSERT INTO skp_rating (agency_id, plan_id, period_no, input_json, hasil, perilaku, \
             predikat, nilai_skp, angka_kredit, rule_set_id, rated_by, rated_at, version) \
             VALUES (1, $1, 0, '{}', 'sesuai_ekspektasi', 'sesuai_ekspektasi', $2, 100.0, 0.0, \
             'test', 1, 0, 1)",
        )
        .persistent(false)
        .bind(plan)
        .bind(predikat)
        .execute(pool)
        .await
        .unwrap();
    }

    async fn employees_without_account(&self, n: usize) -> Vec<i64> {
        sqlx::query(
            "SELECT e.id FROM employee e WHERE e.agency_id = 1 AND e.kind = 'pns' \
             AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.employee_id = e.id) \
             AND NOT EXISTS (SELECT 1 FROM skp_plan p WHERE p.employee_id = e.id) \
             ORDER BY e.id LIMIT $1",
        )
        .bind(n as i64)
        .fetch_all(&self.app.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
    }
}

async fn the_catalogue_checks_each_field_and_only_the_hr_office_adds(backend: Backend) {
    let demo = Demo::start(backend).await;
    let hr = demo.login(Role::AdminInstansi).await;
    let pegawai = demo.login(Role::Pegawai).await;
    let create = |cookie: String, form: Vec<(&'static str, String)>| {
        let demo = &demo;
        async move { demo.call("/api/development/offerings/create", &cookie, &form).await }
    };
    let bad = |field: &'static str, value: &str| {
        let mut form = offering_form("Bimtek SAKIP", 10, &[]);
        form.retain(|(k, _)| *k != field);
        form.push((field, value.to_string()));
        form
    };
    for (field, value, message) in [
        ("input[title]", "", "paling banyak 200 karakter"),
        ("input[form]", "kursus_memasak", "Peraturan LAN 10/2018"),
        ("input[jp]", "0", "1 sampai 2000"),
        ("input[quota]", "100001", "1 sampai 100.000"),
        ("input[apply_by]", "2099-01-01", "batas pendaftaran ≤ mulai"),
        ("input[start_date]", "besok", "bukan tanggal"),
    ] {
        let refused = create(hr.clone(), bad(field, value)).await.unwrap_err();
        assert!(refused.starts_with("422"), "{field}: {refused}");
        assert!(refused.contains(&format!("\"field\":\"{field}\"")), "{field}: {refused}");
        assert!(refused.contains(message), "{field}: {refused}");
    }
    let unknown_unit = offering_form("Bimtek", 5, &[("input[unit_code]", "TIDAK-ADA")]);
    assert!(create(hr.clone(), unknown_unit).await.unwrap_err().contains("Kode unit"));
    assert!(create(pegawai.clone(), offering_form("Bimtek", 5, &[]))
        .await
        .unwrap_err()
        .starts_with("404"));
    let id = create(hr.clone(), offering_form("Bimtek SAKIP", 10, &[])).await.unwrap();
    let listed = demo.call("/api/development/offerings", &hr, &[]).await.unwrap();
    let ours = listed.as_array().unwrap().iter().find(|o| o["id"] == id).expect("listed");
    assert_eq!(ours["jp"], 24);
    assert_eq!(ours["applicants"], 0);
    // Another agency's HR office neither sees it nor decides it.
    let other = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let theirs = demo.call("/api/development/offerings", &other, &[]).await.unwrap();
    assert!(theirs.as_array().unwrap().iter().all(|o| o["id"] != id));
    let form = [("offering_id", s(id.as_i64().unwrap())), ("version", s(1))];
    assert!(demo
        .call("/api/development/decide", &other, &form)
        .await
        .unwrap_err()
        .starts_with("404"));
    let audited: i64 =
        sqlx::query("SELECT COUNT(*) FROM audit_log WHERE action = 'offering_created'")
            .fetch_one(&demo.app.pool)
            .await
            .unwrap()
            .get(0);
    assert_eq!(audited, 1);
}

both_backends!(the_catalogue_checks_each_field_and_only_the_hr_office_adds);

async fn applicants_are_ranked_by_merit_and_the_quota_is_offered_with_reasons(backend: Backend) {
    let demo = Demo::start(backend).await;
    let hr = demo.login(Role::AdminInstansi).await;
    let this_year = demo.year();
    // Five applicants, each logged in: the hand-worked table of `prestasi_rules::merit` in
    // people (no talent box yet; JP missing 20 unless they learned this year).
    let people = demo.employees_without_account(5).await;
    let [a, b, c, d, e]: [i64; 5] = people.clone().try_into().unwrap();
    demo.rated(a, this_year - 1, "sangat_baik").await;
    demo.rated(a, this_year - 2, "baik").await;
    demo.rated(b, this_year - 1, "baik").await;
    demo.rated(b, this_year - 2, "baik").await;
    demo.rated(c, this_year - 1, "butuh_perbaikan").await;
    demo.rated(e, this_year - 1, "baik").await;
    let offering = demo
        .call(
            "/api/development/offerings/create",
            &hr,
            &offering_form("Pelatihan Analis Data", 2, &[]),
        )
        .await
        .unwrap()
        .as_i64()
        .unwrap();
    let strict = demo
        .call(
            "/api/development/offerings/create",
            &hr,
            &offering_form("Kepemimpinan", 1, &[("input[min_predikat]", "baik")]),
        )
        .await
        .unwrap()
        .as_i64()
        .unwrap();
    let mut cookies = Vec::new();
    for p in &people {
        cookies.push(demo.login_employee(*p).await);
    }
    // d learned 24 JP this year: nothing missing, trained already.
    let certificate =
        base64::Engine::encode(&base64::engine::general_purpose::STANDARD, b"%PDF-1.4 sertifikat");
    let learned = demo
        .call(
            "/api/development/learning/record",
            &cookies[3],
            &[
                ("input[title]", s("Kursus Excel")),
                ("input[path]", s("klasikal")),
                ("input[form]", s("kursus")),
                ("input[jp]", s("24")),
                ("input[provider]", s("LAN")),
                ("input[start_date]", app::kernel::db::today().add_days(-3).to_string()),
                ("input[end_date]", app::kernel::db::today().add_days(-1).to_string()),
                ("input[certificate_name]", s("sertifikat.exe")),
                ("input[certificate_base64]", certificate),
                ("request_key", s("belajar-0001")),
            ],
        )
        .await
        .unwrap();
    let year = demo
        .call("/api/development/learning", &cookies[3], &[("year", s(this_year))])
        .await
        .unwrap();
    assert_eq!(year["jp"]["total_jp"], 24, "{year}");
    assert_eq!(
        year["records"][0]["certificate_name"], "sertifikat.pdf",
        "the type read from the bytes"
    );
    assert_eq!(year["records"][0]["id"], learned);
    // The certificate: its owner and the HR office download it; anyone else gets a 404.
    let download = |cookie: String| {
        let demo = &demo;
        let url = demo.app.url(&format!("/api/pembelajaran/sertifikat/{learned}"));
        async move {
            demo.app.client.get(url).header(reqwest::header::COOKIE, cookie).send().await.unwrap()
        }
    };
    for reader in [&cookies[3], &hr] {
        let response = download(reader.clone()).await;
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "application/pdf");
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        assert_eq!(response.bytes().await.unwrap().as_ref(), b"%PDF-1.4 sertifikat");
    }
    let stranger = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    for outsider in [&cookies[0], &stranger] {
        assert_eq!(download(outsider.clone()).await.status(), 404);
    }

    // The employees see the open offerings and what they lack.
    let seen = demo.call("/api/development/offerings", &cookies[2], &[]).await.unwrap();
    let lead = seen.as_array().unwrap().iter().find(|o| o["id"] == strict).unwrap().clone();
    assert_eq!(lead["unmet"][0]["kind"], "predikat", "{lead}");
    let refused =
        demo.call("/api/development/apply", &cookies[2], &[("offering_id", s(strict))]).await;
    assert!(refused.unwrap_err().contains("Belum memenuhi syarat"));
    for (i, cookie) in cookies.iter().enumerate() {
        let id = demo.call("/api/development/apply", cookie, &[("offering_id", s(offering))]).await;
        assert!(id.is_ok(), "applicant {i}: {id:?}");
        // Applied twice: one application.
        assert_eq!(
            demo.call("/api/development/apply", cookie, &[("offering_id", s(offering))])
                .await
                .unwrap(),
            id.unwrap()
        );
    }
    // The demo pejabat penilai may nominate only their own people.
    let penilai = demo.login(Role::PejabatPenilai).await;
    let refused = demo
        .call(
            "/api/development/nominate",
            &penilai,
            &[("offering_id", s(offering)), ("employee_id", s(a))],
        )
        .await;
    assert!(refused.unwrap_err().starts_with("404"));

    // Scores (weights 35/25/15/15/10): a SB, [SB, B], missing 20, none → 35+22.5+15+10 = 82.50;
    // b B, [B, B] → 28+20+15+10 = 73; e B, [B] → 73, applied later than b; c BP → 21+15+15+10 = 61;
    // d no predikat, nothing missing, trained → 0.
    let ranked =
        demo.call("/api/development/ranked", &hr, &[("offering_id", s(offering))]).await.unwrap();
    let order: Vec<(i64, f64, String)> = ranked["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["employee_id"].as_i64().unwrap(),
                r["score"].as_f64().unwrap(),
                r["outcome"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected = [
        (a, 82.5, "offered"),
        (b, 73.0, "offered"),
        (e, 73.0, "waiting"),
        (c, 61.0, "waiting"),
        (d, 0.0, "waiting"),
    ];
    let expected: Vec<(i64, f64, String)> =
        expected.iter().map(|(p, s, o)| (*p, *s, o.to_string())).collect();
    assert_eq!(order, expected);
    assert_eq!((ranked["total"].as_u64(), ranked["page"].as_u64()), (Some(5), Some(1)));
    let beyond = [("offering_id", s(offering)), ("page", s(2))];
    let beyond = demo.call("/api/development/ranked", &hr, &beyond).await.unwrap();
    assert_eq!((beyond["rows"].as_array().unwrap().len(), beyond["total"].as_u64()), (0, Some(5)));
    let why = &ranked["rows"][0]["components"];
    assert_eq!(why[0]["name"], "predikat");
    assert_eq!(why[0]["points"], 100.0);

    // The decision at a stale version is refused; at the seen one it offers the quota.
    let version = ranked["offering"]["version"].as_i64().unwrap();
    let stale = [("offering_id", s(offering)), ("version", s(version + 1))];
    assert!(demo
        .call("/api/development/decide", &hr, &stale)
        .await
        .unwrap_err()
        .starts_with("409"));
    let decided = demo
        .call(
            "/api/development/decide",
            &hr,
            &[("offering_id", s(offering)), ("version", s(version))],
        )
        .await
        .unwrap();
    assert_eq!(decided, serde_json::json!([2, 3]));
    let again = demo
        .call(
            "/api/development/decide",
            &hr,
            &[("offering_id", s(offering)), ("version", s(version + 1))],
        )
        .await;
    assert!(again.unwrap_err().contains("sudah diputuskan"));
    // Each applicant sees the outcome and why.
    let mine = demo.call("/api/development/mine", &cookies[4], &[]).await.unwrap();
    let app_e: &Value =
        mine.as_array().unwrap().iter().find(|m| m["offering_id"] == offering).unwrap();
    assert_eq!(app_e["status"], "waiting");
    assert_eq!(app_e["position"], 3);
    assert_eq!(app_e["components"].as_array().unwrap().len(), 5);
    let mine = demo.call("/api/development/mine", &cookies[0], &[]).await.unwrap();
    assert_eq!(mine[0]["status"], "offered");
    // The decision stands as taken: a's learning since then would change a live ranking (JP no
    // longer missing), not the decided one.
    demo.call(
        "/api/development/learning/record",
        &cookies[0],
        &[
            ("input[title]", s("Kursus SQL")),
            ("input[path]", s("nonklasikal")),
            ("input[form]", s("e_learning")),
            ("input[jp]", s("30")),
            ("input[provider]", s("LAN")),
            ("input[start_date]", app::kernel::db::today().add_days(-2).to_string()),
            ("input[end_date]", app::kernel::db::today().add_days(-1).to_string()),
        ],
    )
    .await
    .unwrap();
    let after =
        demo.call("/api/development/ranked", &hr, &[("offering_id", s(offering))]).await.unwrap();
    assert_eq!(
        after["rows"],
        ranked["rows"]
            .clone()
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let mut r = r.clone();
                // Decided: the stored statuses (offered/waiting) replace "applied".
                r["status"] = r["outcome"].clone();
                r
            })
            .collect::<Vec<_>>()
            .into_iter()
            .collect::<Value>()
    );

    // a gives the place up: e, first on the waiting list, is offered it. Twice changes nothing.
    let withdraw = [("offering_id", s(offering))];
    demo.call("/api/development/withdraw", &cookies[0], &withdraw).await.unwrap();
    demo.call("/api/development/withdraw", &cookies[0], &withdraw).await.unwrap();
    let mine = demo.call("/api/development/mine", &cookies[4], &[]).await.unwrap();
    assert_eq!(mine[0]["status"], "offered", "{mine}");
    let mine = demo.call("/api/development/mine", &cookies[2], &[]).await.unwrap();
    assert_eq!(mine[0]["status"], "waiting", "c stays on the list");
    let promoted: i64 =
        sqlx::query("SELECT COUNT(*) FROM audit_log WHERE action = 'training_promoted'")
            .fetch_one(&demo.app.pool)
            .await
            .unwrap()
            .get(0);
    assert_eq!(promoted, 1);
    // Someone who never applied has nothing to withdraw; once the offering starts, no one may.
    let pegawai = demo.login(Role::Pegawai).await;
    let never = demo.call("/api/development/withdraw", &pegawai, &withdraw).await;
    assert!(never.unwrap_err().starts_with("404"));
    sqlx::query("UPDATE training_offering SET start_date = $1, apply_by = $1 WHERE id = $2")
        .bind(app::kernel::db::today().to_string())
        .bind(offering)
        .execute(&demo.app.pool)
        .await
        .unwrap();
    let started = demo.call("/api/development/withdraw", &cookies[1], &withdraw).await;
    assert!(started.unwrap_err().contains("sudah dimulai"));

    // The demo pejabat penilai nominates one of their people (the line in force).
    let team = demo.call("/api/development/team", &penilai, &[]).await.unwrap();
    let nominee = team[0]["employee_id"].as_i64().expect("the demo penilai has a team");
    assert_eq!(
        demo.call("/api/development/team", &pegawai, &[]).await.unwrap(),
        Value::Array(vec![]),
        "the demo pegawai leads no one"
    );
    let open_to_all = demo
        .call("/api/development/offerings/create", &hr, &offering_form("Orientasi", 5, &[]))
        .await
        .unwrap();
    let nominate = [("offering_id", s(&open_to_all)), ("employee_id", s(nominee))];
    demo.call("/api/development/nominate", &penilai, &nominate).await.unwrap();
    let list = demo
        .call("/api/development/ranked", &hr, &[("offering_id", s(&open_to_all))])
        .await
        .unwrap();
    assert_eq!(list["rows"][0]["employee_id"], nominee);
    assert_eq!(list["rows"][0]["nominated"], true);
    // Someone else's person: refused as if the record did not exist.
    let others = [("offering_id", s(&open_to_all)), ("employee_id", s(a))];
    assert!(demo
        .call("/api/development/nominate", &penilai, &others)
        .await
        .unwrap_err()
        .starts_with("404"));
    // Closed after the decision.
    let late = demo
        .call(
            "/api/development/apply",
            &demo.login(Role::Pegawai).await,
            &[("offering_id", s(offering))],
        )
        .await;
    assert!(late.unwrap_err().contains("sudah ditutup"));

    // The HR office verifies the learning record at the version it saw; others cannot.
    let verify = |cookie: String, version: i64, verdict: &str| {
        let form = vec![
            ("id", s(learned.as_i64().unwrap())),
            ("version", s(version)),
            ("verdict", verdict.to_string()),
        ];
        let demo = &demo;
        async move { demo.call("/api/development/learning/verify", &cookie, &form).await }
    };
    assert!(verify(cookies[3].clone(), 1, "verified").await.unwrap_err().starts_with("404"));
    assert!(verify(hr.clone(), 1, "recorded")
        .await
        .unwrap_err()
        .contains("terverifikasi atau ditolak"));
    verify(hr.clone(), 1, "verified").await.unwrap();
    assert!(verify(hr.clone(), 1, "rejected").await.unwrap_err().starts_with("409"));
}

both_backends!(applicants_are_ranked_by_merit_and_the_quota_is_offered_with_reasons);

/// JP compliance by unit (counted by the rules), the HR office's verification queue, the Excel
/// export, and the reminder task from the third quarter that clears at 20 JP.
async fn jp_compliance_the_verification_queue_and_the_reminder(backend: Backend) {
    let demo = Demo::start(backend).await;
    let pool = &demo.app.pool;
    let hr = demo.login(Role::AdminInstansi).await;
    let pegawai = demo.login(Role::Pegawai).await;
    let identifier =
        demo.accounts.iter().find(|a| a.role == Role::Pegawai).unwrap().identifier.clone();
    let row = sqlx::query(
        "SELECT u.employee_id, o.code FROM app_user u JOIN employee e ON e.id = u.employee_id \
         JOIN org_unit o ON o.id = e.unit_id WHERE u.username = $1",
    )
    .bind(&identifier)
    .fetch_one(pool)
    .await
    .unwrap();
    let (me, unit): (i64, String) = (row.get(0), row.get(1));
    let year = demo.year();
    let today = app::kernel::db::today();
    let task = |month: u32| async move {
        let day = app::rules::Date::new(year as i32, month, 1).unwrap();
        app::tasks::repo::of_employee(pool, me, None, day)
            .await
            .unwrap()
            .into_iter()
            .find(|t| t.kind == app::tasks::types::TaskKind::LearningJp)
    };
    let units = |cookie: String| {
        let demo = &demo;
        async move { demo.call("/api/development/compliance", &cookie, &[]).await }
    };
    let below = |list: &Value| {
        list.as_array().unwrap().iter().find(|u| u["code"] == unit.as_str()).unwrap()["pns_below"]
            .as_i64()
            .unwrap()
    };

    // The demo pegawai (PNS) has 8 JP this year: reminded from July, not before.
    let reminded = task(8).await.expect("under 20 JP in August");
    assert_eq!(reminded.subject.as_deref(), Some("8/20 JP"));
    assert_eq!(reminded.href, "/saya/pembelajaran");
    assert!(task(3).await.is_none(), "not before the third quarter");
    let before = units(hr.clone()).await.unwrap();
    assert!(units(pegawai.clone()).await.unwrap_err().starts_with("404"));

    // 12 JP more: the minimum is reached, the task clears, the unit has one fewer below.
    let record = |title: &str, jp: u32, key: &str| {
        let form = vec![
            ("input[title]", title.to_string()),
            ("input[path]", s("nonklasikal")),
            ("input[form]", s("e_learning")),
            ("input[jp]", s(jp)),
            ("input[provider]", s("ASN Unggul")),
            ("input[start_date]", today.add_days(-1).to_string()),
            ("input[end_date]", today.to_string()),
            ("request_key", key.to_string()),
        ];
        let (demo, cookie) = (&demo, pegawai.clone());
        async move { demo.call("/api/development/learning/record", &cookie, &form).await.unwrap() }
    };
    let id = record("Literasi Digital", 12, "jp-000001").await;
    assert_eq!(record("Literasi Digital", 12, "jp-000001").await, id, "the same key: one record");
    assert!(task(8).await.is_none(), "20 JP: no reminder");
    assert_eq!(below(&units(hr.clone()).await.unwrap()), below(&before) - 1);

    // The queue shows it; rejected, it no longer counts and the reminder is back.
    let queue = demo.call("/api/development/learning/pending", &hr, &[]).await.unwrap();
    let pending = queue.as_array().unwrap().iter().find(|p| p["record"]["id"] == id).unwrap();
    assert!(!pending["unit"].as_str().unwrap().is_empty(), "{pending}");
    let version = pending["record"]["version"].as_i64().unwrap();
    demo.call(
        "/api/development/learning/verify",
        &hr,
        &[("id", s(&id)), ("version", s(version)), ("verdict", s("rejected"))],
    )
    .await
    .unwrap();
    let queue = demo.call("/api/development/learning/pending", &hr, &[]).await.unwrap();
    assert!(queue.as_array().unwrap().iter().all(|p| p["record"]["id"] != id));
    assert_eq!(task(8).await.unwrap().subject.as_deref(), Some("8/20 JP"));
    assert!(demo
        .call("/api/development/learning/pending", &pegawai, &[])
        .await
        .unwrap_err()
        .starts_with("404"));

    // The export: the HR office gets a workbook; anyone else a 404.
    let export = |cookie: String| {
        let demo = &demo;
        let url = demo.app.url("/api/admin/jp.xlsx");
        async move {
            demo.app.client.get(url).header(reqwest::header::COOKIE, cookie).send().await.unwrap()
        }
    };
    let book = export(hr.clone()).await;
    assert_eq!(book.status(), 200);
    assert!(book.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains(&format!("jp-{year}.xlsx")));
    assert!(book.bytes().await.unwrap().starts_with(b"PK"));
    assert_eq!(export(pegawai.clone()).await.status(), 404);
    let stranger = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let theirs = units(stranger).await.unwrap();
    let counted: i64 = theirs.as_array().unwrap().iter().map(|u| u["pns"].as_i64().unwrap()).sum();
    let pns: i64 = sqlx::query(
        "SELECT COUNT(*) FROM employee e JOIN agency a ON a.id = e.agency_id \
         WHERE a.code = 'kota-palangka-raya' AND e.kind = 'pns'",
    )
    .fetch_one(pool)
    .await
    .unwrap()
    .get(0);
    assert_eq!(counted, pns, "their own agency's employees only");
}

both_backends!(jp_compliance_the_verification_queue_and_the_reminder);
