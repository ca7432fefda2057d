//! The career simulator: a deterministic projection of a scenario up to retirement, and Monte
//! Carlo odds of reaching each golongan (asn-rules.md §2; PRODUCT.md capability 4).
//!
//! Both run the same core ([`project_core`]) over the promotion checks of [`crate::promotion`],
//! so a simulated promotion happens exactly when the eligibility rules say it can. Randomness
//! enters only as a seed: ChaCha8 gives the same stream natively and in WebAssembly.
//!
//! Modelling choices (documented because the regulations leave them open):
//! - the annual predikat of year Y is known, and its credit points counted, from 1 January Y+1;
//!   the starting year earns credit points for its months from the start month on;
//! - a kenaikan jenjang takes effect on a KP date, together with the KP into the new range, and
//!   resets the credit points to zero (Peraturan BKN 3/2023: "AK menjadi 0");
//! - one promotion per KP date; kenaikan jenjang first, then penyesuaian ijazah, then KP.

use rand_chacha::ChaCha8Rng;
use rand_core::{RngCore, SeedableRng};
use serde::{Deserialize, Serialize};

use crate::{
    angka_kredit::ak_value,
    career::{next_kp_date, Eselon, Position},
    date::Date,
    explain::Trace,
    jenjang::Jenjang,
    pangkat::{Education, Golongan},
    predikat::Predikat,
    promotion::{all_checks, kind_code, CareerRecord, Diploma, PromotionKind, Requirement, State},
    rule_set::RuleSet,
};

const REGULATION: &str = "PP 99/2000; PermenPANRB 1/2023; Peraturan BKN 3/2023 dan 4/2023";

/// The yearly predikat of a deterministic scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PredikatPlan {
    /// The same predikat every year ("Baik every year").
    Every { predikat: Predikat },
    /// One predikat per year from the start year; the last one repeats.
    Sequence { predikat: Vec<Predikat> },
}

impl PredikatPlan {
    fn for_year_index(&self, i: usize) -> Predikat {
        match self {
            PredikatPlan::Every { predikat } => *predikat,
            PredikatPlan::Sequence { predikat } => {
                predikat.get(i).or(predikat.last()).copied().unwrap_or(Predikat::Baik)
            }
        }
    }
}

/// Something that happens to the career on a date.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ScenarioEvent {
    DiplomaObtained { date: Date, education: Education },
    UjiKompetensiPassed { date: Date },
    VacancyAvailable { date: Date },
    UjianPenyesuaianPassed { date: Date },
    PengembanganProfesi { date: Date },
    MoveToFunctional { date: Date, jenjang: Jenjang },
    MoveToStructural { date: Date, eselon: Eselon },
    MoveToPelaksana { date: Date },
}

impl ScenarioEvent {
    pub fn date(&self) -> Date {
        match *self {
            ScenarioEvent::DiplomaObtained { date, .. }
            | ScenarioEvent::UjiKompetensiPassed { date }
            | ScenarioEvent::VacancyAvailable { date }
            | ScenarioEvent::UjianPenyesuaianPassed { date }
            | ScenarioEvent::PengembanganProfesi { date }
            | ScenarioEvent::MoveToFunctional { date, .. }
            | ScenarioEvent::MoveToStructural { date, .. }
            | ScenarioEvent::MoveToPelaksana { date } => date,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    Promotion,
    Event,
    Retirement,
}

/// One line of a projected timeline.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Step {
    pub date: Date,
    pub kind: StepKind,
    pub promotion: Option<PromotionKind>,
    pub event: Option<ScenarioEvent>,
    pub golongan: Golongan,
    pub jenjang: Option<Jenjang>,
    pub angka_kredit: f64,
    /// For a promotion, the requirement met last (what decided the date); at retirement, what
    /// blocked the next step.
    pub binding: Option<Requirement>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Scenario {
    pub start: Date,
    pub plan: PredikatPlan,
    #[serde(default)]
    pub events: Vec<ScenarioEvent>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Projection {
    pub steps: Vec<Step>,
    pub pension_date: Date,
    pub final_golongan: Golongan,
    pub final_jenjang: Option<Jenjang>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SimulationError {
    #[error("the scenario starts ({start}) before the current golongan's TMT ({tmt})")]
    StartBeforeTmt { start: Date, tmt: Date },
    #[error("the scenario starts ({start}) after retirement ({pension})")]
    StartAfterRetirement { start: Date, pension: Date },
    #[error("a predikat sequence needs at least one predikat")]
    EmptySequence,
    #[error("runs must be between 1 and {max}, not {runs}")]
    Runs { runs: u32, max: u32 },
    #[error("the predikat distribution needs a positive weight")]
    EmptyDistribution,
    #[error(transparent)]
    Record(#[from] crate::promotion::RecordError),
}

/// Predikat by calendar year, O(1) lookups for the inner loop.
#[derive(Debug, Clone)]
struct Years {
    base: i32,
    values: Vec<Option<Predikat>>,
}

impl Years {
    fn from_record(record: &CareerRecord, start: Date) -> Years {
        let base = record
            .predikat_history
            .iter()
            .map(|y| y.year)
            .min()
            .unwrap_or(start.year())
            .min(start.year());
        let mut years = Years { base, values: Vec::with_capacity(64) };
        for y in &record.predikat_history {
            if y.year < start.year() {
                years.set(y.year, y.predikat);
            }
        }
        years
    }

    fn reset_from(&mut self, record: &CareerRecord, start: Date) {
        self.values.clear();
        for y in &record.predikat_history {
            if y.year < start.year() {
                self.set(y.year, y.predikat);
            }
        }
    }

    fn set(&mut self, year: i32, predikat: Predikat) {
        let i = (year - self.base) as usize;
        if self.values.len() <= i {
            self.values.resize(i + 1, None);
        }
        self.values[i] = Some(predikat);
    }

    fn ok(&self, current_year: i32, years: u32, min: Predikat) -> bool {
        (1..=years as i32).all(|back| {
            let i = current_year - back - self.base;
            i >= 0 && self.values.get(i as usize).copied().flatten().is_some_and(|p| p >= min)
        })
    }
}

/// The shared core. `predikat_of_year(index, year)` gives the annual predikat of the scenario's
/// `index`-th year; `sink` receives every step. Returns the final state.
fn project_core(
    rs: &RuleSet,
    record: &CareerRecord,
    start: Date,
    events: &[ScenarioEvent],
    years: &mut Years,
    predikat_of_year: &mut dyn FnMut(usize, i32) -> Predikat,
    sink: &mut dyn FnMut(Step),
) -> State {
    let mut s = State::from_record(record, start);
    let mut pending: Vec<ScenarioEvent> = Vec::new();
    pending.extend(events.iter().copied().filter(|e| e.date() >= start));
    pending.sort_by_key(|e| e.date());
    let mut next_event = 0;
    let mut year = start.year();
    let mut kp = next_kp_date(rs, start);

    loop {
        let pension = s.pension_date(rs);
        // Close the years that ended before this KP date (and before retirement): predikat known,
        // credit points counted.
        while year < kp.year() && year < pension.year() {
            let index = (year - start.year()) as usize;
            let p = predikat_of_year(index, year);
            years.set(year, p);
            if let Position::Fungsional { jenjang } = s.position {
                let months = if year == start.year() { 13 - start.month() } else { 12 };
                s.ak += ak_value(months, rs.ak_percent(p), rs.jenjang(jenjang).koefisien);
            }
            year += 1;
        }
        if kp >= pension {
            break;
        }
        while next_event < pending.len() && pending[next_event].date() <= kp {
            let event = pending[next_event];
            let mut after = s;
            apply_event(rs, &mut after, event);
            // A move into a position whose retirement age has already passed on the day of the
            // move cannot happen: it is not applied (the timeline never runs backwards).
            if after.pension_date(rs) > event.date() {
                s = after;
                sink(step(&s, event.date(), StepKind::Event, None, Some(event), None));
            }
            next_event += 1;
        }
        let predikat_ok = |n: u32| years.ok(kp.year(), n, rs.kp_min_predikat);
        let mut best: Option<Candidate> = None;
        // The earliest later date on which some path is already known to open.
        let mut opens: Option<Date> = None;
        all_checks(rs, &s, kp, &predikat_ok, |checks| {
            if let (Some(on), binding) = checks.outcome(rs, kp, pension) {
                let rank = priority(checks.kind);
                if on > kp {
                    opens = Some(opens.map_or(on, |o| o.min(on)));
                }
                if on <= kp && best.is_none_or(|b| rank < b.rank) {
                    best = Some(Candidate {
                        rank,
                        kind: checks.kind,
                        golongan: checks.target_golongan,
                        jenjang: checks.target_jenjang,
                        binding,
                    });
                }
            }
        });
        if let Some(c) = best {
            promote(&mut s, c.kind, c.golongan, c.jenjang, kp);
            sink(step(&s, kp, StepKind::Promotion, Some(c.kind), None, Some(c.binding)));
            kp = next_kp_date(rs, kp.add_days(1));
            continue;
        }
        // Nothing changes the verdicts before the next 1 January (new predikat and credit
        // points), the next scenario event, or a date already known to open a path: skip the
        // KP dates in between. Same results, a fraction of the work in Monte Carlo runs.
        let mut wake = Date::new(kp.year() + 1, 1, 1).unwrap_or(kp.add_days(366));
        if let Some(event) = pending.get(next_event) {
            wake = wake.min(event.date());
        }
        if let Some(on) = opens {
            wake = wake.min(on);
        }
        kp = next_kp_date(rs, wake.max(kp.add_days(1)));
    }

    // Retirement, with what blocked the next step.
    let pension = s.pension_date(rs);
    let before = pension.add_days(-1);
    let predikat_ok = |n: u32| years.ok(before.year(), n, rs.kp_min_predikat);
    // What blocked the next step: the first path that could still open, rather than one that is
    // closed by the ladder itself (no next golongan in this jenjang).
    let mut blocking = None;
    all_checks(rs, &s, before, &predikat_ok, |checks| {
        let binding = checks.outcome(rs, before, pension).1;
        let structural =
            matches!(binding, Requirement::WithinJenjangRange | Requirement::HasNextGolongan);
        match blocking {
            None => blocking = Some(binding),
            Some(Requirement::WithinJenjangRange | Requirement::HasNextGolongan) if !structural => {
                blocking = Some(binding)
            }
            Some(_) => {}
        }
    });
    sink(step(&s, pension, StepKind::Retirement, None, None, blocking));
    s
}

/// The promotion chosen on a KP date when several are open.
#[derive(Clone, Copy)]
struct Candidate {
    rank: u8,
    kind: PromotionKind,
    golongan: Option<Golongan>,
    jenjang: Option<Jenjang>,
    binding: Requirement,
}

fn priority(kind: PromotionKind) -> u8 {
    match kind {
        PromotionKind::KenaikanJenjang => 0,
        PromotionKind::PenyesuaianIjazah => 1,
        PromotionKind::Fungsional => 2,
        PromotionKind::Reguler | PromotionKind::Struktural => 3,
    }
}

fn step(
    s: &State,
    date: Date,
    kind: StepKind,
    promotion: Option<PromotionKind>,
    event: Option<ScenarioEvent>,
    binding: Option<Requirement>,
) -> Step {
    let jenjang = match s.position {
        Position::Fungsional { jenjang } => Some(jenjang),
        _ => None,
    };
    Step {
        date,
        kind,
        promotion,
        event,
        golongan: s.golongan,
        jenjang,
        angka_kredit: s.ak,
        binding,
    }
}

fn apply_event(rs: &RuleSet, s: &mut State, event: ScenarioEvent) {
    match event {
        ScenarioEvent::DiplomaObtained { date, education } => {
            if education > s.education {
                s.new_diploma = Some(Diploma { education, date });
                // A functional official's higher diploma also brings the one-off 25% bonus.
                if let Position::Fungsional { jenjang } = s.position {
                    if let Ok(akk) = crate::angka_kredit::next_kp_akk(rs, jenjang, s.golongan) {
                        s.ak += akk * f64::from(rs.diploma_bonus_percent) / 100.0;
                    }
                }
            }
        }
        ScenarioEvent::UjiKompetensiPassed { date } => s.uji_kompetensi = Some(date),
        ScenarioEvent::VacancyAvailable { date } => s.vacancy = Some(date),
        ScenarioEvent::UjianPenyesuaianPassed { date } => s.upkp = Some(date),
        ScenarioEvent::PengembanganProfesi { .. } => s.pengembangan_profesi = true,
        ScenarioEvent::MoveToFunctional { date, jenjang } => {
            s.position = Position::Fungsional { jenjang };
            s.tmt_jabatan = date;
            // AK dasar: the cumulative points the golongan stands for in the new jenjang.
            s.ak = rs.jenjang(jenjang).ak_dasar(s.golongan).unwrap_or(0.0);
        }
        ScenarioEvent::MoveToStructural { date, eselon } => {
            s.position = Position::Struktural { eselon };
            s.tmt_jabatan = date;
            s.ak = 0.0;
        }
        ScenarioEvent::MoveToPelaksana { date } => {
            s.position = Position::Pelaksana;
            s.tmt_jabatan = date;
            s.ak = 0.0;
        }
    }
}

fn promote(
    s: &mut State,
    kind: PromotionKind,
    target: Option<Golongan>,
    target_jenjang: Option<Jenjang>,
    on: Date,
) {
    if let Some(t) = target {
        if t != s.golongan {
            s.golongan = t;
            s.tmt_golongan = on;
        }
    }
    match kind {
        PromotionKind::KenaikanJenjang => {
            if let Some(j) = target_jenjang {
                s.position = Position::Fungsional { jenjang: j };
            }
            s.tmt_jabatan = on;
            s.ak = 0.0;
            // A vacancy and a competency test are used up by the move they allowed.
            s.vacancy = None;
            s.uji_kompetensi = None;
        }
        PromotionKind::PenyesuaianIjazah => {
            if let Some(d) = s.new_diploma.take() {
                s.education = d.education;
            }
            s.upkp = None;
        }
        PromotionKind::Fungsional | PromotionKind::Reguler | PromotionKind::Struktural => {}
    }
}

fn validate(
    rs: &RuleSet,
    record: &CareerRecord,
    start: Date,
    events: &[ScenarioEvent],
) -> Result<(), SimulationError> {
    record.check()?;
    crate::promotion::check_list_len("events", events.len())?;
    if start < record.tmt_golongan {
        return Err(SimulationError::StartBeforeTmt { start, tmt: record.tmt_golongan });
    }
    let pension = State::from_record(record, start).pension_date(rs);
    if start >= pension {
        return Err(SimulationError::StartAfterRetirement { start, pension });
    }
    Ok(())
}

/// A deterministic projection from the record under a scenario, up to retirement.
pub fn project(
    rs: &RuleSet,
    record: &CareerRecord,
    scenario: &Scenario,
) -> Result<(Projection, Trace), SimulationError> {
    validate(rs, record, scenario.start, &scenario.events)?;
    if let PredikatPlan::Sequence { predikat } = &scenario.plan {
        if predikat.is_empty() {
            return Err(SimulationError::EmptySequence);
        }
        crate::promotion::check_list_len("scenario.plan.predikat", predikat.len())?;
    }
    let mut years = Years::from_record(record, scenario.start);
    let mut steps = Vec::new();
    let end = project_core(
        rs,
        record,
        scenario.start,
        &scenario.events,
        &mut years,
        &mut |i, _| scenario.plan.for_year_index(i),
        &mut |s| steps.push(s),
    );
    let mut trace = Trace::new();
    for s in &steps {
        let what = match (s.kind, s.promotion) {
            (StepKind::Promotion, Some(kind)) => format!("promotion.{}", kind_code(kind)),
            (StepKind::Event, _) => "simulation.event".to_string(),
            _ => "simulation.retirement".to_string(),
        };
        trace.push(
            &what,
            REGULATION,
            &[
                ("date", s.date.to_string()),
                ("angka_kredit", crate::angka_kredit::format_ak(s.angka_kredit)),
                ("binding", s.binding.map(|b| b.code().to_string()).unwrap_or_default()),
            ],
            format!(
                "{}{}",
                s.golongan,
                s.jenjang.map(|j| format!(" {}", j.code())).unwrap_or_default()
            ),
        );
    }
    let projection = Projection {
        pension_date: end.pension_date(rs),
        final_golongan: end.golongan,
        final_jenjang: match end.position {
            Position::Fungsional { jenjang } => Some(jenjang),
            _ => None,
        },
        steps,
    };
    Ok((projection, trace))
}

/// Relative weights of the five predikat (best first), for Monte Carlo draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PredikatDistribution {
    pub sangat_baik: u32,
    pub baik: u32,
    pub butuh_perbaikan: u32,
    pub kurang_misconduct: u32,
    pub sangat_kurang: u32,
}

impl PredikatDistribution {
    /// A typical agency: mostly Baik, some Sangat Baik, a few below.
    pub const TYPICAL: PredikatDistribution = PredikatDistribution {
        sangat_baik: 15,
        baik: 75,
        butuh_perbaikan: 7,
        kurang_misconduct: 2,
        sangat_kurang: 1,
    };
    pub const OPTIMISTIC: PredikatDistribution = PredikatDistribution {
        sangat_baik: 40,
        baik: 57,
        butuh_perbaikan: 3,
        kurang_misconduct: 0,
        sangat_kurang: 0,
    };
    pub const CAUTIOUS: PredikatDistribution = PredikatDistribution {
        sangat_baik: 5,
        baik: 70,
        butuh_perbaikan: 18,
        kurang_misconduct: 5,
        sangat_kurang: 2,
    };

    /// Estimated from an employee's own history, with one pseudo-count per predikat (Laplace)
    /// so that a short history never rules an outcome out entirely.
    pub fn from_history(history: &[Predikat]) -> PredikatDistribution {
        let count = |p: Predikat| 1 + history.iter().filter(|h| **h == p).count() as u32;
        PredikatDistribution {
            sangat_baik: count(Predikat::SangatBaik),
            baik: count(Predikat::Baik),
            butuh_perbaikan: count(Predikat::ButuhPerbaikan),
            kurang_misconduct: count(Predikat::KurangMisconduct),
            sangat_kurang: count(Predikat::SangatKurang),
        }
    }

    fn weights(&self) -> [(Predikat, u64); 5] {
        [
            (Predikat::SangatBaik, u64::from(self.sangat_baik)),
            (Predikat::Baik, u64::from(self.baik)),
            (Predikat::ButuhPerbaikan, u64::from(self.butuh_perbaikan)),
            (Predikat::KurangMisconduct, u64::from(self.kurang_misconduct)),
            (Predikat::SangatKurang, u64::from(self.sangat_kurang)),
        ]
    }

    fn total(&self) -> u64 {
        self.weights().iter().map(|(_, w)| w).sum()
    }

    /// Integer-only draw: identical on every platform.
    fn draw(&self, rng: &mut ChaCha8Rng, total: u64) -> Predikat {
        let mut x = (u64::from(rng.next_u32()) * total) >> 32;
        for (p, w) in self.weights() {
            if x < w {
                return p;
            }
            x -= w;
        }
        Predikat::Baik
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// An API request with a misspelt field is refused, not half-read.
#[serde(deny_unknown_fields)]
pub struct MonteCarloInput {
    pub record: CareerRecord,
    pub start: Date,
    pub distribution: PredikatDistribution,
    pub runs: u32,
    pub seed: u64,
    #[serde(default)]
    pub events: Vec<ScenarioEvent>,
}

/// The odds of holding a golongan before retirement, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RankOdds {
    pub golongan: Golongan,
    pub probability: f64,
    /// Percentiles of the date it is reached, among the runs that reach it.
    pub p10: Option<Date>,
    pub p50: Option<Date>,
    pub p90: Option<Date>,
}

/// The odds of reaching a higher jenjang of a functional position before retirement, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct JenjangOdds {
    pub jenjang: Jenjang,
    pub probability: f64,
    /// Percentiles of the date it is reached, among the runs that reach it.
    pub p10: Option<Date>,
    pub p50: Option<Date>,
    pub p90: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MonteCarloResult {
    pub runs: u32,
    pub seed: u64,
    pub pension_date: Date,
    pub ranks: Vec<RankOdds>,
    /// For a functional position, each higher jenjang of its ladder (empty otherwise).
    #[serde(default)]
    pub jenjang: Vec<JenjangOdds>,
}

pub const MAX_RUNS: u32 = 100_000;

/// N careers with yearly predikat drawn from `distribution`, seeded.
pub fn monte_carlo(
    rs: &RuleSet,
    input: &MonteCarloInput,
) -> Result<(MonteCarloResult, Trace), SimulationError> {
    let mut run = MonteCarloRun::new(rs, input.clone())?;
    run.advance(rs, input.runs);
    Ok(run.finish())
}

/// A Monte Carlo run that can be advanced a slice at a time, so that a page can run it in
/// chunks that yield to the browser (with progress and a cancel) and still get exactly the
/// answer of [`monte_carlo`]: the careers are drawn from one seeded stream in the same order,
/// however the runs are sliced.
#[derive(Debug, Clone)]
pub struct MonteCarloRun {
    input: MonteCarloInput,
    rng: ChaCha8Rng,
    total: u64,
    /// Days (since the epoch) on which each golongan was first held, per run.
    reached: Vec<Vec<i64>>,
    /// The same for each jenjang (by its place in [`Jenjang::ALL`]).
    reached_jenjang: Vec<Vec<i64>>,
    years: Years,
    pension: Date,
    done: u32,
}

impl MonteCarloRun {
    /// A run of `input`, validated; nothing is drawn yet.
    pub fn new(rs: &RuleSet, input: MonteCarloInput) -> Result<MonteCarloRun, SimulationError> {
        validate(rs, &input.record, input.start, &input.events)?;
        if input.runs == 0 || input.runs > MAX_RUNS {
            return Err(SimulationError::Runs { runs: input.runs, max: MAX_RUNS });
        }
        let total = input.distribution.total();
        if total == 0 {
            return Err(SimulationError::EmptyDistribution);
        }
        Ok(MonteCarloRun {
            rng: ChaCha8Rng::seed_from_u64(input.seed),
            total,
            reached: (0..17).map(|_| Vec::new()).collect(),
            reached_jenjang: Jenjang::ALL.iter().map(|_| Vec::new()).collect(),
            years: Years::from_record(&input.record, input.start),
            pension: input.start,
            done: 0,
            input,
        })
    }

    /// Careers simulated so far, of [`MonteCarloRun::runs`].
    pub fn done(&self) -> u32 {
        self.done
    }

    /// Careers the run simulates in all.
    pub fn runs(&self) -> u32 {
        self.input.runs
    }

    pub fn is_finished(&self) -> bool {
        self.done >= self.input.runs
    }

    /// Simulate up to `careers` more careers (fewer when the run ends first); the number done.
    pub fn advance(&mut self, rs: &RuleSet, careers: u32) -> u32 {
        let todo = careers.min(self.input.runs - self.done);
        let MonteCarloRun { input, rng, total, reached, reached_jenjang, years, pension, .. } =
            self;
        let (distribution, total) = (input.distribution, *total);
        for _ in 0..todo {
            years.reset_from(&input.record, input.start);
            let mut first = [None::<i64>; 17];
            let mut first_jenjang = [None::<i64>; Jenjang::ALL.len()];
            let end = project_core(
                rs,
                &input.record,
                input.start,
                &input.events,
                years,
                &mut |_, _| distribution.draw(rng, total),
                &mut |s| {
                    if s.kind == StepKind::Promotion {
                        let i = usize::from(s.golongan.index());
                        first[i].get_or_insert(s.date.to_days());
                        if s.promotion == Some(PromotionKind::KenaikanJenjang) {
                            if let Some(j) = s.jenjang.and_then(jenjang_index) {
                                first_jenjang[j].get_or_insert(s.date.to_days());
                            }
                        }
                    }
                },
            );
            *pension = end.pension_date(rs);
            for (i, day) in first.iter().enumerate() {
                if let Some(day) = day {
                    reached[i].push(*day);
                }
            }
            for (j, day) in first_jenjang.iter().enumerate() {
                if let Some(day) = day {
                    reached_jenjang[j].push(*day);
                }
            }
        }
        self.done += todo;
        todo
    }

    /// The odds over the careers simulated (all of them once [`MonteCarloRun::is_finished`]).
    pub fn finish(mut self) -> (MonteCarloResult, Trace) {
        let runs = self.done.max(1);
        let start_index = usize::from(self.input.record.golongan.index());
        let mut ranks = Vec::new();
        let mut trace = Trace::new();
        for (i, days) in self.reached.iter_mut().enumerate().skip(start_index + 1) {
            let (probability, [p10, p50, p90]) = odds(days, runs);
            let golongan = Golongan::from_index(i as u8).unwrap_or(Golongan::HIGHEST);
            trace.push(
                "simulation.monte_carlo",
                REGULATION,
                &[
                    ("golongan", golongan.code().into()),
                    ("runs", runs.to_string()),
                    ("seed", self.input.seed.to_string()),
                ],
                format!("{probability:.4}"),
            );
            ranks.push(RankOdds { golongan, probability, p10, p50, p90 });
        }
        // The ladder above a functional position's jenjang (a move into one is an event, so a
        // record that starts elsewhere has no ladder here).
        let mut jenjang = Vec::new();
        if let Position::Fungsional { jenjang: held } = self.input.record.position {
            let mut next = held.next();
            while let Some(up) = next {
                let days = jenjang_index(up).map(|j| &mut self.reached_jenjang[j]);
                let (probability, [p10, p50, p90]) =
                    days.map_or((0.0, [None; 3]), |days| odds(days, runs));
                trace.push(
                    "simulation.monte_carlo.jenjang",
                    REGULATION,
                    &[
                        ("jenjang", up.code().into()),
                        ("runs", runs.to_string()),
                        ("seed", self.input.seed.to_string()),
                    ],
                    format!("{probability:.4}"),
                );
                jenjang.push(JenjangOdds { jenjang: up, probability, p10, p50, p90 });
                next = up.next();
            }
        }
        (
            MonteCarloResult {
                runs,
                seed: self.input.seed,
                pension_date: self.pension,
                ranks,
                jenjang,
            },
            trace,
        )
    }
}

/// The share of `runs` that reached a step on `days` (sorted here), and the 10th, 50th and
/// 90th percentile of those days.
fn odds(days: &mut [i64], runs: u32) -> (f64, [Option<Date>; 3]) {
    days.sort_unstable();
    let percentile = |p: usize| -> Option<Date> {
        if days.is_empty() {
            return None;
        }
        let rank = (p * days.len()).div_ceil(100).max(1);
        Some(Date::from_days(days[rank - 1]))
    };
    (days.len() as f64 / f64::from(runs), [percentile(10), percentile(50), percentile(90)])
}

fn jenjang_index(j: Jenjang) -> Option<usize> {
    Jenjang::ALL.iter().position(|x| *x == j)
}

#[cfg(test)]
mod tests;
