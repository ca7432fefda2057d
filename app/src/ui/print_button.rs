use leptos::prelude::*;

use crate::documents::texts::doc_texts;

use crate::i18n::tr;

/// Above an official form (hidden in print): print it (the browser's dialog also saves a
/// PDF), or go back to the plan.
#[component]
pub fn PrintButton(back: String) -> impl IntoView {
    let print = move |_| {
        #[cfg(feature = "hydrate")]
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <p class="links no-print">
            <button type="button" class="button" data-testid="print" on:click=print>
                {tr(|t| doc_texts(t).doc_print)}
            </button>
            " "
            <a href=back>{tr(|t| doc_texts(t).doc_back)}</a>
        </p>
    }
}
