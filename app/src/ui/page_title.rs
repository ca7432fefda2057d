use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{use_i18n, Texts};

/// The document title of a page, "Page · Prestasi", in the reader's language (it follows a
/// language switch).
#[component]
pub fn PageTitle(title: fn(&Texts) -> &'static str) -> impl IntoView {
    let i18n = use_i18n();
    view! { <Title text=move || format!("{} · {}", title(i18n.t()), i18n.t().app_name) /> }
}
