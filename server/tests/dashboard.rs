//! The home page's dashboard: each role sees its own parts, counted from the same records as
//! the pages they link to, and nothing it may not see; on both backends.

mod common;

use app::auth::Role;
use common::{call, demo::Demo, Backend};

async fn each_role_sees_its_own_parts_of_the_dashboard(backend: Backend) {
    let demo = Demo::start(backend).await;
    demo.plan_deadline_passed().await;
    let dashboard = |role: Role| {
        let demo = &demo;
        async move {
            let cookie = demo.login(role).await;
            demo.call("/api/dashboard", &cookie, &[]).await.unwrap()
        }
    };

    let pegawai = dashboard(Role::Pegawai).await;
    assert_eq!(pegawai["year"], demo.year());
    assert!(pegawai["my_status"].is_null(), "the demo pegawai has not started: {pegawai}");
    // Starting the plan, and (from the third quarter) the year's JP: the demo pegawai has 8.
    let learning =
        app::kernel::db::today().month() >= app::tasks::repo::learning_reminder_from_month();
    assert_eq!(pegawai["tasks"]["total"], 1 + u64::from(learning), "{pegawai}");
    assert!(pegawai["team"].is_null() && pegawai["agency"].is_null(), "{pegawai}");

    // The penilai's team card agrees with the team page, person by person.
    let penilai = dashboard(Role::PejabatPenilai).await;
    let cookie = demo.login(Role::PejabatPenilai).await;
    let rows = demo.call("/api/skp/team", &cookie, &[]).await.unwrap()["rows"].clone();
    let rows = rows.as_array().unwrap();
    // A member without a plan has no status (null).
    let count = |status: Option<&str>| {
        rows.iter().filter(|r| r["status"].as_str() == status).count() as i64
    };
    let team = &penilai["team"];
    assert_eq!(team["people"].as_u64(), Some(rows.len() as u64));
    assert_eq!(team["submitted"].as_i64(), Some(count(Some("submitted"))));
    assert_eq!(team["approved"].as_i64(), Some(count(Some("approved"))));
    assert_eq!(team["not_started"].as_i64(), Some(count(None)));
    let overdue = rows.iter().filter(|r| r["overdue"] == true).count() as i64;
    assert_eq!(team["overdue"].as_i64(), Some(overdue));
    assert!(overdue > 0, "past the demo's plan deadline someone is late");
    assert!(penilai["agency"].is_null());

    // The HR office's agency card sums the progress page.
    let hr = dashboard(Role::AdminInstansi).await;
    let cookie = demo.login(Role::AdminInstansi).await;
    let progress = demo.call("/api/skp/progress", &cookie, &[]).await.unwrap();
    let employees: i64 = progress["units"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["employees"].as_i64().unwrap())
        .sum();
    assert_eq!(hr["agency"]["people"].as_i64(), Some(employees));
    assert!(dashboard(Role::TimEvaluasi).await["agency"]["people"].as_i64() == Some(employees));

    // The platform admin belongs to no agency: no plan, no team, no agency card.
    let platform = dashboard(Role::PlatformAdmin).await;
    assert!(platform["my_status"].is_null() && platform["agency"].is_null(), "{platform}");
    // Without a login there is no dashboard.
    assert!(call(&demo.app, "/api/dashboard", None, &[]).await.unwrap().is_null());
}

both_backends!(each_role_sees_its_own_parts_of_the_dashboard);
