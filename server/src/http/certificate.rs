//! `GET /api/pembelajaran/sertifikat/{id}`: download a learning record's certificate. The
//! employee whose record it is and the HR office of their agency may; anyone else gets the same
//! 404 as for a record without one. Offered as an attachment with its sniffed type and
//! `nosniff`, like evidence files.

use app::{auth::RequestSession, development::repo::learning, kernel::db::Pool, kernel::policy};
use axum::{
    extract::{Extension, Path, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};

use crate::http::{evidence::attachment, session::SessionState};

pub async fn download(
    State(state): State<SessionState>,
    Extension(session): Extension<RequestSession>,
    Path(id): Path<i64>,
) -> Response {
    let pool: &Pool = &state.pool;
    let refused = || (StatusCode::NOT_FOUND, "Tidak ditemukan / not found").into_response();
    let Some(user) = session.user.as_ref() else { return refused() };
    let file = match learning::certificate(pool, id).await {
        Ok(Some(f)) => f,
        Ok(None) => return refused(),
        Err(error) => {
            tracing::error!(%error, "certificate download failed");
            return (StatusCode::INTERNAL_SERVER_ERROR, "Terjadi kesalahan / server error")
                .into_response();
        }
    };
    let own = user.employee_id == Some(file.employee_id) && user.agency_id == Some(file.agency_id);
    if !own && policy::managed_agency(user) != Some(file.agency_id) {
        return refused();
    }
    attachment(&file.content_type, &file.name, file.content)
}
