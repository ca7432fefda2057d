//! Learning records: an employee records completed learning with its certificate; the year's
//! JP is computed by the rules against the PNS minimum or the PPPK maximum; the HR office
//! verifies or rejects each record.

use leptos::prelude::*;

pub use crate::development::types::{LearningInput, LearningYear, PendingRecord, UnitCompliance};
pub use crate::import::api::ImportOutcome;
use crate::kernel::error::AppError;

/// The caller's learning in `year` (this year when not given) and its JP against the rule.
#[server(prefix = "/api", endpoint = "development/learning")]
pub async fn my_learning(year: Option<i64>) -> Result<LearningYear, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.employee()?;
    let year = year.unwrap_or_else(|| i64::from(today().year()));
    if !(2000..=2100).contains(&year) {
        return Err(AppError::invalid_field(Reason::PeriodYear, "year", year.to_string()));
    }
    let records = learning::of_year(&c.pool, me, year).await.map_err(internal)?;
    let kind = learning::asn_kind(&c.pool, me).await.map_err(internal)?;
    let counted: Vec<u32> = records
        .iter()
        .filter(|r| r.status != RecordStatus::Rejected)
        .map(|r| u32::try_from(r.jp).unwrap_or(0))
        .collect();
    let (jp, _) = yearly_jp(&RuleSet::current(), kind, &counted).map_err(|_| AppError::Internal)?;
    Ok(LearningYear { year, records, jp })
}

/// Record completed learning on one's own record; `certificate_base64` (optional) is a PDF,
/// PNG or JPEG of at most 1 MiB. A resent request key records nothing new.
#[server(prefix = "/api", endpoint = "development/learning/record")]
pub async fn record_learning(
    input: LearningInput,
    request_key: Option<String>,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.employee()?;
    let key = request_key.as_deref().map(checked_key).transpose()?;
    let LearningInput {
        title,
        path,
        form,
        jp,
        provider,
        start_date,
        end_date,
        certificate_name,
        certificate_base64,
    } = input;
    let mut learning =
        checks::learning([&title, &path, &form, &jp, &provider, &start_date, &end_date])?;
    learning.certificate = match certificate_base64.trim() {
        "" => None,
        b64 => {
            use base64::{engine::general_purpose::STANDARD, Engine as _};
            let bytes = STANDARD.decode(b64).map_err(|_| {
                AppError::invalid_field(Reason::EvidenceType, "input[certificate_base64]", "")
            })?;
            Some((certificate_name, bytes))
        }
    };
    learning::record(&c.pool, c.actor()?, me, &learning, key).await.map_err(write_error)
}

/// The HR office imports its employees' completed learning from an Excel workbook or CSV file
/// (base64): each row checked like the employee's form and its NIP found in the agency,
/// refused by row and column, all or nothing. Imported records are verified.
#[server(prefix = "/api", endpoint = "development/learning/import")]
pub async fn import_learning(file_base64: String) -> Result<ImportOutcome, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let agency = policy::managed_agency(&c.user).ok_or_else(not_found)?;
    let bytes = import::decoded(&file_base64)?;
    let locale = initial_locale();
    let (rows, mut errors) = match import::learning_rows(&bytes, locale) {
        Ok(read) => read,
        Err(errors) => return Ok(ImportOutcome { imported: 0, errors }),
    };
    let nips: Vec<String> = rows.iter().map(|(_, cells)| cells[0].clone()).collect();
    let people = imports::employees_by_nip(&c.pool, agency, &nips).await.map_err(internal)?;
    let known = imports::learning_keys(&c.pool, agency).await.map_err(internal)?;
    let mut checked = Vec::new();
    for (line, cells) in rows {
        let [nip, title, path, form, jp, provider, start, end] = &cells;
        let Some(&employee) = people.get(nip) else {
            let unknown = AppError::invalid_field(Reason::LinePersonUnknown, "input[nip]", nip);
            errors.extend(import::learning_problem(line, &unknown, locale));
            continue;
        };
        match checks::learning([title, path, form, jp, provider, start, end]) {
            Ok(l) if known.contains(&(employee, l.title.to_lowercase(), l.start.to_string())) => {
                errors.push(import::already(line, locale))
            }
            Ok(l) => checked.push((employee, l)),
            Err(e) => errors.extend(import::learning_problem(line, &e, locale)),
        }
    }
    let checked = match import::outcome(checked, errors) {
        Ok(rows) => rows,
        Err(errors) => return Ok(ImportOutcome { imported: 0, errors }),
    };
    let imported = imports::learning(&c.pool, c.actor()?, &checked).await.map_err(write_error)?;
    Ok(ImportOutcome { imported, errors: Vec::new() })
}

/// The HR office verifies (`verified`) or rejects (`rejected`) a record of its agency, at the
/// version it saw.
#[server(prefix = "/api", endpoint = "development/learning/verify")]
pub async fn verify_learning(id: i64, version: i64, verdict: String) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let agency = policy::managed_agency(&c.user).ok_or_else(not_found)?;
    let (owner_agency, ..) =
        learning::owner(&c.pool, id).await.map_err(internal)?.ok_or_else(not_found)?;
    if owner_agency != agency {
        return Err(not_found());
    }
    let status = RecordStatus::from_code(verdict.trim()).ok_or_else(|| {
        AppError::invalid_field(Reason::LearningVerdict, "verdict", verdict.trim())
    })?;
    learning::verify(&c.pool, c.actor()?, id, version, status).await.map_err(write_error)
}

/// The HR office's queue: its agency's records waiting for verification, the oldest first
/// (the first 200).
#[server(prefix = "/api", endpoint = "development/learning/pending")]
pub async fn pending_learning() -> Result<Vec<PendingRecord>, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let agency = policy::managed_agency(&c.user).ok_or_else(not_found)?;
    learning::pending(&c.pool, agency, 200).await.map_err(internal)
}

/// JP compliance by unit in `year` (this year when not given), for the HR office.
#[server(prefix = "/api", endpoint = "development/compliance")]
pub async fn jp_compliance(year: Option<i64>) -> Result<Vec<UnitCompliance>, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let agency = policy::managed_agency(&c.user).ok_or_else(not_found)?;
    let year = year.unwrap_or_else(|| i64::from(today().year()));
    if !(2000..=2100).contains(&year) {
        return Err(AppError::invalid_field(Reason::PeriodYear, "year", year.to_string()));
    }
    compliance::by_unit(&c.pool, agency, year).await.map_err(internal)
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::{
        development::checks,
        development::import,
        development::repo::{compliance, imports, learning},
        development::types::RecordStatus,
        i18n::initial_locale,
        kernel::db::today,
        kernel::error::AppError,
        kernel::policy,
        kernel::reason::Reason,
        kernel::receipt::checked_key,
        kernel::server::{caller, internal, not_found, write_error},
        rules::{training::yearly_jp, RuleSet},
    };
}
