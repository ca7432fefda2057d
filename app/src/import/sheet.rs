//! Reading a spreadsheet for any import: an Excel workbook (its first sheet) or CSV text, told
//! apart by their bytes, into a header and rows of text cells. What every import refuses is
//! refused here once: a file too large (or a workbook that unpacks to too much, a "zip
//! bomb"), too many rows, formula cells in a workbook, and long numbers Excel has already
//! rounded. Each feature then checks the cells of its own columns.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use crate::import::ImportError;
use crate::{i18n::Locale, rules::Date};

/// Largest file and row count accepted in one import.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;
pub const MAX_ROWS: usize = 200_000;

/// The most a workbook's parts may unpack to. 200,000 rows of the employee template are about
/// 60 MB of sheet XML; a small file that inflates to gigabytes is refused before anything is
/// unpacked.
pub const MAX_UNPACKED_BYTES: u64 = 150 * 1024 * 1024;

/// A file read as a table.
#[derive(Debug, Default)]
pub struct Sheet {
    pub headers: Vec<String>,
    /// Each data row with its 1-based line in the file (the header is line 1).
    pub records: Vec<(usize, Vec<String>)>,
    /// Problems found while reading (unreadable lines, formula cells, rounded numbers); a
    /// line named here is not imported, whatever its cells.
    pub problems: Vec<ImportError>,
}

/// Every problem of a whole import, or the rows when there is none.
pub type Checked<T> = Result<(Vec<T>, Vec<ImportError>), Vec<ImportError>>;

pub fn msg(locale: Locale, id: &str, en: &str) -> String {
    match locale {
        Locale::Id => id.to_string(),
        Locale::En => en.to_string(),
    }
}

fn whole(message: String) -> Vec<ImportError> {
    vec![ImportError { line: 1, column: None, message }]
}

pub(crate) fn too_many_rows(locale: Locale) -> Vec<ImportError> {
    whole(msg(
        locale,
        "Terlalu banyak baris (maksimal 200.000).",
        "Too many rows (at most 200,000).",
    ))
}

pub(crate) fn empty(locale: Locale) -> Vec<ImportError> {
    whole(msg(locale, "Berkas kosong.", "The file is empty."))
}

/// Read a workbook (a ZIP) or CSV text by its content.
pub fn read_any(bytes: &[u8], locale: Locale) -> Result<Sheet, Vec<ImportError>> {
    if bytes.starts_with(b"PK\x03\x04") {
        read_xlsx(bytes, locale)
    } else {
        read_csv(bytes, locale)
    }
}

/// CSV as spreadsheets save it: with or without a byte-order mark, separated by commas or (in
/// Indonesian locales) semicolons.
pub fn read_csv(bytes: &[u8], locale: Locale) -> Result<Sheet, Vec<ImportError>> {
    if bytes.len() > MAX_BYTES {
        return Err(whole(msg(
            locale,
            "Berkas terlalu besar (maksimal 20 MB).",
            "The file is too large (at most 20 MB).",
        )));
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let delimiter = if first_line.iter().filter(|b| **b == b';').count()
        > first_line.iter().filter(|b| **b == b',').count()
    {
        b';'
    } else {
        b','
    };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(bytes);
    let headers = match reader.headers() {
        Ok(h) => h.iter().map(str::to_string).collect::<Vec<_>>(),
        Err(e) => {
            return Err(whole(msg(
                locale,
                &format!("Berkas tidak terbaca: {e}"),
                &format!("The file cannot be read: {e}"),
            )))
        }
    };
    let mut sheet = Sheet { headers, ..Sheet::default() };
    for (n, record) in reader.records().enumerate() {
        if n >= MAX_ROWS {
            return Err(too_many_rows(locale));
        }
        match record {
            Ok(r) => sheet.records.push((n + 2, r.iter().map(str::to_string).collect())),
            Err(e) => sheet.problems.push(ImportError {
                line: n + 2,
                column: None,
                message: msg(
                    locale,
                    &format!("Baris tidak terbaca: {e}"),
                    &format!("Unreadable line: {e}"),
                ),
            }),
        }
    }
    Ok(sheet)
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

/// The first sheet of a workbook. The workbook reader (calamine) can panic on a damaged file
/// (the fuzz run found an arithmetic overflow in its cell reader): such a file is refused as
/// unreadable, like any other broken workbook, rather than ending the request.
pub fn read_xlsx(bytes: &[u8], locale: Locale) -> Result<Sheet, Vec<ImportError>> {
    std::panic::catch_unwind(|| xlsx_sheet(bytes, locale)).unwrap_or_else(|_| {
        Err(whole(msg(
            locale,
            "Berkas Excel tidak terbaca: berkas rusak.",
            "The Excel file cannot be read: the file is damaged.",
        )))
    })
}

fn xlsx_sheet(bytes: &[u8], locale: Locale) -> Result<Sheet, Vec<ImportError>> {
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
    let Some(name) = book.sheet_names().first().cloned() else {
        return Err(unreadable("no sheet".into()));
    };
    let range = book.worksheet_range(&name).map_err(|e| unreadable(e.to_string()))?;
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    let mut rows = range.rows();
    let Some(header) = rows.next() else { return Err(empty(locale)) };
    let headers: Vec<String> = header
        .iter()
        .map(|d| match cell(d) {
            Cell::Text(t) => t,
            Cell::LongNumber => String::new(),
        })
        .collect();
    let column_name =
        |col: usize| -> Option<String> { headers.get(col).map(|h| h.trim().to_string()) };
    let mut sheet = Sheet::default();
    for (i, row) in rows.enumerate() {
        if i >= MAX_ROWS {
            return Err(too_many_rows(locale));
        }
        let line = first_row as usize + i + 2;
        let mut cells = Vec::with_capacity(row.len());
        for (col, data) in row.iter().enumerate() {
            match cell(data) {
                Cell::Text(t) => cells.push(t),
                Cell::LongNumber => {
                    sheet.problems.push(ImportError {
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
        sheet.records.push((line, cells));
    }
    // Any formula cell is refused, whatever value Excel cached for it.
    if let Ok(formulas) = book.worksheet_formula(&name) {
        let (f_row, f_col) = formulas.start().unwrap_or((0, 0));
        for (r, row) in formulas.rows().enumerate() {
            for (c, formula) in row.iter().enumerate() {
                if formula.is_empty() {
                    continue;
                }
                let (abs_row, abs_col) = (f_row as usize + r, f_col as usize + c);
                sheet.problems.push(ImportError {
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
    sheet.headers = headers;
    Ok(sheet)
}

/// Where each of `columns` is in the header (matched without case or surrounding spaces);
/// every required column missing is a problem of line 1. A column not required and not
/// present is `None`.
pub fn positions<const N: usize>(
    headers: &[String],
    columns: &[&str; N],
    required: usize,
    locale: Locale,
) -> Result<[Option<usize>; N], Vec<ImportError>> {
    let headers: Vec<String> = headers.iter().map(|c| c.trim().to_lowercase()).collect();
    if headers.iter().all(String::is_empty) {
        return Err(empty(locale));
    }
    let found: [Option<usize>; N] =
        std::array::from_fn(|i| headers.iter().position(|h| *h == columns[i].to_lowercase()));
    let missing: Vec<ImportError> = columns
        .iter()
        .zip(found)
        .take(required)
        .filter(|(_, at)| at.is_none())
        .map(|(column, _)| ImportError {
            line: 1,
            column: Some(column.to_string()),
            message: msg(
                locale,
                &format!("Kolom `{column}` tidak ada di baris judul."),
                &format!("Column `{column}` is missing from the header."),
            ),
        })
        .collect();
    if missing.is_empty() {
        Ok(found)
    } else {
        Err(missing)
    }
}

/// The cells of a row in the order of the columns found by [`positions`], trimmed; a column
/// not present reads as empty.
pub fn cells<const N: usize>(record: &[String], at: &[Option<usize>; N]) -> [String; N] {
    std::array::from_fn(|i| {
        at[i].and_then(|p| record.get(p)).map(|c| c.trim().to_string()).unwrap_or_default()
    })
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
        let errors = read_any(&bomb, Locale::En).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("150 MB unpacked"), "{:?}", errors[0]);
    }

    #[test]
    fn a_file_over_the_size_limit_and_a_non_workbook_are_refused_whole() {
        let errors = read_any(&vec![b'P'; MAX_BYTES + 1], Locale::Id).unwrap_err();
        assert_eq!((errors.len(), errors[0].line), (1, 1));
        assert!(errors[0].message.contains("terlalu besar"));
        let errors = read_any(b"PK\x03\x04 not really a zip", Locale::Id).unwrap_err();
        assert!(errors[0].message.contains("tidak terbaca"), "{:?}", errors[0]);
    }

    #[test]
    fn columns_are_found_by_name_and_the_missing_required_ones_named() {
        let headers: Vec<String> = [" nip ", "Judul", "Extra"].map(String::from).into();
        let at = positions(&headers, &["NIP", "Judul", "Catatan"], 2, Locale::En).unwrap();
        assert_eq!(at, [Some(0), Some(1), None]);
        let row: Vec<String> = [" 1990 ", "Kursus"].map(String::from).into();
        assert_eq!(cells(&row, &at), ["1990".to_string(), "Kursus".into(), String::new()]);
        let missing = positions(&headers, &["NIP", "JP", "Mulai"], 2, Locale::Id).unwrap_err();
        assert_eq!(missing.len(), 1);
        assert_eq!(missing[0].column.as_deref(), Some("JP"));
        let semicolons = read_any(b"NIP;Judul\n1;Kursus A\n", Locale::Id).unwrap();
        assert_eq!(semicolons.records, vec![(2, vec!["1".to_string(), "Kursus A".to_string()])]);
    }
}
