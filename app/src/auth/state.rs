//! The page's view of authentication: the current user and the auth actions, shared through
//! context.
//!
//! The user is a plain signal, not a resource: the server knows it synchronously from the
//! session and writes it into the page (`<script type="application/json" id="session-user">`),
//! the browser starts from that copy, and refreshes it after each auth action. Leptos 0.8 can
//! stall an SSR response when one resource is read under two `<Suspense>` boundaries (the header
//! and the menu both need the user; leptos-rs/leptos#4851), which this design avoids.

use leptos::prelude::*;

use crate::auth::api::{ChangePassword, Login, Logout};
use crate::auth::{CurrentUser, Role};

/// The id of the element that carries the user from the server-rendered page to the browser.
pub const SESSION_USER_ELEMENT: &str = "session-user";

#[derive(Clone, Copy)]
pub struct AuthState {
    pub user: RwSignal<Option<CurrentUser>>,
    pub login: ServerAction<Login>,
    pub logout: ServerAction<Logout>,
    pub change_password: ServerAction<ChangePassword>,
}

impl AuthState {
    /// The user if logged in (tracked).
    pub fn current(&self) -> Option<CurrentUser> {
        self.user.get()
    }

    pub fn has(&self, role: Role) -> bool {
        self.current().is_some_and(|u| u.has(role))
    }

    /// The user as the page was rendered for, not tracked. Pages read this: the route guard
    /// (the only reader that tracks the user) renders the page anew when the user changes. A
    /// page that tracked it too would have its own effect scheduled in the same tick as its
    /// disposal and read its disposed resources (a panic seen on logout).
    pub fn at_render(&self) -> Option<CurrentUser> {
        self.user.get_untracked()
    }
}

/// The user the page was rendered for.
pub fn initial_user() -> Option<CurrentUser> {
    #[cfg(feature = "ssr")]
    {
        crate::auth::request_session().user
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(SESSION_USER_ELEMENT))
            .and_then(|e| e.text_content())
            .and_then(|json| serde_json::from_str(&json).ok())
            .flatten()
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        None
    }
}

/// The JSON the shell embeds for [`initial_user`]: `<`, `>` and `&` escaped as JSON unicode
/// escapes, so the text is safe inside a `<script>` element and needs no HTML escaping.
pub fn session_user_json(user: &Option<CurrentUser>) -> String {
    serde_json::to_string(user)
        .unwrap_or_else(|_| "null".into())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

pub fn provide_auth() -> AuthState {
    let login = ServerAction::<Login>::new();
    let logout = ServerAction::<Logout>::new();
    let change_password = ServerAction::<ChangePassword>::new();
    let user = RwSignal::new(initial_user());
    // After any auth action completes, ask the server who we are now (browser only: effects do
    // not run during server rendering).
    Effect::new(move |previous: Option<(usize, usize, usize)>| {
        let versions =
            (login.version().get(), logout.version().get(), change_password.version().get());
        if previous.is_some_and(|p| p != versions) {
            leptos::task::spawn_local(async move {
                if let Ok(now) = crate::auth::api::whoami().await {
                    user.set(now);
                }
            });
        }
        versions
    });
    let state = AuthState { user, login, logout, change_password };
    provide_context(state);
    state
}

pub fn use_auth() -> AuthState {
    expect_context::<AuthState>()
}
