//! Bulk import of employees by the HR office (CSV, validated whole before anything is written).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::import::ImportError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportOutcome {
    pub imported: usize,
    /// Every problem by line and column; when not empty, nothing was imported.
    pub errors: Vec<ImportError>,
}

/// An Excel workbook, base64-encoded (server functions carry text).
#[server(prefix = "/api", endpoint = "admin/import-employees-xlsx")]
pub async fn import_employees_xlsx(file_base64: String) -> Result<ImportOutcome, ServerFnError> {
    use base64::{engine::general_purpose::STANDARD, Engine as _};
    let t = crate::i18n::initial_locale().texts();
    let bytes =
        STANDARD.decode(file_base64.trim()).map_err(|_| ServerFnError::new(t.error_internal))?;
    ssr::import_bytes(&bytes).await
}

#[server(prefix = "/api", endpoint = "admin/import-employees")]
pub async fn import_employees_csv(csv: String) -> Result<ImportOutcome, ServerFnError> {
    ssr::import_bytes(csv.as_bytes()).await
}

#[cfg(feature = "ssr")]
mod ssr {
    use leptos::prelude::*;

    use super::ImportOutcome;

    pub async fn import_bytes(bytes: &[u8]) -> Result<ImportOutcome, ServerFnError> {
        use crate::{
            auth::request_session, i18n::initial_locale, kernel::db::Pool, kernel::policy,
        };
        let locale = initial_locale();
        let t = locale.texts();
        let pool = use_context::<Pool>().ok_or_else(|| ServerFnError::new(t.error_internal))?;
        let user = request_session().user.ok_or_else(|| {
            crate::kernel::server::refusal(http::StatusCode::UNAUTHORIZED, t.auth_required)
        })?;
        let agency =
            user.agency_id.filter(|a| policy::can_manage_agency(&user, *a)).ok_or_else(|| {
                crate::kernel::server::refusal(http::StatusCode::NOT_FOUND, t.error_not_found)
            })?;
        let rows = match crate::import::parse_any(bytes, locale) {
            Ok(rows) => rows,
            Err(errors) => return Ok(ImportOutcome { imported: 0, errors }),
        };
        let written =
            crate::import::repo::import_employees(&pool, agency, Some(user.user_id), &rows, locale)
                .await
                .map_err(|error| {
                    tracing::error!(%error, "import failed");
                    ServerFnError::new(t.error_internal)
                })?;
        Ok(match written {
            Ok(imported) => ImportOutcome { imported, errors: Vec::new() },
            Err(errors) => ImportOutcome { imported: 0, errors },
        })
    }
}
