//! A date as a person writes it at a Norwegian kiosk or desk, in bokmål or English:
//! `2024-03-04`, `4.3.2024`, `04.03.2024`, `4.3.24`, `4. mars 2024`, `4 mars 2024`,
//! `4. mar. 2024`, `4 March 2024`, `March 4, 2024`. A two-digit year is 20yy: the dates asked
//! for (treatment, invoice, application, deadline) are of this century. Anything else is
//! refused rather than guessed (a date without its year, `4/3/2024`, whose order differs
//! between countries).

use crate::date::{Date, DateError};

/// Month names in bokmål and English, full and cut to three letters (`mar`, `okt`, `des`),
/// each with its month number; compared without regard to case, a trailing `.` allowed.
const MONTHS: &[(&str, u8)] = &[
    ("januar", 1),
    ("january", 1),
    ("jan", 1),
    ("februar", 2),
    ("february", 2),
    ("feb", 2),
    ("mars", 3),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mai", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("desember", 12),
    ("december", 12),
    ("des", 12),
    ("dec", 12),
];

/// The date `t` names, or why it names none.
pub(super) fn date(t: &str) -> Result<Date, DateError> {
    let t = t.trim();
    if t.chars().any(char::is_alphabetic) {
        return named_month(t);
    }
    if !t.contains('.') {
        return Date::parse_iso(t);
    }
    let mut parts = t.split('.');
    let (Some(d), Some(m), Some(y), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(DateError::Format);
    };
    Date::new(year(y)?, number(m, 2)? as u8, number(d, 2)? as u8)
}

/// `4. mars 2024`, `4 March 2024`, `March 4, 2024`, `4. mar. 24`.
fn named_month(t: &str) -> Result<Date, DateError> {
    let mut words = t
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    let (Some(a), Some(b), Some(c), None) =
        (words.next(), words.next(), words.next(), words.next())
    else {
        return Err(DateError::Format);
    };
    let (day, month) = match (month(a), month(b)) {
        (Some(m), None) => (a_day(b)?, m),
        (None, Some(m)) => (a_day(a)?, m),
        _ => return Err(DateError::Format),
    };
    Date::new(year(c)?, month, day)
}

/// A day of the month, written `4` or `4.`.
fn a_day(w: &str) -> Result<u8, DateError> {
    Ok(number(w.strip_suffix('.').unwrap_or(w), 2)? as u8)
}

/// The month a word names (`mars`, `Mar.`, `MARCH`).
fn month(w: &str) -> Option<u8> {
    let w = w.strip_suffix('.').unwrap_or(w);
    MONTHS
        .iter()
        .find(|(name, _)| w.eq_ignore_ascii_case(name) || super::same_words(w, name))
        .map(|(_, m)| *m)
}

/// A year of four digits, or of two (20yy).
fn year(y: &str) -> Result<u16, DateError> {
    match y.len() {
        4 => number(y, 4),
        2 => Ok(2000 + number(y, 2)?),
        _ => Err(DateError::Format),
    }
}

/// One to `max_len` ASCII digits.
fn number(s: &str, max_len: usize) -> Result<u16, DateError> {
    if s.is_empty() || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::Format);
    }
    s.parse::<u16>().map_err(|_| DateError::Format)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_02_dates_as_people_write_them() {
        let march_4 = Ok(Date::ymd(2024, 3, 4));
        for t in [
            "2024-03-04",
            "4.3.2024",
            "04.03.2024",
            "4.3.24",
            " 4.3.24 ",
            "4. mars 2024",
            "4 mars 2024",
            "4. MARS 2024",
            "4. mar. 2024",
            "4 March 2024",
            "March 4, 2024",
            "4. mars 24",
        ] {
            assert_eq!(date(t), march_4, "{t}");
        }
        assert_eq!(date("31. desember 2025"), Ok(Date::ymd(2025, 12, 31)));
        assert_eq!(date("1. okt. 2023"), Ok(Date::ymd(2023, 10, 1)));
        for bad in [
            "4. mars",
            "mars 2024",
            "4/3/2024",
            "32.1.2024",
            "4.3.2024.1",
            "a.b.cdef",
            "4.3.202",
            "4. marsj 2024",
            "30. februar 2024",
            "4 4 2024",
        ] {
            assert!(date(bad).is_err(), "{bad}");
        }
        assert_eq!(date("30. februar 2024"), Err(DateError::Day));
    }
}
