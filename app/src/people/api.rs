//! Employee records as their readers see them.

use leptos::prelude::*;

use crate::kernel::error::AppError;
use serde::{Deserialize, Serialize};

/// One line of the history of ranks, positions or education.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    /// `rank`, `position` or `education`.
    pub kind: String,
    pub value: String,
    pub detail: Option<String>,
    pub start_date: Option<String>,
}

/// A reporting line: who assessed (or assesses) the employee, over which dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineRow {
    pub penilai: String,
    pub penilai_nip: String,
    pub atasan: Option<String>,
    pub atasan_nip: Option<String>,
    pub start_date: String,
    pub end_date: Option<String>,
}

/// One employee's record, with what the rules derive from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmployeeProfile {
    pub id: i64,
    /// The version the HR office's edit form sends back (optimistic concurrency).
    pub version: i64,
    pub nip: String,
    pub name: String,
    /// `pns` or `pppk`.
    pub kind: String,
    pub gender: String,
    pub birth_date: String,
    pub golongan: Option<String>,
    /// The pangkat title of the golongan (rules engine).
    pub pangkat: Option<String>,
    pub position_kind: String,
    pub position_name: String,
    pub jenjang: Option<String>,
    pub education: String,
    pub golongan_tmt: Option<String>,
    pub position_tmt: Option<String>,
    pub education_date: Option<String>,
    pub angka_kredit: f64,
    pub unit: String,
    pub unit_code: String,
    pub agency: String,
    pub penilai: Option<String>,
    pub atasan: Option<String>,
    /// Retirement age and pension date from the rules engine (`None` when the position does not
    /// determine them).
    pub bup: Option<u32>,
    pub pension_date: Option<String>,
    /// Newest first within each kind.
    pub history: Vec<HistoryLine>,
    /// Newest first.
    pub lines: Vec<LineRow>,
}

/// A record the caller may read; a record they may not read is reported as not found.
#[server(prefix = "/api", endpoint = "employees/profile")]
pub async fn load_profile(employee_id: Option<i64>) -> Result<EmployeeProfile, AppError> {
    use self::ssr::*;
    let Caller { pool, user: actor } = caller()?;
    let id = employee_id.or(actor.employee_id).ok_or(AppError::NotFound)?;
    if !policy::can_read_employee(&pool, &actor, id, crate::kernel::db::today())
        .await
        .map_err(internal)?
    {
        return Err(not_found());
    }
    let row = sqlx::query(
        "SELECT e.id, e.nip, e.name, e.kind, e.gender, e.birth_date, e.golongan, e.position_kind, \
         e.position_name, e.jenjang, e.education, u.name, a.name, \
         (SELECT p.name FROM reporting_line r JOIN employee p ON p.id = r.penilai_id \
           WHERE r.employee_id = e.id AND r.end_date IS NULL ORDER BY r.start_date DESC LIMIT 1), \
         (SELECT q.name FROM reporting_line r JOIN employee q ON q.id = r.atasan_id \
           WHERE r.employee_id = e.id AND r.end_date IS NULL ORDER BY r.start_date DESC LIMIT 1), \
         e.version, u.code, e.golongan_tmt, e.position_tmt, e.education_date, e.angka_kredit \
         FROM employee e JOIN org_unit u ON u.id = e.unit_id JOIN agency a ON a.id = e.agency_id \
         WHERE e.id = $1",
    )
    .bind(id)
    .fetch_optional(&pool)
    .await
    .map_err(internal)?
    .ok_or(AppError::NotFound)?;
    let get = |i: usize| row.try_get::<String, _>(i).map_err(internal);
    let get_opt = |i: usize| row.try_get::<Option<String>, _>(i).map_err(internal);
    let golongan = get_opt(6)?;
    let jenjang = get_opt(9)?;
    let birth_date = get(5)?;
    let position_kind = get(7)?;
    let position = match (position_kind.as_str(), jenjang.as_deref()) {
        ("functional", Some(j)) => {
            Jenjang::from_title(j).map(|jenjang| Position::Fungsional { jenjang })
        }
        ("executor", _) => Some(Position::Pelaksana),
        _ => None,
    };
    let (bup, pension_date) = match (position, birth_date.parse::<Date>()) {
        (Some(p), Ok(born)) => {
            let (r, _) = retirement(&RuleSet::current(), born, p);
            (Some(r.bup), Some(r.pension_date.to_string()))
        }
        _ => (None, None),
    };
    let history = sqlx::query(
        "SELECT kind, value, detail, start_date FROM employee_history WHERE employee_id = $1 \
         ORDER BY kind, start_date DESC, id DESC",
    )
    .bind(id)
    .fetch_all(&pool)
    .await
    .map_err(internal)?
    .iter()
    .map(|r| {
        Ok(HistoryLine {
            kind: r.try_get(0)?,
            value: r.try_get(1)?,
            detail: r.try_get(2)?,
            start_date: r.try_get(3)?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()
    .map_err(internal)?;
    let lines = sqlx::query(
        "SELECT p.name, p.nip, q.name, q.nip, r.start_date, r.end_date FROM reporting_line r \
         JOIN employee p ON p.id = r.penilai_id LEFT JOIN employee q ON q.id = r.atasan_id \
         WHERE r.employee_id = $1 ORDER BY r.start_date DESC, r.id DESC",
    )
    .bind(id)
    .fetch_all(&pool)
    .await
    .map_err(internal)?
    .iter()
    .map(|r| {
        Ok(LineRow {
            penilai: r.try_get(0)?,
            penilai_nip: r.try_get(1)?,
            atasan: r.try_get(2)?,
            atasan_nip: r.try_get(3)?,
            start_date: r.try_get(4)?,
            end_date: r.try_get(5)?,
        })
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()
    .map_err(internal)?;
    Ok(EmployeeProfile {
        id: row.try_get(0).map_err(internal)?,
        version: row.try_get(15).map_err(internal)?,
        unit_code: get(16)?,
        golongan_tmt: get_opt(17)?,
        position_tmt: get_opt(18)?,
        education_date: get_opt(19)?,
        angka_kredit: row.try_get(20).map_err(internal)?,
        history,
        lines,
        nip: get(1)?,
        name: get(2)?,
        kind: get(3)?,
        gender: get(4)?,
        birth_date,
        pangkat: golongan
            .as_deref()
            .and_then(|g| g.parse::<crate::rules::pangkat::Golongan>().ok())
            .map(|g| g.pangkat().to_string()),
        golongan,
        position_kind,
        position_name: get(8)?,
        jenjang,
        education: get(10)?,
        unit: get(11)?,
        agency: get(12)?,
        penilai: get_opt(13)?,
        atasan: get_opt(14)?,
        bup,
        pension_date,
    })
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use sqlx::Row;

    pub(super) use super::{HistoryLine, LineRow};
    pub(super) use crate::{
        kernel::policy,
        kernel::server::{caller, internal, not_found, Caller},
        rules::career::{retirement, Position},
        rules::jenjang::Jenjang,
        rules::{Date, RuleSet},
    };
}
