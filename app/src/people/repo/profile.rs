//! Reading one employee's record, its history and its reporting lines.

use crate::{
    kernel::db::{NullableText, Pool},
    people::types::{EmployeeKind, Gender, HistoryLine, LineRow, PositionKind},
    rules::Date,
};

/// The stored record, as the profile page and the HR office's edit form need it.
#[derive(Debug, sqlx::FromRow)]
pub struct RecordRow {
    pub id: i64,
    pub version: i64,
    pub nip: String,
    pub name: String,
    pub kind: EmployeeKind,
    pub gender: Gender,
    #[sqlx(try_from = "String")]
    pub birth_date: Date,
    pub golongan: Option<String>,
    #[sqlx(try_from = "NullableText")]
    pub golongan_tmt: Option<Date>,
    pub position_kind: PositionKind,
    pub position_name: String,
    pub jenjang: Option<String>,
    pub eselon: Option<String>,
    #[sqlx(try_from = "NullableText")]
    pub position_tmt: Option<Date>,
    pub education: String,
    #[sqlx(try_from = "NullableText")]
    pub education_date: Option<Date>,
    pub angka_kredit: f64,
    pub unit: String,
    pub unit_code: String,
    pub agency: String,
    /// The pejabat penilai and atasan of the open-ended reporting line, if any.
    pub penilai: Option<String>,
    pub atasan: Option<String>,
}

pub async fn record(pool: &Pool, employee_id: i64) -> Result<Option<RecordRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT e.id, e.version, e.nip, e.name, e.kind, e.gender, e.birth_date, e.golongan, \
         e.golongan_tmt, e.position_kind, e.position_name, e.jenjang, e.eselon, e.position_tmt, \
         e.education, e.education_date, e.angka_kredit, u.name AS unit, u.code AS unit_code, \
         a.name AS agency, \
         (SELECT p.name FROM reporting_line r JOIN employee p ON p.id = r.penilai_id \
           WHERE r.employee_id = e.id AND r.end_date IS NULL ORDER BY r.start_date DESC LIMIT 1) \
           AS penilai, \
         (SELECT q.name FROM reporting_line r JOIN employee q ON q.id = r.atasan_id \
           WHERE r.employee_id = e.id AND r.end_date IS NULL ORDER BY r.start_date DESC LIMIT 1) \
           AS atasan \
         FROM employee e JOIN org_unit u ON u.id = e.unit_id JOIN agency a ON a.id = e.agency_id \
         WHERE e.id = $1",
    )
    .bind(employee_id)
    .fetch_optional(pool)
    .await
}

/// Ranks, positions and education, newest first within each kind.
pub async fn history(pool: &Pool, employee_id: i64) -> Result<Vec<HistoryLine>, sqlx::Error> {
    sqlx::query_as(
        "SELECT kind, value, detail, start_date FROM employee_history WHERE employee_id = $1 \
         ORDER BY kind, start_date DESC, id DESC",
    )
    .bind(employee_id)
    .fetch_all(pool)
    .await
}

/// Every reporting line of the employee, newest first.
pub async fn lines(pool: &Pool, employee_id: i64) -> Result<Vec<LineRow>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.name AS penilai, p.nip AS penilai_nip, q.name AS atasan, q.nip AS atasan_nip, \
         r.start_date, r.end_date FROM reporting_line r \
         JOIN employee p ON p.id = r.penilai_id LEFT JOIN employee q ON q.id = r.atasan_id \
         WHERE r.employee_id = $1 ORDER BY r.start_date DESC, r.id DESC",
    )
    .bind(employee_id)
    .fetch_all(pool)
    .await
}
