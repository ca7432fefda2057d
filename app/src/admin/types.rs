//! The shapes this feature's pages and server functions exchange.

use serde::{Deserialize, Serialize};

/// An agency's annual assessment period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodRow {
    pub id: i64,
    pub year: i64,
    /// `monthly` or `quarterly`: how often the periodic evaluations fall.
    pub frequency: String,
    pub plan_deadline: String,
    pub rating_deadline: String,
    pub appeal_days: i64,
    /// Predikat kinerja organisasi (`istimewa` … `sangat_kurang`), for the distribution.
    pub org_predikat: Option<String>,
    /// `open` or `closed`.
    pub status: String,
    pub version: i64,
}

impl PeriodRow {
    /// The evaluation periods of the year (1..=4 or 1..=12); 0 is the year itself.
    pub fn evaluations(&self) -> i64 {
        if self.frequency == "monthly" {
            12
        } else {
            4
        }
    }
}
