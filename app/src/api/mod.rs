//! Server functions, grouped by resource. Each one authenticates, authorises, parses its input,
//! calls the rules or a repository, and maps the error to a translated message.

pub mod admin;
pub mod auth;
pub mod corrections;
pub mod employees;
pub mod import;
pub mod records;

/// A refused call: the translated message for the user, and the HTTP status that says why
/// (401 not logged in, 404 not found or not the caller's, 409 changed by someone else since it
/// was loaded, 422 invalid input). Without it every refusal would be a 500.
#[cfg(feature = "ssr")]
pub fn refusal(
    status: http::StatusCode,
    message: impl Into<String>,
) -> leptos::prelude::ServerFnError {
    use leptos::prelude::use_context;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
    leptos::prelude::ServerFnError::new(message.into())
}
