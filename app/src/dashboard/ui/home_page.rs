use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    auth::state::use_auth,
    dashboard::api::load_dashboard,
    dashboard::ui::dashboard_view::DashboardView,
    i18n::{tr, use_i18n},
};

/// `/`: for a logged-in user, their dashboard first (their plan and what is due, their team,
/// their agency); for everyone, what Prestasi does.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let dashboard = Resource::new(
        move || auth.current().map(|u| u.user_id),
        |user| async move {
            match user {
                Some(_) => load_dashboard().await.ok().flatten(),
                None => None,
            }
        },
    );
    view! {
        <Title text=move || format!("{} · {}", i18n.t().app_name, i18n.t().tagline) />
        <article class="page home">
            <Transition fallback=|| ()>
                {move || {
                    dashboard.get().flatten().map(|d| view! { <DashboardView dashboard=d /> })
                }}
            </Transition>
            <h1>{tr(|t| t.home_title)}</h1>
            <p class="lead">{tr(|t| t.home_intro)}</p>
            <p>
                <a class="button" href="/simulasi/predikat">
                    {tr(|t| t.home_cta)}
                </a>
            </p>
            <ul class="features">
                <li>
                    <h2>{tr(|t| t.home_feature_preview_title)}</h2>
                    <p>{tr(|t| t.home_feature_preview_body)}</p>
                </li>
                <li>
                    <h2>{tr(|t| t.home_feature_career_title)}</h2>
                    <p>{tr(|t| t.home_feature_career_body)}</p>
                </li>
                <li>
                    <h2>{tr(|t| t.home_feature_explain_title)}</h2>
                    <p>{tr(|t| t.home_feature_explain_body)}</p>
                </li>
            </ul>
        </article>
    }
}
