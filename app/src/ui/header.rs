use leptos::prelude::*;

use crate::{i18n::tr, ui::language_switch::LanguageSwitch, ui::user_menu::UserMenu};

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">
                {tr(|t| t.skip_to_content)}
            </a>
            <a class="brand" href="/">
                <img src="/favicon.svg" alt="" width="28" height="28" />
                <span class="brand-name">{tr(|t| t.app_name)}</span>
            </a>
            <p class="tagline">{tr(|t| t.tagline)}</p>
            <UserMenu />
            <LanguageSwitch />
        </header>
    }
}
