//! Calendar dates (`YYYY-MM-DD`), without time zones.

use std::fmt;

/// A calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses exactly `YYYY-MM-DD` with a real day of that month.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
            return None;
        }
        Some(Date {
            year: y as u16,
            month: m as u8,
            day: d as u8,
        })
    }

    /// `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        self.to_string()
    }

    /// The day `days` after 1970-01-01 (H. Hinnant's civil-from-days); years outside
    /// 0..=9999 are clamped to them.
    pub fn from_unix_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date {
            year: year.clamp(0, 9999) as u16,
            month: month as u8,
            day: day as u8,
        }
    }

    /// Today: the day of `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention) when
    /// it is set and valid, else the system clock's date in UTC (1970-01-01 when the clock is
    /// before it). What a build calls "ahead" and what `check` calls "after today" both read it.
    pub fn today() -> Date {
        let secs = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_secs())
            });
        Date::from_unix_days((secs / 86_400) as i64)
    }

    /// The same day and month in `year`, if that day exists then (29 February).
    pub fn with_year(self, year: u16) -> Option<Date> {
        (self.day as u32 <= days_in_month(year as u32, self.month as u32))
            .then_some(Date { year, ..self })
    }
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    #[test]
    fn parses_real_dates_only() {
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2024-13-01").is_none());
        assert!(Date::parse("2024-1-01").is_none());
        assert!(Date::parse("24-01-01xx").is_none());
        assert!(Date::parse("2024-06-30") < Date::parse("2024-07-01"));
    }

    #[test]
    fn dates_of_unix_days() {
        let d = |s: &str| Date::parse(s).unwrap();
        assert_eq!(Date::from_unix_days(951_782_400 / 86_400), d("2000-02-29"));
        assert_eq!(
            Date::from_unix_days(1_648_943_999 / 86_400),
            d("2022-04-02")
        );
        assert_eq!(
            Date::from_unix_days(1_648_944_000 / 86_400),
            d("2022-04-03")
        );
        assert_eq!(
            Date::from_unix_days(4_107_542_400 / 86_400),
            d("2100-03-01")
        );
    }

    #[test]
    fn counts_days_from_the_epoch() {
        assert_eq!(Date::from_unix_days(0).iso(), "1970-01-01");
        assert_eq!(Date::from_unix_days(19_782).iso(), "2024-02-29");
        assert_eq!(Date::from_unix_days(20_454).iso(), "2026-01-01");
        assert!(Date::today() > Date::from_unix_days(20_000));
    }

    #[test]
    fn moves_a_day_to_another_year() {
        let leap = Date::parse("2024-02-29").unwrap();
        assert!(leap.with_year(2025).is_none());
        assert_eq!(
            leap.with_year(2028).map(|d| d.iso()).as_deref(),
            Some("2028-02-29")
        );
    }
}
