//! Mentoring (issue 15, item 5) through the real server functions on both backends: who may
//! pair whom, suggested mentors by the documented rule, the cap, sessions logged by both sides
//! counting as the mentee's JP, ending with a note, and feedback the HR office sees only in
//! aggregate of three or more.

mod common;

use app::auth::Role;
use common::{
    demo::{s, Demo},
    field_of, login, other_agency_admin, Backend,
};
use serde_json::Value;
use sqlx::Row;

fn pair_form(mentor: i64, mentee: i64, key: &str) -> Vec<(&'static str, String)> {
    let today = app::kernel::db::today();
    vec![
        ("input[mentor_id]", s(mentor)),
        ("input[mentee_id]", s(mentee)),
        ("input[goals]", s("Menyusun kajian kebijakan pertama secara mandiri")),
        ("input[start_date]", today.add_days(-30).to_string()),
        ("input[end_date]", today.add_days(150).to_string()),
        ("request_key", s(key)),
    ]
}

fn session_form(pair: i64, days_ago: i64, minutes: i64, key: &str) -> Vec<(&'static str, String)> {
    vec![
        ("pair_id", s(pair)),
        ("input[date]", app::kernel::db::today().add_days(-days_ago).to_string()),
        ("input[topic]", s("Struktur naskah kebijakan")),
        ("input[minutes]", s(minutes)),
        ("request_key", s(key)),
    ]
}

async fn mentoring_pairs_sessions_jp_and_ending(backend: Backend) {
    let demo = Demo::start(backend).await;
    let pool = &demo.app.pool;
    let pegawai = demo.login(Role::Pegawai).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let hr = demo.login(Role::AdminInstansi).await;
    let elsewhere = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let call = |path: &'static str, cookie: &String, form: Vec<(&'static str, String)>| {
        let (demo, cookie) = (&demo, cookie.clone());
        async move { demo.call(path, &cookie, &form).await }
    };
    let id_of = |cookie: &String| {
        let call = &call;
        let cookie = cookie.clone();
        async move {
            call("/api/career/record", &cookie, vec![]).await.unwrap()["employee_id"]
                .as_i64()
                .unwrap()
        }
    };
    let (mentee, mentor) = (id_of(&pegawai).await, id_of(&penilai).await);

    // The penilai may pair their own people (the page lists them), suggestions come from the
    // rule; the pegawai and another agency's HR office are told the mentee does not exist.
    let page = call("/api/development/mentoring", &penilai, vec![]).await.unwrap();
    assert!(page["may_pair"].as_array().unwrap().iter().any(|p| p["id"] == mentee), "{page}");
    assert_eq!(page["hr"], false);
    let suggest = |cookie: &String| {
        call("/api/development/mentoring/suggest", cookie, vec![("mentee_id", s(mentee))])
    };
    for outsider in [&pegawai, &elsewhere] {
        assert!(suggest(outsider).await.unwrap_err().starts_with("404"));
    }
    let suggested = suggest(&hr).await.unwrap();
    let list = suggested.as_array().unwrap();
    assert!(!list.is_empty() && list.len() <= 10, "{suggested}");
    let scores: Vec<f64> =
        list.iter().map(|s| s["suggestion"]["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "best first: {scores:?}");
    assert!(list.iter().all(|s| s["person"]["id"] != mentee));
    assert_eq!(suggest(&penilai).await.unwrap(), suggested, "the same rule for the penilai");

    // Pairing: each bad field named; the HR office or the penilai in force only.
    let path = "/api/development/mentoring/pair";
    let mut bad = pair_form(mentee, mentee, "key-pair-0000");
    assert_eq!(field_of(&call(path, &hr, bad.clone()).await.unwrap_err()), "input[mentor_id]");
    bad[0].1 = s(mentor);
    bad[2].1 = s("  ");
    assert_eq!(field_of(&call(path, &hr, bad.clone()).await.unwrap_err()), "input[goals]");
    bad[2].1 = s("Tujuan");
    bad[4].1 = app::kernel::db::today().add_years(3).to_string();
    assert_eq!(field_of(&call(path, &hr, bad).await.unwrap_err()), "input[end_date]");
    let foreign: i64 = sqlx::query("SELECT MIN(id) FROM employee WHERE agency_id <> (SELECT agency_id FROM employee WHERE id = $1)")
        .bind(mentee)
        .fetch_one(pool)
        .await
        .unwrap()
        .get(0);
    let across = call(path, &hr, pair_form(foreign, mentee, "key-pair-0001")).await.unwrap_err();
    assert_eq!(field_of(&across), "input[mentor_id]");
    assert!(call(path, &pegawai, pair_form(mentor, mentee, "key-pair-0002"))
        .await
        .unwrap_err()
        .starts_with("404"));
    assert!(call(path, &elsewhere, pair_form(mentor, mentee, "key-pair-0003"))
        .await
        .unwrap_err()
        .starts_with("404"));
    let pair = call(path, &penilai, pair_form(mentor, mentee, "key-pair-0004"))
        .await
        .unwrap()
        .as_i64()
        .unwrap();
    assert_eq!(
        call(path, &penilai, pair_form(mentor, mentee, "key-pair-0004")).await.unwrap().as_i64(),
        Some(pair)
    );
    let twice = call(path, &hr, pair_form(mentor, mentee, "key-pair-0005")).await.unwrap_err();
    assert!(twice.contains("mentoring_paired"), "{twice}");

    // Sessions by both sides; the mentee's JP follows the minutes (1 JP = 45 minutes).
    let log = |cookie: &String, form| call("/api/development/mentoring/session", cookie, form);
    let jp = || async {
        let rows = sqlx::query(
            "SELECT jp, form, status FROM learning_record WHERE mentoring_pair_id = $1",
        )
        .bind(pair)
        .fetch_all(pool)
        .await
        .unwrap();
        rows.iter()
            .map(|r| (r.get::<i64, _>(0), r.get::<String, _>(1), r.get::<String, _>(2)))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        field_of(&log(&pegawai, session_form(pair, 1, 10, "key-s-0000")).await.unwrap_err()),
        "input[minutes]"
    );
    assert_eq!(
        field_of(&log(&pegawai, session_form(pair, 60, 60, "key-s-0001")).await.unwrap_err()),
        "input[date]"
    );
    assert_eq!(
        field_of(&log(&pegawai, session_form(pair, -2, 60, "key-s-0002")).await.unwrap_err()),
        "input[date]"
    );
    assert!(log(&hr, session_form(pair, 1, 60, "key-s-0003"))
        .await
        .unwrap_err()
        .starts_with("404"));
    log(&pegawai, session_form(pair, 5, 30, "key-s-0004")).await.unwrap();
    assert_eq!(jp().await, vec![], "under one JP, no record yet");
    log(&penilai, session_form(pair, 3, 60, "key-s-0005")).await.unwrap();
    log(&penilai, session_form(pair, 3, 60, "key-s-0005")).await.unwrap();
    assert_eq!(jp().await, vec![(2, s("bimbingan_di_tempat_kerja"), s("verified"))], "90 minutes");
    log(&pegawai, session_form(pair, 1, 45, "key-s-0006")).await.unwrap();
    assert_eq!(jp().await[0].0, 3, "135 minutes");
    let learning = call("/api/development/learning", &pegawai, vec![]).await.unwrap();
    assert!(
        learning["records"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["form"] == "bimbingan_di_tempat_kerja" && r["jp"] == 3),
        "{learning}"
    );
    let mine = call("/api/development/mentoring", &pegawai, vec![]).await.unwrap();
    let shared = &mine["pairs"][0];
    assert_eq!(
        (shared["minutes"].as_i64(), shared["sessions"].as_array().map(Vec::len)),
        (Some(135), Some(3))
    );
    assert_eq!(shared["i_mentor"], false);
    let theirs = call("/api/development/mentoring", &penilai, vec![]).await.unwrap();
    assert_eq!(theirs["pairs"][0]["i_mentor"], true, "the mentor sees the same log");

    // Feedback: the mentee's only, once; the HR office sees no mean under three answers.
    let feedback = |cookie: &String, rating: &str| {
        call(
            "/api/development/mentoring/feedback",
            cookie,
            vec![("pair_id", s(pair)), ("rating", s(rating)), ("comment", s("Sangat membantu"))],
        )
    };
    assert!(feedback(&penilai, "5").await.unwrap_err().starts_with("404"));
    assert_eq!(field_of(&feedback(&pegawai, "6").await.unwrap_err()), "rating");
    feedback(&pegawai, "4").await.unwrap();
    assert!(feedback(&pegawai, "5").await.unwrap_err().contains("mentoring_feedback_given"));
    let overview = call("/api/development/mentoring/overview", &hr, vec![]).await.unwrap();
    let row =
        overview.as_array().unwrap().iter().find(|m| m["mentor"]["id"] == mentor).unwrap().clone();
    assert_eq!(
        (row["feedback_count"].as_i64(), row["mean_rating"].clone()),
        (Some(1), Value::Null)
    );
    assert_eq!((row["active"].as_i64(), row["minutes"].as_i64()), (Some(1), Some(135)));
    assert!(call("/api/development/mentoring/overview", &penilai, vec![])
        .await
        .unwrap_err()
        .starts_with("404"));

    // Ending: a note is required; stale versions conflict; then no more sessions.
    let end = |cookie: &String, version: i64, note: &str| {
        call(
            "/api/development/mentoring/end",
            cookie,
            vec![("pair_id", s(pair)), ("version", s(version)), ("note", s(note))],
        )
    };
    assert_eq!(field_of(&end(&pegawai, 1, " ").await.unwrap_err()), "note");
    assert!(end(&elsewhere, 1, "Selesai").await.unwrap_err().starts_with("404"));
    assert!(end(&pegawai, 9, "Selesai").await.unwrap_err().starts_with("409"));
    end(&pegawai, 1, "Tujuan tercapai").await.unwrap();
    assert!(end(&penilai, 2, "Lagi").await.unwrap_err().contains("mentoring_ended"));
    assert!(log(&penilai, session_form(pair, 0, 60, "key-s-0007"))
        .await
        .unwrap_err()
        .contains("mentoring_ended"));
    let mine = call("/api/development/mentoring", &pegawai, vec![]).await.unwrap();
    assert_eq!(
        (mine["pairs"][0]["status"].as_str(), mine["pairs"][0]["end_note"].as_str()),
        (Some("ended"), Some("Tujuan tercapai"))
    );

    // Audited, without what the feedback said.
    let audit: Vec<(String, Option<String>)> = sqlx::query(
        "SELECT action, after_json FROM audit_log WHERE entity = 'mentoring_pair' AND entity_id = $1 ORDER BY id",
    )
    .bind(pair.to_string())
    .fetch_all(pool)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    let actions: Vec<&str> = audit.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(
        actions,
        [
            "mentoring_paired",
            "mentoring_session",
            "mentoring_session",
            "mentoring_session",
            "mentoring_feedback",
            "mentoring_ended"
        ]
    );
    assert!(audit.iter().all(|(_, after)| !after.as_deref().unwrap_or("").contains("membantu")));
}
both_backends!(mentoring_pairs_sessions_jp_and_ending);

/// The cap: a mentor with as many active mentees as the rule set allows takes no more, and
/// the mean rating appears once three mentees have answered.
async fn the_cap_and_the_feedback_threshold(backend: Backend) {
    let demo = Demo::start(backend).await;
    let pool = &demo.app.pool;
    let hr = demo.login(Role::AdminInstansi).await;
    let cap = app::rules::RuleSet::current().mentoring.mentees_per_mentor as usize;
    let people: Vec<i64> = sqlx::query(
        "SELECT e.id FROM employee e JOIN agency a ON a.id = e.agency_id \
         WHERE a.code = 'kota-makassar' ORDER BY e.id LIMIT 10",
    )
    .fetch_all(pool)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect();
    let mentor = people[0];
    let mut pairs = Vec::new();
    for (i, mentee) in people[1..=cap].iter().enumerate() {
        let form = pair_form(mentor, *mentee, &format!("key-cap-{i:04}"));
        pairs.push(
            demo.call("/api/development/mentoring/pair", &hr, &form)
                .await
                .unwrap()
                .as_i64()
                .unwrap(),
        );
    }
    let full = demo
        .call(
            "/api/development/mentoring/pair",
            &hr,
            &pair_form(mentor, people[cap + 1], "key-cap-9999"),
        )
        .await
        .unwrap_err();
    assert!(full.contains("mentor_full") && field_of(&full) == "input[mentor_id]", "{full}");
    // Three mentees answer (each logged in as themselves): 3, 4, 5 → mean 4.0.
    for (pair, (mentee, rating)) in pairs.iter().zip(people[1..].iter().zip(["3", "4", "5"])) {
        let cookie = demo.login_employee(*mentee).await;
        let form = [("pair_id", s(pair)), ("rating", s(rating)), ("comment", s(""))];
        demo.call("/api/development/mentoring/feedback", &cookie, &form).await.unwrap();
    }
    let overview = demo.call("/api/development/mentoring/overview", &hr, &[]).await.unwrap();
    let row =
        overview.as_array().unwrap().iter().find(|m| m["mentor"]["id"] == mentor).unwrap().clone();
    assert_eq!((row["feedback_count"].as_i64(), row["mean_rating"].as_f64()), (Some(3), Some(4.0)));
}
both_backends!(the_cap_and_the_feedback_threshold);
