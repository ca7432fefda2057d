//! Bulk import of employees by the HR office (CSV, validated whole before anything is written).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::import::ImportError;
use crate::kernel::error::AppError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportOutcome {
    pub imported: usize,
    /// Every problem by line and column; when not empty, nothing was imported.
    pub errors: Vec<ImportError>,
}

/// An Excel workbook, base64-encoded (server functions carry text).
#[server(prefix = "/api", endpoint = "admin/import-employees-xlsx")]
pub async fn import_employees_xlsx(file_base64: String) -> Result<ImportOutcome, AppError> {
    use base64::{engine::general_purpose::STANDARD, Engine as _};
    let bytes = STANDARD.decode(file_base64.trim()).map_err(|_| AppError::InvalidInput {
        field: "file_base64".into(),
        value: "base64".into(),
    })?;
    ssr::import(&bytes).await
}

#[server(prefix = "/api", endpoint = "admin/import-employees")]
pub async fn import_employees_csv(csv: String) -> Result<ImportOutcome, AppError> {
    ssr::import(csv.as_bytes()).await
}

#[cfg(feature = "ssr")]
mod ssr {
    use super::ImportOutcome;
    use crate::{
        i18n::initial_locale,
        kernel::error::AppError,
        kernel::policy,
        kernel::server::{caller, Caller},
    };

    /// A CSV or Excel file of the HR office's agency, validated whole before anything is
    /// written.
    pub(super) async fn import(bytes: &[u8]) -> Result<ImportOutcome, AppError> {
        let locale = initial_locale();
        let Caller { pool, user } = caller()?;
        let agency = policy::managed_agency(&user).ok_or(AppError::NotFound)?;
        let (rows, read) = match crate::import::check_any(bytes, locale) {
            Ok(checked) => checked,
            Err(errors) => return Ok(ImportOutcome { imported: 0, errors }),
        };
        let errors = crate::import::repo::all_problems(&pool, agency, &rows, read, locale)
            .await
            .map_err(|error| {
                tracing::error!(%error, "checking an import failed");
                AppError::Internal
            })?;
        if !errors.is_empty() {
            return Ok(ImportOutcome { imported: 0, errors });
        }
        let written =
            crate::import::repo::import_employees(&pool, agency, Some(user.user_id), &rows, locale)
                .await
                .map_err(|error| {
                    tracing::error!(%error, "import failed");
                    AppError::Internal
                })?;
        Ok(match written {
            Ok(imported) => ImportOutcome { imported, errors: Vec::new() },
            Err(errors) => ImportOutcome { imported: 0, errors },
        })
    }
}
