//! The shapes of correction requests as pages and server functions exchange them.

use serde::{Deserialize, Serialize};

use crate::kernel::coded::coded_enum;

/// The parts of a record a correction may concern (stable codes; the page translates them).
pub const FIELDS: [&str; 8] =
    ["nip", "name", "birth_date", "golongan", "position", "education", "unit", "other"];

coded_enum! {
    /// Where a correction request stands: open until the HR office resolves it.
    CorrectionStatus {
        Open = "open",
        Done = "done",
        Rejected = "rejected",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionRow {
    pub id: i64,
    pub employee_id: i64,
    pub nip: String,
    pub name: String,
    pub field: String,
    pub message: String,
    pub created_at_ms: i64,
    /// Sent back when the HR office resolves the request (optimistic concurrency).
    pub version: i64,
}

/// One of the caller's own requests, with the HR office's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyCorrection {
    pub id: i64,
    pub field: String,
    pub message: String,
    pub status: CorrectionStatus,
    pub response_note: Option<String>,
    pub created_at_ms: i64,
}
