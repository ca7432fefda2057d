//! What shared caches and the browser's history may keep: nothing of an account. Every answer
//! to a logged-in caller (pages, server functions, exports, evidence files) and every server
//! function's answer carries `Cache-Control: no-store`, unless the handler chose its own
//! policy (the immutable bundle under `/pkg` answers to anyone alike). Public pages for a
//! visitor keep the default (they hold nothing personal).

use app::auth::RequestSession;
use axum::{
    extract::Request,
    http::{header, HeaderValue},
    middleware::Next,
    response::Response,
};

pub async fn private_answers_not_stored(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let personal = request.extensions().get::<RequestSession>().is_some_and(|s| s.user.is_some())
        && !path.starts_with("/pkg/");
    let private = personal || (path.starts_with("/api/") && !path.starts_with("/api/v1/"));
    let mut response = next.run(request).await;
    if private {
        response
            .headers_mut()
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-store"));
    }
    response
}
