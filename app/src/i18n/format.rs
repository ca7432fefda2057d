//! Numbers and dates as the page's language writes them, in one place: Indonesian writes
//! `37,5` and `1.250` (decimal comma, dot between thousands) and `2 Desember 2026`; English
//! writes `37.5`, `1,250` and `2 December 2026`. Pages and official forms format through here;
//! exports and the API keep machine formats (a program reads those).

use crate::i18n::Texts;
use crate::rules::Date;

/// Jakarta time (WIB, UTC+7): the agencies of the demo and the default for time stamps.
pub const WIB_OFFSET_MS: i64 = 7 * 3_600_000;

impl Texts {
    /// `v` with at most `decimals` digits after the separator, trailing zeros dropped
    /// (`37,5`, `110`, `1.250,25`).
    pub fn num(&self, v: f64, decimals: usize) -> String {
        let text = self.fixed(v, decimals);
        if decimals == 0 || !text.contains(self.decimal_separator) {
            return text;
        }
        text.trim_end_matches('0').trim_end_matches(self.decimal_separator).to_string()
    }

    /// `v` with exactly `decimals` digits after the separator (`114,50`).
    pub fn fixed(&self, v: f64, decimals: usize) -> String {
        if !v.is_finite() {
            return "—".into();
        }
        let raw = format!("{:.*}", decimals, v.abs());
        let (whole, fraction) = raw.split_once('.').unwrap_or((&raw, ""));
        let mut out = String::with_capacity(raw.len() + 4);
        // "-0" is not a number anyone writes.
        if v < 0.0 && raw.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            out.push('-');
        }
        out.push_str(&group(whole, self.group_separator));
        if !fraction.is_empty() {
            out.push_str(self.decimal_separator);
            out.push_str(fraction);
        }
        out
    }

    /// A whole number with thousands grouped (`12.500`).
    pub fn int(&self, v: i64) -> String {
        let digits = v.unsigned_abs().to_string();
        let sign = if v < 0 { "-" } else { "" };
        format!("{sign}{}", group(&digits, self.group_separator))
    }

    /// A percentage (`200 %` in Indonesian and `200%` in English are both read; we keep the
    /// narrow form of each language's official style: `200%`).
    pub fn percent(&self, v: f64, decimals: usize) -> String {
        format!("{}%", self.num(v, decimals))
    }

    /// `2 Desember 2026`.
    pub fn date(&self, d: Date) -> String {
        let month = self.months.split(',').nth(d.month() as usize - 1).unwrap_or_default();
        format!("{} {month} {}", d.day(), d.year())
    }

    /// A stored `YYYY-MM-DD` as [`Texts::date`]; anything else as it is.
    pub fn date_iso(&self, iso: &str) -> String {
        iso.parse::<Date>().map(|d| self.date(d)).unwrap_or_else(|_| iso.to_string())
    }

    /// A time stamp in milliseconds since the epoch, as a date in Jakarta time.
    pub fn date_ms(&self, at_ms: i64) -> String {
        self.date(Date::from_days((at_ms + WIB_OFFSET_MS).div_euclid(86_400_000)))
    }

    /// A time stamp in milliseconds since the epoch, as date and time in Jakarta time
    /// (`2 Desember 2026 14.05 WIB`; English `2 December 2026 14:05 WIB`).
    pub fn datetime_ms(&self, at_ms: i64) -> String {
        let local = at_ms + WIB_OFFSET_MS;
        let minutes = local.div_euclid(60_000).rem_euclid(24 * 60);
        let time_separator = if self.decimal_separator == "," { "." } else { ":" };
        format!(
            "{} {:02}{time_separator}{:02} WIB",
            self.date(Date::from_days(local.div_euclid(86_400_000))),
            minutes / 60,
            minutes % 60
        )
    }
}

/// A number typed by a user in either language's way: `99,5`, `99.5`, `1.250,5`, `1,250.5`.
/// A single separator is the decimal one (values typed here are targets, realisations and
/// weights, rarely in the thousands); with both kinds, the last one is; a repeated one groups.
pub fn parse_number(input: &str) -> Option<f64> {
    let s: String = input.trim().chars().filter(|c| !c.is_whitespace()).collect();
    if s.is_empty() {
        return None;
    }
    let (dots, commas) = (s.matches('.').count(), s.matches(',').count());
    let normalised = match (dots, commas) {
        (0, 0) => s,
        // One kind of separator only: a single one is decimal unless it groups exactly three
        // digits after several groups (`1.250.000`); repeated ones group thousands.
        (0, 1) => s.replace(',', "."),
        (1, 0) => s,
        (0, _) => s.replace(',', ""),
        (_, 0) => s.replace('.', ""),
        // Both: whichever comes last is the decimal separator.
        _ => {
            let last_dot = s.rfind('.').unwrap_or(0);
            let last_comma = s.rfind(',').unwrap_or(0);
            if last_comma > last_dot {
                s.replace('.', "").replace(',', ".")
            } else {
                s.replace(',', "")
            }
        }
    };
    normalised.parse::<f64>().ok().filter(|v| v.is_finite())
}

fn group(digits: &str, separator: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse_number;
    use crate::i18n::Locale;
    use crate::rules::Date;

    #[test]
    fn indonesian_writes_a_decimal_comma_and_groups_with_dots() {
        let t = Locale::Id.texts();
        assert_eq!(t.num(37.5, 3), "37,5");
        assert_eq!(t.num(75.0, 3), "75");
        assert_eq!(t.fixed(114.5, 2), "114,50");
        assert_eq!(t.num(1250.25, 2), "1.250,25");
        assert_eq!(t.int(6_000_000), "6.000.000");
        assert_eq!(t.percent(200.0, 1), "200%");
        assert_eq!(t.date(Date::new(2026, 12, 2).unwrap()), "2 Desember 2026");
    }

    #[test]
    fn english_writes_a_decimal_point_and_groups_with_commas() {
        let t = Locale::En.texts();
        assert_eq!(t.num(37.5, 3), "37.5");
        assert_eq!(t.fixed(114.5, 2), "114.50");
        assert_eq!(t.num(1250.25, 2), "1,250.25");
        assert_eq!(t.int(-1234), "-1,234");
        assert_eq!(t.date_iso("2026-12-02"), "2 December 2026");
        assert_eq!(t.date_iso("not a date"), "not a date");
    }

    #[test]
    fn small_negative_values_do_not_read_minus_zero() {
        assert_eq!(Locale::Id.texts().fixed(-0.001, 2), "0,00");
        assert_eq!(Locale::Id.texts().fixed(-1.5, 1), "-1,5");
    }

    #[test]
    fn time_stamps_are_in_jakarta_time() {
        // 2026-12-02 17:30 UTC is 2026-12-03 00:30 WIB.
        let ms = 1_796_232_600_000;
        assert_eq!(Locale::Id.texts().datetime_ms(ms), "3 Desember 2026 00.30 WIB");
        assert_eq!(Locale::En.texts().datetime_ms(ms), "3 December 2026 00:30 WIB");
    }

    #[test]
    fn numbers_are_read_in_either_languages_way() {
        assert_eq!(parse_number("99,5"), Some(99.5));
        assert_eq!(parse_number("99.5"), Some(99.5));
        assert_eq!(parse_number(" 1.250,5 "), Some(1250.5));
        assert_eq!(parse_number("1,250.5"), Some(1250.5));
        assert_eq!(parse_number("1.250.000"), Some(1_250_000.0));
        assert_eq!(parse_number("12"), Some(12.0));
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
    }
}
