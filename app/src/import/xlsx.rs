//! Reading an import from an Excel workbook (the first sheet), into the same checks as CSV.
//!
//! Two Excel-specific traps are refused with their own message: formula cells (formula
//! injection, whatever their cached value), and long numbers such as a NIP typed as a number,
//! which Excel keeps only to 15 significant digits (the last digits are already lost).

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::ImportRow;
use crate::import::validate::{all_or_problems, check_records, Checked, COLUMNS, MAX_BYTES};
use crate::import::ImportError;
use crate::{i18n::Locale, rules::Date};

fn msg(locale: Locale, id: &str, en: &str) -> String {
    match locale {
        Locale::Id => id.to_string(),
        Locale::En => en.to_string(),
    }
}

/// Excel's serial day 25569 is 1970-01-01.
const UNIX_EPOCH_SERIAL: i64 = 25_569;

enum Cell {
    Text(String),
    /// A number too long for Excel to keep exactly.
    LongNumber,
}

fn cell(data: &Data) -> Cell {
    match data {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Int(i) if i.unsigned_abs() >= 1_000_000_000_000_000 => Cell::LongNumber,
        Data::Int(i) => Cell::Text(i.to_string()),
        Data::Float(f) if f.abs() >= 1e15 => Cell::LongNumber,
        Data::Float(f) if f.fract() == 0.0 => Cell::Text(format!("{}", *f as i64)),
        Data::Float(f) => Cell::Text(f.to_string()),
        Data::DateTime(dt) => {
            let serial = dt.as_f64().floor() as i64;
            Cell::Text(Date::from_days(serial - UNIX_EPOCH_SERIAL).to_string())
        }
        Data::Bool(b) => Cell::Text(if *b { "TRUE".into() } else { "FALSE".into() }),
        Data::Error(_) => Cell::Text("#ERROR".into()),
        Data::Empty => Cell::Text(String::new()),
    }
}

/// The most a workbook's parts may unpack to. 200,000 rows of the template are about 60 MB of
/// sheet XML; a small file that inflates to gigabytes (a "zip bomb") is refused before anything
/// is unpacked.
pub const MAX_UNPACKED_BYTES: u64 = 150 * 1024 * 1024;

/// The unpacked size the workbook's directory declares for all its parts.
fn unpacked_size(bytes: &[u8]) -> Result<u64, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut total = 0u64;
    for i in 0..archive.len() {
        let part = archive.by_index_raw(i).map_err(|e| e.to_string())?;
        total = total.saturating_add(part.size());
    }
    Ok(total)
}

pub fn parse_xlsx(bytes: &[u8], locale: Locale) -> Result<Vec<ImportRow>, Vec<ImportError>> {
    check_xlsx(bytes, locale).and_then(all_or_problems)
}

/// [`parse_xlsx`], keeping the valid rows beside the problems (see [`Checked`]).
///
/// The workbook reader (calamine) can panic on a damaged file (the fuzz run found an
/// arithmetic overflow in its cell reader): such a file is refused as unreadable, like any
/// other broken workbook, rather than ending the request.
pub fn check_xlsx(bytes: &[u8], locale: Locale) -> Checked {
    std::panic::catch_unwind(|| read_xlsx(bytes, locale)).unwrap_or_else(|_| {
        let message = msg(
            locale,
            "Berkas Excel tidak terbaca: berkas rusak.",
            "The Excel file cannot be read: the file is damaged.",
        );
        Err(vec![ImportError { line: 1, column: None, message }])
    })
}

fn read_xlsx(bytes: &[u8], locale: Locale) -> Checked {
    let whole = |message: String| vec![ImportError { line: 1, column: None, message }];
    let too_large = || {
        whole(msg(
            locale,
            "Berkas terlalu besar (maksimal 20 MB, 150 MB setelah dibuka).",
            "The file is too large (at most 20 MB, 150 MB unpacked).",
        ))
    };
    if bytes.len() > MAX_BYTES {
        return Err(too_large());
    }
    let unreadable = |e: String| {
        whole(msg(
            locale,
            &format!("Berkas Excel tidak terbaca: {e}"),
            &format!("The Excel file cannot be read: {e}"),
        ))
    };
    if unpacked_size(bytes).map_err(unreadable)? > MAX_UNPACKED_BYTES {
        return Err(too_large());
    }
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| unreadable(e.to_string()))?;
    let Some(sheet) = book.sheet_names().first().cloned() else {
        return Err(unreadable("no sheet".into()));
    };
    let range = book.worksheet_range(&sheet).map_err(|e| unreadable(e.to_string()))?;
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut rows = range.rows();
    let Some(header) = rows.next() else {
        return Err(whole(msg(locale, "Berkas kosong.", "The file is empty.")));
    };
    let headers: Vec<String> = header
        .iter()
        .map(|d| match cell(d) {
            Cell::Text(t) => t,
            Cell::LongNumber => String::new(),
        })
        .collect();
    let column_name = |col: usize| -> Option<String> {
        let name = headers.get(col)?.trim();
        COLUMNS
            .iter()
            .find(|c| c.eq_ignore_ascii_case(name))
            .map(|c| c.to_string())
            .or_else(|| Some(name.to_string()))
    };
    let mut errors = Vec::new();
    let mut records = Vec::new();
    for (i, row) in rows.enumerate() {
        let line = first_row as usize + i + 2;
        let mut cells = Vec::with_capacity(row.len());
        for (col, data) in row.iter().enumerate() {
            match cell(data) {
                Cell::Text(t) => cells.push(t),
                Cell::LongNumber => {
                    errors.push(ImportError {
                        line,
                        column: column_name(col),
                        message: msg(
                            locale,
                            "Angka panjang (mis. NIP) harus disimpan sebagai teks: Excel sudah membulatkan digit terakhirnya.",
                            "Long numbers (such as a NIP) must be stored as text: Excel has already rounded their last digits.",
                        ),
                    });
                    cells.push(String::new());
                }
            }
        }
        records.push((line, cells));
    }
    // Any formula cell is refused, whatever value Excel cached for it.
    if let Ok(formulas) = book.worksheet_formula(&sheet) {
        let (f_row, f_col) = formulas.start().unwrap_or((0, 0));
        for (r, row) in formulas.rows().enumerate() {
            for (c, formula) in row.iter().enumerate() {
                if formula.is_empty() {
                    continue;
                }
                let (abs_row, abs_col) = (f_row as usize + r, f_col as usize + c);
                errors.push(ImportError {
                    line: abs_row + 1,
                    column: column_name(abs_col.saturating_sub(first_col as usize)),
                    message: msg(
                        locale,
                        "Sel berisi rumus ditolak (dapat dijalankan sebagai rumus).",
                        "A cell holding a formula is refused (it could run as a formula).",
                    ),
                });
            }
        }
    }
    let (rows, mut more) = check_records(headers, records, Vec::new(), locale)?;
    errors.append(&mut more);
    errors.sort_by_key(|e| e.line);
    // A row with a formula cell is not imported, even when its cached values are valid.
    let refused: std::collections::HashSet<usize> = errors.iter().map(|e| e.line).collect();
    let rows = rows.into_iter().filter(|r| !refused.contains(&r.line)).collect();
    Ok((rows, errors))
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A zip with one part of `size` zero bytes: tiny on disk, huge unpacked.
    fn zip_with_part(size: usize) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
        let chunk = vec![0u8; 1024 * 1024];
        for _ in 0..size / chunk.len() {
            zip.write_all(&chunk).unwrap();
        }
        zip.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn a_workbook_that_unpacks_to_too_much_is_refused_before_unpacking() {
        let bomb = zip_with_part(160 * 1024 * 1024);
        assert!(bomb.len() < 1024 * 1024, "compressed to {} bytes", bomb.len());
        let errors = parse_xlsx(&bomb, Locale::En).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("150 MB unpacked"), "{:?}", errors[0]);
    }

    #[test]
    fn a_file_over_the_size_limit_and_a_non_workbook_are_refused_whole() {
        let errors = parse_xlsx(&vec![b'P'; MAX_BYTES + 1], Locale::Id).unwrap_err();
        assert_eq!((errors.len(), errors[0].line), (1, 1));
        assert!(errors[0].message.contains("terlalu besar"));
        let errors = parse_xlsx(b"PK\x03\x04 not really a zip", Locale::Id).unwrap_err();
        assert!(errors[0].message.contains("tidak terbaca"), "{:?}", errors[0]);
    }
}
