//! `/karier` and `/karier/{employee}`: the career simulator for oneself, or an employee's as
//! read by a counsellor (lazily loaded routes: see `career::ui::routes`).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::{
    career::{api::load_career, types::CareerData, ui::career_view::CareerView},
    ui::prelude::*,
};

/// The caller's own career.
#[component]
pub fn CareerPage() -> impl IntoView {
    page(Resource::new(|| (), |_| load_career(None)))
}

/// An employee's career, for those who may read their record (a foreign id answers 404).
#[component]
pub fn EmployeeCareerPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    page(Resource::new(id, |id| load_career(Some(id))))
}

/// Both pages: the career once loaded.
fn page(career: Resource<Result<CareerData, AppError>>) -> impl IntoView {
    view! {
        <PageTitle title=|t| t.page_career_title />
        <Loaded resource=career view=|data| view! { <CareerView data /> }.into_any() />
    }
}
