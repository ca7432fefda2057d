use leptos::prelude::*;

use crate::components::coming_soon::ComingSoon;

#[component]
pub fn EvaluationPage() -> impl IntoView {
    view! { <ComingSoon title=|t| t.page_evaluation_title description=|t| t.page_evaluation_desc /> }
}
