use leptos::prelude::*;

use crate::{i18n::use_i18n, kernel::error::AppError};

/// The translated message of a failed server action, announced to screen readers; a refused
/// field is named by `data-fields` (the form's field names, for the tests and the styles).
#[component]
pub fn FormError(#[prop(into)] error: Signal<Option<AppError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|e| {
            let fields = match &e {
                AppError::Invalid(problems) => {
                    problems.iter().filter_map(|p| p.field.clone()).collect::<Vec<_>>().join(" ")
                }
                _ => String::new(),
            };
            view! {
                <p class="form-error" role="alert" data-status=e.status() data-fields=fields>
                    {e.message(i18n.t())}
                </p>
            }
        })
    }
}
