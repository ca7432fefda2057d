//! The employee import from an Excel workbook: the shared reader (`import::sheet`) refuses
//! formula cells (formula injection, whatever their cached value) and long numbers Excel has
//! already rounded (a NIP typed as a number); the rows then go through the same checks as CSV.

use std::collections::HashSet;

use super::ImportRow;
use crate::i18n::Locale;
use crate::import::sheet;
use crate::import::validate::{all_or_problems, check_records, Checked, COLUMNS};
use crate::import::ImportError;

pub fn parse_xlsx(bytes: &[u8], locale: Locale) -> Result<Vec<ImportRow>, Vec<ImportError>> {
    check_xlsx(bytes, locale).and_then(all_or_problems)
}

/// [`parse_xlsx`], keeping the valid rows beside the problems (see [`Checked`]).
pub fn check_xlsx(bytes: &[u8], locale: Locale) -> Checked {
    let file = sheet::read_xlsx(bytes, locale)?;
    let mut errors: Vec<ImportError> = file.problems.into_iter().map(template_column).collect();
    let (rows, mut more) = check_records(file.headers, file.records, Vec::new(), locale)?;
    errors.append(&mut more);
    errors.sort_by_key(|e| e.line);
    // A row with a formula cell is not imported, even when its cached values are valid.
    let refused: HashSet<usize> = errors.iter().map(|e| e.line).collect();
    let rows = rows.into_iter().filter(|r| !refused.contains(&r.line)).collect();
    Ok((rows, errors))
}

/// A problem named by the template's spelling of its column, however the file wrote it.
fn template_column(mut e: ImportError) -> ImportError {
    e.column = e
        .column
        .map(|c| COLUMNS.iter().find(|k| k.eq_ignore_ascii_case(&c)).map_or(c, |k| k.to_string()));
    e
}
