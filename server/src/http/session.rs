//! Resolves the session cookie on every request into an [`app::auth::RequestSession`] in the
//! request extensions, where pages and server functions find it.

use app::{
    auth::repo::users,
    auth::{session, AuthServices, RequestSession},
    kernel::db::Pool,
};
use axum::{
    extract::{Request, State},
    http::header,
    middleware::Next,
    response::Response,
};

#[derive(Clone)]
pub struct SessionState {
    pub pool: Pool,
    pub services: AuthServices,
}

pub async fn resolve(
    State(state): State<SessionState>,
    mut request: Request,
    next: Next,
) -> Response {
    let settings = &state.services.sessions;
    let token = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|h| settings.token_from_cookie_header(h).map(str::to_string));
    let mut found = RequestSession::default();
    if let Some(token) = token {
        match session::user_of(&state.pool, settings, &token).await {
            Ok(Some(user_id)) => {
                match users::current_user(&state.pool, user_id, app::kernel::db::today()).await {
                    Ok(Some(user)) => {
                        found = RequestSession { token: Some(token), user: Some(user) }
                    }
                    Ok(None) => {}
                    Err(error) => tracing::error!(%error, "loading the session's user failed"),
                }
            }
            Ok(None) => {}
            Err(error) => tracing::error!(%error, "session lookup failed"),
        }
    }
    request.extensions_mut().insert(found);
    next.run(request).await
}
