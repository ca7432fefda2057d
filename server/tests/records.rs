//! The HR office's changes to its agency, through the real server functions, on both backends:
//! employee records (validation, optimistic concurrency, history, audit before/after),
//! reporting lines, units, roles, initial passwords and correction requests. And that nobody
//! else can make any of them.

mod common;

use app::auth::Role;
use common::{call, login, login_with, other_agency_admin, spawn_app_with, Backend, TestApp};
use serde_json::Value;
use sqlx::Row;

struct Demo {
    app: TestApp,
    admin: String,
    accounts: Vec<app::auth::DemoAccount>,
}

impl Demo {
    async fn start(backend: Backend) -> Demo {
        let app = spawn_app_with(backend, |c| c.demo = true).await;
        prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
        let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
        let id =
            accounts.iter().find(|a| a.role == Role::AdminInstansi).unwrap().identifier.clone();
        let admin = login(&app, &id).await;
        Demo { app, admin, accounts }
    }

    fn identifier(&self, role: Role) -> String {
        self.accounts.iter().find(|a| a.role == role).unwrap().identifier.clone()
    }

    /// The NIP of a role's demo employee (what the HR office's forms name people by).
    fn nip(&self, role: Role) -> String {
        self.accounts.iter().find(|a| a.role == role).unwrap().nip.clone().expect("an employee")
    }

    async fn profile(&self, id: i64) -> Value {
        call(
            &self.app,
            "/api/employees/profile",
            Some(&self.admin),
            &[("employee_id", id.to_string())],
        )
        .await
        .unwrap()
    }

    async fn employee(&self, agency: &str, nth: i64) -> i64 {
        sqlx::query(
            "SELECT e.id FROM employee e JOIN agency a ON a.id = e.agency_id WHERE a.code = $1 \
             ORDER BY e.id LIMIT 1 OFFSET $2",
        )
        .bind(agency)
        .bind(nth)
        .fetch_one(&self.app.pool)
        .await
        .unwrap()
        .get(0)
    }

    async fn last_audit(&self, action: &str) -> (Option<String>, Option<String>) {
        let row = sqlx::query(
            "SELECT before_json, after_json FROM audit_log WHERE action = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(action)
        .fetch_one(&self.app.pool)
        .await
        .unwrap();
        (row.get(0), row.get(1))
    }
}

/// The edit form filled from a profile as the page fills it.
fn form_of(p: &Value, id: i64, version: i64) -> Vec<(String, String)> {
    let s = |k: &str| p[k].as_str().unwrap_or("").to_string();
    let kind = if s("kind") == "pns" { "PNS" } else { "PPPK" };
    let gender = if s("gender") == "m" { "L" } else { "P" };
    let position_kind = match s("position_kind").as_str() {
        "structural" => "Struktural",
        "functional" => "Fungsional",
        _ => "Pelaksana",
    };
    let mut form =
        vec![("id".to_string(), id.to_string()), ("version".into(), version.to_string())];
    for (k, v) in [
        ("nip", s("nip")),
        ("name", s("name")),
        ("kind", kind.into()),
        ("gender", gender.into()),
        ("birth_date", s("birth_date")),
        ("golongan", s("golongan")),
        ("golongan_tmt", s("golongan_tmt")),
        ("position_kind", position_kind.into()),
        ("position_name", s("position_name")),
        ("jenjang", s("jenjang")),
        ("position_tmt", s("position_tmt")),
        ("education", s("education")),
        ("education_date", s("education_date")),
        ("angka_kredit", p["angka_kredit"].as_f64().unwrap().to_string()),
        ("unit_code", s("unit_code")),
    ] {
        form.push((format!("input[{k}]"), v));
    }
    form
}

fn set(form: &mut [(String, String)], key: &str, value: &str) {
    let key = format!("input[{key}]");
    form.iter_mut().find(|(k, _)| *k == key).unwrap().1 = value.to_string();
}

async fn update(demo: &Demo, cookie: &str, form: &[(String, String)]) -> Result<Value, String> {
    let form: Vec<(&str, String)> = form.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    call(&demo.app, "/api/admin/employee/update", Some(cookie), &form).await
}

async fn the_hr_office_edits_a_record_and_a_stale_edit_is_refused(backend: Backend) {
    let demo = Demo::start(backend).await;
    // A PNS executor of Makassar: find one whose golongan can go up.
    let id: i64 = sqlx::query(
        "SELECT id FROM employee WHERE agency_id = 1 AND kind = 'pns' AND golongan = 'III/a' \
         AND position_kind = 'executor' ORDER BY id LIMIT 1",
    )
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0);
    let before = demo.profile(id).await;
    let version = before["version"].as_i64().unwrap();
    let ranks_before =
        before["history"].as_array().unwrap().iter().filter(|h| h["kind"] == "rank").count();
    assert!(ranks_before >= 1, "the seed records the rank history: {before}");

    // Every bad field is reported at once, by its label, and nothing changes.
    let mut bad = form_of(&before, id, version);
    set(&mut bad, "golongan", "V/z");
    set(&mut bad, "golongan_tmt", "31-02-2025");
    set(&mut bad, "angka_kredit", "lots");
    let err = update(&demo, &demo.admin, &bad).await.unwrap_err();
    assert!(err.contains("Golongan") && err.contains("V/z"), "{err}");
    assert!(err.contains("TMT golongan"), "{err}");
    assert!(err.contains("Angka kredit"), "{err}");
    assert_eq!(demo.profile(id).await["version"], version);

    // A promotion: the new golongan, its TMT and a history line; the audit keeps both states.
    let mut promote = form_of(&before, id, version);
    set(&mut promote, "golongan", "III/b");
    set(&mut promote, "golongan_tmt", "01-04-2026");
    let new_version = update(&demo, &demo.admin, &promote).await.unwrap();
    assert_eq!(new_version.as_i64(), Some(version + 1));
    let after = demo.profile(id).await;
    assert_eq!(after["golongan"], "III/b");
    assert_eq!(after["golongan_tmt"], "2026-04-01");
    let top_rank =
        after["history"].as_array().unwrap().iter().find(|h| h["kind"] == "rank").unwrap().clone();
    assert_eq!(
        (top_rank["value"].as_str(), top_rank["start_date"].as_str()),
        (Some("III/b"), Some("2026-04-01"))
    );
    let (b, a) = demo.last_audit("employee_updated").await;
    assert!(b.unwrap().contains("\"golongan\":\"III/a\""));
    assert!(a.unwrap().contains("\"golongan\":\"III/b\""));
    // The audit page's view of it: the employee by name, the changed fields typed, filterable.
    let audit = |form: Vec<(&'static str, String)>| {
        let demo = &demo;
        async move { call(&demo.app, "/api/admin/audit", Some(&demo.admin), &form).await }
    };
    let page = audit(vec![("filter[action]", "employee_updated".into())]).await.unwrap();
    let rows = page["rows"].as_array().unwrap();
    assert!(rows.iter().all(|r| r["action_code"] == "employee_updated"), "{rows:?}");
    let entry = &rows[0];
    assert_eq!(entry["entity"], "employee");
    assert_eq!(entry["entity_name"], after["name"]);
    let golongan = entry["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["field"] == "golongan")
        .unwrap_or_else(|| panic!("no golongan change in {entry}"));
    assert_eq!(
        (&golongan["before"]["Text"], &golongan["after"]["Text"]),
        (&"III/a".into(), &"III/b".into())
    );
    assert!(
        entry["changes"].as_array().unwrap().iter().all(|c| c["before"] != c["after"]),
        "only changed fields: {entry}"
    );
    // By person (a fragment of the admin's name or username), by date, and a bad date refused.
    let admin_name = entry["actor"].as_str().unwrap().to_string();
    let fragment: String = admin_name.chars().skip(1).take(4).collect::<String>().to_uppercase();
    let by_actor = audit(vec![("filter[actor]", fragment.clone())]).await.unwrap();
    assert!(!by_actor["rows"].as_array().unwrap().is_empty(), "{fragment}");
    assert!(by_actor["rows"].as_array().unwrap().iter().all(|r| r["actor"] == admin_name.as_str()));
    let nobody = audit(vec![("filter[actor]", "tidak-ada-orang-%".into())]).await.unwrap();
    assert!(nobody["rows"].as_array().unwrap().is_empty());
    let tomorrow =
        app::rules::Date::from_days(app::kernel::db::now_ms() / 86_400_000 + 2).to_string();
    let future = audit(vec![("filter[from]", tomorrow)]).await.unwrap();
    assert!(future["rows"].as_array().unwrap().is_empty());
    let today =
        app::rules::Date::from_days((app::kernel::db::now_ms() + 7 * 3_600_000) / 86_400_000)
            .to_string();
    let today_rows =
        audit(vec![("filter[from]", today.clone()), ("filter[to]", today)]).await.unwrap();
    assert!(!today_rows["rows"].as_array().unwrap().is_empty());
    let bad = audit(vec![("filter[from]", "31-02-2026".into())]).await.unwrap_err();
    assert!(bad.contains("Tanggal tidak valid"), "{bad}");
    // Another agency's HR office sees none of it.
    let other = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let theirs = call(&demo.app, "/api/admin/audit", Some(&other), &[]).await.unwrap();
    assert!(theirs["rows"].as_array().unwrap().iter().all(|r| r["entity_name"] != after["name"]));

    // A second editor who loaded the old version gets the conflict message, and the first
    // editor's change stands.
    let mut stale = form_of(&before, id, version);
    set(&mut stale, "name", "Nama Dari Tab Lama");
    let conflict = update(&demo, &demo.admin, &stale).await.unwrap_err();
    assert!(conflict.contains("sudah diubah orang lain"), "{conflict}");
    let now = demo.profile(id).await;
    assert_eq!(now["golongan"], "III/b");
    assert_ne!(now["name"], "Nama Dari Tab Lama");

    // Resending the same, already applied form (a double submit) is a conflict too, never a
    // second change; resubmitting the current state unchanged is a no-op.
    assert!(update(&demo, &demo.admin, &promote).await.is_err());
    let same = form_of(&now, id, new_version.as_i64().unwrap());
    assert_eq!(update(&demo, &demo.admin, &same).await.unwrap(), new_version);

    // An unknown unit or another employee's NIP are refused with their own messages.
    let mut unit = form_of(&now, id, new_version.as_i64().unwrap());
    set(&mut unit, "unit_code", "TIDAK-ADA");
    assert!(update(&demo, &demo.admin, &unit).await.unwrap_err().contains("Kode unit tidak ada"));
}

both_backends!(the_hr_office_edits_a_record_and_a_stale_edit_is_refused);

/// The eselon of a structural position: recorded by the HR office (as written or by code),
/// shown on the profile with the retirement age it sets, refused for any other position.
async fn a_structural_position_records_its_eselon(backend: Backend) {
    let demo = Demo::start(backend).await;
    let head: i64 = sqlx::query(
        "SELECT id FROM employee WHERE agency_id = 1 AND position_kind = 'structural' \
         ORDER BY id LIMIT 1",
    )
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0);
    let before = demo.profile(head).await;
    assert!(before["eselon"].is_string(), "the seed records heads' eselon: {before}");
    let mut form = form_of(&before, head, before["version"].as_i64().unwrap());
    form.push(("input[eselon]".into(), "II.a".into()));
    update(&demo, &demo.admin, &form).await.unwrap();
    let after = demo.profile(head).await;
    assert_eq!(after["eselon"], "ii_a");
    assert_eq!(after["bup"], 60, "a JPT (eselon II) retires at 60: {after}");

    let executor: i64 = sqlx::query(
        "SELECT id FROM employee WHERE agency_id = 1 AND position_kind = 'executor' \
         ORDER BY id LIMIT 1",
    )
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0);
    let p = demo.profile(executor).await;
    let mut form = form_of(&p, executor, p["version"].as_i64().unwrap());
    form.push(("input[eselon]".into(), "II.a".into()));
    let refused = update(&demo, &demo.admin, &form).await.unwrap_err();
    assert!(refused.starts_with("422") && refused.contains("\"eselon\""), "{refused}");
    assert!(refused.contains("Eselon hanya untuk jabatan struktural"), "{refused}");
    assert_eq!(demo.profile(executor).await["version"], p["version"]);
}

both_backends!(a_structural_position_records_its_eselon);

async fn nobody_but_the_own_hr_office_changes_anything(backend: Backend) {
    let demo = Demo::start(backend).await;
    let own = demo.employee("kota-makassar", 5).await;
    let elsewhere = demo.employee("kota-palangka-raya", 5).await;
    let own_form = form_of(&demo.profile(own).await, own, 1);
    let mut actors: Vec<(&str, Option<String>)> = vec![("anonymous", None)];
    for (name, role) in [
        ("pegawai", Role::Pegawai),
        ("pejabat_penilai", Role::PejabatPenilai),
        ("atasan", Role::AtasanPejabatPenilai),
        ("tim_evaluasi", Role::TimEvaluasi),
        ("platform_admin", Role::PlatformAdmin),
    ] {
        actors.push((name, Some(login(&demo.app, &demo.identifier(role)).await)));
    }
    actors.push((
        "admin_other_agency",
        Some(login(&demo.app, &other_agency_admin(&demo.app).await).await),
    ));
    let nip_own: String = demo.profile(own).await["nip"].as_str().unwrap().into();

    for (name, cookie) in &actors {
        let c = cookie.as_deref();
        let form: Vec<(&str, String)> =
            own_form.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
        let attempts: Vec<(&str, Vec<(&str, String)>)> = vec![
            ("/api/admin/employee/update", form),
            (
                "/api/admin/employee/reporting-line",
                vec![
                    ("employee_id", own.to_string()),
                    ("penilai_nip", nip_own.clone()),
                    ("atasan_nip", String::new()),
                    ("start_date", "2027-01-01".into()),
                ],
            ),
            ("/api/admin/employee/initial-password", vec![("employee_id", own.to_string())]),
            (
                "/api/admin/units/save",
                vec![
                    ("parent_id", String::new()),
                    ("code", "BARU".into()),
                    ("name", "Unit Baru".into()),
                ],
            ),
            ("/api/admin/roles", vec![]),
            (
                "/api/admin/roles/change",
                vec![
                    ("identifier", nip_own.clone()),
                    ("role", "tim_evaluasi".into()),
                    ("change", "grant".into()),
                ],
            ),
            (
                "/api/admin/corrections/resolve",
                vec![
                    ("id", "1".into()),
                    ("version", "1".into()),
                    ("status", "done".into()),
                    ("note", String::new()),
                ],
            ),
        ];
        for (path, form) in attempts {
            // Another agency's HR office may manage its own units and roles: those calls act
            // on its own agency, whatever the request says (checked below).
            let own_agency_call = matches!(path, "/api/admin/units/save" | "/api/admin/roles");
            if *name == "admin_other_agency" && own_agency_call {
                continue;
            }
            let got = call(&demo.app, path, c, &form).await;
            assert!(got.is_err(), "{name} must not call {path}: {got:?}");
        }
        // Reading the unit tree: the tim evaluasi of the agency may, nobody else here.
        let units = call(&demo.app, "/api/admin/units", c, &[]).await;
        match *name {
            "tim_evaluasi" => assert!(units.is_ok()),
            "admin_other_agency" => {
                let codes: Vec<String> = units
                    .unwrap()
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|u| u["id"].to_string())
                    .collect();
                let makassar_unit: i64 =
                    sqlx::query("SELECT MIN(id) FROM org_unit WHERE agency_id = 1")
                        .fetch_one(&demo.app.pool)
                        .await
                        .unwrap()
                        .get(0);
                assert!(!codes.contains(&makassar_unit.to_string()));
            }
            _ => assert!(units.is_err(), "{name} read the unit tree"),
        }
    }
    // What another agency's HR office creates lands in its own agency.
    let other = login(&demo.app, "admin.palangkaraya").await;
    let unit = call(
        &demo.app,
        "/api/admin/units/save",
        Some(&other),
        &[("parent_id", String::new()), ("code", "BARU".into()), ("name", "Unit Baru".into())],
    )
    .await
    .unwrap();
    let agency: i64 = sqlx::query("SELECT agency_id FROM org_unit WHERE id = $1")
        .bind(unit.as_i64().unwrap())
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(agency, 2);
    // The own HR office cannot reach into another agency by changing an id.
    let elsewhere_profile = {
        let other = login(&demo.app, "admin.palangkaraya").await;
        call(
            &demo.app,
            "/api/employees/profile",
            Some(&other),
            &[("employee_id", elsewhere.to_string())],
        )
        .await
        .unwrap()
    };
    let form = form_of(&elsewhere_profile, elsewhere, 1);
    let refused = update(&demo, &demo.admin, &form).await.unwrap_err();
    let missing = call(
        &demo.app,
        "/api/employees/profile",
        Some(&demo.admin),
        &[("employee_id", "9999999".into())],
    )
    .await
    .unwrap_err();
    assert_eq!(refused, missing, "a record of another agency looks missing");
    for (path, form) in [
        ("/api/admin/employee/initial-password", vec![("employee_id", elsewhere.to_string())]),
        (
            "/api/admin/employee/reporting-line",
            vec![
                ("employee_id", elsewhere.to_string()),
                ("penilai_nip", nip_own.clone()),
                ("atasan_nip", String::new()),
                ("start_date", "2027-01-01".into()),
            ],
        ),
    ] {
        assert!(call(&demo.app, path, Some(&demo.admin), &form).await.is_err(), "{path}");
    }
    let changed: i64 = sqlx::query("SELECT COUNT(*) FROM employee WHERE version > 1")
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(changed, 0, "no refused call changed a record");
}

both_backends!(nobody_but_the_own_hr_office_changes_anything);

async fn reporting_lines_move_who_may_read_a_record(backend: Backend) {
    let demo = Demo::start(backend).await;
    let pegawai_id: i64 = demo.profile_of_login(Role::Pegawai).await;
    let penilai_cookie = login(&demo.app, &demo.identifier(Role::PejabatPenilai)).await;
    let read = |cookie: String| {
        let app = &demo.app;
        async move {
            call(
                app,
                "/api/employees/profile",
                Some(&cookie),
                &[("employee_id", pegawai_id.to_string())],
            )
            .await
            .is_ok()
        }
    };
    assert!(read(penilai_cookie.clone()).await, "the demo penilai reads their subordinate");
    // Someone in Palangka Raya cannot be named; nor can the employee themself.
    let stranger = demo.employee("kota-palangka-raya", 2).await;
    let stranger_nip = sqlx::query("SELECT nip FROM employee WHERE id = $1")
        .bind(stranger)
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get::<String, _>(0);
    let set_line = |penilai: String, start: &str| {
        let form = vec![
            ("employee_id", pegawai_id.to_string()),
            ("penilai_nip", penilai),
            ("atasan_nip", String::new()),
            ("start_date", start.to_string()),
        ];
        let app = &demo.app;
        let admin = demo.admin.clone();
        async move { call(app, "/api/admin/employee/reporting-line", Some(&admin), &form).await }
    };
    assert!(set_line(stranger_nip, "2026-01-01").await.unwrap_err().contains("tidak ditemukan"));
    let own_nip = demo.nip(Role::Pegawai);
    assert!(set_line(own_nip, "2026-01-01").await.unwrap_err().contains("dirinya sendiri"));
    assert!(set_line("x".into(), "besok").await.unwrap_err().contains("bukan tanggal"));

    // A colleague in the same agency becomes the penilai from today: the old penilai loses the
    // right to read, the new one gains it.
    let new_penilai: (i64, String) = sqlx::query(
        "SELECT e.id, e.nip FROM employee e WHERE e.agency_id = 1 AND e.id <> $1 \
         AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.employee_id = e.id) ORDER BY e.id DESC LIMIT 1",
    )
    .bind(pegawai_id)
    .fetch_one(&demo.app.pool)
    .await
    .map(|r| (r.get(0), r.get(1)))
    .unwrap();
    let today = app::kernel::db::today().to_string();
    set_line(new_penilai.1.clone(), &today).await.unwrap();
    assert!(!read(penilai_cookie).await, "the old penilai no longer reads the record");
    let lines = demo.profile(pegawai_id).await["lines"].clone();
    assert_eq!(lines[0]["penilai_nip"], new_penilai.1.as_str());
    assert!(lines[0]["end_date"].is_null());
    assert!(lines[1]["end_date"].as_str().unwrap() < today.as_str(), "{lines}");
    // Issue the new penilai an initial password: they log in with it, must change it, and can
    // then read their new subordinate.
    let password = call(
        &demo.app,
        "/api/admin/employee/initial-password",
        Some(&demo.admin),
        &[("employee_id", new_penilai.0.to_string())],
    )
    .await
    .unwrap();
    let password = password.as_str().unwrap().to_string();
    assert_eq!(password.len(), 16);
    let cookie =
        login_with(&demo.app, &new_penilai.1, &password).await.expect("initial password works");
    let whoami = call(&demo.app, "/api/auth/me", Some(&cookie), &[]).await.unwrap();
    assert_eq!(whoami["must_change_password"], true, "{whoami}");
    let audit = sqlx::query(
        "SELECT COUNT(*) FROM audit_log WHERE after_json LIKE $1 OR before_json LIKE $1",
    )
    .bind(format!("%{password}%"))
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get::<i64, _>(0);
    assert_eq!(audit, 0, "the password never reaches the audit log");
    // A line cannot start on or before the one in force.
    assert!(set_line(demo.nip(Role::PejabatPenilai), &today)
        .await
        .unwrap_err()
        .contains("setelah tanggal mulai"));
}

impl Demo {
    async fn profile_of_login(&self, role: Role) -> i64 {
        sqlx::query("SELECT id FROM employee WHERE nip = $1")
            .bind(self.nip(role))
            .fetch_one(&self.app.pool)
            .await
            .unwrap()
            .get(0)
    }
}

both_backends!(reporting_lines_move_who_may_read_a_record);

async fn units_are_added_renamed_and_moved_but_never_into_a_cycle(backend: Backend) {
    let demo = Demo::start(backend).await;
    let save = |form: Vec<(&'static str, String)>| {
        let app = &demo.app;
        let admin = demo.admin.clone();
        async move { call(app, "/api/admin/units/save", Some(&admin), &form).await }
    };
    let units = call(&demo.app, "/api/admin/units", Some(&demo.admin), &[]).await.unwrap();
    let units = units.as_array().unwrap();
    let dinkes = units.iter().find(|u| u["code"] == "DINKES").unwrap().clone();
    let child = units.iter().find(|u| u["parent_id"] == dinkes["id"]).unwrap().clone();
    assert_eq!(child["depth"], 1);

    assert!(save(vec![("parent_id", String::new()), ("code", "a b".into()), ("name", "X".into())])
        .await
        .unwrap_err()
        .contains("Kode unit"));
    assert!(save(vec![
        ("parent_id", String::new()),
        ("code", "DINKES".into()),
        ("name", "X".into())
    ])
    .await
    .unwrap_err()
    .contains("sudah dipakai"));
    let new_id = save(vec![
        ("parent_id", dinkes["id"].to_string()),
        ("code", "dinkes-9".into()),
        ("name", "Bidang Kesehatan Digital".into()),
    ])
    .await
    .unwrap();
    let tree = call(&demo.app, "/api/admin/units", Some(&demo.admin), &[]).await.unwrap();
    let created = tree.as_array().unwrap().iter().find(|u| u["id"] == new_id).unwrap().clone();
    assert_eq!((created["code"].as_str(), created["depth"].as_i64()), (Some("DINKES-9"), Some(1)));

    // Moving DINKES under its own child is refused; renaming with a stale version conflicts.
    let cycle = save(vec![
        ("id", dinkes["id"].to_string()),
        ("version", dinkes["version"].to_string()),
        ("parent_id", child["id"].to_string()),
        ("code", "DINKES".into()),
        ("name", "Dinas Kesehatan".into()),
    ])
    .await
    .unwrap_err();
    assert!(cycle.contains("dirinya sendiri"), "{cycle}");
    let rename = |name: &'static str, version: i64| {
        vec![
            ("id", child["id"].to_string()),
            ("version", version.to_string()),
            ("parent_id", dinkes["id"].to_string()),
            ("code", child["code"].as_str().unwrap().to_string()),
            ("name", name.to_string()),
        ]
    };
    let v = child["version"].as_i64().unwrap();
    save(rename("Bidang Pelayanan Kesehatan", v)).await.unwrap();
    assert!(save(rename("Nama Lain", v)).await.unwrap_err().contains("sudah diubah orang lain"));
    let (before, after) = demo.last_audit("unit_updated").await;
    assert!(after.unwrap().contains("Bidang Pelayanan Kesehatan"));
    assert!(before.is_some());
    // A parent in another agency does not exist for this HR office.
    let foreign: i64 = sqlx::query("SELECT MIN(id) FROM org_unit WHERE agency_id = 2")
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    assert!(save(vec![
        ("parent_id", foreign.to_string()),
        ("code", "X1".into()),
        ("name", "X".into())
    ])
    .await
    .unwrap_err()
    .contains("Unit induk"));
}

both_backends!(units_are_added_renamed_and_moved_but_never_into_a_cycle);

async fn roles_are_granted_and_revoked_and_corrections_resolved(backend: Backend) {
    let demo = Demo::start(backend).await;
    let pegawai_nip = demo.nip(Role::Pegawai);
    let change = |identifier: String, role: &'static str, change: &'static str| {
        let app = &demo.app;
        let admin = demo.admin.clone();
        async move {
            call(
                app,
                "/api/admin/roles/change",
                Some(&admin),
                &[("identifier", identifier), ("role", role.into()), ("change", change.into())],
            )
            .await
        }
    };
    assert!(change(pegawai_nip.clone(), "platform_admin", "grant")
        .await
        .unwrap_err()
        .contains("tidak dapat diberikan"));
    assert!(change(pegawai_nip.clone(), "pejabat_penilai", "grant").await.is_err());
    assert!(change("admin.palangkaraya".into(), "tim_evaluasi", "grant")
        .await
        .unwrap_err()
        .contains("Tidak ada akun"));
    change(pegawai_nip.clone(), "tim_evaluasi", "grant").await.unwrap();
    change(pegawai_nip.clone(), "tim_evaluasi", "grant").await.unwrap(); // a resent form
    let grants = call(&demo.app, "/api/admin/roles", Some(&demo.admin), &[]).await.unwrap();
    let of_pegawai: Vec<&Value> =
        grants.as_array().unwrap().iter().filter(|g| g["nip"] == pegawai_nip.as_str()).collect();
    assert_eq!(of_pegawai.len(), 1);
    assert_eq!(of_pegawai[0]["role"], "tim_evaluasi");
    let cookie = login(&demo.app, &pegawai_nip).await;
    assert!(
        call(&demo.app, "/api/admin/employees", Some(&cookie), &[]).await.is_ok(),
        "the new role takes effect"
    );
    change(pegawai_nip.clone(), "tim_evaluasi", "revoke").await.unwrap();
    assert!(
        call(&demo.app, "/api/admin/employees", Some(&cookie), &[]).await.is_err(),
        "and its revocation"
    );
    let granted = sqlx::query(
        "SELECT COUNT(*) FROM audit_log WHERE action IN ('role_granted', 'role_revoked')",
    )
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get::<i64, _>(0);
    assert_eq!(granted, 2, "one entry per real change");
    let me = demo.nip(Role::AdminInstansi);
    assert!(change(me, "admin_instansi", "revoke").await.unwrap_err().contains("sendiri"));

    // Corrections: the employee asks, the HR office rejects without a note (refused), then
    // closes it; a second close conflicts; the employee's request is no longer open.
    call(
        &demo.app,
        "/api/profile/request-correction",
        Some(&cookie),
        &[("field", "education".into()), ("message", "Saya sudah lulus S2 tahun 2024".into())],
    )
    .await
    .unwrap();
    let open = call(&demo.app, "/api/admin/corrections", Some(&demo.admin), &[]).await.unwrap();
    let request = open[0].clone();
    let resolve = |status: &'static str, note: &'static str, version: i64| {
        let app = &demo.app;
        let admin = demo.admin.clone();
        let id = request["id"].to_string();
        async move {
            call(
                app,
                "/api/admin/corrections/resolve",
                Some(&admin),
                &[
                    ("id", id),
                    ("version", version.to_string()),
                    ("status", status.into()),
                    ("note", note.into()),
                ],
            )
            .await
        }
    };
    let v = request["version"].as_i64().unwrap();
    assert!(resolve("rejected", "", v).await.unwrap_err().contains("Catatan wajib"));
    assert!(resolve("lost", "x", v).await.is_err());
    let other = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let foreign = call(
        &demo.app,
        "/api/admin/corrections/resolve",
        Some(&other),
        &[
            ("id", request["id"].to_string()),
            ("version", v.to_string()),
            ("status", "done".into()),
            ("note", String::new()),
        ],
    )
    .await;
    assert!(foreign.is_err(), "another agency cannot close it");
    resolve("done", "Ijazah S2 sudah dicatat.", v).await.unwrap();
    assert!(resolve("done", "", v).await.unwrap_err().contains("sudah diubah orang lain"));
    let open = call(&demo.app, "/api/admin/corrections", Some(&demo.admin), &[]).await.unwrap();
    assert!(open.as_array().unwrap().is_empty());
    let (_, after) = demo.last_audit("correction_resolved").await;
    assert!(after.unwrap().contains("\"status\":\"done\""));
}

both_backends!(roles_are_granted_and_revoked_and_corrections_resolved);

async fn the_platform_admin_onboards_an_agency_and_nobody_else_can(backend: Backend) {
    let demo = Demo::start(backend).await;
    let platform = login(&demo.app, &demo.identifier(Role::PlatformAdmin)).await;
    let listed = call(&demo.app, "/api/platform/agencies", Some(&platform), &[]).await.unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 5);
    let makassar =
        listed.as_array().unwrap().iter().find(|a| a["code"] == "kota-makassar").unwrap().clone();
    assert!(makassar["employees"].as_i64().unwrap() > 100);
    let form = |code: &str, kind: &str| {
        vec![
            ("code", code.to_string()),
            ("name", "Pemerintah Kabupaten Sorong".to_string()),
            ("region_kind", kind.to_string()),
            ("region_name", "Kabupaten Sorong".to_string()),
        ]
    };
    for role in [Role::Pegawai, Role::AdminInstansi, Role::TimEvaluasi] {
        let cookie = login(&demo.app, &demo.identifier(role)).await;
        assert!(call(&demo.app, "/api/platform/agencies", Some(&cookie), &[]).await.is_err());
        assert!(call(
            &demo.app,
            "/api/platform/agencies/create",
            Some(&cookie),
            &form("kab-sorong", "regency")
        )
        .await
        .is_err());
    }
    assert!(call(&demo.app, "/api/platform/agencies/create", None, &form("kab-sorong", "regency"))
        .await
        .is_err());
    let bad = call(
        &demo.app,
        "/api/platform/agencies/create",
        Some(&platform),
        &form("Kab Sorong!", "regency"),
    )
    .await
    .unwrap_err();
    assert!(bad.contains("Kode instansi"), "{bad}");
    let taken = call(
        &demo.app,
        "/api/platform/agencies/create",
        Some(&platform),
        &form("kota-makassar", "city"),
    )
    .await
    .unwrap_err();
    assert!(taken.contains("sudah dipakai"), "{taken}");
    call(
        &demo.app,
        "/api/platform/agencies/create",
        Some(&platform),
        &form("kab-sorong", "regency"),
    )
    .await
    .unwrap();
    let listed = call(&demo.app, "/api/platform/agencies", Some(&platform), &[]).await.unwrap();
    let sorong =
        listed.as_array().unwrap().iter().find(|a| a["code"] == "kab-sorong").unwrap().clone();
    assert_eq!((sorong["units"].as_i64(), sorong["employees"].as_i64()), (Some(0), Some(0)));
    let actions =
        app::audit::repo::actions(&demo.app.pool, sorong["id"].as_i64(), 5).await.unwrap();
    assert_eq!(actions[0].0, "agency_created");
}

both_backends!(the_platform_admin_onboards_an_agency_and_nobody_else_can);

/// A unit name travels to exports: a formula start is refused as in employee names, and so are
/// control and bidi-override characters, naming the field; a plain name is saved.
async fn unit_names_refuse_formulas_and_control_characters(backend: Backend) {
    let demo = Demo::start(backend).await;
    let save = |name: &'static str, code: &'static str| {
        let form = vec![("parent_id", String::new()), ("code", code.into()), ("name", name.into())];
        let demo = &demo;
        async move { call(&demo.app, "/api/admin/units/save", Some(&demo.admin), &form).await }
    };
    for bad in [
        "=HYPERLINK(\"http://x\";\"klik\")",
        "+62 Bidang",
        "@SUM(A1)",
        "Bidang\u{202E}gnadiB",
        "Bidang\0Umum",
    ] {
        let refused = save(bad, "COBA").await.unwrap_err();
        assert!(
            refused.starts_with("422") && refused.contains("\"field\":\"name\""),
            "{bad:?}: {refused}"
        );
        // Control and bidi characters are refused by the guard every text field passes
        // (`text_guard`), formula starts by the unit rule; both name the field.
        let control = bad.contains('\0') || bad.contains('\u{202E}');
        let message = if control { "karakter kontrol" } else { "tidak diawali =, +, - atau @" };
        assert!(refused.contains(message), "{refused}");
    }
    assert!(
        save("Bidang;=2+5;", "COBA").await.is_ok(),
        "a formula inside the name is neutralised in exports"
    );
}

both_backends!(unit_names_refuse_formulas_and_control_characters);
