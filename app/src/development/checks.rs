//! The field checks the catalogue and the learning record share (server only): each refusal a
//! 422 naming the field. The forms and the imports both check through them.

#![cfg(feature = "ssr")]

use crate::{
    development::repo::learning::NewLearning,
    development::types::{is_form_of, LearningPath},
    import::validate::parse_date,
    kernel::error::AppError,
    kernel::reason::Reason,
    rules::Date,
};

/// A required text of at most 200 characters, trimmed.
pub fn text(v: &str, field: &str) -> Result<String, AppError> {
    let t = v.trim();
    if t.is_empty() || t.chars().count() > 200 {
        return Err(AppError::invalid_field(Reason::OfferingText, field, ""));
    }
    Ok(t.to_string())
}

/// A path of Peraturan LAN 10/2018 and one of its forms (`input[path]`, `input[form]`).
pub fn path_and_form(path: &str, form: &str) -> Result<(LearningPath, String), AppError> {
    let path = LearningPath::from_code(path.trim())
        .ok_or_else(|| AppError::invalid_field(Reason::OfferingForm, "input[path]", path.trim()))?;
    let form = form.trim().to_string();
    if !is_form_of(path, &form) {
        return Err(AppError::invalid_field(Reason::OfferingForm, "input[form]", &form));
    }
    Ok((path, form))
}

/// A whole number within `range`, else `reason` on `field`.
pub fn whole(
    v: &str,
    field: &str,
    range: std::ops::RangeInclusive<i64>,
    reason: Reason,
) -> Result<i64, AppError> {
    v.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| range.contains(n))
        .ok_or_else(|| AppError::invalid_field(reason, field, v.trim()))
}

/// A date as typed.
pub fn date(v: &str, field: &str) -> Result<Date, AppError> {
    parse_date(v.trim()).ok_or_else(|| AppError::invalid_field(Reason::BadDate, field, v.trim()))
}

/// A start and end date in order (`input[start_date]`, `input[end_date]`).
pub fn dates(start: &str, end: &str) -> Result<(Date, Date), AppError> {
    let (start, end) = (date(start, "input[start_date]")?, date(end, "input[end_date]")?);
    if start > end {
        return Err(AppError::invalid_field(Reason::OfferingDates, "input[end_date]", ""));
    }
    Ok((start, end))
}

/// Completed learning as typed — title, path, form, JP, provider, start, end — on the
/// employee's form or a row of the HR office's import (without a certificate): it must have
/// ended by today.
pub fn learning(fields: [&str; 7]) -> Result<NewLearning, AppError> {
    let [title, path, form, jp, provider, start, end] = fields;
    let (path, form) = path_and_form(path, form)?;
    let jp = whole(jp, "input[jp]", 1..=2000, Reason::OfferingJp)?;
    let (start, end) = dates(start, end)?;
    if end > crate::kernel::db::today() {
        return Err(AppError::invalid_field(
            Reason::LearningFuture,
            "input[end_date]",
            end.to_string(),
        ));
    }
    Ok(NewLearning {
        title: text(title, "input[title]")?,
        path,
        form,
        jp,
        provider: text(provider, "input[provider]")?,
        start,
        end,
        certificate: None,
    })
}
