//! Realisation per evaluation period: the employee records each indicator's realisation for
//! the year and for each periodic evaluation; the plan shows them by period; on both backends.

mod common;

use app::auth::Role;
use common::{
    demo::{s, Demo},
    Backend,
};
use serde_json::Value;
use sqlx::Row;

async fn realisation_is_recorded_per_period_and_replaced_in_place(backend: Backend) {
    let demo = Demo::start(backend).await;
    let (plan_id, owner): (i64, i64) = sqlx::query(
        "SELECT p.id, p.employee_id FROM skp_plan p JOIN app_user u ON u.employee_id = p.penilai_id \
         WHERE u.username = 'demo.pejabat_penilai' AND p.status = 'approved'",
    )
    .fetch_one(&demo.app.pool)
    .await
    .map(|r| (r.get(0), r.get(1)))
    .unwrap();
    let employee = demo.login_employee(owner).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let plan = || async {
        demo.call("/api/skp/plan", &employee, &[("plan_id", s(plan_id))]).await.unwrap()
    };
    let first = plan().await["results"][0]["indicators"][0].clone();
    let indicator = first["id"].as_i64().unwrap();
    // The demo's recorded values arrive as the year's realisation.
    assert_eq!(first["realisations"][0]["period_no"], 0, "{first}");
    assert_eq!(first["realisasi"], first["realisations"][0]["realisasi"]);

    let realise = |cookie: String, period: &str, value: &str| {
        let form = vec![
            ("plan_id", s(plan_id)),
            ("indicator_id", s(indicator)),
            ("period_no", period.to_string()),
            ("realisasi", value.to_string()),
            ("evidence_url", String::new()),
            ("note", format!("Triwulan {period}")),
        ];
        let demo = &demo;
        async move { demo.call("/api/skp/realisation", &cookie, &form).await }
    };
    realise(employee.clone(), "1", "3").await.unwrap();
    realise(employee.clone(), "2", "7,5").await.unwrap();
    realise(employee.clone(), "1", "4").await.unwrap();
    // A quarterly year has four evaluations; the penilai does not record the employee's.
    let fifth = realise(employee.clone(), "5", "1").await.unwrap_err();
    assert!(fifth.contains("Periode evaluasi"), "{fifth}");
    assert!(realise(penilai.clone(), "1", "9").await.unwrap_err().contains("tidak ada"));

    let view = plan().await;
    let entries: Vec<(i64, f64)> = view["results"][0]["indicators"][0]["realisations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r: &Value| (r["period_no"].as_i64().unwrap(), r["realisasi"].as_f64().unwrap()))
        .collect();
    let annual = first["realisasi"].as_f64().unwrap();
    assert_eq!(entries, vec![(0, annual), (1, 4.0), (2, 7.5)], "recorded again, replaced");
    assert_eq!(view["results"][0]["indicators"][0]["realisations"][1]["self_note"], "Triwulan 1");
}

both_backends!(realisation_is_recorded_per_period_and_replaced_in_place);
