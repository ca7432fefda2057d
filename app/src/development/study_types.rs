//! Further education (tugas belajar / izin belajar): the wire types of a study request and the
//! queues of those who decide on it.

use serde::{Deserialize, Serialize};

use crate::kernel::coded::coded_enum;
use crate::rules::{pangkat::Education, Date};

coded_enum! {
    /// Tugas belajar (the agency sends the employee, who leaves their post) or izin belajar
    /// (the employee studies beside their work).
    StudyKind {
        TugasBelajar = "tugas_belajar",
        IzinBelajar = "izin_belajar",
    }
}

coded_enum! {
    /// Where a request stands: asked, endorsed by the pejabat penilai in force, approved by the
    /// HR office, then completed when the diploma is recorded; or refused or withdrawn.
    StudyStatus {
        Submitted = "submitted",
        Endorsed = "endorsed",
        Approved = "approved",
        Rejected = "rejected",
        Withdrawn = "withdrawn",
        Completed = "completed",
    }
}

impl StudyStatus {
    /// The employee may still withdraw it.
    pub fn open(self) -> bool {
        matches!(self, StudyStatus::Submitted | StudyStatus::Endorsed)
    }
}

/// The degrees a study may lead to.
pub const STUDY_EDUCATIONS: [Education; 4] =
    [Education::D3, Education::S1, Education::S2, Education::S3];

/// A request as the employee types it (form fields, checked by the server).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StudyInput {
    pub kind: String,
    pub education: String,
    pub programme: String,
    pub institution: String,
    pub start_date: String,
    pub expected_date: String,
}

/// One request as its readers see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudyView {
    pub id: i64,
    pub employee_id: i64,
    pub employee: String,
    pub nip: String,
    pub kind: StudyKind,
    pub education: Education,
    pub programme: String,
    pub institution: String,
    pub start_date: Date,
    pub expected_date: Date,
    pub status: StudyStatus,
    pub decision_note: Option<String>,
    pub diploma_date: Option<Date>,
    pub version: i64,
}

/// The employee's page: their education on record and their requests, the newest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyStudies {
    pub education: String,
    pub requests: Vec<StudyView>,
}

/// What waits for the caller: requests of their people to endorse (as pejabat penilai in
/// force), and for the HR office those to decide and the approved ones awaiting a diploma.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StudyQueue {
    pub to_endorse: Vec<StudyView>,
    pub to_decide: Vec<StudyView>,
    pub in_study: Vec<StudyView>,
    pub hr: bool,
}
