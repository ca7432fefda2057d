//! Inputs shared by the parity battery and the benchmarks (native and WebAssembly).
#![allow(dead_code)]

use prestasi_rules::{
    career::Position,
    distribution::Counts,
    jenjang::Jenjang,
    pangkat::{Education, Golongan},
    predikat::{Predikat, Rating},
    preview::{BehaviourRating, CoreValue, PreviewInput},
    promotion::{CareerRecord, YearPredikat},
    scoring::{IndicatorInput, ResultInput, ResultKind, Target},
    simulator::{MonteCarloInput, PredikatDistribution},
    Date, RuleSet,
};

pub fn date(s: &str) -> Date {
    s.parse().expect("valid date")
}

pub fn golongan(s: &str) -> Golongan {
    s.parse().expect("valid golongan")
}

/// A full SKP: 20 indicators over 6 results (5 main, 1 additional), the 7 behaviours.
pub fn skp_preview_input() -> PreviewInput {
    let mut results = Vec::new();
    for r in 0..6 {
        let indicators = (0..if r == 5 { 0 } else { 4 })
            .map(|i| {
                let n = f64::from(r * 4 + i);
                let target = match i % 3 {
                    0 => Target::Normal { target: 100.0 },
                    1 => Target::LowerIsBetter { target: 10.0 },
                    _ => Target::Range { low: 80.0, high: 90.0 },
                };
                IndicatorInput { target, realisasi: 70.0 + n * 2.5, maximal_target: false }
            })
            .collect::<Vec<_>>();
        if r < 5 {
            results.push(ResultInput {
                kind: ResultKind::Utama,
                weight: f64::from(r + 1),
                indicators,
            });
        }
    }
    results.push(ResultInput {
        kind: ResultKind::Tambahan,
        weight: 5.0,
        indicators: vec![IndicatorInput {
            target: Target::Normal { target: 1.0 },
            realisasi: 1.0,
            maximal_target: false,
        }],
    });
    let behaviours = CoreValue::ALL
        .iter()
        .enumerate()
        .map(|(i, v)| BehaviourRating {
            value: *v,
            rating: if i % 3 == 0 { Rating::DiAtasEkspektasi } else { Rating::SesuaiEkspektasi },
        })
        .collect();
    PreviewInput {
        results,
        behaviours,
        hasil: None,
        perilaku: None,
        jenjang: Some(Jenjang::AhliMuda),
        months: 12,
    }
}

/// A 1,000-person unit under an organisation predikat of Baik, far out of pattern.
pub fn big_unit() -> Counts {
    Counts {
        sangat_baik: 120,
        baik: 860,
        butuh_perbaikan: 0,
        kurang_misconduct: 0,
        sangat_kurang: 20,
    }
}

/// A young pelaksana with forty years to retirement under a rule set whose BUP is 62.
pub fn forty_year_career() -> (RuleSet, MonteCarloInput) {
    let mut rs = RuleSet::current();
    rs.bup_administrasi = 62;
    let record = CareerRecord {
        birth_date: date("2004-01-10"),
        golongan: golongan("II/a"),
        tmt_golongan: date("2026-01-01"),
        position: Position::Pelaksana,
        tmt_jabatan: None,
        education: Education::S2,
        angka_kredit: 0.0,
        superior_golongan: None,
        predikat_history: vec![YearPredikat { year: 2025, predikat: Predikat::Baik }],
        uji_kompetensi_passed: false,
        jenjang_vacancy: false,
        pengembangan_profesi: false,
        new_diploma: None,
        upkp_passed: false,
    };
    let input = MonteCarloInput {
        record,
        start: date("2026-01-01"),
        distribution: PredikatDistribution::TYPICAL,
        runs: 10_000,
        seed: 2026,
        events: vec![],
    };
    (rs, input)
}
