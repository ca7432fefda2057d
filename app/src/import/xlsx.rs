//! Reading an import from an Excel workbook (the first sheet), into the same checks as CSV.
//!
//! Two Excel-specific traps are refused with their own message: formula cells (formula
//! injection, whatever their cached value), and long numbers such as a NIP typed as a number,
//! which Excel keeps only to 15 significant digits (the last digits are already lost).

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use super::{
    validate::{validate_records, COLUMNS, MAX_BYTES},
    ImportError, ImportRow,
};
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

pub fn parse_xlsx(bytes: &[u8], locale: Locale) -> Result<Vec<ImportRow>, Vec<ImportError>> {
    let whole = |message: String| vec![ImportError { line: 1, column: None, message }];
    if bytes.len() > MAX_BYTES {
        return Err(whole(msg(
            locale,
            "Berkas terlalu besar (maksimal 20 MB).",
            "The file is too large (at most 20 MB).",
        )));
    }
    let unreadable = |e: String| {
        whole(msg(
            locale,
            &format!("Berkas Excel tidak terbaca: {e}"),
            &format!("The Excel file cannot be read: {e}"),
        ))
    };
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
    match validate_records(headers, records, Vec::new(), locale) {
        Ok(rows) if errors.is_empty() => Ok(rows),
        Ok(_) => Err(errors),
        Err(mut more) => {
            errors.append(&mut more);
            errors.sort_by_key(|e| e.line);
            Err(errors)
        }
    }
}
