use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    i18n::use_i18n, people::corrections_api::RequestCorrection,
    people::ui::correction_form::MyCorrections, people::ui::profile_view::ProfileView,
};

/// "Profil Saya": the caller's own record.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let i18n = use_i18n();
    // One action for the correction form (inside the profile) and the list of requests.
    provide_context(ServerAction::<RequestCorrection>::new());
    view! {
        <Title text=move || format!("{} · {}", i18n.t().page_profile_title, i18n.t().app_name) />
        <ProfileView employee_id=Signal::derive(|| None) />
        <MyCorrections />
    }
}
