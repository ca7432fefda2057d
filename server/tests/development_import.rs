//! The HR office's development imports and the catalogue export (issue 15, items 1 and 3) on
//! both backends: every row checked like its form, refused by line and column in the reader's
//! language, all or nothing; the export and the templates read back through the same reader;
//! rows already recorded are refused; only the HR office of the agency may import.

mod common;

use app::auth::Role;
use base64::{engine::general_purpose::STANDARD, Engine as _};
use common::{
    demo::{s, Demo},
    login, other_agency_admin, Backend,
};
use serde_json::Value;
use sqlx::Row;

const CATALOGUE_HEADER: &str = "Judul,Jalur,Bentuk,JP,Penyelenggara,Moda,Mulai,Selesai,Batas Pendaftaran,Kuota,Predikat Minimal,Jenis ASN,Golongan Terendah,Golongan Tertinggi,Kode Unit";

fn day(n: i64) -> String {
    app::kernel::db::today().add_days(n).to_string()
}

fn offering_row(title: &str, form: &str, jp: &str) -> String {
    format!(
        "{title},klasikal,{form},{jp},BPSDM Provinsi,tatap_muka,{},{},{},25,baik,pns,III/a,III/d,",
        day(40),
        day(44),
        day(20)
    )
}

async fn get(demo: &Demo, path: &str, cookie: Option<&str>) -> (u16, Vec<u8>) {
    let mut request = demo.app.client.get(demo.app.url(path));
    if let Some(c) = cookie {
        request = request.header(reqwest::header::COOKIE, c);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.bytes().await.unwrap().to_vec())
}

async fn the_catalogue_imports_whole_or_not_at_all_and_its_export_reads_back(backend: Backend) {
    let demo = Demo::start(backend).await;
    let hr = demo.login(Role::AdminInstansi).await;
    let pegawai = demo.login(Role::Pegawai).await;
    let import = |cookie: &String, file: &[u8]| {
        let (demo, cookie) = (&demo, cookie.clone());
        let form = vec![("file_base64", STANDARD.encode(file))];
        async move { demo.call("/api/development/offerings/import", &cookie, &form).await }
    };
    let count = || async {
        let n: i64 = sqlx::query("SELECT COUNT(*) FROM training_offering WHERE agency_id = 1")
            .fetch_one(&demo.app.pool)
            .await
            .unwrap()
            .get(0);
        n
    };
    let before = count().await;

    // Every bad row named by line and column; a repeated row too; nothing is written.
    let csv = [
        CATALOGUE_HEADER.to_string(),
        offering_row("Pelatihan Analisis Data", "teknis", "32"),
        offering_row("Kursus Statistik", "teknis", "0"),
        offering_row("Webinar Etika", "e_learning", "4"),
        offering_row("Pelatihan Analisis Data", "teknis", "32"),
        offering_row("Pelatihan Penulisan Kebijakan", "teknis", "24"),
    ]
    .join("\n");
    let outcome = import(&hr, csv.as_bytes()).await.unwrap();
    assert_eq!(outcome["imported"], 0, "{outcome}");
    let problems: Vec<(i64, String)> = outcome["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["line"].as_i64().unwrap(), e["column"].as_str().unwrap_or("").to_string()))
        .collect();
    assert_eq!(problems, [(3, s("JP")), (4, s("Bentuk")), (5, s(""))], "{outcome}");
    assert!(outcome["errors"][0]["message"].as_str().unwrap().contains("1 sampai 2000"));
    assert!(outcome["errors"][2]["message"].as_str().unwrap().contains("baris 2"));
    assert_eq!(count().await, before, "all or nothing");
    // A missing column is named before any row is read.
    let short = "Judul,Jalur,Bentuk\nKursus,klasikal,kursus\n";
    let outcome = import(&hr, short.as_bytes()).await.unwrap();
    let missing: Vec<&str> = outcome["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["column"].as_str().unwrap())
        .collect();
    assert_eq!(
        missing,
        ["JP", "Penyelenggara", "Moda", "Mulai", "Selesai", "Batas Pendaftaran", "Kuota"]
    );

    // Corrected, it imports whole, each offering audited as imported.
    let good = [
        CATALOGUE_HEADER.to_string(),
        offering_row("Pelatihan Analisis Data", "teknis", "32"),
        offering_row("Pelatihan Penulisan Kebijakan", "teknis", "24"),
    ]
    .join("\n");
    assert!(import(&pegawai, good.as_bytes()).await.unwrap_err().starts_with("404"));
    let elsewhere = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let outcome = import(&hr, good.as_bytes()).await.unwrap();
    assert_eq!(outcome["imported"], 2, "{outcome}");
    assert_eq!(count().await, before + 2);
    let imported: i64 = sqlx::query(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'offering_created' AND after_json LIKE '%imported%'",
    )
    .fetch_one(&demo.app.pool)
    .await
    .unwrap()
    .get(0);
    assert_eq!(imported, 2);
    // The same file again: each row is already in the catalogue.
    let again = import(&hr, good.as_bytes()).await.unwrap();
    assert_eq!(again["imported"], 0);
    assert_eq!(again["errors"].as_array().unwrap().len(), 2, "{again}");
    assert!(again["errors"][0]["message"].as_str().unwrap().contains("Sudah tercatat"));

    // The export: the import's columns, then status and applicants; it reads back through the
    // same reader, and as a whole it is refused row by row (already in the catalogue).
    let (status, book) = get(&demo, "/api/admin/pelatihan.xlsx", Some(&hr)).await;
    assert_eq!(status, 200);
    let sheet = app::import::sheet::read_xlsx(&book, app::i18n::Locale::Id).unwrap();
    assert_eq!(sheet.headers[..15], app::development::import::OFFERING_COLUMNS.map(String::from));
    assert_eq!(sheet.headers[15..], [s("Status"), s("Pendaftar")]);
    assert_eq!(sheet.records.len() as i64, before + 2);
    let row = sheet.records.iter().find(|(_, r)| r[0] == "Pelatihan Analisis Data").unwrap();
    assert_eq!(
        (row.1[3].as_str(), row.1[10].as_str(), row.1[12].as_str()),
        ("32", "baik", "III/a")
    );
    let round = import(&hr, &book).await.unwrap();
    assert_eq!(round["imported"], 0);
    assert_eq!(round["errors"].as_array().unwrap().len() as i64, before + 2, "{round}");
    assert_eq!(get(&demo, "/api/admin/pelatihan.xlsx", Some(&pegawai)).await.0, 404);
    // Another agency's HR office exports its own catalogue, without this one's offerings.
    let (_, theirs) = get(&demo, "/api/admin/pelatihan.xlsx", Some(&elsewhere)).await;
    let theirs = app::import::sheet::read_xlsx(&theirs, app::i18n::Locale::Id).unwrap();
    assert!(theirs.records.iter().all(|(_, r)| r[0] != "Pelatihan Analisis Data"));
    // The template's example row is a valid offering.
    let (status, template) = get(&demo, "/api/admin/templat-pelatihan.xlsx", None).await;
    assert_eq!(status, 200);
    let template = app::import::sheet::read_xlsx(&template, app::i18n::Locale::Id).unwrap();
    assert_eq!(template.records.len(), 1);
}
both_backends!(the_catalogue_imports_whole_or_not_at_all_and_its_export_reads_back);

async fn completed_learning_imports_verified_with_every_problem_by_row(backend: Backend) {
    let demo = Demo::start(backend).await;
    let hr = demo.login(Role::AdminInstansi).await;
    let pegawai = demo.login(Role::Pegawai).await;
    let pool = &demo.app.pool;
    let nip: String = sqlx::query(
        "SELECT e.nip FROM employee e JOIN app_user u ON u.employee_id = e.id WHERE u.username = 'demo.pegawai'",
    )
    .fetch_one(pool)
    .await
    .unwrap()
    .get(0);
    let import = |file: Vec<u8>| {
        let (demo, cookie) = (&demo, hr.clone());
        let form = vec![("file_base64", STANDARD.encode(file))];
        async move { demo.call("/api/development/learning/import", &cookie, &form).await.unwrap() }
    };
    let header = "NIP,Judul,Jalur,Bentuk,JP,Penyelenggara,Mulai,Selesai";
    let row = |nip: &str, title: &str, path: &str, jp: &str, end: i64| {
        let form = if path == "klasikal" { "kursus" } else { "e_learning" };
        format!("{nip},{title},{path},{form},{jp},LAN RI,{},{}", day(end - 3), day(end))
    };
    let jp_of = || async {
        let year = demo.call("/api/development/learning", &pegawai, &[]).await.unwrap();
        year["jp"]["total_jp"].as_i64().unwrap()
    };
    let jp_before = jp_of().await;

    // Unknown NIP, a future end, an unknown path: each named; nothing recorded.
    let csv = [
        header.to_string(),
        row(&nip, "Kursus Penulisan Naskah Dinas", "klasikal", "12", -5),
        row("199001012015011001", "Kursus Excel", "klasikal", "8", -5),
        row(&nip, "E-learning Etika ASN", "nonklasikal", "6", 10),
        row(&nip, "Lokakarya", "informal", "6", -5),
    ]
    .join("\n");
    let outcome = import(csv.into_bytes()).await;
    let problems: Vec<(i64, String)> = outcome["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["line"].as_i64().unwrap(), e["column"].as_str().unwrap_or("").to_string()))
        .collect();
    assert_eq!(problems, [(3, s("NIP")), (4, s("Selesai")), (5, s("Jalur"))], "{outcome}");
    assert!(outcome["errors"][0]["message"].as_str().unwrap().contains("NIP tidak ditemukan"));
    assert_eq!(jp_of().await, jp_before);

    // The valid rows alone: recorded verified, the employee's JP follows.
    let csv = [
        header.to_string(),
        row(&nip, "Kursus Penulisan Naskah Dinas", "klasikal", "12", -5),
        row(&nip, "E-learning Etika ASN", "nonklasikal", "6", -2),
    ]
    .join("\n");
    let outcome = import(csv.clone().into_bytes()).await;
    assert_eq!(outcome["imported"], 2, "{outcome}");
    assert_eq!(jp_of().await, jp_before + 18);
    let year = demo.call("/api/development/learning", &pegawai, &[]).await.unwrap();
    let statuses: Vec<&Value> = year["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| {
            r["title"] == "E-learning Etika ASN" || r["title"] == "Kursus Penulisan Naskah Dinas"
        })
        .map(|r| &r["status"])
        .collect();
    assert_eq!(statuses, [&Value::from("verified"), &Value::from("verified")]);
    // Imported twice, refused as already recorded.
    let again = import(csv.into_bytes()).await;
    assert_eq!(
        (again["imported"].as_i64(), again["errors"].as_array().unwrap().len()),
        (Some(0), 2)
    );

    // The Excel template reads through the same reader: its example NIP is nobody here.
    let (status, template) = get(&demo, "/api/admin/templat-pembelajaran.xlsx", None).await;
    assert_eq!(status, 200);
    let outcome = import(template).await;
    assert_eq!(outcome["errors"][0]["column"], "NIP", "{outcome}");
    // Only the HR office imports.
    let form = vec![("file_base64", STANDARD.encode(header))];
    let refused = demo.call("/api/development/learning/import", &pegawai, &form).await;
    assert!(refused.unwrap_err().starts_with("404"));
}
both_backends!(completed_learning_imports_verified_with_every_problem_by_row);
