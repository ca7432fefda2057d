//! `GET /api/skp/bukti/{id}`: download an evidence file (and `POST /api/skp/bukti/unggah`, the
//! upload form without JavaScript). Whoever may read the plan may download
//! its files; anyone else gets the same 404 as for a file that does not exist.
//!
//! The file is always offered as an attachment with its sniffed type and `nosniff`, so an
//! uploaded file can never run as a page of this site.

use app::kernel::error::AppError;
use app::{
    auth::RequestSession,
    kernel::db::Pool,
    kernel::plan_head,
    skp::evidence_api::{store_upload, UploadEvidence},
    skp::repo::evidence,
};
use axum::{
    extract::{Extension, FromRequest, Multipart, Path, Request, State},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use leptos::{
    prelude::{provide_context, Owner},
    reactive::computed::ScopedFuture,
    server_fn::{error::ServerFnUrlError, ServerFn},
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
        Ok(mut conn) => plan_head::head(&mut conn, file.plan_id).await,
        Err(e) => return failed(e),
    };
    match plan {
        Ok(Some(plan)) if app::kernel::policy::can_read_plan(user, &plan) => {}
        Ok(_) => return refused(),
        Err(e) => return failed(e),
    }
    attachment(&file.content_type, &file.file_name, file.content)
}

/// An uploaded file offered for download: always an attachment with its sniffed type and
/// `nosniff`, never cached, so it can never run as a page of this site.
pub(crate) fn attachment(content_type: &str, name: &str, content: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_str(content_type).ok()),
            (header::CONTENT_DISPOSITION, disposition(name)),
            (header::X_CONTENT_TYPE_OPTIONS, Some(HeaderValue::from_static("nosniff"))),
            (header::CACHE_CONTROL, Some(HeaderValue::from_static("private, no-store"))),
        ]
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?)))
        .collect::<axum::http::HeaderMap>(),
        content,
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

/// `POST /api/skp/bukti/unggah`: the evidence form posted as multipart by a browser without
/// (or before) the WebAssembly. Fields `plan_id`, `indicator_id` and `file`; the same checks
/// as the server function, which it calls; then back to the page (`303 See Other`), with the
/// refusal in the query the way server functions send it, so the form shows the message.
pub async fn upload_form(State(state): State<SessionState>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let back = parts
        .headers
        .get(header::REFERER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("/saya/skp")
        .to_string();
    let fields = match Multipart::from_request(Request::from_parts(parts.clone(), body), &()).await
    {
        Ok(multipart) => read_fields(multipart).await,
        Err(_) => None,
    };
    let owner = Owner::new();
    let stored = owner
        .with(|| {
            provide_context(parts);
            provide_context(state.pool.clone());
            ScopedFuture::new(async move {
                match fields {
                    Some(f) => {
                        store_upload(f.plan_id, f.indicator_id, &f.file_name, &f.bytes).await
                    }
                    None => Err(AppError::invalid(app::kernel::reason::Reason::EvidenceType)),
                }
            })
        })
        .await;
    let target = match stored {
        Ok(_) => {
            let mut url = back;
            ServerFnUrlError::<AppError>::strip_error_info(&mut url);
            url.trim_end_matches('?').to_string()
        }
        Err(error) => ServerFnUrlError::new(<UploadEvidence as ServerFn>::PATH, error)
            .to_url(&back)
            .map(|u| u.to_string())
            .unwrap_or(back),
    };
    Redirect::to(&target).into_response()
}

struct UploadFields {
    plan_id: i64,
    indicator_id: i64,
    file_name: String,
    bytes: Vec<u8>,
}

async fn read_fields(mut multipart: Multipart) -> Option<UploadFields> {
    let (mut plan_id, mut indicator_id, mut file) = (None, None, None);
    while let Ok(Some(field)) = multipart.next_field().await {
        match field.name() {
            Some("plan_id") => plan_id = field.text().await.ok()?.trim().parse().ok(),
            Some("indicator_id") => indicator_id = field.text().await.ok()?.trim().parse().ok(),
            Some("file") => {
                let name = field.file_name().unwrap_or("bukti").to_string();
                file = Some((name, field.bytes().await.ok()?.to_vec()));
            }
            _ => {}
        }
    }
    let (file_name, bytes) = file.filter(|(_, b)| !b.is_empty())?;
    Some(UploadFields { plan_id: plan_id?, indicator_id: indicator_id?, file_name, bytes })
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
