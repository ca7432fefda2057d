use leptos::prelude::*;

use crate::{
    i18n::format::parse_number,
    i18n::{tr, use_i18n, Texts},
    rules::preview::{skp_preview, CoreValue},
    rules::{Rating, RuleSet, Trace},
    skp::api::RatePlan,
    skp::form_api::RatePlanForm,
    skp::types::{months_of, preview_input, PlanView, RatingInput},
    skp::ui::explain_texts::et,
    skp::ui::explanation::Explanation,
    skp::ui::rating_picker::RatingPicker,
    skp::ui::skp_plan::{period_label, target_text},
    ui::prelude::*,
};

type Label = fn(&Texts) -> &'static str;

/// The legend of each behaviour picker (plain functions: the picker takes a `fn`).
const BEHAVIOUR_LABELS: [Label; 7] = [
    |t| t.value_berorientasi_pelayanan,
    |t| t.value_akuntabel,
    |t| t.value_kompeten,
    |t| t.value_harmonis,
    |t| t.value_loyal,
    |t| t.value_adaptif,
    |t| t.value_kolaboratif,
];
const BEHAVIOUR_FIELDS: [&str; 7] = [
    "berorientasi_pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
];

/// A number as typed, in either language's way (`99,5` or `99.5`).
fn parse(value: &str) -> Option<f64> {
    parse_number(value).filter(|v| *v >= 0.0)
}

fn rating_of(code: &str) -> Option<Rating> {
    Rating::ALL.into_iter().find(|r| r.code() == code)
}

/// The pejabat penilai rates an approved plan. Every change recomputes the indicator scores,
/// the SKP score, the suggested ratings, the predikat, the credit points and the explanation
/// in the browser, from the same rules code the server runs; nothing goes over the network
/// until the rating is submitted, and the server then recomputes it and must agree.
#[component]
pub fn RatingPanel(plan: PlanView, action: ServerAction<RatePlan>) -> impl IntoView {
    let i18n = use_i18n();
    let rules = StoredValue::new(RuleSet::current());
    let indicators: Vec<_> = plan.results.iter().flat_map(|r| r.indicators.clone()).collect();
    let realisasi: Vec<RwSignal<String>> = indicators
        .iter()
        .map(|i| RwSignal::new(i.realisasi.map(|v| i18n.t().num(v, 4)).unwrap_or_default()))
        .collect();
    let behaviours: [RwSignal<Rating>; 7] =
        std::array::from_fn(|_| RwSignal::new(Rating::SesuaiEkspektasi));
    let hasil = RwSignal::new(None::<Rating>);
    let perilaku = RwSignal::new(None::<Rating>);
    let period_no = RwSignal::new(0i64);
    let counts_360 = plan.input_360.counts.clone();
    let plan = StoredValue::new(plan);
    let values = realisasi.clone();
    let computed = Memo::new(move |_| {
        let numbers: Option<Vec<f64>> = values.iter().map(|s| s.with(|v| parse(v))).collect();
        let numbers = numbers?;
        let ratings = behaviours.map(|b| b.get());
        let input = plan.with_value(|p| {
            preview_input(p, period_no.get(), &numbers, &ratings, hasil.get(), perilaku.get())
        });
        let (preview, trace) = rules.with_value(|rs| skp_preview(rs, &input)).ok()?;
        Some((numbers, preview, trace))
    });
    let trace = Signal::derive(move || {
        computed.with(|c| c.as_ref().map(|(_, _, t)| t.clone())).unwrap_or_else(Trace::new)
    });
    // Once hydrated the form is sent as JSON with the predikat the screen showed; before that
    // (or without JavaScript) the browser posts it to `rate_plan_form`.
    const PLAIN_PATH: &str = <RatePlanForm as leptos::server_fn::ServerFn>::PATH;
    let plain = ServerAction::<RatePlanForm>::new();
    // Without WebAssembly the values cannot be checked in the page, so the button stays enabled
    // and the server says what is missing; effects run only in the browser.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((numbers, preview, _)) = computed.get() else { return };
        action.dispatch(RatePlan {
            input: RatingInput {
                plan_id: plan.with_value(|p| p.id),
                period_no: period_no.get_untracked(),
                realisasi: numbers,
                behaviours: behaviours.map(|b| b.get_untracked()).to_vec(),
                hasil: hasil.get_untracked(),
                perilaku: perilaku.get_untracked(),
                shown_predikat: Some(preview.predikat),
                // Re-rating a period replaces the rating the rater sees.
                rating_version: plan.with_value(|p| {
                    let n = period_no.get_untracked();
                    p.ratings.iter().find(|r| r.period_no == n).map(|r| r.version)
                }),
            },
        });
    };
    let evaluations = plan.with_value(|p| p.period.evaluations());
    let prefill = realisasi.clone();
    let recorded: Vec<Vec<(i64, f64)>> = indicators
        .iter()
        .map(|i| i.realisations.iter().map(|r| (r.period_no, r.realisasi)).collect())
        .collect();
    let override_select = move |label: Label,
                                name: &'static str,
                                signal: RwSignal<Option<Rating>>| {
        view! {
            <label>
                <span>{tr(label)}</span>
                <select
                    name=name
                    on:change=move |ev| signal.set(rating_of(&event_target_value(&ev)))
                >
                    <option value="">{tr(|t| t.rating_follow_suggestion)}</option>
                    {Rating::ALL
                        .into_iter()
                        .map(|r| {
                            view! { <option value=r.code()>{move || i18n.t().rating(r)}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
        }
    };
    // Parts of the form as their own views: one view this large overflows rustc's query depth
    // in the release WebAssembly build.
    let realisation_inputs = view! {
        <fieldset class="realisation-inputs">
            <legend>{tr(|t| t.skp_realisasi)}</legend>
            {indicators
                .iter()
                .zip(realisasi.iter().copied())
                .enumerate()
                .map(|(n, (i, value))| {
                    let (kind, goal, high, unit) = (
                        i.target_kind,
                        i.target,
                        i.target_high,
                        i.unit.clone(),
                    );
                    let target = move || target_text(i18n.t(), kind, goal, high, &unit);
                    view! {
                        <label>
                            <span>{i.text.clone()} " (" {target} ")"</span>
                            <input
                                inputmode="decimal"
                                name=format!("realisasi[{n}]")
                                data-testid=format!("realisasi-{n}")
                                value=value.get_untracked()
                                prop:value=move || value.get()
                                on:input=move |ev| value.set(event_target_value(&ev))
                            />
                            <span class="muted indicator-score">
                                {move || {
                                    computed
                                        .with(|c| {
                                            c.as_ref()
                                                .and_then(|(_, p, _)| {
                                                    p.score
                                                        .results
                                                        .iter()
                                                        .flat_map(|r| r.indicators.iter())
                                                        .nth(n)
                                                        .map(|s| {
                                                            let t = i18n.t();
                                                            format!(
                                                                "{} {} → {} {}",
                                                                et(t).explain_capaian,
                                                                t.percent(s.capaian, 1),
                                                                et(t).explain_nilai,
                                                                t.num(s.nilai, 2),
                                                            )
                                                        })
                                                })
                                        })
                                        .unwrap_or_default()
                                }}
                            </span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
    .into_any();
    let behaviour_pickers = view! {
        <div class="behaviours">
            {CoreValue::ALL
                .into_iter()
                .enumerate()
                .map(|(n, _)| {
                    let counts = counts_360.as_ref().and_then(|c| c.get(n).copied());
                    // PermenPANRB 6/2022: the penilai rates behaviour and may consider the
                    // peers' and subordinates' input; it is shown here, not computed in.
                    view! {
                        <RatingPicker
                            name=BEHAVIOUR_FIELDS[n]
                            legend=BEHAVIOUR_LABELS[n]
                            value=behaviours[n]
                        />
                        {counts
                            .map(|c| {
                                view! {
                                    <p class="muted hint-360" data-value=BEHAVIOUR_FIELDS[n]>
                                        {move || {
                                            let t = i18n.t();
                                            format!(
                                                "{} {} {} · {} {} · {} {}",
                                                t.rating_360_hint,
                                                c[0],
                                                t.rating(Rating::DiAtasEkspektasi),
                                                c[1],
                                                t.rating(Rating::SesuaiEkspektasi),
                                                c[2],
                                                t.rating(Rating::DiBawahEkspektasi),
                                            )
                                        }}
                                    </p>
                                }
                            })}
                    }
                        .into_any()
                })
                .collect_view()}
        </div>
    }
    .into_any();
    let live_preview = view! {
        <div class="result live-preview" aria-live="polite" data-testid="live-preview">
            {move || {
                computed
                    .with(|c| match c {
                        None => {
                            view! { <p class="form-error">{tr(|t| t.rating_fill_all)}</p> }
                                .into_any()
                        }
                        Some((_, p, _)) => {
                            let predikat = p.predikat;
                            let nilai = p.score.nilai_skp;
                            let (h, b, s) = (p.hasil, p.perilaku, p.suggested_perilaku);
                            let ak = p.angka_kredit;
                            let months = plan
                                .with_value(|pl| months_of(&pl.period, period_no.get()));
                            view! {
                                <h2>{tr(|t| t.sim_result_label)}</h2>
                                <span
                                    class=format!("predikat {}", predikat.code())
                                    data-testid="preview-predikat"
                                    data-predikat=predikat.code()
                                >
                                    {move || i18n.t().predikat(predikat)}
                                </span>
                                <p data-testid="preview-nilai">
                                    {move || {
                                        format!(
                                            "{}: {}",
                                            i18n.t().skp_nilai,
                                            i18n.t().fixed(nilai, 2),
                                        )
                                    }}
                                </p>
                                <p class="muted">
                                    {move || {
                                        format!(
                                            "{}: {} · {}: {} ({} {})",
                                            i18n.t().sim_hasil_legend,
                                            i18n.t().rating(h),
                                            i18n.t().sim_perilaku_legend,
                                            i18n.t().rating(b),
                                            i18n.t().rating_suggested,
                                            i18n.t().rating(s),
                                        )
                                    }}
                                </p>
                                {ak
                                    .map(|ak| {
                                        view! {
                                            <p data-testid="preview-ak">
                                                {move || {
                                                    format!(
                                                        "{} ({months} {}): {}",
                                                        i18n.t().edit_angka_kredit,
                                                        i18n.t().rating_months,
                                                        i18n.t().num(ak, 3),
                                                    )
                                                }}
                                            </p>
                                        }
                                    })}
                            }
                                .into_any()
                        }
                    })
            }}
        </div>
    }
    .into_any();
    let version_of_period = move || {
        plan.with_value(|p| {
            let n = period_no.get();
            p.ratings.iter().find(|r| r.period_no == n).map(|r| r.version.to_string())
        })
    };
    view! {
        <form
            class="rating-panel"
            data-testid="rating-panel"
            method="post"
            action=PLAIN_PATH
            on:submit=submit
        >
            <h2>{tr(|t| t.rating_title)}</h2>
            <input type="hidden" name="plan_id" value=plan.with_value(|p| p.id) />
            <input
                type="hidden"
                name="rating_version"
                prop:value=version_of_period
                value=version_of_period
            />
            <label class="period-select">
                <span>{tr(|t| t.skp_period)}</span>
                <select
                    name="period_no"
                    on:change=move |ev| {
                        let n = event_target_value(&ev).parse().unwrap_or(0);
                        period_no.set(n);
                        for (signal, recorded) in prefill.iter().zip(recorded.iter()) {
                            if let Some(v) = recorded.iter().find(|(p, _)| *p == n) {
                                signal.set(i18n.t().num(v.1, 4));
                            }
                        }
                    }
                >
                    {(0..=evaluations)
                        .map(|n| {
                            view! { <option value=n>{move || period_label(i18n.t(), n)}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
            {realisation_inputs}
            {behaviour_pickers}
            <div class="overrides">
                {override_select(|t| t.sim_hasil_legend, "hasil", hasil)}
                {override_select(|t| t.sim_perilaku_legend, "perilaku", perilaku)}
            </div>
            {live_preview}
            <Explanation trace />
            <button
                type="submit"
                class="button"
                data-testid="submit-rating"
                disabled=move || {
                    action.pending().get() || (hydrated.get() && computed.with(Option::is_none))
                }
            >
                {tr(|t| t.rating_submit)}
            </button>
            {move || {
                action
                    .value()
                    .get()
                    .and_then(Result::ok)
                    .map(|_| {
                        view! {
                            <p class="notice" role="status" data-testid="rating-saved">
                                {tr(|t| t.rating_saved)}
                            </p>
                        }
                    })
            }}
            <FormError error=Signal::derive(move || {
                action
                    .value()
                    .get()
                    .and_then(Result::err)
                    .or_else(|| plain.value().get().and_then(Result::err))
            }) />
        </form>
    }
    .into_any()
}
