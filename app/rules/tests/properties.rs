//! Property tests of the invariants the reference states (proptest).
#![cfg(not(target_arch = "wasm32"))]

use prestasi_rules::{
    angka_kredit::ak_for_period,
    career::Position,
    jenjang::Jenjang,
    pangkat::{Education, Golongan},
    predikat::{predikat_kinerja, Predikat, Rating},
    promotion::{CareerRecord, YearPredikat},
    simulator::{
        monte_carlo, project, MonteCarloInput, PredikatDistribution, PredikatPlan, Scenario,
        StepKind,
    },
    Date, RuleSet,
};
use proptest::prelude::*;

fn rating() -> impl Strategy<Value = Rating> {
    prop::sample::select(Rating::ALL.to_vec())
}
fn predikat() -> impl Strategy<Value = Predikat> {
    prop::sample::select(Predikat::ALL.to_vec())
}
fn jenjang() -> impl Strategy<Value = Jenjang> {
    prop::sample::select(Jenjang::ALL.to_vec())
}
fn education() -> impl Strategy<Value = Education> {
    prop::sample::select(Education::ALL.to_vec())
}

/// A pelaksana record starting at the education's entry golongan.
fn pelaksana() -> impl Strategy<Value = (CareerRecord, Date)> {
    (education(), 1966i32..2000, 0u32..12, prop::option::of(0u8..17)).prop_map(
        |(education, birth_year, month, superior)| {
            let rs = RuleSet::current();
            let start = Date::new(2026, 1, 1).unwrap();
            let cap = rs.education_cap(education).unwrap();
            let record = CareerRecord {
                birth_date: Date::new(birth_year, month + 1, 15).unwrap(),
                golongan: cap.starting,
                tmt_golongan: Date::new(2025, 1 + month, 1).unwrap(),
                position: Position::Pelaksana,
                tmt_jabatan: None,
                education,
                angka_kredit: 0.0,
                superior_golongan: superior.and_then(Golongan::from_index),
                predikat_history: vec![
                    YearPredikat { year: 2024, predikat: Predikat::Baik },
                    YearPredikat { year: 2025, predikat: Predikat::Baik },
                ],
                uji_kompetensi_passed: false,
                jenjang_vacancy: false,
                pengembangan_profesi: false,
                new_diploma: None,
                upkp_passed: false,
            };
            (record, start)
        },
    )
}

proptest! {
    #[test]
    fn predikat_is_monotonic_in_both_ratings(h in rating(), p in rating(), h2 in rating(), p2 in rating()) {
        let (a, _) = predikat_kinerja(h, p);
        let (b, _) = predikat_kinerja(h.max(h2), p.max(p2));
        prop_assert!(b >= a);
    }

    #[test]
    fn credit_points_grow_with_predikat_and_months(j in jenjang(), p in predikat(), q in predikat(), m in 1u32..=12, n in 1u32..=12) {
        let rs = RuleSet::current();
        let (better, worse) = (p.max(q), p.min(q));
        let (more, fewer) = (m.max(n), m.min(n));
        let a = ak_for_period(&rs, j, better, more).unwrap().0;
        let b = ak_for_period(&rs, j, worse, fewer).unwrap().0;
        prop_assert!(a >= b);
        prop_assert!(b > 0.0);
    }

    #[test]
    fn the_simulator_never_passes_the_education_cap_the_superior_or_retirement(
        (record, start) in pelaksana(),
        plan in prop::collection::vec(predikat(), 1..40),
    ) {
        let rs = RuleSet::current();
        let scenario = Scenario { start, plan: PredikatPlan::Sequence { predikat: plan }, events: vec![] };
        let Ok((projection, _)) = project(&rs, &record, &scenario) else { return Ok(()) };
        let cap = rs.education_cap(record.education).unwrap().max_reguler.max(record.golongan);
        for step in projection.steps.iter().filter(|s| s.kind == StepKind::Promotion) {
            prop_assert!(step.golongan <= cap, "{} above cap {}", step.golongan, cap);
            if let Some(superior) = record.superior_golongan {
                prop_assert!(step.golongan <= superior.max(record.golongan));
            }
            prop_assert!(step.date < projection.pension_date);
        }
        prop_assert_eq!(projection.steps.last().map(|s| s.kind), Some(StepKind::Retirement));
    }

    #[test]
    fn monte_carlo_odds_are_probabilities_falling_with_rank_and_reproducible(
        (record, start) in pelaksana(),
        seed in any::<u64>(),
        weights in prop::array::uniform5(0u32..10),
    ) {
        let rs = RuleSet::current();
        let distribution = PredikatDistribution { sangat_baik: weights[0], baik: weights[1] + 1, butuh_perbaikan: weights[2], kurang_misconduct: weights[3], sangat_kurang: weights[4] };
        let input = MonteCarloInput { record, start, distribution, runs: 60, seed, events: vec![] };
        let Ok((a, _)) = monte_carlo(&rs, &input) else { return Ok(()) };
        let (b, _) = monte_carlo(&rs, &input).unwrap();
        prop_assert_eq!(&a, &b);
        for w in a.ranks.windows(2) {
            prop_assert!((0.0..=1.0).contains(&w[0].probability));
            prop_assert!(w[0].probability >= w[1].probability);
        }
    }
}
