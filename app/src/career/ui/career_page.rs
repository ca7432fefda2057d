use leptos::prelude::*;

use crate::ui::coming_soon::ComingSoon;

#[component]
pub fn CareerPage() -> impl IntoView {
    view! { <ComingSoon title=|t| t.page_career_title description=|t| t.page_career_desc /> }
}
