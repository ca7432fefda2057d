//! The SKP workflow through the real server functions on both backends: every state
//! transition, every forbidden one, the kept versions, and ratings the server recomputes
//! (a tampered value is refused).

mod common;

use app::auth::Role;
use common::{
    call,
    demo::{approved_plans_for_the_team, s, Demo},
    login, other_agency_admin, Backend,
};
use futures::FutureExt;
use serde_json::json;
use sqlx::Row;

async fn a_plan_is_drafted_returned_approved_and_rated_with_the_servers_numbers(backend: Backend) {
    let demo = Demo::start(backend).await;
    let pegawai = demo.login(Role::Pegawai).await;
    let penilai = demo.login(Role::PejabatPenilai).await;

    let mine = demo.call("/api/skp/mine", &pegawai, &[]).await.unwrap();
    assert_eq!(mine["period"]["year"], demo.year());
    assert!(mine["plan"].is_null(), "the demo pegawai has not started: {mine}");
    let plan_id = demo.call("/api/skp/start", &pegawai, &[]).await.unwrap().as_i64().unwrap();
    let again = demo.call("/api/skp/start", &pegawai, &[]).await.unwrap().as_i64().unwrap();
    assert_eq!(plan_id, again, "starting twice gives one plan");
    let plan = |cookie: String| {
        let demo = &demo;
        async move { demo.call("/api/skp/plan", &cookie, &[("plan_id", s(plan_id))]).await.unwrap() }
    };
    let p = plan(pegawai.clone()).await;
    assert_eq!((p["status"].as_str(), p["can_edit"].as_bool()), (Some("draft"), Some(true)));
    let parent = p["parent_options"][0]["id"].as_i64().expect("the penilai's results are offered");

    // Rating or reviewing a draft is refused; submitting an empty plan too.
    let v = p["version"].as_i64().unwrap();
    let empty =
        demo.call("/api/skp/submit", &pegawai, &[("plan_id", s(plan_id)), ("version", s(v))]).await;
    assert!(empty.unwrap_err().contains("paling sedikit satu hasil kerja utama"));

    let add_result = |version: i64, kind: &str, text: &str, parent: String| {
        let form = vec![
            ("plan_id", s(plan_id)),
            ("version", s(version)),
            ("kind", kind.to_string()),
            ("text", text.to_string()),
            ("weight", "1".to_string()),
            ("parent_result_id", parent),
        ];
        let demo = &demo;
        let cookie = pegawai.clone();
        async move { demo.call("/api/skp/result/add", &cookie, &form).await }
    };
    let result = add_result(v, "utama", "Terverifikasinya klaim layanan puskesmas", s(parent))
        .await
        .unwrap()
        .as_i64()
        .unwrap();
    // The same form again carries a stale version: refused, nothing added twice.
    let stale = add_result(v, "utama", "Terverifikasinya klaim layanan puskesmas", s(parent)).await;
    assert!(stale.unwrap_err().contains("sudah diubah orang lain"));
    let foreign_parent: i64 = sqlx::query("SELECT MAX(id) FROM skp_result")
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    let bad_parent = add_result(v + 1, "utama", "X", s(foreign_parent + 1000)).await;
    assert!(bad_parent.unwrap_err().contains("tidak ada di SKP pejabat penilai"));

    let add_indicator = |version: i64, kind: &str, target: &str, high: &str| {
        let form = vec![
            ("plan_id", s(plan_id)),
            ("version", s(version)),
            ("input[result_id]", s(result)),
            ("input[text]", "Klaim terverifikasi".to_string()),
            ("input[target_kind]", kind.to_string()),
            ("input[target]", target.to_string()),
            ("input[target_high]", high.to_string()),
            ("input[unit]", "berkas".to_string()),
        ];
        let demo = &demo;
        let cookie = pegawai.clone();
        async move { demo.call("/api/skp/indicator/add", &cookie, &form).await }
    };
    assert!(add_indicator(v + 1, "range", "10", "5").await.unwrap_err().contains("batas atas"));
    assert!(add_indicator(v + 1, "quantitative", "banyak", "")
        .await
        .unwrap_err()
        .contains("Target"));
    add_indicator(v + 1, "quantitative", "120", "").await.unwrap();
    let v = v + 2;
    demo.call("/api/skp/submit", &pegawai, &[("plan_id", s(plan_id)), ("version", s(v))])
        .await
        .unwrap();
    let v = v + 1;
    // Submitted: the owner can no longer change it.
    assert!(add_result(v, "tambahan", "Y", String::new())
        .await
        .unwrap_err()
        .contains("draf atau dikembalikan"));

    // The penilai sees it in the team, returns it (a comment is required), the owner amends
    // and resubmits, the penilai approves with the seven expectations.
    let team = demo.call("/api/skp/team", &penilai, &[]).await.unwrap();
    let row =
        team["rows"].as_array().unwrap().iter().find(|r| r["plan_id"] == plan_id).unwrap().clone();
    assert_eq!(row["status"], "submitted");
    let review = |version: i64, decision: &str, comment: &str, expect: &str| {
        let mut form = vec![
            ("plan_id", s(plan_id)),
            ("version", s(version)),
            ("decision", decision.to_string()),
            ("comment", comment.to_string()),
        ];
        for value in [
            "berorientasi_pelayanan",
            "akuntabel",
            "kompeten",
            "harmonis",
            "loyal",
            "adaptif",
            "kolaboratif",
        ] {
            form.push((
                Box::leak(format!("expectations[{value}]").into_boxed_str()),
                expect.to_string(),
            ));
        }
        let demo = &demo;
        let cookie = penilai.clone();
        async move { demo.call("/api/skp/review", &cookie, &form).await }
    };
    assert!(review(v, "return", "", "").await.unwrap_err().contains("alasan pengembalian"));
    review(v, "return", "Tambahkan indikator ketepatan waktu.", "").await.unwrap();
    let v = v + 1;
    assert_eq!(
        plan(pegawai.clone()).await["review_comment"],
        "Tambahkan indikator ketepatan waktu."
    );
    add_indicator(v, "lower_is_better", "5", "").await.unwrap();
    demo.call("/api/skp/submit", &pegawai, &[("plan_id", s(plan_id)), ("version", s(v + 1))])
        .await
        .unwrap();
    let v = v + 2;
    assert!(review(v, "approve", "", "").await.unwrap_err().contains("ketujuh nilai BerAKHLAK"));
    review(v, "approve", "", "Melayani peserta dengan ramah dan tuntas.").await.unwrap();
    let approved = plan(penilai.clone()).await;
    assert_eq!(approved["status"], "approved");
    assert_eq!(approved["can_rate"], true);
    assert_eq!(approved["expectations"].as_array().unwrap().len(), 7);
    let versions: i64 = sqlx::query("SELECT COUNT(*) FROM skp_plan_version WHERE plan_id = $1")
        .bind(plan_id)
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(versions, 4, "submitted, returned, submitted, approved: each kept whole");
    // The supervisor's result now shows which subordinate result supports it.
    let head_plan: i64 = sqlx::query("SELECT plan_id FROM skp_result WHERE id = $1")
        .bind(parent)
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    let head_view =
        demo.call("/api/skp/plan", &penilai, &[("plan_id", s(head_plan))]).await.unwrap();
    let supported = head_view["results"][0]["supported_by"].to_string();
    assert!(supported.contains("Terverifikasinya klaim layanan puskesmas"), "{supported}");

    // The owner records realisation with evidence (a bad link is refused).
    let indicator = approved["results"][0]["indicators"][0]["id"].as_i64().unwrap();
    let realise = |url: &str| {
        let form = vec![
            ("plan_id", s(plan_id)),
            ("indicator_id", s(indicator)),
            ("realisasi", "132".to_string()),
            ("evidence_url", url.to_string()),
            ("note", "Termasuk klaim susulan".to_string()),
        ];
        let demo = &demo;
        let cookie = pegawai.clone();
        async move { demo.call("/api/skp/realisation", &cookie, &form).await }
    };
    assert!(realise("javascript:alert(1)").await.unwrap_err().contains("Tautan bukti"));
    realise("https://drive.example.go.id/bukti/klaim.pdf").await.unwrap();

    // Rating: the server recomputes; the screen's predikat must agree.
    let mut input = json!({
        "plan_id": plan_id,
        "period_no": 0,
        "realisasi": [132.0, 4.0],
        "behaviours": ["di_atas_ekspektasi", "di_atas_ekspektasi", "di_atas_ekspektasi", "di_atas_ekspektasi", "sesuai_ekspektasi", "sesuai_ekspektasi", "sesuai_ekspektasi"],
        "hasil": null,
        "perilaku": null,
        "shown_predikat": "baik"
    });
    let tampered = demo.rate(&penilai, &input).await.unwrap_err();
    assert!(tampered.starts_with("422") && tampered.contains("tidak cocok"), "{tampered}");
    // The pegawai cannot rate their own plan; the atasan cannot rate it either.
    input["shown_predikat"] = json!("sangat_baik");
    assert!(demo.rate(&pegawai, &input).await.unwrap_err().starts_with("404"));
    let atasan = demo.login(Role::AtasanPejabatPenilai).await;
    assert!(demo.rate(&atasan, &input).await.unwrap_err().starts_with("404"));
    let mut wrong_period = input.clone();
    wrong_period["period_no"] = json!(5);
    assert!(demo.rate(&penilai, &wrong_period).await.unwrap_err().contains("Periode evaluasi"));
    let rating = demo.rate(&penilai, &input).await.unwrap();
    assert_eq!(
        demo.rate(&penilai, &input).await.unwrap(),
        rating,
        "a double submit stores one rating"
    );
    let mut different = input.clone();
    different["behaviours"][0] = json!("sesuai_ekspektasi");
    different["shown_predikat"] = json!("baik");
    assert!(demo.rate(&penilai, &different).await.unwrap_err().starts_with("409"));
    let stored = sqlx::query(
        "SELECT predikat, rule_set_id, nilai_skp, angka_kredit FROM skp_rating WHERE id = $1",
    )
    .bind(rating.as_i64().unwrap())
    .fetch_one(&demo.app.pool)
    .await
    .unwrap();
    assert_eq!(stored.get::<String, _>(0), "sangat_baik");
    assert_eq!(stored.get::<String, _>(1), app::rules::RULE_SET_ID);
    assert!(stored.get::<f64, _>(2) > 100.0);
    let rated = plan(pegawai.clone()).await;
    assert_eq!(rated["ratings"][0]["predikat"], "sangat_baik");
}

both_backends!(a_plan_is_drafted_returned_approved_and_rated_with_the_servers_numbers);

async fn plans_are_seen_and_changed_only_by_those_involved(backend: Backend) {
    let demo = Demo::start(backend).await;
    // The seeded plan that is approved and ready to rate (DINKES-1 staff).
    let (plan_id, owner): (i64, i64) = sqlx::query(
        "SELECT id, employee_id FROM skp_plan WHERE status = 'approved' AND penilai_id IS NOT NULL \
         AND employee_id NOT IN (SELECT employee_id FROM app_user WHERE employee_id IS NOT NULL) \
         ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&demo.app.pool)
    .await
    .map(|r| (r.get(0), r.get(1)))
    .unwrap();
    assert_ne!(Some(owner), None);
    let read = |cookie: String| {
        let demo = &demo;
        async move { demo.call("/api/skp/plan", &cookie, &[("plan_id", s(plan_id))]).await }
    };
    let pegawai = demo.login(Role::Pegawai).await; // a colleague, not the owner
    let tim = demo.login(Role::TimEvaluasi).await;
    let admin = demo.login(Role::AdminInstansi).await;
    let platform = demo.login(Role::PlatformAdmin).await;
    let other = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let atasan = demo.login(Role::AtasanPejabatPenilai).await;
    assert!(read(pegawai.clone()).await.is_err(), "a colleague cannot read it");
    assert!(read(other.clone()).await.is_err(), "another agency cannot read it");
    assert!(read(platform.clone()).await.is_err());
    for cookie in [tim.clone(), admin.clone(), penilai.clone()] {
        assert!(read(cookie).await.is_ok());
    }
    // The head of DINKES is the unit head's penilai and reads that plan; nobody but the owner
    // edits a plan.
    let head_plan: i64 =
        sqlx::query("SELECT id FROM skp_plan WHERE penilai_id IS NOT NULL ORDER BY id LIMIT 1")
            .fetch_one(&demo.app.pool)
            .await
            .unwrap()
            .get(0);
    assert!(demo.call("/api/skp/plan", &atasan, &[("plan_id", s(head_plan))]).await.is_ok());
    for cookie in [pegawai.clone(), penilai.clone(), admin.clone(), tim.clone()] {
        let form = vec![
            ("plan_id", s(plan_id)),
            ("version", "1".to_string()),
            ("kind", "utama".to_string()),
            ("text", "Menyusup".to_string()),
            ("weight", "1".to_string()),
            ("parent_result_id", String::new()),
        ];
        let refused = demo.call("/api/skp/result/add", &cookie, &form).await.unwrap_err();
        assert!(refused.contains("tidak ada"), "{refused}");
    }
    // Periods: only the HR office opens and updates them.
    let periods = demo.call("/api/skp/periods", &admin, &[]).await.unwrap();
    let period = periods[0].clone();
    let open = |cookie: String, year: &str| {
        let form = vec![
            ("year", year.to_string()),
            ("frequency", "quarterly".to_string()),
            ("plan_deadline", format!("{year}-01-31")),
            ("rating_deadline", format!("{}-01-31", year.parse::<i32>().unwrap() + 1)),
            ("appeal_days", "14".to_string()),
        ];
        let demo = &demo;
        async move { demo.call("/api/skp/periods/open", &cookie, &form).await }
    };
    let (this_year, next_year) = (demo.year().to_string(), (demo.year() + 1).to_string());
    assert!(open(pegawai.clone(), &next_year).await.is_err());
    assert!(open(tim.clone(), &next_year).await.is_err());
    assert!(open(admin.clone(), &this_year).await.unwrap_err().contains("sudah ada"));
    assert!(open(admin.clone(), &next_year)
        .await
        .unwrap_err()
        .contains("periode lain yang terbuka"));
    let update = |cookie: String, version: i64, close: bool| {
        let mut form = vec![
            ("id", s(period["id"].as_i64().unwrap())),
            ("version", s(version)),
            ("org_predikat", "istimewa".to_string()),
        ];
        if close {
            form.push(("close", "yes".to_string()));
        }
        let demo = &demo;
        async move { demo.call("/api/skp/periods/update", &cookie, &form).await }
    };
    let version = period["version"].as_i64().unwrap();
    assert!(update(other.clone(), version, false).await.is_err(), "another agency's HR office");
    update(admin.clone(), version, false).await.unwrap();
    assert!(update(admin.clone(), version, true)
        .await
        .unwrap_err()
        .contains("sudah diubah orang lain"));
    update(admin.clone(), version + 1, true).await.unwrap();
    // A closed period takes no more ratings, and the next year can open.
    let input = json!({
        "plan_id": plan_id, "period_no": 0, "realisasi": [13.0, 4.0, 3.0],
        "behaviours": vec!["sesuai_ekspektasi"; 7], "hasil": null, "perilaku": null,
        "shown_predikat": "baik"
    });
    assert!(demo.rate(&penilai, &input).await.unwrap_err().contains("sudah ditutup"));
    open(admin.clone(), &next_year).await.unwrap();
}

both_backends!(plans_are_seen_and_changed_only_by_those_involved);

async fn appeals_are_filed_in_time_asked_about_and_decided_once_by_the_atasan(backend: Backend) {
    let demo = Demo::start(backend).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let atasan = demo.login(Role::AtasanPejabatPenilai).await;
    let colleague = demo.login(Role::Pegawai).await;
    let (plan_id, owner) = demo.approved_team_plan().await;
    let rate = |period_no: i64| {
        json!({
            "plan_id": plan_id, "period_no": period_no, "realisasi": [12.0, 4.0, 2.0],
            "behaviours": vec!["sesuai_ekspektasi"; 7], "hasil": null, "perilaku": null,
            "shown_predikat": "baik"
        })
    };
    let rating = demo.rate(&penilai, &rate(0)).await.unwrap().as_i64().unwrap();
    let late_rating = demo.rate(&penilai, &rate(1)).await.unwrap().as_i64().unwrap();
    let employee = demo.login_employee(owner).await;

    let file = |cookie: String, rating: i64, reason: &str| {
        let form = vec![("rating_id", s(rating)), ("reason", reason.to_string())];
        let demo = &demo;
        async move { demo.call("/api/appeals/file", &cookie, &form).await }
    };
    let reason = "Realisasi pendampingan melebihi target, mohon ditinjau ulang.";
    assert!(file(employee.clone(), rating, "singkat")
        .await
        .unwrap_err()
        .contains("10 sampai 4000"));
    assert!(file(colleague.clone(), rating, reason).await.is_err(), "only the owner appeals");
    let appeal = file(employee.clone(), rating, reason).await.unwrap().as_i64().unwrap();
    assert_eq!(file(employee.clone(), rating, reason).await.unwrap().as_i64(), Some(appeal));
    assert!(file(employee.clone(), rating, "Alasan lain yang berbeda sekali")
        .await
        .unwrap_err()
        .contains("sudah diajukan"));
    // After the deadline (14 days in the demo period) no appeal is taken.
    sqlx::query("UPDATE skp_rating SET rated_at = rated_at - $1 WHERE id = $2")
        .bind(15 * 86_400_000_i64)
        .bind(late_rating)
        .execute(&demo.app.pool)
        .await
        .unwrap();
    assert!(file(employee.clone(), late_rating, reason).await.unwrap_err().contains("sudah lewat"));

    // The exchange: the atasan asks, the penilai and the employee answer; a colleague sees nothing.
    let get = |cookie: String| {
        let demo = &demo;
        async move { demo.call("/api/appeals/get", &cookie, &[("appeal_id", s(appeal))]).await }
    };
    assert!(get(colleague.clone()).await.is_err());
    let say = |cookie: String, text: &str| {
        let form = vec![("appeal_id", s(appeal)), ("text", text.to_string())];
        let demo = &demo;
        async move { demo.call("/api/appeals/message", &cookie, &form).await }
    };
    say(atasan.clone(), "Mohon kedua pihak menyampaikan bukti pendampingan.").await.unwrap();
    say(penilai.clone(), "Laporan triwulan terlampir di SKP.").await.unwrap();
    say(employee.clone(), "Daftar hadir 13 puskesmas sudah saya unggah.").await.unwrap();
    assert!(say(colleague.clone(), "Ikut komentar").await.is_err());
    let view = get(atasan.clone()).await.unwrap();
    assert_eq!(view["messages"].as_array().unwrap().len(), 3);
    assert_eq!(view["can_decide"], true);
    assert_eq!(get(penilai.clone()).await.unwrap()["can_decide"], false);
    let listed = demo.call("/api/appeals/to-decide", &atasan, &[]).await.unwrap();
    assert_eq!(listed[0]["id"], appeal);

    let decide = |cookie: String, version: i64, decision: &str, predikat: &str, note: &str| {
        let form = vec![
            ("appeal_id", s(appeal)),
            ("version", s(version)),
            ("decision", decision.to_string()),
            ("new_predikat", predikat.to_string()),
            ("note", note.to_string()),
        ];
        let demo = &demo;
        async move { demo.call("/api/appeals/decide", &cookie, &form).await }
    };
    let v = view["version"].as_i64().unwrap();
    assert!(
        decide(penilai.clone(), v, "changed", "sangat_baik", "x").await.is_err(),
        "not the penilai"
    );
    assert!(decide(atasan.clone(), v, "changed", "", "Bukti lengkap.")
        .await
        .unwrap_err()
        .contains("Pilih predikat"));
    assert!(decide(atasan.clone(), v, "changed", "sangat_baik", "")
        .await
        .unwrap_err()
        .contains("pertimbangan"));
    decide(
        atasan.clone(),
        v,
        "changed",
        "sangat_baik",
        "Bukti pendampingan lengkap dan melebihi target.",
    )
    .await
    .unwrap();
    assert!(decide(atasan.clone(), v + 1, "upheld", "", "Berubah pikiran")
        .await
        .unwrap_err()
        .contains("final"));
    assert!(say(employee.clone(), "Terima kasih").await.unwrap_err().contains("final"));
    let plan = demo.call("/api/skp/plan", &employee, &[("plan_id", s(plan_id))]).await.unwrap();
    let annual =
        plan["ratings"].as_array().unwrap().iter().find(|r| r["period_no"] == 0).unwrap().clone();
    assert_eq!(annual["predikat"], "baik", "the rating as computed stays on record");
    assert_eq!(annual["appeal"]["new_predikat"], "sangat_baik");
    let actions = app::audit::repo::actions(&demo.app.pool, Some(1), 20).await.unwrap();
    assert!(actions.iter().any(|(a, ..)| a == "appeal_decided"));

    // Feedback: the penilai and the employee write on the plan and on an indicator; a colleague
    // cannot; the employee reads every note about them.
    let indicator = plan["results"][0]["indicators"][0]["id"].as_i64().unwrap();
    let note = |cookie: String, indicator: Option<i64>, text: &str| {
        let mut form = vec![("plan_id", s(plan_id)), ("text", text.to_string())];
        if let Some(i) = indicator {
            form.push(("indicator_id", s(i)));
        }
        let demo = &demo;
        async move { demo.call("/api/skp/feedback", &cookie, &form).await }
    };
    note(penilai.clone(), Some(indicator), "Pendampingan puskesmas Tamalate sangat baik.")
        .await
        .unwrap();
    note(employee.clone(), None, "Terima kasih, triwulan depan saya tambah dua puskesmas.")
        .await
        .unwrap();
    note(employee.clone(), None, "Terima kasih, triwulan depan saya tambah dua puskesmas.")
        .await
        .unwrap();
    assert!(note(colleague.clone(), None, "Komentar").await.is_err());
    assert!(note(penilai.clone(), None, "").await.unwrap_err().contains("1–2000"));
    let plan = demo.call("/api/skp/plan", &employee, &[("plan_id", s(plan_id))]).await.unwrap();
    let feedback = plan["feedback"].as_array().unwrap();
    assert_eq!(feedback.len(), 2, "a resent note is stored once: {feedback:?}");
    assert_eq!(feedback[0]["indicator_id"], indicator);
}

both_backends!(appeals_are_filed_in_time_asked_about_and_decided_once_by_the_atasan);

/// Many writers at once must queue, not fail: on SQLite a deferred transaction that reads and
/// then writes used to die with SQLITE_BUSY_SNAPSHOT under concurrent raters.
async fn concurrent_ratings_and_notes_all_succeed(backend: Backend) {
    let demo = Demo::start(backend).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let plan_id: i64 = sqlx::query(
        "SELECT p.id FROM skp_plan p JOIN app_user u ON u.employee_id = p.penilai_id \
         JOIN assessment_period d ON d.id = p.period_id AND d.status = 'open' \
         WHERE u.username = 'demo.pejabat_penilai' AND p.status = 'approved'",
    )
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0);
    let mut tasks = Vec::new();
    for period_no in 0..=4 {
        let input = json!({
            "plan_id": plan_id, "period_no": period_no, "realisasi": [12.0, 4.0, 2.0],
            "behaviours": vec!["sesuai_ekspektasi"; 7], "hasil": null, "perilaku": null,
            "shown_predikat": "baik"
        });
        let (demo, cookie) = (&demo, penilai.clone());
        tasks.push(async move { demo.rate(&cookie, &input).await.map(|_| ()) }.boxed_local());
    }
    for n in 0..11 {
        let form = vec![("plan_id", s(plan_id)), ("text", format!("Catatan ke-{n}"))];
        let cookie = penilai.clone();
        let demo = &demo;
        tasks.push(
            async move { demo.call("/api/skp/feedback", &cookie, &form).await.map(|_| ()) }
                .boxed_local(),
        );
    }
    let results = futures::future::join_all(tasks).await;
    for r in &results {
        assert!(r.is_ok(), "{r:?}");
    }
    let ratings: i64 = sqlx::query("SELECT COUNT(*) FROM skp_rating WHERE plan_id = $1")
        .bind(plan_id)
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(ratings, 5);
}

both_backends!(concurrent_ratings_and_notes_all_succeed);

async fn the_unit_distribution_is_checked_submitted_returned_and_approved(backend: Backend) {
    let demo = Demo::start(backend).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let atasan = demo.login(Role::AtasanPejabatPenilai).await;
    let plans = approved_plans_for_the_team(&demo).await;
    assert_eq!(plans.len(), 11);
    // Submitting before everyone is rated is refused.
    let submit = || demo.call("/api/distribution/submit", &penilai, &[]);
    assert!(submit().await.unwrap_err().contains("sudah dinilai"));
    let rate = |plan: i64, predikat: &'static str, version: Option<i64>| {
        let (hasil, perilaku) = match predikat {
            "sangat_baik" => ("di_atas_ekspektasi", "di_atas_ekspektasi"),
            "butuh_perbaikan" => ("di_bawah_ekspektasi", "sesuai_ekspektasi"),
            _ => ("sesuai_ekspektasi", "sesuai_ekspektasi"),
        };
        let demo = &demo;
        let cookie = penilai.clone();
        async move {
            let indicators: i64 = sqlx::query(
                "SELECT COUNT(*) FROM skp_indicator i JOIN skp_result r ON r.id = i.result_id WHERE r.plan_id = $1",
            )
            .bind(plan)
            .fetch_one(&demo.app.pool)
            .await
            .unwrap()
            .get(0);
            let input = json!({
                "plan_id": plan, "period_no": 0, "realisasi": vec![10.0; indicators as usize],
                "behaviours": vec!["sesuai_ekspektasi"; 7], "hasil": hasil, "perilaku": perilaku,
                "shown_predikat": predikat, "rating_version": version
            });
            demo.rate(&cookie, &input).await
        }
    };
    for (_, plan) in &plans {
        rate(*plan, "baik", None).await.unwrap();
    }
    // Eleven times Baik under an organisation rated Baik: more than 70% Baik and nobody below.
    let refused = submit().await.unwrap_err();
    assert!(
        refused.contains("belum memenuhi pola") && refused.contains("Baik ≤ 7 (70%)"),
        "{refused}"
    );
    // A different rating without the version seen is a conflict; with it, it replaces.
    assert!(rate(plans[0].1, "sangat_baik", None).await.unwrap_err().starts_with("409"));
    for (n, (_, plan)) in plans.iter().enumerate().take(4) {
        let target = if n < 3 { "sangat_baik" } else { "butuh_perbaikan" };
        rate(*plan, target, Some(1)).await.unwrap();
    }
    let view = demo.call("/api/distribution/mine", &penilai, &[]).await.unwrap();
    let count =
        |p: &str| view["members"].as_array().unwrap().iter().filter(|m| m["predikat"] == p).count();
    assert_eq!((count("baik"), count("sangat_baik"), count("butuh_perbaikan")), (7, 3, 1));
    let id = submit().await.unwrap().as_i64().unwrap();
    assert!(submit().await.unwrap_err().contains("sudah diajukan"));
    // Submitted: the annual ratings are locked.
    assert!(rate(plans[5].1, "sangat_baik", Some(1)).await.unwrap_err().contains("sudah diajukan"));

    // The atasan returns it (with a reason), the penilai resubmits, the atasan approves.
    let decide = |version: i64, decision: &str, comment: &str| {
        let form = vec![
            ("id", s(id)),
            ("version", s(version)),
            ("decision", decision.to_string()),
            ("comment", comment.to_string()),
        ];
        let demo = &demo;
        let cookie = atasan.clone();
        async move { demo.call("/api/distribution/decide", &cookie, &form).await }
    };
    let listed = demo.call("/api/distribution/to-decide", &atasan, &[]).await.unwrap();
    assert_eq!(listed[0]["members"].as_array().unwrap().len(), 11);
    assert!(demo
        .call(
            "/api/distribution/decide",
            &penilai,
            &[
                ("id", s(id)),
                ("version", "1".into()),
                ("decision", "approve".into()),
                ("comment", String::new())
            ]
        )
        .await
        .is_err());
    assert!(decide(1, "return", "").await.unwrap_err().contains("alasan"));
    decide(1, "return", "Periksa kembali satu penilaian Sangat Baik.").await.unwrap();
    let again = submit().await.unwrap().as_i64().unwrap();
    assert_eq!(again, id);
    assert!(decide(2, "approve", "").await.unwrap_err().contains("sudah diubah orang lain"));
    decide(3, "approve", "").await.unwrap();
    let view = demo.call("/api/distribution/mine", &penilai, &[]).await.unwrap();
    assert_eq!(view["submission"]["status"], "approved");
}

both_backends!(the_unit_distribution_is_checked_submitted_returned_and_approved);

async fn tasks_list_what_each_person_must_act_on(backend: Backend) {
    let demo = Demo::start(backend).await;
    let tasks = |cookie: String| {
        let demo = &demo;
        async move {
            demo.call("/api/tasks", &cookie, &[])
                .await
                .unwrap()
                .as_array()
                .unwrap()
                .iter()
                .map(|t| {
                    (
                        t["kind"].as_str().unwrap().to_string(),
                        t["href"].as_str().unwrap().to_string(),
                    )
                })
                .collect::<Vec<_>>()
        }
    };
    let pegawai = demo.login(Role::Pegawai).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    // The year's JP complete (the demo has 8), so that no learning reminder joins the plan
    // tasks whatever the month (the reminder is tested in development.rs).
    let today = app::kernel::db::today();
    let form = [
        ("input[title]", "Pelatihan Teknis SKP".to_string()),
        ("input[path]", "klasikal".to_string()),
        ("input[form]", "teknis".to_string()),
        ("input[jp]", "12".to_string()),
        ("input[provider]", "BKPSDM".to_string()),
        ("input[start_date]", today.to_string()),
        ("input[end_date]", today.to_string()),
    ];
    demo.call("/api/development/learning/record", &pegawai, &form).await.unwrap();
    assert_eq!(
        tasks(pegawai.clone()).await,
        vec![("plan_start".to_string(), "/saya/skp".to_string())]
    );
    let of_penilai = tasks(penilai.clone()).await;
    let kinds: Vec<&str> = of_penilai.iter().map(|(k, _)| k.as_str()).collect();
    assert!(kinds.contains(&"plan_review") && kinds.contains(&"plan_rate"), "{of_penilai:?}");
    // Rating the approved plan removes its task; the review task stays.
    let rate_href = of_penilai.iter().find(|(k, _)| k == "plan_rate").unwrap().1.clone();
    let plan_id: i64 = rate_href.rsplit('/').next().unwrap().parse().unwrap();
    let input = json!({
        "plan_id": plan_id, "period_no": 0, "realisasi": [12.0, 4.0, 2.0],
        "behaviours": vec!["sesuai_ekspektasi"; 7], "hasil": null, "perilaku": null,
        "shown_predikat": "baik"
    });
    demo.rate(&penilai, &input).await.unwrap();
    let after: Vec<String> = tasks(penilai.clone()).await.into_iter().map(|(k, _)| k).collect();
    assert!(
        !after.contains(&"plan_rate".to_string()) && after.contains(&"plan_review".to_string())
    );
    // Without a login there are no tasks to read.
    assert!(call(&demo.app, "/api/tasks", None, &[]).await.is_err());
    // The header badge counts them, urgent when due within a week or late: once the plan
    // deadline has passed; a rating deadline far away is not urgent.
    demo.plan_deadline_passed().await;
    sqlx::query("UPDATE assessment_period SET rating_deadline = '2099-12-31'")
        .execute(&demo.app.pool)
        .await
        .unwrap();
    let count = |cookie: String| {
        let demo = &demo;
        async move {
            let c = demo.call("/api/tasks/count", &cookie, &[]).await.unwrap();
            (c["total"].as_u64().unwrap(), c["urgent"].as_u64().unwrap())
        }
    };
    assert_eq!(count(pegawai.clone()).await, (1, 1), "a plan not started after its deadline");
    let listed = demo.call("/api/tasks", &penilai, &[]).await.unwrap();
    let listed = listed.as_array().unwrap();
    let late = listed.iter().filter(|t| t["days_left"].as_i64().is_some_and(|d| d < 0)).count();
    let rate_left =
        listed.iter().find(|t| t["kind"] == "plan_rate").map(|t| t["days_left"].clone());
    assert!(rate_left.is_none_or(|d| d.as_i64().unwrap() > 7), "{listed:?}");
    assert_eq!(count(penilai.clone()).await, (listed.len() as u64, late as u64));
    let anonymous = call(&demo.app, "/api/tasks/count", None, &[]).await.unwrap();
    assert_eq!(anonymous, json!({"total": 0, "urgent": 0}), "nothing for a visitor");
    // The team overview marks who is late: past the plan deadline without
    // an approved plan; the approved ones are not.
    let team = demo.call("/api/skp/team", &penilai, &[]).await.unwrap();
    for row in team["rows"].as_array().unwrap() {
        let late_expected = row["status"] != "approved";
        assert_eq!(row["overdue"].as_bool(), Some(late_expected), "{row}");
    }
}

both_backends!(tasks_list_what_each_person_must_act_on);

async fn the_agency_progress_is_for_the_hr_office_and_the_evaluation_team(backend: Backend) {
    let demo = Demo::start(backend).await;
    let admin = demo.login(Role::AdminInstansi).await;
    let tim = demo.login(Role::TimEvaluasi).await;
    for role in [Role::Pegawai, Role::PejabatPenilai, Role::PlatformAdmin] {
        let cookie = demo.login(role).await;
        assert!(demo.call("/api/skp/progress", &cookie, &[]).await.is_err(), "{role:?}");
    }
    let other = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let theirs = demo.call("/api/skp/progress", &other, &[]).await.unwrap();
    assert!(theirs["units"]
        .as_array()
        .unwrap()
        .iter()
        .all(|u| u["code"] != "DINKES-1" || u["submitted"] == 0));
    let progress = demo.call("/api/skp/progress", &tim, &[]).await.unwrap();
    assert_eq!(progress, demo.call("/api/skp/progress", &admin, &[]).await.unwrap());
    let unit = progress["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["code"] == "DINKES-1")
        .unwrap()
        .clone();
    // The seeded plans: the head's and one staff plan approved, one staff plan submitted.
    assert_eq!((unit["approved"].as_i64(), unit["submitted"].as_i64()), (Some(2), Some(1)));
    assert_eq!(unit["employees"].as_i64(), Some(12));
    assert_eq!(unit["not_started"].as_i64(), Some(9));
    let penilai = demo.login(Role::PejabatPenilai).await;
    let plan_id: i64 = sqlx::query(
        "SELECT p.id FROM skp_plan p JOIN app_user u ON u.employee_id = p.penilai_id \
         JOIN assessment_period d ON d.id = p.period_id AND d.status = 'open' \
         WHERE u.username = 'demo.pejabat_penilai' AND p.status = 'approved'",
    )
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0);
    let input = json!({
        "plan_id": plan_id, "period_no": 0, "realisasi": [12.0, 4.0, 2.0],
        "behaviours": vec!["di_atas_ekspektasi"; 7], "hasil": "di_atas_ekspektasi", "perilaku": null,
        "shown_predikat": "sangat_baik"
    });
    demo.rate(&penilai, &input).await.unwrap();
    let progress = demo.call("/api/skp/progress", &admin, &[]).await.unwrap();
    let unit = progress["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["code"] == "DINKES-1")
        .unwrap()
        .clone();
    assert_eq!(unit["rated"], 1);
    assert_eq!(unit["predikat"][0], 1);
    assert_eq!(progress["agency_sangat_baik_pct"], 100.0);

    // The same results as CSV, for the whole agency or one unit; nobody else gets them.
    let csv = |cookie: String, query: &'static str| {
        let app = &demo.app;
        async move {
            let response = app
                .client
                .get(app.url(&format!("/api/skp/results.csv{query}")))
                .header(reqwest::header::COOKIE, cookie)
                .send()
                .await
                .unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let (status, body) = csv(admin.clone(), "?unit=DINKES-1").await;
    assert_eq!(status, 200);
    let lines: Vec<&str> = body.lines().collect();
    assert!(lines[0].starts_with("NIP,Nama,Kode Unit"));
    assert_eq!(lines.len(), 13, "the header and the unit's twelve people");
    assert!(lines
        .iter()
        .any(|l| l.contains(",\"sangat_baik\",") && l.contains(app::rules::RULE_SET_ID)));
    let (_, all) = csv(tim.clone(), "").await;
    assert!(all.lines().count() > 100);
    assert_eq!(csv(penilai.clone(), "").await.0, 404);

    // And as a workbook, where the score is a number (to sort and average in Excel).
    let xlsx = |cookie: String| {
        let app = &demo.app;
        async move {
            let response = app
                .client
                .get(app.url("/api/skp/results.xlsx?unit=DINKES-1"))
                .header(reqwest::header::COOKIE, cookie)
                .send()
                .await
                .unwrap();
            (response.status().as_u16(), response.bytes().await.unwrap().to_vec())
        }
    };
    let (status, bytes) = xlsx(admin.clone()).await;
    assert_eq!(status, 200);
    use calamine::Reader;
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let sheet = book.worksheet_range("Hasil SKP").unwrap();
    assert_eq!(sheet.height(), 13, "the header and the unit's twelve people");
    let scored: Vec<_> =
        sheet.rows().filter(|row| row[5] == "sangat_baik").map(|row| row[6].clone()).collect();
    assert_eq!(scored.len(), 1);
    assert!(matches!(scored[0], calamine::Data::Float(v) if v > 100.0), "{scored:?}");
    assert_eq!(xlsx(penilai.clone()).await.0, 404);
}

both_backends!(the_agency_progress_is_for_the_hr_office_and_the_evaluation_team);

async fn input_360_is_private_until_three_raters_answer_and_closes_at_the_deadline(
    backend: Backend,
) {
    let demo = Demo::start(backend).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let (plan_id, owner) = demo.approved_team_plan().await;
    // Three colleagues of the same unit without accounts, and the demo pegawai.
    let colleagues: Vec<(i64, String)> = sqlx::query(
        "SELECT e.id, e.nip FROM employee e WHERE e.unit_id = (SELECT unit_id FROM employee WHERE id = $1) \
         AND e.id <> $1 AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.employee_id = e.id) \
         AND e.id NOT IN (SELECT penilai_id FROM skp_plan WHERE id = $2) ORDER BY e.id LIMIT 3",
    )
    .bind(owner)
    .bind(plan_id)
    .fetch_all(&demo.app.pool)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    let pegawai_nip =
        demo.accounts.iter().find(|a| a.role == Role::Pegawai).unwrap().nip.clone().unwrap();
    let invite = |cookie: String, nip: String, relation: &'static str| {
        let form =
            vec![("plan_id", s(plan_id)), ("rater_nip", nip), ("relation", relation.to_string())];
        let demo = &demo;
        async move { demo.call("/api/360/invite", &cookie, &form).await }
    };
    let owner_nip: String = sqlx::query("SELECT nip FROM employee WHERE id = $1")
        .bind(owner)
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    assert!(invite(penilai.clone(), owner_nip, "peer")
        .await
        .unwrap_err()
        .contains("tidak dapat menjadi penilai 360"));
    assert!(invite(penilai.clone(), pegawai_nip.clone(), "boss")
        .await
        .unwrap_err()
        .contains("rekan kerja atau bawahan"));
    let pegawai = demo.login(Role::Pegawai).await;
    assert!(
        invite(pegawai.clone(), colleagues[0].1.clone(), "peer").await.is_err(),
        "a colleague cannot invite"
    );
    let first = invite(penilai.clone(), pegawai_nip.clone(), "peer").await.unwrap();
    assert_eq!(
        invite(penilai.clone(), pegawai_nip.clone(), "peer").await.unwrap(),
        first,
        "invited once"
    );
    for (_, nip) in &colleagues {
        invite(penilai.clone(), nip.clone(), "peer").await.unwrap();
    }

    let answer = |cookie: String, id: i64, rating: &'static str| {
        let mut form = vec![("id", s(id))];
        for v in [
            "berorientasi_pelayanan",
            "akuntabel",
            "kompeten",
            "harmonis",
            "loyal",
            "adaptif",
            "kolaboratif",
        ] {
            form.push((Box::leak(format!("input[{v}]").into_boxed_str()), rating.to_string()));
        }
        let demo = &demo;
        async move { demo.call("/api/360/answer", &cookie, &form).await }
    };
    let summary = |cookie: String| {
        let demo = &demo;
        async move { demo.call("/api/360/summary", &cookie, &[("plan_id", s(plan_id))]).await }
    };
    // The rater sees their own request and answer only.
    let mine = demo.call("/api/360/mine", &pegawai, &[]).await.unwrap();
    let request = mine[0]["id"].as_i64().unwrap();
    // The 360 form's own message, naming the first bad value (not the rating form's, which
    // speaks of realisation).
    let refused = answer(pegawai.clone(), request, "luar_biasa").await.unwrap_err();
    assert!(refused.contains("ketujuh nilai BerAKHLAK"), "{refused}");
    assert!(refused.contains("input[berorientasi_pelayanan]"), "{refused}");
    assert!(!refused.contains("realisasi"), "{refused}");
    answer(pegawai.clone(), request, "di_atas_ekspektasi").await.unwrap();
    assert_eq!(
        demo.call("/api/360/mine", &pegawai, &[]).await.unwrap()[0]["ratings"][0],
        "di_atas_ekspektasi"
    );
    let hidden = summary(penilai.clone()).await.unwrap();
    assert_eq!((hidden["invited"].as_i64(), hidden["answered"].as_i64()), (Some(4), Some(1)));
    assert!(hidden["counts"].is_null(), "fewer than three answers stay hidden");
    // Another rater cannot answer someone else's request.
    let second = demo.login_employee(colleagues[0].0).await;
    assert!(answer(second.clone(), request, "di_bawah_ekspektasi").await.is_err());
    let second_request =
        demo.call("/api/360/mine", &second, &[]).await.unwrap()[0]["id"].as_i64().unwrap();
    answer(second.clone(), second_request, "sesuai_ekspektasi").await.unwrap();
    let third = demo.login_employee(colleagues[1].0).await;
    let third_request =
        demo.call("/api/360/mine", &third, &[]).await.unwrap()[0]["id"].as_i64().unwrap();
    answer(third.clone(), third_request, "sesuai_ekspektasi").await.unwrap();
    let shown = summary(penilai.clone()).await.unwrap();
    assert_eq!(shown["answered"], 3);
    assert_eq!(shown["counts"][0], json!([1, 2, 0]), "one above, two meeting expectations");
    assert!(summary(pegawai.clone()).await.is_err(), "a rater does not read the aggregate");
    // Withdrawing before the deadline hides the aggregate again.
    demo.call("/api/360/answer", &pegawai, &[("id", s(request)), ("withdraw", "yes".to_string())])
        .await
        .unwrap();
    assert!(summary(penilai.clone()).await.unwrap()["counts"].is_null());
    // After the deadline nothing changes any more.
    sqlx::query("UPDATE assessment_period SET rating_deadline = '2020-01-31'")
        .execute(&demo.app.pool)
        .await
        .unwrap();
    assert!(answer(pegawai.clone(), request, "sesuai_ekspektasi")
        .await
        .unwrap_err()
        .contains("sudah berakhir"));
}

both_backends!(input_360_is_private_until_three_raters_answer_and_closes_at_the_deadline);

/// The rating posted as a plain form (a browser before or without the WebAssembly): the server
/// computes and stores it and sends the browser back to the page; a bad value comes back as a
/// message on the same page and stores nothing.
async fn a_rating_posts_as_a_plain_form_before_the_webassembly(backend: Backend) {
    let demo = Demo::start(backend).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let (_, plan_id) = approved_plans_for_the_team(&demo).await[0];
    let indicators: i64 = sqlx::query(
        "SELECT COUNT(*) FROM skp_indicator i JOIN skp_result r ON r.id = i.result_id WHERE r.plan_id = $1",
    )
    .bind(plan_id)
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0);
    let page = demo.app.url(&format!("/tim/skp/{plan_id}"));
    let post = |realisasi: &str| {
        let mut form: Vec<(String, String)> = vec![
            ("plan_id".into(), s(plan_id)),
            ("period_no".into(), "0".into()),
            ("hasil".into(), String::new()),
            ("perilaku".into(), String::new()),
        ];
        for n in 0..indicators {
            form.push((format!("realisasi[{n}]"), realisasi.to_string()));
        }
        for value in [
            "berorientasi_pelayanan",
            "akuntabel",
            "kompeten",
            "harmonis",
            "loyal",
            "adaptif",
            "kolaboratif",
        ] {
            form.push((value.into(), "sesuai_ekspektasi".into()));
        }
        demo.app
            .client
            .post(demo.app.url("/api/skp/rate-form"))
            .header("sec-fetch-site", "same-origin")
            .header(reqwest::header::ACCEPT, "text/html")
            .header(reqwest::header::REFERER, page.clone())
            .header(reqwest::header::COOKIE, penilai.clone())
            .form(&form)
            .send()
    };
    let stored = || async {
        sqlx::query(
            "SELECT predikat, nilai_skp FROM skp_rating WHERE plan_id = $1 AND period_no = 0",
        )
        .bind(plan_id)
        .fetch_optional(&demo.app.pool)
        .await
        .unwrap()
        .map(|r| (r.get::<String, _>(0), r.get::<f64, _>(1)))
    };
    // A value that is not a number: back to the page with the message, nothing stored.
    let refused = post("banyak").await.unwrap();
    assert!(refused.status().is_redirection(), "{}", refused.status());
    let back = refused.headers()[reqwest::header::LOCATION].to_str().unwrap().to_string();
    assert!(back.starts_with(&page), "{back}");
    assert!(back.contains("__err="), "the refusal travels in the query: {back}");
    assert_eq!(stored().await, None);
    // The Indonesian decimal comma is read; the page is where the browser goes next.
    let saved = post("10,5").await.unwrap();
    assert!(saved.status().is_redirection(), "{}", saved.status());
    let location = saved.headers()[reqwest::header::LOCATION].to_str().unwrap().to_string();
    assert_eq!(location.trim_end_matches('?'), page, "back to the page, without an error");
    let (predikat, nilai) = stored().await.expect("the plain form stored a rating");
    assert!(!predikat.is_empty() && nilai > 0.0, "{predikat} {nilai}");
    // The plan as the page loads it shows the stored rating.
    let view = demo.call("/api/skp/plan", &penilai, &[("plan_id", s(plan_id))]).await.unwrap();
    let annual =
        view["ratings"].as_array().unwrap().iter().find(|r| r["period_no"] == 0).unwrap().clone();
    assert_eq!(annual["predikat"], predikat.as_str());
}

both_backends!(a_rating_posts_as_a_plain_form_before_the_webassembly);
