use leptos::prelude::*;

use crate::ui::coming_soon::ComingSoon;

#[component]
pub fn LeaderboardPage() -> impl IntoView {
    view! { <ComingSoon title=|t| t.page_leaderboard_title description=|t| t.page_leaderboard_desc /> }
}
