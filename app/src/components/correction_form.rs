use leptos::prelude::*;

use crate::{
    api::corrections::{RequestCorrection, FIELDS},
    auth::state::error_message,
    i18n::{tr, use_i18n},
};

/// On the employee's own profile: ask the HR office to correct part of the record.
#[component]
pub fn CorrectionForm() -> impl IntoView {
    let i18n = use_i18n();
    let action = ServerAction::<RequestCorrection>::new();
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
                    {error_message(&e, i18n.t())}
                </p>
            }
            .into_any(),
        })
    };
    view! {
        <section class="correction">
            <h2>{tr(|t| t.correction_title)}</h2>
            <ActionForm action attr:class="form">
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
