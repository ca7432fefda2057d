//! NIP (PNS, Perka BKN 22/2007) and NI PPPK parsing and validation (asn-rules.md §5.1–5.2).
//!
//! NIP:     YYYYMMDD birth · YYYYMM TMT CPNS · G gender · NNN sequence
//! NI PPPK: YYYYMMDD birth · YYYY first PPPK year · CC agreement code (> 12) · G · NNN
//! Digits 13–14 above 12 cannot be a month, which is how a PPPK number is told apart [P].

use serde::{Deserialize, Serialize};

use crate::{date::Date, explain::Trace};

const REGULATION: &str = "Perka BKN 22/2007 jo 43/2007 (NIP); NI PPPK [P]";
/// The youngest age at which someone can be appointed (UU ASN: 18 years).
const MIN_APPOINTMENT_AGE: i32 = 18;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AsnKind {
    Pns,
    Pppk,
}

impl AsnKind {
    /// The stored and serialised code: `pns`, `pppk`.
    pub fn code(self) -> &'static str {
        match self {
            AsnKind::Pns => "pns",
            AsnKind::Pppk => "pppk",
        }
    }

    pub fn from_code(code: &str) -> Option<AsnKind> {
        [AsnKind::Pns, AsnKind::Pppk].into_iter().find(|k| k.code() == code)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Male,
    Female,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EmployeeNumber {
    /// The 18 digits without spaces.
    pub number: String,
    pub kind: AsnKind,
    pub birth_date: Date,
    pub appointment_year: i32,
    /// TMT CPNS month (PNS only).
    pub appointment_month: Option<u32>,
    /// The two-digit agreement code (PPPK only), e.g. 21 regular, 24 paruh waktu [P].
    pub pppk_code: Option<u32>,
    pub gender: Gender,
    pub sequence: u32,
}

/// Every way a number can be wrong, precise enough to tell the user which digits to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NipError {
    #[error("a NIP has 18 digits, this has {length}")]
    Length { length: usize },
    #[error("character {position} (`{character}`) is not a digit")]
    NotADigit { position: usize, character: char },
    #[error("digits 1–8 ({digits}) are not a real birth date")]
    BirthDate { digits: String },
    #[error("digits 13–14 ({month:02}) are not a month of appointment")]
    AppointmentMonth { month: u32 },
    #[error(
        "the appointment ({year}) is before the age of {MIN_APPOINTMENT_AGE} (born {birth_year})"
    )]
    AppointmentTooEarly { year: i32, birth_year: i32 },
    #[error("digit 15 ({digit}) must be 1 (male) or 2 (female)")]
    Gender { digit: u32 },
    #[error("the sequence (digits 16–18) cannot be 000")]
    Sequence,
}

/// Parse and validate a NIP or NI PPPK. Spaces (as printed on cards) are ignored.
pub fn parse_employee_number(input: &str) -> Result<(EmployeeNumber, Trace), NipError> {
    let number: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some((i, c)) = number.chars().enumerate().find(|(_, c)| !c.is_ascii_digit()) {
        return Err(NipError::NotADigit { position: i + 1, character: c });
    }
    if number.len() != 18 {
        return Err(NipError::Length { length: number.len() });
    }
    let n = |from: usize, to: usize| -> u32 { number[from - 1..to].parse().unwrap_or(0) };
    let birth_date = Date::new(n(1, 4) as i32, n(5, 6), n(7, 8))
        .map_err(|_| NipError::BirthDate { digits: number[0..8].to_string() })?;
    let appointment_year = n(9, 12) as i32;
    let code = n(13, 14);
    let (kind, appointment_month, pppk_code) = match code {
        0 => return Err(NipError::AppointmentMonth { month: 0 }),
        1..=12 => (AsnKind::Pns, Some(code), None),
        _ => (AsnKind::Pppk, None, Some(code)),
    };
    if appointment_year < birth_date.year() + MIN_APPOINTMENT_AGE {
        return Err(NipError::AppointmentTooEarly {
            year: appointment_year,
            birth_year: birth_date.year(),
        });
    }
    let gender = match n(15, 15) {
        1 => Gender::Male,
        2 => Gender::Female,
        digit => return Err(NipError::Gender { digit }),
    };
    let sequence = n(16, 18);
    if sequence == 0 {
        return Err(NipError::Sequence);
    }
    let parsed = EmployeeNumber {
        number,
        kind,
        birth_date,
        appointment_year,
        appointment_month,
        pppk_code,
        gender,
        sequence,
    };
    let mut trace = Trace::new();
    trace.push(
        "nip.parse",
        REGULATION,
        &[("number", parsed.number.clone())],
        format!(
            "{:?} born {} appointed {}{} {:?} #{:03}",
            parsed.kind,
            parsed.birth_date,
            parsed.appointment_year,
            parsed.appointment_month.map(|m| format!("-{m:02}")).unwrap_or_default(),
            parsed.gender,
            parsed.sequence
        )
        .to_lowercase(),
    );
    Ok((parsed, trace))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> EmployeeNumber {
        parse_employee_number(s).unwrap().0
    }

    #[test]
    fn reference_example_19860926_201505_1_001() {
        let n = ok("19860926 201505 1 001");
        assert_eq!(n.kind, AsnKind::Pns);
        assert_eq!(n.birth_date.to_string(), "1986-09-26");
        assert_eq!((n.appointment_year, n.appointment_month), (2015, Some(5)));
        assert_eq!(n.gender, Gender::Male);
        assert_eq!(n.sequence, 1);
    }

    #[test]
    fn reference_example_19660801_198803_1_001() {
        let n = ok("196608011988031001");
        assert_eq!(n.birth_date.to_string(), "1966-08-01");
        assert_eq!(n.appointment_month, Some(3));
    }

    #[test]
    fn worked_example_6_nip_199603012022042001() {
        let n = ok("199603012022042001");
        assert_eq!(n.birth_date.to_string(), "1996-03-01");
        assert_eq!((n.appointment_year, n.appointment_month), (2022, Some(4)));
        assert_eq!(n.gender, Gender::Female);
        assert_eq!(n.sequence, 1);
    }

    #[test]
    fn reference_example_ni_pppk_199009132025242014() {
        let n = ok("199009132025242014");
        assert_eq!(n.kind, AsnKind::Pppk);
        assert_eq!(n.birth_date.to_string(), "1990-09-13");
        assert_eq!(n.appointment_year, 2025);
        assert_eq!(n.pppk_code, Some(24));
        assert_eq!(n.gender, Gender::Female);
        assert_eq!(n.sequence, 14);
    }

    #[test]
    fn every_kind_of_bad_number_gets_its_own_error() {
        let err = |s: &str| parse_employee_number(s).unwrap_err();
        assert_eq!(err("1986092620150510"), NipError::Length { length: 16 });
        assert_eq!(err("19860926201505100a"), NipError::NotADigit { position: 18, character: 'a' });
        assert_eq!(err("198602302015051001"), NipError::BirthDate { digits: "19860230".into() });
        assert_eq!(err("198609262015001001"), NipError::AppointmentMonth { month: 0 });
        assert_eq!(
            err("198609261999051001"),
            NipError::AppointmentTooEarly { year: 1999, birth_year: 1986 }
        );
        assert_eq!(err("198609262015053001"), NipError::Gender { digit: 3 });
        assert_eq!(err("198609262015051000"), NipError::Sequence);
        assert_eq!(err(""), NipError::Length { length: 0 });
    }
}
