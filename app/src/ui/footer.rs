use leptos::prelude::*;

use crate::i18n::tr;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{tr(|t| t.footer)}</p>
        </footer>
    }
}
