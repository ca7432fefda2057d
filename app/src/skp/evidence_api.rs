//! Evidence files (bukti dukung) on an indicator's realisation: the owner of an approved plan
//! uploads and removes them; everyone who may read the plan downloads them from
//! `GET /api/skp/bukti/{id}` (the server's `http::evidence`).

use leptos::prelude::*;

use crate::kernel::error::AppError;

/// Upload a file, base64-encoded (server functions carry text). Returns the file id; the same
/// bytes sent twice to one indicator are stored once.
#[server(prefix = "/api", endpoint = "skp/evidence/upload")]
pub async fn upload_evidence(
    plan_id: i64,
    indicator_id: i64,
    file_name: String,
    file_base64: String,
) -> Result<i64, AppError> {
    use base64::{engine::general_purpose::STANDARD, Engine as _};

    let bytes = STANDARD.decode(file_base64.trim()).map_err(|_| {
        AppError::invalid_field(crate::kernel::reason::Reason::EvidenceType, "file", "base64")
    })?;
    store_upload(plan_id, indicator_id, &file_name, &bytes).await
}

/// Where a plain multipart form posts a file (no JavaScript to read it into base64): the
/// server's `http::evidence::upload_form`, which calls [`store_upload`] and sends the browser
/// back to the page.
pub const PLAIN_UPLOAD_PATH: &str = "/api/skp/bukti/unggah";

/// Stores an uploaded file for the calling owner of the plan (both ways of uploading).
#[cfg(feature = "ssr")]
pub async fn store_upload(
    plan_id: i64,
    indicator_id: i64,
    file_name: &str,
    bytes: &[u8],
) -> Result<i64, AppError> {
    use crate::{
        kernel::server::{caller, not_found, plan_head, write_error, Caller},
        kernel::write::Actor,
        skp::repo::evidence,
    };
    let Caller { pool, user } = caller()?;
    let plan = plan_head(&pool, plan_id).await?;
    if user.employee_id != Some(plan.employee_id) {
        return Err(not_found());
    }
    let actor = Actor { agency_id: plan.agency_id, user_id: user.user_id };
    evidence::upload(&pool, actor, &plan, indicator_id, file_name, bytes).await.map_err(write_error)
}

/// The owner removes a file until the year is rated.
#[server(prefix = "/api", endpoint = "skp/evidence/remove")]
pub async fn remove_evidence(plan_id: i64, file_id: i64) -> Result<(), AppError> {
    use crate::{
        kernel::server::{caller, not_found, plan_head, write_error, Caller},
        kernel::write::Actor,
        skp::repo::evidence,
    };
    let Caller { pool, user } = caller()?;
    let plan = plan_head(&pool, plan_id).await?;
    if user.employee_id != Some(plan.employee_id) {
        return Err(not_found());
    }
    let actor = Actor { agency_id: plan.agency_id, user_id: user.user_id };
    evidence::remove(&pool, actor, &plan, file_id).await.map_err(write_error)
}

/// The browser's half of the size limit (the server checks again): 1 MiB.
pub const MAX_UPLOAD_BYTES: f64 = 1_048_576.0;
