//! The HR office's changes to its agency: employee records, reporting lines, units, roles and
//! initial passwords. Every function checks `policy::can_manage_agency` itself; the agency is
//! always the caller's own, never a request parameter.

use crate::admin::types::{RoleGrant, UnitRow};
use crate::kernel::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The edit form of an employee record, every field as typed (validated on the server by the
/// same rule as an import row).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EmployeeForm {
    pub nip: String,
    pub name: String,
    /// `PNS` or `PPPK`, as in the import template.
    pub kind: String,
    /// `L` or `P`.
    pub gender: String,
    pub birth_date: String,
    pub golongan: String,
    pub golongan_tmt: String,
    /// `Struktural`, `Fungsional` or `Pelaksana`.
    pub position_kind: String,
    pub position_name: String,
    pub jenjang: String,
    /// A structural position's eselon (`ii_b` or `II.b`); empty for any other position.
    #[serde(default)]
    pub eselon: String,
    pub position_tmt: String,
    pub education: String,
    pub education_date: String,
    pub angka_kredit: String,
    pub unit_code: String,
}

/// Change an employee record last seen at `version`; returns the new version.
#[server(prefix = "/api", endpoint = "admin/employee/update")]
pub async fn update_employee(id: i64, version: i64, input: EmployeeForm) -> Result<i64, AppError> {
    use self::ssr::*;
    let (pool, actor) = manager()?;
    let cells = [
        input.nip,
        input.name,
        input.kind,
        input.gender,
        input.birth_date,
        input.golongan,
        input.position_kind,
        input.position_name,
        input.jenjang,
        input.education,
        input.unit_code,
    ]
    .map(|c| c.trim().to_string());
    let mut problems: Vec<Problem> = Vec::new();
    let row = match validate_record(1, cells, initial_locale()) {
        Ok(row) => Some(row),
        Err(errors) => {
            problems.extend(errors.into_iter().map(|e| Problem {
                reason: Reason::RecordCell,
                detail: Some(match &e.column {
                    Some(c) => format!("{c}: {}", e.message),
                    None => e.message,
                }),
                field: e.column,
            }));
            None
        }
    };
    let eselon = match (input.eselon.trim(), Eselon::parse(&input.eselon)) {
        ("", _) => None,
        (_, Some(e))
            if row.as_ref().is_some_and(|r| r.position_kind == PositionKind::Structural) =>
        {
            Some(e)
        }
        (typed, _) => {
            problems.push(Problem {
                reason: Reason::Eselon,
                field: Some("eselon".into()),
                detail: Some(typed.to_string()),
            });
            None
        }
    };
    let mut date = |value: &str, field: &str| {
        optional_date(value, field).unwrap_or_else(|p| {
            problems.push(p);
            None
        })
    };
    let golongan_tmt = date(&input.golongan_tmt, "golongan_tmt");
    let position_tmt = date(&input.position_tmt, "position_tmt");
    let education_date = date(&input.education_date, "education_date");
    let ak_text = input.angka_kredit.trim().replace(',', ".");
    let angka_kredit = if ak_text.is_empty() {
        0.0
    } else {
        match ak_text.parse::<f64>() {
            Ok(v) if v.is_finite() && (0.0..=10_000.0).contains(&v) => v,
            _ => {
                problems.push(Problem {
                    reason: Reason::BadNumber,
                    field: Some("angka_kredit".into()),
                    detail: Some(ak_text.clone()),
                });
                0.0
            }
        }
    };
    let Some(row) = row.filter(|_| problems.is_empty()) else {
        return Err(AppError::Invalid(problems));
    };
    let edit =
        EmployeeEdit { row, golongan_tmt, position_tmt, education_date, angka_kredit, eselon };
    records::update_employee(&pool, actor, id, version, &edit).await.map_err(write_error)
}

/// Name the employee's pejabat penilai (and atasan) by NIP from `start_date`.
#[server(prefix = "/api", endpoint = "admin/employee/reporting-line")]
pub async fn set_reporting_line(
    employee_id: i64,
    penilai_nip: String,
    atasan_nip: String,
    start_date: String,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let (pool, actor) = manager()?;
    let start = parse_date(start_date.trim())
        .ok_or_else(|| AppError::invalid_field(Reason::BadDate, "start_date", start_date.trim()))?;
    let person = |nip: String| {
        let pool = pool.clone();
        async move {
            records::employee_by_nip(&pool, actor.agency_id, &nip)
                .await
                .map_err(internal)?
                .ok_or(AppError::invalid(Reason::LinePersonUnknown))
        }
    };
    let penilai_id = person(penilai_nip).await?;
    let atasan_id = match atasan_nip.trim() {
        "" => None,
        nip => Some(person(nip.to_string()).await?),
    };
    records::set_reporting_line(&pool, actor, NewLine { employee_id, penilai_id, atasan_id, start })
        .await
        .map_err(write_error)
}

/// Issue a one-time initial password (shown once, never stored in clear or logged).
#[server(prefix = "/api", endpoint = "admin/employee/initial-password")]
pub async fn issue_initial_password(employee_id: i64) -> Result<String, AppError> {
    use self::ssr::*;
    let (pool, actor) = manager()?;
    let services = use_context::<AuthServices>().ok_or(AppError::Internal)?;
    let password = initial_password();
    let hash = services.hasher.hash(password.clone()).await.map_err(|error| {
        tracing::error!(%error, "hashing an initial password failed");
        AppError::Internal
    })?;
    roles::issue_initial_password(&pool, actor, employee_id, &hash).await.map_err(write_error)?;
    Ok(password)
}

/// The agency's organisation tree (admin instansi and tim evaluasi).
#[server(prefix = "/api", endpoint = "admin/units")]
pub async fn list_units() -> Result<Vec<UnitRow>, AppError> {
    use self::ssr::*;
    let (pool, _, agency) = reader()?;
    units::tree(&pool, agency).await.map_err(internal)
}

/// Add a unit (no `id`) or change one last seen at `version`. `parent_id` empty = a top unit.
#[server(prefix = "/api", endpoint = "admin/units/save")]
pub async fn save_unit(
    id: Option<i64>,
    version: Option<i64>,
    parent_id: String,
    code: String,
    name: String,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let (pool, actor) = manager()?;
    let code = code.trim().to_uppercase();
    let name = name.trim().to_string();
    let code_ok = (1..=30).contains(&code.len())
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !code_ok {
        return Err(AppError::invalid_field(Reason::UnitCode, "code", code));
    }
    // A formula start is refused as in employee names (the name travels to exports); so are
    // control characters (NUL, bidi overrides).
    if name.is_empty()
        || name.chars().count() > 200
        || crate::import::validate::is_formula(&name)
        || crate::kernel::text::has_control(&name, false)
    {
        return Err(AppError::invalid_field(Reason::UnitName, "name", ""));
    }
    let parent_id = match parent_id.trim() {
        "" => None,
        p => Some(p.parse::<i64>().map_err(|_| AppError::invalid(Reason::UnitParentUnknown))?),
    };
    units::save(&pool, actor, &units::UnitInput { id, version, parent_id, code, name })
        .await
        .map_err(write_error)
}

/// Granted roles in the agency (admin instansi).
#[server(prefix = "/api", endpoint = "admin/roles")]
pub async fn list_roles() -> Result<Vec<RoleGrant>, AppError> {
    use self::ssr::*;
    let (pool, actor) = manager()?;
    roles::grants(&pool, actor.agency_id).await.map_err(internal)
}

/// `change` is `grant` or `revoke`; `identifier` a NIP or username of the agency.
#[server(prefix = "/api", endpoint = "admin/roles/change")]
pub async fn change_role(
    identifier: String,
    role: String,
    change: String,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let (pool, actor) = manager()?;
    let role = Role::from_code(&role).ok_or(AppError::invalid(Reason::RoleNotGrantable))?;
    let grant = match change.as_str() {
        "grant" => true,
        "revoke" => false,
        _ => return Err(AppError::invalid_field(Reason::Other, "change", change)),
    };
    roles::change(&pool, actor, &identifier, role, grant).await.map_err(write_error)
}

/// Close a correction request as `done` or `rejected`, with a note for the employee.
#[server(prefix = "/api", endpoint = "admin/corrections/resolve")]
pub async fn resolve_correction(
    id: i64,
    version: i64,
    status: String,
    note: String,
) -> Result<(), AppError> {
    use self::ssr::*;
    let (pool, actor) = manager()?;
    let resolution = CorrectionStatus::from_code(status.trim())
        .filter(|s| *s != CorrectionStatus::Open)
        .ok_or_else(|| AppError::invalid_field(Reason::CorrectionStatus, "status", &status))?;
    corrections::resolve(&pool, actor, id, version, resolution, &note).await.map_err(|e| match e {
        // The note is what is refused: the form marks its field.
        WriteError::Invalid(Reason::CorrectionNote) => {
            AppError::invalid_field(Reason::CorrectionNote, "note", "")
        }
        other => write_error(other),
    })
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::{
        admin::repo::{roles, units},
        auth::{AuthServices, CurrentUser, Role},
        i18n::initial_locale,
        import::validate::{parse_date, validate_record},
        kernel::db::Pool,
        kernel::error::{AppError, Problem},
        kernel::policy,
        kernel::reason::Reason,
        kernel::server::{caller, internal, write_error, Caller},
        kernel::write::{Actor, WriteError},
        people::repo::corrections,
        people::repo::records::{self, EmployeeEdit, NewLine},
        people::types::CorrectionStatus,
        people::types::PositionKind,
        rules::career::Eselon,
        rules::Date,
    };

    /// The pool and the caller, who must be the HR office of an agency.
    pub(super) fn manager() -> Result<(Pool, Actor), AppError> {
        let Caller { pool, user } = caller()?;
        let agency_id = policy::managed_agency(&user).ok_or(AppError::NotFound)?;
        Ok((pool, Actor { agency_id, user_id: user.user_id }))
    }

    pub(super) fn reader() -> Result<(Pool, CurrentUser, i64), AppError> {
        let Caller { pool, user } = caller()?;
        let agency = policy::staff_agency(&user).ok_or(AppError::NotFound)?;
        Ok((pool, user, agency))
    }

    /// An optional date field: empty is `None`, anything else must be a date.
    pub(super) fn optional_date(value: &str, field: &str) -> Result<Option<Date>, Problem> {
        let v = value.trim();
        if v.is_empty() {
            return Ok(None);
        }
        parse_date(v).map(Some).ok_or_else(|| Problem {
            reason: Reason::BadDate,
            field: Some(field.to_string()),
            detail: Some(v.to_string()),
        })
    }

    /// Sixteen characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 93 bits.
    pub(super) fn initial_password() -> String {
        use rand::Rng;
        const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        let mut rng = rand::rng();
        (0..16).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
    }
}
