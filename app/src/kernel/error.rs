//! The application's one error type: an HTTP status and a translated, safe message.
//! Internal causes are logged on the server and never shown to the user.

use serde::{Deserialize, Serialize};

use crate::i18n::Texts;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    /// A page that needs a login, opened by a visitor.
    #[error("login required")]
    Unauthenticated,
    /// A request parameter that cannot be understood; `field` names it for the user.
    #[error("invalid value for `{field}`")]
    InvalidInput { field: String, value: String },
    #[error("internal error")]
    Internal,
}

impl AppError {
    pub fn status(&self) -> u16 {
        match self {
            AppError::NotFound => 404,
            AppError::Unauthenticated => 401,
            AppError::InvalidInput { .. } => 400,
            AppError::Internal => 500,
        }
    }

    /// The message a user reads, in their language.
    pub fn message(&self, t: &Texts) -> String {
        match self {
            AppError::NotFound => t.error_not_found.to_string(),
            AppError::Unauthenticated => t.error_login_required.to_string(),
            AppError::InvalidInput { field, value } => {
                format!("{} `{field}`: «{value}».", t.error_invalid_input)
            }
            AppError::Internal => t.error_internal.to_string(),
        }
    }
}
