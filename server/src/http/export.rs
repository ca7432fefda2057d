//! `GET /api/admin/employees.csv` and `.xlsx`: the agency's employees in the import template's
//! columns, for the HR office only; and the template itself as a workbook. In CSV, cells a
//! spreadsheet would evaluate are prefixed with `'` (CSV injection); in XLSX every cell is
//! written as text (never a formula, and a NIP keeps all 18 digits).

use app::{auth::RequestSession, kernel::db::Pool, kernel::policy};
use axum::{
    extract::{Extension, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};
use sqlx::Row;

use crate::http::session::SessionState;

/// A CSV cell, always quoted, with every formula start neutralised (`'` before it): at the
/// start of the cell and after any separator a spreadsheet might split on. Excel with
/// Indonesian settings splits on `;`, not `,`, so a cell `Bidang;=2+5;` read with the wrong
/// separator would start a cell with `=2+5`.
pub fn cell(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 4);
    out.push('"');
    let mut cell_start = true;
    for c in value.chars() {
        if cell_start && matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r') {
            out.push('\'');
        }
        match c {
            '"' => out.push_str("\"\""),
            c => out.push(c),
        }
        cell_start = matches!(c, ',' | ';' | '\t' | '\n' | '\r');
    }
    out.push('"');
    out
}

/// The agency's employees as rows of the template's columns, or the reason they are refused.
async fn employee_rows(
    state: &SessionState,
    session: &RequestSession,
) -> Result<Vec<Vec<String>>, Response> {
    let pool: &Pool = &state.pool;
    let Some(agency) = session.user.as_ref().and_then(policy::managed_agency) else {
        return Err((StatusCode::NOT_FOUND, "Tidak ditemukan / not found").into_response());
    };
    let rows = sqlx::query(
        "SELECT e.nip, e.name, e.kind, e.gender, e.birth_date, e.golongan, e.position_kind, \
         e.position_name, e.jenjang, e.education, u.code FROM employee e \
         JOIN org_unit u ON u.id = e.unit_id WHERE e.agency_id = $1 ORDER BY e.id",
    )
    .bind(agency)
    .fetch_all(pool)
    .await
    .map_err(|error| {
        tracing::error!(%error, "export failed");
        (StatusCode::INTERNAL_SERVER_ERROR, "Terjadi kesalahan / server error").into_response()
    })?;
    Ok(rows
        .iter()
        .map(|r| {
            let text =
                |i: usize| r.try_get::<Option<String>, _>(i).ok().flatten().unwrap_or_default();
            let kind = if text(2) == "pppk" { "PPPK" } else { "PNS" };
            let gender = if text(3) == "f" { "P" } else { "L" };
            let position = match text(6).as_str() {
                "structural" => "Struktural",
                "functional" => "Fungsional",
                _ => "Pelaksana",
            };
            vec![
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
            ]
        })
        .collect())
}

/// `GET /api/admin/employees.csv`.
pub async fn employees_csv(
    State(state): State<SessionState>,
    Extension(session): Extension<RequestSession>,
) -> Response {
    match employee_rows(&state, &session).await {
        Ok(rows) => csv_response(&rows, "pegawai.csv"),
        Err(response) => response,
    }
}

/// `GET /api/admin/employees.xlsx`.
pub async fn employees_xlsx(
    State(state): State<SessionState>,
    Extension(session): Extension<RequestSession>,
) -> Response {
    match employee_rows(&state, &session).await {
        Ok(rows) => xlsx_response(&rows, "pegawai.xlsx"),
        Err(response) => response,
    }
}

/// `GET /api/admin/import-template.xlsx`: the template's header and example row as a workbook.
pub async fn template_xlsx() -> Response {
    let example: Vec<Vec<String>> = app::import::TEMPLATE_CSV
        .lines()
        .skip(1)
        .map(|l| l.split(',').map(str::to_string).collect())
        .collect();
    xlsx_response(&example, "templat-impor-pegawai.xlsx")
}

fn csv_response(rows: &[Vec<String>], filename: &str) -> Response {
    csv_with_header(&app::import::validate::COLUMNS, rows, filename)
}

/// A CSV download with its header row; every cell neutralised and quoted as needed.
pub fn csv_with_header(header: &[&str], rows: &[Vec<String>], filename: &str) -> Response {
    let mut out = header.join(",");
    out.push('\n');
    for fields in rows {
        out.push_str(&fields.iter().map(|f| cell(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    download(out.into_bytes(), "text/csv; charset=utf-8", filename)
}

fn xlsx_response(rows: &[Vec<String>], filename: &str) -> Response {
    xlsx_with_header(&app::import::validate::COLUMNS, "Pegawai", rows, &[], filename)
}

/// An Excel download: a bold header row, then every row as text (a NIP keeps its 18 digits
/// and nothing becomes a formula) except the `numeric` columns, written as numbers when they
/// parse, so that a score can be sorted and summed.
pub fn xlsx_with_header(
    header: &[&str],
    sheet_name: &str,
    rows: &[Vec<String>],
    numeric: &[usize],
    filename: &str,
) -> Response {
    match workbook(header, sheet_name, rows, numeric) {
        Ok(bytes) => download(
            bytes,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            filename,
        ),
        Err(error) => {
            tracing::error!(%error, "workbook export failed");
            (StatusCode::INTERNAL_SERVER_ERROR, "Terjadi kesalahan / server error").into_response()
        }
    }
}

fn workbook(
    header: &[&str],
    sheet_name: &str,
    rows: &[Vec<String>],
    numeric: &[usize],
) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name(sheet_name)?;
    for (c, title) in header.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *title, &bold)?;
    }
    for (r, fields) in rows.iter().enumerate() {
        for (c, value) in fields.iter().enumerate() {
            let (row, col) = (r as u32 + 1, c as u16);
            match value.parse::<f64>() {
                Ok(number) if numeric.contains(&c) && number.is_finite() => {
                    sheet.write_number(row, col, number)?
                }
                _ => sheet.write_string(row, col, value)?,
            };
        }
    }
    sheet.autofit();
    book.save_to_buffer()
}

fn download(body: Vec<u8>, content_type: &'static str, filename: &str) -> Response {
    let disposition = format!("attachment; filename=\"{filename}\"");
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, header::HeaderValue::from_static(content_type));
    if let Ok(value) = header::HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    response
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_quoted_and_formulas_neutralised() {
        assert_eq!(cell("Andi"), "\"Andi\"");
        assert_eq!(cell("Dinas, Kesehatan"), "\"Dinas, Kesehatan\"");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell("@SUM(A1)"), "\"'@SUM(A1)\"");
        // After a separator a spreadsheet may split on (`;` with Indonesian settings).
        assert_eq!(cell("Bidang;=2+5;"), "\"Bidang;'=2+5;\"");
        assert_eq!(cell("a,+1\t-2\n@x"), "\"a,'+1\t'-2\n'@x\"");
        assert_eq!(cell("199001012020011001"), "\"199001012020011001\"");
        assert_eq!(cell(""), "\"\"");
    }
}
