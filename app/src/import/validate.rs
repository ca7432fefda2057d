//! Parsing and validating an import file into rows ready for the database.

use serde::{Deserialize, Serialize};

use crate::import::sheet::{self, msg};
use crate::import::{ImportError, EDUCATION, JENJANG};
use crate::{
    i18n::Locale,
    people::types::{EmployeeKind, Gender, PositionKind},
    rules::nip::{parse_employee_number, AsnKind, Gender as NipGender},
    rules::pangkat::Golongan,
    rules::Date,
};

/// The columns of the template, as HR offices name them.
pub const COLUMNS: [&str; 11] = [
    "NIP",
    "Nama",
    "Jenis ASN",
    "Jenis Kelamin",
    "Tanggal Lahir",
    "Golongan",
    "Jenis Jabatan",
    "Nama Jabatan",
    "Jenjang",
    "Pendidikan",
    "Kode Unit",
];

/// The downloadable template: the header and one example row.
pub const TEMPLATE_CSV: &str = "NIP,Nama,Jenis ASN,Jenis Kelamin,Tanggal Lahir,Golongan,Jenis Jabatan,Nama Jabatan,Jenjang,Pendidikan,Kode Unit\n\
199603012022042001,Siti Rahma,PNS,P,1996-03-01,III/a,Fungsional,Analis Kebijakan Ahli Pertama,Ahli Pertama,S1,DINKES-1\n";

pub use crate::import::sheet::{MAX_BYTES, MAX_ROWS};

/// A valid row, in the shapes the database stores.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRow {
    /// 1-based line in the file (the header is line 1).
    pub line: usize,
    pub nip: String,
    pub name: String,
    pub kind: EmployeeKind,
    pub gender: Gender,
    pub birth_date: String,
    pub golongan: Option<String>,
    pub position_kind: PositionKind,
    pub position_name: String,
    pub jenjang: Option<String>,
    pub education: String,
    pub unit_code: String,
}

/// A cell a spreadsheet would evaluate (CSV/formula injection, OWASP); refused in names that
/// travel to exports (employees', units').
pub fn is_formula(cell: &str) -> bool {
    match cell.chars().next() {
        Some('=' | '+' | '@' | '\t' | '\r') => true,
        Some('-') => cell.len() > 1,
        _ => false,
    }
}

/// Dates as `YYYY-MM-DD` or, as Indonesian offices often write them, `DD-MM-YYYY`/`DD/MM/YYYY`.
pub fn parse_date(s: &str) -> Option<Date> {
    if let Ok(d) = s.parse::<Date>() {
        return Some(d);
    }
    let parts: Vec<&str> = s.split(['-', '/']).collect();
    if let [d, m, y] = parts[..] {
        if y.len() == 4 && d.len() <= 2 && m.len() <= 2 {
            return Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok();
        }
    }
    None
}

/// Parse and validate a CSV file. `Err` holds every problem found (nothing to write then).
/// Checks that need the database (unit codes, NIPs already registered) come after, in the
/// repository, with the same error shape.
pub fn parse_csv(bytes: &[u8], locale: Locale) -> Result<Vec<ImportRow>, Vec<ImportError>> {
    check_csv(bytes, locale).and_then(all_or_problems)
}

/// The valid rows and every problem of every other row; all of them at once (a file that does
/// not have those is no use to an HR office fixing a spreadsheet). `Err` is a problem with the
/// file as a whole (too large, not CSV, no header), when no row can be read.
pub type Checked = Result<(Vec<ImportRow>, Vec<ImportError>), Vec<ImportError>>;

/// The rows when none has a problem, else every problem.
pub fn all_or_problems(
    (rows, errors): (Vec<ImportRow>, Vec<ImportError>),
) -> Result<Vec<ImportRow>, Vec<ImportError>> {
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// [`parse_csv`], keeping the valid rows beside the problems (see [`Checked`]).
pub fn check_csv(bytes: &[u8], locale: Locale) -> Checked {
    let file = sheet::read_csv(bytes, locale)?;
    check_records(file.headers, file.records, file.problems, locale)
}

/// The checks every file format shares: the header row, then each data row
/// (`(line, cells)`); `errors` may already hold problems found while reading.
pub fn check_records(
    headers: Vec<String>,
    records: Vec<(usize, Vec<String>)>,
    mut errors: Vec<ImportError>,
    locale: Locale,
) -> Checked {
    let headers: Vec<String> = headers.iter().map(|c| c.trim().to_lowercase()).collect();
    if headers.iter().all(String::is_empty) {
        return Err(sheet::empty(locale));
    }
    if records.len() > MAX_ROWS {
        return Err(sheet::too_many_rows(locale));
    }
    let mut index = [0usize; 11];
    let mut missing = Vec::new();
    for (i, column) in COLUMNS.iter().enumerate() {
        match headers.iter().position(|h| h == &column.to_lowercase()) {
            Some(p) => index[i] = p,
            None => missing.push(ImportError {
                line: 1,
                column: Some(column.to_string()),
                message: msg(
                    locale,
                    &format!("Kolom `{column}` tidak ada di baris judul."),
                    &format!("Column `{column}` is missing from the header."),
                ),
            }),
        }
    }
    if !missing.is_empty() {
        return Err(missing);
    }

    let mut rows = Vec::new();
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (line, record) in records {
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cells: [String; 11] = std::array::from_fn(|i| {
            record.get(index[i]).map(|c| c.trim().to_string()).unwrap_or_default()
        });
        // A duplicate is reported even when the row has other problems.
        let number = parse_employee_number(&cells[0]).ok().map(|(p, _)| p.number);
        let duplicate_of = number.and_then(|n| seen.insert(n, line));
        match validate_record(line, cells, locale) {
            Ok(row) if duplicate_of.is_none() => rows.push(row),
            Ok(_) => {}
            Err(mut row_errors) => errors.append(&mut row_errors),
        }
        if let Some(first) = duplicate_of {
            errors.push(ImportError {
                line,
                column: Some(COLUMNS[0].to_string()),
                message: msg(
                    locale,
                    &format!("NIP ganda: sama dengan baris {first}."),
                    &format!("Duplicate NIP: same as line {first}."),
                ),
            });
        }
    }
    if rows.is_empty() && errors.is_empty() {
        return Err(sheet::empty(locale));
    }
    errors.sort_by_key(|e| e.line);
    Ok((rows, errors))
}

/// Validate one record, its cells in the order of [`COLUMNS`]: the rule for a row of an import
/// file and for the HR office's edit form alike. `Err` holds every problem of the record.
pub fn validate_record(
    line: usize,
    cells: [String; 11],
    locale: Locale,
) -> Result<ImportRow, Vec<ImportError>> {
    let mut row_errors: Vec<ImportError> = Vec::new();
    let mut bad = |column: usize, id: String, en: String| {
        row_errors.push(ImportError {
            line,
            column: Some(COLUMNS[column].to_string()),
            message: msg(locale, &id, &en),
        });
    };
    for (i, c) in cells.iter().enumerate() {
        if is_formula(c) {
            bad(
                i,
                "Sel diawali =, +, -, @ ditolak (dapat dijalankan sebagai rumus).".into(),
                "A cell starting with =, +, -, @ is refused (it could run as a formula).".into(),
            );
        }
    }
    let [nip, name, kind, gender, birth, golongan, position_kind, position_name, jenjang, education, unit] =
        cells;

    let parsed = match parse_employee_number(&nip) {
        Ok((p, _)) => Some(p),
        Err(e) => {
            bad(0, format!("NIP tidak valid: {}", nip_problem_id(&e)), format!("Invalid NIP: {e}"));
            None
        }
    };
    if name.is_empty() || name.chars().count() > 200 {
        bad(
            1,
            "Nama wajib diisi (maksimal 200 karakter).".into(),
            "Name is required (at most 200 characters).".into(),
        );
    }
    let kind_code = match kind.to_uppercase().as_str() {
        "PNS" => Some((EmployeeKind::Pns, AsnKind::Pns)),
        "PPPK" => Some((EmployeeKind::Pppk, AsnKind::Pppk)),
        _ => {
            bad(
                2,
                format!("`{kind}` bukan PNS atau PPPK."),
                format!("`{kind}` is not PNS or PPPK."),
            );
            None
        }
    };
    if let (Some((_, k)), Some(p)) = (kind_code, &parsed) {
        if k != p.kind {
            bad(
                2,
                "Jenis ASN tidak sesuai dengan NIP.".into(),
                "The ASN type does not match the NIP.".into(),
            );
        }
    }
    let gender_code = match gender.to_uppercase().as_str() {
        "L" | "LAKI-LAKI" => Some((Gender::Male, NipGender::Male)),
        "P" | "PEREMPUAN" => Some((Gender::Female, NipGender::Female)),
        _ => {
            bad(3, format!("`{gender}` bukan L atau P."), format!("`{gender}` is not L or P."));
            None
        }
    };
    if let (Some((_, g)), Some(p)) = (gender_code, &parsed) {
        if g != p.gender {
            bad(
                3,
                "Jenis kelamin tidak sesuai dengan digit ke-15 NIP.".into(),
                "Gender does not match digit 15 of the NIP.".into(),
            );
        }
    }
    let birth_date = parse_date(&birth);
    match (birth_date, &parsed) {
        (None, _) => bad(
            4,
            format!("`{birth}` bukan tanggal (TTTT-BB-HH atau HH-BB-TTTT)."),
            format!("`{birth}` is not a date (YYYY-MM-DD or DD-MM-YYYY)."),
        ),
        (Some(d), Some(p)) if d != p.birth_date => bad(
            4,
            "Tanggal lahir tidak sesuai dengan NIP.".into(),
            "The birth date does not match the NIP.".into(),
        ),
        _ => {}
    }
    let golongan_value = if golongan.is_empty() {
        if matches!(kind_code, Some((_, AsnKind::Pns))) {
            bad(5, "Golongan wajib untuk PNS.".into(), "Golongan is required for a PNS.".into());
        }
        None
    } else if matches!(kind_code, Some((_, AsnKind::Pppk))) {
        bad(
            5,
            "PPPK tidak memiliki golongan ruang; kosongkan.".into(),
            "PPPK have no golongan ruang; leave it empty.".into(),
        );
        None
    } else {
        match golongan.parse::<Golongan>() {
            Ok(g) => Some(g.code().to_string()),
            Err(_) => {
                bad(
                    5,
                    format!("`{golongan}` bukan golongan (I/a … IV/e)."),
                    format!("`{golongan}` is not a golongan (I/a … IV/e)."),
                );
                None
            }
        }
    };
    let position = match position_kind.to_lowercase().as_str() {
        "struktural" => Some(PositionKind::Structural),
        "fungsional" => Some(PositionKind::Functional),
        "pelaksana" => Some(PositionKind::Executor),
        _ => {
            bad(
                6,
                format!("`{position_kind}` bukan Struktural, Fungsional atau Pelaksana."),
                format!("`{position_kind}` is not Struktural, Fungsional or Pelaksana."),
            );
            None
        }
    };
    if position_name.is_empty() || position_name.chars().count() > 200 {
        bad(7, "Nama jabatan wajib diisi.".into(), "The position name is required.".into());
    }
    let jenjang_value = match (position, jenjang.is_empty()) {
        (Some(PositionKind::Functional), true) => {
            bad(
                8,
                "Jenjang wajib untuk jabatan fungsional.".into(),
                "A functional position needs its jenjang.".into(),
            );
            None
        }
        (_, false) => match JENJANG.iter().find(|j| j.eq_ignore_ascii_case(&jenjang)) {
            Some(j) => Some(j.to_string()),
            None => {
                bad(
                    8,
                    format!("`{jenjang}` bukan jenjang jabatan fungsional."),
                    format!("`{jenjang}` is not a functional jenjang."),
                );
                None
            }
        },
        _ => None,
    };
    let education_value = EDUCATION.iter().find(|e| {
        e.eq_ignore_ascii_case(&education) || e.replace('-', "").eq_ignore_ascii_case(&education)
    });
    if education_value.is_none() {
        bad(
            9,
            format!("`{education}` bukan jenjang pendidikan (SD … S3)."),
            format!("`{education}` is not an education level (SD … S3)."),
        );
    }
    if unit.is_empty() {
        bad(10, "Kode unit wajib diisi.".into(), "The unit code is required.".into());
    }
    if row_errors.is_empty() {
        if let (Some(p), Some((k, _)), Some((g, _)), Some(d), Some(pos), Some(edu)) =
            (parsed, kind_code, gender_code, birth_date, position, education_value)
        {
            return Ok(ImportRow {
                line,
                nip: p.number,
                name,
                kind: k,
                gender: g,
                birth_date: d.to_string(),
                golongan: golongan_value,
                position_kind: pos,
                position_name,
                jenjang: jenjang_value,
                education: edu.to_string(),
                unit_code: unit,
            });
        }
    }
    Err(row_errors)
}

fn nip_problem_id(e: &crate::rules::nip::NipError) -> String {
    use crate::rules::nip::NipError::*;
    match e {
        Length { length } => format!("harus 18 digit, ini {length}"),
        NotADigit { position, character } => {
            format!("karakter ke-{position} (`{character}`) bukan angka")
        }
        BirthDate { digits } => format!("digit 1–8 ({digits}) bukan tanggal lahir"),
        AppointmentMonth { month } => format!("digit 13–14 ({month:02}) bukan bulan"),
        AppointmentTooEarly { year, birth_year } => {
            format!("pengangkatan {year} sebelum usia 18 (lahir {birth_year})")
        }
        Gender { digit } => format!("digit 15 ({digit}) harus 1 atau 2"),
        Sequence => "nomor urut 000".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "NIP,Nama,Jenis ASN,Jenis Kelamin,Tanggal Lahir,Golongan,Jenis Jabatan,Nama Jabatan,Jenjang,Pendidikan,Kode Unit\n";

    fn file(rows: &[&str]) -> Vec<u8> {
        let mut s = HEADER.to_string();
        for r in rows {
            s.push_str(r);
            s.push('\n');
        }
        s.into_bytes()
    }

    fn errors(rows: &[&str]) -> Vec<(usize, Option<String>)> {
        parse_csv(&file(rows), Locale::Id)
            .unwrap_err()
            .into_iter()
            .map(|e| (e.line, e.column))
            .collect()
    }

    #[test]
    fn the_template_itself_is_a_valid_file() {
        let rows = parse_csv(TEMPLATE_CSV.as_bytes(), Locale::Id).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].nip, "199603012022042001");
        assert_eq!(rows[0].gender, Gender::Female);
        assert_eq!(rows[0].jenjang.as_deref(), Some("Ahli Pertama"));
    }

    #[test]
    fn good_rows_parse_in_every_accepted_spelling() {
        let rows = parse_csv(
            &file(&[
                "198609262015051001,Andi,pns,L,26-09-1986,iii/b,Pelaksana,Pengadministrasi,,s1,BKPSDM",
                "199009132025242014,Rina,PPPK,Perempuan,1990-09-13,,Fungsional,Guru Ahli Pertama,ahli pertama,D-IV,DISDIK",
            ]),
            Locale::Id,
        )
        .unwrap();
        assert_eq!(rows[0].golongan.as_deref(), Some("III/b"));
        assert_eq!(rows[0].birth_date, "1986-09-26");
        assert_eq!(rows[1].kind, EmployeeKind::Pppk);
        assert_eq!(rows[1].line, 3);
    }

    #[test]
    fn every_class_of_bad_row_is_reported_by_line_and_column() {
        let got = errors(&[
            "19860926201505100X,Andi,PNS,L,1986-09-26,III/b,Pelaksana,X,,S1,U",
            "198609262015051001,Andi,PNS,P,1986-09-26,III/b,Pelaksana,X,,S1,U",
            "198609262015051001,Budi,PNS,L,1986-09-26,III/b,Pelaksana,X,,S1,U",
            "196608011988031001,Cici,PNS,L,1966-31-01,III/z,Pelaksana,X,,S1,U",
            "196608011988031001,=HYPERLINK(\"http://x\"),PNS,L,1966-08-01,III/a,Pelaksana,X,,S1,U",
            "199009132025242014,Rina,PNS,P,1990-09-13,III/a,Fungsional,Guru,,Sarjana,",
        ]);
        let expect = |line: usize, column: &str| (line, Some(column.to_string()));
        assert!(got.contains(&expect(2, "NIP")), "bad NIP: {got:?}");
        assert!(got.contains(&expect(3, "Jenis Kelamin")), "gender against the NIP: {got:?}");
        assert!(got.contains(&expect(4, "NIP")), "duplicate NIP: {got:?}");
        assert!(got.contains(&expect(5, "Tanggal Lahir")), "bad date: {got:?}");
        assert!(got.contains(&expect(5, "Golongan")), "bad golongan: {got:?}");
        assert!(got.contains(&expect(6, "Nama")), "formula injection: {got:?}");
        assert!(got.contains(&expect(7, "Jenis ASN")), "PNS with a PPPK number: {got:?}");
        assert!(got.contains(&expect(7, "Jenjang")), "functional without jenjang: {got:?}");
        assert!(got.contains(&expect(7, "Pendidikan")), "unknown education: {got:?}");
        assert!(got.contains(&expect(7, "Kode Unit")), "missing unit: {got:?}");
    }

    #[test]
    fn a_missing_column_and_an_empty_or_huge_file_are_refused_whole() {
        let no_unit = b"NIP,Nama,Jenis ASN,Jenis Kelamin,Tanggal Lahir,Golongan,Jenis Jabatan,Nama Jabatan,Jenjang,Pendidikan\n";
        let got = parse_csv(no_unit, Locale::En).unwrap_err();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].column.as_deref(), Some("Kode Unit"));
        assert!(got[0].message.contains("missing"));
        assert!(parse_csv(HEADER.as_bytes(), Locale::Id).is_err());
        assert!(parse_csv(&vec![b'a'; MAX_BYTES + 1], Locale::Id).unwrap_err()[0]
            .message
            .contains("terlalu besar"));
    }

    #[test]
    fn semicolon_files_with_a_byte_order_mark_are_read() {
        let s = "\u{feff}NIP;Nama;Jenis ASN;Jenis Kelamin;Tanggal Lahir;Golongan;Jenis Jabatan;Nama Jabatan;Jenjang;Pendidikan;Kode Unit\n198609262015051001;Andi;PNS;L;26/09/1986;III/b;Pelaksana;Staf;;S1;BKPSDM\n";
        assert_eq!(parse_csv(s.as_bytes(), Locale::Id).unwrap().len(), 1);
    }
}
