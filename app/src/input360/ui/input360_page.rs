use leptos::prelude::*;

use crate::{
    i18n::{tr, use_i18n},
    input360::api::{my_360_requests, Request360, Submit360Answer},
    input360::types::Relation360,
    rules::preview::CoreValue,
    rules::Rating,
    skp::ui::skp_plan::core_value_label,
    ui::prelude::*,
};

const FIELDS: [&str; 7] = [
    "berorientasi_pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
];

/// `/360`: the caller's 360 requests. Each rater sees and changes only their own answer, and
/// may withdraw it until the deadline.
#[component]
pub fn Input360Page() -> impl IntoView {
    let i18n = use_i18n();
    let answer = ServerAction::<Submit360Answer>::new();
    let answered = successes(answer);
    let requests = Resource::new(move || answered.get(), |_| my_360_requests());
    let error = refusal(answer);
    view! {
        <PageTitle title=|t| t.input360_title />
        <article class="page input360">
            <h1>{tr(|t| t.input360_title)}</h1>
            <p class="muted">{tr(|t| t.input360_privacy)}</p>
            <Suspense fallback=|| ()>
                {move || {
                    requests
                        .get()
                        .map(|result| match result {
                            Err(e) => {
                                view! { <p class="form-error">{e.message(i18n.t())}</p> }.into_any()
                            }
                            Ok(list) if list.is_empty() => {
                                view! { <p class="muted">{tr(|t| t.tasks_none)}</p> }.into_any()
                            }
                            Ok(list) => {
                                list.into_iter()
                                    .map(|r| view! { <RequestForm request=r action=answer /> })
                                    .collect_view()
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
            <FormError error />
        </article>
    }
}

#[component]
fn RequestForm(request: Request360, action: ServerAction<Submit360Answer>) -> impl IntoView {
    let i18n = use_i18n();
    let r = request;
    let current = r.ratings.clone().unwrap_or_default();
    let relation = r.relation;
    view! {
        <section class="request360" data-request=r.id data-answered=r.ratings.is_some().to_string()>
            <h2>{r.employee_name.clone()}</h2>
            <p class="muted">
                {move || {
                    format!(
                        "{} · {} {}",
                        if relation == Relation360::Peer {
                            i18n.t().input360_peer
                        } else {
                            i18n.t().input360_subordinate
                        },
                        i18n.t().tasks_due,
                        i18n.t().date(r.deadline),
                    )
                }}
            </p>
            {r
                .open
                .then(|| {
                    view! {
                        <ActionForm action attr:class="form">
                            <input type="hidden" name="id" value=r.id />
                            {CoreValue::ALL
                                .into_iter()
                                .enumerate()
                                .map(|(n, value)| {
                                    let chosen = current
                                        .get(n)
                                        .copied()
                                        .unwrap_or(Rating::SesuaiEkspektasi);
                                    view! {
                                        <label>
                                            <span>{move || core_value_label(i18n.t(), value)}</span>
                                            <select name=format!(
                                                "input[{}]",
                                                FIELDS[n],
                                            )>
                                                {Rating::ALL
                                                    .into_iter()
                                                    .map(|rating| {
                                                        view! {
                                                            <option value=rating.code() selected=rating == chosen>
                                                                {move || i18n.t().rating(rating)}
                                                            </option>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </select>
                                        </label>
                                    }
                                })
                                .collect_view()}
                            <button type="submit" class="button">
                                {tr(|t| t.input360_submit)}
                            </button>
                        </ActionForm>
                        <ActionForm action attr:class="inline-form">
                            <input type="hidden" name="id" value=r.id />
                            <input type="hidden" name="withdraw" value="yes" />
                            <button type="submit" class="link-danger">
                                {tr(|t| t.input360_withdraw)}
                            </button>
                        </ActionForm>
                    }
                })}
        </section>
    }
}
