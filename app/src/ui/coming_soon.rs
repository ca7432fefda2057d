use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{tr, use_i18n, Texts};

/// A page whose capability is not built yet: it says what it will hold, honestly marked.
#[component]
pub fn ComingSoon(
    title: fn(&Texts) -> &'static str,
    description: fn(&Texts) -> &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || format!("{} · {}", title(i18n.t()), i18n.t().app_name) />
        <article class="page coming-soon">
            <h1>{move || title(i18n.t())}</h1>
            <p class="lead">{move || description(i18n.t())}</p>
            <p class="badge">{tr(|t| t.soon_badge)}</p>
            <p>{tr(|t| t.soon_body)}</p>
        </article>
    }
}
