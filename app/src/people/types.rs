//! The shapes of employee records and correction requests as pages and server functions
//! exchange them.

use serde::{Deserialize, Serialize};

use crate::{kernel::coded::coded_enum, rules::Date};

coded_enum! {
    /// The ASN type (the import template's `PNS` / `PPPK`).
    EmployeeKind {
        Pns = "pns",
        Pppk = "pppk",
    }
}

coded_enum! {
    /// Jenis kelamin (the import template's `L` / `P`).
    Gender {
        Male = "m",
        Female = "f",
    }
}

coded_enum! {
    /// The kind of position (the import template's `Struktural` / `Fungsional` / `Pelaksana`).
    PositionKind {
        Structural = "structural",
        Functional = "functional",
        Executor = "executor",
    }
}

coded_enum! {
    /// What a line of an employee's history records.
    HistoryKind {
        Rank = "rank",
        Position = "position",
        Education = "education",
    }
}

impl EmployeeKind {
    /// As the import template and the edit form spell it.
    pub fn label(self) -> &'static str {
        match self {
            EmployeeKind::Pns => "PNS",
            EmployeeKind::Pppk => "PPPK",
        }
    }
}

impl Gender {
    /// As the import template and the edit form spell it (laki-laki / perempuan).
    pub fn label(self) -> &'static str {
        match self {
            Gender::Male => "L",
            Gender::Female => "P",
        }
    }
}

impl PositionKind {
    /// As the import template and the edit form spell it.
    pub fn label(self) -> &'static str {
        match self {
            PositionKind::Structural => "Struktural",
            PositionKind::Functional => "Fungsional",
            PositionKind::Executor => "Pelaksana",
        }
    }
}

/// A line of the HR office's employee list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct EmployeeRow {
    pub id: i64,
    pub nip: String,
    pub name: String,
    pub golongan: Option<String>,
    pub position_name: String,
    pub unit: String,
}

/// One line of the history of ranks, positions or education.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct HistoryLine {
    pub kind: HistoryKind,
    pub value: String,
    pub detail: Option<String>,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::kernel::db::NullableText"))]
    pub start_date: Option<Date>,
}

/// A reporting line: who assessed (or assesses) the employee, over which dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct LineRow {
    pub penilai: String,
    pub penilai_nip: String,
    pub atasan: Option<String>,
    pub atasan_nip: Option<String>,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "String"))]
    pub start_date: Date,
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::kernel::db::NullableText"))]
    pub end_date: Option<Date>,
}

/// One employee's record, with what the rules derive from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmployeeProfile {
    pub id: i64,
    /// The version the HR office's edit form sends back (optimistic concurrency).
    pub version: i64,
    pub nip: String,
    pub name: String,
    pub kind: EmployeeKind,
    pub gender: Gender,
    pub birth_date: Date,
    pub golongan: Option<String>,
    /// The pangkat title of the golongan (rules engine).
    pub pangkat: Option<String>,
    pub position_kind: PositionKind,
    pub position_name: String,
    pub jenjang: Option<String>,
    /// A structural position's eselon, by code (`ii_b`).
    pub eselon: Option<String>,
    pub education: String,
    pub golongan_tmt: Option<Date>,
    pub position_tmt: Option<Date>,
    pub education_date: Option<Date>,
    pub angka_kredit: f64,
    pub unit: String,
    pub unit_code: String,
    pub agency: String,
    pub penilai: Option<String>,
    pub atasan: Option<String>,
    /// Retirement age and pension date from the rules engine (`None` when the position does not
    /// determine them).
    pub bup: Option<u32>,
    pub pension_date: Option<Date>,
    /// Newest first within each kind.
    pub history: Vec<HistoryLine>,
    /// Newest first.
    pub lines: Vec<LineRow>,
}

/// The parts of a record a correction may concern (stable codes; the page translates them).
pub const FIELDS: [&str; 8] =
    ["nip", "name", "birth_date", "golongan", "position", "education", "unit", "other"];

coded_enum! {
    /// Where a correction request stands: open until the HR office resolves it.
    CorrectionStatus {
        Open = "open",
        Done = "done",
        Rejected = "rejected",
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct CorrectionRow {
    pub id: i64,
    pub employee_id: i64,
    pub nip: String,
    pub name: String,
    pub field: String,
    pub message: String,
    pub created_at_ms: i64,
    /// Sent back when the HR office resolves the request (optimistic concurrency).
    pub version: i64,
}

/// One of the caller's own requests, with the HR office's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct MyCorrection {
    pub id: i64,
    pub field: String,
    pub message: String,
    pub status: CorrectionStatus,
    pub response_note: Option<String>,
    pub created_at_ms: i64,
}
