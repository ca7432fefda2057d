//! `GET /api/skp/bukti/{id}`: download an evidence file. Whoever may read the plan may download
//! its files; anyone else gets the same 404 as for a file that does not exist.
//!
//! The file is always offered as an attachment with its sniffed type and `nosniff`, so an
//! uploaded file can never run as a page of this site.

use app::{
    auth::RequestSession,
    db::{evidence, skp, Pool},
};
use axum::{
    extract::{Extension, Path, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};

use crate::http::session::SessionState;

pub async fn download(
    State(state): State<SessionState>,
    Extension(session): Extension<RequestSession>,
    Path(id): Path<i64>,
) -> Response {
    let pool: &Pool = &state.pool;
    let refused = || (StatusCode::NOT_FOUND, "Tidak ditemukan / not found").into_response();
    let failed = |error: sqlx::Error| {
        tracing::error!(%error, "evidence download failed");
        (StatusCode::INTERNAL_SERVER_ERROR, "Terjadi kesalahan / server error").into_response()
    };
    let Some(user) = session.user.as_ref() else { return refused() };
    let file = match evidence::fetch(pool, id).await {
        Ok(Some(f)) => f,
        Ok(None) => return refused(),
        Err(e) => return failed(e),
    };
    let plan = match pool.acquire().await {
        Ok(mut conn) => skp::head(&mut conn, file.plan_id).await,
        Err(e) => return failed(e),
    };
    match plan {
        Ok(Some(plan)) if plan.readable_by(user) => {}
        Ok(_) => return refused(),
        Err(e) => return failed(e),
    }
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_str(&file.content_type).ok()),
            (header::CONTENT_DISPOSITION, disposition(&file.file_name)),
            (header::X_CONTENT_TYPE_OPTIONS, Some(HeaderValue::from_static("nosniff"))),
            (header::CACHE_CONTROL, Some(HeaderValue::from_static("private, no-store"))),
        ]
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?)))
        .collect::<axum::http::HeaderMap>(),
        file.content,
    )
        .into_response()
}

/// `attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266 / 5987).
fn disposition(name: &str) -> Option<HeaderValue> {
    let ascii: String =
        name.chars().map(|c| if c.is_ascii_graphic() || c == ' ' { c } else { '_' }).collect();
    let ascii = ascii.replace(['"', '\\'], "_");
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    HeaderValue::from_str(&format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"))
        .ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_disposition_is_an_attachment_with_both_name_forms() {
        let v = super::disposition("laporan akhir é.pdf").unwrap();
        assert_eq!(
            v.to_str().unwrap(),
            "attachment; filename=\"laporan akhir _.pdf\"; filename*=UTF-8''laporan%20akhir%20%C3%A9.pdf"
        );
    }
}
