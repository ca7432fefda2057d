use super::*;
use crate::promotion::YearPredikat;

fn d(s: &str) -> Date {
    s.parse().unwrap()
}
fn g(s: &str) -> Golongan {
    s.parse().unwrap()
}

fn functional(jenjang: Jenjang, golongan: &str, start: &str) -> CareerRecord {
    CareerRecord {
        birth_date: d("1998-05-20"),
        golongan: g(golongan),
        tmt_golongan: d(start),
        position: Position::Fungsional { jenjang },
        tmt_jabatan: None,
        education: Education::S2,
        angka_kredit: 0.0,
        superior_golongan: None,
        predikat_history: vec![],
        uji_kompetensi_passed: false,
        jenjang_vacancy: false,
        pengembangan_profesi: false,
        new_diploma: None,
        upkp_passed: false,
    }
}

fn every(p: Predikat, start: &str, events: Vec<ScenarioEvent>) -> Scenario {
    Scenario { start: d(start), plan: PredikatPlan::Every { predikat: p }, events }
}

fn promotions(p: &Projection) -> Vec<(String, String)> {
    p.steps
        .iter()
        .filter(|s| s.kind == StepKind::Promotion)
        .map(|s| {
            (
                s.date.to_string(),
                format!(
                    "{}{}",
                    s.golongan,
                    s.jenjang.map(|j| format!(" {}", j.code())).unwrap_or_default()
                ),
            )
        })
        .collect()
}

#[test]
fn worked_example_1_ahli_pertama_baik_four_years_then_ahli_muda_after_eight() {
    let rs = RuleSet::current();
    let record = functional(Jenjang::AhliPertama, "III/a", "2026-01-01");
    let events = vec![
        ScenarioEvent::VacancyAvailable { date: d("2026-06-01") },
        ScenarioEvent::UjiKompetensiPassed { date: d("2027-03-01") },
    ];
    let (p, trace) = project(&rs, &record, &every(Predikat::Baik, "2026-01-01", events)).unwrap();
    let got = promotions(&p);
    assert_eq!(got[0], ("2030-02-01".into(), "III/b ahli_pertama".into()));
    assert_eq!(got[1], ("2034-02-01".into(), "III/c ahli_muda".into()));
    let jenjang_step = p.steps.iter().find(|s| s.jenjang == Some(Jenjang::AhliMuda)).unwrap();
    assert_eq!(jenjang_step.angka_kredit, 0.0, "credit points reset on kenaikan jenjang");
    assert_eq!(jenjang_step.binding, Some(Requirement::AngkaKredit));
    assert!(trace.steps.iter().any(|s| s.rule == "promotion.kenaikan_jenjang"));
}

#[test]
fn worked_example_3_ahli_madya_baik_reaches_iv_b_iv_c_and_ahli_utama_every_four_years() {
    let rs = RuleSet::current();
    let mut record = functional(Jenjang::AhliMadya, "IV/a", "2026-01-01");
    record.uji_kompetensi_passed = true;
    record.jenjang_vacancy = true;
    record.pengembangan_profesi = true;
    record.birth_date = d("1985-01-10");
    let (p, _) = project(&rs, &record, &every(Predikat::Baik, "2026-01-01", vec![])).unwrap();
    let got = promotions(&p);
    assert_eq!(
        &got[..3],
        [
            ("2030-02-01".to_string(), "IV/b ahli_madya".to_string()),
            ("2034-02-01".to_string(), "IV/c ahli_madya".to_string()),
            ("2038-02-01".to_string(), "IV/d ahli_utama".to_string()),
        ]
    );
}

#[test]
fn with_baik_every_year_every_step_in_every_jenjang_takes_four_years() {
    let rs = RuleSet::current();
    for params in &rs.jenjang {
        let Some(next) = params.lowest.next().filter(|n| *n <= params.highest) else { continue };
        let record = functional(params.jenjang, params.lowest.code(), "2026-01-01");
        let (p, _) = project(&rs, &record, &every(Predikat::Baik, "2026-01-01", vec![])).unwrap();
        let first = p.steps.iter().find(|s| s.kind == StepKind::Promotion).unwrap();
        assert_eq!((first.date, first.golongan), (d("2030-02-01"), next), "{:?}", params.jenjang);
    }
}

#[test]
fn sangat_baik_every_year_reaches_the_step_after_three_credited_years() {
    // 18.75 a year passes 50 after the third annual predikat (2⅔ years with monthly credit;
    // the simulator credits whole annual predikat, so the step lands one KP year later).
    let rs = RuleSet::current();
    let record = functional(Jenjang::AhliPertama, "III/a", "2026-01-01");
    let (p, _) = project(&rs, &record, &every(Predikat::SangatBaik, "2026-01-01", vec![])).unwrap();
    assert_eq!(promotions(&p)[0], ("2029-02-01".into(), "III/b ahli_pertama".into()));
}

#[test]
fn a_pelaksana_stops_at_the_education_cap_and_retirement_names_it() {
    let rs = RuleSet::current();
    let mut record = functional(Jenjang::AhliPertama, "III/a", "2026-01-01");
    record.position = Position::Pelaksana;
    record.education = Education::S1;
    record.predikat_history = vec![
        YearPredikat { year: 2024, predikat: Predikat::Baik },
        YearPredikat { year: 2025, predikat: Predikat::Baik },
    ];
    let (p, _) = project(&rs, &record, &every(Predikat::Baik, "2026-01-01", vec![])).unwrap();
    let got = promotions(&p);
    assert_eq!(
        got,
        [
            ("2030-02-01".to_string(), "III/b".to_string()),
            ("2034-02-01".to_string(), "III/c".to_string()),
            ("2038-02-01".to_string(), "III/d".to_string()),
        ]
    );
    let last = p.steps.last().unwrap();
    assert_eq!(last.kind, StepKind::Retirement);
    assert_eq!(last.date, d("2056-06-01"));
    assert_eq!(last.binding, Some(Requirement::EducationCap));
}

#[test]
fn a_masters_degree_lifts_the_cap_through_penyesuaian_ijazah() {
    let rs = RuleSet::current();
    let mut record = functional(Jenjang::AhliPertama, "II/c", "2025-01-01");
    record.position = Position::Pelaksana;
    record.education = Education::D3;
    record.predikat_history = vec![YearPredikat { year: 2025, predikat: Predikat::Baik }];
    let events = vec![
        ScenarioEvent::DiplomaObtained { date: d("2027-08-15"), education: Education::S1 },
        ScenarioEvent::UjianPenyesuaianPassed { date: d("2027-11-01") },
    ];
    let (p, _) = project(&rs, &record, &every(Predikat::Baik, "2026-01-01", events)).unwrap();
    let first = p.steps.iter().find(|s| s.kind == StepKind::Promotion).unwrap();
    assert_eq!(first.promotion, Some(PromotionKind::PenyesuaianIjazah));
    assert_eq!((first.date, first.golongan), (d("2027-12-01"), g("III/a")));
    assert_eq!(first.binding, Some(Requirement::UjianPenyesuaian));
}

#[test]
fn bad_scenarios_are_refused() {
    let rs = RuleSet::current();
    let record = functional(Jenjang::AhliPertama, "III/a", "2026-01-01");
    assert!(matches!(
        project(&rs, &record, &every(Predikat::Baik, "2025-01-01", vec![])),
        Err(SimulationError::StartBeforeTmt { .. })
    ));
    assert!(matches!(
        project(&rs, &record, &every(Predikat::Baik, "2060-01-01", vec![])),
        Err(SimulationError::StartAfterRetirement { .. })
    ));
    let empty = Scenario {
        start: d("2026-01-01"),
        plan: PredikatPlan::Sequence { predikat: vec![] },
        events: vec![],
    };
    assert_eq!(project(&rs, &record, &empty).unwrap_err(), SimulationError::EmptySequence);
}

fn mc(runs: u32, seed: u64, distribution: PredikatDistribution) -> MonteCarloResult {
    let record = functional(Jenjang::AhliPertama, "III/a", "2026-01-01");
    let input = MonteCarloInput {
        record,
        start: d("2026-01-01"),
        distribution,
        runs,
        seed,
        events: vec![],
    };
    monte_carlo(&RuleSet::current(), &input).unwrap().0
}

#[test]
fn monte_carlo_with_only_baik_agrees_with_the_projection() {
    let only_baik = PredikatDistribution {
        sangat_baik: 0,
        baik: 1,
        butuh_perbaikan: 0,
        kurang_misconduct: 0,
        sangat_kurang: 0,
    };
    let r = mc(50, 7, only_baik);
    let iii_b = r.ranks.iter().find(|x| x.golongan == g("III/b")).unwrap();
    assert_eq!(iii_b.probability, 1.0);
    assert_eq!(iii_b.p50, Some(d("2030-02-01")));
    // Without a vacancy and a competency test the jenjang never moves, so III/c is out of reach.
    assert_eq!(r.ranks.iter().find(|x| x.golongan == g("III/c")).unwrap().probability, 0.0);
}

#[test]
fn monte_carlo_is_reproducible_and_its_odds_fall_with_rank() {
    let a = mc(400, 42, PredikatDistribution::TYPICAL);
    let b = mc(400, 42, PredikatDistribution::TYPICAL);
    assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
    let c = mc(400, 43, PredikatDistribution::TYPICAL);
    assert_ne!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&c).unwrap());
    for w in a.ranks.windows(2) {
        assert!(w[0].probability >= w[1].probability);
        assert!((0.0..=1.0).contains(&w[0].probability));
    }
}

#[test]
fn the_distribution_from_history_keeps_every_outcome_possible() {
    let d =
        PredikatDistribution::from_history(&[Predikat::Baik, Predikat::Baik, Predikat::SangatBaik]);
    assert_eq!(
        (d.sangat_baik, d.baik, d.butuh_perbaikan, d.kurang_misconduct, d.sangat_kurang),
        (2, 3, 1, 1, 1)
    );
}

#[test]
fn a_run_advanced_in_slices_answers_exactly_what_one_call_answers() {
    let rs = RuleSet::current();
    let whole = mc(1_000, 11, PredikatDistribution::TYPICAL);
    let input = MonteCarloInput {
        record: functional(Jenjang::AhliPertama, "III/a", "2026-01-01"),
        start: d("2026-01-01"),
        distribution: PredikatDistribution::TYPICAL,
        runs: 1_000,
        seed: 11,
        events: vec![],
    };
    for slice in [1, 7, 250, 999, 5_000] {
        let mut run = MonteCarloRun::new(&rs, input.clone()).unwrap();
        let mut calls = 0;
        while !run.is_finished() {
            assert!(run.advance(&rs, slice) > 0);
            calls += 1;
        }
        assert_eq!(run.done(), 1_000);
        assert_eq!(calls, 1_000_u32.div_ceil(slice), "slices of {slice}");
        assert_eq!(run.finish().0, whole, "slices of {slice}");
    }
    // Stopped half-way, the odds are those of the careers drawn so far.
    let mut half = MonteCarloRun::new(&rs, input).unwrap();
    half.advance(&rs, 500);
    assert!(!half.is_finished());
    assert_eq!(half.finish().0.runs, 500);
}

#[test]
fn monte_carlo_gives_the_odds_of_each_higher_jenjang_of_a_functional_ladder() {
    let rs = RuleSet::current();
    let input = |events: Vec<ScenarioEvent>| MonteCarloInput {
        record: functional(Jenjang::AhliPertama, "III/a", "2026-01-01"),
        start: d("2026-01-01"),
        distribution: PredikatDistribution::TYPICAL,
        runs: 300,
        seed: 5,
        events,
    };
    // Without a vacancy and a competency test no career moves up the ladder.
    let closed = monte_carlo(&rs, &input(vec![])).unwrap().0;
    let codes: Vec<Jenjang> = closed.jenjang.iter().map(|j| j.jenjang).collect();
    assert_eq!(codes, vec![Jenjang::AhliMuda, Jenjang::AhliMadya, Jenjang::AhliUtama]);
    assert!(closed.jenjang.iter().all(|j| j.probability == 0.0 && j.p50.is_none()));
    let open = monte_carlo(
        &rs,
        &input(vec![
            ScenarioEvent::VacancyAvailable { date: d("2027-01-01") },
            ScenarioEvent::UjiKompetensiPassed { date: d("2027-02-01") },
        ]),
    )
    .unwrap()
    .0;
    let muda = &open.jenjang[0];
    assert!(muda.probability > 0.5, "{muda:?}");
    assert!(muda.p10 <= muda.p50 && muda.p50 <= muda.p90);
    assert!(open.jenjang[1].probability <= muda.probability);
    // A pelaksana has no ladder.
    let mut pelaksana = input(vec![]);
    pelaksana.record.position = Position::Pelaksana;
    assert!(monte_carlo(&rs, &pelaksana).unwrap().0.jenjang.is_empty());
}
