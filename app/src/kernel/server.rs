//! What every feature's server functions share: the caller (database and logged-in user), the
//! plan head or 404, and the refusals with their HTTP status and translated message. Each
//! server function authenticates, authorises, parses its input, calls the rules or a
//! repository, and maps the error through these.

/// A refused call: the translated message for the user, and the HTTP status that says why
/// (401 not logged in, 404 not found or not the caller's, 409 changed by someone else since it
/// was loaded, 422 invalid input). Without it every refusal would be a 500.
///
/// A plain form post (no JavaScript: the browser asks for HTML) keeps the redirect back to the
/// form that the server-function layer sets, with the message in the query: a 4xx there would
/// leave the user on a bare error text instead of the page that shows it.
#[cfg(feature = "ssr")]
pub fn refusal(
    status: http::StatusCode,
    message: impl Into<String>,
) -> leptos::prelude::ServerFnError {
    use leptos::prelude::use_context;
    let plain_form_post = use_context::<http::request::Parts>().is_some_and(|parts| {
        parts
            .headers
            .get(http::header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|accept| accept.contains("text/html"))
    });
    if let (false, Some(response)) =
        (plain_form_post, use_context::<leptos_axum::ResponseOptions>())
    {
        response.set_status(status);
    }
    leptos::prelude::ServerFnError::new(message.into())
}

/// A database failure: logged for the operators, a generic translated message for the user.
#[cfg(feature = "ssr")]
pub fn internal(error: sqlx::Error) -> leptos::prelude::ServerFnError {
    tracing::error!(%error, "query failed");
    leptos::prelude::ServerFnError::new(crate::i18n::initial_locale().texts().error_internal)
}

/// Not found, or not the caller's: the two answer alike (no IDOR oracle).
#[cfg(feature = "ssr")]
pub fn not_found() -> leptos::prelude::ServerFnError {
    refusal(http::StatusCode::NOT_FOUND, crate::i18n::initial_locale().texts().error_not_found)
}

#[cfg(feature = "ssr")]
pub fn invalid(message: impl Into<String>) -> leptos::prelude::ServerFnError {
    refusal(http::StatusCode::UNPROCESSABLE_ENTITY, message)
}

/// The refusal of a change a repository declined, with its status and translated message.
#[cfg(feature = "ssr")]
pub fn write_error(e: crate::kernel::write::WriteError) -> leptos::prelude::ServerFnError {
    use crate::kernel::write::WriteError;
    let t = crate::i18n::initial_locale().texts();
    match e {
        WriteError::Conflict => refusal(http::StatusCode::CONFLICT, t.edit_conflict),
        WriteError::NotFound => not_found(),
        WriteError::Db(e) => internal(e),
        WriteError::Invalid(code) => invalid(t.edit_invalid(code)),
    }
}

/// The database and the logged-in user, or 401.
#[cfg(feature = "ssr")]
pub fn caller(
) -> Result<(crate::kernel::db::Pool, crate::auth::CurrentUser), leptos::prelude::ServerFnError> {
    let t = crate::i18n::initial_locale().texts();
    let pool = leptos::prelude::use_context::<crate::kernel::db::Pool>()
        .ok_or_else(|| leptos::prelude::ServerFnError::new(t.error_internal))?;
    let user = crate::auth::request_session()
        .user
        .ok_or_else(|| refusal(http::StatusCode::UNAUTHORIZED, t.auth_required))?;
    Ok((pool, user))
}

/// A plan's head (who it belongs to, where it stands), or 404.
#[cfg(feature = "ssr")]
pub async fn plan_head(
    pool: &crate::kernel::db::Pool,
    plan_id: i64,
) -> Result<crate::kernel::plan_head::PlanHead, leptos::prelude::ServerFnError> {
    let mut conn = pool.acquire().await.map_err(internal)?;
    crate::kernel::plan_head::head(&mut conn, plan_id)
        .await
        .map_err(internal)?
        .ok_or_else(not_found)
}
