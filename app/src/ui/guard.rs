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
    move || {
        let user = auth.current();
        if audience.admits(user.as_ref()) {
            children().into_any()
        } else if user.is_none() {
            view! { <ErrorPage error=AppError::Unauthenticated /> }.into_any()
        } else {
            view! { <ErrorPage error=AppError::NotFound /> }.into_any()
        }
    }
}

/// A page behind its audience, as a route's view. The page's own type is erased: nested
/// inside the guard's, a large page's view type overflows rustc's query depth in the release
/// WebAssembly build.
pub fn guarded_page<V: IntoView + 'static>(audience: Audience, page: fn() -> V) -> AnyView {
    view! { <Guard audience>{move || page().into_any()}</Guard> }.into_any()
}
