use leptos::prelude::*;

use crate::{
    i18n::{tr, use_i18n, Texts},
    people::types::{HistoryKind, HistoryLine, LineRow},
    rules::Date,
    ui::table_scroll::TableScroll,
};

type Label = fn(&Texts) -> &'static str;

/// The history of ranks, positions and education, and the reporting lines over time.
#[component]
pub fn RecordHistory(history: Vec<HistoryLine>, lines: Vec<LineRow>) -> impl IntoView {
    let i18n = use_i18n();
    let sections: [(HistoryKind, Label); 3] = [
        (HistoryKind::Rank, |t| t.history_rank),
        (HistoryKind::Position, |t| t.history_position),
        (HistoryKind::Education, |t| t.history_education),
    ];
    let tables = sections
        .into_iter()
        .map(|(kind, title)| {
            let entries: Vec<HistoryLine> =
                history.iter().filter(|h| h.kind == kind).cloned().collect();
            view! {
                <section class="history" data-history=kind.code()>
                    <h2>{tr(title)}</h2>
                    {if entries.is_empty() {
                        view! { <p class="muted">{tr(|t| t.history_empty)}</p> }.into_any()
                    } else {
                        view! {
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th>{tr(|t| t.history_col_value)}</th>
                                        <th>{tr(|t| t.history_col_start)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {entries
                                        .into_iter()
                                        .map(|h| {
                                            view! {
                                                <tr>
                                                    <td>{h.value}</td>
                                                    <td>{date_cell(h.start_date)}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        }
                            .into_any()
                    }}
                </section>
            }
        })
        .collect_view();
    let person = |name: Option<String>, nip: Option<String>| match (name, nip) {
        (Some(name), Some(nip)) => format!("{name} ({nip})"),
        _ => "—".to_string(),
    };
    view! {
        {tables}
        <section class="history" data-history="lines">
            <h2>{tr(|t| t.lines_title)}</h2>
            {if lines.is_empty() {
                view! { <p class="muted">{tr(|t| t.history_empty)}</p> }.into_any()
            } else {
                view! {
                    <TableScroll label=move || i18n.t().lines_title>
                        <table class="data">
                            <thead>
                                <tr>
                                    <th>{tr(|t| t.profile_penilai)}</th>
                                    <th>{tr(|t| t.profile_atasan)}</th>
                                    <th>{tr(|t| t.lines_col_period)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {lines
                                    .into_iter()
                                    .map(|l| {
                                        let end = l.end_date;
                                        view! {
                                            <tr>
                                                <td>{person(Some(l.penilai), Some(l.penilai_nip))}</td>
                                                <td>{person(l.atasan, l.atasan_nip)}</td>
                                                <td>
                                                    {date_cell(Some(l.start_date))} " – "
                                                    {match end {
                                                        Some(e) => date_cell(Some(e)).into_any(),
                                                        None => tr(|t| t.lines_now).into_any(),
                                                    }}
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
            }}
        </section>
    }
}

/// A stored date in the page's language ("1 Oktober 2026"), or a dash.
fn date_cell(date: Option<Date>) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    move || date.map(|d| i18n.t().date(d)).unwrap_or_else(|| "—".into())
}
