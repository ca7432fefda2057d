use leptos::prelude::*;

use crate::{auth::state::error_message, i18n::use_i18n};

/// The translated message of a failed server action, announced to screen readers.
#[component]
pub fn FormError(#[prop(into)] error: Signal<Option<ServerFnError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|e| {
            view! {
                <p class="form-error" role="alert">
                    {error_message(&e, i18n.t())}
                </p>
            }
        })
    }
}
