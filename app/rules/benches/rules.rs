//! Native benchmarks of the three workloads (`cargo bench -p prestasi-rules`). The same
//! workloads run in Chromium in `tests/wasm_parity.rs`, so the two sets of figures compare.
//! A plain harness (no criterion) keeps the build light: median of repeated timed batches.

#[path = "../tests/support/workloads.rs"]
mod workloads;

use std::{hint::black_box, time::Instant};

use prestasi_rules::{
    distribution::{check_distribution, OrgPredikat},
    preview::skp_preview,
    simulator::monte_carlo,
    RuleSet,
};

fn median_per_iter(batches: usize, iters: u32, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..batches)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..iters {
                f();
            }
            t.elapsed().as_secs_f64() / f64::from(iters)
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let rs = RuleSet::current();
    let preview = workloads::skp_preview_input();
    let s = median_per_iter(15, 2_000, || {
        black_box(skp_preview(&rs, black_box(&preview)).unwrap());
    });
    println!("bench native skp_preview_20_indicators: {:.2} µs/iter (target < 50 µs)", s * 1e6);

    let unit = workloads::big_unit();
    let s = median_per_iter(15, 50, || {
        black_box(check_distribution(&rs, OrgPredikat::Baik, black_box(unit)).unwrap());
    });
    println!("bench native distribution_1000_people: {:.3} ms/iter (target < 1 ms)", s * 1e3);

    let (rs40, input) = workloads::forty_year_career();
    let s = median_per_iter(5, 1, || {
        black_box(monte_carlo(&rs40, black_box(&input)).unwrap());
    });
    println!("bench native monte_carlo_10000x40y: {:.1} ms (target < 100 ms)", s * 1e3);
}
