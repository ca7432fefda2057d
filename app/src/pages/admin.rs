use leptos::prelude::*;

use crate::components::coming_soon::ComingSoon;

#[component]
pub fn AdminPage() -> impl IntoView {
    view! { <ComingSoon title=|t| t.page_admin_title description=|t| t.page_admin_desc /> }
}
