use crate::rules::scoring::ResultKind;
use leptos::prelude::*;

use crate::documents::texts::doc_texts;

use crate::{
    i18n::{tr, use_i18n},
    skp::types::PlanView,
    skp::ui::skp_plan::target_text,
};

/// The HASIL KERJA table of the official forms: main then additional results, each with the
/// supervisor's result it supports and its indicators and targets. With `realisasi` (one per
/// indicator in the plan's order, as rated) it adds the realisation and the feedback given on
/// each indicator: the evaluation document's columns.
#[component]
pub fn DocumentResults(plan: PlanView, realisasi: Option<Vec<f64>>) -> impl IntoView {
    let i18n = use_i18n();
    let evaluation = realisasi.is_some();
    let columns = if evaluation { 7 } else { 5 };
    // Indicator index in the plan's order → its realisation.
    let mut index = 0usize;
    let mut sections = Vec::new();
    for (kind, heading) in [
        (ResultKind::Utama, (|t| doc_texts(t).doc_main) as fn(&crate::i18n::Texts) -> &'static str),
        (ResultKind::Tambahan, |t| doc_texts(t).doc_additional),
    ] {
        let mut rows = Vec::new();
        for (n, result) in plan.results.iter().filter(|r| r.kind == kind).enumerate() {
            let number = n + 1;
            let span = result.indicators.len().max(1);
            for (i, indicator) in result.indicators.iter().enumerate() {
                let value = realisasi.as_ref().and_then(|r| r.get(index).copied());
                index += 1;
                let feedback: Vec<String> = plan
                    .feedback
                    .iter()
                    .filter(|f| f.indicator_id == Some(indicator.id))
                    .map(|f| format!("{}: {}", f.author, f.text))
                    .collect();
                let first = i == 0;
                rows.push(
                    view! {
                        <tr>
                            {first
                                .then(|| {
                                    view! {
                                        <td class="no" rowspan=span>
                                            {number}
                                        </td>
                                        <td rowspan=span>
                                            {result.parent_text.clone().unwrap_or_default()}
                                        </td>
                                        <td rowspan=span>{result.text.clone()}</td>
                                    }
                                })} <td>{indicator.text.clone()}</td>
                            <td>
                                {
                                    let (kind, target, high, unit) = (
                                        indicator.target_kind,
                                        indicator.target,
                                        indicator.target_high,
                                        indicator.unit.clone(),
                                    );
                                    move || target_text(i18n.t(), kind, target, high, &unit)
                                }
                            </td>
                            {evaluation
                                .then(|| {
                                    view! {
                                        <td class="realisasi">
                                            {
                                                let unit = indicator.unit.clone();
                                                move || {
                                                    value
                                                        .map(|v| format!("{} {unit}", i18n.t().num(v, 4)))
                                                        .unwrap_or_default()
                                                }
                                            }
                                        </td>
                                        <td>{feedback.join("; ")}</td>
                                    }
                                })}
                        </tr>
                    }
                    .into_any(),
                );
            }
        }
        sections.push(
            view! {
                <tr class="section">
                    <th colspan=columns>{tr(heading)}</th>
                </tr>
                {rows}
            }
            .into_any(),
        );
    }
    view! {
        <table class="form-grid results">
            <thead>
                <tr>
                    <th colspan=columns>{tr(|t| doc_texts(t).doc_results)}</th>
                </tr>
                <tr>
                    <th>{tr(|t| doc_texts(t).doc_no)}</th>
                    <th>{tr(|t| doc_texts(t).doc_parent_rhk)}</th>
                    <th>{tr(|t| doc_texts(t).doc_rhk)}</th>
                    <th>{tr(|t| doc_texts(t).doc_iki)}</th>
                    <th>{tr(|t| doc_texts(t).doc_target)}</th>
                    {evaluation
                        .then(|| {
                            view! {
                                <th>{tr(|t| doc_texts(t).doc_realisasi)}</th>
                                <th>{tr(|t| doc_texts(t).doc_feedback)}</th>
                            }
                        })}
                </tr>
            </thead>
            <tbody>{sections}</tbody>
        </table>
    }
}
