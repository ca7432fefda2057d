//! `GET /healthz`: the process is up and its database answers.

use axum::{extract::State, http::StatusCode, response::IntoResponse, Json};
use serde_json::json;

use crate::http::state::AppState;

#[tracing::instrument(skip(state))]
pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    if crate::db::is_healthy(&state.pool).await {
        (StatusCode::OK, Json(json!({ "status": "ok", "database": "ok" })))
    } else {
        tracing::warn!("health check: database did not answer");
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "unavailable", "database": "unreachable" })),
        )
    }
}
