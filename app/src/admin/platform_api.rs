//! The platform admin's view of the tenants: list agencies and onboard a new one.

use leptos::prelude::*;

use crate::admin::types::AgencyRow;
use crate::kernel::error::AppError;

/// Every agency (platform admin only).
#[server(prefix = "/api", endpoint = "platform/agencies")]
pub async fn list_agencies() -> Result<Vec<AgencyRow>, AppError> {
    use self::ssr::*;
    let c = platform_admin()?;
    agencies::overview(&c.pool).await.map_err(internal)
}

/// Create an agency (platform admin only); its HR office is then created with
/// `server create-admin --agency CODE`, and its people imported by that office.
#[server(prefix = "/api", endpoint = "platform/agencies/create")]
pub async fn create_agency(
    code: String,
    name: String,
    region_kind: String,
    region_name: String,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = platform_admin()?;
    let code = code.trim().to_lowercase();
    let new = NewAgency {
        code: &code,
        name: name.trim(),
        region_kind: region_kind.trim(),
        region_name: region_name.trim(),
    };
    agencies::create_audited(&c.pool, Some(c.user.user_id), &new).await.map_err(write_error)
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::{
        admin::repo::agencies::{self, NewAgency},
        kernel::error::AppError,
        kernel::server::{caller, internal, write_error, Caller},
    };

    /// The caller, if the platform admin (anyone else: 404).
    pub(super) fn platform_admin() -> Result<Caller, AppError> {
        let c = caller()?;
        if !crate::kernel::policy::is_platform_admin(&c.user) {
            return Err(AppError::NotFound);
        }
        Ok(c)
    }
}
