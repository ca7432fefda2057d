//! A calendar date without a clock or a time zone: the rules only ever need days.
//!
//! Written here (rather than pulling a date crate into the browser bundle) because the rules need
//! a handful of operations, all of which must behave identically natively and in WebAssembly.
//! Serialised as ISO-8601 `YYYY-MM-DD`.

use std::{fmt, str::FromStr};

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DateError {
    #[error("`{text}` is not a date in the form YYYY-MM-DD")]
    Format { text: String },
    #[error("{year:04}-{month:02}-{day:02} does not exist")]
    NoSuchDay { year: i32, month: u32, day: u32 },
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay { year, month, day });
        }
        Ok(Date { year, month: month as u8, day: day as u8 })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before), by Howard Hinnant's civil-from-days algorithm.
    pub fn to_days(self) -> i64 {
        let (y, m, d) = (i64::from(self.year), i64::from(self.month), i64::from(self.day));
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The same day `n` months later (or earlier), clamped to the month's last day.
    pub fn add_months(self, n: i32) -> Date {
        let index = self.year * 12 + i32::from(self.month) - 1 + n;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        let day = u32::from(self.day).min(days_in_month(year, month));
        Date { year, month: month as u8, day: day as u8 }
    }

    pub fn add_years(self, n: i32) -> Date {
        self.add_months(n * 12)
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// The first day of the month after this date's month.
    pub fn first_of_next_month(self) -> Date {
        Date { year: self.year, month: self.month, day: 1 }.add_months(1)
    }

    /// Whole months from `self` to `later` (0 if `later` is earlier): the count used for
    /// "years in rank" and for pro-rating credit points.
    pub fn whole_months_until(self, later: Date) -> u32 {
        if later <= self {
            return 0;
        }
        let mut months =
            (later.year - self.year) * 12 + i32::from(later.month) - i32::from(self.month);
        if later.day < self.day {
            months -= 1;
        }
        months.max(0) as u32
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Stored dates are read as text (`YYYY-MM-DD`).
impl TryFrom<String> for Date {
    type Error = DateError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let format = || DateError::Format { text: s.to_string() };
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(format());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| format())
            } else {
                Err(format())
            }
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        Date::new(y as i32, m, d)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// A date travels as `YYYY-MM-DD` text.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date", "examples": ["2026-01-02"] })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn days_round_trip_across_leap_years_and_centuries() {
        for days in (-800_000..800_000).step_by(37) {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2000-03-01").to_days() - d("2000-02-28").to_days(), 2);
        assert_eq!(d("1900-03-01").to_days() - d("1900-02-28").to_days(), 1);
    }

    #[test]
    fn month_arithmetic_clamps_to_the_end_of_short_months() {
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(d("2023-01-31").add_months(1), d("2023-02-28"));
        assert_eq!(d("2024-12-15").add_months(1), d("2025-01-15"));
        assert_eq!(d("2024-01-15").add_months(-1), d("2023-12-15"));
        assert_eq!(d("2054-03-01").first_of_next_month(), d("2054-04-01"));
        assert_eq!(d("2054-12-31").first_of_next_month(), d("2055-01-01"));
    }

    #[test]
    fn whole_months_count_only_completed_months() {
        assert_eq!(d("2020-04-01").whole_months_until(d("2024-04-01")), 48);
        assert_eq!(d("2020-04-15").whole_months_until(d("2024-04-14")), 47);
        assert_eq!(d("2020-04-15").whole_months_until(d("2020-01-01")), 0);
    }

    #[test]
    fn bad_dates_are_refused_with_the_reason() {
        assert_eq!(
            "2023-02-29".parse::<Date>(),
            Err(DateError::NoSuchDay { year: 2023, month: 2, day: 29 })
        );
        assert!(matches!("2023-2-28".parse::<Date>(), Err(DateError::Format { .. })));
        assert!(matches!("2023-0a-28".parse::<Date>(), Err(DateError::Format { .. })));
        assert_eq!(serde_json::to_string(&d("2024-02-29")).unwrap(), "\"2024-02-29\"");
        assert!(serde_json::from_str::<Date>("\"2024-13-01\"").is_err());
    }
}
