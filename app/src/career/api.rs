//! The career page's one server call: the employee's stored record in the promotion rules'
//! terms. Everything else (eligibility, scenarios, odds) runs in the browser from it.

use leptos::prelude::*;

pub use crate::career::types::{CareerData, CareerGap};
use crate::kernel::error::AppError;

/// The caller's own career (no id), or an employee's they counsel: their pejabat penilai and
/// atasan of the line in force, and the agency's HR office and tim evaluasi. Anyone else, and
/// another agency's ids, are told it does not exist.
#[server(prefix = "/api", endpoint = "career/record")]
pub async fn load_career(employee_id: Option<i64>) -> Result<CareerData, AppError> {
    use self::ssr::*;
    let Caller { pool, user } = caller()?;
    let id = employee_id.or(user.employee_id).ok_or(AppError::NotFound)?;
    let today = today();
    if !policy::can_counsel(&pool, &user, id, today).await.map_err(internal)? {
        return Err(not_found());
    }
    let stored = profile::record(&pool, id).await.map_err(internal)?.ok_or_else(not_found)?;
    let superior = repo::superior_golongan(&pool, id, today).await.map_err(internal)?;
    let history = repo::predikat_history(&pool, id).await.map_err(internal)?;
    let planned = studies::planned(&pool, id).await.map_err(internal)?;
    Ok(CareerData {
        employee_id: id,
        own: user.employee_id == Some(id),
        record: career_record(&stored, superior.as_deref(), history),
        name: stored.name,
        nip: stored.nip,
        position_name: stored.position_name,
        today,
        planned: planned
            .into_iter()
            .map(|(date, education)| ScenarioEvent::DiplomaObtained { date, education })
            .collect(),
    })
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::{
        career::{record::career_record, repo},
        development::repo::studies,
        kernel::db::today,
        kernel::policy,
        kernel::server::{caller, internal, not_found, Caller},
        people::repo::profile,
        rules::simulator::ScenarioEvent,
    };
}
