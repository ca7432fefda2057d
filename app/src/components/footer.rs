use leptos::prelude::*;

use crate::i18n::use_i18n;

#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{move || i18n.t().footer}</p>
        </footer>
    }
}
