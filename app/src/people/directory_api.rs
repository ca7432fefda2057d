//! The HR office's views of its own agency: people and the audit log.

use leptos::prelude::*;

use crate::kernel::error::AppError;
use serde::{Deserialize, Serialize};

use crate::audit::types::{AuditFilter, AuditPage};

pub use crate::people::types::EmployeeRow;

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
) -> Result<EmployeePage, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let agency = crate::kernel::policy::staff_agency(&user).ok_or(AppError::NotFound)?;
    let pattern = search
        .map(|s| s.trim().to_lowercase())
        .filter(|s| !s.is_empty())
        .map(|s| format!("%{}%", s.replace(['%', '_'], "")));
    // One more than a page: whether there is a next one.
    let mut rows = employees::page(&pool, agency, after.unwrap_or(0), pattern, PAGE_SIZE + 1)
        .await
        .map_err(internal)?;
    let next_after = (rows.len() as i64 > PAGE_SIZE).then(|| {
        rows.truncate(PAGE_SIZE as usize);
        rows.last().map(|r| r.id)
    });
    Ok(EmployeePage { rows, next_after: next_after.flatten() })
}

/// The caller's agency's audit log (admin instansi), or the platform's (the platform admin:
/// agencies created, platform logins, logins under names no account has), newest first,
/// filtered. Names, readable changes and typed values come ready for the page: the browser
/// parses no JSON.
#[server(prefix = "/api", endpoint = "admin/audit")]
pub async fn audit_log(#[server(default)] filter: AuditFilter) -> Result<AuditPage, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let scope = match policy::managed_agency(&user) {
        Some(agency) => Some(agency),
        None if policy::is_platform_admin(&user) => None,
        None => return Err(AppError::NotFound),
    };
    // A day filter is the agency's calendar day (WIB): from its first to after its last ms.
    let day_start = |iso: &Option<String>, next: i64| -> Result<Option<i64>, AppError> {
        match iso.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            None => Ok(None),
            Some(s) => s
                .parse::<crate::rules::Date>()
                .map(|d| Some((d.to_days() + next) * 86_400_000 - WIB_OFFSET_MS))
                .map_err(|_| AppError::invalid_field(Reason::AuditBadDate, "date", s)),
        }
    };
    let query = audit::Query {
        actor: filter.actor.clone(),
        action: filter.action,
        from_ms: day_start(&filter.from, 0)?,
        to_ms: day_start(&filter.to, 1)?,
        before_id: filter.before,
    };
    let mut listed =
        audit::list(&pool, scope, &query, AUDIT_PAGE_SIZE + 1).await.map_err(internal)?;
    let next_before = (listed.len() as i64 > AUDIT_PAGE_SIZE).then(|| {
        listed.truncate(AUDIT_PAGE_SIZE as usize);
        listed.last().map(|r| r.id)
    });
    let keys: Vec<(AuditEntity, i64)> = listed
        .iter()
        .filter_map(|r| {
            Some((AuditEntity::from_code(&r.entity)?, r.entity_id.as_deref()?.parse().ok()?))
        })
        .collect();
    let names = audit::entity_names(&pool, scope, &keys).await.map_err(internal)?;
    let json = |s: &Option<String>| s.as_deref().and_then(|s| serde_json::from_str(s).ok());
    let rows = listed
        .into_iter()
        .map(|r| {
            let entity = AuditEntity::from_code(&r.entity);
            let entity_name = entity
                .zip(r.entity_id.as_deref().and_then(|id| id.parse::<i64>().ok()))
                .and_then(|key| names.get(&key).cloned());
            AuditRow {
                id: r.id,
                at_ms: r.at_ms,
                actor: r.actor,
                action: AuditAction::from_code(&r.action),
                action_code: r.action,
                entity,
                entity_id: r.entity_id,
                entity_name,
                changes: diff_json(json(&r.before_json).as_ref(), json(&r.after_json).as_ref()),
            }
        })
        .collect();
    Ok(AuditPage { rows, next_before: next_before.flatten() })
}

/// Entries per page of the audit log.
pub const AUDIT_PAGE_SIZE: i64 = 100;

#[cfg(feature = "ssr")]
mod ssr {

    pub(super) use super::{EmployeePage, AUDIT_PAGE_SIZE, PAGE_SIZE};
    pub(super) use crate::{
        audit::repo as audit,
        audit::types::{diff_json, AuditAction, AuditEntity, AuditPage, AuditRow},
        i18n::format::WIB_OFFSET_MS,
        kernel::policy,
        kernel::reason::Reason,
        kernel::server::{caller, internal, Caller},
        people::repo::employees,
    };
}
