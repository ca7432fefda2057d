//! Further education (tugas belajar / izin belajar): the employee asks, their pejabat penilai
//! in force endorses, the HR office approves and later records the diploma, which updates the
//! employee's education. An approved study is a planned event in the career simulator.

use leptos::prelude::*;

pub use crate::development::study_types::{MyStudies, StudyInput, StudyQueue, StudyView};
use crate::kernel::error::AppError;

/// The caller's education on record and their study requests.
#[server(prefix = "/api", endpoint = "development/studies")]
pub async fn load_studies() -> Result<MyStudies, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.employee()?;
    let education = employee_education(&c.pool, me).await?;
    let requests = studies::of_employee(&c.pool, me).await.map_err(internal)?;
    Ok(MyStudies { education, requests })
}

/// Ask for tugas belajar or izin belajar towards a higher degree. A resent request key stores
/// nothing new.
#[server(prefix = "/api", endpoint = "development/studies/request")]
pub async fn request_study(
    input: StudyInput,
    request_key: Option<String>,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.employee()?;
    let key = request_key.as_deref().map(checked_key).transpose()?;
    let kind = StudyKind::from_code(input.kind.trim()).ok_or_else(|| {
        AppError::invalid_field(Reason::StudyKind, "input[kind]", input.kind.trim())
    })?;
    let pppk = learning::asn_kind(&c.pool, me).await.map_err(internal)? == AsnKind::Pppk;
    if pppk && kind == StudyKind::TugasBelajar {
        return Err(AppError::invalid_field(Reason::StudyKind, "input[kind]", kind.code()));
    }
    let education = Education::from_code(input.education.trim())
        .filter(|e| STUDY_EDUCATIONS.contains(e))
        .ok_or_else(|| study_education(input.education.trim()))?;
    let current = employee_education(&c.pool, me).await?;
    if Education::from_title(&current).is_some_and(|now| education <= now) {
        return Err(study_education(education.code()));
    }
    let start = checks::date(&input.start_date, "input[start_date]")?;
    let expected = checks::date(&input.expected_date, "input[expected_date]")?;
    if expected <= start || expected > start.add_years(MAX_STUDY_YEARS) {
        return Err(AppError::invalid_field(Reason::StudyDates, "input[expected_date]", ""));
    }
    let study = NewStudy {
        kind,
        education,
        programme: checks::text(&input.programme, "input[programme]")?,
        institution: checks::text(&input.institution, "input[institution]")?,
        start,
        expected,
    };
    studies::insert(&c.pool, c.actor()?, me, &study, key).await.map_err(write_error)
}

/// The employee withdraws their own request before the HR office has decided it.
#[server(prefix = "/api", endpoint = "development/studies/withdraw")]
pub async fn withdraw_study(id: i64, version: i64) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.employee()?;
    let (_, s) = studies::get(&c.pool, id).await.map_err(internal)?.ok_or_else(not_found)?;
    if s.employee_id != me {
        return Err(not_found());
    }
    let open = [StudyStatus::Submitted, StudyStatus::Endorsed];
    let action = AuditAction::StudyWithdrawn;
    let to = StudyStatus::Withdrawn;
    studies::step(&c.pool, c.actor()?, id, version, &open, to, None, action)
        .await
        .map_err(write_error)
}

/// What waits for the caller: their people's requests to endorse, and for the HR office the
/// endorsed requests to decide and the approved ones awaiting a diploma.
#[server(prefix = "/api", endpoint = "development/studies/queue")]
pub async fn load_study_queue() -> Result<StudyQueue, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let mut queue = StudyQueue::default();
    if let Some(me) = c.user.employee_id {
        queue.to_endorse = studies::to_endorse(&c.pool, me, today()).await.map_err(internal)?;
    }
    if let Some(agency) = policy::managed_agency(&c.user) {
        queue.hr = true;
        let of = |status| studies::of_agency(&c.pool, agency, status);
        queue.to_decide = of(StudyStatus::Endorsed).await.map_err(internal)?;
        queue.in_study = of(StudyStatus::Approved).await.map_err(internal)?;
    }
    Ok(queue)
}

/// The pejabat penilai in force endorses (`endorse`) or refuses (`reject`, with a note) a
/// request of one of their people, at the version they saw.
#[server(prefix = "/api", endpoint = "development/studies/endorse")]
pub async fn endorse_study(
    id: i64,
    version: i64,
    verdict: String,
    note: String,
) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let (_, s) = studies::get(&c.pool, id).await.map_err(internal)?.ok_or_else(not_found)?;
    let penilai =
        applications::penilai_in_force(&c.pool, s.employee_id, today()).await.map_err(internal)?;
    if !policy::may_nominate(c.user.employee_id, penilai) {
        return Err(not_found());
    }
    let (to, note) = verdict_of(&verdict, &note, "endorse", StudyStatus::Endorsed)?;
    let from = [StudyStatus::Submitted];
    let action = AuditAction::StudyEndorsed;
    studies::step(&c.pool, c.actor()?, id, version, &from, to, note.as_deref(), action)
        .await
        .map_err(write_error)
}

/// The HR office approves (`approve`) or refuses (`reject`, with a note) an endorsed request
/// of its agency, at the version it saw.
#[server(prefix = "/api", endpoint = "development/studies/decide")]
pub async fn decide_study(
    id: i64,
    version: i64,
    verdict: String,
    note: String,
) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let agency = policy::managed_agency(&c.user).ok_or_else(not_found)?;
    let (owner, _) = studies::get(&c.pool, id).await.map_err(internal)?.ok_or_else(not_found)?;
    if owner != agency {
        return Err(not_found());
    }
    let (to, note) = verdict_of(&verdict, &note, "approve", StudyStatus::Approved)?;
    let from = [StudyStatus::Endorsed];
    let action = AuditAction::StudyDecided;
    studies::step(&c.pool, c.actor()?, id, version, &from, to, note.as_deref(), action)
        .await
        .map_err(write_error)
}

/// The HR office records the diploma of an approved study of its agency: the employee's
/// education follows.
#[server(prefix = "/api", endpoint = "development/studies/diploma")]
pub async fn record_diploma(id: i64, version: i64, diploma_date: String) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let agency = policy::managed_agency(&c.user).ok_or_else(not_found)?;
    let (owner, _) = studies::get(&c.pool, id).await.map_err(internal)?.ok_or_else(not_found)?;
    if owner != agency {
        return Err(not_found());
    }
    let date = checks::date(&diploma_date, "diploma_date")?;
    studies::record_diploma(&c.pool, c.actor()?, id, version, date).await.map_err(|e| match e {
        WriteError::Invalid(Reason::DiplomaDate) => {
            AppError::invalid_field(Reason::DiplomaDate, "diploma_date", date.to_string())
        }
        e => write_error(e),
    })
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::{
        audit::types::AuditAction,
        development::checks,
        development::repo::{applications, learning, studies, studies::NewStudy},
        development::study_types::{StudyKind, StudyStatus, STUDY_EDUCATIONS},
        kernel::db::{today, Pool},
        kernel::error::AppError,
        kernel::policy,
        kernel::reason::Reason,
        kernel::receipt::checked_key,
        kernel::server::{caller, internal, not_found, write_error},
        kernel::write::WriteError,
        rules::{nip::AsnKind, pangkat::Education},
    };

    /// The longest study a request may plan (a doctorate's usual span, with room).
    pub(super) const MAX_STUDY_YEARS: i32 = 7;

    pub(super) fn study_education(value: &str) -> AppError {
        AppError::invalid_field(Reason::StudyEducation, "input[education]", value)
    }

    /// The education title on the employee's record.
    pub(super) async fn employee_education(pool: &Pool, employee: i64) -> Result<String, AppError> {
        let row: (String,) = sqlx::query_as("SELECT education FROM employee WHERE id = $1")
            .bind(employee)
            .fetch_one(pool)
            .await
            .map_err(internal)?;
        Ok(row.0)
    }

    /// `yes` (the verdict that moves the request on, to `to`) or `reject` with its note.
    pub(super) fn verdict_of(
        verdict: &str,
        note: &str,
        yes: &str,
        to: StudyStatus,
    ) -> Result<(StudyStatus, Option<String>), AppError> {
        let note = note.trim();
        if note.chars().count() > 1000 {
            return Err(AppError::invalid_field(Reason::StudyNote, "note", ""));
        }
        let note = (!note.is_empty()).then(|| note.to_string());
        match verdict.trim() {
            v if v == yes => Ok((to, note)),
            "reject" if note.is_some() => Ok((StudyStatus::Rejected, note)),
            "reject" => Err(AppError::invalid_field(Reason::StudyNote, "note", "")),
            v => Err(AppError::invalid_field(Reason::LearningVerdict, "verdict", v)),
        }
    }
}
