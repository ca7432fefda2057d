//! A scenario as the employee builds it, and its projection: the page and the tests run this
//! one function, and it must answer exactly what the rules API answers for the same input.
//! The same plan is what the server saves, after [`ScenarioPlan::check`].

use serde::{Deserialize, Serialize};

use crate::rules::{
    career::retirement,
    promotion::CareerRecord,
    simulator::{project, PredikatPlan, Projection, Scenario, ScenarioEvent, SimulationError},
    Date, Predikat, RuleSet,
};

/// Scenarios a person may compare at once.
pub const MAX_SCENARIOS: usize = 4;
/// Years a per-year predikat plan may name (the last one repeats to retirement).
pub const MAX_PLAN_YEARS: usize = 15;
/// Events one scenario may hold.
pub const MAX_EVENTS: usize = 12;
/// Characters of a scenario's name.
pub const MAX_NAME: usize = 60;

/// What a scenario assumes: the predikat of every year and the events on the way. This is
/// what the rules need, what the server saves and what a shared scenario shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioPlan {
    /// The predikat of every year, or of the years after `per_year` runs out.
    pub predikat: Predikat,
    /// One predikat per year from the start year when not empty; the last one repeats.
    #[serde(default)]
    pub per_year: Vec<Predikat>,
    #[serde(default)]
    pub events: Vec<ScenarioEvent>,
}

/// Why a plan cannot be simulated or saved, by the form field it blames.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanProblem {
    TooManyYears,
    TooManyEvents,
    EventBeforeStart(usize),
    EventAfterRetirement(usize),
    DiplomaBeforeBirth(usize),
}

impl ScenarioPlan {
    /// The rules' scenario of this plan, starting on `start`.
    pub fn scenario(&self, start: Date) -> Scenario {
        let plan = if self.per_year.is_empty() {
            PredikatPlan::Every { predikat: self.predikat }
        } else {
            PredikatPlan::Sequence { predikat: self.per_year.clone() }
        };
        Scenario { start, plan, events: self.events.clone() }
    }

    /// The plan's problems for `record` starting `today` (none: it can be simulated and saved).
    /// The page refuses the same inputs before they reach the plan; the server checks again.
    pub fn check(&self, rules: &RuleSet, record: &CareerRecord, today: Date) -> Vec<PlanProblem> {
        let mut problems = Vec::new();
        if self.per_year.len() > MAX_PLAN_YEARS {
            problems.push(PlanProblem::TooManyYears);
        }
        if self.events.len() > MAX_EVENTS {
            problems.push(PlanProblem::TooManyEvents);
        }
        let pension = retirement(rules, record.birth_date, record.position).0.pension_date;
        for (i, e) in self.events.iter().enumerate() {
            let on = e.date();
            if matches!(e, ScenarioEvent::DiplomaObtained { .. }) && on <= record.birth_date {
                problems.push(PlanProblem::DiplomaBeforeBirth(i));
            } else if on < today {
                problems.push(PlanProblem::EventBeforeStart(i));
            } else if on >= pension {
                problems.push(PlanProblem::EventAfterRetirement(i));
            }
        }
        problems
    }
}

/// One scenario on the page: a key for the page, a name, its plan, and where it is saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub key: u32,
    pub name: String,
    #[serde(flatten)]
    pub plan: ScenarioPlan,
    /// The saved scenario this card edits, at the version it was loaded or saved as.
    #[serde(default)]
    pub saved: Option<SavedRef>,
}

/// A saved scenario's id and the version a card holds (the next save must name it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedRef {
    pub id: i64,
    pub version: i64,
}

impl Draft {
    /// A new, unsaved scenario with the same predikat every year and no events.
    pub fn new(key: u32, predikat: Predikat) -> Draft {
        Draft {
            key,
            name: String::new(),
            plan: ScenarioPlan { predikat, per_year: Vec::new(), events: Vec::new() },
            saved: None,
        }
    }

    /// The rules' scenario of this draft, starting on `start`.
    pub fn scenario(&self, start: Date) -> Scenario {
        self.plan.scenario(start)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{career::Position, pangkat::Education};

    fn record() -> CareerRecord {
        serde_json::from_value(serde_json::json!({
            "birth_date": "1990-04-12", "golongan": "III/a", "tmt_golongan": "2022-04-01",
            "position": {"type": "pelaksana"}, "education": "s1",
        }))
        .unwrap()
    }

    #[test]
    fn a_plan_names_each_event_it_refuses() {
        let rules = RuleSet::current();
        let today: Date = "2026-12-07".parse().unwrap();
        let r = record();
        assert_eq!(r.position, Position::Pelaksana);
        assert_eq!(r.golongan.code(), "III/a");
        let plan = ScenarioPlan {
            predikat: Predikat::Baik,
            per_year: vec![Predikat::Baik; MAX_PLAN_YEARS + 1],
            events: vec![
                ScenarioEvent::VacancyAvailable { date: "2027-01-01".parse().unwrap() },
                ScenarioEvent::VacancyAvailable { date: "2026-01-01".parse().unwrap() },
                ScenarioEvent::DiplomaObtained {
                    date: "1980-01-01".parse().unwrap(),
                    education: Education::S2,
                },
                ScenarioEvent::VacancyAvailable { date: "2090-01-01".parse().unwrap() },
            ],
        };
        assert_eq!(
            plan.check(&rules, &r, today),
            vec![
                PlanProblem::TooManyYears,
                PlanProblem::EventBeforeStart(1),
                PlanProblem::DiplomaBeforeBirth(2),
                PlanProblem::EventAfterRetirement(3),
            ]
        );
        let fine = ScenarioPlan { per_year: vec![Predikat::SangatBaik], ..plan };
        let fine = ScenarioPlan { events: fine.events[..1].to_vec(), ..fine };
        assert!(fine.check(&rules, &r, today).is_empty());
    }

    #[test]
    fn a_per_year_plan_is_a_sequence_and_an_empty_one_the_same_every_year() {
        let start: Date = "2027-01-01".parse().unwrap();
        let mut d = Draft::new(1, Predikat::Baik);
        assert_eq!(d.scenario(start).plan, PredikatPlan::Every { predikat: Predikat::Baik });
        d.plan.per_year = vec![Predikat::SangatBaik, Predikat::Baik];
        assert_eq!(
            d.scenario(start).plan,
            PredikatPlan::Sequence { predikat: vec![Predikat::SangatBaik, Predikat::Baik] }
        );
        // A draft kept before per-year plans existed still loads.
        let old: Draft =
            serde_json::from_str(r#"{"key":3,"name":"x","predikat":"sangat_baik","events":[]}"#)
                .unwrap();
        assert_eq!(old.plan.predikat, Predikat::SangatBaik);
        assert!(old.plan.per_year.is_empty() && old.saved.is_none());
    }
}
