//! The platform admin's view of the tenants: list agencies and onboard a new one.

use crate::admin::types::AgencyRow;
use leptos::prelude::*;

/// Every agency (platform admin only).
#[server(prefix = "/api", endpoint = "platform/agencies")]
pub async fn list_agencies() -> Result<Vec<AgencyRow>, ServerFnError> {
    ssr::list_agencies().await
}

/// Create an agency (platform admin only); its HR office is then created with
/// `server create-admin --agency CODE`, and its people imported by that office.
#[server(prefix = "/api", endpoint = "platform/agencies/create")]
pub async fn create_agency(
    code: String,
    name: String,
    region_kind: String,
    region_name: String,
) -> Result<i64, ServerFnError> {
    ssr::create_agency(code, name, region_kind, region_name).await
}

#[cfg(feature = "ssr")]
mod ssr {
    use http::StatusCode;
    use leptos::prelude::*;

    use super::AgencyRow;
    use crate::{
        admin::repo::agencies::{self, NewAgency},
        auth::{request_session, CurrentUser, Role},
        i18n::initial_locale,
        kernel::db::Pool,
        kernel::server::refusal,
        kernel::write::WriteError,
    };

    fn platform_admin() -> Result<(Pool, CurrentUser), ServerFnError> {
        let t = initial_locale().texts();
        let pool = use_context::<Pool>().ok_or_else(|| ServerFnError::new(t.error_internal))?;
        let user = request_session()
            .user
            .ok_or_else(|| refusal(StatusCode::UNAUTHORIZED, t.auth_required))?;
        if !user.has(Role::PlatformAdmin) {
            return Err(refusal(StatusCode::NOT_FOUND, t.error_not_found));
        }
        Ok((pool, user))
    }

    fn internal(error: sqlx::Error) -> ServerFnError {
        tracing::error!(%error, "platform query failed");
        ServerFnError::new(initial_locale().texts().error_internal)
    }

    pub async fn list_agencies() -> Result<Vec<AgencyRow>, ServerFnError> {
        let (pool, _) = platform_admin()?;
        agencies::overview(&pool).await.map_err(internal)
    }

    pub async fn create_agency(
        code: String,
        name: String,
        region_kind: String,
        region_name: String,
    ) -> Result<i64, ServerFnError> {
        let (pool, user) = platform_admin()?;
        let t = initial_locale().texts();
        let code = code.trim().to_lowercase();
        let new = NewAgency {
            code: &code,
            name: name.trim(),
            region_kind: region_kind.trim(),
            region_name: region_name.trim(),
        };
        agencies::create_audited(&pool, Some(user.user_id), &new).await.map_err(|e| match e {
            WriteError::Invalid(code) => {
                refusal(StatusCode::UNPROCESSABLE_ENTITY, t.edit_invalid(code))
            }
            WriteError::Db(e) => internal(e),
            WriteError::Conflict | WriteError::NotFound => {
                refusal(StatusCode::CONFLICT, t.edit_conflict)
            }
        })
    }
}
