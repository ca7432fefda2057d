//! The real binary: configuration errors, and `serve` in demo mode on a new database.

use std::{
    net::TcpListener,
    process::{Command, Stdio},
    time::Duration,
};

#[test]
fn the_server_refuses_to_start_on_bad_configuration_and_names_every_problem() {
    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("migrate")
        .env_clear()
        .env("PRESTASI_ADDR", "localhost")
        .env("DATABASE_URL", "mysql://root:hunter2@db/prestasi")
        .env("PRESTASI_MAX_BODY_BYTES", "lots")
        .output()
        .expect("the server binary runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Konfigurasi tidak valid / invalid configuration"), "{stderr}");
    assert!(stderr.contains("PRESTASI_ADDR = \"localhost\""), "{stderr}");
    assert!(stderr.contains("PRESTASI_MAX_BODY_BYTES = \"lots\""), "{stderr}");
    assert!(stderr.contains("must start with sqlite: or postgres://"), "{stderr}");
    assert!(stderr.contains(".env.example"), "{stderr}");
    assert!(stderr.contains("mysql://root:***@db/prestasi"), "{stderr}");
    assert!(!stderr.contains("hunter2"), "{stderr}");
}

#[test]
fn an_unreachable_database_is_reported_without_its_password() {
    let output = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("migrate")
        .env_clear()
        .env("DATABASE_URL", "postgres://prestasi:hunter2@127.0.0.1:1/prestasi")
        .env("RUST_LOG", "off")
        .output()
        .expect("the server binary runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot connect to the database"), "{stderr}");
    assert!(stderr.contains("postgres://prestasi:***@127.0.0.1:1/prestasi"), "{stderr}");
    assert!(!stderr.contains("hunter2"), "{stderr}");
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap()
}

/// Start `server serve` in demo mode, wait for /healthz, stop it with SIGTERM; returns stdout+stderr.
async fn serve_once(db_url: &str) -> String {
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("serve")
        .env_clear()
        .env("PRESTASI_ADDR", format!("127.0.0.1:{port}"))
        .env("DATABASE_URL", db_url)
        .env("PRESTASI_DEMO", "true")
        .env("PRESTASI_LOG_FORMAT", "json")
        .env("PRESTASI_SITE_ROOT", std::env::temp_dir())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("server starts");
    let url = format!("http://127.0.0.1:{port}/healthz");
    let mut up = false;
    for _ in 0..300 {
        if reqwest::get(&url).await.is_ok_and(|r| r.status() == 200) {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Graceful shutdown on SIGTERM.
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let output = tokio::task::spawn_blocking(move || {
        let _ = child.try_wait();
        child.wait_with_output()
    })
    .await
    .unwrap()
    .unwrap();
    let log = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(up, "server did not come up: {log}");
    assert!(output.status.success(), "server did not stop cleanly: {log}");
    log
}

#[tokio::test]
async fn serve_in_demo_mode_creates_migrates_and_fills_a_new_database_once_and_stops_on_sigterm() {
    let dir = std::env::temp_dir().join(format!("prestasi-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let db_url = format!("sqlite://{}/data/demo.db", dir.display());

    let first = serve_once(&db_url).await;
    assert!(first.contains("new database: demo data loaded"), "{first}");
    assert!(first.contains("\"stopped\""), "JSON logs end with the shutdown line: {first}");
    let second = serve_once(&db_url).await;
    assert!(!second.contains("demo data loaded"), "an existing database is never re-seeded");

    sqlx::any::install_default_drivers();
    let pool = sqlx::AnyPool::connect(&db_url).await.unwrap();
    assert_eq!(app::admin::repo::agencies::list(&pool).await.unwrap().len(), 5);
    pool.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn create_admin_prints_a_one_time_password_once_and_refuses_unknown_agencies() {
    let dir = std::env::temp_dir().join(format!("prestasi-admin-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let db = format!("sqlite://{}/admin.db", dir.display());
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_server"))
            .args(args)
            .env_clear()
            .env("DATABASE_URL", &db)
            .env("RUST_LOG", "off")
            .output()
            .expect("the server binary runs")
    };
    let ok = run(&["create-admin", "--username", "root", "--name", "Root", "--platform"]);
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let stdout = String::from_utf8_lossy(&ok.stdout);
    assert!(stdout.contains("username: root"), "{stdout}");
    let password = stdout
        .lines()
        .find_map(|l| l.split(": ").nth(1).filter(|_| l.starts_with("initial password")))
        .unwrap();
    assert_eq!(password.len(), 20);
    let unknown = run(&[
        "create-admin",
        "--username",
        "hr.office",
        "--name",
        "HR",
        "--agency",
        "kota-atlantis",
    ]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("unknown agency code: kota-atlantis"));
    let neither = run(&["create-admin", "--username", "hr.office", "--name", "HR"]);
    assert!(!neither.status.success());
    // Onboarding that agency: a bad region kind is refused in both languages, then it is
    // created once, and its HR office can be created.
    let agency = |kind: &str| {
        run(&[
            "create-agency",
            "--code",
            "kota-atlantis",
            "--name",
            "Pemerintah Kota Atlantis",
            "--region-kind",
            kind,
            "--region-name",
            "Kota Atlantis",
        ])
    };
    let bad = agency("planet");
    assert!(!bad.status.success());
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.contains("jenis wilayah") && stderr.contains("region kind"), "{stderr}");
    assert!(agency("city").status.success());
    let again = agency("city");
    assert!(String::from_utf8_lossy(&again.stderr).contains("sudah dipakai"));
    let hr = run(&[
        "create-admin",
        "--username",
        "hr.office",
        "--name",
        "HR",
        "--agency",
        "kota-atlantis",
    ]);
    assert!(hr.status.success(), "{}", String::from_utf8_lossy(&hr.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}
