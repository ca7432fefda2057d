//! Employee records as their readers see them.

use leptos::prelude::*;

use crate::kernel::error::AppError;
pub use crate::people::types::{EmployeeProfile, HistoryLine, LineRow};

/// A record the caller may read; a record they may not read is reported as not found.
#[server(prefix = "/api", endpoint = "employees/profile")]
pub async fn load_profile(employee_id: Option<i64>) -> Result<EmployeeProfile, AppError> {
    use self::ssr::*;
    let Caller { pool, user: actor } = caller()?;
    let id = employee_id.or(actor.employee_id).ok_or(AppError::NotFound)?;
    if !policy::can_read_employee(&pool, &actor, id, today()).await.map_err(internal)? {
        return Err(not_found());
    }
    let r = profile::record(&pool, id).await.map_err(internal)?.ok_or(AppError::NotFound)?;
    let history = profile::history(&pool, id).await.map_err(internal)?;
    let lines = profile::lines(&pool, id).await.map_err(internal)?;
    let (bup, pension_date) =
        match position(r.position_kind, r.jenjang.as_deref(), r.eselon.as_deref()) {
            Some(p) => {
                let (retired, _) = retirement(&RuleSet::current(), r.birth_date, p);
                (Some(retired.bup), Some(retired.pension_date))
            }
            None => (None, None),
        };
    Ok(EmployeeProfile {
        pangkat: r
            .golongan
            .as_deref()
            .and_then(|g| g.parse::<Golongan>().ok())
            .map(|g| g.pangkat().to_string()),
        id: r.id,
        version: r.version,
        nip: r.nip,
        name: r.name,
        kind: r.kind,
        gender: r.gender,
        birth_date: r.birth_date,
        golongan: r.golongan,
        position_kind: r.position_kind,
        position_name: r.position_name,
        jenjang: r.jenjang,
        eselon: r.eselon,
        education: r.education,
        golongan_tmt: r.golongan_tmt,
        position_tmt: r.position_tmt,
        education_date: r.education_date,
        angka_kredit: r.angka_kredit,
        unit: r.unit,
        unit_code: r.unit_code,
        agency: r.agency,
        penilai: r.penilai,
        atasan: r.atasan,
        bup,
        pension_date,
        history,
        lines,
    })
}

#[cfg(feature = "ssr")]
mod ssr {
    use crate::people::types::PositionKind;
    pub(super) use crate::{
        kernel::db::today,
        kernel::policy,
        kernel::server::{caller, internal, not_found, Caller},
        people::repo::profile,
        rules::career::{retirement, Eselon, Position},
        rules::jenjang::Jenjang,
        rules::pangkat::Golongan,
        rules::RuleSet,
    };

    /// The position the retirement rules read (none while the record lacks the jenjang of a
    /// functional position or the eselon of a structural one).
    pub(super) fn position(
        kind: PositionKind,
        jenjang: Option<&str>,
        eselon: Option<&str>,
    ) -> Option<Position> {
        match kind {
            PositionKind::Functional => {
                Jenjang::from_title(jenjang?).map(|jenjang| Position::Fungsional { jenjang })
            }
            PositionKind::Structural => {
                Eselon::parse(eselon?).map(|eselon| Position::Struktural { eselon })
            }
            PositionKind::Executor => Some(Position::Pelaksana),
        }
    }
}
