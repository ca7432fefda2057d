use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::{
    career::{
        api::{load_career, CareerData},
        texts::use_career_texts,
        ui::{scenarios::Scenarios, standing::Standing},
    },
    ui::prelude::*,
};

/// `/karier`: the caller's own career, from their stored record.
#[component]
pub fn CareerPage() -> impl IntoView {
    let career = Resource::new(|| (), |_| load_career(None));
    view! {
        <PageTitle title=|t| t.page_career_title />
        <Loaded resource=career view=|data| view! { <CareerView data /> }.into_any() />
    }
}

/// `/karier/{employee}`: an employee's career, read by a counsellor (their pejabat penilai or
/// atasan, or the agency's HR office and tim evaluasi).
#[component]
pub fn EmployeeCareerPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let career = Resource::new(id, |id| load_career(Some(id)));
    view! {
        <PageTitle title=|t| t.page_career_title />
        <Loaded resource=career view=|data| view! { <CareerView data /> }.into_any() />
    }
}

#[component]
fn CareerView(data: CareerData) -> AnyView {
    let ct = use_career_texts();
    let CareerData { employee_id, name, nip, position_name, own, record, today } = data;
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
                        <Scenarios record today employee_id own />
                    }
                        .into_any()
                }
            }}
        </article>
    }
    .into_any()
}
