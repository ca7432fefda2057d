//! `GET /api/skp/results.csv[?unit=CODE]` and `results.xlsx`: the open period's results of the
//! agency (or one unit) for the HR office and the tim evaluasi: plan status, the annual
//! predikat in force (after appeals), the SKP score and the rule set that computed it.

use app::{admin::repo::periods, auth::RequestSession, kernel::db::Pool};
use axum::{
    extract::{Extension, Query, State},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use sqlx::Row;

use crate::{
    http::export::{csv_with_header, xlsx_with_header},
    http::session::SessionState,
};

const HEADER: [&str; 8] =
    ["NIP", "Nama", "Kode Unit", "Unit", "Status SKP", "Predikat Tahunan", "Nilai SKP", "Aturan"];

#[derive(Debug, serde::Deserialize)]
pub struct Filter {
    unit: Option<String>,
}

pub async fn results_csv(
    State(state): State<SessionState>,
    Extension(session): Extension<RequestSession>,
    Query(filter): Query<Filter>,
) -> Response {
    match result_rows(&state, &session, &filter).await {
        Ok((year, rows)) => csv_with_header(&HEADER, &rows, &format!("hasil-skp-{year}.csv")),
        Err(refused) => refused,
    }
}

/// The same table as a workbook; the score is a number.
pub async fn results_xlsx(
    State(state): State<SessionState>,
    Extension(session): Extension<RequestSession>,
    Query(filter): Query<Filter>,
) -> Response {
    match result_rows(&state, &session, &filter).await {
        Ok((year, rows)) => {
            xlsx_with_header(&HEADER, "Hasil SKP", &rows, &[6], &format!("hasil-skp-{year}.xlsx"))
        }
        Err(refused) => refused,
    }
}

/// The open period's year and its rows, or the refusal to send.
async fn result_rows(
    state: &SessionState,
    session: &RequestSession,
    filter: &Filter,
) -> Result<(i64, Vec<Vec<String>>), Response> {
    let pool: &Pool = &state.pool;
    let refused = || (StatusCode::NOT_FOUND, "Tidak ditemukan / not found").into_response();
    let failed = |error: sqlx::Error| {
        tracing::error!(%error, "results export failed");
        (StatusCode::INTERNAL_SERVER_ERROR, "Terjadi kesalahan / server error").into_response()
    };
    let Some(agency) = session.user.as_ref().and_then(app::kernel::policy::staff_agency) else {
        return Err(refused());
    };
    let period = match periods::open_one(pool, agency).await {
        Ok(Some(p)) => p,
        Ok(None) => return Err(refused()),
        Err(e) => return Err(failed(e)),
    };
    let rows = sqlx::query(
        "SELECT e.nip, e.name, u.code, u.name, p.status, \
         COALESCE(a.new_predikat, r.predikat), r.nilai_skp, r.rule_set_id \
         FROM employee e JOIN org_unit u ON u.id = e.unit_id \
         LEFT JOIN skp_plan p ON p.employee_id = e.id AND p.period_id = $1 \
         LEFT JOIN skp_rating r ON r.plan_id = p.id AND r.period_no = 0 \
         LEFT JOIN appeal a ON a.rating_id = r.id AND a.decision = 'changed' \
         WHERE e.agency_id = $2 AND (CAST($3 AS TEXT) IS NULL OR u.code = $3) ORDER BY u.code, e.name",
    )
    .bind(period.id)
    .bind(agency)
    .bind(filter.unit.as_deref().map(str::trim).filter(|u| !u.is_empty()))
    .fetch_all(pool)
    .await;
    let rows = match rows {
        Ok(rows) => rows,
        Err(e) => return Err(failed(e)),
    };
    let table: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let text =
                |i: usize| r.try_get::<Option<String>, _>(i).ok().flatten().unwrap_or_default();
            let score = r
                .try_get::<Option<f64>, _>(6)
                .ok()
                .flatten()
                .map(|v| format!("{v:.2}"))
                .unwrap_or_default();
            let status =
                r.try_get::<Option<String>, _>(4).ok().flatten().unwrap_or_else(|| "belum".into());
            vec![text(0), text(1), text(2), text(3), status, text(5), score, text(7)]
        })
        .collect();
    Ok((period.year, table))
}
