use leptos::prelude::*;

use crate::{
    i18n::{tr, use_i18n},
    people::corrections_api::open_corrections,
    people::records_api::ResolveCorrection,
    ui::prelude::*,
};

/// For the HR office: the open correction requests of its agency, newest first, each closed as
/// done or rejected with a note for the employee.
#[component]
pub fn CorrectionsList() -> impl IntoView {
    let i18n = use_i18n();
    let resolve = ServerAction::<ResolveCorrection>::new();
    let resolved = successes(resolve);
    let requests = Resource::new(move || resolved.get(), |_| open_corrections());
    let error = refusal(resolve);
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
                                                    <a href=format!(
                                                        "/admin/pegawai/{}",
                                                        r.employee_id,
                                                    )>{r.name}</a>
                                                    " ("
                                                    <code>{r.nip}</code>
                                                    ") — "
                                                    <strong>{move || i18n.t().record_field(&field)}</strong>
                                                    ": "
                                                    {r.message}
                                                    <ActionForm action=resolve attr:class="inline-form">
                                                        <input type="hidden" name="id" value=r.id />
                                                        <input type="hidden" name="version" value=r.version />
                                                        <label>
                                                            <span>{tr(|t| t.correction_note)}</span>
                                                            <input name="note" maxlength="1000" />
                                                        </label>
                                                        <button
                                                            type="submit"
                                                            name="status"
                                                            value="done"
                                                            class="button"
                                                        >
                                                            {tr(|t| t.correction_done)}
                                                        </button>
                                                        <button
                                                            type="submit"
                                                            name="status"
                                                            value="rejected"
                                                            class="button secondary"
                                                        >
                                                            {tr(|t| t.correction_reject)}
                                                        </button>
                                                    </ActionForm>
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
        {move || {
            matches!(resolve.value().get(), Some(Ok(_)))
                .then(|| {
                    view! {
                        <p class="notice" role="status">
                            {tr(|t| t.correction_resolved)}
                        </p>
                    }
                })
        }}
        <FormError error />
    }
}
