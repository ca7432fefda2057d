//! Bulk import of employees from the CSV or Excel files HR offices keep; the spreadsheet reader
//! every import shares (`sheet`).
//!
//! Every row is validated (the NIP by the rules engine, and checked against the other columns),
//! every problem is reported with its row and column, and nothing is written unless the whole
//! file is valid. Cells that a spreadsheet would run as a formula are refused (CSV injection).
//! Parsing and validation run on the server only; the error type is shared with the page.

use serde::{Deserialize, Serialize};

pub mod api;
#[cfg(feature = "ssr")]
pub mod repo;
#[cfg(feature = "ssr")]
pub mod sheet;
pub mod ui;
#[cfg(feature = "ssr")]
pub mod validate;
#[cfg(feature = "ssr")]
pub mod xlsx;

#[cfg(feature = "ssr")]
pub use validate::{check_csv, parse_csv, Checked, ImportRow, TEMPLATE_CSV};
#[cfg(feature = "ssr")]
pub use xlsx::{check_xlsx, parse_xlsx};

/// Read an import file by its content, an Excel workbook (a ZIP) or CSV text: the valid rows
/// and every problem of the others (see [`Checked`]).
#[cfg(feature = "ssr")]
pub fn check_any(bytes: &[u8], locale: crate::i18n::Locale) -> Checked {
    if bytes.starts_with(b"PK\x03\x04") {
        check_xlsx(bytes, locale)
    } else {
        check_csv(bytes, locale)
    }
}

/// The jenjang titles and education levels a record may hold (import files and the edit form).
pub const JENJANG: [&str; 8] = [
    "Pemula",
    "Terampil",
    "Mahir",
    "Penyelia",
    "Ahli Pertama",
    "Ahli Muda",
    "Ahli Madya",
    "Ahli Utama",
];
pub const EDUCATION: [&str; 11] =
    ["SD", "SLTP", "SLTA", "D-I", "D-II", "D-III", "D-IV", "S1", "S2", "S3", "Profesi"];

/// One problem, by line and column, with a message in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportError {
    /// 1-based line in the file (the header is line 1).
    pub line: usize,
    pub column: Option<String>,
    pub message: String,
}
