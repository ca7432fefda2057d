//! Correction requests: the employee cannot edit HR-owned data, but can ask the HR office to.

use leptos::prelude::*;

use crate::kernel::error::AppError;
pub use crate::people::types::{CorrectionRow, CorrectionStatus, MyCorrection, FIELDS};

/// The caller's own correction requests, newest first.
#[server(prefix = "/api", endpoint = "profile/corrections")]
pub async fn my_corrections() -> Result<Vec<MyCorrection>, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let Some(employee) = user.employee_id else { return Ok(Vec::new()) };
    corrections::of_employee(&pool, employee).await.map_err(internal)
}

/// Ask for a correction of the caller's own record. Submitting the same request twice within
/// ten minutes (a double click, a resent form) records it once.
#[server(prefix = "/api", endpoint = "profile/request-correction")]
pub async fn request_correction(field: String, message: String) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let (actor, employee) = (c.actor()?, c.employee()?);
    corrections::request(&c.pool, actor, employee, &field, &message).await.map_err(|e| match e {
        WriteError::Invalid(Reason::CorrectionField) => {
            AppError::invalid_field(Reason::CorrectionField, "field", &field)
        }
        other => write_error(other),
    })
}

/// Open requests of the caller's agency (admin instansi).
#[server(prefix = "/api", endpoint = "admin/corrections")]
pub async fn open_corrections() -> Result<Vec<CorrectionRow>, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let agency = policy::managed_agency(&user).ok_or(AppError::NotFound)?;
    corrections::open_in_agency(&pool, agency).await.map_err(internal)
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::{
        kernel::policy,
        kernel::reason::Reason,
        kernel::server::{caller, internal, write_error, Caller},
        kernel::write::WriteError,
        people::repo::corrections,
    };
}
