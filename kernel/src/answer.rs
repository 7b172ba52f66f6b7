//! Answers typed by a person (at a kiosk, a desk, a notebook) recorded into the case: the text
//! is read as the fact's kind with the kernel's own parsers and stored through
//! [`Case::set`], so every interface records an answer the same way.

use crate::case::{Case, Stage, Stages, TreatmentDate, MAX_TREATMENT_DATES};
use crate::country::Country;
use crate::date::Date;
use crate::error::{Error, ErrorKind};
use crate::fact::AnswerKind;
use crate::fact::{Fact, SetError};
use crate::value::Value;
use heapless::Vec;

use crate::text::{NO_WORDS, YES_WORDS};

impl Case {
    /// Records the answer `text` to `fact` (at treatment date `index` for a per-date fact).
    /// Yes/no takes [`YES_WORDS`] and [`NO_WORDS`]; a choice one of [`Fact::options`]
    /// (several, comma-separated, for stages); dates are `YYYY-MM-DD` (several,
    /// comma-separated, for the treatment dates: what is known of a date already in the case
    /// is kept); a country an ISO 3166-1 alpha-2 code in any case; amounts whole øre.
    /// On error the case is unchanged and the error names the field.
    pub fn answer(&mut self, fact: Fact, index: Option<usize>, text: &str) -> Result<(), SetError> {
        if fact.per_date() && index.is_none_or(|i| i >= self.treatment.dates.len()) {
            return Err(SetError::NoSuchDate);
        }
        let text = text.trim();
        let fail = |kind| SetError::Invalid(Error::new(kind, fact.field_path(index)));
        let mut dates: Vec<TreatmentDate, MAX_TREATMENT_DATES> = Vec::new();
        let value = match fact.kind() {
            AnswerKind::Dates => {
                for part in text.split(',').map(str::trim) {
                    let d = Date::parse_iso(part).map_err(|e| fail(ErrorKind::InvalidDate(e)))?;
                    let known = self.treatment.dates.iter().find(|t| t.date == d);
                    let entry = known.copied().unwrap_or(TreatmentDate::on(d));
                    dates.push(entry).map_err(|_| fail(ErrorKind::TooMany))?;
                }
                Value::Dates(&dates)
            }
            _ => parse(fact, text).map_err(fail)?,
        };
        self.set(fact, index, Some(value))
    }
}

impl crate::inbound::InboundCase {
    /// Records the answer `text` to an inbound `fact`, read as [`Case::answer`] reads it. On
    /// error the case is unchanged and the error names the field.
    pub fn answer(&mut self, fact: Fact, text: &str) -> Result<(), Error> {
        let value = parse(fact, text.trim()).map_err(|k| Error::new(k, fact.field_path(None)))?;
        self.set(fact, Some(value))
    }
}

impl crate::methods::MethodCase {
    /// Records the answer `text` to a method `fact`, read as [`Case::answer`] reads it. On
    /// error the case is unchanged and the error names the field.
    pub fn answer(&mut self, fact: Fact, text: &str) -> Result<(), Error> {
        let value = parse(fact, text.trim()).map_err(|k| Error::new(k, fact.field_path(None)))?;
        self.set(fact, Some(value))
    }
}

/// The answer text as a value of the fact's kind (every kind but the treatment dates, which
/// keep what is known of each date and are read by [`Case::answer`]).
fn parse(fact: Fact, text: &str) -> Result<Value<'_>, ErrorKind> {
    Ok(match fact.kind() {
        AnswerKind::YesNo => Value::Bool(yes_no(text).ok_or(ErrorKind::InvalidValue)?),
        AnswerKind::Choice(options) => {
            let i = options.iter().position(|o| *o == text);
            Value::Choice(i.ok_or(ErrorKind::InvalidValue)? as u8)
        }
        AnswerKind::Choices(_) => Value::Stages(stages(text)?),
        AnswerKind::Date => Value::Date(Date::parse_iso(text).map_err(ErrorKind::InvalidDate)?),
        AnswerKind::Country => Value::Country(country(text).map_err(ErrorKind::InvalidCountry)?),
        AnswerKind::Amount | AnswerKind::Number => {
            // A number too long for any integer is still a number: for an amount it is an
            // amount too large (or too negative), as the JSON reader says of it.
            let too_large = |k: ErrorKind| match (k, fact.kind()) {
                (ErrorKind::NumberOutOfRange, AnswerKind::Amount) if text.starts_with('-') => {
                    ErrorKind::NegativeAmount
                }
                (ErrorKind::NumberOutOfRange, AnswerKind::Amount) => ErrorKind::AmountOverflow,
                (k, _) => k,
            };
            Value::Int(integer(text).map_err(too_large)?)
        }
        AnswerKind::Text => Value::Text(text),
        AnswerKind::Dates => return Err(ErrorKind::Internal),
    })
}

fn yes_no(t: &str) -> Option<bool> {
    let is = |words: &[&str]| words.iter().any(|w| t.eq_ignore_ascii_case(w));
    if is(YES_WORDS) {
        Some(true)
    } else if is(NO_WORDS) {
        Some(false)
    } else {
        None
    }
}

/// A comma-separated set of stage names, refused as the JSON reader refuses them: an empty
/// answer is no answer (every fact refuses one), and a stage twice is one too many.
fn stages(t: &str) -> Result<Stages, ErrorKind> {
    if t.is_empty() {
        return Err(ErrorKind::InvalidValue);
    }
    let mut s = Stages::NONE;
    for part in t.split(',').map(str::trim) {
        let stage = Stage::parse(part).ok_or(ErrorKind::InvalidValue)?;
        if s.contains(stage) {
            return Err(ErrorKind::TooMany);
        }
        s = s.with(stage);
    }
    Ok(s)
}

/// A country code; lower case is accepted at a kiosk keyboard.
fn country(t: &str) -> Result<Country, crate::country::CountryError> {
    match t.as_bytes() {
        [a, b] => {
            let up = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
            Country::parse(core::str::from_utf8(&up).unwrap_or(t))
        }
        _ => Country::parse(t),
    }
}

/// A whole number with an optional minus sign (the range is the fact's, checked by `set`).
fn integer(t: &str) -> Result<i64, ErrorKind> {
    let digits = t.strip_prefix('-').unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ErrorKind::InvalidValue);
    }
    t.parse::<i64>().map_err(|_| ErrorKind::NumberOutOfRange)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fact can be answered from text: otherwise a kiosk would be stuck on a question it
    /// cannot record.
    #[test]
    fn c_04_every_fact_can_be_answered() {
        for f in Fact::OUTBOUND {
            let mut c = Case::new(Date::ymd(2024, 6, 1));
            c.treatment
                .dates
                .push(TreatmentDate::on(Date::ymd(2024, 3, 4)))
                .unwrap();
            let text = match f.kind() {
                AnswerKind::YesNo => "ja",
                AnswerKind::Choice(o) | AnswerKind::Choices(o) => o[0],
                AnswerKind::Date => "2024-03-05",
                AnswerKind::Dates => "2024-03-04, 2024-03-06",
                AnswerKind::Country => "de",
                AnswerKind::Amount | AnswerKind::Number => "1",
                AnswerKind::Text => "Nesna",
            };
            let before = c.clone();
            c.answer(*f, Some(0), text)
                .unwrap_or_else(|e| panic!("{f:?}: {e:?}"));
            assert_ne!(c, before, "{f:?} changed nothing");
            assert!(c.get(*f, Some(0)).is_some(), "{f:?} reads back as unknown");
        }
    }

    #[test]
    fn c_04_a_refused_answer_leaves_the_case_unchanged() {
        let mut c = Case::new(Date::ymd(2024, 6, 1));
        c.answer(Fact::TravelOneWayKm, None, "84").unwrap();
        let before = c.clone();
        for (f, text, code) in [
            (Fact::TravelOneWayKm, "10001", 122),
            (Fact::TravelOneWayKm, "84 km", 112),
            (Fact::Expenses, "-5", 120),
            (Fact::Expenses, "1000000000000001", 121),
            (Fact::Expenses, "99999999999999999999999", 121),
            (Fact::Expenses, "-99999999999999999999999", 120),
            (Fact::TravelOneWayKm, "99999999999999999999999", 122),
            (Fact::MemberOfFolketrygden, "kanskje", 112),
            (Fact::TreatmentCountry, "XX", 111),
            (Fact::WaitingDeadline, "2024-02-30", 110),
            (Fact::StagesGranted, "", 112),
            (Fact::StagesGranted, "diagnostics, diagnostics", 131),
            (Fact::StagesGranted, "diagnostics,", 112),
        ] {
            match c.answer(f, None, text) {
                Err(SetError::Invalid(e)) => {
                    assert_eq!(e.kind.code(), code, "{f:?} {text}");
                    assert_eq!(e.path, f.field_path(None));
                }
                other => panic!("{f:?} {text}: {other:?}"),
            }
            assert_eq!(c, before);
        }
        assert_eq!(
            c.answer(Fact::InvoiceDate, Some(0), "2024-03-20"),
            Err(SetError::NoSuchDate)
        );
    }
}
