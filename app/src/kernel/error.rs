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
    /// A session on an admin-issued initial password: only changing it (or logging out) is
    /// allowed until it is changed (403).
    #[error("password change required")]
    PasswordChangeRequired,
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
    /// A request body over the server's limit (413), however it was sent (chunked included).
    #[error("request too large")]
    TooLarge,
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
        self.message_with(t, &|_| None)
    }

    /// As `message`, with a feature's own words for its reasons (`feature`), which the shared
    /// texts do not carry.
    pub fn message_with(
        &self,
        t: &Texts,
        feature: &dyn Fn(Reason) -> Option<&'static str>,
    ) -> String {
        let why = feature(self.reason).unwrap_or_else(|| t.invalid(self.reason));
        let label = self.field.as_deref().and_then(|f| t.form_field(f));
        let text = match label {
            Some(label) => format!("{label}: {why}"),
            None => why.to_string(),
        };
        match (self.reason, &self.detail) {
            (Reason::RecordCell, Some(sentence)) => sentence.clone(),
            (_, Some(detail)) if !detail.is_empty() => format!("{text} «{detail}»"),
            _ => text,
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
            AppError::PasswordChangeRequired => 403,
            AppError::NotFound => 404,
            AppError::Conflict => 409,
            AppError::Invalid(_) => 422,
            AppError::InvalidInput { .. } => 400,
            AppError::TooLarge => 413,
            AppError::Unreachable => 503,
            AppError::Internal => 500,
        }
    }

    /// The message a user reads, in their language.
    pub fn message(&self, t: &Texts) -> String {
        self.message_with(t, &|_| None)
    }

    /// As `message`, with a feature's own words for its reasons (see `Problem::message_with`).
    pub fn message_with(
        &self,
        t: &Texts,
        feature: &dyn Fn(Reason) -> Option<&'static str>,
    ) -> String {
        match self {
            AppError::Unauthenticated => t.auth_required.to_string(),
            AppError::LoginFailed => t.auth_invalid.to_string(),
            AppError::Throttled { seconds } => {
                format!("{} {seconds} {}", t.auth_throttled, t.auth_seconds)
            }
            AppError::PasswordChangeRequired => t.error_password_change_required.to_string(),
            AppError::NotFound => t.error_not_found.to_string(),
            AppError::Conflict => t.edit_conflict.to_string(),
            AppError::Invalid(problems) => {
                problems.iter().map(|p| p.message_with(t, feature)).collect::<Vec<_>>().join("\n")
            }
            AppError::InvalidInput { field, .. } if field == "request" => {
                t.error_unreadable_request.to_string()
            }
            AppError::InvalidInput { field, value } => {
                let label =
                    t.form_field(field).map_or_else(|| format!("`{field}`"), str::to_string);
                match value.is_empty() {
                    true => format!("{} {label}.", t.error_invalid_input),
                    false => format!("{} {label}: «{value}».", t.error_invalid_input),
                }
            }
            AppError::TooLarge => t.error_too_large.to_string(),
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
    /// read its answer, or the server could not read the request (a hand-made or damaged one).
    /// Every server function's arguments pass here, so this is the one place that decides how
    /// an unreadable request is answered.
    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(detail) | ServerFnErrorErr::MissingArg(detail) => {
                unreadable_request(&detail)
            }
            // On the server, the request's body could not be read or parsed; in the browser,
            // the answer could not.
            ServerFnErrorErr::Deserialization(detail) if cfg!(feature = "ssr") => {
                unreadable_request(&detail)
            }
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Deserialization(_) => {
                AppError::Unreachable
            }
            _ => AppError::Internal,
        }
    }
}

/// A request whose arguments cannot be read (malformed, missing, repeated, of an unknown
/// value) or whose body is over the limit: 400 naming the field when the parser named one of
/// ours, or 413. The parser's own words stay in the server's log, never in the answer.
fn unreadable_request(detail: &str) -> AppError {
    #[cfg(feature = "ssr")]
    tracing::debug!(%detail, "a server function's request could not be read");
    if detail.contains("length limit exceeded") {
        return AppError::TooLarge;
    }
    let field = named_field(detail).unwrap_or("request").to_string();
    AppError::InvalidInput { field, value: String::new() }
}

/// The argument a parser's message names: serde's "missing field `plan_id`" and "duplicate
/// field `x`", serde_qs's "Multiple values for one key: \"plan_id\"". Only a plain
/// identifier is taken (the message may quote the caller's input).
fn named_field(detail: &str) -> Option<&str> {
    let quoted = [("missing field `", '`'), ("duplicate field `", '`'), ("for one key: \"", '"')];
    let name = quoted.iter().find_map(|(marker, end)| {
        detail.split_once(marker).and_then(|(_, rest)| rest.split(*end).next())
    })?;
    let plain = !name.is_empty()
        && name.len() <= 64
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    plain.then_some(name)
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
            AppError::PasswordChangeRequired,
            AppError::NotFound,
            AppError::Conflict,
            AppError::invalid(Reason::NipTaken),
            AppError::InvalidInput { field: "x".into(), value: "y".into() },
            AppError::InvalidInput { field: "request".into(), value: String::new() },
            AppError::TooLarge,
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
    fn an_unreadable_request_names_our_field_and_never_echoes_the_parser() {
        let answer = |e: ServerFnErrorErr| AppError::from_server_fn_error(e);
        let bad = AppError::InvalidInput { field: "request".into(), value: String::new() };
        assert_eq!(answer(ServerFnErrorErr::Args("invalid digit found in string".into())), bad);
        assert_eq!(
            answer(ServerFnErrorErr::Args("missing field `plan_id`".into())),
            AppError::InvalidInput { field: "plan_id".into(), value: String::new() }
        );
        assert_eq!(
            answer(ServerFnErrorErr::Args("Multiple values for one key: \"version\"".into())),
            AppError::InvalidInput { field: "version".into(), value: String::new() }
        );
        // A quoted name that is not a plain identifier is the caller's input: not repeated.
        assert_eq!(
            answer(ServerFnErrorErr::Args("Multiple values for one key: \"<script>\"".into())),
            bad
        );
        // A body that cannot be parsed is the caller's on the server, the network's in the
        // browser (the answer could not be read).
        let unparsable = answer(ServerFnErrorErr::Deserialization("EOF while parsing".into()));
        let too_large = answer(ServerFnErrorErr::Deserialization("length limit exceeded".into()));
        if cfg!(feature = "ssr") {
            assert_eq!(unparsable, bad);
            assert_eq!(too_large, AppError::TooLarge);
        } else {
            assert_eq!((unparsable, too_large), (AppError::Unreachable, AppError::Unreachable));
        }
        let id = answer(ServerFnErrorErr::Args("missing field `weight`".into()));
        assert_eq!(id.message(Locale::Id.texts()), "Nilai tidak ada atau tidak valid untuk Bobot.");
        assert_eq!(bad.status(), 400);
        assert!(!bad.message(Locale::En.texts()).contains("digit"));
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
