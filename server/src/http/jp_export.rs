//! `GET /api/admin/jp.xlsx[?year=YYYY]`: the agency's JP compliance by unit as a workbook, for
//! the HR office (the same figures as `/admin/pembelajaran`, counted by the rules).

use app::{auth::RequestSession, development::repo::compliance, kernel::db::today, kernel::policy};
use axum::{
    extract::{Extension, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};

use crate::{http::export::xlsx_with_header, http::session::SessionState};

const HEADER: [&str; 8] = [
    "Kode Unit",
    "Unit",
    "PNS",
    "PNS di bawah minimum JP",
    "PNS memenuhi (%)",
    "PPPK",
    "PPPK di atas maksimum JP",
    "Jumlah JP",
];

#[derive(Debug, serde::Deserialize)]
pub struct Year {
    year: Option<i64>,
}

pub async fn jp_xlsx(
    State(state): State<SessionState>,
    Extension(session): Extension<RequestSession>,
    Query(q): Query<Year>,
) -> Response {
    let Some(agency) = session.user.as_ref().and_then(policy::managed_agency) else {
        return (StatusCode::NOT_FOUND, "Tidak ditemukan / not found").into_response();
    };
    let year = q.year.unwrap_or_else(|| i64::from(today().year()));
    if !(2000..=2100).contains(&year) {
        return (StatusCode::BAD_REQUEST, "Tahun tidak valid / invalid year").into_response();
    }
    let units = match compliance::by_unit(&state.pool, agency, year).await {
        Ok(units) => units,
        Err(error) => {
            tracing::error!(%error, "jp export failed");
            return (StatusCode::INTERNAL_SERVER_ERROR, "Terjadi kesalahan / server error")
                .into_response();
        }
    };
    let rows: Vec<Vec<String>> = units
        .iter()
        .map(|u| {
            let met = if u.pns == 0 {
                String::new()
            } else {
                format!("{:.1}", (u.pns - u.pns_below) as f64 * 100.0 / u.pns as f64)
            };
            vec![
                u.code.clone(),
                u.name.clone(),
                u.pns.to_string(),
                u.pns_below.to_string(),
                met,
                u.pppk.to_string(),
                u.pppk_above.to_string(),
                u.jp_total.to_string(),
            ]
        })
        .collect();
    xlsx_with_header(&HEADER, "JP", &rows, &[2, 3, 4, 5, 6, 7], &format!("jp-{year}.xlsx"))
}
