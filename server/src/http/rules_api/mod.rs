//! The stateless rules API under `/api/v1/rules/…` (no login; rate-limited per client) and its
//! OpenAPI document at `/api/v1/openapi.json`.

pub mod endpoints;
pub mod errors;
pub mod openapi;
pub mod rate_limit;

use std::{net::SocketAddr, sync::LazyLock};

use app::i18n::Locale;
use axum::{
    body::{Body, Bytes},
    extract::{ConnectInfo, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::{get, post, MethodRouter},
    Json, Router,
};
use prestasi_rules::{RuleSet, Trace};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::json;

use self::{
    endpoints::ENDPOINTS,
    errors::{ApiError, Localized},
    rate_limit::RateLimiter,
};

/// Largest request body the rules API accepts.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

static RULES: LazyLock<RuleSet> = LazyLock::new(RuleSet::current);

pub fn router<S: Clone + Send + Sync + 'static>(requests_per_minute: u32) -> Router<S> {
    let limiter = RateLimiter::new(requests_per_minute);
    let mut router = Router::new()
        .route("/api/v1/openapi.json", get(|| async { Json(openapi::document()) }))
        .route("/api/v1/rules/rule-set", get(|| async { Json(RULES.clone()) }));
    for endpoint in ENDPOINTS {
        router = router.route(endpoint.path, handler(endpoint.path));
    }
    // The body limit is `run`'s (`MAX_BODY_BYTES`), so that a refusal is in the API's shape.
    router.layer(middleware::from_fn_with_state(limiter, rate_limit))
}

/// The handler of each path in [`ENDPOINTS`]. A path without an arm answers 501, which the API
/// tests (which call every documented path) would catch.
fn handler<S: Clone + Send + Sync + 'static>(path: &str) -> MethodRouter<S> {
    use endpoints as e;
    match path {
        "/api/v1/rules/predikat" => post(|h: HeaderMap, b: Body| run(h, b, e::predikat)),
        "/api/v1/rules/skp-score" => post(|h: HeaderMap, b: Body| run(h, b, e::skp)),
        "/api/v1/rules/legacy/pp46" => post(|h: HeaderMap, b: Body| run(h, b, e::pp46)),
        "/api/v1/rules/legacy/pp30" => post(|h: HeaderMap, b: Body| run(h, b, e::pp30)),
        "/api/v1/rules/distribution" => post(|h: HeaderMap, b: Body| run(h, b, e::distribution)),
        "/api/v1/rules/angka-kredit" => post(|h: HeaderMap, b: Body| run(h, b, e::angka_kredit)),
        "/api/v1/rules/angka-kredit/diploma-bonus" => {
            post(|h: HeaderMap, b: Body| run(h, b, e::bonus))
        }
        "/api/v1/rules/angka-kredit/integrasi" => {
            post(|h: HeaderMap, b: Body| run(h, b, e::integrasi))
        }
        "/api/v1/rules/promotion" => post(|h: HeaderMap, b: Body| run(h, b, e::promotion)),
        "/api/v1/rules/retirement" => post(|h: HeaderMap, b: Body| run(h, b, e::pension)),
        "/api/v1/rules/kp-date" => post(|h: HeaderMap, b: Body| run(h, b, e::kp)),
        "/api/v1/rules/simulation" => post(|h: HeaderMap, b: Body| run(h, b, e::simulation)),
        "/api/v1/rules/simulation/monte-carlo" => post(|h: HeaderMap, b: Body| run(h, b, e::monte)),
        "/api/v1/rules/nine-box" => post(|h: HeaderMap, b: Body| run(h, b, e::nine_box)),
        "/api/v1/rules/nip" => post(|h: HeaderMap, b: Body| run(h, b, e::nip)),
        "/api/v1/rules/learning-hours" => {
            post(|h: HeaderMap, b: Body| run(h, b, e::learning_hours))
        }
        _ => post(|| async { StatusCode::NOT_IMPLEMENTED }),
    }
}

pub fn locale(headers: &HeaderMap) -> Locale {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(Locale::from_accept_language)
        .unwrap_or_default()
}

/// A rule as the API calls it: the rule set and the parsed request in, result and trace out.
type Rule<I, O, E> = fn(&RuleSet, I) -> Result<(O, Trace), E>;

/// Parse the body (400 for broken JSON, 422 naming the field for a wrong shape, 413 for one over
/// [`MAX_BODY_BYTES`], all in the API's JSON error shape), compute on a blocking thread (a Monte
/// Carlo run must not stall the async workers), answer `{"result": …, "trace": …}`.
async fn run<I, O, E>(headers: HeaderMap, body: Body, rule: Rule<I, O, E>) -> Response
where
    I: DeserializeOwned + Send + 'static,
    O: Serialize + Send + 'static,
    E: Localized + Send + 'static,
{
    let locale = locale(&headers);
    if let Some(content_type) = headers.get(header::CONTENT_TYPE) {
        let is_json = content_type
            .to_str()
            .ok()
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
        if !is_json {
            return ApiError::unsupported_media(locale).into_response();
        }
    }
    // Read here rather than by an extractor, so that a body over the limit (the limit layer
    // stops it, chunked or not) gets the API's JSON error, not a plain-text 413.
    let body: Bytes = match axum::body::to_bytes(body, MAX_BODY_BYTES).await {
        Ok(body) => body,
        Err(_) => return ApiError::too_large(locale).into_response(),
    };
    let mut deserializer = serde_json::Deserializer::from_slice(&body);
    let input: I = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(input) => input,
        Err(error) => {
            let path = error.path().to_string();
            let inner = error.into_inner();
            return match inner.classify() {
                serde_json::error::Category::Data => {
                    ApiError::shape(locale, path, &inner.to_string())
                }
                _ => ApiError::malformed(locale, &inner.to_string()),
            }
            .into_response();
        }
    };
    // Anything after the JSON value (e.g. a second object) is a broken body, not ignored.
    if let Err(trailing) = deserializer.end() {
        return ApiError::malformed(locale, &trailing.to_string()).into_response();
    }
    match tokio::task::spawn_blocking(move || {
        rule(&RULES, input).map_err(|e| e.to_api_error(locale))
    })
    .await
    {
        Ok(Ok((result, trace))) => {
            Json(json!({ "result": result, "trace": trace })).into_response()
        }
        Ok(Err(api_error)) => api_error.into_response(),
        Err(join_error) => {
            tracing::error!(%join_error, "rules computation panicked");
            ApiError::internal(locale).into_response()
        }
    }
}

async fn rate_limit(State(limiter): State<RateLimiter>, request: Request, next: Next) -> Response {
    let client = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip())
        .unwrap_or(std::net::IpAddr::from([0, 0, 0, 0]));
    match limiter.check(client) {
        Ok(()) => next.run(request).await,
        Err(wait) => {
            let mut response =
                ApiError::too_many_requests(locale(request.headers())).into_response();
            let seconds = wait.as_secs().max(1).to_string();
            if let Ok(value) = HeaderValue::from_str(&seconds) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
    }
}
