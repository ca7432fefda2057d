use leptos::prelude::*;

use crate::components::coming_soon::ComingSoon;

#[component]
pub fn LoginPage() -> impl IntoView {
    view! { <ComingSoon title=|t| t.page_login_title description=|t| t.page_login_desc /> }
}
