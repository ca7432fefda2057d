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
