//! A server function's refusal answers with its own HTTP status. `server_fn` sends every error
//! as a 500 with its `serverfnerror` header; the body is our `AppError` as JSON, so this layer
//! reads it back and sets the status it names (404, 409, 422, …). Clients, logs and monitoring
//! then see a refusal as what it is, and only real failures count as server errors. Form posts
//! without JavaScript are redirects and pass untouched.

use app::kernel::error::AppError;
use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::StatusCode,
    middleware::Next,
    response::Response,
};
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;

/// An `AppError` body is a few hundred bytes; anything larger is not one of ours.
const MAX_ERROR_BODY: usize = 64 * 1024;

pub async fn refusal_status(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key(SERVER_FN_ERROR_HEADER)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BODY).await else {
        return Response::from_parts(parts, Body::empty());
    };
    // `AppError` travels as JSON (its `FromServerFnError` encoder); anything else keeps 500.
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        if let Ok(status) = StatusCode::from_u16(error.status()) {
            parts.status = status;
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}
