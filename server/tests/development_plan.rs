//! The individual development plan (issue 15, item 6) through the real server functions on
//! both backends: suggestions from the latest annual assessment (the demo pegawai's Adaptif
//! rated below expectation last year), the plan made from them once per year, changed field by
//! field while a draft, submitted, returned with a note and agreed by the pejabat penilai in
//! force, its progress on the dashboard; every refusal and every outsider.

mod common;

use app::auth::Role;
use common::{
    demo::{s, Demo},
    field_of, login, other_agency_admin, Backend,
};
use serde_json::Value;
use sqlx::Row;

fn action(focus: &str, kind: &str, offering: &str, target: &str) -> Vec<(&'static str, String)> {
    vec![
        ("input[focus]", s(focus)),
        ("input[kind]", s(kind)),
        ("input[description]", s("Memimpin rapat koordinasi lintas bidang")),
        ("input[offering_id]", s(offering)),
        ("input[target_date]", s(target)),
    ]
}

fn on(
    plan: i64,
    version: i64,
    mut form: Vec<(&'static str, String)>,
) -> Vec<(&'static str, String)> {
    form.push(("plan_id", s(plan)));
    form.push(("version", s(version)));
    form
}

async fn a_plan_is_suggested_changed_agreed_and_followed(backend: Backend) {
    let demo = Demo::start(backend).await;
    let pool = &demo.app.pool;
    let pegawai = demo.login(Role::Pegawai).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let atasan = demo.login(Role::AtasanPejabatPenilai).await;
    let hr = demo.login(Role::AdminInstansi).await;
    let elsewhere = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let today = app::kernel::db::today();
    let year = today.year();
    let call = |path: &'static str, cookie: &String, form: Vec<(&'static str, String)>| {
        let (demo, cookie) = (&demo, cookie.clone());
        async move { demo.call(path, &cookie, &form).await }
    };

    // Last year's rating rated Adaptif below expectation (predikat Baik): one suggestion, the
    // competence Adaptif develops, saying where it comes from.
    let page = call("/api/development/idp", &pegawai, vec![]).await.unwrap();
    assert_eq!(page["year"], year, "{page}");
    assert_eq!(page["basis_year"], year - 1, "{page}");
    assert_eq!(page["basis"]["predikat"], "baik");
    let expected = serde_json::json!([{
        "source": { "type": "behaviour", "value": "adaptif" },
        "focus": "mengelola_perubahan",
        "kind": "training",
    }]);
    assert_eq!(page["suggestions"], expected, "{page}");
    assert_eq!(page["plan"], Value::Null);
    let dashboard = call("/api/dashboard", &pegawai, vec![]).await.unwrap();
    assert_eq!(dashboard["idp"]["status"], Value::Null, "{dashboard}");

    // Making the plan twice (a double submit) makes one, pre-filled from the suggestion.
    let plan = call("/api/development/idp/start", &pegawai, vec![]).await.unwrap();
    let plan = plan.as_i64().unwrap();
    let again = call("/api/development/idp/start", &pegawai, vec![]).await.unwrap();
    assert_eq!(again.as_i64(), Some(plan));
    let page = call("/api/development/idp", &pegawai, vec![]).await.unwrap();
    let actions = page["plan"]["actions"].as_array().unwrap().clone();
    assert_eq!(actions.len(), 1, "{page}");
    assert_eq!(actions[0]["source"], expected[0]["source"]);
    assert_eq!(actions[0]["target_date"], format!("{year}-12-31"));
    assert_eq!(page["plan"]["status"], "draft");
    let suggested = actions[0]["id"].as_i64().unwrap();

    // Each bad field is refused naming it; the plan stays as it was.
    let save = |cookie: &String, version: i64, form: Vec<(&'static str, String)>| {
        call("/api/development/idp/action", cookie, on(plan, version, form))
    };
    let end = format!("{year}-11-30");
    let offering: i64 = sqlx::query(
        "SELECT id FROM training_offering WHERE agency_id = 1 AND status = 'open' ORDER BY id",
    )
    .fetch_one(pool)
    .await
    .unwrap()
    .get(0);
    let cases = [
        (action("wisdom", "training", "", &end), "input[focus]"),
        (action("kerjasama", "kursus", "", &end), "input[kind]"),
        (action("kerjasama", "mentoring", &offering.to_string(), &end), "input[offering_id]"),
        (action("kerjasama", "training", "999999", &end), "input[offering_id]"),
        (action("kerjasama", "training", "", &format!("{}-01-10", year + 1)), "input[target_date]"),
        (action("kerjasama", "training", "", "2026-13-40"), "input[target_date]"),
    ];
    for (form, field) in cases {
        let refused = save(&pegawai, 1, form).await.unwrap_err();
        assert_eq!(field_of(&refused), field, "{refused}");
    }
    let mut long = action("kerjasama", "training", "", &end);
    long[2].1 = "x".repeat(501);
    assert_eq!(field_of(&save(&pegawai, 1, long).await.unwrap_err()), "input[description]");
    assert!(save(&pegawai, 9, action("kerjasama", "on_the_job", "", &end))
        .await
        .unwrap_err()
        .starts_with("409"));
    // Someone else's plan looks like none.
    for outsider in [&penilai, &hr, &elsewhere] {
        let refused = save(outsider, 1, action("kerjasama", "on_the_job", "", &end)).await;
        assert!(refused.unwrap_err().starts_with("404"));
    }

    // The employee links the suggested training to a catalogue offering, adds an on-the-job
    // assignment of their own, and removes an extra action.
    let mut link = action("mengelola_perubahan", "training", &offering.to_string(), &end);
    link.push(("action_id", s(suggested)));
    save(&pegawai, 1, link).await.unwrap();
    let own = save(&pegawai, 2, action("kerjasama", "on_the_job", "", &end)).await.unwrap();
    let extra = save(&pegawai, 3, action("komunikasi", "mentoring", "", &end)).await.unwrap();
    let remove = |version: i64, id: i64| {
        call(
            "/api/development/idp/remove",
            &pegawai,
            vec![("plan_id", s(plan)), ("version", s(version)), ("action_id", s(id))],
        )
    };
    remove(4, extra.as_i64().unwrap()).await.unwrap();
    let page = call("/api/development/idp", &pegawai, vec![]).await.unwrap();
    let actions = page["plan"]["actions"].as_array().unwrap().clone();
    assert_eq!(actions.len(), 2, "{page}");
    assert_eq!(actions[0]["offering_id"], offering);
    assert!(actions[0]["offering_title"].is_string());
    assert_eq!(actions[1]["id"], own);
    assert_eq!(actions[1]["source"], Value::Null, "the employee's own");
    assert_eq!(page["plan"]["version"], 5);

    // Readers: the penilai in force and the HR office of the agency; nobody else.
    let read = |cookie: &String| {
        let employee = page["plan"]["employee_id"].as_i64().unwrap();
        call("/api/development/idp", cookie, vec![("employee_id", s(employee))])
    };
    for reader in [&penilai, &hr] {
        let seen = read(reader).await.unwrap();
        assert_eq!(seen["plan"]["id"], plan);
    }
    for outsider in [&atasan, &elsewhere] {
        assert!(read(outsider).await.unwrap_err().starts_with("404"));
    }

    // Submitted: the penilai has a task; changes wait for a return.
    let submit = |version: i64| {
        call(
            "/api/development/idp/submit",
            &pegawai,
            vec![("plan_id", s(plan)), ("version", s(version))],
        )
    };
    submit(5).await.unwrap();
    let locked = save(&pegawai, 6, action("kerjasama", "on_the_job", "", &end)).await.unwrap_err();
    assert!(locked.starts_with("422") && locked.contains("idp_state"), "{locked}");
    let tasks_of = |cookie: String, kind: &'static str| {
        let call = &call;
        async move {
            let tasks = call("/api/tasks", &cookie, vec![]).await.unwrap();
            tasks
                .as_array()
                .unwrap()
                .iter()
                .filter(|t| t["kind"] == kind)
                .cloned()
                .collect::<Vec<Value>>()
        }
    };
    let waiting = tasks_of(penilai.clone(), "idp_agree").await;
    assert_eq!(waiting.len(), 1, "{waiting:?}");
    assert_eq!(waiting[0]["href"], "/tim/pengembangan");

    // Only the penilai in force reviews; a return needs a note.
    let review = |cookie: &String, version: i64, verdict: &str, note: &str| {
        let form = vec![
            ("plan_id", s(plan)),
            ("version", s(version)),
            ("verdict", s(verdict)),
            ("note", s(note)),
        ];
        call("/api/development/idp/review", cookie, form)
    };
    for outsider in [&pegawai, &atasan, &hr, &elsewhere] {
        assert!(review(outsider, 6, "agree", "").await.unwrap_err().starts_with("404"));
    }
    assert_eq!(field_of(&review(&penilai, 6, "return", "  ").await.unwrap_err()), "note");
    assert_eq!(field_of(&review(&penilai, 6, "approve", "").await.unwrap_err()), "verdict");
    assert!(review(&penilai, 5, "agree", "").await.unwrap_err().starts_with("409"));
    review(&penilai, 6, "return", "Tambahkan target kolaborasi lintas seksi").await.unwrap();
    assert_eq!(tasks_of(penilai.clone(), "idp_agree").await, Vec::<Value>::new());
    assert_eq!(tasks_of(pegawai.clone(), "idp_returned").await.len(), 1);
    let page = call("/api/development/idp", &pegawai, vec![]).await.unwrap();
    assert_eq!(page["plan"]["status"], "draft");
    assert_eq!(page["plan"]["review_note"], "Tambahkan target kolaborasi lintas seksi");

    // Revised and submitted again, then agreed; an empty draft could not have been sent.
    remove(7, own.as_i64().unwrap()).await.unwrap();
    remove(8, suggested).await.unwrap();
    let empty = submit(9).await.unwrap_err();
    assert!(empty.contains("idp_empty"), "{empty}");
    save(&pegawai, 9, action("kerjasama", "training", &offering.to_string(), &end)).await.unwrap();
    save(&pegawai, 10, action("kerjasama", "on_the_job", "", &end)).await.unwrap();
    submit(11).await.unwrap();
    assert!(review(&penilai, 12, "agree", "Setuju").await.is_ok());
    assert!(review(&penilai, 13, "agree", "").await.unwrap_err().contains("idp_state"));
    assert_eq!(tasks_of(pegawai.clone(), "idp_returned").await, Vec::<Value>::new());
    let page = call("/api/development/idp", &pegawai, vec![]).await.unwrap();
    assert_eq!(page["plan"]["status"], "agreed");
    assert!(page["plan"]["agreed_by"].is_string(), "{page}");

    // Progress, once agreed, by the employee only; the dashboard counts what is done.
    let actions = page["plan"]["actions"].as_array().unwrap().clone();
    let progress = |cookie: &String, version: i64, id: &Value, step: &str| {
        let form = vec![
            ("plan_id", s(plan)),
            ("version", s(version)),
            ("action_id", s(id)),
            ("progress", s(step)),
            ("note", s("Selesai bulan ini")),
        ];
        call("/api/development/idp/progress", cookie, form)
    };
    assert_eq!(
        field_of(&progress(&pegawai, 13, &actions[0]["id"], "finished").await.unwrap_err()),
        "progress"
    );
    assert!(progress(&penilai, 13, &actions[0]["id"], "done")
        .await
        .unwrap_err()
        .starts_with("404"));
    progress(&pegawai, 13, &actions[0]["id"], "done").await.unwrap();
    progress(&pegawai, 14, &actions[1]["id"], "in_progress").await.unwrap();
    let dashboard = call("/api/dashboard", &pegawai, vec![]).await.unwrap();
    let summary = serde_json::json!({ "year": year, "status": "agreed", "done": 1, "total": 2 });
    assert_eq!(dashboard["idp"], summary, "{dashboard}");

    // The penilai's team view: the pegawai's plan and the demo colleague's, agreed and under
    // way; everyone else in the team without a plan.
    let team = call("/api/development/idp/team", &penilai, vec![]).await.unwrap();
    let plans: Vec<&Value> =
        team.as_array().unwrap().iter().filter(|m| !m["plan"].is_null()).collect();
    assert_eq!(plans.len(), 2, "{team}");
    assert!(plans.iter().all(|m| m["plan"]["status"] == "agreed"));
    assert_eq!(
        call("/api/development/idp/team", &hr, vec![]).await.unwrap(),
        serde_json::json!([])
    );

    // Every step is in the agency's audit log.
    let actions: Vec<String> = sqlx::query(
        "SELECT action FROM audit_log WHERE entity = 'idp_plan' AND entity_id = $1 ORDER BY id",
    )
    .bind(plan.to_string())
    .fetch_all(pool)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect();
    let mut expected =
        vec!["idp_created", "idp_changed", "idp_changed", "idp_changed", "idp_changed"];
    expected.extend(["idp_submitted", "idp_returned", "idp_changed", "idp_changed", "idp_changed"]);
    expected.extend(["idp_changed", "idp_submitted", "idp_agreed", "idp_progress", "idp_progress"]);
    assert_eq!(actions, expected);
}
both_backends!(a_plan_is_suggested_changed_agreed_and_followed);

/// Someone never rated has nothing suggested but can still make a plan of their own; a plan
/// holds at most twelve actions.
async fn without_an_assessment_the_plan_is_the_employees_own(backend: Backend) {
    let demo = Demo::start(backend).await;
    let employee: i64 = sqlx::query(
        "SELECT e.id FROM employee e WHERE e.agency_id = 1 AND NOT EXISTS \
         (SELECT 1 FROM skp_plan p WHERE p.employee_id = e.id) \
         AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.employee_id = e.id) ORDER BY e.id",
    )
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0);
    let cookie = demo.login_employee(employee).await;
    let page = demo.call("/api/development/idp", &cookie, &[]).await.unwrap();
    assert_eq!(
        (page["basis_year"].clone(), page["suggestions"].clone()),
        (Value::Null, serde_json::json!([]))
    );
    let plan =
        demo.call("/api/development/idp/start", &cookie, &[]).await.unwrap().as_i64().unwrap();
    let end = format!("{}-10-01", app::kernel::db::today().year());
    for version in 1..=12 {
        let form = on(plan, version, action("komunikasi", "on_the_job", "", &end));
        demo.call("/api/development/idp/action", &cookie, &form).await.unwrap();
    }
    let full = on(plan, 13, action("komunikasi", "on_the_job", "", &end));
    let refused = demo.call("/api/development/idp/action", &cookie, &full).await.unwrap_err();
    assert!(refused.contains("idp_full") && refused.contains("12"), "{refused}");
}
both_backends!(without_an_assessment_the_plan_is_the_employees_own);
