//! Further education (issue 15, item 4) through the real server functions on both backends:
//! a study request checked field by field, endorsed by the pejabat penilai in force, approved
//! by the HR office, planned in the career simulator, and completed by a diploma that updates
//! the employee's education with its history; every refusal and every outsider.

mod common;

use app::auth::Role;
use common::{
    demo::{s, Demo},
    field_of, login, other_agency_admin, Backend,
};
use serde_json::Value;
use sqlx::Row;

fn request(
    kind: &str,
    education: &str,
    start: &str,
    expected: &str,
) -> Vec<(&'static str, String)> {
    vec![
        ("input[kind]", s(kind)),
        ("input[education]", s(education)),
        ("input[programme]", s("Magister Administrasi Publik")),
        ("input[institution]", s("Universitas Hasanuddin")),
        ("input[start_date]", s(start)),
        ("input[expected_date]", s(expected)),
    ]
}

fn with_key(mut form: Vec<(&'static str, String)>, key: &str) -> Vec<(&'static str, String)> {
    form.push(("request_key", s(key)));
    form
}

async fn a_study_goes_from_request_to_diploma_and_the_education_follows(backend: Backend) {
    let demo = Demo::start(backend).await;
    let pool = &demo.app.pool;
    let pegawai = demo.login(Role::Pegawai).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let atasan = demo.login(Role::AtasanPejabatPenilai).await;
    let hr = demo.login(Role::AdminInstansi).await;
    let elsewhere = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let today = app::kernel::db::today();
    let start = today.add_days(-400).to_string();
    let expected = today.add_days(300).to_string();
    let call = |path: &'static str, cookie: &String, form: Vec<(&'static str, String)>| {
        let (demo, cookie) = (&demo, cookie.clone());
        async move { demo.call(path, &cookie, &form).await }
    };

    // The demo pegawai holds a D-III (from their record); the request page says so.
    let mine = call("/api/development/studies", &pegawai, vec![]).await.unwrap();
    assert_eq!(mine["education"], "D-III", "{mine}");
    assert_eq!(mine["requests"], serde_json::json!([]));

    // Each bad field is refused naming it.
    let path = "/api/development/studies/request";
    let refused = |form| call(path, &pegawai, form);
    let bad_kind = refused(request("kursus", "s2", &start, &expected)).await.unwrap_err();
    assert_eq!(field_of(&bad_kind), "input[kind]");
    let not_higher = refused(request("izin_belajar", "d3", &start, &expected)).await.unwrap_err();
    assert_eq!(field_of(&not_higher), "input[education]");
    assert!(not_higher.contains("lebih tinggi"), "{not_higher}");
    let no_degree = refused(request("izin_belajar", "slta", &start, &expected)).await.unwrap_err();
    assert_eq!(field_of(&no_degree), "input[education]");
    let backwards = refused(request("tugas_belajar", "s2", &expected, &start)).await.unwrap_err();
    assert_eq!(field_of(&backwards), "input[expected_date]");
    let too_long = today.add_years(9).to_string();
    let endless = refused(request("tugas_belajar", "s2", &start, &too_long)).await.unwrap_err();
    assert_eq!(field_of(&endless), "input[expected_date]");
    let mut blank = request("tugas_belajar", "s2", &start, &expected);
    blank[2].1 = s("   ");
    assert_eq!(field_of(&refused(blank).await.unwrap_err()), "input[programme]");
    let bad_date = refused(request("tugas_belajar", "s2", "31-02-2026", &expected)).await;
    assert_eq!(field_of(&bad_date.unwrap_err()), "input[start_date]");

    // A double submit stores one request.
    let form = with_key(request("tugas_belajar", "s2", &start, &expected), "key-study-0001");
    let id = call(path, &pegawai, form.clone()).await.unwrap().as_i64().unwrap();
    assert_eq!(call(path, &pegawai, form).await.unwrap().as_i64(), Some(id));
    let count: i64 =
        sqlx::query("SELECT COUNT(*) FROM study_request WHERE request_key IS NOT NULL")
            .fetch_one(pool)
            .await
            .unwrap()
            .get(0);
    assert_eq!(count, 1);

    // Only the pejabat penilai in force endorses; the HR office cannot decide before that.
    let endorse = |cookie: &String, version: i64, verdict: &str, note: &str| {
        let form = vec![
            ("id", s(id)),
            ("version", s(version)),
            ("verdict", s(verdict)),
            ("note", s(note)),
        ];
        call("/api/development/studies/endorse", cookie, form)
    };
    let decide = |cookie: &String, version: i64, verdict: &str, note: &str| {
        let form = vec![
            ("id", s(id)),
            ("version", s(version)),
            ("verdict", s(verdict)),
            ("note", s(note)),
        ];
        call("/api/development/studies/decide", cookie, form)
    };
    for outsider in [&pegawai, &atasan, &hr, &elsewhere] {
        let refused = endorse(outsider, 1, "endorse", "").await.unwrap_err();
        assert!(refused.starts_with("404"), "{refused}");
    }
    let early = decide(&hr, 1, "approve", "").await.unwrap_err();
    assert!(early.starts_with("422") && early.contains("study_state"), "{early}");
    let queue = call("/api/development/studies/queue", &penilai, vec![]).await.unwrap();
    assert_eq!(queue["to_endorse"][0]["id"], id, "{queue}");
    // The penilai's task list says so, until they have answered.
    let study_tasks = || async {
        let tasks = call("/api/tasks", &penilai, vec![]).await.unwrap();
        let tasks = tasks.as_array().unwrap().clone();
        tasks.into_iter().filter(|t| t["kind"] == "study_endorse").collect::<Vec<Value>>()
    };
    let waiting = study_tasks().await;
    assert_eq!(waiting.len(), 1, "{waiting:?}");
    assert_eq!(waiting[0]["href"], "/persetujuan/belajar");
    assert_eq!(queue["hr"], false);
    let no_reason = endorse(&penilai, 1, "reject", " ").await.unwrap_err();
    assert_eq!(field_of(&no_reason), "note");
    let odd = endorse(&penilai, 1, "approve", "").await.unwrap_err();
    assert_eq!(field_of(&odd), "verdict");
    assert!(endorse(&penilai, 7, "endorse", "").await.unwrap_err().starts_with("409"));
    endorse(&penilai, 1, "endorse", "Mendukung").await.unwrap();
    assert_eq!(study_tasks().await, Vec::<Value>::new());
    assert!(endorse(&penilai, 2, "endorse", "").await.unwrap_err().contains("study_state"));

    // The HR office of the agency decides; another agency's is told it does not exist.
    let queue = call("/api/development/studies/queue", &hr, vec![]).await.unwrap();
    let waiting: Vec<i64> =
        queue["to_decide"].as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect();
    assert_eq!(queue["hr"], true);
    assert!(waiting.contains(&id), "{queue}");
    // The demo's own: one endorsed request waiting, one approved in study.
    assert_eq!(waiting.len(), 2, "{queue}");
    assert_eq!(queue["in_study"].as_array().map(Vec::len), Some(1), "{queue}");
    assert!(decide(&elsewhere, 2, "approve", "").await.unwrap_err().starts_with("404"));
    assert!(decide(&penilai, 2, "approve", "").await.unwrap_err().starts_with("404"));
    decide(&hr, 2, "approve", "").await.unwrap();

    // Approved: the employee cannot withdraw any more, and the career simulator plans the
    // diploma at the expected date.
    let withdraw =
        call("/api/development/studies/withdraw", &pegawai, vec![("id", s(id)), ("version", s(3))]);
    assert!(withdraw.await.unwrap_err().contains("study_state"));
    let career = call("/api/career/record", &pegawai, vec![]).await.unwrap();
    let planned =
        serde_json::json!([{ "type": "diploma_obtained", "date": expected, "education": "s2" }]);
    assert_eq!(career["planned"], planned, "{career}");

    // The diploma: its date between the start and today, then the education follows.
    let diploma = |date: String, version: i64| {
        let form = vec![("id", s(id)), ("version", s(version)), ("diploma_date", date)];
        call("/api/development/studies/diploma", &hr, form)
    };
    let before_start = diploma(today.add_days(-500).to_string(), 3).await.unwrap_err();
    assert_eq!(field_of(&before_start), "diploma_date");
    let future = diploma(today.add_days(5).to_string(), 3).await.unwrap_err();
    assert_eq!(field_of(&future), "diploma_date");
    let employee: i64 = career["employee_id"].as_i64().unwrap();
    let version_before: i64 = sqlx::query("SELECT version FROM employee WHERE id = $1")
        .bind(employee)
        .fetch_one(pool)
        .await
        .unwrap()
        .get(0);
    let obtained = today.add_days(-10).to_string();
    diploma(obtained.clone(), 3).await.unwrap();
    assert!(diploma(obtained.clone(), 4).await.unwrap_err().contains("study_state"));
    let row = sqlx::query("SELECT education, education_date, version FROM employee WHERE id = $1")
        .bind(employee)
        .fetch_one(pool)
        .await
        .unwrap();
    let (education, dated, version): (String, Option<String>, i64) =
        (row.get(0), row.get(1), row.get(2));
    assert_eq!((education.as_str(), dated.as_deref()), ("S2", Some(obtained.as_str())));
    assert_eq!(version, version_before + 1, "an open edit form of the record is told");
    let history: Vec<(String, Option<String>)> = sqlx::query(
        "SELECT value, start_date FROM employee_history WHERE employee_id = $1 AND kind = 'education'",
    )
    .bind(employee)
    .fetch_all(pool)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    assert_eq!(history.last(), Some(&(s("S2"), Some(obtained.clone()))), "{history:?}");
    let career = call("/api/career/record", &pegawai, vec![]).await.unwrap();
    assert_eq!(career["planned"], serde_json::json!([]));
    assert_eq!(career["record"]["Ok"]["education"], "s2", "{career}");
    let mine = call("/api/development/studies", &pegawai, vec![]).await.unwrap();
    assert_eq!(
        (mine["requests"][0]["status"].as_str(), mine["education"].as_str()),
        (Some("completed"), Some("S2"))
    );

    // Every step is in the agency's audit log.
    let actions: Vec<String> = sqlx::query(
        "SELECT action FROM audit_log WHERE entity = 'study_request' AND entity_id = $1 ORDER BY id",
    )
    .bind(id.to_string())
    .fetch_all(pool)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect();
    assert_eq!(actions, ["study_requested", "study_endorsed", "study_decided", "diploma_recorded"]);
}
both_backends!(a_study_goes_from_request_to_diploma_and_the_education_follows);

async fn refusals_withdrawals_and_the_pppk_rule(backend: Backend) {
    let demo = Demo::start(backend).await;
    let pool = &demo.app.pool;
    let pegawai = demo.login(Role::Pegawai).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let today = app::kernel::db::today();
    let (start, expected) = (today.add_days(30).to_string(), today.add_years(2).to_string());
    let call = |path: &'static str, cookie: &String, form: Vec<(&'static str, String)>| {
        let (demo, cookie) = (&demo, cookie.clone());
        async move { demo.call(path, &cookie, &form).await }
    };
    let path = "/api/development/studies/request";

    // A refusal by the penilai carries its reason to the employee.
    let first = call(path, &pegawai, request("izin_belajar", "s2", &start, &expected)).await;
    let first = first.unwrap().as_i64().unwrap();
    let form = vec![
        ("id", s(first)),
        ("version", s(1)),
        ("verdict", s("reject")),
        ("note", s("Beban kerja unit")),
    ];
    call("/api/development/studies/endorse", &penilai, form).await.unwrap();
    let mine: Value = call("/api/development/studies", &pegawai, vec![]).await.unwrap();
    assert_eq!(mine["requests"][0]["status"], "rejected");
    assert_eq!(mine["requests"][0]["decision_note"], "Beban kerja unit");

    // The employee withdraws an open request (their own only), once.
    let second = call(path, &pegawai, request("izin_belajar", "s2", &start, &expected)).await;
    let second = second.unwrap().as_i64().unwrap();
    let withdraw = |cookie: &String, version: i64| {
        let form = vec![("id", s(second)), ("version", s(version))];
        call("/api/development/studies/withdraw", cookie, form)
    };
    assert!(withdraw(&penilai, 1).await.unwrap_err().starts_with("404"));
    withdraw(&pegawai, 1).await.unwrap();
    assert!(withdraw(&pegawai, 2).await.unwrap_err().contains("study_state"));
    let queue = call("/api/development/studies/queue", &penilai, vec![]).await.unwrap();
    assert_eq!(queue["to_endorse"], serde_json::json!([]), "nothing left to endorse");

    // A PPPK may ask for izin belajar, not tugas belajar.
    let pppk: i64 = sqlx::query(
        "SELECT e.id FROM employee e JOIN agency a ON a.id = e.agency_id \
         WHERE a.code = 'kota-makassar' AND e.kind = 'pppk' ORDER BY e.id LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .unwrap()
    .get(0);
    let cookie = demo.login_employee(pppk).await;
    let education: String = sqlx::query("SELECT education FROM employee WHERE id = $1")
        .bind(pppk)
        .fetch_one(pool)
        .await
        .unwrap()
        .get(0);
    let higher = if education == "S3" { return } else { "s3" };
    let tugas = call(path, &cookie, request("tugas_belajar", higher, &start, &expected)).await;
    let tugas = tugas.unwrap_err();
    assert_eq!(field_of(&tugas), "input[kind]");
    assert!(tugas.contains("PPPK"), "{tugas}");
    call(path, &cookie, request("izin_belajar", higher, &start, &expected)).await.unwrap();
}
both_backends!(refusals_withdrawals_and_the_pppk_rule);
