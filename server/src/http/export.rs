//! `GET /api/admin/employees.csv`: the agency's employees in the import template's columns, for
//! the HR office only. Cells a spreadsheet would evaluate are prefixed with `'` (CSV injection).

use app::{
    auth::{policy, RequestSession},
    db::Pool,
};
use axum::{
    extract::{Extension, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};
use sqlx::Row;

use crate::http::session::SessionState;

/// Quote a CSV cell; neutralise leading formula characters.
pub fn cell(value: &str) -> String {
    let safe = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_string(),
    };
    if safe.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

pub async fn employees_csv(
    State(state): State<SessionState>,
    Extension(session): Extension<RequestSession>,
) -> Response {
    let pool: &Pool = &state.pool;
    let Some(agency) = session
        .user
        .as_ref()
        .and_then(|u| u.agency_id.filter(|a| policy::can_manage_agency(u, *a)))
    else {
        return (StatusCode::NOT_FOUND, "Tidak ditemukan / not found").into_response();
    };
    let rows = match sqlx::query(
        "SELECT e.nip, e.name, e.kind, e.gender, e.birth_date, e.golongan, e.position_kind, e.position_name, \
         e.jenjang, e.education, u.code FROM employee e JOIN org_unit u ON u.id = e.unit_id \
         WHERE e.agency_id = $1 ORDER BY e.id",
    )
    .bind(agency)
    .fetch_all(pool)
    .await
    {
        Ok(rows) => rows,
        Err(error) => {
            tracing::error!(%error, "export failed");
            return (StatusCode::INTERNAL_SERVER_ERROR, "Terjadi kesalahan / server error").into_response();
        }
    };
    let mut out = app::import::validate::COLUMNS.join(",");
    out.push('\n');
    for r in rows {
        let text = |i: usize| r.try_get::<Option<String>, _>(i).ok().flatten().unwrap_or_default();
        let kind = if text(2) == "pppk" { "PPPK" } else { "PNS" };
        let gender = if text(3) == "f" { "P" } else { "L" };
        let position = match text(6).as_str() {
            "structural" => "Struktural",
            "functional" => "Fungsional",
            _ => "Pelaksana",
        };
        let fields = [
            text(0),
            text(1),
            kind.into(),
            gender.into(),
            text(4),
            text(5),
            position.into(),
            text(7),
            text(8),
            text(9),
            text(10),
        ];
        out.push_str(&fields.iter().map(|f| cell(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"pegawai.csv\""),
            (header::CACHE_CONTROL, "no-store"),
        ],
        out,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_quoted_and_formulas_neutralised() {
        assert_eq!(cell("Andi"), "Andi");
        assert_eq!(cell("Dinas, Kesehatan"), "\"Dinas, Kesehatan\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
    }
}
