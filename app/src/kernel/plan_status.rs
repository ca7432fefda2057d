//! Where a plan stands, which every feature that touches a plan reads (the plan, its reviews,
//! tasks, the dashboard, the annual review).

use crate::kernel::coded::coded_enum;

coded_enum! {
    /// Where a plan stands: the owner drafts, submits; the pejabat penilai approves or returns.
    PlanStatus {
        Draft = "draft",
        Submitted = "submitted",
        Approved = "approved",
        Returned = "returned",
    }
}

impl PlanStatus {
    /// The statuses in which the owner may still change the plan.
    pub const EDITABLE: [PlanStatus; 2] = [PlanStatus::Draft, PlanStatus::Returned];

    pub fn is_editable(self) -> bool {
        Self::EDITABLE.contains(&self)
    }

    /// The code of a plan that may not be started yet (`None`): `none`, as pages mark it.
    pub fn code_or_none(status: Option<PlanStatus>) -> &'static str {
        status.map_or("none", PlanStatus::code)
    }
}
