//! The page's view of authentication: the current user (a resource refetched after each auth
//! action) and the actions themselves, shared through context.

use leptos::prelude::*;

use super::{CurrentUser, Role};
use crate::{
    api::auth::{whoami, ChangePassword, Login, Logout},
    i18n::Texts,
};

#[derive(Clone, Copy)]
pub struct AuthState {
    pub user: Resource<Result<Option<CurrentUser>, ServerFnError>>,
    pub login: ServerAction<Login>,
    pub logout: ServerAction<Logout>,
    pub change_password: ServerAction<ChangePassword>,
}

impl AuthState {
    /// The user if known (tracked).
    pub fn current(&self) -> Option<CurrentUser> {
        self.user.get().and_then(Result::ok).flatten()
    }

    pub fn has(&self, role: Role) -> bool {
        self.current().is_some_and(|u| u.has(role))
    }
}

pub fn provide_auth() -> AuthState {
    let login = ServerAction::<Login>::new();
    let logout = ServerAction::<Logout>::new();
    let change_password = ServerAction::<ChangePassword>::new();
    let user = Resource::new(
        move || (login.version().get(), logout.version().get(), change_password.version().get()),
        |_| whoami(),
    );
    let state = AuthState { user, login, logout, change_password };
    provide_context(state);
    state
}

pub fn use_auth() -> AuthState {
    expect_context::<AuthState>()
}

/// The message a server function put in its error (already translated on the server), or a
/// generic one for transport failures.
pub fn error_message(error: &ServerFnError, t: &Texts) -> String {
    match error {
        ServerFnError::ServerError(message) => message.clone(),
        _ => t.error_internal.to_string(),
    }
}
