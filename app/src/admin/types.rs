//! The shapes this feature's pages and server functions exchange.

use serde::{Deserialize, Serialize};

use crate::{
    auth::Role,
    kernel::coded::coded_enum,
    rules::{distribution::OrgPredikat, Date},
};

coded_enum! {
    /// How often the periodic evaluations of a year fall.
    Frequency {
        Monthly = "monthly",
        Quarterly = "quarterly",
    }
}

coded_enum! {
    /// Whether an assessment period is still open for plans and ratings.
    PeriodStatus {
        Open = "open",
        Closed = "closed",
    }
}

/// An agency's annual assessment period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct PeriodRow {
    pub id: i64,
    pub year: i64,
    pub frequency: Frequency,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "String"))]
    pub plan_deadline: Date,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "String"))]
    pub rating_deadline: Date,
    pub appeal_days: i64,
    /// Predikat kinerja organisasi, for the distribution; none until the HR office sets it.
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::kernel::db::NullableText"))]
    pub org_predikat: Option<OrgPredikat>,
    pub status: PeriodStatus,
    pub version: i64,
}

impl PeriodRow {
    /// The evaluation periods of the year (1..=4 or 1..=12); 0 is the year itself.
    pub fn evaluations(&self) -> i64 {
        match self.frequency {
            Frequency::Monthly => 12,
            Frequency::Quarterly => 4,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct AgencyRow {
    pub id: i64,
    pub code: String,
    pub name: String,
    /// `province`, `city`, `regency` or `national`.
    pub region_kind: String,
    pub region_name: String,
    pub units: i64,
    pub employees: i64,
}

/// A role granted to an account of the agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleGrant {
    pub user_id: i64,
    pub username: String,
    pub display_name: String,
    pub nip: Option<String>,
    pub role: Role,
}

/// A unit as the tree lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct UnitRow {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub code: String,
    pub name: String,
    pub version: i64,
    /// 0 for a top unit (set when the tree is ordered, not read).
    #[cfg_attr(feature = "ssr", sqlx(skip))]
    pub depth: u32,
    pub employees: i64,
}
