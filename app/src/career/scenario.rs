//! A scenario as the employee builds it, and its projection: the page and the tests run this
//! one function, and it must answer exactly what the rules API answers for the same input.

use serde::{Deserialize, Serialize};

use crate::rules::{
    promotion::CareerRecord,
    simulator::{project, PredikatPlan, Projection, Scenario, ScenarioEvent, SimulationError},
    Date, Predikat, RuleSet,
};

/// Scenarios a person may compare at once.
pub const MAX_SCENARIOS: usize = 4;

/// One scenario as the employee builds it: a name, the predikat of every year, and events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub key: u32,
    pub name: String,
    pub predikat: Predikat,
    pub events: Vec<ScenarioEvent>,
}

impl Draft {
    /// The rules' scenario of this draft, starting on `start`.
    pub fn scenario(&self, start: Date) -> Scenario {
        Scenario {
            start,
            plan: PredikatPlan::Every { predikat: self.predikat },
            events: self.events.clone(),
        }
    }
}

/// The projection of a draft from `today`, or why it cannot be computed.
pub fn compute(
    rules: &RuleSet,
    record: &CareerRecord,
    today: Date,
    draft: &Draft,
) -> Result<Projection, SimulationError> {
    project(rules, record, &draft.scenario(today)).map(|(p, _)| p)
}
