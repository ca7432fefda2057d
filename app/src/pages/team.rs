use leptos::prelude::*;

use crate::components::coming_soon::ComingSoon;

#[component]
pub fn TeamPage() -> impl IntoView {
    view! { <ComingSoon title=|t| t.page_team_title description=|t| t.page_team_desc /> }
}
