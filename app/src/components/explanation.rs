use leptos::prelude::*;

use crate::{
    i18n::{tr, use_i18n, Texts},
    rules::{Rating, Trace},
};

/// The "why?" of a computed number: each step of its trace in the reader's language.
#[component]
pub fn Explanation(#[prop(into)] trace: Signal<Trace>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="explanation" open>
            <summary>{tr(|t| t.explain_title)}</summary>
            <ol>
                {move || {
                    let t = i18n.t();
                    trace
                        .get()
                        .steps
                        .into_iter()
                        .map(|step| {
                            let inputs = step
                                .inputs
                                .iter()
                                .map(|(name, value)| {
                                    format!("{} = {}", input_label(t, name), value_label(t, value))
                                })
                                .collect::<Vec<_>>()
                                .join(", ");
                            view! {
                                <li data-rule=step.rule.clone()>
                                    <p>{rule_sentence(t, &step.rule)}</p>
                                    <p class="muted">{inputs}</p>
                                    <p class="muted">
                                        {t.explain_regulation} ": " {step.regulation}
                                    </p>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <p class="muted">
                {tr(|t| t.explain_rule_set)} ": " <code>{move || trace.get().rule_set}</code>
            </p>
        </details>
    }
}

fn rule_sentence(t: &Texts, rule: &str) -> String {
    match rule {
        "predikat.matrix" => t.explain_matrix.to_string(),
        other => other.to_string(),
    }
}

/// Trace input names are stable machine codes; show the known ones translated.
fn input_label(t: &Texts, name: &str) -> String {
    match name {
        "rating_hasil_kerja" => t.sim_hasil_legend.to_string(),
        "rating_perilaku" => t.sim_perilaku_legend.to_string(),
        other => other.to_string(),
    }
}

/// Trace values are stable machine codes; show the known ones translated.
fn value_label(t: &Texts, value: &str) -> String {
    value.parse::<Rating>().map(|r| t.rating(r).to_string()).unwrap_or_else(|_| value.to_string())
}
