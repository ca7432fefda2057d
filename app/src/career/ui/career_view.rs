use leptos::prelude::*;

use crate::career::{
    api::CareerData,
    texts::use_career_texts,
    ui::{scenarios::Scenarios, standing::Standing},
};

/// An employee's career: their standing today and the what-if scenarios, odds and saved
/// scenarios (the pages are in `career_page`).
#[component]
pub fn CareerView(data: CareerData) -> AnyView {
    let ct = use_career_texts();
    let CareerData { employee_id, name, nip, position_name, own, record, today, planned } = data;
    let heading =
        move || if own { ct().title.to_string() } else { format!("{}: {name}", ct().title_of) };
    view! {
        <article class="page career" data-employee=employee_id>
            <h1>{heading}</h1>
            <p class="muted">{format!("{nip} · {position_name}")}</p>
            <p class="lead">{move || ct().intro}</p>
            {(!own).then(|| view! { <p class="notice">{move || ct().counsel_note}</p> })}
            {match record {
                Err(gap) => {
                    view! {
                        <div
                            class="notice"
                            role="status"
                            data-testid="career-gap"
                            data-gap=gap.code()
                        >
                            <p>{move || ct().gap_lead} " " {move || ct().gap(gap)}</p>
                            <p class="muted">{move || ct().gap_who}</p>
                        </div>
                    }
                        .into_any()
                }
                Ok(record) => {
                    view! {
                        <Standing record=record.clone() today />
                        <Scenarios record today employee_id own planned />
                    }
                        .into_any()
                }
            }}
        </article>
    }
    .into_any()
}
