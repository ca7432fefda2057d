//! The individual development plan (rencana pengembangan individu): the wire types of a plan,
//! its actions, and the suggestions it starts from.

use serde::{Deserialize, Serialize};

use crate::development::types::{ApplicationStatus, RecordStatus};
use crate::kernel::coded::coded_enum;
use crate::rules::{
    idp::{ActionKind, Basis, Focus, Source, Suggestion},
    Date,
};

coded_enum! {
    /// Where a plan stands: the employee's draft (also after the penilai returned it), sent
    /// to the pejabat penilai, or agreed (then followed action by action).
    IdpStatus {
        Draft = "draft",
        Submitted = "submitted",
        Agreed = "agreed",
    }
}

impl IdpStatus {
    /// The plan status whose label says the same (draft, waiting, agreed), so the dashboard
    /// needs no words of its own.
    pub fn as_plan_status(self) -> crate::kernel::plan_status::PlanStatus {
        use crate::kernel::plan_status::PlanStatus;
        match self {
            IdpStatus::Draft => PlanStatus::Draft,
            IdpStatus::Submitted => PlanStatus::Submitted,
            IdpStatus::Agreed => PlanStatus::Approved,
        }
    }
}

coded_enum! {
    /// How far an agreed action has come.
    Progress {
        Planned = "planned",
        InProgress = "in_progress",
        Done = "done",
        Dropped = "dropped",
    }
}

/// The most actions one plan holds (a plan is a focus, not a wish list).
pub const MAX_ACTIONS: usize = 12;

/// One action of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdpAction {
    pub id: i64,
    pub focus: Focus,
    pub kind: ActionKind,
    /// The suggestion it came from; `None` for the employee's own.
    pub source: Option<Source>,
    pub description: String,
    pub offering_id: Option<i64>,
    pub offering_title: Option<String>,
    /// The employee's application to the linked offering, if any.
    pub application: Option<ApplicationStatus>,
    /// The employee's learning record of the linked offering, if any.
    pub learned: Option<RecordStatus>,
    pub target_date: Date,
    pub progress: Progress,
    pub progress_note: Option<String>,
}

/// A plan with its actions in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdpPlan {
    pub id: i64,
    pub employee_id: i64,
    pub employee: String,
    pub nip: String,
    pub year: i64,
    pub status: IdpStatus,
    /// The penilai's note when they returned it.
    pub review_note: Option<String>,
    pub agreed_by: Option<String>,
    pub version: i64,
    pub actions: Vec<IdpAction>,
}

impl IdpPlan {
    /// Actions done, and those that count (a dropped action does not).
    pub fn done_of(&self) -> (usize, usize) {
        let counted = self.actions.iter().filter(|a| a.progress != Progress::Dropped);
        let done = counted.clone().filter(|a| a.progress == Progress::Done).count();
        (done, counted.count())
    }
}

/// An offering an action may link to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferingChoice {
    pub id: i64,
    pub title: String,
    pub start_date: Date,
}

/// The employee's page (or their penilai's view of it): the year's plan, and the suggestions
/// of the latest assessment with where they come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdpPage {
    pub year: i64,
    /// The year of the assessment the suggestions come from (`None`: not rated yet).
    pub basis_year: Option<i64>,
    pub basis: Basis,
    pub suggestions: Vec<Suggestion>,
    pub plan: Option<IdpPlan>,
    pub offerings: Vec<OfferingChoice>,
}

/// An action as the employee types it (form fields, checked by the server).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionInput {
    pub focus: String,
    pub kind: String,
    pub description: String,
    /// An offering id, or empty.
    #[serde(default)]
    pub offering_id: String,
    pub target_date: String,
}

/// One of the penilai's people and their plan of the year, if any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TeamIdp {
    pub employee_id: i64,
    pub name: String,
    pub nip: String,
    pub plan: Option<IdpPlan>,
}

/// The dashboard's line: the caller's plan of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdpSummary {
    pub year: i64,
    pub status: Option<IdpStatus>,
    pub done: usize,
    pub total: usize,
}
