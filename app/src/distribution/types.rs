//! The shapes this feature's pages and server functions exchange.

use serde::{Deserialize, Serialize};

use crate::{
    admin::types::PeriodRow,
    kernel::coded::coded_enum,
    rules::{distribution::OrgPredikat, Predikat},
};

coded_enum! {
    /// Where a unit's submitted distribution stands with the atasan.
    SubmissionStatus {
        Submitted = "submitted",
        Approved = "approved",
        Returned = "returned",
    }
}

/// One member of a pejabat penilai's unit and their annual predikat in force (after appeals).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct DistributionMember {
    pub employee_id: i64,
    pub name: String,
    pub nip: String,
    /// `None` while the year is not rated.
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::kernel::db::NullableText"))]
    pub predikat: Option<Predikat>,
}

/// A submitted distribution and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionView {
    pub id: i64,
    pub version: i64,
    pub penilai_name: String,
    pub org_predikat: OrgPredikat,
    pub status: SubmissionStatus,
    pub comment: Option<String>,
    /// The members and predikat as submitted.
    pub members: Vec<DistributionMember>,
    /// The atasan may approve or return it.
    pub can_decide: bool,
}

/// The pejabat penilai's distribution page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DistributionView {
    pub period: Option<PeriodRow>,
    pub members: Vec<DistributionMember>,
    pub submission: Option<SubmissionView>,
}
