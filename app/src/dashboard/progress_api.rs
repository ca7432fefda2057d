//! The agency's progress in the open period, unit by unit: plan statuses, annual ratings, the
//! predikat in force, and units whose ratings look far more lenient than the agency's (for the
//! tim evaluasi to examine). For the HR office and the tim evaluasi of the agency.

use leptos::prelude::*;

use crate::kernel::error::AppError;
use serde::{Deserialize, Serialize};

/// A unit is flagged when its share of Sangat Baik exceeds the agency's by this many
/// percentage points, with at least [`MIN_RATED`] people rated [U: a heuristic, not a rule].
pub const LENIENT_MARGIN_PP: f64 = 20.0;
pub const MIN_RATED: i64 = 5;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnitProgress {
    pub unit_id: i64,
    pub code: String,
    pub name: String,
    pub employees: i64,
    pub not_started: i64,
    pub draft: i64,
    pub submitted: i64,
    pub approved: i64,
    pub returned: i64,
    pub rated: i64,
    /// Counts of the predikat in force, best first (Sangat Baik … Sangat Kurang).
    pub predikat: [i64; 5],
    /// Share of Sangat Baik among the rated, in percent.
    pub sangat_baik_pct: f64,
    pub lenient: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgressReport {
    pub year: Option<i64>,
    pub units: Vec<UnitProgress>,
    pub agency_sangat_baik_pct: f64,
}

#[server(prefix = "/api", endpoint = "skp/progress")]
pub async fn agency_progress() -> Result<ProgressReport, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let agency = crate::kernel::policy::staff_agency(&user).ok_or(AppError::NotFound)?;
    let Some(period) = periods::open_one(&pool, agency).await.map_err(internal)? else {
        return Ok(ProgressReport { year: None, units: Vec::new(), agency_sangat_baik_pct: 0.0 });
    };
    let rows = repo::progress_rows(&pool, agency, period.id).await.map_err(internal)?;
    let mut units = fold_units(&rows);
    let agency_pct = flag_lenient(&mut units);
    Ok(ProgressReport { year: Some(period.year), units, agency_sangat_baik_pct: agency_pct })
}

/// One unit per run of rows (the rows come ordered by unit), counting plan statuses and the
/// predikat in force.
#[cfg(feature = "ssr")]
fn fold_units(rows: &[crate::dashboard::repo::ProgressRow]) -> Vec<UnitProgress> {
    use crate::{kernel::plan_status::PlanStatus, rules::Predikat};
    let mut units: Vec<UnitProgress> = Vec::new();
    for r in rows {
        if units.last().map(|u| u.unit_id) != Some(r.unit_id) {
            units.push(UnitProgress {
                unit_id: r.unit_id,
                code: r.unit_code.clone(),
                name: r.unit_name.clone(),
                employees: 0,
                not_started: 0,
                draft: 0,
                submitted: 0,
                approved: 0,
                returned: 0,
                rated: 0,
                predikat: [0; 5],
                sangat_baik_pct: 0.0,
                lenient: false,
            });
        }
        let u = units.last_mut().expect("pushed above");
        u.employees += 1;
        match r.status {
            None => u.not_started += 1,
            Some(PlanStatus::Draft) => u.draft += 1,
            Some(PlanStatus::Submitted) => u.submitted += 1,
            Some(PlanStatus::Approved) => u.approved += 1,
            Some(PlanStatus::Returned) => u.returned += 1,
        }
        if let Some(i) = r.predikat.and_then(|p| Predikat::ALL.iter().position(|q| *q == p)) {
            u.rated += 1;
            u.predikat[i] += 1;
        }
    }
    units
}

/// Flag the units whose Sangat Baik share exceeds the agency's by the margin.
pub fn flag_lenient(units: &mut [UnitProgress]) -> f64 {
    let rated: i64 = units.iter().map(|u| u.rated).sum();
    let sb: i64 = units.iter().map(|u| u.predikat[0]).sum();
    let agency = if rated > 0 { sb as f64 * 100.0 / rated as f64 } else { 0.0 };
    for u in units.iter_mut() {
        u.sangat_baik_pct =
            if u.rated > 0 { u.predikat[0] as f64 * 100.0 / u.rated as f64 } else { 0.0 };
        u.lenient = u.rated >= MIN_RATED && u.sangat_baik_pct - agency >= LENIENT_MARGIN_PP;
    }
    agency
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use super::{flag_lenient, fold_units, ProgressReport};
    pub(super) use crate::{
        admin::repo::periods,
        dashboard::repo,
        kernel::error::AppError,
        kernel::server::{caller, internal, Caller},
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(rated: i64, sb: i64) -> UnitProgress {
        UnitProgress {
            unit_id: 0,
            code: String::new(),
            name: String::new(),
            employees: rated,
            not_started: 0,
            draft: 0,
            submitted: 0,
            approved: 0,
            returned: 0,
            rated,
            predikat: [sb, rated - sb, 0, 0, 0],
            sangat_baik_pct: 0.0,
            lenient: false,
        }
    }

    #[test]
    fn a_unit_far_more_lenient_than_the_agency_is_flagged_but_not_a_tiny_one() {
        let mut units = vec![unit(10, 1), unit(10, 1), unit(10, 8), unit(3, 3)];
        let agency = flag_lenient(&mut units);
        assert!((agency - 100.0 * 13.0 / 33.0).abs() < 1e-9);
        let flags: Vec<bool> = units.iter().map(|u| u.lenient).collect();
        assert_eq!(flags, vec![false, false, true, false], "3 rated is too few to judge");
    }
}
