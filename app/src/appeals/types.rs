//! The shapes this feature's pages and server functions exchange.

use serde::{Deserialize, Serialize};

use crate::{kernel::coded::coded_enum, rules::Predikat};

coded_enum! {
    /// The atasan's final decision: keep the predikat, or change it to `new_predikat`.
    AppealDecision {
        Upheld = "upheld",
        Changed = "changed",
    }
}

coded_enum! {
    /// Where an appeal stands: filed (open for messages and the decision) or decided.
    AppealStatus {
        Filed = "filed",
        Decided = "decided",
    }
}

/// The appeal on a rating, as the rating row shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppealSummary {
    pub id: i64,
    pub status: AppealStatus,
    /// Once decided.
    pub decision: Option<AppealDecision>,
    pub new_predikat: Option<Predikat>,
}

/// A note in an appeal's exchange.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct MessageView {
    pub author: String,
    pub text: String,
    pub at_ms: i64,
}

/// An appeal with everything its page shows, and what the caller may do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppealView {
    pub id: i64,
    pub version: i64,
    pub plan_id: i64,
    pub employee_name: String,
    pub employee_nip: String,
    pub penilai_name: Option<String>,
    pub period_no: i64,
    pub predikat: Predikat,
    pub nilai_skp: f64,
    pub reason: String,
    pub status: AppealStatus,
    pub decision: Option<AppealDecision>,
    pub new_predikat: Option<Predikat>,
    pub decision_note: Option<String>,
    pub filed_at_ms: i64,
    pub messages: Vec<MessageView>,
    /// The atasan pejabat penilai, while the appeal is open.
    pub can_decide: bool,
    /// The employee, the pejabat penilai and the atasan, while the appeal is open.
    pub can_message: bool,
}

/// An appeal waiting for (or decided by) the atasan, in their list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AppealRow {
    pub id: i64,
    pub employee_name: String,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "String"))]
    pub predikat: Predikat,
    pub status: AppealStatus,
    pub filed_at_ms: i64,
}

/// The last moment (ms) an appeal against a rating made at `rated_at_ms` may be filed: the
/// period's `appeal_days` after it.
pub fn appeal_deadline_ms(rated_at_ms: i64, appeal_days: i64) -> i64 {
    rated_at_ms + appeal_days * 86_400_000
}
