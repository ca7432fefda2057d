//! The shapes the career page exchanges with the server.

use serde::{Deserialize, Serialize};

use crate::{
    career::scenario::ScenarioPlan,
    kernel::coded::coded_enum,
    rules::{promotion::CareerRecord, simulator::ScenarioEvent, Date},
};

coded_enum! {
    /// Why a stored record cannot be simulated yet, and so what the HR office must complete.
    /// PPPK have no pangkat (no rank to promote); a structural position needs its eselon,
    /// which the record does not hold yet.
    CareerGap {
        Pppk = "pppk",
        NoGolongan = "no_golongan",
        NoGolonganTmt = "no_golongan_tmt",
        NoEselon = "no_eselon",
        NoJenjang = "no_jenjang",
        UnknownEducation = "unknown_education",
    }
}

/// One employee's career as the simulator takes it: who, and their stored record in the
/// promotion rules' terms (or what is missing from it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CareerData {
    pub employee_id: i64,
    pub name: String,
    pub nip: String,
    pub position_name: String,
    /// Whether the caller is the employee (counsellors read, they do not plan).
    pub own: bool,
    pub record: Result<CareerRecord, CareerGap>,
    /// The server's today: what "now" means for eligibility and the scenarios' start.
    pub today: Date,
    /// Events already decided, which every new scenario starts with: the diploma of an
    /// approved tugas belajar or izin belajar at its expected date.
    #[serde(default)]
    pub planned: Vec<ScenarioEvent>,
}

/// A scenario the employee saved: named, versioned, computed with a rule set, perhaps shared
/// with their counsellors, with its comment thread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedScenario {
    pub id: i64,
    pub employee_id: i64,
    pub name: String,
    /// Every save adds a version; a save must name the version it changes.
    pub version: i64,
    /// The rule set the employee saw when they saved it (the page re-runs it with the rules in
    /// force and says so when they differ).
    pub rule_set_id: String,
    pub shared: bool,
    /// When the version was saved (milliseconds since the epoch).
    pub saved_at_ms: i64,
    pub plan: ScenarioPlan,
    pub comments: Vec<ScenarioComment>,
}

/// One comment of a saved scenario's thread.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioComment {
    pub id: i64,
    pub author: String,
    /// Whether the scenario's owner wrote it (the page tells the two sides apart).
    pub by_owner: bool,
    pub body: String,
    pub created_at_ms: i64,
}

/// A save of a scenario: a new one (`id` none) or a new version of one the caller owns.
/// `request_key` is made by the page once per save attempt, so that a resent save (a double
/// click, a retry after a lost answer) stores once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ScenarioSave {
    pub id: Option<i64>,
    pub expected_version: Option<i64>,
    pub name: String,
    pub plan: ScenarioPlan,
    pub request_key: String,
}
