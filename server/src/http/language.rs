//! `GET /bahasa/{code}?next=/path`: remember the chosen language and go back.
//!
//! This is the language switch for browsers without JavaScript (the hydrated page switches in
//! place). It only sets a preference cookie; `next` must be a local path so that the route cannot
//! be used as an open redirect.

use app::i18n::{cookie_value, Locale};
use axum::{
    extract::{Path, Query},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Next {
    next: Option<String>,
}

pub async fn switch_language(Path(code): Path<String>, Query(q): Query<Next>) -> Response {
    let Some(locale) = Locale::from_code(&code) else {
        return (StatusCode::NOT_FOUND, "Bahasa tidak dikenal / unknown language (id, en)")
            .into_response();
    };
    let next = q.next.filter(|n| is_local_path(n)).unwrap_or_else(|| "/".into());
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(&next) {
        headers.insert(header::LOCATION, location);
    } else {
        headers.insert(header::LOCATION, HeaderValue::from_static("/"));
    }
    if let Ok(cookie) = HeaderValue::from_str(&cookie_value(locale)) {
        headers.insert(header::SET_COOKIE, cookie);
    }
    response
}

/// A path on this site: starts with one `/`, not `//` or `/\` (which browsers treat as another
/// host), and no control characters.
fn is_local_path(path: &str) -> bool {
    path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && !path.chars().any(|c| c.is_control())
}

#[cfg(test)]
mod tests {
    use super::is_local_path;

    #[test]
    fn only_local_paths_are_accepted_as_return_targets() {
        assert!(is_local_path("/simulasi/predikat?hasil=di_atas_ekspektasi"));
        assert!(!is_local_path("//evil.example/"));
        assert!(!is_local_path("/\\evil.example"));
        assert!(!is_local_path("https://evil.example/"));
        assert!(!is_local_path("/a\r\nSet-Cookie: x=1"));
    }
}
