use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::people::ui::profile_view::ProfileView;

/// `/pegawai/{id}`: a record the caller may read (their own, the people they assess, or their
/// agency's for the HR office); any other id shows "not found".
#[component]
pub fn EmployeePage() -> impl IntoView {
    let params = use_params_map();
    // A malformed id is simply one that does not exist.
    let id = Signal::derive(move || {
        Some(params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0)))
    });
    view! {
        // The title is the person's name, set by the record once loaded.
        <ProfileView employee_id=id />
    }
}
