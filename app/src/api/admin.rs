//! The HR office's views of its own agency: people and the audit log.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployeeRow {
    pub id: i64,
    pub nip: String,
    pub name: String,
    pub golongan: Option<String>,
    pub position_name: String,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmployeePage {
    pub rows: Vec<EmployeeRow>,
    /// Pass as `after` for the next page (keyset pagination: no large OFFSETs).
    pub next_after: Option<i64>,
}

/// Rows per page of the employee list.
pub const PAGE_SIZE: i64 = 50;

/// Employees of the caller's agency (admin instansi or tim evaluasi), by id, optionally filtered
/// by a NIP or name fragment.
#[server(prefix = "/api", endpoint = "admin/employees")]
pub async fn list_employees(
    after: Option<i64>,
    search: Option<String>,
) -> Result<EmployeePage, ServerFnError> {
    ssr::list_employees(after, search).await
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub id: i64,
    pub at_ms: i64,
    pub actor: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<String>,
    /// The record before and after the change, as JSON (what changed, for the reader).
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The newest audit entries of the caller's agency (admin instansi only).
#[server(prefix = "/api", endpoint = "admin/audit")]
pub async fn audit_log(before: Option<i64>) -> Result<Vec<AuditRow>, ServerFnError> {
    ssr::audit_log(before).await
}

#[cfg(feature = "ssr")]
mod ssr {
    use leptos::prelude::*;
    use sqlx::Row;

    use super::{AuditRow, EmployeePage, EmployeeRow, PAGE_SIZE};
    use crate::{
        auth::{policy, request_session, CurrentUser, Role},
        db::Pool,
        i18n::initial_locale,
    };

    fn context() -> Result<(Pool, CurrentUser), ServerFnError> {
        let t = initial_locale().texts();
        let pool = use_context::<Pool>().ok_or_else(|| ServerFnError::new(t.error_internal))?;
        let user = request_session()
            .user
            .ok_or_else(|| crate::api::refusal(http::StatusCode::UNAUTHORIZED, t.auth_required))?;
        Ok((pool, user))
    }

    fn internal(error: sqlx::Error) -> ServerFnError {
        tracing::error!(%error, "admin query failed");
        ServerFnError::new(initial_locale().texts().error_internal)
    }

    /// Refusals look like a missing page, as everywhere.
    fn refused() -> ServerFnError {
        crate::api::refusal(http::StatusCode::NOT_FOUND, initial_locale().texts().error_not_found)
    }

    pub async fn list_employees(
        after: Option<i64>,
        search: Option<String>,
    ) -> Result<EmployeePage, ServerFnError> {
        let (pool, user) = context()?;
        let agency = user
            .agency_id
            .filter(|_| user.has(Role::AdminInstansi) || user.has(Role::TimEvaluasi))
            .ok_or_else(refused)?;
        let pattern = search
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty())
            .map(|s| format!("%{}%", s.replace(['%', '_'], "")));
        let rows = sqlx::query(
            "SELECT e.id, e.nip, e.name, e.golongan, e.position_name, u.name FROM employee e \
             JOIN org_unit u ON u.id = e.unit_id \
             WHERE e.agency_id = $1 AND e.id > $2 \
             AND (CAST($3 AS TEXT) IS NULL OR LOWER(e.name) LIKE $3 OR e.nip LIKE $3) \
             ORDER BY e.id LIMIT $4",
        )
        .bind(agency)
        .bind(after.unwrap_or(0))
        .bind(pattern)
        .bind(PAGE_SIZE + 1)
        .fetch_all(&pool)
        .await
        .map_err(internal)?;
        let mut rows = rows
            .iter()
            .map(|r| {
                Ok(EmployeeRow {
                    id: r.try_get(0)?,
                    nip: r.try_get(1)?,
                    name: r.try_get(2)?,
                    golongan: r.try_get(3)?,
                    position_name: r.try_get(4)?,
                    unit: r.try_get(5)?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()
            .map_err(internal)?;
        let next_after = (rows.len() as i64 > PAGE_SIZE).then(|| {
            rows.truncate(PAGE_SIZE as usize);
            rows.last().map(|r| r.id)
        });
        Ok(EmployeePage { rows, next_after: next_after.flatten() })
    }

    pub async fn audit_log(before: Option<i64>) -> Result<Vec<AuditRow>, ServerFnError> {
        let (pool, user) = context()?;
        let agency =
            user.agency_id.filter(|a| policy::can_manage_agency(&user, *a)).ok_or_else(refused)?;
        let rows = sqlx::query(
            "SELECT l.id, l.at, u.display_name, l.action, l.entity, l.entity_id, l.before_json, \
             l.after_json FROM audit_log l \
             LEFT JOIN app_user u ON u.id = l.actor_user_id \
             WHERE l.agency_id = $1 AND l.id < $2 ORDER BY l.id DESC LIMIT 100",
        )
        .bind(agency)
        .bind(before.unwrap_or(i64::MAX))
        .fetch_all(&pool)
        .await
        .map_err(internal)?;
        rows.iter()
            .map(|r| {
                Ok(AuditRow {
                    id: r.try_get(0)?,
                    at_ms: r.try_get(1)?,
                    actor: r.try_get(2)?,
                    action: r.try_get(3)?,
                    entity: r.try_get(4)?,
                    entity_id: r.try_get(5)?,
                    before: r.try_get(6)?,
                    after: r.try_get(7)?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()
            .map_err(internal)
    }
}
