use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    api::appeals::appeals_to_decide,
    auth::state::error_message,
    components::skp_plan::predikat_label,
    i18n::{tr, use_i18n},
};

/// `/persetujuan`: what the atasan pejabat penilai must decide: the appeals against their
/// subordinates' pejabat penilai's ratings, open ones first.
#[component]
pub fn ApprovalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let appeals = Resource::new(|| (), |_| appeals_to_decide());
    view! {
        <Title text=move || format!("{} · {}", i18n.t().page_approvals_title, i18n.t().app_name) />
        <article class="page approvals">
            <h1>{tr(|t| t.page_approvals_title)}</h1>
            <h2>{tr(|t| t.appeals_title)}</h2>
            <Suspense fallback=|| ()>
                {move || {
                    appeals
                        .get()
                        .map(|result| match result {
                            Err(e) => {
                                view! { <p class="form-error">{error_message(&e, i18n.t())}</p> }
                                    .into_any()
                            }
                            Ok(rows) if rows.is_empty() => {
                                view! { <p class="muted">{tr(|t| t.appeals_none)}</p> }.into_any()
                            }
                            Ok(rows) => {
                                view! {
                                    <ul class="appeal-list">
                                        {rows
                                            .into_iter()
                                            .map(|r| {
                                                let predikat = r.predikat.clone();
                                                let open = r.status == "filed";
                                                view! {
                                                    <li data-status=r.status.clone()>
                                                        <a href=format!("/keberatan/{}", r.id)>{r.employee_name}</a>
                                                        " — "
                                                        {move || predikat_label(i18n.t(), &predikat)}
                                                        " · "
                                                        {move || {
                                                            if open {
                                                                i18n.t().appeal_status_filed
                                                            } else {
                                                                i18n.t().appeal_status_decided
                                                            }
                                                        }}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        </article>
    }
}
