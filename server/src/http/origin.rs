//! Cross-site request refusal for every state-changing request (server functions included):
//! `Sec-Fetch-Site` must say same-origin (or `none`, a typed URL), else the `Origin` must be this
//! host reached by this server's scheme (`https://host` behind TLS, `http://host` on a
//! developer's machine: a page served over the other scheme is another origin). Requests
//! without either header (command-line clients) carry no browser cookies by accident. The public
//! rules API (`/api/v1/`) is stateless and ignores cookies: exempt.

use axum::{
    extract::{Request, State},
    http::{header, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

/// The scheme browsers reach this server by.
#[derive(Debug, Clone, Copy)]
pub struct Scheme(pub &'static str);

pub async fn same_origin_only(
    State(scheme): State<Scheme>,
    request: Request,
    next: Next,
) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || request.uri().path().starts_with("/api/v1/")
    {
        return next.run(request).await;
    }
    let headers = request.headers();
    let verdict = if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        matches!(site, "same-origin" | "none")
    } else if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or("");
        origin.split_once("://") == Some((scheme.0, host))
    } else {
        true
    };
    if verdict {
        next.run(request).await
    } else {
        tracing::warn!(path = %request.uri().path(), "cross-site request refused");
        (StatusCode::FORBIDDEN, "Permintaan lintas situs ditolak / cross-site request refused")
            .into_response()
    }
}
