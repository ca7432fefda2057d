//! Who may read a plan and what its viewer may do on its page.

use crate::{
    auth::{CurrentUser, Role},
    kernel::{plan_head::PlanHead, plan_status::PlanStatus},
};

use super::{is_party, is_staff_of, Parties};

impl PlanHead {
    pub fn parties(&self) -> Parties {
        Parties {
            agency_id: self.agency_id,
            employee_id: self.employee_id,
            penilai_id: self.penilai_id,
            atasan_id: self.atasan_id,
        }
    }
}

/// Who may read the plan: its owner, pejabat penilai and atasan, and the agency's HR office
/// and tim evaluasi. Everyone else is told it does not exist.
pub fn can_read_plan(user: &CurrentUser, plan: &PlanHead) -> bool {
    is_party(user.employee_id, &plan.parties()) || is_staff_of(user, plan.agency_id)
}

/// May `user` ask for 360 input on the plan: its pejabat penilai or the HR office.
pub fn can_invite_360(user: &CurrentUser, plan: &PlanHead) -> bool {
    let is_penilai = user.employee_id.is_some() && user.employee_id == plan.penilai_id;
    is_penilai || is_hr_of_plan(user, plan)
}

/// May `user` read the plan's 360 summary: its parties and the HR office.
pub fn can_read_360_summary(user: &CurrentUser, plan: &PlanHead) -> bool {
    is_party(user.employee_id, &plan.parties()) || is_hr_of_plan(user, plan)
}

/// The plan's agency HR office (admin instansi): invites 360 raters and reads their summary
/// beside the pejabat penilai.
pub fn is_hr_of_plan(user: &CurrentUser, plan: &PlanHead) -> bool {
    user.has(Role::AdminInstansi) && user.agency_id == Some(plan.agency_id)
}

/// The plan's agency tim evaluasi: writes review notes on it.
pub fn is_evaluator_of_plan(user: &CurrentUser, plan: &PlanHead) -> bool {
    user.has(Role::TimEvaluasi) && user.agency_id == Some(plan.agency_id)
}

/// What the viewer (employee `viewer`) may do on a plan's page while its period is `open`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanActions {
    /// The owner changes a draft or returned plan.
    pub edit: bool,
    /// The pejabat penilai approves or returns a submitted plan.
    pub review: bool,
    /// The pejabat penilai rates an approved plan.
    pub rate: bool,
    /// The owner and the pejabat penilai write to each other.
    pub give_feedback: bool,
}

pub fn plan_actions(plan: &PlanHead, viewer: Option<i64>, open: bool) -> PlanActions {
    let is_owner = viewer == Some(plan.employee_id);
    let is_penilai = viewer.is_some() && viewer == plan.penilai_id;
    PlanActions {
        edit: open && is_owner && plan.status.is_editable(),
        review: open && is_penilai && plan.status == PlanStatus::Submitted,
        rate: open && is_penilai && plan.status == PlanStatus::Approved,
        give_feedback: is_owner || is_penilai,
    }
}
