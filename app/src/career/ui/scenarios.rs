use leptos::prelude::*;

use crate::{
    career::{
        export::{data_url, plan_json, timeline_csv},
        scenario::{compute, Draft, ScenarioPlan, MAX_PLAN_YEARS, MAX_SCENARIOS},
        texts::{use_career_texts, CareerTexts},
        ui::{
            chart::GolonganChart,
            odds::Odds,
            saved::{SaveButton, SavedScenarios},
            timeline::Timeline,
        },
    },
    rules::{
        career::{retirement, Eselon},
        jenjang::Jenjang,
        pangkat::Education,
        promotion::CareerRecord,
        simulator::{Projection, ScenarioEvent, SimulationError},
        Date, Predikat, RuleSet,
    },
    ui::prelude::*,
};

/// Up to four what-if scenarios, side by side, each recomputed in the browser on every change
/// (no request): its timeline to retirement with what decides or blocks every step, and one
/// chart of golongan over time with a line per scenario.
#[component]
pub fn Scenarios(
    record: CareerRecord,
    today: Date,
    employee_id: i64,
    own: bool,
    /// Decided events (an approved study's diploma) every new scenario starts with.
    planned: Vec<ScenarioEvent>,
) -> AnyView {
    let ct = use_career_texts();
    let keep_for = own.then_some(employee_id);
    // Bumped after every save, share, delete or comment: the saved list reloads.
    let refresh = RwSignal::new(0u32);
    let planned = StoredValue::new(planned);
    let fresh = move |key, predikat| {
        let mut draft = Draft::new(key, predikat);
        draft.plan.events = planned.get_value();
        draft
    };
    let drafts = RwSignal::new(vec![fresh(1, Predikat::Baik), fresh(2, Predikat::SangatBaik)]);
    let next_key = StoredValue::new(3u32);
    // The employee's own drafts come back from local storage once the page is live in the
    // browser (the server renders the defaults, so hydration sees the same markup), and every
    // change is kept there.
    if let Some(employee) = keep_for {
        let loaded = RwSignal::new(false);
        Effect::new(move |_| {
            if let Some(kept) = crate::career::drafts::load(employee) {
                next_key.set_value(kept.iter().map(|d| d.key).max().unwrap_or(0) + 1);
                drafts.set(kept);
            }
            loaded.set(true);
        });
        Effect::new(move |_| {
            let current = drafts.get();
            if loaded.get() {
                crate::career::drafts::store(employee, &current);
            }
        });
    }
    let record = StoredValue::new(record);
    let rules = StoredValue::new(RuleSet::current());
    let pension = record.with_value(|r| {
        rules.with_value(|rs| retirement(rs, r.birth_date, r.position).0.pension_date)
    });
    let projections = Memo::new(move |_| {
        drafts.with(|ds| {
            ds.iter()
                .map(|d| {
                    let p =
                        rules.with_value(|rs| record.with_value(|r| compute(rs, r, today, d).ok()));
                    (d.key, display_name(ct(), d), p)
                })
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| {
        if drafts.with(|d| d.len()) < MAX_SCENARIOS {
            let key = next_key.get_value();
            next_key.set_value(key + 1);
            drafts.update(|d| d.push(fresh(key, Predikat::Baik)));
        }
    };
    view! {
        <section class="career-scenarios" data-testid="career-scenarios">
            <h2>{move || ct().scenarios_title}</h2>
            <p class="muted">{move || ct().scenarios_intro}</p>
            <div class="scenario-grid">
                <For
                    each=move || drafts.get()
                    key=|d| d.key
                    children=move |d| {
                        let key = d.key;
                        view! { <ScenarioCard key drafts record rules today pension own refresh /> }
                    }
                />
            </div>
            <p>
                <button
                    type="button"
                    class="button secondary"
                    data-testid="scenario-add"
                    on:click=add
                    disabled=move || drafts.with(|d| d.len() >= MAX_SCENARIOS)
                >
                    {move || ct().scenario_add}
                </button>
                {move || {
                    drafts
                        .with(|d| d.len() >= MAX_SCENARIOS)
                        .then(|| view! { <span class="muted">" " {ct().scenario_max}</span> })
                }}
            </p>
            <p class="career-export">
                <a
                    class="button secondary"
                    data-testid="export-json"
                    download="rencana-karier.json"
                    href=move || {
                        let plan = drafts
                            .with(|ds| {
                                let all: Vec<(Draft, Option<Projection>)> = ds
                                    .iter()
                                    .map(|d| {
                                        let p = rules
                                            .with_value(|rs| {
                                                record.with_value(|r| compute(rs, r, today, d).ok())
                                            });
                                        (d.clone(), p)
                                    })
                                    .collect();
                                record
                                    .with_value(|r| plan_json(
                                        rules.with_value(|rs| rs.id.clone()).as_str(),
                                        today,
                                        r,
                                        &all,
                                    ))
                            });
                        data_url("application/json", &plan)
                    }
                >
                    {move || ct().export_json}
                </a>
            </p>
            <p class="no-print">
                <button
                    type="button"
                    class="button secondary"
                    data-testid="career-print"
                    on:click=move |_| {
                        #[cfg(feature = "hydrate")]
                        if let Some(window) = web_sys::window() {
                            let _ = window.print();
                        }
                    }
                >
                    {move || ct().print}
                </button>
            </p>
            <GolonganChart
                start=(today, record.with_value(|r| r.golongan))
                series=Signal::derive(move || {
                    projections
                        .get()
                        .into_iter()
                        .filter_map(|(key, name, p)| p.map(|p| (key, name, p)))
                        .collect()
                })
            />
        </section>
        <Odds record today drafts />
        <SavedScenarios employee_id own record today drafts next_key refresh />
    }
    .into_any()
}

fn display_name(ct: &CareerTexts, d: &Draft) -> String {
    if d.name.trim().is_empty() {
        format!("{} {}", ct.scenario_default_name, d.key)
    } else {
        d.name.trim().to_string()
    }
}

/// The kinds of event the page offers, by form code.
const EVENT_KINDS: [&str; 8] = [
    "diploma",
    "uji_kompetensi",
    "vacancy",
    "ujian_penyesuaian",
    "pengembangan_profesi",
    "functional",
    "structural",
    "pelaksana",
];

fn event_of(
    kind: &str,
    date: Date,
    education: Education,
    jenjang: Jenjang,
    eselon: Eselon,
) -> Option<ScenarioEvent> {
    Some(match kind {
        "diploma" => ScenarioEvent::DiplomaObtained { date, education },
        "uji_kompetensi" => ScenarioEvent::UjiKompetensiPassed { date },
        "vacancy" => ScenarioEvent::VacancyAvailable { date },
        "ujian_penyesuaian" => ScenarioEvent::UjianPenyesuaianPassed { date },
        "pengembangan_profesi" => ScenarioEvent::PengembanganProfesi { date },
        "functional" => ScenarioEvent::MoveToFunctional { date, jenjang },
        "structural" => ScenarioEvent::MoveToStructural { date, eselon },
        "pelaksana" => ScenarioEvent::MoveToPelaksana { date },
        _ => return None,
    })
}

fn kind_label(ct: &CareerTexts, kind: &str) -> &'static str {
    match kind {
        "diploma" => ct.event_diploma,
        "uji_kompetensi" => ct.event_uji_kompetensi,
        "vacancy" => ct.event_vacancy,
        "ujian_penyesuaian" => ct.event_ujian_penyesuaian,
        "pengembangan_profesi" => ct.event_pengembangan_profesi,
        "functional" => ct.event_move_functional,
        "structural" => ct.event_move_structural,
        "pelaksana" => ct.event_move_pelaksana,
        _ => "",
    }
}

#[component]
fn ScenarioCard(
    key: u32,
    drafts: RwSignal<Vec<Draft>>,
    record: StoredValue<CareerRecord>,
    rules: StoredValue<RuleSet>,
    today: Date,
    pension: Date,
    own: bool,
    refresh: RwSignal<u32>,
) -> AnyView {
    let i18n = use_i18n();
    let ct = use_career_texts();
    let draft = move || drafts.with(|ds| ds.iter().find(|d| d.key == key).cloned());
    let name = Signal::derive(move || draft().map(|d| display_name(ct(), &d)).unwrap_or_default());
    let edit = move |f: &dyn Fn(&mut Draft)| {
        drafts.update(|ds| {
            if let Some(d) = ds.iter_mut().find(|d| d.key == key) {
                f(d);
            }
        })
    };
    let result = Memo::new(move |_| {
        draft().map(|d| rules.with_value(|rs| record.with_value(|r| compute(rs, r, today, &d))))
    });
    // The event being added.
    let kind = RwSignal::new(EVENT_KINDS[0].to_string());
    let date = RwSignal::new(today.add_years(1).to_string());
    let education = RwSignal::new(Education::S1);
    let jenjang = RwSignal::new(Jenjang::AhliPertama);
    let eselon = RwSignal::new(Eselon::IIIb);
    let event_error = RwSignal::new(None::<&'static str>);
    let add_event = move |_| {
        let Ok(on) = date.get_untracked().parse::<Date>() else {
            event_error.set(Some(i18n.t().invalid(crate::kernel::reason::Reason::BadDate)));
            return;
        };
        if on < today {
            event_error.set(Some(ct().event_before_start));
        } else if on >= pension {
            event_error.set(Some(ct().event_after_retirement));
        } else if let Some(e) = event_of(
            &kind.get_untracked(),
            on,
            education.get_untracked(),
            jenjang.get_untracked(),
            eselon.get_untracked(),
        ) {
            event_error.set(None);
            edit(&|d: &mut Draft| {
                d.plan.events.push(e);
                d.plan.events.sort_by_key(ScenarioEvent::date);
            });
        }
    };
    view! {
        <div class="scenario card" data-scenario=key>
            <label>
                <span>{move || ct().scenario_name}</span>
                <input
                    maxlength="60"
                    placeholder=move || format!("{} {key}", ct().scenario_default_name)
                    prop:value=move || draft().map(|d| d.name).unwrap_or_default()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        edit(&|d: &mut Draft| d.name = v.clone());
                    }
                />
            </label>
            <label>
                <span>{move || ct().plan_every}</span>
                <select
                    data-testid="scenario-predikat"
                    prop:value=move || draft().map(|d| d.plan.predikat.code()).unwrap_or_default()
                    on:change=move |ev| {
                        if let Some(p) = Predikat::from_code(&event_target_value(&ev)) {
                            edit(&|d: &mut Draft| d.plan.predikat = p);
                        }
                    }
                >
                    {Predikat::ALL
                        .into_iter()
                        .map(|p| {
                            view! {
                                <option
                                    value=p.code()
                                    selected=move || draft().is_some_and(|d| d.plan.predikat == p)
                                >
                                    {move || i18n.t().predikat(p)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <PerYear key drafts today />
            <fieldset class="events">
                <legend>{move || ct().events}</legend>
                <ul>
                    {move || {
                        draft()
                            .map(|d| d.plan.events)
                            .unwrap_or_default()
                            .into_iter()
                            .enumerate()
                            .map(|(i, e)| {
                                view! {
                                    <li>
                                        {move || {
                                            format!("{} · {}", i18n.t().date(e.date()), ct().event(&e))
                                        }} " "
                                        <button
                                            type="button"
                                            class="link"
                                            on:click=move |_| edit(
                                                &|d: &mut Draft| {
                                                    if i < d.plan.events.len() {
                                                        d.plan.events.remove(i);
                                                    }
                                                },
                                            )
                                        >
                                            {move || ct().event_remove}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <div class="event-add">
                    <select
                        on:change=move |ev| kind.set(event_target_value(&ev))
                        data-testid="event-kind"
                        aria-label=move || ct().event_kind
                    >
                        {EVENT_KINDS
                            .into_iter()
                            .map(|k| {
                                view! { <option value=k>{move || kind_label(ct(), k)}</option> }
                            })
                            .collect_view()}
                    </select>
                    <input
                        type="date"
                        aria-label=move || ct().event_date
                        data-testid="event-date"
                        prop:value=move || date.get()
                        on:input=move |ev| date.set(event_target_value(&ev))
                    />
                    {move || {
                        (kind.get() == "diploma")
                            .then(|| {
                                view! {
                                    <select
                                        aria-label=move || ct().education
                                        on:change=move |ev| {
                                            let code = event_target_value(&ev);
                                            if let Some(e) = Education::ALL
                                                .into_iter()
                                                .find(|e| e.code() == code)
                                            {
                                                education.set(e);
                                            }
                                        }
                                    >
                                        {[
                                            Education::D3,
                                            Education::S1,
                                            Education::S2,
                                            Education::S3,
                                        ]
                                            .into_iter()
                                            .map(|e| {
                                                view! {
                                                    <option value=e.code() selected=e == Education::S1>
                                                        {e.code().to_uppercase()}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                }
                            })
                    }}
                    {move || {
                        (kind.get() == "functional")
                            .then(|| {
                                view! {
                                    <select
                                        aria-label=move || ct().col_jenjang
                                        on:change=move |ev| {
                                            let code = event_target_value(&ev);
                                            if let Some(j) = Jenjang::ALL
                                                .into_iter()
                                                .find(|j| j.code() == code)
                                            {
                                                jenjang.set(j);
                                            }
                                        }
                                    >
                                        {Jenjang::ALL
                                            .into_iter()
                                            .map(|j| {
                                                view! {
                                                    <option value=j.code() selected=j == Jenjang::AhliPertama>
                                                        {j.title()}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                }
                            })
                    }}
                    {move || {
                        (kind.get() == "structural")
                            .then(|| {
                                view! {
                                    <select
                                        aria-label=move || ct().eselon
                                        data-testid="event-eselon"
                                        on:change=move |ev| {
                                            if let Some(e) = Eselon::parse(&event_target_value(&ev)) {
                                                eselon.set(e);
                                            }
                                        }
                                    >
                                        {Eselon::ALL
                                            .into_iter()
                                            .map(|e| {
                                                view! {
                                                    <option value=e.code() selected=e == Eselon::IIIb>
                                                        {format!("Eselon {}", e.label())}
                                                    </option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                }
                            })
                    }}
                    <button
                        type="button"
                        class="button secondary"
                        data-testid="event-add"
                        on:click=add_event
                    >
                        {move || ct().event_add}
                    </button>
                </div>
                {move || {
                    event_error
                        .get()
                        .map(|m| {
                            view! {
                                <p class="form-error" role="alert">
                                    {m}
                                </p>
                            }
                        })
                }}
            </fieldset>
            {move || match result.get() {
                None => ().into_any(),
                Some(Err(e)) => {
                    view! {
                        <p class="form-error" role="alert">
                            {simulation_error(ct(), &e)}
                        </p>
                    }
                        .into_any()
                }
                Some(Ok(p)) => {
                    let csv = data_url("text/csv", &timeline_csv(&p));
                    view! {
                        <Timeline projection=p />
                        <p class="no-print">
                            <a
                                class="link"
                                data-testid="export-csv"
                                download=format!("garis-waktu-{key}.csv")
                                href=csv
                            >
                                {move || ct().export_csv}
                            </a>
                        </p>
                    }
                        .into_any()
                }
            }}
            {own.then(|| view! { <SaveButton key drafts name refresh /> })}
            <p>
                <button
                    type="button"
                    class="link"
                    on:click=move |_| drafts.update(|ds| ds.retain(|d| d.key != key))
                    disabled=move || drafts.with(|d| d.len() <= 1)
                >
                    {move || ct().scenario_remove}
                </button>
            </p>
        </div>
    }
    .into_any()
}

fn simulation_error(ct: &CareerTexts, e: &SimulationError) -> String {
    match e {
        SimulationError::StartBeforeTmt { .. } => ct.error_start_before_tmt.to_string(),
        SimulationError::StartAfterRetirement { .. } => ct.error_start_after_retirement.to_string(),
        other => format!("{} {other}", ct.error_other),
    }
}

/// A predikat for each year from this year on, when the scenario asks for one per year (the
/// last one holds until retirement).
#[component]
fn PerYear(key: u32, drafts: RwSignal<Vec<Draft>>, today: Date) -> AnyView {
    let i18n = use_i18n();
    let ct = use_career_texts();
    let per_year = move || {
        drafts
            .with(|ds| ds.iter().find(|d| d.key == key).map(|d| d.plan.per_year.clone()))
            .unwrap_or_default()
    };
    let edit = move |f: &dyn Fn(&mut ScenarioPlan)| {
        drafts.update(|ds| {
            if let Some(d) = ds.iter_mut().find(|d| d.key == key) {
                f(&mut d.plan);
            }
        })
    };
    view! {
        <fieldset class="per-year">
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="per-year"
                    prop:checked=move || !per_year().is_empty()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        edit(
                            &|p: &mut ScenarioPlan| {
                                p.per_year = if on { vec![p.predikat; 5] } else { Vec::new() };
                            },
                        );
                    }
                />
                <span>{move || ct().plan_per_year}</span>
            </label>
            {move || {
                let years = per_year();
                let (full, single) = (years.len() >= MAX_PLAN_YEARS, years.len() <= 1);
                (!years.is_empty())
                    .then(|| {
                        view! {
                            <ol class="per-year-list">
                                {years
                                    .iter()
                                    .enumerate()
                                    .map(|(i, current)| {
                                        let current = *current;
                                        let year = today.year() + i as i32;
                                        view! {
                                            <li>
                                                <label>
                                                    <span>{year}</span>
                                                    <select
                                                        data-testid="per-year-predikat"
                                                        on:change=move |ev| {
                                                            if let Some(p) = Predikat::from_code(
                                                                &event_target_value(&ev),
                                                            ) {
                                                                edit(
                                                                    &|plan: &mut ScenarioPlan| {
                                                                        if let Some(y) = plan.per_year.get_mut(i) {
                                                                            *y = p;
                                                                        }
                                                                    },
                                                                );
                                                            }
                                                        }
                                                    >
                                                        {Predikat::ALL
                                                            .into_iter()
                                                            .map(|p| {
                                                                view! {
                                                                    <option value=p.code() selected=p == current>
                                                                        {move || i18n.t().predikat(p)}
                                                                    </option>
                                                                }
                                                            })
                                                            .collect_view()}
                                                    </select>
                                                </label>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                            <p class="muted">
                                {move || ct().plan_year_repeats} " "
                                <button
                                    type="button"
                                    class="link"
                                    data-testid="per-year-add"
                                    disabled=full
                                    on:click=move |_| edit(
                                        &|p: &mut ScenarioPlan| {
                                            if p.per_year.len() < MAX_PLAN_YEARS {
                                                let last = p.per_year.last().copied().unwrap_or(p.predikat);
                                                p.per_year.push(last);
                                            }
                                        },
                                    )
                                >
                                    "+1"
                                </button> " "
                                <button
                                    type="button"
                                    class="link"
                                    disabled=single
                                    on:click=move |_| edit(
                                        &|p: &mut ScenarioPlan| {
                                            if p.per_year.len() > 1 {
                                                p.per_year.pop();
                                            }
                                        },
                                    )
                                >
                                    "−1"
                                </button>
                            </p>
                        }
                            .into_any()
                    })
            }}
        </fieldset>
    }
    .into_any()
}
