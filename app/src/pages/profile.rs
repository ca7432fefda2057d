use leptos::prelude::*;

use crate::components::coming_soon::ComingSoon;

#[component]
pub fn ProfilePage() -> impl IntoView {
    view! { <ComingSoon title=|t| t.page_profile_title description=|t| t.page_profile_desc /> }
}
