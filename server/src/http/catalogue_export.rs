//! The training catalogue as a workbook, and the templates of the development imports:
//! `GET /api/admin/pelatihan.xlsx` (the HR office's agency: every offering in the import's
//! columns, then its status and applicants, so an export edited into new rows imports back),
//! `GET /api/admin/templat-pelatihan.xlsx` and `/api/admin/templat-pembelajaran.xlsx` (the
//! header and one example row).

use app::{
    auth::RequestSession,
    development::import::{LEARNING_COLUMNS, LEARNING_EXAMPLE, OFFERING_COLUMNS, OFFERING_EXAMPLE},
    development::repo::offerings,
    kernel::policy,
};
use axum::{
    extract::{Extension, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};

use crate::{http::export::xlsx_with_header, http::session::SessionState};

/// The numeric columns of the catalogue (JP, quota, applicants), written as numbers.
const NUMBERS: [usize; 3] = [3, 9, 16];

pub async fn catalogue_xlsx(
    State(state): State<SessionState>,
    Extension(session): Extension<RequestSession>,
) -> Response {
    let Some(agency) = session.user.as_ref().and_then(policy::managed_agency) else {
        return (StatusCode::NOT_FOUND, "Tidak ditemukan / not found").into_response();
    };
    let rows = match offerings::export_rows(&state.pool, agency).await {
        Ok(rows) => rows,
        Err(error) => {
            tracing::error!(%error, "catalogue export failed");
            return (StatusCode::INTERNAL_SERVER_ERROR, "Terjadi kesalahan / server error")
                .into_response();
        }
    };
    let mut header: Vec<&str> = OFFERING_COLUMNS.to_vec();
    header.extend(["Status", "Pendaftar"]);
    xlsx_with_header(&header, "Katalog", &rows, &NUMBERS, "katalog-pelatihan.xlsx")
}

pub async fn offering_template_xlsx() -> Response {
    let example = vec![OFFERING_EXAMPLE.iter().map(|c| c.to_string()).collect()];
    xlsx_with_header(
        &OFFERING_COLUMNS,
        "Katalog",
        &example,
        &[3, 9],
        "templat-katalog-pelatihan.xlsx",
    )
}

pub async fn learning_template_xlsx() -> Response {
    let example = vec![LEARNING_EXAMPLE.iter().map(|c| c.to_string()).collect()];
    xlsx_with_header(&LEARNING_COLUMNS, "Pembelajaran", &example, &[4], "templat-pembelajaran.xlsx")
}
