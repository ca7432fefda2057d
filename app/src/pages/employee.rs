use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::{components::profile_view::ProfileView, i18n::use_i18n};

/// `/pegawai/{id}`: a record the caller may read (their own, the people they assess, or their
/// agency's for the HR office); any other id shows "not found".
#[component]
pub fn EmployeePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    // A malformed id is simply one that does not exist.
    let id = Signal::derive(move || {
        Some(params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0)))
    });
    view! {
        <Title text=move || format!("{} · {}", i18n.t().page_profile_title, i18n.t().app_name) />
        <ProfileView employee_id=id />
    }
}
