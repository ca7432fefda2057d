//! Durability under a crash (issue 14): 1,000 concurrent writes (realisations, feedback notes,
//! ratings) to the release server, `kill -9` partway, a restart on the same database, then a
//! check that every write the server acknowledged (2xx) is there and none is half-written.
//! `make test`'s `durability` stage runs it on SQLite and on PostgreSQL:
//!
//! ```text
//! cargo run -p server --example durability -- <server binary> <DATABASE_URL>
//! ```
//!
//! What "half-written" means here: each write is one transaction holding the record, its audit
//! entry and (for the outbox's writes) its request receipt. After the restart every receipt
//! must have its audit entry and every acknowledged record its own; a receipt or record alone
//! would be a write torn in half.
//!
//! What it does not test: power loss. The process dies, the machine does not; SQLite's WAL with
//! `synchronous=FULL` and PostgreSQL's WAL cover that, and only a machine crash could show it.

use std::{
    process::{Child, Command, Stdio},
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};

use serde_json::{json, Value};
use sqlx::{AnyPool, Row};

const WRITES: usize = 1000;
const IN_FLIGHT: usize = 32;
/// The server is killed once this many writes were acknowledged.
const KILL_AFTER: usize = 400;
const PASSWORD: &str = "prestasi-demo-2026";

#[derive(Debug, Clone)]
enum Write {
    Realisation { plan: i64, key: String, note: String, indicator: i64, period: i64, value: f64 },
    Feedback { plan: i64, text: String },
    Rating { plan: i64, period: i64, marker: String, realisasi: Vec<f64>, version: Option<i64> },
}

#[derive(Debug)]
struct Acknowledged {
    write: Write,
    /// The id the server answered (feedback note, rating), if any.
    id: Option<i64>,
}

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

async fn wait_healthy(client: &reqwest::Client, base: &str) -> Duration {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(120) {
        if let Ok(r) = client.get(format!("{base}/healthz")).send().await {
            if r.status().is_success() {
                return started.elapsed();
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

async fn call(
    client: &reqwest::Client,
    base: &str,
    cookie: &str,
    path: &str,
    form: &[(&str, String)],
) -> Value {
    let r = client
        .post(format!("{base}{path}"))
        .header("sec-fetch-site", "same-origin")
        .header("cookie", cookie)
        .form(form)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{path}: {}", r.status());
    r.json().await.unwrap()
}

/// One write; `Some(id)` when the server acknowledged it (2xx), with the id it answered.
async fn send(
    client: &reqwest::Client,
    base: &str,
    cookie: &str,
    w: &Write,
) -> Option<Option<i64>> {
    let request = client.post(format!(
        "{base}{}",
        match w {
            Write::Realisation { .. } => "/api/skp/realisation",
            Write::Feedback { .. } => "/api/skp/feedback",
            Write::Rating { .. } => "/api/skp/rate",
        }
    ));
    let request = request.header("sec-fetch-site", "same-origin").header("cookie", cookie);
    let request = match w {
        Write::Realisation { plan, key, note, indicator, period, value } => request.form(&[
            ("plan_id", plan.to_string()),
            ("indicator_id", indicator.to_string()),
            ("period_no", period.to_string()),
            ("realisasi", value.to_string()),
            ("evidence_url", String::new()),
            ("note", note.clone()),
            ("request_key", key.clone()),
        ]),
        Write::Feedback { plan, text } => request.form(&[
            ("plan_id", plan.to_string()),
            ("indicator_id", String::new()),
            ("text", text.clone()),
        ]),
        Write::Rating { plan, period, realisasi, version, .. } => request.json(&json!({ "input": {
            "plan_id": plan, "period_no": period, "realisasi": realisasi,
            "behaviours": vec!["sesuai_ekspektasi"; 7], "hasil": null, "perilaku": null,
            "shown_predikat": "baik", "rating_version": version,
        }})),
    };
    let response = request.timeout(Duration::from_secs(30)).send().await.ok()?;
    if !response.status().is_success() {
        return None;
    }
    // An acknowledgement is the whole answer: a body cut by the kill is no acknowledgement.
    let body = response.text().await.ok()?;
    Some(serde_json::from_str::<Value>(&body).ok().and_then(|v| v.as_i64()))
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, server, url] = &args[..] else {
        panic!("usage: durability <server binary> <DATABASE_URL>");
    };
    let backend = if url.starts_with("postgres") { "postgresql" } else { "sqlite" };
    let status = Command::new(server).arg("seed-demo").env("DATABASE_URL", url).status().unwrap();
    assert!(status.success(), "seed-demo");
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::builder().pool_max_idle_per_host(IN_FLIGHT).build().unwrap();
    let mut child = start(server, url, port);
    wait_healthy(&client, &base).await;

    // The demo pejabat penilai owns an approved plan (realisations, notes) and rates a team
    // member's approved plan (ratings).
    let penilai = login(&client, &base, "demo.pejabat_penilai").await;
    let mine = call(&client, &base, &penilai, "/api/skp/mine", &[]).await;
    let own_plan = mine["plan"]["id"].as_i64().expect("the penilai's own plan");
    let own_indicators: Vec<i64> = mine["plan"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["indicators"].as_array().unwrap().iter().map(|i| i["id"].as_i64().unwrap()))
        .collect();
    let team = call(&client, &base, &penilai, "/api/skp/team", &[]).await;
    let team_plan = team["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["status"] == "approved")
        .and_then(|r| r["plan_id"].as_i64())
        .expect("an approved team plan");
    let plan =
        call(&client, &base, &penilai, "/api/skp/plan", &[("plan_id", team_plan.to_string())])
            .await;
    let team_indicators: usize = plan["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["indicators"].as_array().unwrap().len())
        .sum();
    let periods = 5; // the demo's quarterly evaluations and the year

    let run = std::process::id();
    let writes: Vec<Write> = (0..WRITES)
        .map(|i| match i % 10 {
            0..=5 => Write::Realisation {
                plan: own_plan,
                key: format!("durab-{run}-{i}"),
                note: format!("durab-r-{run}-{i}"),
                indicator: own_indicators[i % own_indicators.len()],
                period: (i % periods) as i64,
                value: i as f64,
            },
            6..=8 => Write::Feedback {
                plan: if i % 2 == 0 { own_plan } else { team_plan },
                text: format!("durab-f-{run}-{i}"),
            },
            _ => {
                // Distinct realisations per request, so each stored input says whose it is; the
                // first rating of each period is new, later ones replace version 1 (most find it
                // changed: a conflict, never acknowledged).
                let marker = 10.0 + i as f64 / 1e6;
                let mut realisasi = vec![10.0; team_indicators];
                realisasi[0] = marker;
                let period = (i / 10 % periods) as i64;
                let version = (i / 10 >= periods).then_some(1);
                Write::Rating {
                    plan: team_plan,
                    period,
                    marker: marker.to_string(),
                    realisasi,
                    version,
                }
            }
        })
        .collect();

    // Fire them, IN_FLIGHT at a time; kill the server once KILL_AFTER are acknowledged.
    let acked = Arc::new(Mutex::new(Vec::<Acknowledged>::new()));
    let count = Arc::new(AtomicUsize::new(0));
    let semaphore = Arc::new(tokio::sync::Semaphore::new(IN_FLIGHT));
    let (kill_tx, mut kill_rx) = tokio::sync::mpsc::channel::<()>(1);
    let mut tasks = tokio::task::JoinSet::new();
    let started = Instant::now();
    for w in writes {
        let permit = semaphore.clone().acquire_owned().await.unwrap();
        let (client, base, cookie) = (client.clone(), base.clone(), penilai.clone());
        let (acked, count, kill_tx) = (acked.clone(), count.clone(), kill_tx.clone());
        tasks.spawn(async move {
            let _permit = permit;
            if let Some(id) = send(&client, &base, &cookie, &w).await {
                acked.lock().unwrap().push(Acknowledged { write: w, id });
                if count.fetch_add(1, Ordering::SeqCst) + 1 == KILL_AFTER {
                    let _ = kill_tx.try_send(());
                }
            }
        });
        if kill_rx.try_recv().is_ok() {
            break;
        }
    }
    if count.load(Ordering::SeqCst) < KILL_AFTER {
        let _ = tokio::time::timeout(Duration::from_secs(120), kill_rx.recv()).await;
    }
    // SIGKILL: no shutdown, no flush, requests in flight cut off.
    child.kill().unwrap();
    child.wait().unwrap();
    let killed_at = started.elapsed();
    while tasks.join_next().await.is_some() {}
    let acked = std::mem::take(&mut *acked.lock().unwrap());
    let sent = WRITES; // every write was created; those after the kill failed to connect
    println!(
        "durability {backend}: killed the server (kill -9) {:.1} s into {sent} writes, {} acknowledged",
        killed_at.as_secs_f64(),
        acked.len()
    );

    // Restart on the same database: recovery and migrations must pass.
    let mut child = start(server, url, port);
    let recovered = wait_healthy(&client, &base).await;
    sqlx::any::install_default_drivers();
    let pool = AnyPool::connect(url).await.unwrap();
    let problems = verify(&pool, &acked, run).await;
    child.kill().ok();
    child.wait().ok();
    let kinds = |f: fn(&Write) -> bool| acked.iter().filter(|a| f(&a.write)).count();
    println!(
        "durability {backend}: restarted in {:.1} s; {} acknowledged writes checked ({} realisations, {} notes, {} ratings): {} missing or half-written",
        recovered.as_secs_f64(),
        acked.len(),
        kinds(|w| matches!(w, Write::Realisation { .. })),
        kinds(|w| matches!(w, Write::Feedback { .. })),
        kinds(|w| matches!(w, Write::Rating { .. })),
        problems.len()
    );
    for p in problems.iter().take(20) {
        println!("  {p}");
    }
    assert!(acked.len() >= KILL_AFTER, "too few writes acknowledged to test anything");
    assert!(problems.is_empty(), "acknowledged writes lost or torn");
}

async fn count(pool: &AnyPool, sql: &str, binds: &[&str]) -> i64 {
    let mut q = sqlx::query(sql);
    for b in binds {
        q = q.bind(b.to_string());
    }
    q.fetch_one(pool).await.unwrap().get::<i64, _>(0)
}

async fn verify(pool: &AnyPool, acked: &[Acknowledged], run: u32) -> Vec<String> {
    let mut problems = Vec::new();
    for a in acked {
        match &a.write {
            Write::Realisation { key, note, indicator, period, value, .. } => {
                let receipt = count(
                    pool,
                    "SELECT COUNT(*) FROM request_receipt WHERE request_key = $1",
                    &[key],
                )
                .await;
                let pattern = format!("%\"self_note\":\"{note}\"%");
                let audit = count(
                    pool,
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'realisation_recorded' AND after_json LIKE $1",
                    &[&pattern],
                )
                .await;
                let row = count(
                    pool,
                    "SELECT COUNT(*) FROM skp_realisation WHERE indicator_id = CAST($1 AS BIGINT) AND period_no = CAST($2 AS BIGINT)",
                    &[&indicator.to_string(), &period.to_string()],
                )
                .await;
                if (receipt, audit, row) != (1, 1, 1) {
                    problems.push(format!(
                        "realisation {key} ({value}): receipt {receipt}, audit {audit}, row {row}"
                    ));
                }
            }
            Write::Feedback { text, .. } => {
                let id = a.id.unwrap_or(-1).to_string();
                let rows = count(
                    pool,
                    "SELECT COUNT(*) FROM feedback_note WHERE text = $1 AND id = CAST($2 AS BIGINT)",
                    &[text, &id],
                )
                .await;
                if rows != 1 {
                    problems.push(format!("feedback {text} (id {id}): {rows} rows"));
                }
            }
            Write::Rating { period, marker, .. } => {
                let id = a.id.unwrap_or(-1).to_string();
                let pattern = format!("%{marker}%");
                // The row holds this rating, or a later acknowledged one replaced it and the
                // audit log keeps it (as the replaced input).
                let held = count(
                    pool,
                    "SELECT COUNT(*) FROM skp_rating WHERE id = CAST($1 AS BIGINT) AND period_no = CAST($2 AS BIGINT) AND input_json LIKE $3",
                    &[&id, &period.to_string(), &pattern],
                )
                .await;
                let replaced = count(
                    pool,
                    "SELECT COUNT(*) FROM audit_log WHERE action = 'skp_rerated' AND (before_json LIKE $1 OR after_json LIKE $1)",
                    &[&pattern],
                )
                .await;
                if held + replaced == 0 {
                    problems.push(format!("rating {marker} (id {id}, period {period}) is gone"));
                }
            }
        }
    }
    // Torn writes, acknowledged or not: a receipt without the audit entry written with it.
    let torn = count(
        pool,
        &format!(
            "SELECT COUNT(*) FROM request_receipt r WHERE r.request_key LIKE 'durab-{run}-%' AND NOT EXISTS \
             (SELECT 1 FROM audit_log l WHERE l.action = 'realisation_recorded' AND l.after_json LIKE \
              '%\"self_note\":\"durab-r-{run}-' || SUBSTR(r.request_key, {}) || '\"%')",
            format!("durab-{run}-").len() + 1
        ),
        &[],
    )
    .await;
    if torn > 0 {
        problems.push(format!("{torn} request receipts without their realisation"));
    }
    problems
}
