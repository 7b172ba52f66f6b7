//! Answers typed by a person (at a kiosk, a desk, a notebook) recorded into the case: the text
//! is read as the fact's kind with the kernel's own parsers and stored through
//! [`Case::set`], so every interface records an answer the same way.

use crate::case::{Case, Stages, TreatmentDate, MAX_TREATMENT_DATES};
use crate::country::Country;
use crate::error::{Error, ErrorKind};
use crate::fact::AnswerKind;
use crate::fact::{Fact, SetError};
use crate::value::Value;
use heapless::Vec;

use crate::text::{BACK_WORDS, DONT_KNOW_WORDS, NO_WORDS, ON_THE_SPOT_WORDS, YES_WORDS};

mod choice;
mod dates;
mod help;
mod kroner;

pub use help::{help, hint, AnswerHelp};

/// Whether `text` asks to take the previous answer back ([`BACK_WORDS`], any case: `Tilbake`,
/// `TILBAKE`, `back`). Every interface asks the kernel, so a kiosk keeps no word list of its own.
pub fn is_back(text: &str) -> bool {
    one_of(text, BACK_WORDS)
}

/// Whether `text` says "I do not know" ([`DONT_KNOW_WORDS`], any case).
pub fn is_dont_know(text: &str) -> bool {
    one_of(text, DONT_KNOW_WORDS)
}

fn one_of(text: &str, words: &[&str]) -> bool {
    let t = text.trim();
    words.iter().any(|w| same_words(t, w))
}

/// Whether two words or phrases are the same to a reader: in any case (`Øyeblikkelig` is
/// `øyeblikkelig`), a trailing comma, full stop or other mark aside.
fn same_words(a: &str, b: &str) -> bool {
    fn cut(s: &str) -> &str {
        s.trim().trim_end_matches([',', '.', ';', ':', '!', '?'])
    }
    let (a, b) = (cut(a), cut(b));
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

impl Case {
    /// Records the answer `text` to `fact` (at treatment date `index` for a per-date fact).
    /// Yes/no takes [`YES_WORDS`] and [`NO_WORDS`]; a choice one of [`Fact::options`]
    /// (several, comma-separated, for stages); dates are `YYYY-MM-DD` (several,
    /// comma-separated, for the treatment dates: what is known of a date already in the case
    /// is kept); a country an ISO 3166-1 alpha-2 code in any case or its name in bokmål or
    /// English; dates also `d.m.yyyy`; counts with their unit (`84 km`); amounts in kroner as
    /// people write them (`1 234,50`, `kr 145 000`), recorded in øre.
    /// "Don't know" ([`DONT_KNOW_WORDS`]) records the fact as declined: it stays unknown, the
    /// interview moves on, and the decision names it for a caseworker (C-04); a later answer
    /// takes the mark away. On error the case is unchanged and the error names the field.
    pub fn answer(&mut self, fact: Fact, index: Option<usize>, text: &str) -> Result<(), SetError> {
        if fact.per_date() && index.is_none_or(|i| i >= self.treatment.dates.len()) {
            return Err(SetError::NoSuchDate);
        }
        let text = text.trim();
        if fact == Fact::InvoiceDate {
            // One question settles where the deadline runs from (EEA-14): the first request
            // for payment's date, or "on the spot" for a patient who paid there. Each answer
            // replaces what an earlier one said about paying on the spot.
            let mut next = self.clone();
            next.set(Fact::SettledOnTheSpot, index, None)?;
            if one_of(text, ON_THE_SPOT_WORDS) {
                next.set(Fact::InvoiceDate, index, None)?;
                next.set(Fact::SettledOnTheSpot, index, Some(Value::Bool(true)))?;
                next.declined = next.declined.without(fact);
            } else {
                next.record(fact, index, text)?;
            }
            *self = next;
            return Ok(());
        }
        self.record(fact, index, text)
    }

    /// Records `text` as the answer to `fact`: "vet ikke", or a value of its kind.
    fn record(&mut self, fact: Fact, index: Option<usize>, text: &str) -> Result<(), SetError> {
        if is_dont_know(text) {
            // Unknown, not a guess; a value given before is withdrawn with it.
            self.set(fact, index, None)?;
            self.declined = self.declined.with(fact);
            return Ok(());
        }
        let fail = |kind| SetError::Invalid(Error::new(kind, fact.field_path(index)));
        let mut dates: Vec<TreatmentDate, MAX_TREATMENT_DATES> = Vec::new();
        let value = match fact.kind() {
            AnswerKind::Dates => {
                for part in text.split(',').map(str::trim) {
                    let d = dates::date(part).map_err(|e| fail(ErrorKind::InvalidDate(e)))?;
                    let known = self.treatment.dates.iter().find(|t| t.date == d);
                    let entry = known.copied().unwrap_or(TreatmentDate::on(d));
                    dates.push(entry).map_err(|_| fail(ErrorKind::TooMany))?;
                }
                Value::Dates(&dates)
            }
            _ => parse(fact, text).map_err(fail)?,
        };
        self.set(fact, index, Some(value))?;
        self.declined = self.declined.without(fact);
        Ok(())
    }
}

impl crate::case::inbound::InboundCase {
    /// Records the answer `text` to an inbound `fact`, read as [`Case::answer`] reads it ("vet
    /// ikke" marks it declined: the interview moves on). On error the case is unchanged and the
    /// error names the field.
    pub fn answer(&mut self, fact: Fact, text: &str) -> Result<(), Error> {
        if is_dont_know(text) {
            self.set(fact, None)?;
            self.declined = self.declined.with(fact);
            return Ok(());
        }
        let value = parse(fact, text.trim()).map_err(|k| Error::new(k, fact.field_path(None)))?;
        self.set(fact, Some(value))?;
        self.declined = self.declined.without(fact);
        Ok(())
    }
}

impl crate::case::method::MethodCase {
    /// Records the answer `text` to a method `fact`, read as [`Case::answer`] reads it ("vet
    /// ikke" marks it declined: the interview moves on). On error the case is unchanged and the
    /// error names the field.
    pub fn answer(&mut self, fact: Fact, text: &str) -> Result<(), Error> {
        if is_dont_know(text) {
            self.set(fact, None)?;
            self.declined = self.declined.with(fact);
            return Ok(());
        }
        let value = parse(fact, text.trim()).map_err(|k| Error::new(k, fact.field_path(None)))?;
        self.set(fact, Some(value))?;
        self.declined = self.declined.without(fact);
        Ok(())
    }
}

/// The answer text as a value of the fact's kind (every kind but the treatment dates, which
/// keep what is known of each date and are read by [`Case::answer`]).
fn parse(fact: Fact, text: &str) -> Result<Value<'_>, ErrorKind> {
    Ok(match fact.kind() {
        AnswerKind::YesNo => Value::Bool(yes_no(text).ok_or(ErrorKind::InvalidValue)?),
        AnswerKind::Choice(_) => {
            Value::Choice(choice::option(fact, text).ok_or(ErrorKind::InvalidValue)? as u8)
        }
        AnswerKind::Choices(options) => Value::Stages(stages(fact, options, text)?),
        AnswerKind::Date => Value::Date(dates::date(text).map_err(ErrorKind::InvalidDate)?),
        AnswerKind::Country => Value::Country(country(text).map_err(ErrorKind::InvalidCountry)?),
        // An amount is answered in kroner as people write them ("1 234,50", "kr 145 000");
        // the case holds øre.
        AnswerKind::Amount => Value::Int(kroner::ore(text)?),
        // A count may carry its unit and digit groups as people write it: "84 km",
        // "1 200 km", "12 måneder".
        AnswerKind::Number => Value::Int(integer(without_unit(text).as_str())?),
        AnswerKind::Text => Value::Text(text),
        AnswerKind::Dates => return Err(ErrorKind::Internal),
    })
}

/// The unit words a count may end with (the counts of the fact tables: kilometres, trips,
/// months, consultations), in bokmål and English.
const UNITS: &[&str] = &[
    "km",
    "kilometer",
    "kilometre",
    "kilometres",
    "kilometers",
    "tur",
    "turer",
    "trip",
    "trips",
    "måned",
    "måneder",
    "mnd",
    "month",
    "months",
    "konsultasjon",
    "konsultasjoner",
    "consultation",
    "consultations",
];

/// A count as written, its unit word and the spaces between digit groups taken off:
/// `"1 200 km"` → `"1200"`. Only a known unit word ([`UNITS`]) is taken off.
fn without_unit(t: &str) -> heapless::String<24> {
    let word_start = t
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(t.len(), |(i, _)| i);
    let unit = &t[word_start..];
    let number = if !unit.is_empty() && UNITS.iter().any(|u| unit.eq_ignore_ascii_case(u)) {
        t[..word_start].trim_end()
    } else {
        t
    };
    let mut out = heapless::String::new();
    for c in number
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
    {
        if out.push(c).is_err() {
            // Longer than any count: left as it is, for `integer` to refuse.
            return heapless::String::try_from("x").unwrap_or_default();
        }
    }
    out
}

fn yes_no(t: &str) -> Option<bool> {
    if one_of(t, YES_WORDS) {
        Some(true)
    } else if one_of(t, NO_WORDS) {
        Some(false)
    } else {
        None
    }
}

/// A comma-separated set of stage names, refused as the JSON reader refuses them: an empty
/// answer is no answer (every fact refuses one), and a stage given twice is a duplicate.
/// Each stage by its key, its label or its number, as a choice is made.
fn stages(fact: Fact, options: &[&str], t: &str) -> Result<Stages, ErrorKind> {
    if t.is_empty() {
        return Err(ErrorKind::InvalidValue);
    }
    t.split(',').try_fold(Stages::NONE, |set, part| {
        let i = choice::option(fact, part).ok_or(ErrorKind::InvalidValue)?;
        set.try_add(options[i])
    })
}

/// A country code (lower case is accepted at a kiosk keyboard), or the country's name in
/// bokmål or English ("Tyskland", "Germany").
fn country(t: &str) -> Result<Country, crate::country::CountryError> {
    let t = t.trim();
    match t.as_bytes() {
        [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            let up = [a.to_ascii_uppercase(), b.to_ascii_uppercase()];
            // "UK" is no ISO code, but it is what people write for the United Kingdom.
            Country::parse(core::str::from_utf8(&up).unwrap_or(t))
                .or_else(|e| Country::from_name(t).ok_or(e))
        }
        _ => Country::from_name(t).ok_or(crate::country::CountryError::Unknown),
    }
}

/// A whole number with an optional minus sign (the range is the fact's, checked by `set`).
fn integer(t: &str) -> Result<i64, ErrorKind> {
    let digits = t.strip_prefix('-').unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        // A number, but not a whole one (`12.5`, `12,5`, `1e3`, `1e400`): out of range for a
        // count, as the JSON reader says of the same number; anything else is no answer.
        return Err(if is_number(digits) {
            ErrorKind::NumberOutOfRange
        } else {
            ErrorKind::InvalidValue
        });
    }
    t.parse::<i64>().map_err(|_| ErrorKind::NumberOutOfRange)
}

/// Whether `t` (without its sign) is written as a number: digits with a decimal point or
/// comma and an exponent, as JSON or a Norwegian writes one.
fn is_number(t: &str) -> bool {
    let (mantissa, exponent) = match t.find(['e', 'E']) {
        Some(at) => (&t[..at], Some(&t[at + 1..])),
        None => (t, None),
    };
    let mut parts = mantissa.splitn(2, ['.', ',']);
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)));
    digits(whole) && fraction.is_none_or(digits) && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    /// A number that is not whole is out of range for a count (122), as the JSON reader says
    /// of the same number; text that is no number is no answer (112).
    #[test]
    fn c_04_a_count_answered_with_a_fraction_or_exponent_is_out_of_range() {
        for t in ["1e400", "12.5", "12,5", "1E3", "2e+1", "-1.5"] {
            assert_eq!(integer(t), Err(ErrorKind::NumberOutOfRange), "{t}");
        }
        for t in ["", "abc", "1.2.3", "e5", "1e", "12 ,5", "--1"] {
            assert_eq!(integer(t), Err(ErrorKind::InvalidValue), "{t}");
        }
        assert_eq!(
            integer("99999999999999999999"),
            Err(ErrorKind::NumberOutOfRange)
        );
    }

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

    /// Answers as people type them at a Norwegian kiosk or desk: dates `d.m.yyyy`, counts
    /// with their unit and digit groups, amounts in kroner, countries by name.
    #[test]
    fn c_04_natural_dates_and_counts() {
        let mut c = Case::new(Date::ymd(2024, 6, 1));
        c.answer(Fact::TravelOneWayKm, None, "1 200 km").unwrap();
        assert_eq!(c.travel.one_way_km, Some(1200));
        c.answer(Fact::TravelOneWayKm, None, "84km").unwrap();
        assert_eq!(c.travel.one_way_km, Some(84));
        c.answer(Fact::ClaimReceived, None, "4.3.2024").unwrap();
        assert_eq!(
            c.get(Fact::ClaimReceived, None),
            Some(Value::Date(Date::ymd(2024, 3, 4)))
        );
        c.answer(Fact::ClaimReceived, None, "04.03.2024").unwrap();
        for bad in ["32.1.2024", "4.3.2024.1", "a.b.cdef"] {
            assert!(c.answer(Fact::ClaimReceived, None, bad).is_err(), "{bad}");
        }
        assert!(c.answer(Fact::TravelOneWayKm, None, "km").is_err());
        assert!(
            c.answer(Fact::TravelOneWayKm, None, "12x").is_err(),
            "only known units"
        );
        // Amounts in kroner, recorded in øre; countries by name.
        c.answer(Fact::Expenses, None, "kr 1 234,50").unwrap();
        assert_eq!(c.costs.expenses.map(|o| o.get()), Some(123_450));
        c.answer(Fact::TreatmentCountry, None, "Tyskland").unwrap();
        assert_eq!(c.treatment.country.map(|k| k.code()), Some(*b"DE"));
        c.answer(Fact::TreatmentCountry, None, "uk").unwrap();
        assert_eq!(c.treatment.country.map(|k| k.code()), Some(*b"GB"));
        assert!(c.answer(Fact::TreatmentCountry, None, "Atlantis").is_err());
    }

    #[test]
    fn c_04_a_refused_answer_leaves_the_case_unchanged() {
        let mut c = Case::new(Date::ymd(2024, 6, 1));
        c.answer(Fact::TravelOneWayKm, None, "84").unwrap();
        let before = c.clone();
        for (f, text, code) in [
            (Fact::TravelOneWayKm, "10001", 122),
            (Fact::TravelOneWayKm, "84,5 km", 122),
            (Fact::Expenses, "-5", 120),
            (Fact::Expenses, "1000000000000001", 121),
            (Fact::Expenses, "99999999999999999999999", 121),
            (Fact::Expenses, "-99999999999999999999999", 120),
            (Fact::TravelOneWayKm, "99999999999999999999999", 122),
            (Fact::MemberOfFolketrygden, "kanskje", 112),
            (Fact::TreatmentCountry, "XX", 111),
            (Fact::WaitingDeadline, "2024-02-30", 110),
            (Fact::StagesGranted, "", 112),
            (Fact::StagesGranted, "diagnostics, diagnostics", 132),
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

    #[test]
    fn c_04_inbound_and_method_answers_are_read_and_a_refused_one_names_the_field() {
        let mut c = crate::case::inbound::InboundCase::new(Date::ymd(2024, 7, 2));
        c.answer(Fact::CareKind, " acute ").unwrap();
        assert!(c.get(Fact::CareKind).is_some());
        let e = c.answer(Fact::CareKind, "sometimes").unwrap_err();
        assert_eq!(e.path, Fact::CareKind.field_path(None));
        let mut m = crate::case::method::MethodCase::new(Date::ymd(2026, 1, 2));
        m.answer(Fact::MethodKind, "drug").unwrap();
        assert!(m.get(Fact::MethodKind).is_some());
        assert!(m.answer(Fact::MethodKind, "").is_err());
    }
}
