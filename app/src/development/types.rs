//! The development feature's wire types: offerings, applications with their merit positions,
//! and learning records with the year's JP.

use serde::{Deserialize, Serialize};

use crate::kernel::coded::coded_enum;
use crate::rules::{
    eligibility::Unmet,
    merit::{Component, Outcome},
    training::JpSummary,
};

coded_enum! {
    /// The three paths of competency development (Peraturan LAN 10/2018).
    LearningPath {
        Pendidikan = "pendidikan",
        Klasikal = "klasikal",
        Nonklasikal = "nonklasikal",
    }
}

coded_enum! {
    /// How an offering is held.
    Mode {
        TatapMuka = "tatap_muka",
        ELearning = "e_learning",
        Campuran = "campuran",
    }
}

coded_enum! {
    /// An offering takes applications, then the HR office decides who goes.
    OfferingStatus {
        Open = "open",
        Decided = "decided",
        Cancelled = "cancelled",
    }
}

coded_enum! {
    /// Where an application stands.
    ApplicationStatus {
        Applied = "applied",
        Offered = "offered",
        Waiting = "waiting",
        Withdrawn = "withdrawn",
    }
}

coded_enum! {
    /// A learning record, as the HR office has checked it.
    RecordStatus {
        Recorded = "recorded",
        Verified = "verified",
        Rejected = "rejected",
    }
}

/// The forms of each path (Peraturan LAN 10/2018), by code: what an offering or a record may be.
pub const FORMS: &[(LearningPath, &[&str])] = &[
    (LearningPath::Pendidikan, &["tugas_belajar", "izin_belajar"]),
    (
        LearningPath::Klasikal,
        &[
            "kepemimpinan",
            "manajerial",
            "teknis",
            "fungsional",
            "sosial_kultural",
            "seminar",
            "workshop",
            "kursus",
            "penataran",
            "bimbingan_teknis",
            "sosialisasi",
        ],
    ),
    (
        LearningPath::Nonklasikal,
        &[
            "e_learning",
            "bimbingan_di_tempat_kerja",
            "jarak_jauh",
            "magang",
            "pertukaran",
            "belajar_mandiri",
            "komunitas_belajar",
            "patok_banding",
            "detasering",
            "outbound",
        ],
    ),
];

/// Is `form` one of `path`'s forms?
pub fn is_form_of(path: LearningPath, form: &str) -> bool {
    FORMS.iter().any(|(p, forms)| *p == path && forms.contains(&form))
}

/// An offering as the HR office enters it (form fields, checked by the server).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferingInput {
    pub title: String,
    pub path: String,
    pub form: String,
    pub jp: String,
    pub provider: String,
    pub mode: String,
    pub start_date: String,
    pub end_date: String,
    pub apply_by: String,
    pub quota: String,
    /// Criteria; empty means any.
    #[serde(default)]
    pub min_predikat: String,
    #[serde(default)]
    pub asn_kind: String,
    #[serde(default)]
    pub min_golongan: String,
    #[serde(default)]
    pub max_golongan: String,
    #[serde(default)]
    pub unit_code: String,
}

/// Completed learning as the employee enters it (form fields, checked by the server); the
/// certificate (optional) is a PDF, PNG or JPEG, base64-encoded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearningInput {
    pub title: String,
    pub path: String,
    pub form: String,
    pub jp: String,
    pub provider: String,
    pub start_date: String,
    pub end_date: String,
    #[serde(default)]
    pub certificate_name: String,
    #[serde(default)]
    pub certificate_base64: String,
}

/// An offering as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferingView {
    pub id: i64,
    pub title: String,
    pub path: LearningPath,
    pub form: String,
    pub jp: i64,
    pub provider: String,
    pub mode: Mode,
    pub start_date: String,
    pub end_date: String,
    pub apply_by: String,
    pub quota: i64,
    pub min_predikat: Option<String>,
    pub asn_kind: Option<String>,
    pub min_golongan: Option<String>,
    pub max_golongan: Option<String>,
    pub unit_name: Option<String>,
    pub status: OfferingStatus,
    pub version: i64,
    /// Applications not withdrawn.
    pub applicants: i64,
    /// For an employee: the criteria they do not meet (empty: eligible) and their application.
    pub unmet: Vec<Unmet>,
    pub mine: Option<ApplicationStatus>,
}

/// One of a pejabat penilai's people, whom they may nominate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nominee {
    pub employee_id: i64,
    pub name: String,
    pub nip: String,
}

/// One applicant in the merit order, with the reason of their position.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankedApplicant {
    pub application_id: i64,
    pub employee_id: i64,
    pub name: String,
    pub nip: String,
    pub unit: String,
    pub nominated: bool,
    pub position: u32,
    pub score: f64,
    pub components: Vec<Component>,
    pub outcome: Outcome,
    pub status: ApplicationStatus,
}

/// The HR office's view of one offering's applicants, in merit order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RankedList {
    pub offering: OfferingView,
    /// One page of the merit order (`RANKED_PAGE_SIZE` rows from `first_position`).
    pub rows: Vec<RankedApplicant>,
    /// Applicants in the whole order.
    pub total: u32,
    /// 1-based page shown.
    pub page: u32,
}

/// Applicants per page of the ranked list: the whole order is ranked on every request (a
/// position depends on everyone), but a page of 5,000 names helps no one.
pub const RANKED_PAGE_SIZE: u32 = 100;

/// An employee's application and its outcome, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyApplication {
    pub id: i64,
    pub offering_id: i64,
    pub title: String,
    pub status: ApplicationStatus,
    pub nominated: bool,
    /// Once decided: the position, score and components it was decided on.
    pub position: Option<u32>,
    pub score: Option<f64>,
    pub components: Vec<Component>,
    pub quota: i64,
}

/// A completed learning activity on an employee's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearningRecordView {
    pub id: i64,
    pub title: String,
    pub path: LearningPath,
    pub form: String,
    pub jp: i64,
    pub provider: String,
    pub start_date: String,
    pub end_date: String,
    pub year: i64,
    pub certificate_name: Option<String>,
    pub status: RecordStatus,
    pub version: i64,
}

/// An employee's learning in one year: the records and the JP against the rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearningYear {
    pub year: i64,
    pub records: Vec<LearningRecordView>,
    /// Verified and recorded learning count (a rejected record does not).
    pub jp: JpSummary,
}

/// One unit's JP compliance in a year.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitCompliance {
    pub code: String,
    pub name: String,
    pub pns: i64,
    /// PNS under the yearly minimum.
    pub pns_below: i64,
    pub pppk: i64,
    /// PPPK over the yearly maximum.
    pub pppk_above: i64,
    /// All JP counted in the unit (not rejected).
    pub jp_total: i64,
}

/// A learning record waiting for the HR office's verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingRecord {
    pub employee: String,
    pub nip: String,
    pub unit: String,
    pub record: LearningRecordView,
}
