//! The application's one error type, returned by every server function and shown by every
//! page: what went wrong as data (a variant, and for a refused value the reason and the field),
//! its HTTP status, and its message in the reader's language, translated where it is shown.
//! Internal causes are logged on the server and never sent.

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

use crate::{i18n::Texts, kernel::reason::Reason};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// Not logged in (401).
    #[error("login required")]
    Unauthenticated,
    /// A login refused: unknown account, wrong password or a disabled account, alike (401).
    #[error("login failed")]
    LoginFailed,
    /// Too many failed logins for this account: try again after `seconds` (429).
    #[error("throttled")]
    Throttled { seconds: i64 },
    /// No such record, or not the caller's: the two answer alike (404, no IDOR oracle).
    #[error("not found")]
    NotFound,
    /// Someone changed the record since the caller loaded it (409).
    #[error("changed by someone else")]
    Conflict,
    /// Values or a change the rules refuse (422), each problem with its reason and field.
    #[error("refused: {0:?}")]
    Invalid(Vec<Problem>),
    /// A request parameter that cannot be understood (400); `field` names it for the user.
    #[error("invalid value for `{field}`")]
    InvalidInput { field: String, value: String },
    /// The server could not be reached or answered nonsense (the browser's side of a call).
    #[error("server unreachable")]
    Unreachable,
    /// Anything else (500): the cause is in the server log.
    #[error("internal error")]
    Internal,
}

/// One refused value: why, which form field (when one is to blame), and the value or context
/// the message quotes (never translated: it is the user's own input or a rule's wording).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub reason: Reason,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

impl Problem {
    /// "Label: why «value»"; a record-cell problem is the import validator's own sentence.
    pub fn message(&self, t: &Texts) -> String {
        let label = self.field.as_deref().and_then(|f| t.form_field(f));
        let text = match label {
            Some(label) => format!("{label}: {}", t.invalid(self.reason)),
            None => t.invalid(self.reason).to_string(),
        };
        match (self.reason, &self.detail) {
            (Reason::RecordCell, Some(sentence)) => sentence.clone(),
            (_, Some(detail)) => format!("{text} «{detail}»"),
            (_, None) => text,
        }
    }
}

impl AppError {
    /// A single refused value, with no field to blame.
    pub fn invalid(reason: Reason) -> Self {
        AppError::Invalid(vec![Problem { reason, field: None, detail: None }])
    }

    /// A refused value of the form field `field`, quoting `detail`.
    pub fn invalid_field(reason: Reason, field: &str, detail: impl Into<String>) -> Self {
        AppError::Invalid(vec![Problem {
            reason,
            field: Some(field.to_string()),
            detail: Some(detail.into()),
        }])
    }

    /// The reasons of a 422, in order (empty for any other error).
    pub fn reasons(&self) -> Vec<Reason> {
        match self {
            AppError::Invalid(problems) => problems.iter().map(|p| p.reason).collect(),
            _ => Vec::new(),
        }
    }

    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated => 401,
            AppError::LoginFailed => 401,
            AppError::Throttled { .. } => 429,
            AppError::NotFound => 404,
            AppError::Conflict => 409,
            AppError::Invalid(_) => 422,
            AppError::InvalidInput { .. } => 400,
            AppError::Unreachable => 503,
            AppError::Internal => 500,
        }
    }

    /// The message a user reads, in their language.
    pub fn message(&self, t: &Texts) -> String {
        match self {
            AppError::Unauthenticated => t.auth_required.to_string(),
            AppError::LoginFailed => t.auth_invalid.to_string(),
            AppError::Throttled { seconds } => {
                format!("{} {seconds} {}", t.auth_throttled, t.auth_seconds)
            }
            AppError::NotFound => t.error_not_found.to_string(),
            AppError::Conflict => t.edit_conflict.to_string(),
            AppError::Invalid(problems) => {
                problems.iter().map(|p| p.message(t)).collect::<Vec<_>>().join("\n")
            }
            AppError::InvalidInput { field, value } => {
                format!("{} `{field}`: «{value}».", t.error_invalid_input)
            }
            AppError::Unreachable => t.error_unreachable.to_string(),
            AppError::Internal => t.error_internal.to_string(),
        }
    }

    /// The page-level message of a page opened without a login (the error page's wording is
    /// longer than a form's).
    pub fn page_message(&self, t: &Texts) -> String {
        match self {
            AppError::Unauthenticated => t.error_login_required.to_string(),
            other => other.message(t),
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    /// Failures of the server-function layer itself: the browser could not reach the server or
    /// read its answer, or the server could not read the arguments (a hand-made request).
    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Deserialization(_) => {
                AppError::Unreachable
            }
            ServerFnErrorErr::Args(detail) | ServerFnErrorErr::MissingArg(detail) => {
                AppError::InvalidInput { field: "request".into(), value: detail }
            }
            _ => AppError::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn every_variant_has_a_status_and_a_message_in_both_languages() {
        let all = [
            AppError::Unauthenticated,
            AppError::LoginFailed,
            AppError::Throttled { seconds: 30 },
            AppError::NotFound,
            AppError::Conflict,
            AppError::invalid(Reason::NipTaken),
            AppError::InvalidInput { field: "x".into(), value: "y".into() },
            AppError::Unreachable,
            AppError::Internal,
        ];
        for e in &all {
            assert!((400..600).contains(&e.status()), "{e:?}");
            let (id, en) = (e.message(Locale::Id.texts()), e.message(Locale::En.texts()));
            assert!(!id.is_empty() && !en.is_empty() && id != en, "{e:?}: {id} / {en}");
        }
    }

    #[test]
    fn a_refusal_travels_as_json_and_comes_back_equal() {
        let e = AppError::invalid_field(Reason::BadDate, "plan_deadline", "31-02-2026");
        let back = AppError::de(e.ser());
        assert_eq!(back, e);
        assert_eq!(back.reasons(), vec![Reason::BadDate]);
        assert_eq!(
            e.message(Locale::Id.texts()),
            "batas penyusunan SKP: bukan tanggal (TTTT-BB-HH atau HH-BB-TTTT): «31-02-2026»"
        );
    }

    #[test]
    fn every_reason_has_its_own_message_in_both_languages() {
        for r in Reason::ALL {
            assert!(!Locale::Id.texts().invalid(*r).is_empty(), "{r:?}");
            assert!(!Locale::En.texts().invalid(*r).is_empty(), "{r:?}");
            assert_eq!(Reason::from_code(r.code()), Some(*r));
        }
    }
}
