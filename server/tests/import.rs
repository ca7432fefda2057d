//! Importing employees from CSV through the HR office's server function: a good file, every
//! class of bad file (none writes anything), the wrong caller, an oversized body.

mod common;

use app::auth::{Role, DEMO_PASSWORD};
use common::{spawn_app_with, Backend, TestApp};
use reqwest::header;
use serde_json::Value;
use sqlx::Row;

const HEADER: &str = "NIP,Nama,Jenis ASN,Jenis Kelamin,Tanggal Lahir,Golongan,Jenis Jabatan,Nama Jabatan,Jenjang,Pendidikan,Kode Unit\n";

async fn login_as(app: &TestApp, role: Role) -> String {
    let accounts = app::auth::repo::demo::accounts(&app.pool).await.unwrap();
    let id = accounts.iter().find(|a| a.role == role).unwrap().identifier.clone();
    let response = app
        .client
        .post(app.url("/api/auth/login"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("identifier", id.as_str()), ("password", DEMO_PASSWORD)])
        .send()
        .await
        .unwrap();
    response.headers()[header::SET_COOKIE].to_str().unwrap().split(';').next().unwrap().to_string()
}

async fn import(app: &TestApp, cookie: &str, csv: &str) -> (u16, String) {
    let response = app
        .client
        .post(app.url("/api/admin/import-employees"))
        .header("sec-fetch-site", "same-origin")
        .header(header::COOKIE, cookie)
        .form(&[("csv", csv)])
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn count(app: &TestApp) -> i64 {
    sqlx::query("SELECT COUNT(*) FROM employee").fetch_one(&app.pool).await.unwrap().get(0)
}

async fn a_valid_file_is_imported_whole_and_a_bad_one_not_at_all(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let admin = login_as(&app, Role::AdminInstansi).await;
    let before = count(&app).await;

    let good = format!(
        "{HEADER}200001012024011001,Andi Baru,PNS,L,2000-01-01,III/a,Pelaksana,Penata Layanan,,S1,DINKES-1\n\
         199905052025212007,Sari Baru,PPPK,P,05-05-1999,,Fungsional,Perawat Ahli Pertama,Ahli Pertama,D-IV,DINKES\n"
    );
    let (status, body) = import(&app, &admin, &good).await;
    assert_eq!(status, 200, "{body}");
    let outcome: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(outcome["imported"], 2, "{outcome}");
    assert_eq!(count(&app).await, before + 2);

    // The same NIPs again, an unknown unit, a formula: every problem listed, nothing written.
    let bad = format!(
        "{HEADER}200001012024011001,Andi Lagi,PNS,L,2000-01-01,III/a,Pelaksana,Staf,,S1,DINKES-1\n\
         200202022024012002,Budi,PNS,P,2002-02-02,III/a,Pelaksana,Staf,,S1,GUDANG-RAHASIA\n\
         200303032024011003,@SUM(1+1),PNS,L,2003-03-03,III/a,Pelaksana,Staf,,S1,DINKES\n\
         200404042024011004,Cici,PNS,L,2004-04-04,III/a,Pelaksana,Staf,,S1,DINKES\n\
         200505052024011005,=1+1,ASN,X,2005-05-05,III/a,Pelaksana,Staf,,S1,NOWHERE\n"
    );
    let (status, body) = import(&app, &admin, &bad).await;
    assert_eq!(status, 200, "{body}");
    let outcome: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(outcome["imported"], 0);
    let problems: Vec<(u64, String)> = outcome["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["line"].as_u64().unwrap(), e["column"].as_str().unwrap_or("").to_string()))
        .collect();
    // Every problem of every row, the database's beside the file's, by line: a registered
    // NIP, an unknown unit, a formula, and a row with four problems at once.
    let expected = [
        (2, "NIP"),
        (3, "Kode Unit"),
        (4, "Nama"),
        (6, "Nama"),
        (6, "Jenis ASN"),
        (6, "Jenis Kelamin"),
    ];
    let expected: Vec<(u64, String)> = expected.iter().map(|(l, c)| (*l, c.to_string())).collect();
    assert_eq!(problems, expected);
    assert_eq!(count(&app).await, before + 2, "a file with any bad row writes nothing");

    let fixed = bad.lines().take(5).collect::<Vec<_>>().join("\n") + "\n";
    let fixed = fixed.replace("@SUM(1+1)", "Dedi").replace("GUDANG-RAHASIA", "DINKES").replace(
        "200001012024011001,Andi Lagi,PNS,L,2000-01-01",
        "200101012024011005,Andi Lagi,PNS,L,2001-01-01",
    );
    let outcome: Value = serde_json::from_str(&import(&app, &admin, &fixed).await.1).unwrap();
    assert_eq!(outcome["imported"], 4, "{outcome}");

    // Database checks come after the file checks.
    let again = format!(
        "{HEADER}200001012024011001,Andi Baru,PNS,L,2000-01-01,III/a,Pelaksana,Staf,,S1,NOWHERE\n"
    );
    let outcome: Value = serde_json::from_str(&import(&app, &admin, &again).await.1).unwrap();
    let columns: Vec<&str> = outcome["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["column"].as_str().unwrap())
        .collect();
    assert_eq!(columns, ["Kode Unit", "NIP"]);
    let actions = app::audit::repo::actions(&app.pool, Some(1), 100).await.unwrap();
    assert!(actions.iter().any(|(a, ..)| a == "employees_imported"));
}

async fn only_the_hr_office_imports_and_bodies_are_bounded(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let csv = format!(
        "{HEADER}200001012024011001,Andi Baru,PNS,L,2000-01-01,III/a,Pelaksana,Staf,,S1,DINKES\n"
    );
    for role in [Role::Pegawai, Role::PejabatPenilai, Role::TimEvaluasi, Role::PlatformAdmin] {
        let cookie = login_as(&app, role).await;
        let (status, body) = import(&app, &cookie, &csv).await;
        assert!(status >= 400, "{role:?} must not import: {body}");
    }
    let admin = login_as(&app, Role::AdminInstansi).await;
    let huge = "x".repeat(100 * 1024);
    let (status, _) = import(&app, &admin, &huge).await;
    assert_eq!(status, 413);
    // The Excel path has the same bound: a 2 MB workbook (as base64) never reaches the parser.
    let before = count(&app).await;
    let big_workbook = app
        .client
        .post(app.url("/api/admin/import-employees-xlsx"))
        .header("sec-fetch-site", "same-origin")
        .header(header::COOKIE, admin.clone())
        .form(&[("file_base64", "UEsDBA".repeat(350_000))])
        .send()
        .await
        .unwrap();
    assert_eq!(big_workbook.status(), 413);
    assert_eq!(count(&app).await, before, "nothing written");
    let template = app.get("/api/admin/import-template.csv").await;
    assert!(template.headers()[header::CONTENT_TYPE].to_str().unwrap().starts_with("text/csv"));
    assert!(app::import::parse_csv(
        template.text().await.unwrap().as_bytes(),
        app::i18n::Locale::Id
    )
    .is_ok());
}

both_backends!(
    a_valid_file_is_imported_whole_and_a_bad_one_not_at_all,
    only_the_hr_office_imports_and_bodies_are_bounded
);

async fn the_export_round_trips_through_the_import_and_is_for_the_hr_office_only(backend: Backend) {
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let admin = login_as(&app, Role::AdminInstansi).await;
    let export = |cookie: Option<String>| {
        let app = &app;
        async move {
            let mut request = app.client.get(app.url("/api/admin/employees.csv"));
            if let Some(c) = cookie {
                request = request.header(header::COOKIE, c);
            }
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    let (status, csv) = export(Some(admin)).await;
    assert_eq!(status, 200);
    // The export parses as an import file: same columns, every row valid.
    let rows = app::import::parse_csv(csv.as_bytes(), app::i18n::Locale::Id).unwrap();
    let makassar: i64 = sqlx::query("SELECT COUNT(*) FROM employee e JOIN agency a ON a.id = e.agency_id WHERE a.code = 'kota-makassar'")
        .fetch_one(&app.pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(rows.len() as i64, makassar);
    assert_eq!(export(None).await.0, 404);
    let pegawai = login_as(&app, Role::Pegawai).await;
    assert_eq!(export(Some(pegawai.clone())).await.0, 404);

    // The same as an Excel workbook: every cell text, so it imports back exactly.
    let admin = login_as(&app, Role::AdminInstansi).await;
    let xlsx = |path: &'static str, cookie: Option<String>| {
        let app = &app;
        async move {
            let mut request = app.client.get(app.url(path));
            if let Some(c) = cookie {
                request = request.header(header::COOKIE, c);
            }
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.bytes().await.unwrap().to_vec())
        }
    };
    let (status, book) = xlsx("/api/admin/employees.xlsx", Some(admin)).await;
    assert_eq!(status, 200);
    let from_book = app::import::parse_xlsx(&book, app::i18n::Locale::Id).unwrap();
    assert_eq!(from_book, rows);
    assert_eq!(xlsx("/api/admin/employees.xlsx", Some(pegawai)).await.0, 404);
    let (status, template) = xlsx("/api/admin/import-template.xlsx", None).await;
    assert_eq!(status, 200);
    assert_eq!(app::import::parse_xlsx(&template, app::i18n::Locale::Id).unwrap().len(), 1);
}

both_backends!(the_export_round_trips_through_the_import_and_is_for_the_hr_office_only);

async fn real_excel_workbooks_import_and_their_traps_are_refused(backend: Backend) {
    use base64::{engine::general_purpose::STANDARD, Engine as _};
    let app = spawn_app_with(backend, |c| c.demo = true).await;
    prestasi_server::seed::seed_demo(&app.pool, 1).await.unwrap();
    let admin = login_as(&app, Role::AdminInstansi).await;
    let upload = |file: &'static [u8]| {
        let (app, admin) = (&app, admin.clone());
        async move {
            let response = app
                .client
                .post(app.url("/api/admin/import-employees-xlsx"))
                .header("sec-fetch-site", "same-origin")
                .header(header::COOKIE, admin)
                .form(&[("file_base64", STANDARD.encode(file))])
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
            serde_json::from_str::<Value>(&response.text().await.unwrap()).unwrap()
        }
    };
    let before = count(&app).await;
    let bad = upload(include_bytes!("fixtures/employees-bad.xlsx")).await;
    assert_eq!(bad["imported"], 0);
    let problems: Vec<(u64, String)> = bad["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["line"].as_u64().unwrap(), e["column"].as_str().unwrap_or("").to_string()))
        .collect();
    assert!(problems.contains(&(2, "NIP".into())), "a NIP typed as a number: {problems:?}");
    assert!(problems.contains(&(3, "Nama".into())), "a formula cell: {problems:?}");
    assert_eq!(count(&app).await, before, "nothing written");

    let good = upload(include_bytes!("fixtures/employees-good.xlsx")).await;
    assert_eq!(good["imported"], 2, "{good}");
    assert_eq!(count(&app).await, before + 2);
    let birth: String =
        sqlx::query("SELECT birth_date FROM employee WHERE nip = '200005052024011001'")
            .fetch_one(&app.pool)
            .await
            .unwrap()
            .get(0);
    assert_eq!(birth, "2000-05-05", "an Excel date cell becomes the same ISO date");
}

both_backends!(real_excel_workbooks_import_and_their_traps_are_refused);
