//! Authority follows the reporting line in force (issue 14, class 2): when the HR office names a
//! new pejabat penilai or atasan mid-period, the open plan and the filed appeal move with it on
//! the line's first day, at every workflow step, and each move is in the audit log.

mod common;

use app::auth::Role;
use common::{
    demo::{s, Demo},
    Backend,
};
use serde_json::{json, Value};
use sqlx::Row;

const BERAKHLAK: [&str; 7] = [
    "berorientasi_pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
];

struct Person {
    id: i64,
    nip: String,
    cookie: String,
}

impl Demo {
    /// `n` employees of the demo agency without an account and outside `except`, each given
    /// one and logged in.
    async fn newcomers(&self, n: i64, except: &[i64]) -> Vec<Person> {
        let rows = sqlx::query(
            "SELECT e.id, e.nip FROM employee e WHERE e.agency_id = 1 \
             AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.employee_id = e.id) \
             ORDER BY e.id DESC",
        )
        .fetch_all(&self.app.pool)
        .await
        .unwrap();
        let mut out = Vec::new();
        for r in rows.iter().filter(|r| !except.contains(&r.get::<i64, _>(0))).take(n as usize) {
            let id: i64 = r.get(0);
            out.push(Person { id, nip: r.get(1), cookie: self.login_employee(id).await });
        }
        out
    }

    async fn set_line(&self, employee: i64, penilai: &str, atasan: &str, start: &str) {
        let admin = self.login(Role::AdminInstansi).await;
        let form = [
            ("employee_id", s(employee)),
            ("penilai_nip", penilai.to_string()),
            ("atasan_nip", atasan.to_string()),
            ("start_date", start.to_string()),
        ];
        self.call("/api/admin/employee/reporting-line", &admin, &form).await.unwrap();
    }

    async fn plan_version(&self, plan: i64) -> i64 {
        sqlx::query("SELECT version FROM skp_plan WHERE id = $1")
            .bind(plan)
            .fetch_one(&self.app.pool)
            .await
            .unwrap()
            .get(0)
    }

    async fn review(&self, cookie: &str, plan: i64) -> Result<Value, String> {
        let mut form = vec![
            ("plan_id", s(plan)),
            ("version", s(self.plan_version(plan).await)),
            ("decision", "approve".to_string()),
            ("comment", String::new()),
        ];
        for value in BERAKHLAK {
            let key: &'static str = Box::leak(format!("expectations[{value}]").into_boxed_str());
            form.push((key, "Melayani dengan tuntas.".to_string()));
        }
        self.call("/api/skp/review", cookie, &form).await
    }

    async fn audit_count(&self, action: &str, entity_id: i64) -> i64 {
        sqlx::query("SELECT COUNT(*) FROM audit_log WHERE action = $1 AND entity_id = $2")
            .bind(action)
            .bind(entity_id.to_string())
            .fetch_one(&self.app.pool)
            .await
            .unwrap()
            .get(0)
    }
}

fn rating(plan: i64) -> Value {
    json!({
        "plan_id": plan, "period_no": 0, "realisasi": [12.0, 4.0, 2.0],
        "behaviours": vec!["sesuai_ekspektasi"; 7], "hasil": null, "perilaku": null,
        "shown_predikat": "baik"
    })
}

async fn a_new_penilai_takes_over_review_rating_and_360_from_the_first_day(backend: Backend) {
    let demo = Demo::start(backend).await;
    let old_penilai = demo.login(Role::PejabatPenilai).await;
    let (plan, owner) = demo.approved_team_plan().await;
    let atasan_nip = demo.accounts.iter().find(|a| a.role == Role::AtasanPejabatPenilai);
    let atasan_nip = atasan_nip.unwrap().nip.clone().unwrap();
    // The owner submitted the plan (set-up: the steps under test are the penilai's).
    sqlx::query("UPDATE skp_plan SET status = 'submitted' WHERE id = $1")
        .bind(plan)
        .execute(&demo.app.pool)
        .await
        .unwrap();
    let [new, later]: [Person; 2] =
        demo.newcomers(2, &[owner]).await.try_into().ok().expect("two colleagues");

    // Before the change the new penilai is a stranger to the plan.
    let read = |cookie: String| {
        let demo = &demo;
        async move { demo.call("/api/skp/plan", &cookie, &[("plan_id", s(plan))]).await }
    };
    assert!(read(new.cookie.clone()).await.is_err());
    let before = demo.plan_version(plan).await;
    let today = app::kernel::db::today();
    demo.set_line(owner, &new.nip, &atasan_nip, &today.to_string()).await;
    assert_eq!(demo.plan_version(plan).await, before + 1, "a hand-over is a change of the plan");
    assert_eq!(demo.audit_count("plan_handed_over", plan).await, 1);

    // Review: the old penilai is told the plan does not exist, the new one approves.
    let refused = demo.review(&old_penilai, plan).await.unwrap_err();
    assert!(refused.starts_with("404"), "{refused}");
    assert!(read(old_penilai.clone()).await.is_err(), "the old penilai no longer reads it");
    let page = read(new.cookie.clone()).await.unwrap();
    assert_eq!(page["can_review"], true, "{page}");
    demo.review(&new.cookie, plan).await.unwrap();

    // Rating: the same.
    assert!(demo.rate(&old_penilai, &rating(plan)).await.unwrap_err().starts_with("404"));
    demo.rate(&new.cookie, &rating(plan)).await.unwrap();

    // 360 invitations: only the penilai in force (or the HR office) asks.
    let pegawai_nip = demo.accounts.iter().find(|a| a.role == Role::Pegawai).unwrap();
    let pegawai_nip = pegawai_nip.nip.clone().unwrap();
    let invite = |cookie: String| {
        let form =
            vec![("plan_id", s(plan)), ("rater_nip", pegawai_nip.clone()), ("relation", s("peer"))];
        let demo = &demo;
        async move { demo.call("/api/360/invite", &cookie, &form).await }
    };
    assert!(invite(old_penilai.clone()).await.unwrap_err().starts_with("404"));
    invite(new.cookie.clone()).await.unwrap();

    // The new penilai's task list holds the plan; the old one's does not.
    let tasks = |cookie: String| {
        let demo = &demo;
        async move { demo.call("/api/skp/team", &cookie, &[]).await.unwrap().to_string() }
    };
    assert!(tasks(new.cookie.clone()).await.contains(&format!("\"plan_id\":{plan}")));
    assert!(!tasks(old_penilai.clone()).await.contains(&format!("\"plan_id\":{plan}")));

    // A line recorded in advance changes nothing until its first day; the server's scheduled
    // run then hands over (here with the clock at that day), once.
    let tomorrow = today.add_days(1);
    demo.set_line(owner, &later.nip, &atasan_nip, &tomorrow.to_string()).await;
    demo.rate(&new.cookie, &rating(plan)).await.unwrap();
    assert!(demo.rate(&later.cookie, &rating(plan)).await.is_err());
    let run = |day: app::rules::Date| {
        let pool = demo.app.pool.clone();
        async move {
            let mut tx = pool.begin().await.unwrap();
            let done =
                app::people::repo::handover::follow_lines(&mut tx, day, None, None).await.unwrap();
            tx.commit().await.unwrap();
            done
        }
    };
    assert_eq!(run(today).await.plans, 0, "the running server's start already did today's");
    assert_eq!(run(tomorrow).await.plans, 1);
    assert_eq!(run(tomorrow).await.plans, 0, "running again changes nothing");
    assert!(demo.rate(&new.cookie, &rating(plan)).await.unwrap_err().starts_with("404"));
    demo.rate(&later.cookie, &rating(plan)).await.unwrap();
    let by_server = sqlx::query(
        "SELECT actor_user_id FROM audit_log WHERE action = 'plan_handed_over' AND entity_id = $1 \
         ORDER BY id DESC LIMIT 1",
    )
    .bind(plan.to_string())
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get::<Option<i64>, _>(0);
    assert_eq!(by_server, None, "the scheduled hand-over is the server's, not a person's");
}

both_backends!(a_new_penilai_takes_over_review_rating_and_360_from_the_first_day);

async fn a_new_atasan_decides_the_appeal_and_a_closed_period_keeps_its_names(backend: Backend) {
    let demo = Demo::start(backend).await;
    let penilai = demo.login(Role::PejabatPenilai).await;
    let old_atasan = demo.login(Role::AtasanPejabatPenilai).await;
    let penilai_nip = demo.accounts.iter().find(|a| a.role == Role::PejabatPenilai);
    let penilai_nip = penilai_nip.unwrap().nip.clone().unwrap();
    let (plan, owner) = demo.approved_team_plan().await;
    let rated = demo.rate(&penilai, &rating(plan)).await.unwrap().as_i64().unwrap();
    let employee = demo.login_employee(owner).await;
    let reason = "Realisasi pendampingan melebihi target, mohon ditinjau ulang.";
    let form = [("rating_id", s(rated)), ("reason", s(reason))];
    let appeal = demo.call("/api/appeals/file", &employee, &form).await.unwrap().as_i64().unwrap();
    let [new]: [Person; 1] = demo.newcomers(1, &[owner]).await.try_into().ok().unwrap();

    let today = app::kernel::db::today().to_string();
    demo.set_line(owner, &penilai_nip, &new.nip, &today).await;
    assert_eq!(demo.audit_count("appeal_handed_over", appeal).await, 1);
    let get = |cookie: String| {
        let demo = &demo;
        async move { demo.call("/api/appeals/get", &cookie, &[("appeal_id", s(appeal))]).await }
    };
    assert!(get(old_atasan.clone()).await.unwrap_err().starts_with("404"));
    let view = get(new.cookie.clone()).await.unwrap();
    assert_eq!(view["can_decide"], true, "{view}");
    let listed = demo.call("/api/appeals/to-decide", &new.cookie, &[]).await.unwrap();
    assert_eq!(listed[0]["id"], appeal);
    let decide = |cookie: String| {
        let form = vec![
            ("appeal_id", s(appeal)),
            ("version", s(view["version"].as_i64().unwrap())),
            ("decision", s("upheld")),
            ("new_predikat", String::new()),
            ("note", s("Penilaian sesuai bukti.")),
        ];
        let demo = &demo;
        async move { demo.call("/api/appeals/decide", &cookie, &form).await }
    };
    assert!(decide(old_atasan.clone()).await.is_err());
    decide(new.cookie.clone()).await.unwrap();
    let plan_atasan: Option<i64> = sqlx::query("SELECT atasan_id FROM skp_plan WHERE id = $1")
        .bind(plan)
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(plan_atasan, Some(new.id), "the open plan names the new atasan too");

    // Once the period is closed its plans are the record: a later line leaves them as rated.
    sqlx::query("UPDATE assessment_period SET status = 'closed'")
        .execute(&demo.app.pool)
        .await
        .unwrap();
    let tomorrow = app::kernel::db::today().add_days(1).to_string();
    demo.set_line(owner, &new.nip, "", &tomorrow).await;
    let mut tx = demo.app.pool.begin().await.unwrap();
    let day = app::kernel::db::today().add_days(1);
    let done = app::people::repo::handover::follow_lines(&mut tx, day, None, None).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(done.plans, 0, "closed periods keep who rated");
    assert_eq!(demo.audit_count("plan_handed_over", plan).await, 1);
}

both_backends!(a_new_atasan_decides_the_appeal_and_a_closed_period_keeps_its_names);
