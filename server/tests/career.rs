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

/// A PPPK has no rank to promote, and a structural head's record lacks the eselon: the page is
/// told which, so it can say who completes the record.
async fn records_that_cannot_be_simulated_say_why(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let hr = accounts.iter().find(|a| a.role == Role::AdminInstansi).unwrap().identifier.clone();
    let hr = login(&app, &hr).await;
    for (filter, gap) in [
        ("e.kind = 'pppk'", "pppk"),
        ("e.kind = 'pns' AND e.position_kind = 'structural'", "no_eselon"),
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
            let draft = Draft { key: 1, name: "x".into(), predikat, events };
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
