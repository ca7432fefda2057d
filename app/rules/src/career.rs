//! Positions, retirement (BUP) and the six KP dates a year (asn-rules.md §2.3, §2.6, §2.7).

use serde::{Deserialize, Serialize};

use crate::{date::Date, explain::Trace, jenjang::Jenjang, pangkat::Golongan, rule_set::RuleSet};

const REG_BUP: &str = "PP 11/2017 jo PP 17/2020 (batas usia pensiun); UU 20/2023";
const REG_KP_DATES: &str = "Peraturan BKN 4/2023 (periodisasi kenaikan pangkat)";

/// Legacy structural echelons, still used for KP pilihan struktural (PP 13/2002).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Eselon {
    // Readable codes (`ii_a` for II.a); the first release's spellings, derived mechanically
    // (`i_ia`), are still accepted on input.
    #[serde(rename = "i_a", alias = "ia")]
    Ia,
    #[serde(rename = "i_b", alias = "ib")]
    Ib,
    #[serde(rename = "ii_a", alias = "i_ia")]
    IIa,
    #[serde(rename = "ii_b", alias = "i_ib")]
    IIb,
    #[serde(rename = "iii_a", alias = "i_i_ia")]
    IIIa,
    #[serde(rename = "iii_b", alias = "i_i_ib")]
    IIIb,
    #[serde(rename = "iv_a", alias = "i_va")]
    IVa,
    #[serde(rename = "iv_b", alias = "i_vb")]
    IVb,
    #[serde(rename = "v")]
    V,
}

impl Eselon {
    pub const ALL: [Eselon; 9] = [
        Eselon::Ia,
        Eselon::Ib,
        Eselon::IIa,
        Eselon::IIb,
        Eselon::IIIa,
        Eselon::IIIb,
        Eselon::IVa,
        Eselon::IVb,
        Eselon::V,
    ];

    /// The code it is stored and sent as (`ii_b`).
    pub fn code(self) -> &'static str {
        match self {
            Eselon::Ia => "i_a",
            Eselon::Ib => "i_b",
            Eselon::IIa => "ii_a",
            Eselon::IIb => "ii_b",
            Eselon::IIIa => "iii_a",
            Eselon::IIIb => "iii_b",
            Eselon::IVa => "iv_a",
            Eselon::IVb => "iv_b",
            Eselon::V => "v",
        }
    }

    /// As written in decrees (`II.b`).
    pub fn label(self) -> &'static str {
        match self {
            Eselon::Ia => "I.a",
            Eselon::Ib => "I.b",
            Eselon::IIa => "II.a",
            Eselon::IIb => "II.b",
            Eselon::IIIa => "III.a",
            Eselon::IIIb => "III.b",
            Eselon::IVa => "IV.a",
            Eselon::IVb => "IV.b",
            Eselon::V => "V",
        }
    }

    /// From its code (`ii_b`) or as written (`II.b`, `IIb`), any case.
    pub fn parse(text: &str) -> Option<Eselon> {
        let wanted: String = text
            .trim()
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        Eselon::ALL.into_iter().find(|e| e.code().replace('_', "") == wanted)
    }

    /// Lowest and highest golongan for the echelon [V].
    pub fn range(self) -> (Golongan, Golongan) {
        let (lo, hi) = match self {
            Eselon::Ia => ("IV/d", "IV/e"),
            Eselon::Ib => ("IV/c", "IV/e"),
            Eselon::IIa => ("IV/c", "IV/d"),
            Eselon::IIb => ("IV/b", "IV/c"),
            Eselon::IIIa => ("IV/a", "IV/b"),
            Eselon::IIIb => ("III/d", "IV/a"),
            Eselon::IVa => ("III/c", "III/d"),
            Eselon::IVb => ("III/b", "III/c"),
            Eselon::V => ("III/a", "III/b"),
        };
        (lo.parse().unwrap_or(Golongan::LOWEST), hi.parse().unwrap_or(Golongan::HIGHEST))
    }

    /// JPT (pimpinan tinggi) are echelons I and II.
    pub fn is_jpt(self) -> bool {
        matches!(self, Eselon::Ia | Eselon::Ib | Eselon::IIa | Eselon::IIb)
    }
}

/// What a civil servant holds, as far as promotion and retirement rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Position {
    /// Jabatan pelaksana (executor): KP reguler.
    Pelaksana,
    Struktural {
        eselon: Eselon,
    },
    Fungsional {
        jenjang: Jenjang,
    },
}

impl Position {
    pub fn code(self) -> String {
        match self {
            Position::Pelaksana => "pelaksana".into(),
            Position::Struktural { eselon } => format!("struktural_{eselon:?}").to_lowercase(),
            Position::Fungsional { jenjang } => format!("fungsional_{}", jenjang.code()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Retirement {
    pub bup: u32,
    /// The birthday on which the BUP is reached.
    pub reached_on: Date,
    /// TMT pensiun: the first day of the following month [U: common practice].
    pub pension_date: Date,
}

/// Batas usia pensiun for a position and the pension date for a birth date.
pub fn retirement(rs: &RuleSet, birth_date: Date, position: Position) -> (Retirement, Trace) {
    let bup = bup_for(rs, position);
    let reached_on = birth_date.add_years(bup as i32);
    let pension_date = reached_on.first_of_next_month();
    let mut trace = Trace::new();
    trace.push(
        "career.bup",
        REG_BUP,
        &[("position", position.code()), ("birth_date", birth_date.to_string())],
        bup.to_string(),
    );
    trace.push(
        "career.pension_date",
        REG_BUP,
        &[("bup", bup.to_string()), ("reached_on", reached_on.to_string())],
        pension_date.to_string(),
    );
    (Retirement { bup, reached_on, pension_date }, trace)
}

pub(crate) fn bup_for(rs: &RuleSet, position: Position) -> u32 {
    match position {
        Position::Pelaksana => rs.bup_administrasi,
        Position::Struktural { eselon } if eselon.is_jpt() => rs.bup_jpt,
        Position::Struktural { .. } => rs.bup_administrasi,
        Position::Fungsional { jenjang } => rs.jenjang(jenjang).bup,
    }
}

/// The first KP date (1 Feb, Apr, Jun, Aug, Oct or Dec) on or after `date`.
pub fn next_kp_date(rs: &RuleSet, date: Date) -> Date {
    let mut candidate = if date.day() == 1 { date } else { date.first_of_next_month() };
    // At most twelve steps: every rule set has at least one KP month (validated).
    for _ in 0..12 {
        if rs.kp_months.contains(&candidate.month()) {
            return candidate;
        }
        candidate = candidate.add_months(1);
    }
    candidate
}

/// `next_kp_date` with its explanation.
pub fn kp_date(rs: &RuleSet, date: Date) -> (Date, Trace) {
    let kp = next_kp_date(rs, date);
    let mut trace = Trace::new();
    trace.push(
        "career.kp_date",
        REG_KP_DATES,
        &[("conditions_met_on", date.to_string())],
        kp.to_string(),
    );
    (kp, trace)
}

#[cfg(test)]
mod tests {
    #[test]
    fn eselon_codes_read_as_written_and_the_old_spellings_still_parse() {
        let code = |e: Eselon| serde_json::to_string(&e).unwrap();
        assert_eq!(code(Eselon::IIa), "\"ii_a\"");
        assert_eq!(code(Eselon::IIIa), "\"iii_a\"");
        assert_eq!(code(Eselon::IVb), "\"iv_b\"");
        let old: Eselon = serde_json::from_str("\"i_i_ia\"").unwrap();
        assert_eq!(old, Eselon::IIIa);
        let new: Eselon = serde_json::from_str("\"iii_a\"").unwrap();
        assert_eq!(new, Eselon::IIIa);
    }

    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_six_kp_dates_of_a_year() {
        let rs = RuleSet::current();
        let dates: Vec<String> = (1..=12)
            .map(|m| next_kp_date(&rs, Date::new(2025, m, 2).unwrap()).to_string())
            .collect();
        assert_eq!(
            dates,
            [
                "2025-02-01",
                "2025-04-01",
                "2025-04-01",
                "2025-06-01",
                "2025-06-01",
                "2025-08-01",
                "2025-08-01",
                "2025-10-01",
                "2025-10-01",
                "2025-12-01",
                "2025-12-01",
                "2026-02-01"
            ]
        );
        assert_eq!(next_kp_date(&rs, d("2025-04-01")), d("2025-04-01"));
        assert_eq!(next_kp_date(&rs, d("2025-03-01")), d("2025-04-01"));
    }

    #[test]
    fn worked_example_6_pelaksana_born_1996_03_01_retires_on_2054_04_01() {
        let (r, _) = retirement(&RuleSet::current(), d("1996-03-01"), Position::Pelaksana);
        assert_eq!(r.bup, 58);
        assert_eq!(r.reached_on, d("2054-03-01"));
        assert_eq!(r.pension_date, d("2054-04-01"));
    }

    #[test]
    fn bup_table_by_position() {
        let rs = RuleSet::current();
        let b = |p| bup_for(&rs, p);
        assert_eq!(b(Position::Pelaksana), 58);
        assert_eq!(b(Position::Struktural { eselon: Eselon::IIIa }), 58);
        assert_eq!(b(Position::Struktural { eselon: Eselon::IVb }), 58);
        assert_eq!(b(Position::Struktural { eselon: Eselon::IIa }), 60);
        assert_eq!(b(Position::Fungsional { jenjang: Jenjang::AhliPertama }), 58);
        assert_eq!(b(Position::Fungsional { jenjang: Jenjang::AhliMuda }), 58);
        assert_eq!(b(Position::Fungsional { jenjang: Jenjang::Penyelia }), 58);
        assert_eq!(b(Position::Fungsional { jenjang: Jenjang::AhliMadya }), 60);
        assert_eq!(b(Position::Fungsional { jenjang: Jenjang::AhliUtama }), 65);
    }

    #[test]
    fn eselon_ranges_match_pp_13_2002() {
        let r = |e: Eselon| {
            let (lo, hi) = e.range();
            format!("{lo}-{hi}")
        };
        assert_eq!(r(Eselon::Ia), "IV/d-IV/e");
        assert_eq!(r(Eselon::IIb), "IV/b-IV/c");
        assert_eq!(r(Eselon::IIIb), "III/d-IV/a");
        assert_eq!(r(Eselon::V), "III/a-III/b");
    }

    #[test]
    fn a_birthday_on_29_february_reaches_the_bup_on_28_february() {
        let (r, _) = retirement(&RuleSet::current(), d("1972-02-29"), Position::Pelaksana);
        assert_eq!(r.reached_on, d("2030-02-28"));
        assert_eq!(r.pension_date, d("2030-03-01"));
    }

    #[test]
    fn an_eselon_reads_from_its_code_and_as_written_and_its_code_is_its_serde_name() {
        for e in Eselon::ALL {
            assert_eq!(Eselon::parse(e.code()), Some(e));
            assert_eq!(Eselon::parse(e.label()), Some(e));
            assert_eq!(serde_json::to_value(e).unwrap(), e.code());
        }
        assert_eq!(Eselon::parse(" iib "), Some(Eselon::IIb));
        assert_eq!(Eselon::parse("VI"), None);
        assert_eq!(Eselon::parse(""), None);
    }
}
