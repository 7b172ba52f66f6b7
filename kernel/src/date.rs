//! Civil dates (C-02): proleptic Gregorian, no time zone, no clock reads.
//!
//! A [`Date`] can only be built valid: `2024-02-30` is an error, never a silent roll-over.
//! Arithmetic goes through a day number (days since 1970-01-01) so that "days between" and
//! "N days after" are exact; "N months after" follows the end-of-month rule of C-02.

use core::fmt;

/// The earliest year the kernel accepts. Older dates are almost certainly typing errors.
pub const MIN_YEAR: u16 = 1900;
/// The latest year the kernel accepts.
pub const MAX_YEAR: u16 = 2999;
/// The latest year date arithmetic reaches: a deadline months or weeks after an accepted date
/// (2999-12-31 + 6 months) is still a date, never left out for want of a year (issue 28).
pub const MAX_COMPUTED_YEAR: u16 = 9999;

/// A valid civil date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Date {
    // Field order matters: the derived ordering compares year, then month, then day.
    year: u16,
    month: u8,
    day: u8,
}

/// Why a date was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
#[non_exhaustive]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// The year is outside [`MIN_YEAR`]..=[`MAX_YEAR`].
    YearOutOfRange,
    /// The month is not 1..=12.
    Month,
    /// The day does not exist in that month (for example 2024-02-30).
    Day,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::Format => "expected a date as YYYY-MM-DD",
            DateError::YearOutOfRange => "year outside 1900..=2999",
            DateError::Month => "month outside 1..=12",
            DateError::Day => "day does not exist in that month",
        })
    }
}

impl core::error::Error for DateError {}

/// Whether `year` is a leap year in the proleptic Gregorian calendar.
pub const fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// The number of days in `month` (1..=12) of `year`.
pub const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A checked date.
    pub const fn new(year: u16, month: u8, day: u8) -> Result<Date, DateError> {
        if year < MIN_YEAR || year > MAX_YEAR {
            return Err(DateError::YearOutOfRange);
        }
        if month < 1 || month > 12 {
            return Err(DateError::Month);
        }
        if day < 1 || day > days_in_month(year, month) {
            return Err(DateError::Day);
        }
        Ok(Date { year, month, day })
    }

    /// A date from constants known to be valid; a wrong constant fails to compile in a
    /// `const` context (used for the built-in parameter table).
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        match Date::new(year, month, day) {
            Ok(d) => d,
            Err(_) => panic!("invalid date constant"),
        }
    }

    /// The year.
    pub const fn year(self) -> u16 {
        self.year
    }

    /// The month, 1..=12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1..=31.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Parses exactly `YYYY-MM-DD` (ISO 8601 calendar date, extended format).
    pub fn parse_iso(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        let year = digits(&b[0..4])?;
        let month = digits(&b[5..7])?;
        let day = digits(&b[8..10])?;
        // The digit counts bound the values, so the narrowing casts cannot truncate.
        Date::new(year as u16, month as u8, day as u8)
    }

    /// Writes `YYYY-MM-DD` into a fixed array (no allocation).
    pub fn to_iso(self) -> [u8; 10] {
        let mut out = *b"0000-00-00";
        let y = self.year;
        out[0] = b'0' + (y / 1000 % 10) as u8;
        out[1] = b'0' + (y / 100 % 10) as u8;
        out[2] = b'0' + (y / 10 % 10) as u8;
        out[3] = b'0' + (y % 10) as u8;
        out[5] = b'0' + self.month / 10;
        out[6] = b'0' + self.month % 10;
        out[8] = b'0' + self.day / 10;
        out[9] = b'0' + self.day % 10;
        out
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub const fn day_number(self) -> i32 {
        let y = self.year as i32 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i32;
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + self.day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date with the given day number, if it lies within the years the kernel accepts
    /// ([`MIN_YEAR`]..=[`MAX_YEAR`]): a day number read as input.
    pub const fn from_day_number(n: i32) -> Option<Date> {
        match Date::computed(n) {
            Some(d) if d.year <= MAX_YEAR => Some(d),
            _ => None,
        }
    }

    /// The date with the given day number, up to [`MAX_COMPUTED_YEAR`]: the result of date
    /// arithmetic on accepted dates.
    const fn computed(n: i32) -> Option<Date> {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
        if year < MIN_YEAR as i32 || year > MAX_COMPUTED_YEAR as i32 {
            return None;
        }
        Some(Date {
            year: year as u16,
            month,
            day,
        })
    }

    /// `other - self` in days: positive when `other` is later.
    pub const fn days_until(self, other: Date) -> i32 {
        other.day_number() - self.day_number()
    }

    /// The day of the week: 0 Monday … 6 Sunday (1970-01-01 was a Thursday).
    pub const fn weekday(self) -> u8 {
        (Date::ymd(1970, 1, 1).days_until(self) + 3).rem_euclid(7) as u8
    }

    /// The date `days` days later (or earlier when negative); `None` past the supported years.
    pub const fn add_days(self, days: i32) -> Option<Date> {
        Date::computed(self.day_number() + days)
    }

    /// The date `weeks` weeks later (C-02: a week is 7 days).
    pub const fn add_weeks(self, weeks: u16) -> Option<Date> {
        self.add_days(weeks as i32 * 7)
    }

    /// "N months after" (C-02): the same day number N months later, or that month's last day
    /// when it has no such day (31 August + 6 months = 28 or 29 February).
    pub const fn add_months(self, months: u16) -> Option<Date> {
        let total = self.month as u32 - 1 + months as u32;
        let year = self.year as u32 + total / 12;
        if year > MAX_COMPUTED_YEAR as u32 {
            return None;
        }
        let year = year as u16;
        let month = (total % 12) as u8 + 1;
        let last = days_in_month(year, month);
        let day = if self.day > last { last } else { self.day };
        Some(Date { year, month, day })
    }
}

fn digits(b: &[u8]) -> Result<u32, DateError> {
    let mut v = 0u32;
    for &c in b {
        if !c.is_ascii_digit() {
            return Err(DateError::Format);
        }
        v = v * 10 + (c - b'0') as u32;
    }
    Ok(v)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let iso = self.to_iso();
        // to_iso writes only ASCII digits and dashes.
        f.write_str(core::str::from_utf8(&iso).unwrap_or("????-??-??"))
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let iso = self.to_iso();
        s.serialize_str(core::str::from_utf8(&iso).unwrap_or("????-??-??"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn c_02_parses_and_prints_iso() {
        let x = d("2024-02-29");
        assert_eq!((x.year(), x.month(), x.day()), (2024, 2, 29));
        assert_eq!(&x.to_iso(), b"2024-02-29");
    }

    #[test]
    fn c_02_rejects_impossible_dates() {
        assert_eq!(Date::parse_iso("2024-02-30"), Err(DateError::Day));
        assert_eq!(Date::parse_iso("2023-02-29"), Err(DateError::Day));
        assert_eq!(Date::parse_iso("2024-13-01"), Err(DateError::Month));
        assert_eq!(Date::parse_iso("2024-00-10"), Err(DateError::Month));
        assert_eq!(Date::parse_iso("2024-04-31"), Err(DateError::Day));
        assert_eq!(
            Date::parse_iso("1899-12-31"),
            Err(DateError::YearOutOfRange)
        );
        assert_eq!(Date::parse_iso("2024-1-01"), Err(DateError::Format));
        assert_eq!(Date::parse_iso("2024/01/01"), Err(DateError::Format));
        assert_eq!(Date::parse_iso("２０２４-01-01"), Err(DateError::Format));
        assert_eq!(Date::parse_iso("+024-01-01"), Err(DateError::Format));
    }

    #[test]
    fn c_02_leap_years() {
        assert!(is_leap_year(2000));
        assert!(!is_leap_year(1900));
        assert!(is_leap_year(2024));
        assert!(!is_leap_year(2023));
        assert!(!is_leap_year(2100));
    }

    #[test]
    fn c_02_months_after_end_of_month_rule() {
        assert_eq!(d("2023-08-31").add_months(6), Some(d("2024-02-29")));
        assert_eq!(d("2022-08-31").add_months(6), Some(d("2023-02-28")));
        assert_eq!(d("2024-03-31").add_months(6), Some(d("2024-09-30")));
        assert_eq!(d("2024-01-15").add_months(6), Some(d("2024-07-15")));
        assert_eq!(d("2024-11-30").add_months(3), Some(d("2025-02-28")));
        assert_eq!(d("2024-12-01").add_months(12), Some(d("2025-12-01")));
        // Arithmetic on the last accepted year still gives a date (issue 28: a deadline past
        // 2999 was left out of `deadlines`); only input stops at MAX_YEAR.
        let text = |d: Option<Date>| d.map(|d| format!("{d}"));
        let last = d("2999-12-31");
        assert_eq!(text(last.add_months(6)).as_deref(), Some("3000-06-30"));
        assert_eq!(text(last.add_days(1)).as_deref(), Some("3000-01-01"));
        assert_eq!(Date::from_day_number(last.day_number() + 1), None);
        let end = last.add_days(Date::ymd(1900, 1, 1).days_until(last) * 7);
        assert_eq!(end, None, "past 9999");
    }

    #[test]
    fn c_02_days_between_and_weeks() {
        assert_eq!(d("2024-01-01").days_until(d("2024-12-31")), 365);
        assert_eq!(d("2023-01-01").days_until(d("2024-01-01")), 365);
        assert_eq!(d("2024-03-01").days_until(d("2024-02-28")), -2);
        assert_eq!(d("1970-01-01").day_number(), 0);
        assert_eq!(d("2024-01-10").add_weeks(4), Some(d("2024-02-07")));
        assert_eq!(d("2024-02-28").add_days(1), Some(d("2024-02-29")));
    }

    #[test]
    fn c_02_day_numbers_round_trip_every_day() {
        // Under Miri (about 10^4 times slower) a window around a century leap day and the
        // range's last days stand for the whole range.
        let (start, end) = if cfg!(miri) {
            ("1999-12-01", "2000-03-31")
        } else {
            ("1900-01-01", "2999-12-31")
        };
        let mut n = d(start).day_number();
        let end = d(end).day_number();
        let mut prev = Date::from_day_number(n).unwrap();
        n += 1;
        while n <= end {
            let x = Date::from_day_number(n).unwrap();
            assert!(x > prev);
            assert_eq!(x.day_number(), n);
            assert_eq!(
                Date::parse_iso(core::str::from_utf8(&x.to_iso()).unwrap()),
                Ok(x)
            );
            prev = x;
            n += 1;
        }
        let last = d("2999-12-31").day_number();
        assert_eq!(Date::from_day_number(last), Some(d("2999-12-31")));
        assert_eq!(Date::from_day_number(last + 1), None);
    }
}
