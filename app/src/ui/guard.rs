use leptos::prelude::*;

use crate::{
    auth::state::use_auth, kernel::error::AppError, kernel::policy::Audience,
    ui::error_page::ErrorPage,
};

/// A page behind its [`Audience`], decided before anything renders: the user is known
/// synchronously on both sides (the session is in the page), so a refused page renders the
/// error page alone, with its status (401 for a visitor, 404 for everyone else, exactly like a
/// missing page), and never any part of the page behind it. The server functions still decide
/// for themselves; this only keeps the page honest.

#[component]
pub fn Guard(audience: Audience, children: ChildrenFn) -> impl IntoView {
    let auth = use_auth();
    move || match auth.current() {
        None => view! { <ErrorPage error=AppError::Unauthenticated /> }.into_any(),
        Some(user) => {
            if audience.admits(Some(&user)) {
                children().into_any()
            } else {
                view! { <ErrorPage error=AppError::NotFound /> }.into_any()
            }
        }
    }
}
