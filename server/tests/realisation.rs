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
    let (plan_id, owner) = demo.approved_team_plan().await;
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
    // Every recording is in the audit log; the replaced one with the value it replaced.
    let rows = sqlx::query(
        "SELECT before_json, after_json FROM audit_log WHERE action = 'realisation_recorded' \
         AND entity_id = $1 ORDER BY id",
    )
    .bind(indicator.to_string())
    .fetch_all(&demo.app.pool)
    .await
    .unwrap();
    assert_eq!(rows.len(), 3, "three accepted recordings");
    let replaced: Option<String> = rows[2].get(0);
    assert!(replaced.unwrap().contains("\"realisasi\":3.0"), "the value it replaced");
    let after: String = rows[2].get(1);
    assert!(after.contains("\"realisasi\":4.0"), "{after}");
}

both_backends!(realisation_is_recorded_per_period_and_replaced_in_place);

/// A draft's edits (results and indicators added and removed) are each in the audit log.
async fn edits_of_a_draft_are_audited(backend: Backend) {
    let demo = Demo::start(backend).await;
    let pegawai = demo.login(Role::Pegawai).await;
    let plan_id = demo.call("/api/skp/start", &pegawai, &[]).await.unwrap().as_i64().unwrap();
    let version = || async {
        demo.call("/api/skp/plan", &pegawai, &[("plan_id", s(plan_id))]).await.unwrap()
    };
    let v = version().await["version"].as_i64().unwrap();
    let result = demo
        .call(
            "/api/skp/result/add",
            &pegawai,
            &[
                ("plan_id", s(plan_id)),
                ("version", s(v)),
                ("kind", "utama".into()),
                ("text", "Tersusunnya laporan".into()),
                ("weight", "1".into()),
                ("parent_result_id", String::new()),
            ],
        )
        .await
        .unwrap()
        .as_i64()
        .unwrap();
    let indicator = demo
        .call(
            "/api/skp/indicator/add",
            &pegawai,
            &[
                ("plan_id", s(plan_id)),
                ("version", s(v + 1)),
                ("input[result_id]", s(result)),
                ("input[text]", "Laporan tepat waktu".into()),
                ("input[target_kind]", "quantitative".into()),
                ("input[target]", "12".into()),
                ("input[target_high]", String::new()),
                ("input[unit]", "laporan".into()),
            ],
        )
        .await
        .unwrap()
        .as_i64()
        .unwrap();
    demo.call(
        "/api/skp/remove",
        &pegawai,
        &[("plan_id", s(plan_id)), ("version", s(v + 2)), ("indicator_id", s(indicator))],
    )
    .await
    .unwrap();
    demo.call(
        "/api/skp/remove",
        &pegawai,
        &[("plan_id", s(plan_id)), ("version", s(v + 3)), ("result_id", s(result))],
    )
    .await
    .unwrap();
    let rows = sqlx::query(
        "SELECT action, before_json, after_json FROM audit_log WHERE entity = 'skp_plan' \
         AND entity_id = $1 AND action LIKE 'skp_%' ORDER BY id",
    )
    .bind(plan_id.to_string())
    .fetch_all(&demo.app.pool)
    .await
    .unwrap();
    let actions: Vec<String> = rows.iter().map(|r| r.get(0)).collect();
    assert_eq!(
        actions[actions.len() - 4..],
        ["skp_result_added", "skp_indicator_added", "skp_indicator_removed", "skp_result_removed"]
    );
    let removed: Option<String> = rows[rows.len() - 2].get(1);
    assert!(removed.unwrap().contains("Laporan tepat waktu"), "the removed text is kept");
}

both_backends!(edits_of_a_draft_are_audited);

/// What the offline outbox relies on: an entry or a note sent again with its request key (the
/// outbox replaying it after reconnect, however late, or two copies at once) is stored once,
/// and a replayed entry never overwrites a later one.
async fn a_submit_sent_again_with_its_key_is_stored_once(backend: Backend) {
    let demo = Demo::start(backend).await;
    let (plan_id, owner) = demo.approved_team_plan().await;
    let employee = demo.login_employee(owner).await;
    let plan = || async {
        demo.call("/api/skp/plan", &employee, &[("plan_id", s(plan_id))]).await.unwrap()
    };
    let indicator = plan().await["results"][0]["indicators"][0]["id"].as_i64().unwrap();
    let realise = |key: &str, value: &str| {
        let form = vec![
            ("plan_id", s(plan_id)),
            ("indicator_id", s(indicator)),
            ("period_no", "1".to_string()),
            ("realisasi", value.to_string()),
            ("evidence_url", String::new()),
            ("note", String::new()),
            ("request_key", key.to_string()),
        ];
        let (demo, employee) = (&demo, employee.clone());
        async move { demo.call("/api/skp/realisation", &employee, &form).await }
    };
    // Typed offline (key A), sent twice at once when the connection returns.
    let (one, two) = tokio::join!(realise("0000abcd-r1-a", "5"), realise("0000abcd-r1-a", "5"));
    one.unwrap();
    two.unwrap();
    // A later entry for the same period, then the outbox replays A once more.
    realise("0000abcd-r1-b", "6").await.unwrap();
    realise("0000abcd-r1-a", "5").await.unwrap();
    let view = plan().await;
    let q1 = view["results"][0]["indicators"][0]["realisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["period_no"] == 1)
        .cloned()
        .unwrap();
    assert_eq!(q1["realisasi"], 6.0, "the replay did not overwrite the later entry: {q1}");
    let audited: i64 = sqlx::query(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'realisation_recorded' AND entity_id = $1 \
         AND after_json LIKE '%\"period_no\":1%'",
    )
    .bind(indicator.to_string())
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0);
    assert_eq!(audited, 2, "two entries stored (A once, B once)");

    // A feedback note: the same key twice at once and once more later is one note, one id.
    let note = |key: &str| {
        let form = vec![
            ("plan_id", s(plan_id)),
            ("indicator_id", String::new()),
            ("text", "Ditulis saat luring".to_string()),
            ("request_key", key.to_string()),
        ];
        let (demo, employee) = (&demo, employee.clone());
        async move { demo.call("/api/skp/feedback", &employee, &form).await }
    };
    let (a, b) = tokio::join!(note("0000abcd-f1-a"), note("0000abcd-f1-a"));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a, b, "both answers name the one note");
    assert_eq!(note("0000abcd-f1-a").await.unwrap(), a);
    // Without a key, the same text sent a minute later would be a new note; with a new key it
    // is one at once.
    assert_ne!(note("0000abcd-f1-b").await.unwrap(), a);
    let notes: i64 = sqlx::query(
        "SELECT COUNT(*) FROM feedback_note WHERE plan_id = $1 AND text = 'Ditulis saat luring'",
    )
    .bind(plan_id)
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0);
    assert_eq!(notes, 2);

    // A key the page could not have made is refused, naming the field.
    let bad = note("short").await.unwrap_err();
    assert!(bad.starts_with("422") && bad.contains("\"request_key\""), "{bad}");
    // Another account's key is its own: the same key from the penilai stores their note.
    let penilai = demo.login(Role::PejabatPenilai).await;
    let theirs = demo
        .call(
            "/api/skp/feedback",
            &penilai,
            &[
                ("plan_id", s(plan_id)),
                ("indicator_id", String::new()),
                ("text", "Catatan penilai".to_string()),
                ("request_key", "0000abcd-f1-a".to_string()),
            ],
        )
        .await
        .unwrap();
    assert_ne!(theirs, a);
}

both_backends!(a_submit_sent_again_with_its_key_is_stored_once);
