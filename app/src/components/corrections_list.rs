use leptos::prelude::*;

use crate::{
    api::corrections::open_corrections,
    i18n::{tr, use_i18n},
};

/// For the HR office: the open correction requests of its agency, newest first.
#[component]
pub fn CorrectionsList() -> impl IntoView {
    let i18n = use_i18n();
    let requests = Resource::new(|| (), |_| open_corrections());
    view! {
        <Suspense fallback=|| ()>
            {move || {
                requests
                    .get()
                    .and_then(Result::ok)
                    .filter(|rows| !rows.is_empty())
                    .map(|rows| {
                        view! {
                            <section class="corrections">
                                <h2>{tr(|t| t.corrections_open_title)}</h2>
                                <ul>
                                    {rows
                                        .into_iter()
                                        .map(|r| {
                                            let field = r.field.clone();
                                            view! {
                                                <li data-request=r.id>
                                                    <a href=format!("/pegawai/{}", r.employee_id)>{r.name}</a>
                                                    " ("
                                                    <code>{r.nip}</code>
                                                    ") — "
                                                    <strong>{move || i18n.t().record_field(&field)}</strong>
                                                    ": "
                                                    {r.message}
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ul>
                            </section>
                        }
                    })
            }}
        </Suspense>
    }
}
