//! Mentoring: the HR office or a mentee's pejabat penilai in force pairs a mentor with the
//! mentee (mentors suggested by `prestasi_rules::mentoring`); both log sessions, which count as
//! the mentee's learning hours; either side ends the pairing with a note; the mentee rates the
//! mentor, which the HR office sees only in aggregate of three or more.

use leptos::prelude::*;

pub use crate::development::mentoring_types::{
    MentorSuggestion, MentorSummary, MentoringPage, PairInput, SessionInput,
};
use crate::kernel::error::AppError;

/// The caller's pairings, and whom they may pair.
#[server(prefix = "/api", endpoint = "development/mentoring")]
pub async fn load_mentoring() -> Result<MentoringPage, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let mut page = MentoringPage::default();
    if let Some(me) = c.user.employee_id {
        page.pairs = mentoring::of_employee(&c.pool, me).await.map_err(internal)?;
    }
    if let Some(agency) = policy::managed_agency(&c.user) {
        page.hr = true;
        page.may_pair = mentoring::agency_people(&c.pool, agency).await.map_err(internal)?;
    } else if let (Some(me), Ok(agency)) = (c.user.employee_id, c.agency()) {
        let team = applications::team_in_force(&c.pool, me, today()).await.map_err(internal)?;
        let ids: Vec<i64> = team.iter().map(|n| n.employee_id).collect();
        page.may_pair = mentoring::people(&c.pool, agency, &ids).await.map_err(internal)?;
    }
    Ok(page)
}

/// Suggested mentors for `mentee_id`, best first (at most 10), for those who may pair them.
#[server(prefix = "/api", endpoint = "development/mentoring/suggest")]
pub async fn suggest_mentors(mentee_id: i64) -> Result<Vec<MentorSuggestion>, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let agency = may_pair(&c, mentee_id).await?;
    let (mentee, candidates) = mentoring::profiles(&c.pool, agency, mentee_id)
        .await
        .map_err(internal)?
        .ok_or_else(not_found)?;
    let profiles: Vec<_> = candidates.iter().map(|(_, p)| p.clone()).collect();
    let (ranked, _) =
        rules::mentoring::suggest_mentors(&RuleSet::current(), &mentee, &profiles, 10);
    Ok(ranked
        .into_iter()
        .filter_map(|s| {
            let (person, profile) = candidates.iter().find(|(p, _)| p.id == s.key)?;
            let active_mentees = i64::from(profile.active_mentees);
            Some(MentorSuggestion { person: person.clone(), active_mentees, suggestion: s })
        })
        .collect())
}

/// Pair a mentor with a mentee, with goals and a period. A resent request key stores nothing
/// new.
#[server(prefix = "/api", endpoint = "development/mentoring/pair")]
pub async fn pair_mentor(input: PairInput, request_key: Option<String>) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let key = request_key.as_deref().map(checked_key).transpose()?;
    let id = |v: &str, field: &str| {
        v.trim()
            .parse::<i64>()
            .map_err(|_| AppError::invalid_field(Reason::MentoringPerson, field, v.trim()))
    };
    let mentee_id = id(&input.mentee_id, "input[mentee_id]")?;
    let mentor_id = id(&input.mentor_id, "input[mentor_id]")?;
    let agency = may_pair(&c, mentee_id).await?;
    let mentor = mentoring::people(&c.pool, agency, &[mentor_id]).await.map_err(internal)?;
    if mentor.is_empty() || mentor_id == mentee_id {
        return Err(AppError::invalid_field(Reason::MentoringPerson, "input[mentor_id]", ""));
    }
    let goals = input.goals.trim();
    if goals.is_empty() || goals.chars().count() > 1000 {
        return Err(AppError::invalid_field(Reason::MentoringGoals, "input[goals]", ""));
    }
    let (start, end) = (
        checks::date(&input.start_date, "input[start_date]")?,
        checks::date(&input.end_date, "input[end_date]")?,
    );
    if end < start || end > start.add_years(2) {
        return Err(AppError::invalid_field(Reason::MentoringPeriod, "input[end_date]", ""));
    }
    let new = NewPair { mentor_id, mentee_id, goals: goals.to_string(), start, end };
    mentoring::pair(&c.pool, c.actor()?, &new, key).await.map_err(|e| match e {
        WriteError::Invalid(r @ (Reason::MentorFull | Reason::MentoringPaired)) => {
            AppError::invalid_field(r, "input[mentor_id]", "")
        }
        e => write_error(e),
    })
}

/// The mentor or the mentee logs a session of their active pairing (date, topic, minutes).
#[server(prefix = "/api", endpoint = "development/mentoring/session")]
pub async fn log_session(
    pair_id: i64,
    input: SessionInput,
    request_key: Option<String>,
) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.employee()?;
    let key = request_key.as_deref().map(checked_key).transpose()?;
    let (_, mentor, mentee, ..) =
        mentoring::owner(&c.pool, pair_id).await.map_err(internal)?.ok_or_else(not_found)?;
    if me != mentor && me != mentee {
        return Err(not_found());
    }
    let date = checks::date(&input.date, "input[date]")?;
    let topic = checks::text(&input.topic, "input[topic]")?;
    let minutes =
        checks::whole(&input.minutes, "input[minutes]", 15..=480, Reason::MentoringMinutes)?;
    mentoring::log_session(&c.pool, c.actor()?, pair_id, me, date, &topic, minutes, key)
        .await
        .map_err(|e| match e {
            WriteError::Invalid(Reason::MentoringDate) => {
                AppError::invalid_field(Reason::MentoringDate, "input[date]", date.to_string())
            }
            e => write_error(e),
        })
}

/// The mentor, the mentee or the HR office ends an active pairing, with a note.
#[server(prefix = "/api", endpoint = "development/mentoring/end")]
pub async fn end_mentoring(pair_id: i64, version: i64, note: String) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let (agency, mentor, mentee, ..) =
        mentoring::owner(&c.pool, pair_id).await.map_err(internal)?.ok_or_else(not_found)?;
    let side = c.user.employee_id.is_some_and(|me| me == mentor || me == mentee);
    if !side && policy::managed_agency(&c.user) != Some(agency) {
        return Err(not_found());
    }
    let note = note.trim();
    if note.is_empty() || note.chars().count() > 1000 {
        return Err(AppError::invalid_field(Reason::MentoringNote, "note", ""));
    }
    mentoring::end(&c.pool, c.actor()?, pair_id, version, note).await.map_err(write_error)
}

/// The mentee rates their mentor (1–5) once per pairing, with an optional comment.
#[server(prefix = "/api", endpoint = "development/mentoring/feedback")]
pub async fn mentoring_feedback(
    pair_id: i64,
    rating: String,
    comment: String,
) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.employee()?;
    let (_, mentor, mentee, ..) =
        mentoring::owner(&c.pool, pair_id).await.map_err(internal)?.ok_or_else(not_found)?;
    if me != mentee {
        return Err(not_found());
    }
    let rating = checks::whole(&rating, "rating", 1..=5, Reason::MentoringRating)?;
    let comment = comment.trim();
    if comment.chars().count() > 1000 {
        return Err(AppError::invalid_field(Reason::MentoringNote, "comment", ""));
    }
    let comment = (!comment.is_empty()).then_some(comment);
    mentoring::feedback(&c.pool, c.actor()?, pair_id, mentor, rating, comment)
        .await
        .map_err(write_error)
}

/// The HR office's overview of its mentors (ratings only in aggregate of three or more).
#[server(prefix = "/api", endpoint = "development/mentoring/overview")]
pub async fn mentoring_overview() -> Result<Vec<MentorSummary>, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let agency = policy::managed_agency(&c.user).ok_or_else(not_found)?;
    mentoring::overview(&c.pool, agency).await.map_err(internal)
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::{
        development::checks,
        development::repo::{applications, mentoring, mentoring::NewPair},
        kernel::db::today,
        kernel::error::AppError,
        kernel::policy,
        kernel::reason::Reason,
        kernel::receipt::checked_key,
        kernel::server::{caller, internal, not_found, write_error, Caller},
        kernel::write::WriteError,
        rules::{self, RuleSet},
    };

    /// The agency of `mentee_id` when the caller may pair them: its HR office, or their
    /// pejabat penilai in force; anyone else is told the mentee does not exist.
    pub(super) async fn may_pair(c: &Caller, mentee_id: i64) -> Result<i64, AppError> {
        let agency: Option<i64> =
            sqlx::query_scalar("SELECT agency_id FROM employee WHERE id = $1")
                .bind(mentee_id)
                .fetch_optional(&c.pool)
                .await
                .map_err(internal)?;
        let agency = agency.ok_or_else(not_found)?;
        if policy::managed_agency(&c.user) == Some(agency) {
            return Ok(agency);
        }
        let penilai =
            applications::penilai_in_force(&c.pool, mentee_id, today()).await.map_err(internal)?;
        if policy::may_nominate(c.user.employee_id, penilai) {
            return Ok(agency);
        }
        Err(not_found())
    }
}
