use leptos::prelude::*;

use crate::components::coming_soon::ComingSoon;

#[component]
pub fn SkpPage() -> impl IntoView {
    view! { <ComingSoon title=|t| t.page_skp_title description=|t| t.page_skp_desc /> }
}
