//! Time-bounded fuzzing (issue 14): the import parsers (CSV, XLSX) and every rules API request
//! type, fed arbitrary bytes and mutations of valid inputs drawn by proptest. Each target runs
//! for `PRESTASI_FUZZ_SECONDS` (1 s in the ordinary test run; `make test`'s `fuzz` stage gives
//! each 20 s) and prints how many inputs it ran.
//!
//! What must hold for every input: no panic; the import answers rows or a list of problems;
//! the API answers 200, 400, 413, 415 or 422 (never 500) in JSON, and an accepted request is
//! computed within a few milliseconds, whatever its numbers say (the work is bounded by the
//! input's bounds, not its values). A failing input is printed, so it can become a test.

use std::time::{Duration, Instant};

use app::i18n::Locale;
use axum::body::Body;
use http::{header, Request, StatusCode};
use prestasi_server::http::rules_api::{self, endpoints::ENDPOINTS};
use proptest::{
    prelude::*,
    strategy::ValueTree,
    test_runner::{Config, RngAlgorithm, TestRng, TestRunner},
};
use serde_json::Value;
use tower::ServiceExt;

fn budget() -> Duration {
    let seconds: f64 =
        std::env::var("PRESTASI_FUZZ_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(1.0);
    Duration::from_secs_f64(seconds)
}

/// A runner with a fixed seed (a failure reproduces) unless `PRESTASI_FUZZ_SEED` names another.
fn runner() -> TestRunner {
    let seed: u64 =
        std::env::var("PRESTASI_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(2026);
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    TestRunner::new_with_rng(Config::default(), TestRng::from_seed(RngAlgorithm::ChaCha, &bytes))
}

/// Draws inputs from `strategy` and runs `check` on each until the budget is spent; returns
/// how many ran.
fn fuzz<S: Strategy>(name: &str, strategy: S, mut check: impl FnMut(S::Value)) -> u64
where
    S::Value: std::fmt::Debug + Clone,
{
    let mut runner = runner();
    let deadline = Instant::now() + budget();
    let mut runs = 0u64;
    while Instant::now() < deadline {
        let input = strategy.new_tree(&mut runner).expect("a value").current();
        let shown = input.clone();
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(input)));
        if let Err(panic) = outcome {
            let shown = format!("{shown:?}");
            let cut: String = shown.chars().take(2000).collect();
            eprintln!(
                "fuzz {name}: failing input after {runs} runs ({} chars): {cut}",
                shown.len()
            );
            std::panic::resume_unwind(panic);
        }
        runs += 1;
    }
    println!("fuzz {name}: {runs} executions in {:.0} s", budget().as_secs_f64());
    runs
}

/// Bytes that look like a CSV import: the template's header and rows, with cells replaced,
/// separators and quotes inserted, and lines cut; or plain arbitrary bytes.
fn csv_inputs() -> impl Strategy<Value = Vec<u8>> {
    let cell = prop_oneof![
        Just(String::new()),
        "[0-9]{0,20}",
        "[ -~]{0,12}",
        "\\PC{0,8}",
        Just("=1+1".to_string()),
        Just("\"".to_string()),
        Just("a;b,c\"d\n".to_string()),
        Just("1996-03-01".to_string()),
        Just("199603012022042001".to_string()),
    ];
    let row = prop::collection::vec(cell, 0..14).prop_map(|cells| cells.join(","));
    let structured = (prop::collection::vec(row, 0..12), any::<bool>(), any::<bool>()).prop_map(
        |(rows, semicolons, bom)| {
            let header = app::import::TEMPLATE_CSV.lines().next().unwrap_or_default();
            let header = if semicolons { header.replace(',', ";") } else { header.to_string() };
            let mut text = if bom { "\u{feff}".to_string() } else { String::new() };
            text.push_str(&header);
            for r in rows {
                text.push('\n');
                text.push_str(&r);
            }
            text.into_bytes()
        },
    );
    prop_oneof![3 => structured, 1 => prop::collection::vec(any::<u8>(), 0..4096)]
}

#[test]
fn the_csv_import_parser_never_panics_and_every_row_it_keeps_is_valid() {
    fuzz("csv import", csv_inputs(), |bytes| match app::import::check_csv(&bytes, Locale::Id) {
        Ok((rows, problems)) => {
            for row in &rows {
                assert_eq!(row.nip.len(), 18, "a kept row has a valid NIP: {row:?}");
                assert!(!problems.iter().any(|p| p.line == row.line), "{row:?} {problems:?}");
            }
            for p in &problems {
                assert!(!p.message.is_empty());
            }
        }
        Err(file_problems) => assert!(!file_problems.is_empty()),
    });
}

/// The two workbooks the import tests use, each byte flipped, cut or spliced at random.
fn xlsx_inputs() -> impl Strategy<Value = Vec<u8>> {
    let seeds: Vec<Vec<u8>> = ["employees-good.xlsx", "employees-bad.xlsx"]
        .iter()
        .map(|f| {
            std::fs::read(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(f),
            )
            .expect("fixture workbook")
        })
        .collect();
    let edits = prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..24);
    let mutated = (prop::sample::select(seeds), edits, any::<prop::sample::Index>(), any::<bool>())
        .prop_map(|(mut book, edits, cut, truncate)| {
            for (at, byte) in edits {
                let i = at.index(book.len());
                book[i] = byte;
            }
            if truncate {
                book.truncate(cut.index(book.len()).max(4));
            }
            book
        });
    let junk = prop::collection::vec(any::<u8>(), 0..2048).prop_map(|mut b| {
        let mut zip = b"PK\x03\x04".to_vec();
        zip.append(&mut b);
        zip
    });
    prop_oneof![4 => mutated, 1 => junk]
}

#[test]
fn the_xlsx_import_parser_never_panics_on_damaged_workbooks() {
    fuzz("xlsx import", xlsx_inputs(), |bytes| match app::import::check_xlsx(&bytes, Locale::En) {
        Ok((rows, _)) => assert!(rows.iter().all(|r| r.nip.len() == 18)),
        Err(problems) => assert!(!problems.is_empty()),
    });
}

/// A JSON value changed at one place: a number made extreme, a string replaced, an array
/// grown or emptied, a field dropped or an unknown one added.
fn mutate(value: &mut Value, choice: &mut impl FnMut(usize) -> usize) {
    const NUMBERS: [f64; 12] = [
        0.0,
        -1.0,
        1e308,
        -1e308,
        4294967295.0,
        4294967296.0,
        1e-308,
        0.5,
        1e16,
        1e6,
        120.0,
        101.0,
    ];
    const STRINGS: [&str; 10] = [
        "",
        "baik",
        "sangat_baik",
        "ahli_utama",
        "IV/e",
        "9999-12-31",
        "0001-01-01",
        "2024-02-29",
        "x",
        "pelaksana",
    ];
    match value {
        Value::Number(_) => {
            let n = NUMBERS[choice(NUMBERS.len())];
            *value = if n.fract() == 0.0 && n.abs() < 1e18 {
                Value::from(n as i64)
            } else {
                serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
            };
        }
        Value::String(_) => *value = Value::from(STRINGS[choice(STRINGS.len())]),
        Value::Bool(b) => *b = !*b,
        Value::Array(items) => match choice(4) {
            0 => items.clear(),
            1 if !items.is_empty() => {
                let copy = items[choice(items.len())].clone();
                let n = [2, 50, 101, 1000][choice(4)];
                items.extend(std::iter::repeat_n(copy, n));
            }
            _ if !items.is_empty() => {
                let i = choice(items.len());
                mutate(&mut items[i], choice);
            }
            _ => items.push(Value::from(1)),
        },
        Value::Object(map) => match choice(5) {
            0 if !map.is_empty() => {
                let key = map.keys().nth(choice(map.len())).cloned().unwrap_or_default();
                map.remove(&key);
            }
            1 => {
                map.insert("tak_dikenal".into(), Value::from(1));
            }
            _ if !map.is_empty() => {
                let key = map.keys().nth(choice(map.len())).cloned().unwrap_or_default();
                if let Some(v) = map.get_mut(&key) {
                    mutate(v, choice);
                }
            }
            _ => {}
        },
        Value::Null => *value = Value::from(0),
    }
}

/// For each endpoint: its example with one to four mutations, or arbitrary bytes.
fn api_inputs() -> impl Strategy<Value = (usize, Vec<u8>)> {
    let endpoint = 0..ENDPOINTS.len();
    let mutated =
        (endpoint.clone(), prop::collection::vec(any::<u32>(), 1..40)).prop_map(|(e, draws)| {
            let mut example: Value = serde_json::from_str(ENDPOINTS[e].example).expect("example");
            let mut draws = draws.into_iter().cycle();
            let mut choice = |n: usize| draws.next().unwrap_or(0) as usize % n.max(1);
            for _ in 0..=choice(4) {
                mutate(&mut example, &mut choice);
            }
            (e, serde_json::to_vec(&example).expect("json"))
        });
    let junk = (endpoint, prop::collection::vec(any::<u8>(), 0..512));
    prop_oneof![5 => mutated, 1 => junk]
}

/// Longest time an accepted request may take. A Monte Carlo request's work is its number of
/// simulated careers, capped at `API_MAX_RUNS` (20,000): it is allowed [`PER_1000_RUNS`] per
/// thousand (about 16 ms measured here), and runs on a blocking thread, never on the server's
/// async workers.
const FEW_MS: Duration = Duration::from_millis(10);
const PER_1000_RUNS: Duration = Duration::from_millis(30);

#[test]
fn every_rules_endpoint_answers_any_input_with_a_4xx_or_a_quick_result() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let router = rules_api::router::<()>(u32::MAX);
    let mut slowest = vec![Duration::ZERO; ENDPOINTS.len()];
    let mut accepted = vec![0u64; ENDPOINTS.len()];
    let send = |e: usize, body: &[u8]| {
        let request = Request::post(ENDPOINTS[e].path)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_vec()))
            .unwrap();
        let started = Instant::now();
        let response = runtime.block_on(router.clone().oneshot(request)).unwrap();
        let took = started.elapsed();
        let status = response.status();
        let bytes = runtime.block_on(axum::body::to_bytes(response.into_body(), 1 << 24)).unwrap();
        (status, took, bytes)
    };
    fuzz("rules api", api_inputs(), |(e, body)| {
        let (status, took, answer) = send(e, &body);
        let path = ENDPOINTS[e].path;
        let text: String = String::from_utf8_lossy(&body).chars().take(2000).collect();
        assert!(
            [200, 400, 413, 415, 422].contains(&status.as_u16()),
            "{path} {text} → {status} {}",
            String::from_utf8_lossy(&answer)
        );
        let json: Value = serde_json::from_slice(&answer).expect("a JSON answer");
        if status == StatusCode::OK {
            accepted[e] += 1;
            let runs = serde_json::from_slice::<Value>(&body).ok().and_then(|v| v["runs"].as_u64());
            let allowed = match runs {
                Some(runs) => PER_1000_RUNS * (runs.div_ceil(1000) as u32).max(1),
                None => FEW_MS,
            };
            if took > allowed {
                // A busy machine, or the input's cost? The least of three answers.
                let again = (0..3).map(|_| send(e, &body).1).min().unwrap_or(took);
                assert!(again <= allowed, "{path} took {again:?} (allowed {allowed:?}): {text}");
            }
            slowest[e] = slowest[e].max(took);
        } else {
            assert!(json["error"]["message"].as_str().is_some_and(|m| !m.is_empty()), "{json}");
        }
    });
    for (e, endpoint) in ENDPOINTS.iter().enumerate() {
        println!(
            "fuzz rules api {}: {} accepted, slowest {:.2} ms",
            endpoint.path,
            accepted[e],
            slowest[e].as_secs_f64() * 1000.0
        );
    }
}
