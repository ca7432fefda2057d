use leptos::prelude::*;

use crate::{
    career::{
        texts::use_career_texts,
        ui::labels::{golongan_label, jenjang_label},
    },
    rules::simulator::{Projection, StepKind},
    ui::prelude::*,
};

/// A projection's steps to retirement, each with what decided (or, at retirement, blocked)
/// its date.
#[component]
pub fn Timeline(projection: Projection) -> AnyView {
    let i18n = use_i18n();
    let ct = use_career_texts();
    let final_golongan = projection.final_golongan;
    view! {
        <p class="scenario-final" data-testid="scenario-final" data-golongan=final_golongan.code()>
            {move || ct().final_golongan}
            ": "
            <strong>{golongan_label(final_golongan)}</strong>
            {projection.final_jenjang.map(|j| format!(" · {}", j.title()))}
        </p>
        <details class="timeline">
            <summary>{move || ct().timeline}</summary>
            <TableScroll label=move || ct().timeline>
                <table class="data">
                    <thead>
                        <tr>
                            <th>{move || ct().col_date}</th>
                            <th>{move || ct().col_step}</th>
                            <th>{move || ct().col_golongan}</th>
                            <th>{move || ct().col_jenjang}</th>
                            <th>{move || ct().col_why}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {projection
                            .steps
                            .into_iter()
                            .map(|s| {
                                let step = move || match (s.kind, s.promotion, s.event) {
                                    (StepKind::Promotion, Some(k), _) => ct().kind(k).to_string(),
                                    (StepKind::Event, _, Some(e)) => ct().event(&e).to_string(),
                                    _ => ct().step_retirement.to_string(),
                                };
                                let why = move || {
                                    s.binding
                                        .map(|r| {
                                            let how = if s.kind == StepKind::Retirement {
                                                ct().blocked_by
                                            } else {
                                                ct().decided_by
                                            };
                                            format!("{how}: {}", ct().requirement(r))
                                        })
                                        .unwrap_or_default()
                                };
                                view! {
                                    <tr>
                                        <td>{move || i18n.t().date(s.date)}</td>
                                        <td>{step}</td>
                                        <td>{s.golongan.code()}</td>
                                        <td>{jenjang_label(s.jenjang)}</td>
                                        <td>{why}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </TableScroll>
        </details>
    }
    .into_any()
}
