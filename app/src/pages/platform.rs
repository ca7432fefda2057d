use leptos::prelude::*;

use crate::components::coming_soon::ComingSoon;

#[component]
pub fn PlatformPage() -> impl IntoView {
    view! { <ComingSoon title=|t| t.page_platform_title description=|t| t.page_platform_desc /> }
}
