//! Explanation traces: the data behind every "why?" in the interface.
//!
//! A trace is plain, serialisable data. The user interface translates the `rule` id into a
//! sentence in the reader's language; the inputs and output stay machine-readable so that a
//! trace stored with a result can be shown again years later.

use serde::{Deserialize, Serialize};

/// One step of a computation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Step {
    /// Stable identifier of the rule, e.g. `predikat.matrix`.
    pub rule: String,
    /// The regulation that states the rule, e.g. `PermenPANRB 6/2022 Lampiran`.
    pub regulation: String,
    /// Named inputs as they entered the rule (stable machine values, not translated text).
    pub inputs: Vec<(String, String)>,
    /// The rule's output as a stable machine value.
    pub output: String,
}

/// The ordered steps of one computation and the rule set that was in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Trace {
    pub rule_set: String,
    pub steps: Vec<Step>,
}

impl Trace {
    pub fn new() -> Self {
        Self { rule_set: crate::RULE_SET_ID.to_string(), steps: Vec::new() }
    }

    pub fn push(
        &mut self,
        rule: &str,
        regulation: &str,
        inputs: &[(&str, String)],
        output: impl Into<String>,
    ) {
        self.steps.push(Step {
            rule: rule.to_string(),
            regulation: regulation.to_string(),
            inputs: inputs.iter().map(|(k, v)| ((*k).to_string(), v.clone())).collect(),
            output: output.into(),
        });
    }
}

impl Default for Trace {
    fn default() -> Self {
        Self::new()
    }
}
