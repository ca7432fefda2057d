use leptos::prelude::*;

use crate::{
    i18n::{tr, use_i18n},
    people::corrections_api::{my_corrections, RequestCorrection, FIELDS},
    ui::prelude::*,
};

/// On the employee's own profile: ask the HR office to correct part of the record.
#[component]
pub fn CorrectionForm() -> impl IntoView {
    let i18n = use_i18n();
    // Shared with `MyCorrections` (which lists the requests) when the page provides it.
    let action = use_context::<ServerAction<RequestCorrection>>().unwrap_or_default();
    let result = move || {
        action.value().get().map(|r| match r {
            Ok(_) => view! {
                <p class="notice" data-testid="correction-sent">
                    {tr(|t| t.correction_sent)}
                </p>
            }
            .into_any(),
            Err(e) => view! {
                <p class="form-error" role="alert">
                    {e.message(i18n.t())}
                </p>
            }
            .into_any(),
        })
    };
    view! {
        <section class="correction">
            <h2>{tr(|t| t.correction_title)}</h2>
            <ActionForm action node_ref=cleared_on_success(action) attr:class="form">
                <label>
                    <span>{tr(|t| t.correction_field)}</span>
                    <select name="field">
                        {FIELDS
                            .iter()
                            .map(|f| {
                                let code = *f;
                                view! {
                                    <option value=code>
                                        {move || i18n.t().record_field(code)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    <span>{tr(|t| t.correction_message)}</span>
                    <textarea
                        name="message"
                        required
                        minlength="5"
                        maxlength="1000"
                        rows="3"
                    ></textarea>
                </label>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {tr(|t| t.correction_submit)}
                </button>
            </ActionForm>
            {result}
        </section>
    }
}

/// The caller's own correction requests and the HR office's answers. Rendered by the page
/// outside the profile's `Suspense`: a resource created inside a `Suspense` child closure is
/// re-created on every pass (leptos-rs/leptos#4866). Reloads when the page's shared
/// `ServerAction<RequestCorrection>` succeeds.
#[component]
pub fn MyCorrections() -> impl IntoView {
    let i18n = use_i18n();
    let action = use_context::<ServerAction<RequestCorrection>>().unwrap_or_default();
    let sent = successes(action);
    let mine = Resource::new(move || sent.get(), |_| my_corrections());
    view! {
        <Suspense fallback=|| ()>
            {move || {
                mine.get()
                    .and_then(Result::ok)
                    .filter(|rows| !rows.is_empty())
                    .map(|rows| {
                        view! {
                            <h3>{tr(|t| t.corrections_mine_title)}</h3>
                            <ul class="my-corrections">
                                {rows
                                    .into_iter()
                                    .map(|r| {
                                        let field = r.field.clone();
                                        let status = r.status;
                                        view! {
                                            <li data-status=r.status.code()>
                                                <strong>{move || i18n.t().record_field(&field)}</strong>
                                                ": "
                                                {r.message}
                                                " — "
                                                <em>{move || i18n.t().correction_status(status)}</em>
                                                {r
                                                    .response_note
                                                    .filter(|n| !n.is_empty())
                                                    .map(|n| view! { <p class="muted">{n}</p> })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
            }}
        </Suspense>
    }
}
