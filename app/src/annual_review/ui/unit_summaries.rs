use leptos::prelude::*;

use crate::ui::table_scroll::TableScroll;

use crate::{
    annual_review::api::load_unit_summaries,
    i18n::{tr, use_i18n},
    skp::ui::skp_plan::{predikat_label, status_label},
};

/// The annual summaries of one unit, each linked to the plan where the tim evaluasi reviews
/// it; summaries flagged as outliers are marked.
#[component]
pub fn UnitSummariesTable(#[prop(into)] unit: Signal<Option<i64>>) -> impl IntoView {
    let i18n = use_i18n();
    let summaries = Resource::new(
        move || unit.get(),
        |unit| async move {
            match unit {
                Some(id) => Some(load_unit_summaries(id).await),
                None => None,
            }
        },
    );
    view! {
        <section class="unit-summaries" data-testid="unit-summaries">
            <Suspense fallback=|| ()>
                {move || {
                    summaries
                        .get()
                        .map(|loaded| match loaded {
                            None => {
                                view! { <p class="muted">{tr(|t| t.summaries_hint)}</p> }.into_any()
                            }
                            Some(Err(e)) => {
                                view! { <p class="form-error">{e.message(i18n.t())}</p> }.into_any()
                            }
                            Some(Ok(s)) => {
                                let empty = s.rows.is_empty();
                                view! {
                                    <h2>
                                        {tr(|t| t.summaries_title)} ": " {s.unit_name} " "
                                        <code>{s.unit_code}</code>
                                    </h2>
                                    {empty
                                        .then(|| {
                                            view! { <p class="muted">{tr(|t| t.summaries_empty)}</p> }
                                        })}
                                    <TableScroll label=move || i18n.t().summaries_title>
                                        <table class="data summaries">
                                            <thead>
                                                <tr>
                                                    <th>{tr(|t| t.admin_col_name)}</th>
                                                    <th>{tr(|t| t.admin_col_nip)}</th>
                                                    <th>{tr(|t| t.team_col_status)}</th>
                                                    <th>{tr(|t| t.sim_result_label)}</th>
                                                    <th>{tr(|t| t.skp_nilai)}</th>
                                                    <th>{tr(|t| t.summaries_col_notes)}</th>
                                                    <th></th>
                                                </tr>
                                            </thead>
                                            <tbody>
                                                {s
                                                    .rows
                                                    .into_iter()
                                                    .map(|r| {
                                                        let status = r.status;
                                                        let predikat = r.predikat;
                                                        view! {
                                                            <tr
                                                                data-employee=r.employee_id
                                                                data-flagged=r.flagged.to_string()
                                                            >
                                                                <td>{r.name}</td>
                                                                <td>
                                                                    <code>{r.nip}</code>
                                                                </td>
                                                                <td>{move || status_label(i18n.t(), status)}</td>
                                                                <td>{move || { predikat_label(i18n.t(), predikat) }}</td>
                                                                <td>
                                                                    {r.nilai_skp.map(|v| format!("{v:.2}")).unwrap_or_default()}
                                                                </td>
                                                                <td>
                                                                    {r.notes}
                                                                    {r
                                                                        .flagged
                                                                        .then(|| {
                                                                            view! {
                                                                                " "
                                                                                <span class="badge">
                                                                                    {tr(|t| t.annual_review_outlier_badge)}
                                                                                </span>
                                                                            }
                                                                        })}
                                                                </td>
                                                                <td>
                                                                    {r
                                                                        .plan_id
                                                                        .map(|id| {
                                                                            view! {
                                                                                <a href=format!(
                                                                                    "/tim/skp/{id}",
                                                                                )>{tr(|t| t.summaries_open)}</a>
                                                                            }
                                                                        })}
                                                                </td>
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
                        })
                }}
            </Suspense>
        </section>
    }
}
