//! WebAssembly half of the parity check, and the browser benchmarks. Run in headless Chromium by
//! `wasm-bindgen-test-runner` (the README's test command, stage `wasm-parity`).
#![cfg(target_arch = "wasm32")]

#[path = "support/battery.rs"]
mod battery;
#[path = "support/workloads.rs"]
mod workloads;

use prestasi_rules::{
    distribution::{check_distribution, OrgPredikat},
    preview::skp_preview,
    simulator::monte_carlo,
    RuleSet,
};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_battery_gives_byte_identical_json_in_the_browser() {
    let got = battery::run();
    let expected = include_str!("parity/expected.json");
    assert!(got == expected, "WebAssembly output differs from the native golden file");
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Benchmark figures (printed, not asserted: timing assertions flake on shared machines).
#[wasm_bindgen_test]
fn benchmarks_in_the_browser() {
    let rs = RuleSet::current();
    let preview = workloads::skp_preview_input();
    let n = 20_000;
    let t = now_ms();
    for _ in 0..n {
        std::hint::black_box(skp_preview(&rs, std::hint::black_box(&preview)).unwrap());
    }
    console_log!(
        "bench wasm skp_preview_20_indicators: {:.2} µs/iter",
        (now_ms() - t) * 1000.0 / f64::from(n)
    );

    let unit = workloads::big_unit();
    let n = 200;
    let t = now_ms();
    for _ in 0..n {
        std::hint::black_box(
            check_distribution(&rs, OrgPredikat::Baik, std::hint::black_box(unit)).unwrap(),
        );
    }
    console_log!(
        "bench wasm distribution_1000_people: {:.3} ms/iter",
        (now_ms() - t) / f64::from(n)
    );

    let (rs40, input) = workloads::forty_year_career();
    let runs = 5;
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = now_ms();
        std::hint::black_box(monte_carlo(&rs40, &input).unwrap());
        best = best.min(now_ms() - t);
    }
    console_log!("bench wasm monte_carlo_10000x40y: {:.1} ms (best of {runs})", best);
}
