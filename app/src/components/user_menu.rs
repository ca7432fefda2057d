use leptos::prelude::*;

use crate::{auth::state::use_auth, i18n::tr};

/// In the header: who is logged in and a logout button, or a login link.
#[component]
pub fn UserMenu() -> impl IntoView {
    let auth = use_auth();
    view! {
        {move || match auth.current() {
            Some(user) => {
                view! {
                    <div class="user-menu">
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
