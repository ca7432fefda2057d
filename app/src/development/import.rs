//! The HR office's imports (server only): the training catalogue and completed learning from an
//! Excel workbook or CSV file. The file is read by the shared reader (`import::sheet`); each row
//! is checked by the same rule as the form that adds one (`checked_offering`,
//! `checks::learning`), and a refusal names the row, the column and why in the reader's
//! language. Nothing is written unless every row is valid.

use std::collections::HashMap;

use crate::development::types::OfferingInput;
use crate::import::{sheet, ImportError};
use crate::{i18n::Locale, kernel::error::AppError};

/// The catalogue's columns, as the export writes them; the first ten are required, the
/// eligibility criteria (the last five) may be left out.
pub const OFFERING_COLUMNS: [&str; 15] = [
    "Judul",
    "Jalur",
    "Bentuk",
    "JP",
    "Penyelenggara",
    "Moda",
    "Mulai",
    "Selesai",
    "Batas Pendaftaran",
    "Kuota",
    "Predikat Minimal",
    "Jenis ASN",
    "Golongan Terendah",
    "Golongan Tertinggi",
    "Kode Unit",
];
const OFFERING_REQUIRED: usize = 10;

/// The form field each catalogue column fills, in the order of [`OFFERING_COLUMNS`].
const OFFERING_FIELDS: [&str; 15] = [
    "title",
    "path",
    "form",
    "jp",
    "provider",
    "mode",
    "start_date",
    "end_date",
    "apply_by",
    "quota",
    "min_predikat",
    "asn_kind",
    "min_golongan",
    "max_golongan",
    "unit_code",
];

/// Completed learning: whose (by NIP), what, how long and when.
pub const LEARNING_COLUMNS: [&str; 8] =
    ["NIP", "Judul", "Jalur", "Bentuk", "JP", "Penyelenggara", "Mulai", "Selesai"];
const LEARNING_FIELDS: [&str; 8] =
    ["nip", "title", "path", "form", "jp", "provider", "start_date", "end_date"];

/// The template's example rows (codes as the export writes them).
pub const OFFERING_EXAMPLE: [&str; 15] = [
    "Pelatihan Kepemimpinan Pengawas",
    "klasikal",
    "kepemimpinan",
    "40",
    "BPSDM Provinsi",
    "tatap_muka",
    "2027-03-01",
    "2027-03-05",
    "2027-02-15",
    "30",
    "baik",
    "pns",
    "III/a",
    "III/d",
    "",
];
pub const LEARNING_EXAMPLE: [&str; 8] = [
    "199603012022042001",
    "E-learning Literasi Digital",
    "nonklasikal",
    "e_learning",
    "10",
    "LAN RI",
    "2026-05-04",
    "2026-05-08",
];

/// A refused row: the column of the field the form check named, and why.
fn row_problem(
    line: usize,
    error: &AppError,
    columns: &[&str],
    fields: &[&str],
    locale: Locale,
) -> Vec<ImportError> {
    let t = locale.texts();
    let words = |r| crate::development::reason_texts::text(r, locale);
    match error {
        AppError::Invalid(problems) => problems
            .iter()
            .map(|p| {
                let field = p.field.as_deref().unwrap_or_default();
                let name = field.trim_start_matches("input[").trim_end_matches(']');
                let column = fields.iter().position(|f| *f == name).map(|i| columns[i].to_string());
                let why = words(p.reason).unwrap_or_else(|| t.invalid(p.reason)).to_string();
                ImportError { line, column, message: why }
            })
            .collect(),
        other => vec![ImportError { line, column: None, message: other.message(t) }],
    }
}

/// The catalogue rows of a file as offering inputs (each with its line), or the file's
/// problems. A row that only repeats an earlier row's title and start is refused too.
pub fn offering_rows(bytes: &[u8], locale: Locale) -> sheet::Checked<(usize, OfferingInput)> {
    let file = sheet::read_any(bytes, locale)?;
    let at = sheet::positions(&file.headers, &OFFERING_COLUMNS, OFFERING_REQUIRED, locale)?;
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut errors = file.problems;
    let mut rows = Vec::new();
    for (line, record) in file.records {
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let c = sheet::cells(&record, &at);
        let key = (c[0].to_lowercase(), c[6].clone());
        if let Some(first) = seen.insert(key, line) {
            errors.push(duplicate(line, first, locale));
            continue;
        }
        let [title, path, form, jp, provider, mode, start_date, end_date, apply_by, quota, min_predikat, asn_kind, min_golongan, max_golongan, unit_code] =
            c;
        let input = OfferingInput {
            title,
            path,
            form,
            jp,
            provider,
            mode,
            start_date,
            end_date,
            apply_by,
            quota,
            min_predikat,
            asn_kind,
            min_golongan,
            max_golongan,
            unit_code,
        };
        rows.push((line, input));
    }
    if rows.is_empty() && errors.is_empty() {
        return Err(sheet::empty(locale));
    }
    Ok((rows, errors))
}

/// The learning rows of a file: `(line, nip, cells by [`LEARNING_FIELDS`])`.
pub fn learning_rows(bytes: &[u8], locale: Locale) -> sheet::Checked<(usize, [String; 8])> {
    let file = sheet::read_any(bytes, locale)?;
    let at = sheet::positions(&file.headers, &LEARNING_COLUMNS, LEARNING_COLUMNS.len(), locale)?;
    let mut seen: HashMap<(String, String, String), usize> = HashMap::new();
    let mut errors = file.problems;
    let mut rows = Vec::new();
    for (line, record) in file.records {
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let c = sheet::cells(&record, &at);
        let key = (c[0].clone(), c[1].to_lowercase(), c[6].clone());
        if let Some(first) = seen.insert(key, line) {
            errors.push(duplicate(line, first, locale));
            continue;
        }
        rows.push((line, c));
    }
    if rows.is_empty() && errors.is_empty() {
        return Err(sheet::empty(locale));
    }
    Ok((rows, errors))
}

fn duplicate(line: usize, first: usize, locale: Locale) -> ImportError {
    ImportError {
        line,
        column: None,
        message: sheet::msg(
            locale,
            &format!("Baris ganda: sama dengan baris {first}."),
            &format!("Duplicate row: the same as line {first}."),
        ),
    }
}

/// A refused catalogue row.
pub fn offering_problem(line: usize, error: &AppError, locale: Locale) -> Vec<ImportError> {
    row_problem(line, error, &OFFERING_COLUMNS, &OFFERING_FIELDS, locale)
}

/// A refused learning row.
pub fn learning_problem(line: usize, error: &AppError, locale: Locale) -> Vec<ImportError> {
    row_problem(line, error, &LEARNING_COLUMNS, &LEARNING_FIELDS, locale)
}

/// A row already in the database (the catalogue, or the employee's record).
pub fn already(line: usize, locale: Locale) -> ImportError {
    ImportError {
        line,
        column: None,
        message: sheet::msg(
            locale,
            "Sudah tercatat (judul dan tanggal mulai yang sama); hapus baris ini dari berkas.",
            "Already recorded (the same title and start date); remove this row from the file.",
        ),
    }
}

/// The uploaded file's bytes (sent base64-encoded: a server function carries text).
pub fn decoded(file_base64: &str) -> Result<Vec<u8>, AppError> {
    use base64::{engine::general_purpose::STANDARD, Engine as _};
    STANDARD
        .decode(file_base64.trim())
        .map_err(|_| AppError::InvalidInput { field: "file_base64".into(), value: "base64".into() })
}

/// The outcome: every problem sorted by line (nothing written), or the rows to write.
pub fn outcome<T>(rows: Vec<T>, mut errors: Vec<ImportError>) -> Result<Vec<T>, Vec<ImportError>> {
    if errors.is_empty() {
        Ok(rows)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}
