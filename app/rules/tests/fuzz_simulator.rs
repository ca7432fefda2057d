//! The simulator's entry points take any record and any scenario the career page can send and
//! answer with a result or a refusal, never a panic (a panic in the browser's WebAssembly would
//! kill the page). Arbitrary records — any golongan, position, dates in any order, credit
//! points, history — and arbitrary events, including dates before birth and after retirement.
#![cfg(not(target_arch = "wasm32"))]

use prestasi_rules::{
    career::{next_kp_date, retirement, Eselon, Position},
    jenjang::Jenjang,
    pangkat::{Education, Golongan},
    predikat::Predikat,
    promotion::{promotion_eligibility, CareerRecord, Diploma, YearPredikat},
    simulator::{project, PredikatPlan, Scenario, ScenarioEvent, StepKind},
    Date, RuleSet,
};
use proptest::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Cases per property (each runs the whole projection to retirement).
const CASES: u32 = 3_000;

/// How many arbitrary scenarios projected and how many were refused (printed, so a generator
/// that only ever produces refusals would show).
static PROJECTED: AtomicUsize = AtomicUsize::new(0);
static REFUSED: AtomicUsize = AtomicUsize::new(0);

const ESELON: [Eselon; 9] = [
    Eselon::Ia,
    Eselon::Ib,
    Eselon::IIa,
    Eselon::IIb,
    Eselon::IIIa,
    Eselon::IIIb,
    Eselon::IVa,
    Eselon::IVb,
    Eselon::V,
];

fn date() -> impl Strategy<Value = Date> {
    // 1940 … 2100, any day.
    (-10_950i64..47_500).prop_map(Date::from_days)
}
fn predikat() -> impl Strategy<Value = Predikat> {
    prop::sample::select(Predikat::ALL.to_vec())
}
fn education() -> impl Strategy<Value = Education> {
    prop::sample::select(Education::ALL.to_vec())
}
fn jenjang() -> impl Strategy<Value = Jenjang> {
    prop::sample::select(Jenjang::ALL.to_vec())
}
fn position() -> impl Strategy<Value = Position> {
    prop_oneof![
        Just(Position::Pelaksana),
        prop::sample::select(ESELON.to_vec()).prop_map(|eselon| Position::Struktural { eselon }),
        jenjang().prop_map(|jenjang| Position::Fungsional { jenjang }),
    ]
}
fn golongan() -> impl Strategy<Value = Golongan> {
    (0u8..17).prop_map(|i| Golongan::from_index(i).unwrap_or(Golongan::LOWEST))
}

fn record() -> impl Strategy<Value = CareerRecord> {
    (
        (date(), golongan(), date(), position(), prop::option::of(date()), education()),
        (-50.0f64..5_000.0, prop::option::of(golongan())),
        prop::collection::vec((1990i32..2100, predikat()), 0..8),
        (any::<bool>(), any::<bool>(), any::<bool>(), any::<bool>()),
        prop::option::of((education(), date())),
    )
        .prop_map(
            |(
                (birth, g, tmt, position, tmt_jabatan, education),
                (ak, superior),
                history,
                flags,
                diploma,
            )| {
                CareerRecord {
                    birth_date: birth,
                    golongan: g,
                    tmt_golongan: tmt,
                    position,
                    tmt_jabatan,
                    education,
                    angka_kredit: ak,
                    superior_golongan: superior,
                    predikat_history: history
                        .into_iter()
                        .map(|(year, predikat)| YearPredikat { year, predikat })
                        .collect(),
                    uji_kompetensi_passed: flags.0,
                    jenjang_vacancy: flags.1,
                    pengembangan_profesi: flags.2,
                    new_diploma: diploma.map(|(education, date)| Diploma { education, date }),
                    upkp_passed: flags.3,
                }
            },
        )
}

fn event() -> impl Strategy<Value = ScenarioEvent> {
    prop_oneof![
        (date(), education())
            .prop_map(|(date, education)| ScenarioEvent::DiplomaObtained { date, education }),
        date().prop_map(|date| ScenarioEvent::UjiKompetensiPassed { date }),
        date().prop_map(|date| ScenarioEvent::VacancyAvailable { date }),
        date().prop_map(|date| ScenarioEvent::UjianPenyesuaianPassed { date }),
        date().prop_map(|date| ScenarioEvent::PengembanganProfesi { date }),
        (date(), jenjang())
            .prop_map(|(date, jenjang)| ScenarioEvent::MoveToFunctional { date, jenjang }),
        (date(), prop::sample::select(ESELON.to_vec()))
            .prop_map(|(date, eselon)| ScenarioEvent::MoveToStructural { date, eselon }),
        date().prop_map(|date| ScenarioEvent::MoveToPelaksana { date }),
    ]
}

fn plan() -> impl Strategy<Value = PredikatPlan> {
    prop_oneof![
        predikat().prop_map(|predikat| PredikatPlan::Every { predikat }),
        prop::collection::vec(predikat(), 0..6)
            .prop_map(|predikat| PredikatPlan::Sequence { predikat }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn any_record_and_scenario_projects_or_is_refused_never_panics(
        r in record(),
        start in date(),
        plan in plan(),
        events in prop::collection::vec(event(), 0..6),
    ) {
        let rs = RuleSet::current();
        let scenario = Scenario { start, plan, events };
        let outcome = project(&rs, &r, &scenario);
        let counter = if outcome.is_ok() { &PROJECTED } else { &REFUSED };
        counter.fetch_add(1, Relaxed);
        let (projected, refused) = (PROJECTED.load(Relaxed), REFUSED.load(Relaxed));
        if (projected + refused) % 1000 == 0 {
            eprintln!("fuzz simulator: {projected} projected, {refused} refused");
        }
        if let Ok((p, _)) = outcome {
            // A timeline runs forward and ends at retirement.
            prop_assert!(p.steps.windows(2).all(|w| w[0].date <= w[1].date), "{:?}", p.steps);
            prop_assert_eq!(p.steps.last().map(|s| s.kind), Some(StepKind::Retirement));
            prop_assert!(p.steps.iter().all(|s| s.date >= start));
        }
    }

    #[test]
    fn any_record_has_an_eligibility_a_retirement_and_a_next_kp_date(r in record(), as_of in date()) {
        let rs = RuleSet::current();
        let (e, _) = promotion_eligibility(&rs, &r, as_of);
        prop_assert_eq!(e.as_of, as_of);
        let (retired, _) = retirement(&rs, r.birth_date, r.position);
        prop_assert!(retired.pension_date > r.birth_date);
        prop_assert!(next_kp_date(&rs, as_of) >= as_of);
    }
}

/// The case the fuzzing found: a move into a position whose retirement age has already passed
/// on the day of the move is not applied (it would put retirement before the move).
#[test]
fn a_move_past_the_new_positions_retirement_age_is_not_applied() {
    let rs = RuleSet::current();
    let record = CareerRecord {
        birth_date: Date::new(1962, 1, 15).unwrap(),
        golongan: "IV/c".parse().unwrap(),
        tmt_golongan: Date::new(2020, 4, 1).unwrap(),
        position: Position::Fungsional { jenjang: Jenjang::AhliUtama },
        tmt_jabatan: None,
        education: Education::S3,
        angka_kredit: 0.0,
        superior_golongan: None,
        predikat_history: vec![],
        uji_kompetensi_passed: false,
        jenjang_vacancy: false,
        pengembangan_profesi: false,
        new_diploma: None,
        upkp_passed: false,
    };
    let start = Date::new(2024, 1, 1).unwrap();
    let move_on = Date::new(2024, 6, 1).unwrap();
    let scenario = Scenario {
        start,
        plan: PredikatPlan::Every { predikat: Predikat::Baik },
        events: vec![ScenarioEvent::MoveToPelaksana { date: move_on }],
    };
    let (p, _) = project(&rs, &record, &scenario).unwrap();
    assert!(p.steps.iter().all(|s| s.kind != StepKind::Event), "{:?}", p.steps);
    let (expected, _) = retirement(&rs, record.birth_date, record.position);
    assert_eq!(p.pension_date, expected.pension_date);
    assert!(p.steps.windows(2).all(|w| w[0].date <= w[1].date));
}
