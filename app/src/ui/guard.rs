use leptos::prelude::*;

use crate::{
    auth::state::use_auth, auth::Role, kernel::error::AppError, ui::error_page::ErrorPage,
};

/// Who may open a page. The user is known synchronously on both sides (the session is in the
/// page), so the decision is made before anything renders: a refused page renders the error page
/// alone, with its status (401 for a visitor, 404 for everyone else, exactly like a missing
/// page), and never any part of the page behind it. The server functions still decide for
/// themselves; this only keeps the page honest.
#[derive(Clone, Copy)]
pub enum Audience {
    /// Any logged-in user; the page's data decides the rest (a foreign id answers 404).
    LoggedIn,
    /// A logged-in user holding at least one of these roles.
    Roles(&'static [Role]),
}

#[component]
pub fn Guard(audience: Audience, children: ChildrenFn) -> impl IntoView {
    let auth = use_auth();
    move || match auth.current() {
        None => view! { <ErrorPage error=AppError::Unauthenticated /> }.into_any(),
        Some(user) => {
            let allowed = match audience {
                Audience::LoggedIn => true,
                Audience::Roles(roles) => roles.iter().any(|r| user.has(*r)),
            };
            if allowed {
                children().into_any()
            } else {
                view! { <ErrorPage error=AppError::NotFound /> }.into_any()
            }
        }
    }
}
