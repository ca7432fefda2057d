use leptos::prelude::*;

use crate::{
    components::{language_switch::LanguageSwitch, user_menu::UserMenu},
    i18n::use_i18n,
};

#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">
                {move || i18n.t().skip_to_content}
            </a>
            <a class="brand" href="/">
                <img src="/favicon.svg" alt="" width="28" height="28" />
                <span class="brand-name">{move || i18n.t().app_name}</span>
            </a>
            <p class="tagline">{move || i18n.t().tagline}</p>
            <UserMenu />
            <LanguageSwitch />
        </header>
    }
}
