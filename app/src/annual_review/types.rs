//! The shapes this feature's pages and server functions exchange.

use serde::{Deserialize, Serialize};

/// A note of the tim evaluasi on an employee's annual performance summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewNoteView {
    pub id: i64,
    pub author_name: String,
    pub text: String,
    /// The note flags the summary as an outlier (for example a lenient rating).
    pub outlier: bool,
    pub at_ms: i64,
}

/// One employee of a unit in the open period: where their plan stands, the annual predikat in
/// force, and the tim evaluasi's notes so far.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SummaryRow {
    pub employee_id: i64,
    pub name: String,
    pub nip: String,
    pub plan_id: Option<i64>,
    /// `None` when no plan was started.
    pub status: Option<crate::kernel::plan_status::PlanStatus>,
    pub predikat: Option<crate::rules::Predikat>,
    pub nilai_skp: Option<f64>,
    pub notes: i64,
    pub flagged: bool,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UnitSummaries {
    pub unit_name: String,
    pub unit_code: String,
    pub rows: Vec<SummaryRow>,
}
