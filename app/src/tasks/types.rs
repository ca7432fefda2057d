//! The shapes the tasks page and the header badge exchange with the server.

use serde::{Deserialize, Serialize};

use crate::{kernel::coded::coded_enum, rules::Date};

coded_enum! {
    /// What a task asks the caller to do.
    TaskKind {
        PlanStart = "plan_start",
        PlanReturned = "plan_returned",
        PlanReview = "plan_review",
        PlanRate = "plan_rate",
        AppealDecide = "appeal_decide",
        AppealDecided = "appeal_decided",
        DistributionDecide = "distribution_decide",
        DistributionReturned = "distribution_returned",
        Answer360 = "answer_360",
        LearningJp = "learning_jp",
        StudyEndorse = "study_endorse",
        IdpAgree = "idp_agree",
        IdpReturned = "idp_returned",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    pub kind: TaskKind,
    /// Whom it is about, when it is about someone else.
    pub subject: Option<String>,
    pub href: String,
    /// The deadline, when one applies.
    pub due: Option<Date>,
    /// Days from today (the server's) to the deadline; negative when late.
    pub days_left: Option<i64>,
}

/// A task is a reminder once its deadline is this close (or past).
pub const REMIND_DAYS: i64 = 7;

/// The header's notification badge: how many tasks, and how many are due within
/// [`REMIND_DAYS`] days or late.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaskCount {
    pub total: usize,
    pub urgent: usize,
}

impl TaskCount {
    pub fn of(tasks: &[Task]) -> TaskCount {
        TaskCount {
            total: tasks.len(),
            urgent: tasks.iter().filter(|t| t.days_left.is_some_and(|d| d <= REMIND_DAYS)).count(),
        }
    }
}
