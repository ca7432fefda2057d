use leptos::prelude::*;

use crate::components::coming_soon::ComingSoon;

#[component]
pub fn ApprovalsPage() -> impl IntoView {
    view! { <ComingSoon title=|t| t.page_approvals_title description=|t| t.page_approvals_desc /> }
}
