//! No control characters in text, whichever server function it is sent to: a NUL (which
//! PostgreSQL refuses and SQLite stores), an escape sequence, or a bidi override that makes a
//! name read backwards (`app::kernel::text`). Checked once here, at the edge, for every form
//! and JSON body a server function receives, so no field can forget it; line breaks and tabs
//! pass (comments hold paragraphs, a CSV import holds lines), and fields that must be one line
//! check that themselves. File uploads (multipart) carry bytes, not text, and pass.

use app::kernel::{error::AppError, error::Problem, reason::Reason, text::has_control};
use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};

use super::access::refusal;

pub async fn refuse_control_characters(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    let is_server_function = path.starts_with("/api/") && !path.starts_with("/api/v1/");
    let kind = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase());
    let form = kind.as_deref() == Some("application/x-www-form-urlencoded");
    let json = kind.as_deref() == Some("application/json");
    if request.method() != Method::POST || !is_server_function || !(form || json) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    // The body limit layer outside bounds what this reads.
    let bytes = match to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    };
    let bad_field = if form { in_form(&bytes) } else { in_json(&bytes) };
    let request = Request::from_parts(parts, Body::from(bytes));
    match bad_field {
        None => next.run(request).await,
        Some(field) => {
            let problem = Problem { reason: Reason::TextControl, field: Some(field), detail: None };
            let path = request.uri().path().to_string();
            refusal(&request, &path, AppError::Invalid(vec![problem]), "text")
        }
    }
}

/// The first form field whose name or value holds a control character.
fn in_form(bytes: &[u8]) -> Option<String> {
    form_urlencoded::parse(bytes)
        .find(|(k, v)| has_control(k, false) || has_control(v, true))
        .map(|(k, _)| printable(&k))
}

/// The path of the first JSON string (or key) holding one; broken JSON is the function's to
/// refuse.
fn in_json(bytes: &[u8]) -> Option<String> {
    fn walk(value: &serde_json::Value, path: &str) -> Option<String> {
        match value {
            serde_json::Value::String(s) => has_control(s, true).then(|| path.to_string()),
            serde_json::Value::Array(items) => {
                items.iter().enumerate().find_map(|(i, v)| walk(v, &format!("{path}[{i}]")))
            }
            serde_json::Value::Object(map) => map.iter().find_map(|(k, v)| {
                let here = if path.is_empty() { k.clone() } else { format!("{path}[{k}]") };
                if has_control(k, false) {
                    Some(printable(&here))
                } else {
                    walk(v, &here)
                }
            }),
            _ => None,
        }
    }
    let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    walk(&value, "").map(|p| if p.is_empty() { "request".into() } else { p })
}

/// A field name fit to show: without the characters being refused.
fn printable(name: &str) -> String {
    name.chars().filter(|c| !app::kernel::text::is_unsafe(*c, false)).collect()
}

#[cfg(test)]
mod tests {
    use super::{in_form, in_json};

    #[test]
    fn the_first_field_with_a_control_character_is_named() {
        assert_eq!(in_form(b"a=1&nama=Bidang%00Umum"), Some("nama".into()));
        assert_eq!(in_form(b"komentar=baris%0Abaru%09tab"), None);
        assert_eq!(in_form(b"k=%E2%80%AE"), Some("k".into()));
        assert_eq!(in_json(br#"{"input":{"teks":"a\u001b[31mb"}}"#), Some("input[teks]".into()));
        assert_eq!(
            in_json(br#"{"input":{"list":["ok","\u0000"]}}"#),
            Some("input[list][1]".into())
        );
        assert_eq!(in_json(br#"{"input":{"teks":"baris\nbaru"}}"#), None);
        assert_eq!(in_json(b"{broken"), None);
    }
}
