use leptos::prelude::*;

use crate::{
    career::{
        scenario::Draft,
        texts::{use_career_texts, CareerTexts},
        ui::labels::golongan_label,
    },
    i18n::I18n,
    rules::{
        promotion::CareerRecord,
        simulator::{MonteCarloInput, MonteCarloResult, MonteCarloRun, PredikatDistribution},
        Date, RuleSet,
    },
    ui::prelude::*,
};

/// The seed of every run on the page: the same inputs give the same odds on every device.
const SEED: u64 = 42;
/// Careers simulated between two checks of the clock; a slice stops after [`SLICE_MS`].
#[cfg(feature = "hydrate")]
const BATCH: u32 = 50;
/// Milliseconds of compute before the page yields to the browser (well under the 50 ms that
/// makes a long task, also on a slow phone).
#[cfg(feature = "hydrate")]
const SLICE_MS: f64 = 8.0;

/// Where the yearly predikat are drawn from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    History,
    Typical,
    Optimistic,
    Cautious,
}

impl Source {
    const ALL: [Source; 4] =
        [Source::History, Source::Typical, Source::Optimistic, Source::Cautious];

    fn code(self) -> &'static str {
        match self {
            Source::History => "history",
            Source::Typical => "typical",
            Source::Optimistic => "optimistic",
            Source::Cautious => "cautious",
        }
    }

    fn label(self, ct: &CareerTexts) -> &'static str {
        match self {
            Source::History => ct.odds_own_history,
            Source::Typical => ct.odds_typical,
            Source::Optimistic => ct.odds_optimistic,
            Source::Cautious => ct.odds_cautious,
        }
    }

    fn distribution(self, record: &CareerRecord) -> PredikatDistribution {
        match self {
            Source::History => PredikatDistribution::from_history(
                &record.predikat_history.iter().map(|y| y.predikat).collect::<Vec<_>>(),
            ),
            Source::Typical => PredikatDistribution::TYPICAL,
            Source::Optimistic => PredikatDistribution::OPTIMISTIC,
            Source::Cautious => PredikatDistribution::CAUTIOUS,
        }
    }
}

/// Where a run stands.
#[derive(Debug, Clone, PartialEq)]
enum OddsState {
    Idle,
    Running { done: u32, runs: u32 },
    Done { result: MonteCarloResult, compute_ms: f64, cancelled: bool },
}

/// "How likely": a Monte Carlo of thousands of careers from the record, in slices that yield
/// to the browser between them (a progress bar, a cancel button, and no long task), so the
/// page never freezes. A changed input cancels the run in flight and starts the new one.
#[component]
pub fn Odds(
    record: StoredValue<CareerRecord>,
    today: Date,
    drafts: RwSignal<Vec<Draft>>,
) -> AnyView {
    let ct = use_career_texts();
    let i18n = use_i18n();
    let source = RwSignal::new(Source::History);
    let events_of = RwSignal::new(0u32);
    let runs = RwSignal::new(10_000u32);
    let state = RwSignal::new(OddsState::Idle);
    // Each run has a generation; a slice of an older one finds it replaced and stops.
    let generation = StoredValue::new(0u32);
    let input = Memo::new(move |_| {
        let events = drafts
            .with(|ds| ds.iter().find(|d| d.key == events_of.get()).map(|d| d.plan.events.clone()));
        record.with_value(|r| MonteCarloInput {
            distribution: source.get().distribution(r),
            record: r.clone(),
            start: today,
            runs: runs.get(),
            seed: SEED,
            events: events.unwrap_or_default(),
        })
    });
    let in_flight: InFlight = StoredValue::new(None);
    let start = move || start_run(input.get_untracked(), in_flight, generation, state);
    let cancel = move |_| cancel_run(in_flight, generation, state);
    // A new input while a run is in flight, or after one finished, recomputes.
    Effect::new(move |seen: Option<()>| {
        input.track();
        if seen.is_some() && !matches!(state.get_untracked(), OddsState::Idle) {
            start();
        }
    });
    let running = move || matches!(state.get(), OddsState::Running { .. });
    view! {
        <section class="career-odds" data-testid="career-odds" aria-labelledby="odds-title">
            <h2 id="odds-title">{move || ct().odds_title}</h2>
            <p class="muted">{move || ct().odds_intro}</p>
            <div class="odds-inputs">
                <label>
                    <span>{move || ct().odds_source}</span>
                    <select
                        data-testid="odds-source"
                        on:change=move |ev| {
                            let code = event_target_value(&ev);
                            if let Some(s) = Source::ALL.into_iter().find(|s| s.code() == code) {
                                source.set(s);
                            }
                        }
                    >
                        {Source::ALL
                            .into_iter()
                            .map(|s| {
                                view! {
                                    <option value=s.code() selected=s == Source::History>
                                        {move || s.label(ct())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    <span>{move || ct().odds_events}</span>
                    <select
                        data-testid="odds-events"
                        on:change=move |ev| {
                            events_of.set(event_target_value(&ev).parse().unwrap_or(0))
                        }
                    >
                        <option value="0">{move || ct().odds_no_events}</option>
                        {move || {
                            drafts
                                .get()
                                .into_iter()
                                .map(|d| {
                                    let key = d.key;
                                    view! {
                                        <option value=key selected=move || events_of.get() == key>
                                            {format!("{} {key}", ct().odds_events_of)}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </label>
                <label>
                    <span>{move || ct().odds_runs}</span>
                    <select
                        data-testid="odds-runs"
                        on:change=move |ev| {
                            runs.set(event_target_value(&ev).parse().unwrap_or(10_000))
                        }
                    >
                        {[1_000u32, 10_000, 50_000]
                            .into_iter()
                            .map(|n| {
                                view! {
                                    <option value=n selected=n == 10_000>
                                        {move || i18n.t().int(i64::from(n))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <p class="odds-actions">
                <button
                    type="button"
                    class="button"
                    data-testid="odds-run"
                    disabled=running
                    on:click=move |_| start()
                >
                    {move || ct().odds_run}
                </button>
                " "
                <button
                    type="button"
                    class="button secondary"
                    data-testid="odds-cancel"
                    disabled=move || !running()
                    on:click=cancel
                >
                    {move || ct().odds_cancel}
                </button>
            </p>
            {move || odds_view(ct(), i18n, state.get())}
        </section>
    }
    .into_any()
}

fn odds_view(ct: &'static CareerTexts, i18n: I18n, state: OddsState) -> AnyView {
    match state {
        OddsState::Idle => ().into_any(),
        OddsState::Running { done, runs } => view! {
            <p class="odds-progress" role="status" data-testid="odds-progress">
                <label>
                    <span>{ct.odds_progress} " "</span>
                    <progress max=runs value=done></progress>
                    {format!(
                        " {} / {}",
                        i18n.t().int(i64::from(done)),
                        i18n.t().int(i64::from(runs)),
                    )}
                </label>
            </p>
        }
        .into_any(),
        OddsState::Done { result, compute_ms, cancelled } => {
            view! { <OddsResult result compute_ms cancelled /> }.into_any()
        }
    }
}

#[component]
fn OddsResult(result: MonteCarloResult, compute_ms: f64, cancelled: bool) -> AnyView {
    let ct = use_career_texts();
    let i18n = use_i18n();
    let runs = result.runs;
    // Golongan no simulated career reaches are summed up in one sentence, not listed.
    let reached = result.ranks.iter().rposition(|r| r.probability > 0.0).map_or(0, |i| i + 1);
    let ranks = result.ranks[..reached].to_vec();
    let beyond = ranks.last().filter(|_| reached < result.ranks.len()).map(|r| r.golongan);
    let jenjang = result.jenjang.clone();
    view! {
        <div
            class="odds-result"
            role="status"
            data-testid="odds-result"
            data-runs=runs
            data-cancelled=cancelled.to_string()
            data-compute-ms=format!("{compute_ms:.1}")
        >
            {cancelled.then(|| view! { <p class="notice">{move || ct().odds_cancelled}</p> })}
            <p class="muted">
                {move || {
                    format!(
                        "{} {} {} ms",
                        i18n.t().int(i64::from(runs)),
                        ct().odds_computed,
                        i18n.t().num(compute_ms, 0),
                    )
                }}
            </p>
            {if ranks.is_empty() {
                view! { <p>{move || ct().odds_none}</p> }.into_any()
            } else {
                view! {
                    <OddsChart ranks=ranks.iter().map(|r| (r.golongan, r.probability)).collect() />
                    <OddsTable
                        first=|ct| ct.col_golongan
                        rows=ranks
                            .iter()
                            .map(|r| OddsRow {
                                code: r.golongan.code().to_string(),
                                label: r.golongan.code().to_string(),
                                title: golongan_label(r.golongan),
                                probability: r.probability,
                                dates: [r.p10, r.p50, r.p90],
                            })
                            .collect()
                    />
                    {beyond
                        .map(|g| {
                            view! {
                                <p class="muted" data-testid="odds-unreached">
                                    {move || format!("{} {}.", ct().odds_unreached, g.code())}
                                </p>
                            }
                        })}
                    {(!jenjang.is_empty())
                        .then(|| {
                            view! {
                                <OddsTable
                                    first=|ct| ct.col_jenjang
                                    rows=jenjang
                                        .iter()
                                        .map(|j| OddsRow {
                                            code: j.jenjang.code().to_string(),
                                            label: j.jenjang.title().to_string(),
                                            title: j.jenjang.title().to_string(),
                                            probability: j.probability,
                                            dates: [j.p10, j.p50, j.p90],
                                        })
                                        .collect()
                                />
                            }
                        })}
                }
                    .into_any()
            }}
        </div>
    }
    .into_any()
}

/// One line of an odds table: a golongan or a jenjang.
#[derive(Clone)]
struct OddsRow {
    code: String,
    label: String,
    title: String,
    probability: f64,
    dates: [Option<Date>; 3],
}

/// The odds of each step and its p10/p50/p90 dates, as a table.
#[component]
fn OddsTable(first: fn(&CareerTexts) -> &'static str, rows: Vec<OddsRow>) -> AnyView {
    let ct = use_career_texts();
    let i18n = use_i18n();
    let date = move |d: Option<Date>| d.map(|d| i18n.t().date(d)).unwrap_or_else(|| "—".into());
    view! {
        <TableScroll label=move || ct().odds_title>
            <table class="data">
                <thead>
                    <tr>
                        <th>{move || first(ct())}</th>
                        <th>{move || ct().odds_col_probability}</th>
                        <th>{move || ct().odds_col_p10}</th>
                        <th>{move || ct().odds_col_p50}</th>
                        <th>{move || ct().odds_col_p90}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|r| {
                            let [p10, p50, p90] = r.dates;
                            let p = r.probability;
                            view! {
                                <tr data-step=r.code>
                                    <td title=r.title>{r.label}</td>
                                    <td data-probability=format!(
                                        "{p:.4}",
                                    )>{move || i18n.t().percent(p * 100.0, 1)}</td>
                                    <td>{move || date(p10)}</td>
                                    <td>{move || date(p50)}</td>
                                    <td>{move || date(p90)}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </TableScroll>
    }
    .into_any()
}

/// The odds as horizontal bars, one per golongan (the table beside it holds the same data).
#[component]
fn OddsChart(ranks: Vec<(crate::rules::pangkat::Golongan, f64)>) -> AnyView {
    let ct = use_career_texts();
    const ROW: f64 = 22.0;
    const LEFT: f64 = 48.0;
    const WIDTH: f64 = 320.0;
    let height = ROW * ranks.len() as f64 + 4.0;
    view! {
        <figure class="odds-chart">
            <svg
                viewBox=format!("0 0 {} {height}", LEFT + WIDTH + 52.0)
                role="img"
                aria-label=move || ct().odds_chart
            >
                {ranks
                    .into_iter()
                    .enumerate()
                    .map(|(i, (g, p))| {
                        let y = ROW * i as f64 + 2.0;
                        view! {
                            <g>
                                <text x="0" y=y + 15.0 class="axis">
                                    {g.code()}
                                </text>
                                <rect
                                    x=LEFT
                                    y=y + 3.0
                                    width=(p * WIDTH).max(1.0)
                                    height=ROW - 6.0
                                    class="odds-bar"
                                ></rect>
                                <text x=LEFT + (p * WIDTH).max(1.0) + 4.0 y=y + 15.0 class="axis">
                                    {format!("{:.0} %", p * 100.0)}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()}
            </svg>
            <figcaption class="muted">{move || ct().odds_chart}</figcaption>
        </figure>
    }
    .into_any()
}

/// The run in flight: its generation, its state and the compute spent on it so far.
type InFlight = StoredValue<Option<(u32, MonteCarloRun, f64)>>;

/// Start a run of `input`, a slice at a time (each at most [`SLICE_MS`] of compute), yielding
/// to the browser between slices; a newer generation (a new input) drops it.
fn start_run(
    input: MonteCarloInput,
    in_flight: InFlight,
    generation: StoredValue<u32>,
    state: RwSignal<OddsState>,
) {
    generation.update_value(|g| *g += 1);
    let mine = generation.get_value();
    let runs = input.runs;
    match MonteCarloRun::new(&RuleSet::current(), input) {
        Ok(run) => {
            in_flight.set_value(Some((mine, run, 0.0)));
            state.set(OddsState::Running { done: 0, runs });
            schedule_slice(mine, in_flight, state);
        }
        Err(_) => {
            in_flight.set_value(None);
            state.set(OddsState::Idle);
        }
    }
}

/// Stop the run in flight and show the odds of the careers computed so far.
fn cancel_run(in_flight: InFlight, generation: StoredValue<u32>, state: RwSignal<OddsState>) {
    generation.update_value(|g| *g += 1);
    match in_flight.try_update_value(Option::take).flatten() {
        Some((_, run, spent)) if run.done() > 0 => state.set(OddsState::Done {
            result: run.finish().0,
            compute_ms: spent,
            cancelled: true,
        }),
        _ => state.set(OddsState::Idle),
    }
}

#[cfg(feature = "hydrate")]
fn schedule_slice(mine: u32, in_flight: InFlight, state: RwSignal<OddsState>) {
    set_timeout(
        move || {
            let Some(Some((generation, mut run, spent))) = in_flight.try_update_value(Option::take)
            else {
                return;
            };
            if generation != mine {
                in_flight.set_value(Some((generation, run, spent)));
                return;
            }
            let rules = RuleSet::current();
            let t0 = js_sys::Date::now();
            while !run.is_finished() && js_sys::Date::now() - t0 < SLICE_MS {
                run.advance(&rules, BATCH);
            }
            let spent = spent + (js_sys::Date::now() - t0);
            if run.is_finished() {
                state.set(OddsState::Done {
                    result: run.finish().0,
                    compute_ms: spent,
                    cancelled: false,
                });
            } else {
                state.set(OddsState::Running { done: run.done(), runs: run.runs() });
                in_flight.set_value(Some((mine, run, spent)));
                schedule_slice(mine, in_flight, state);
            }
        },
        std::time::Duration::ZERO,
    );
}

#[cfg(not(feature = "hydrate"))]
fn schedule_slice(_: u32, _: InFlight, _: RwSignal<OddsState>) {}
