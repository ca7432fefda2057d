//! The career simulator's record: read from the stored record and ratings, by the employee and
//! their counsellors only, on both backends.

mod common;

use app::auth::Role;
use common::{call, login, other_agency_admin, spawn_app_with, Backend};
use serde_json::Value;
use sqlx::Row;

async fn career_records_follow_the_counselling_lines(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let cookie_of = |role: Role| {
        let id = accounts.iter().find(|a| a.role == role).unwrap().identifier.clone();
        let app = &app;
        async move { login(app, &id).await }
    };
    let pegawai = cookie_of(Role::Pegawai).await;
    let mine = call(&app, "/api/career/record", Some(&pegawai), &[]).await.unwrap();
    assert_eq!(mine["own"], true);
    let id = mine["employee_id"].as_i64().unwrap();

    // The record is the stored one: golongan, TMT and the rated years in force.
    let row = sqlx::query("SELECT golongan, golongan_tmt, birth_date FROM employee WHERE id = $1")
        .bind(id)
        .fetch_one(&app.pool)
        .await
        .unwrap();
    let record = &mine["record"]["Ok"];
    assert!(record.is_object(), "the demo pegawai's record simulates: {mine}");
    assert_eq!(record["golongan"], row.get::<Option<String>, _>(0).unwrap());
    assert_eq!(record["tmt_golongan"], row.get::<Option<String>, _>(1).unwrap());
    assert_eq!(record["birth_date"], row.get::<String, _>(2));
    let rated: i64 = sqlx::query(
        "SELECT COUNT(*) FROM skp_rating r JOIN skp_plan p ON p.id = r.plan_id \
         WHERE p.employee_id = $1 AND r.period_no = 0",
    )
    .bind(id)
    .fetch_one(&app.pool)
    .await
    .unwrap()
    .get(0);
    assert_eq!(record["predikat_history"].as_array().unwrap().len() as i64, rated);

    // Counsellors read it; the platform admin, another agency and a visitor do not.
    let by = |cookie: Option<String>| {
        let app = &app;
        async move {
            call(app, "/api/career/record", cookie.as_deref(), &[("employee_id", id.to_string())])
                .await
        }
    };
    for role in
        [Role::PejabatPenilai, Role::AtasanPejabatPenilai, Role::TimEvaluasi, Role::AdminInstansi]
    {
        let got = by(Some(cookie_of(role).await)).await;
        let got: Value = got.unwrap_or_else(|e| panic!("{role:?} counsels the pegawai: {e}"));
        assert_eq!(got["own"], false);
        assert_eq!(got["employee_id"], id);
    }
    let refused = by(Some(cookie_of(Role::PlatformAdmin).await)).await.unwrap_err();
    assert!(refused.starts_with("404"), "{refused}");
    let elsewhere = by(Some(login(&app, &other_agency_admin(&app).await).await)).await.unwrap_err();
    assert!(elsewhere.starts_with("404"), "{elsewhere}");
    assert!(by(None).await.unwrap_err().starts_with("401"));
    // The pegawai reads no one else's career: another employee of the agency answers 404,
    // exactly like an id that does not exist.
    let other: i64 = sqlx::query(
        "SELECT id FROM employee WHERE id <> $1 AND agency_id = \
        (SELECT agency_id FROM employee WHERE id = $1) ORDER BY id DESC LIMIT 1",
    )
    .bind(id)
    .fetch_one(&app.pool)
    .await
    .unwrap()
    .get(0);
    let theirs =
        call(&app, "/api/career/record", Some(&pegawai), &[("employee_id", other.to_string())])
            .await
            .unwrap_err();
    let missing =
        call(&app, "/api/career/record", Some(&pegawai), &[("employee_id", "9999999".into())])
            .await
            .unwrap_err();
    assert_eq!(theirs, missing);
}

both_backends!(career_records_follow_the_counselling_lines);

/// A PPPK has no rank to promote, and a structural position needs its eselon: the page is told
/// which is missing, so it can say who completes the record.
async fn records_that_cannot_be_simulated_say_why(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let hr = accounts.iter().find(|a| a.role == Role::AdminInstansi).unwrap().identifier.clone();
    let hr = login(&app, &hr).await;
    // A structural head's eselon is recorded: the record simulates; cleared, it does not.
    let head: i64 = sqlx::query(
        "SELECT e.id FROM employee e JOIN agency a ON a.id = e.agency_id \
         WHERE a.code = 'kota-makassar' AND e.position_kind = 'structural' ORDER BY e.id LIMIT 1",
    )
    .fetch_one(&app.pool)
    .await
    .unwrap()
    .get(0);
    let got = call(&app, "/api/career/record", Some(&hr), &[("employee_id", head.to_string())])
        .await
        .unwrap();
    assert_eq!(got["record"]["Ok"]["position"]["type"], "struktural", "{got}");
    assert!(got["record"]["Ok"]["position"]["eselon"].is_string(), "{got}");
    sqlx::query("UPDATE employee SET eselon = NULL WHERE id = $1")
        .bind(head)
        .execute(&app.pool)
        .await
        .unwrap();
    for (filter, gap) in [
        ("e.kind = 'pppk'", "pppk"),
        ("e.kind = 'pns' AND e.position_kind = 'structural' AND e.eselon IS NULL", "no_eselon"),
    ] {
        let id: i64 = sqlx::query(&format!(
            "SELECT e.id FROM employee e JOIN agency a ON a.id = e.agency_id \
             WHERE a.code = 'kota-makassar' AND {filter} ORDER BY e.id LIMIT 1"
        ))
        .fetch_one(&app.pool)
        .await
        .unwrap()
        .get(0);
        let got = call(&app, "/api/career/record", Some(&hr), &[("employee_id", id.to_string())])
            .await
            .unwrap();
        assert_eq!(got["record"]["Err"], gap, "{got}");
    }
}

both_backends!(records_that_cannot_be_simulated_say_why);

/// `POST path` with a JSON body, as the page sends a `Json` server function.
async fn post_json(
    app: &common::TestApp,
    path: &str,
    cookie: &str,
    input: Value,
) -> Result<Value, String> {
    let response = app
        .client
        .post(app.url(path))
        .header("sec-fetch-site", "same-origin")
        .header(reqwest::header::COOKIE, cookie)
        .json(&serde_json::json!({ "input": input }))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let body = response.text().await.unwrap();
    if (200..300).contains(&status) {
        Ok(serde_json::from_str(&body).unwrap())
    } else {
        Err(common::described(status, &body))
    }
}

/// Saved scenarios: the owner saves (versioned, a resend stores once, a stale version is a
/// conflict), shares and revokes; the pejabat penilai and the HR office read only what is
/// shared and comment on it; nobody else sees any of it, and every refusal looks like a
/// missing scenario.
async fn saved_scenarios_are_versioned_shared_and_commented(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let cookie_of = |role: Role| {
        let id = accounts.iter().find(|a| a.role == role).unwrap().identifier.clone();
        let app = &app;
        async move { login(app, &id).await }
    };
    let pegawai = cookie_of(Role::Pegawai).await;
    let penilai = cookie_of(Role::PejabatPenilai).await;
    let hr = cookie_of(Role::AdminInstansi).await;
    let mine = call(&app, "/api/career/record", Some(&pegawai), &[]).await.unwrap();
    let owner = mine["employee_id"].as_i64().unwrap();
    let today: prestasi_rules::Date = serde_json::from_value(mine["today"].clone()).unwrap();
    let plan = |predikat: &str| {
        serde_json::json!({ "predikat": predikat, "per_year": ["sangat_baik", "baik"],
            "events": [{ "type": "vacancy_available", "date": today.add_years(1) }] })
    };
    let save = |id: Option<i64>, version: Option<i64>, name: &str, predikat: &str, key: &str| {
        serde_json::json!({ "id": id, "expected_version": version, "name": name,
            "plan": plan(predikat), "request_key": key })
    };
    let path = "/api/career/scenarios/save";

    // Saved once, whatever a double click resends.
    let first =
        post_json(&app, path, &pegawai, save(None, None, " Cepat ", "baik", "key-00000001"))
            .await
            .unwrap();
    let again =
        post_json(&app, path, &pegawai, save(None, None, " Cepat ", "baik", "key-00000001"))
            .await
            .unwrap();
    assert_eq!(first, again);
    let id = first["id"].as_i64().unwrap();
    assert_eq!((first["version"].as_i64(), first["name"].as_str()), (Some(1), Some("Cepat")));
    assert_eq!(first["rule_set_id"], prestasi_rules::RuleSet::current().id);
    assert_eq!(first["plan"], plan("baik"));
    assert_eq!(first["shared"], false);
    let count = |sql: &'static str| {
        let app = &app;
        async move { sqlx::query(sql).bind(id).fetch_one(&app.pool).await.unwrap().get::<i64, _>(0) }
    };
    assert_eq!(
        count("SELECT COUNT(*) FROM career_scenario WHERE employee_id = $1 OR id = $1").await,
        1
    );

    // A new version names the one it changes; a stale one is refused, and nothing is lost.
    let second = post_json(
        &app,
        path,
        &pegawai,
        save(Some(id), Some(1), "Cepat", "sangat_baik", "key-00000002"),
    )
    .await
    .unwrap();
    assert_eq!(second["version"], 2);
    let resent = post_json(
        &app,
        path,
        &pegawai,
        save(Some(id), Some(1), "Cepat", "sangat_baik", "key-00000002"),
    )
    .await
    .unwrap();
    assert_eq!(resent["version"], 2, "a resent save is the same save");
    let stale =
        post_json(&app, path, &pegawai, save(Some(id), Some(1), "Lain", "baik", "key-00000003"))
            .await
            .unwrap_err();
    assert!(stale.starts_with("409"), "{stale}");
    assert_eq!(
        count("SELECT COUNT(*) FROM career_scenario_version WHERE scenario_id = $1").await,
        2
    );

    // Bad input is refused by field, in the user's language.
    let nameless = post_json(&app, path, &pegawai, save(None, None, "  ", "baik", "key-00000004"))
        .await
        .unwrap_err();
    assert!(nameless.starts_with("422") && nameless.contains("scenario_name"), "{nameless}");
    let mut past = save(None, None, "Masa lalu", "baik", "key-00000005");
    past["plan"]["events"][0]["date"] = serde_json::json!(today.add_years(-1));
    let past = post_json(&app, path, &pegawai, past).await.unwrap_err();
    assert!(past.starts_with("422") && past.contains("events.0"), "{past}");
    assert!(past.contains("sebelum hari ini"), "{past}");
    let mut bidi = save(None, None, "Nama\u{202E}", "baik", "key-00000006");
    assert!(post_json(&app, path, &pegawai, bidi.clone()).await.unwrap_err().starts_with("422"));
    bidi["request_key"] = serde_json::json!("bad key!");
    bidi["name"] = serde_json::json!("Nama");
    assert!(post_json(&app, path, &pegawai, bidi).await.unwrap_err().contains("request_key"));

    // Not shared: the penilai and the HR office see none of it, and cannot comment.
    let list = |cookie: String, of: Option<i64>| {
        let app = &app;
        async move {
            let args: Vec<(&str, String)> =
                of.map(|o| vec![("employee_id", o.to_string())]).unwrap_or_default();
            call(app, "/api/career/scenarios", Some(&cookie), &args).await
        }
    };
    assert_eq!(list(penilai.clone(), Some(owner)).await.unwrap(), serde_json::json!([]));
    let comment = |cookie: String, body: &str, key: &str| {
        let app = &app;
        let args = vec![
            ("id", id.to_string()),
            ("body", body.to_string()),
            ("request_key", key.to_string()),
        ];
        async move { call(app, "/api/career/scenarios/comment", Some(&cookie), &args).await }
    };
    let hidden = comment(penilai.clone(), "Bagus", "key-c0000001").await.unwrap_err();
    assert!(hidden.starts_with("404"), "{hidden}");

    // Shared: they read it and the penilai comments once, however often it is resent.
    let share = |cookie: String, on: bool| {
        let app = &app;
        let args = vec![("id", id.to_string()), ("shared", on.to_string())];
        async move { call(app, "/api/career/scenarios/share", Some(&cookie), &args).await }
    };
    share(pegawai.clone(), true).await.unwrap();
    let seen = list(penilai.clone(), Some(owner)).await.unwrap();
    assert_eq!(seen[0]["id"], id);
    assert_eq!(seen[0]["version"], 2);
    assert_eq!(list(hr.clone(), Some(owner)).await.unwrap()[0]["id"], id);
    for _ in 0..2 {
        comment(penilai.clone(), "Target Sangat Baik realistis.", "key-c0000002").await.unwrap();
    }
    comment(pegawai.clone(), "Terima kasih.", "key-c0000003").await.unwrap();
    let thread = &list(pegawai.clone(), None).await.unwrap()[0]["comments"];
    assert_eq!(thread.as_array().unwrap().len(), 2, "{thread}");
    assert_eq!(
        (thread[0]["by_owner"].as_bool(), thread[1]["by_owner"].as_bool()),
        (Some(false), Some(true))
    );
    assert!(comment(penilai.clone(), "", "key-c0000004").await.unwrap_err().starts_with("422"));

    // Only the owner changes, shares or deletes; anyone else's attempt is "not found".
    assert!(share(penilai.clone(), false).await.unwrap_err().starts_with("404"));
    let theirs = call(
        &app,
        "/api/career/scenarios/delete",
        Some(&penilai),
        &[("id", id.to_string()), ("expected_version", "2".into())],
    )
    .await
    .unwrap_err();
    assert!(theirs.starts_with("404"), "{theirs}");
    let update = post_json(
        &app,
        path,
        &penilai,
        save(Some(id), Some(2), "Milik saya", "baik", "key-00000007"),
    )
    .await
    .unwrap_err();
    assert!(update.starts_with("404"), "{update}");
    for outsider in
        [cookie_of(Role::PlatformAdmin).await, login(&app, &other_agency_admin(&app).await).await]
    {
        let refused = list(outsider.clone(), Some(owner)).await.unwrap_err();
        assert!(refused.starts_with("404"), "{refused}");
        assert!(comment(outsider, "x", "key-c0000005").await.unwrap_err().starts_with("404"));
    }

    // Revoked: gone for the penilai at once, the thread kept for the owner.
    share(pegawai.clone(), false).await.unwrap();
    assert_eq!(list(penilai.clone(), Some(owner)).await.unwrap(), serde_json::json!([]));
    assert!(comment(penilai.clone(), "Lagi", "key-c0000006").await.unwrap_err().starts_with("404"));
    assert_eq!(
        list(pegawai.clone(), None).await.unwrap()[0]["comments"].as_array().unwrap().len(),
        2
    );

    // Deleting names the version too; then the scenario, its versions and thread are gone.
    let delete = |version: i64| {
        let app = &app;
        let args = vec![("id", id.to_string()), ("expected_version", version.to_string())];
        let cookie = pegawai.clone();
        async move { call(app, "/api/career/scenarios/delete", Some(&cookie), &args).await }
    };
    assert!(delete(1).await.unwrap_err().starts_with("409"));
    delete(2).await.unwrap();
    assert_eq!(list(pegawai.clone(), None).await.unwrap(), serde_json::json!([]));
    assert_eq!(
        count("SELECT COUNT(*) FROM career_scenario_comment WHERE scenario_id = $1").await,
        0
    );
    assert!(delete(2).await.unwrap_err().starts_with("404"));
}

both_backends!(saved_scenarios_are_versioned_shared_and_commented);

/// What the page computes for a scenario (the same function the browser runs) is exactly what
/// the public rules API answers for the same record and scenario.
#[tokio::test]
async fn the_page_computes_what_the_rules_api_answers() {
    use app::career::scenario::{compute, Draft};
    use prestasi_rules::{
        pangkat::Education, promotion::CareerRecord, simulator::ScenarioEvent, Date, Predikat,
        RuleSet,
    };
    let app = spawn_app_with(Backend::Sqlite, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let pegawai = accounts.iter().find(|a| a.role == Role::Pegawai).unwrap().identifier.clone();
    let cookie = login(&app, &pegawai).await;
    let mine = call(&app, "/api/career/record", Some(&cookie), &[]).await.unwrap();
    let record: CareerRecord = serde_json::from_value(mine["record"]["Ok"].clone()).unwrap();
    let today: Date = serde_json::from_value(mine["today"].clone()).unwrap();
    let rules = RuleSet::current();
    let mut compared = 0;
    for predikat in Predikat::ALL {
        for events in [
            vec![],
            vec![ScenarioEvent::UjianPenyesuaianPassed { date: today.add_years(1) }],
            vec![ScenarioEvent::DiplomaObtained {
                date: today.add_years(2),
                education: Education::S1,
            }],
        ] {
            let mut draft = Draft::new(1, predikat);
            draft.plan.events = events;
            let page = compute(&rules, &record, today, &draft).unwrap();
            let body = serde_json::json!({ "record": record, "scenario": draft.scenario(today) });
            let response = app
                .client
                .post(app.url("/api/v1/rules/simulation"))
                .json(&body)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
            let api: Value = response.json().await.unwrap();
            assert_eq!(serde_json::to_value(&page).unwrap(), api["result"], "{predikat:?}");
            compared += 1;
        }
    }
    assert_eq!(compared, 15);
}

/// The demo's career showcase shows what it is there for: a jenjang step within reach, a cap by
/// the eselon, a cap by education that a diploma lifts, and a retirement before the next KP.
#[tokio::test]
async fn the_demo_showcase_makes_the_interesting_cases_visible() {
    use app::career::scenario::{compute, Draft};
    use prestasi_rules::{
        jenjang::Jenjang,
        pangkat::Education,
        promotion::{promotion_eligibility, CareerRecord, PromotionKind, Requirement},
        simulator::{ScenarioEvent, StepKind},
        Date, Predikat, RuleSet,
    };
    let app = spawn_app_with(Backend::Sqlite, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let hr = accounts.iter().find(|a| a.role == Role::AdminInstansi).unwrap().identifier.clone();
    let hr = login(&app, &hr).await;
    let rules = RuleSet::current();
    let record_of = |name: &'static str| {
        let (app, hr) = (&app, &hr);
        async move {
            let id: i64 = sqlx::query("SELECT id FROM employee WHERE name = $1")
                .bind(name)
                .fetch_one(&app.pool)
                .await
                .unwrap()
                .get(0);
            let got = call(app, "/api/career/record", Some(hr), &[("employee_id", id.to_string())])
                .await
                .unwrap();
            let today: Date = serde_json::from_value(got["today"].clone()).unwrap();
            let record: CareerRecord = serde_json::from_value(got["record"]["Ok"].clone())
                .unwrap_or_else(|e| panic!("{name} simulates: {e} {got}"));
            (record, today)
        }
    };
    let option = |record: &CareerRecord, today: Date, kind: PromotionKind| {
        promotion_eligibility(&rules, record, today)
            .0
            .options
            .into_iter()
            .find(|o| o.kind == kind)
            .unwrap_or_else(|| panic!("no {kind:?} option"))
    };

    // A jenjang step short of its credit points; a year of Sangat Baik, a vacancy and the
    // competency test make Ahli Muda.
    let (rahmat, today) = record_of("Rahmat Hidayat").await;
    let step = option(&rahmat, today, PromotionKind::KenaikanJenjang);
    assert!(step.requirements.iter().any(|r| r.requirement == Requirement::AngkaKredit && !r.met));
    let mut draft = Draft::new(1, Predikat::SangatBaik);
    draft.plan.events = vec![
        ScenarioEvent::VacancyAvailable { date: today.add_months(1) },
        ScenarioEvent::UjiKompetensiPassed { date: today.add_months(2) },
    ];
    let p = compute(&rules, &rahmat, today, &draft).unwrap();
    let up = p.steps.iter().find(|s| s.jenjang == Some(Jenjang::AhliMuda)).expect("Ahli Muda");
    assert!(up.date < today.add_years(3), "{up:?}");

    // Capped by the eselon.
    let (sri, today) = record_of("Sri Wahyuni").await;
    let unmet = |o: &prestasi_rules::promotion::PromotionOption, r: Requirement| {
        o.eligible_on.is_none()
            && o.requirements.iter().any(|s| s.requirement == r && !s.met && s.met_on.is_none())
    };
    let kp = option(&sri, today, PromotionKind::Struktural);
    assert!(unmet(&kp, Requirement::EselonCap), "{kp:?}");
    let stay = compute(&rules, &sri, today, &Draft::new(1, Predikat::SangatBaik)).unwrap();
    assert_eq!(stay.final_golongan, sri.golongan);

    // Capped by education; a bachelor's degree lifts the cap.
    let (dian, today) = record_of("Dian Lestari").await;
    let kp = option(&dian, today, PromotionKind::Reguler);
    assert!(unmet(&kp, Requirement::EducationCap), "{kp:?}");
    let stay = compute(&rules, &dian, today, &Draft::new(1, Predikat::Baik)).unwrap();
    assert_eq!(stay.final_golongan, dian.golongan);
    let mut study = Draft::new(2, Predikat::Baik);
    study.plan.events =
        vec![ScenarioEvent::DiplomaObtained { date: today.add_years(1), education: Education::S1 }];
    assert!(compute(&rules, &dian, today, &study).unwrap().final_golongan > dian.golongan);

    // Retires before the four years in rank are served.
    let (yusuf, today) = record_of("Yusuf Maulana").await;
    let p = compute(&rules, &yusuf, today, &Draft::new(1, Predikat::SangatBaik)).unwrap();
    assert_eq!(p.final_golongan, yusuf.golongan);
    assert!(p.pension_date < today.add_years(1), "{p:?}");
    assert!(yusuf.tmt_golongan.add_years(4) > p.pension_date, "{p:?}");
    let last = p.steps.last().unwrap();
    assert_eq!(last.kind, StepKind::Retirement);
    assert!(last.binding.is_some(), "the retirement step names what it cut short: {last:?}");
}
