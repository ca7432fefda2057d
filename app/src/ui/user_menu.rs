use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::{
    auth::state::use_auth, i18n::tr, tasks::api::count_tasks, tasks::ui::task_badge::TaskBadge,
};

/// In the header: the task badge, who is logged in and a logout button, or a login link.
#[component]
pub fn UserMenu() -> impl IntoView {
    let auth = use_auth();
    let location = use_location();
    // Counted again on every navigation (a task done on one page leaves the count on the next)
    // and on login or logout; created here, outside any view closure, so that the server's
    // answer hydrates in place.
    let tasks = Resource::new(
        // (Not for a session that must change its password first: the server allows it
        // nothing but that.)
        move || {
            let user = auth.current().filter(|u| !u.must_change_password);
            (user.map(|u| u.user_id), location.pathname.get())
        },
        |(user, _)| async move {
            match user {
                Some(_) => count_tasks().await.ok(),
                None => None,
            }
        },
    );
    view! {
        {move || match auth.current() {
            Some(user) => {
                view! {
                    <div class="user-menu">
                        <Transition fallback=|| ()>
                            {move || {
                                tasks.get().flatten().map(|count| view! { <TaskBadge count /> })
                            }}
                        </Transition>
                        <span class="user-name" title=tr(|t| t.signed_in_as)>
                            {user.display_name.clone()}
                        </span>
                        <ActionForm action=auth.logout attr:class="inline-form">
                            <button type="submit" class="link-button" data-testid="logout">
                                {tr(|t| t.logout)}
                            </button>
                        </ActionForm>
                    </div>
                }
                    .into_any()
            }
            None => {
                view! {
                    <a class="login-link" href="/masuk">
                        {tr(|t| t.nav_login)}
                    </a>
                }
                    .into_any()
            }
        }}
    }
}
