use leptos::prelude::*;

use crate::{
    people::corrections_api::RequestCorrection, people::ui::correction_form::MyCorrections,
    people::ui::profile_view::ProfileView, ui::prelude::*,
};

/// "Profil Saya": the caller's own record.
#[component]
pub fn ProfilePage() -> impl IntoView {
    // One action for the correction form (inside the profile) and the list of requests.
    provide_context(ServerAction::<RequestCorrection>::new());
    view! {
        <PageTitle title=|t| t.page_profile_title />
        <ProfileView employee_id=Signal::derive(|| None) />
        <MyCorrections />
    }
}
