//! Mentoring: the wire types of pairings, sessions, mentor suggestions and the HR office's
//! overview.

use serde::{Deserialize, Serialize};

use crate::kernel::coded::coded_enum;
use crate::rules::{mentoring::Suggestion, Date};

coded_enum! {
    /// A pairing runs until either side (or the HR office) ends it.
    PairStatus {
        Active = "active",
        Ended = "ended",
    }
}

/// A pairing as the HR office or a pejabat penilai enters it (form fields, checked by the
/// server).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairInput {
    pub mentor_id: String,
    pub mentee_id: String,
    pub goals: String,
    pub start_date: String,
    pub end_date: String,
}

/// A session as either side logs it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionInput {
    pub date: String,
    pub topic: String,
    pub minutes: String,
}

/// One logged session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionView {
    pub id: i64,
    pub date: Date,
    pub topic: String,
    pub minutes: i64,
    /// Logged by the mentor (else by the mentee).
    pub by_mentor: bool,
}

/// One pairing as its two people (and the HR office) see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairView {
    pub id: i64,
    pub mentor_id: i64,
    pub mentor: String,
    pub mentee_id: i64,
    pub mentee: String,
    pub goals: String,
    pub start_date: Date,
    pub end_date: Date,
    pub status: PairStatus,
    pub end_note: Option<String>,
    pub version: i64,
    pub sessions: Vec<SessionView>,
    pub minutes: i64,
    /// The caller is the mentor of this pairing.
    pub i_mentor: bool,
    /// The mentee has given their feedback (its content is not shown to the mentor).
    pub feedback_given: bool,
}

/// The mentoring page: the caller's pairings, and whom they may pair (their people as
/// pejabat penilai in force; the whole agency for the HR office).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MentoringPage {
    pub pairs: Vec<PairView>,
    pub may_pair: Vec<Person>,
    pub hr: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub nip: String,
    pub position_name: String,
}

/// A suggested mentor: who, and the rule's points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentorSuggestion {
    pub person: Person,
    pub active_mentees: i64,
    pub suggestion: Suggestion,
}

/// A mentor in the HR office's overview: their pairings and minutes, and the mentees'
/// feedback only when three or more gave it (fewer would tell who said what).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MentorSummary {
    pub mentor: Person,
    pub active: i64,
    pub ended: i64,
    pub minutes: i64,
    pub feedback_count: i64,
    /// The mean rating (1–5) when `feedback_count` ≥ 3.
    pub mean_rating: Option<f64>,
}

/// The fewest answers whose mean the HR office may see.
pub const FEEDBACK_MIN: i64 = 3;
