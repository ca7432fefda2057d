//! The shapes this feature's pages and server functions exchange.

use serde::{Deserialize, Serialize};

use crate::{
    kernel::coded::coded_enum,
    rules::{Date, Rating},
};

coded_enum! {
    /// Who a 360 rater is to the rated employee.
    Relation360 {
        Peer = "peer",
        Subordinate = "subordinate",
    }
}

/// A 360 request as its rater sees it (only their own input).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request360 {
    pub id: i64,
    pub employee_name: String,
    pub relation: Relation360,
    /// The rater's own seven ratings, once answered.
    pub ratings: Option<Vec<Rating>>,
    /// The last day to answer or withdraw (the period's rating deadline).
    pub deadline: Date,
    pub open: bool,
}

/// The 360 input on a plan, aggregated: per BerAKHLAK value, how many raters answered above,
/// meeting and below expectations; `None` until at least three raters answered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary360 {
    pub invited: i64,
    pub answered: i64,
    pub counts: Option<Vec<[i64; 3]>>,
}

/// The fewest answers before anyone but the rater sees 360 input (anonymity).
pub const MIN_360_ANSWERS: i64 = 3;
