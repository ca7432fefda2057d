use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::{
    development::{
        api::{ranked_applicants, Decide},
        texts::use_development_texts,
        types::{OfferingStatus, RANKED_PAGE_SIZE},
        ui::merit_reasons::MeritReasons,
    },
    ui::prelude::*,
};

/// `/admin/pelatihan/{id}`: an offering's applicants in merit order, each with the reasons of
/// their position, and the decision (the quota offered, the rest waiting in order).
#[component]
pub fn RankedPage() -> impl IntoView {
    crate::development::reason_texts::provide();
    let dt = use_development_texts();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let decide = ServerAction::<Decide>::new();
    let decided = successes(decide);
    let query = use_query_map();
    let page = move || query.with(|q| q.get("halaman").and_then(|v| v.parse::<u32>().ok()));
    let list = Resource::new(
        move || (id(), page(), decided.get()),
        |(id, page, _)| ranked_applicants(id, page),
    );
    let error = refusal(decide);
    view! {
        <PageTitle title=|t| t.page_ranked_title />
        <article class="page ranked">
            <p class="links">
                <a href="/admin/pelatihan">{move || dt().catalogue_title}</a>
            </p>
            <Loaded
                resource=list
                view=move |l| {
                    let open = l.offering.status == OfferingStatus::Open;
                    let (offering_id, version) = (l.offering.id, l.offering.version);
                    let (total, page) = (l.total, l.page);
                    let first = (page - 1) * RANKED_PAGE_SIZE + 1;
                    let last = (first + RANKED_PAGE_SIZE - 1).min(total);
                    let pages = total.div_ceil(RANKED_PAGE_SIZE);
                    view! {
                        <h1>{l.offering.title.clone()}</h1>
                        <h2>{move || dt().ranked_title}</h2>
                        <p class="lead">{move || dt().ranked_intro}</p>
                        {(!open)
                            .then(|| view! { <p class="notice">{move || dt().decided_note}</p> })}
                        {if l.rows.is_empty() {
                            view! { <p class="empty">{move || dt().ranked_none}</p> }.into_any()
                        } else {
                            view! {
                                <p class="pager" data-total=total>
                                    {move || format!("{first}–{last} {} {total}", dt().page_of)}
                                    {(page > 1)
                                        .then(|| {
                                            view! {
                                                " · "
                                                <a href=format!(
                                                    "?halaman={}",
                                                    page - 1,
                                                )>{move || dt().page_prev}</a>
                                            }
                                        })}
                                    {(page < pages)
                                        .then(|| {
                                            view! {
                                                " · "
                                                <a href=format!(
                                                    "?halaman={}",
                                                    page + 1,
                                                )>{move || dt().page_next}</a>
                                            }
                                        })}
                                </p>
                                <ol class="ranked-list" start=first>
                                    {l
                                        .rows
                                        .into_iter()
                                        .map(|r| {
                                            let (outcome, status) = (r.outcome, r.status);
                                            let standing = move || {
                                                if open {
                                                    dt().outcome(outcome)
                                                } else {
                                                    dt().status(status)
                                                }
                                            };
                                            // Before the decision, what it would be; after
                                            // it, where each stands now (a place given up, a
                                            // waiting applicant promoted).
                                            view! {
                                                <li
                                                    data-outcome=format!("{outcome:?}").to_lowercase()
                                                    data-status=status.code()
                                                >
                                                    <strong>{r.name.clone()}</strong>
                                                    {format!(" · {} · {}", r.nip, r.unit)}
                                                    {r
                                                        .nominated
                                                        .then(|| {
                                                            view! {
                                                                " · "
                                                                {move || dt().nominated}
                                                            }
                                                        })}
                                                    <p>
                                                        {move || {
                                                            format!("{} {:.2} · {}", dt().score, r.score, standing())
                                                        }}
                                                    </p>
                                                    <MeritReasons components=r.components.clone() />
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            }
                                .into_any()
                        }}
                        {open
                            .then(|| {
                                view! {
                                    <ActionForm action=decide attr:class="form inline-form">
                                        <input type="hidden" name="offering_id" value=offering_id />
                                        <input type="hidden" name="version" value=version />
                                        <button type="submit" class="button">
                                            {move || dt().decide}
                                        </button>
                                    </ActionForm>
                                }
                            })}
                    }
                        .into_any()
                }
            />
            <FormError error />
        </article>
    }
}
