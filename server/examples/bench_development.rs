//! Benchmark of the development pages' heaviest reads (issue 15), figures only: the ranked
//! applicant list of an offering with 5,000 applicants (each with two years of annual predikat
//! and this year's learning) and the JP compliance of an agency of 50,000 employees, through
//! the release server's own server functions over HTTP, as the HR office calls them.
//!
//! ```text
//! cargo run -p server --release --example bench_development -- <server binary> <DATABASE_URL>
//! ```
//!
//! The server starts on the database with the demo data; the bulk rows are then written
//! straight into the database (the same schema; far faster than through the API) and each read
//! is timed 30 times after 3 warm-up calls. Prints p50 and p95 in ms.

use std::{
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use sqlx::{AnyPool, Row};

const EMPLOYEES: i64 = 50_000;
const APPLICANTS: i64 = 5_000;
const UNITS: i64 = 200;
const RUNS: usize = 30;
const PASSWORD: &str = "prestasi-demo-2026";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start(server: &str, url: &str, port: u16) -> Child {
    Command::new(server)
        .arg("serve")
        .env("DATABASE_URL", url)
        .env("PRESTASI_ADDR", format!("127.0.0.1:{port}"))
        .env("PRESTASI_DEMO", "true")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the server starts")
}

async fn wait_healthy(client: &reqwest::Client, base: &str) {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(120) {
        if let Ok(r) = client.get(format!("{base}/healthz")).send().await {
            if r.status().is_success() {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server did not become healthy at {base}");
}

async fn login(client: &reqwest::Client, base: &str, who: &str) -> String {
    let r = client
        .post(format!("{base}/api/auth/login"))
        .header("sec-fetch-site", "same-origin")
        .form(&[("identifier", who), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "login {who}: {}", r.status());
    r.headers()["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_string()
}

/// The bulk data: `UNITS` units and `EMPLOYEES` employees in the HR office's agency, four in
/// five with learning this year; two closed past years rated for the first `APPLICANTS`, who
/// all apply to one offering. Returns the offering's id.
async fn seed(pool: &AnyPool, agency: i64, year: i64) -> i64 {
    let mut tx = pool.begin().await.unwrap();
    let numbers = |n: i64| {
        format!("WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n})")
    };
    let parent: i64 =
        sqlx::query("SELECT id FROM org_unit WHERE agency_id = $1 AND parent_id IS NULL")
            .bind(agency)
            .fetch_one(&mut *tx)
            .await
            .unwrap()
            .get(0);
    sqlx::query(&format!(
        "{} INSERT INTO org_unit (agency_id, parent_id, code, name) \
         SELECT $1, $2, 'BENCH-' || CAST(i AS TEXT), 'Unit Uji ' || CAST(i AS TEXT) FROM n",
        numbers(UNITS)
    ))
    .bind(agency)
    .bind(parent)
    .execute(&mut *tx)
    .await
    .unwrap();
    let first_unit: i64 =
        sqlx::query("SELECT MIN(id) FROM org_unit WHERE agency_id = $1 AND code LIKE 'BENCH-%'")
            .bind(agency)
            .fetch_one(&mut *tx)
            .await
            .unwrap()
            .get(0);
    // NIPs 900000000000000001…: never a demo NIP (those start with a birth year).
    sqlx::query(&format!(
        "{} INSERT INTO employee (agency_id, unit_id, nip, name, kind, gender, birth_date, \
         golongan, position_kind, position_name, education, created_at) \
         SELECT $1, $2 + (i % {UNITS}), CAST(900000000000000000 + i AS TEXT), \
         'Pegawai Uji ' || CAST(i AS TEXT), CASE WHEN i % 10 = 0 THEN 'pppk' ELSE 'pns' END, \
         CASE WHEN i % 2 = 0 THEN 'f' ELSE 'm' END, '1990-01-01', \
         CASE WHEN i % 10 = 0 THEN NULL ELSE 'III/b' END, 'executor', 'Analis', 'S1', 0 FROM n",
        numbers(EMPLOYEES)
    ))
    .bind(agency)
    .bind(first_unit)
    .execute(&mut *tx)
    .await
    .unwrap();
    let first: i64 = sqlx::query("SELECT MIN(id) FROM employee WHERE nip LIKE '9000%'")
        .fetch_one(&mut *tx)
        .await
        .unwrap()
        .get(0);
    sqlx::query(&format!(
        "{} INSERT INTO learning_record (agency_id, employee_id, title, path, form, jp, provider, \
         start_date, end_date, year, status, version, created_at) \
         SELECT $1, $2 + i - 1, 'Kursus ' || CAST(i AS TEXT), 'nonklasikal', 'e_learning', \
         1 + (i % 30), 'LAN', $3, $3, $4, 'verified', 1, 0 FROM n WHERE i % 5 <> 0",
        numbers(EMPLOYEES)
    ))
    .bind(agency)
    .bind(first)
    .bind(format!("{year}-02-01"))
    .bind(year)
    .execute(&mut *tx)
    .await
    .unwrap();
    for past in [year - 1, year - 2] {
        let period: i64 = match sqlx::query(
            "SELECT id FROM assessment_period WHERE agency_id = $1 AND year = $2",
        )
        .bind(agency)
        .bind(past)
        .fetch_optional(&mut *tx)
        .await
        .unwrap()
        {
            Some(r) => r.get(0),
            None => sqlx::query(
                "INSERT INTO assessment_period (agency_id, year, frequency, plan_deadline, \
                 rating_deadline, appeal_days, status, version, created_at) \
                 VALUES ($1, $2, 'quarterly', $3, $4, 14, 'closed', 1, 0) RETURNING id",
            )
            .bind(agency)
            .bind(past)
            .bind(format!("{past}-01-31"))
            .bind(format!("{past}-12-31"))
            .fetch_one(&mut *tx)
            .await
            .unwrap()
            .get(0),
        };
        sqlx::query(&format!(
            "{} INSERT INTO skp_plan (agency_id, period_id, employee_id, status, version, \
             created_at, updated_at) SELECT $1, $2, $3 + i - 1, 'approved', 1, 0, 0 FROM n",
            numbers(APPLICANTS)
        ))
        .bind(agency)
        .bind(period)
        .bind(first)
        .execute(&mut *tx)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO skp_rating (agency_id, plan_id, period_no, input_json, hasil, perilaku, \
             predikat, nilai_skp, angka_kredit, rule_set_id, rated_by, rated_at, version) \
             SELECT $1, p.id, 0, '{}', 'sesuai_ekspektasi', 'sesuai_ekspektasi', \
             CASE p.employee_id % 4 WHEN 0 THEN 'sangat_baik' WHEN 1 THEN 'baik' \
               WHEN 2 THEN 'butuh_perbaikan' ELSE 'baik' END, 100.0, 0.0, 'bench', 1, 0, 1 \
             FROM skp_plan p WHERE p.period_id = $2 AND p.employee_id >= $3",
        )
        .bind(agency)
        .bind(period)
        .bind(first)
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    let offering: i64 = sqlx::query(
        "INSERT INTO training_offering (agency_id, title, path, form, jp, provider, mode, \
         start_date, end_date, apply_by, quota, status, version, created_at) \
         VALUES ($1, 'Pelatihan Uji Beban', 'klasikal', 'teknis', 24, 'BPSDM', 'tatap_muka', \
         '2099-02-01', '2099-02-05', '2099-01-15', 300, 'open', 1, 0) RETURNING id",
    )
    .bind(agency)
    .fetch_one(&mut *tx)
    .await
    .unwrap()
    .get(0);
    sqlx::query(&format!(
        "{} INSERT INTO training_application (agency_id, offering_id, employee_id, applied_at, \
         status, version) SELECT $1, $2, $3 + i - 1, i, 'applied', 1 FROM n",
        numbers(APPLICANTS)
    ))
    .bind(agency)
    .bind(offering)
    .bind(first)
    .execute(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    offering
}

/// p50 and p95 of `RUNS` timed calls after 3 warm-up calls, in ms; checks each answer.
async fn timed(
    client: &reqwest::Client,
    url: &str,
    cookie: &str,
    form: &[(&str, String)],
    check: impl Fn(&serde_json::Value),
) -> (f64, f64) {
    let mut times = Vec::with_capacity(RUNS);
    for run in 0..RUNS + 3 {
        let started = Instant::now();
        let r = client
            .post(url)
            .header("sec-fetch-site", "same-origin")
            .header("cookie", cookie)
            .form(form)
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "{url}: {}", r.status());
        let body: serde_json::Value = r.json().await.unwrap();
        let elapsed = started.elapsed().as_secs_f64() * 1000.0;
        check(&body);
        if run >= 3 {
            times.push(elapsed);
        }
    }
    times.sort_by(f64::total_cmp);
    let at = |p: f64| times[((times.len() as f64 * p).ceil() as usize).saturating_sub(1)];
    (at(0.50), at(0.95))
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (server, url) = (&args[1], &args[2]);
    let backend = if url.starts_with("postgres") { "postgresql" } else { "sqlite" };
    sqlx::any::install_default_drivers();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    /// Stops the server however the benchmark ends (a panic too).
    struct Server(Child);
    impl Drop for Server {
        fn drop(&mut self) {
            self.0.kill().ok();
            self.0.wait().ok();
        }
    }
    let _server = Server(start(server, url, port));
    wait_healthy(&client, &base).await;
    // One connection, which waits for the server's own start-up writes rather than failing.
    let pool = sqlx::any::AnyPoolOptions::new().max_connections(1).connect(url).await.unwrap();
    if backend == "sqlite" {
        sqlx::query("PRAGMA busy_timeout = 30000").execute(&pool).await.unwrap();
    }
    let agency: i64 =
        sqlx::query("SELECT agency_id FROM app_user WHERE username = 'demo.admin_instansi'")
            .fetch_one(&pool)
            .await
            .unwrap()
            .get(0);
    let year = i64::from(app::kernel::db::today().year());
    let seeding = Instant::now();
    let offering = seed(&pool, agency, year).await;
    if backend == "postgresql" {
        sqlx::query("ANALYZE").execute(&pool).await.unwrap();
    }
    eprintln!("seeded in {:.1} s", seeding.elapsed().as_secs_f64());
    let cookie = login(&client, &base, "demo.admin_instansi").await;
    let (r50, r95) = timed(
        &client,
        &format!("{base}/api/development/ranked"),
        &cookie,
        &[("offering_id", offering.to_string())],
        |v| {
            assert_eq!(v["total"], APPLICANTS, "the whole order is ranked");
            assert_eq!(v["rows"].as_array().map(Vec::len), Some(100), "one page");
        },
    )
    .await;
    let (c50, c95) =
        timed(&client, &format!("{base}/api/development/compliance"), &cookie, &[], |v| {
            let people: i64 = v
                .as_array()
                .unwrap()
                .iter()
                .map(|u| u["pns"].as_i64().unwrap() + u["pppk"].as_i64().unwrap())
                .sum();
            assert!(people >= EMPLOYEES, "{people}");
        })
        .await;
    println!(
        "bench development {backend}: ranked {APPLICANTS} applicants p50 {r50:.1} ms p95 {r95:.1} ms; \
         jp compliance {EMPLOYEES} employees p50 {c50:.1} ms p95 {c95:.1} ms"
    );
}
