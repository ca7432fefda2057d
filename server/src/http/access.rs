//! The policy's table of server functions, enforced before a server function runs: a call
//! from outside the function's audience (`app::kernel::policy::server_functions`) is refused
//! here, before its arguments are read, exactly as the function itself would refuse it (401
//! for a visitor, 404 for everyone else; a plain form post is sent back to its page with the
//! error, as `server_fn` does). The functions still decide on the records they are asked for;
//! this makes the table the one place that says who may call what at all.
//!
//! A session on an admin-issued initial password ("must change password") reaches only the
//! password change, logout and "who am I" here, and any page it opens is the change form.

use app::{
    auth::RequestSession,
    kernel::{error::AppError, policy::server_functions::audience_of},
};
use axum::{
    body::Body,
    extract::Request,
    http::{header, HeaderValue, StatusCode},
    middleware::Next,
    response::Response,
};
use leptos::server_fn::error::{FromServerFnError, ServerFnUrlError, SERVER_FN_ERROR_HEADER};

/// Marks a refusal made by this layer (the access-matrix test tells it from the function's).
pub const REFUSED_HEADER: &str = "x-prestasi-refused";

/// What a session that must change its password may still call.
const BEFORE_PASSWORD_CHANGE: [&str; 5] = [
    "/api/auth/change-password",
    "/api/auth/logout",
    "/api/auth/me",
    "/api/auth/login",
    "/api/auth/demo-accounts",
];

pub async fn server_function_audience(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let user = request.extensions().get::<RequestSession>().and_then(|s| s.user.as_ref());
    if user.is_some_and(|u| u.must_change_password) {
        if let Some(refused) = before_password_change(&request, path) {
            return refused;
        }
    }
    let Some(audience) = audience_of(path) else {
        return next.run(request).await;
    };
    if audience.admits(user) {
        return next.run(request).await;
    }
    let error = if user.is_none() { AppError::Unauthenticated } else { AppError::NotFound };
    refusal(&request, path, error, "audience")
}

/// For a session that must change its password: a server function other than those above is
/// refused (403), a page other than the change form leads to it; files, the bundle, the
/// language switch and the public rules API pass.
fn before_password_change(request: &Request, path: &str) -> Option<Response> {
    if audience_of(path).is_some() {
        return (!BEFORE_PASSWORD_CHANGE.contains(&path))
            .then(|| refusal(request, path, AppError::PasswordChangeRequired, "password-change"));
    }
    let passes = path == "/ganti-sandi"
        || path.contains('.')
        || ["/pkg/", "/api/", "/bahasa/", "/healthz"].iter().any(|p| path.starts_with(p));
    (!passes).then(|| {
        let mut r = Response::new(Body::empty());
        *r.status_mut() = StatusCode::SEE_OTHER;
        r.headers_mut().insert(header::LOCATION, HeaderValue::from_static("/ganti-sandi"));
        r.headers_mut().insert(REFUSED_HEADER, HeaderValue::from_static("password-change"));
        r
    })
}

pub fn refusal(request: &Request, path: &str, error: AppError, why: &'static str) -> Response {
    let accepts_html = request
        .headers()
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"));
    let mut response = if accepts_html {
        // A form posted without JavaScript: back to its page, which shows the error.
        let referer =
            request.headers().get(header::REFERER).and_then(|v| v.to_str().ok()).unwrap_or("/");
        let location = ServerFnUrlError::new(path, error)
            .to_url(referer)
            .map(|u| u.to_string())
            .unwrap_or_else(|_| "/".into());
        let mut r = Response::new(Body::empty());
        *r.status_mut() = StatusCode::FOUND;
        if let Ok(v) = HeaderValue::from_str(&location) {
            r.headers_mut().insert(header::LOCATION, v);
        }
        r
    } else {
        let status = StatusCode::from_u16(error.status()).unwrap_or(StatusCode::NOT_FOUND);
        let mut r = Response::new(Body::from(error.ser()));
        *r.status_mut() = status;
        r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
        if let Ok(v) = HeaderValue::from_str(path) {
            r.headers_mut().insert(SERVER_FN_ERROR_HEADER, v);
        }
        r
    };
    response.headers_mut().insert(REFUSED_HEADER, HeaderValue::from_static(why));
    response
}
