//! The fixed-size case a kiosk fills field by field, and its translation to the kernel's
//! `Case` (and back, for `helserett_case_from_json`).
//!
//! The structs, the fact and choice numbers and the conversions are generated from the
//! kernel's fact table into `any_generated.rs` and each kind's `*_generated.rs` (checked in; a kernel test fails when it is
//! stale). Here are only the representation helpers they call: how an unknown looks in C and
//! how each C field type becomes a kernel `Value`. Every check of a value is the kernel's
//! (`Case::set`).
//!
//! Unknown is zero for enums and dates and `HELSERETT_UNKNOWN` (-1) for numbers, so
//! `helserett_case c = {0}` plus the evaluation date (and numbers set to -1 by
//! `helserett_case_init`) is an empty case. Field names are the JSON schema's, so an error
//! path (`treatment.dates[1].date`) names the struct field too.

#![allow(non_camel_case_types)]

mod any_generated;

pub use any_generated::*;

use crate::boundary::{c_str, put_c_str, Failure};
use crate::result::helserett_result;
use core::ffi::c_char;
use kernel::case::{Case, Stage, Stages, TreatmentDate, MAX_PLACE_NAME, MAX_TREATMENT_DATES};
use kernel::error::{Error, ErrorKind, FieldPath, Segment};
use kernel::fact::SetError;
use kernel::{Country, Date, Fact, Value};

/// A number that is not known yet.
pub const HELSERETT_UNKNOWN: i64 = -1;
/// The most treatment dates a case holds.
pub const HELSERETT_MAX_TREATMENT_DATES: usize = 8;
/// Room for a place name, NUL included.
pub const HELSERETT_PLACE_CAPACITY: usize = 49;
// Room for the caller's `id`: declared with the error detail, which carries one too.
pub use crate::boundary::HELSERETT_ID_CAPACITY;

// The header needs literal numbers; these keep them equal to the kernel's capacities.
const _: () = assert!(HELSERETT_MAX_TREATMENT_DATES == MAX_TREATMENT_DATES);
const _: () = assert!(HELSERETT_PLACE_CAPACITY == MAX_PLACE_NAME + 1);
const _: () = assert!(HELSERETT_ID_CAPACITY == kernel::case::MAX_CALLER_ID + 1);

/// The case's `id` from its C field (empty: none), refused as JSON refuses it when it is not
/// UTF-8 or too long.
pub(crate) fn caller_id(
    field: &[c_char; HELSERETT_ID_CAPACITY],
) -> Result<Option<kernel::case::CallerId>, Failure> {
    // Paths are made only for an error: building them for every field was a twentieth of the
    // C struct path (issue 15).
    let path = || FieldPath::of(&["id"]);
    match c_str(field, path)? {
        None => Ok(None),
        Some(s) => kernel::case::caller_id(s)
            .map(Some)
            .map_err(|k| kernel_err(k, path())),
    }
}

/// The declined facts from their C words; a bit that names no fact is an invalid enum value.
pub(crate) fn declined(words: &[u32; 4]) -> Result<kernel::fact::FactSet, Failure> {
    kernel::fact::FactSet::from_words(*words).ok_or_else(|| {
        Failure::Boundary(helserett_result::InvalidEnum, FieldPath::of(&["declined"]))
    })
}

/// The declined facts of an inbound or method case from their C words; a bit that names no
/// fact of that kind is an invalid enum value.
pub(crate) fn declined_of(
    kind: kernel::fact::CaseKind,
    words: &[u32; 4],
) -> Result<kernel::fact::FactSet, Failure> {
    kernel::fact::FactSet::from_words_of(kind, *words).ok_or_else(|| {
        Failure::Boundary(helserett_result::InvalidEnum, FieldPath::of(&["declined"]))
    })
}

/// The C field for a case's `id`.
pub(crate) fn c_caller_id(id: Option<&kernel::case::CallerId>) -> [c_char; HELSERETT_ID_CAPACITY] {
    let mut out = [0; HELSERETT_ID_CAPACITY];
    if let Some(id) = id {
        put_c_str(&mut out, id);
    }
    out
}

/// `prior_notification.stages_granted`: a bit set of these, or `HELSERETT_UNKNOWN`.
pub const HELSERETT_STAGE_DIAGNOSTICS: i32 = 1;
/// See [`HELSERETT_STAGE_DIAGNOSTICS`].
pub const HELSERETT_STAGE_TREATMENT: i32 = 2;
/// See [`HELSERETT_STAGE_DIAGNOSTICS`].
pub const HELSERETT_STAGE_FOLLOW_UP: i32 = 4;

/// The C bit of each stage (`HELSERETT_STAGE_*`).
const STAGE_BITS: [(i32, Stage); 3] = [
    (HELSERETT_STAGE_DIAGNOSTICS, Stage::Diagnostics),
    (HELSERETT_STAGE_TREATMENT, Stage::Treatment),
    (HELSERETT_STAGE_FOLLOW_UP, Stage::FollowUp),
];

/// A calendar date; all zero is unknown.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct helserett_date {
    /// Year, 1900..=2999.
    pub year: u16,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of the month.
    pub day: u8,
}

impl helserett_date {
    /// Unknown.
    pub const ZERO: helserett_date = helserett_date {
        year: 0,
        month: 0,
        day: 0,
    };
}

/// A value the C representation cannot hold (an unknown enum number, a bad date) at `fact`.
fn bad(fact: Fact, index: Option<usize>, result: helserett_result) -> Failure {
    Failure::Boundary(result, fact.field_path(index))
}

fn kernel_err(kind: ErrorKind, path: FieldPath) -> Failure {
    Failure::Kernel(Error::new(kind, path))
}

/// The C case of any kind as the kernel's, every value checked once (`Case::check` for an
/// outbound case, `set` for the others: the errors and paths of the JSON reader).
pub(crate) fn to_kernel(c: &helserett_case) -> Result<kernel::AnyCase, Failure> {
    let k = stored_any(c)?;
    k.check().map_err(Failure::Kernel)?;
    Ok(k)
}

/// Decides the C case against `params` and hands the decision to `then` where it was made
/// (`AnyCase::decide`: checked once, not copied).
pub(crate) fn decide<R>(
    c: &helserett_case,
    params: kernel::Params<'_>,
    then: impl FnOnce(kernel::AnyDecision<'_, '_>) -> Result<R, Failure>,
) -> Result<R, Failure> {
    stored_any(c)?.decide(params, then)
}

/// Stores a decoded value; the kernel checks the whole case once it is filled (`Case::check`,
/// in `to_kernel` and `decide`), with the same errors and paths as `Case::set`. Inlined with
/// `Case::store`: each call of the generated conversion names its fact, so only that fact's
/// store is left (issue 29: the dispatch by fact was a third of the conversion).
#[inline(always)]
fn put(
    k: &mut Case,
    fact: Fact,
    index: Option<usize>,
    v: Option<Value<'_>>,
) -> Result<(), Failure> {
    k.store(fact, index, v).map_err(|e| match e {
        SetError::Invalid(e) => Failure::Kernel(e),
        SetError::NoSuchDate => bad(fact, index, helserett_result::IndexOutOfRange),
    })
}

/// A date field: all zero is unknown; anything else must be a real date.
pub(crate) fn date_at(d: helserett_date, path: FieldPath) -> Result<Option<Date>, Failure> {
    if d == helserett_date::ZERO {
        return Ok(None);
    }
    Date::new(d.year, d.month, d.day)
        .map(Some)
        .map_err(|err| kernel_err(ErrorKind::InvalidDate(err), path))
}

fn required_date(d: helserett_date, path: FieldPath) -> Result<Date, Failure> {
    date_at(d, path)?.ok_or_else(|| kernel_err(ErrorKind::MissingField, path))
}

pub(crate) fn c_date(d: Option<Date>) -> helserett_date {
    d.map_or(helserett_date::ZERO, |d| helserett_date {
        year: d.year(),
        month: d.month(),
        day: d.day(),
    })
}

fn tri(n: &u32, fact: Fact, i: Option<usize>) -> Result<Option<Value<'static>>, Failure> {
    match *n {
        0 => Ok(None),
        1 => Ok(Some(Value::Bool(false))),
        2 => Ok(Some(Value::Bool(true))),
        _ => Err(bad(fact, i, helserett_result::InvalidEnum)),
    }
}

fn c_tri(v: Option<Value<'_>>) -> u32 {
    match v {
        Some(Value::Bool(false)) => 1,
        Some(Value::Bool(true)) => 2,
        _ => 0,
    }
}

/// A choice: 0 is unknown, option `k` of the fact is `k + 1`.
fn choice(n: &u32, fact: Fact, i: Option<usize>) -> Result<Option<Value<'static>>, Failure> {
    match *n {
        0 => Ok(None),
        n if (n as usize) <= fact.options().len() => Ok(Some(Value::Choice((n - 1) as u8))),
        _ => Err(bad(fact, i, helserett_result::InvalidEnum)),
    }
}

fn c_choice(v: Option<Value<'_>>) -> u32 {
    match v {
        Some(Value::Choice(k)) => u32::from(k) + 1,
        _ => 0,
    }
}

fn date(
    d: &helserett_date,
    fact: Fact,
    i: Option<usize>,
) -> Result<Option<Value<'static>>, Failure> {
    if *d == helserett_date::ZERO {
        return Ok(None);
    }
    Date::new(d.year, d.month, d.day)
        .map(|d| Some(Value::Date(d)))
        .map_err(|err| kernel_err(ErrorKind::InvalidDate(err), fact.field_path(i)))
}

fn c_date_value(v: Option<Value<'_>>) -> helserett_date {
    match v {
        Some(Value::Date(d)) => c_date(Some(d)),
        _ => helserett_date::ZERO,
    }
}

/// A number or amount: `HELSERETT_UNKNOWN` is unknown; the kernel checks the range.
fn number(n: &i64, _fact: Fact, _i: Option<usize>) -> Result<Option<Value<'static>>, Failure> {
    Ok((*n != HELSERETT_UNKNOWN).then_some(Value::Int(*n)))
}

fn c_number(v: Option<Value<'_>>) -> i64 {
    match v {
        Some(Value::Int(n)) => n,
        _ => HELSERETT_UNKNOWN,
    }
}

fn country(
    field: &[c_char; 3],
    fact: Fact,
    i: Option<usize>,
) -> Result<Option<Value<'static>>, Failure> {
    let path = || fact.field_path(i);
    match c_str(field, path)? {
        None => Ok(None),
        Some(s) => Country::parse(s)
            .map(|c| Some(Value::Country(c)))
            .map_err(|err| kernel_err(ErrorKind::InvalidCountry(err), path())),
    }
}

fn c_country(v: Option<Value<'_>>) -> [c_char; 3] {
    let mut out = [0; 3];
    if let Some(Value::Country(c)) = v {
        put_c_str(&mut out, c.as_str());
    }
    out
}

fn text<'a, const N: usize>(
    field: &'a [c_char; N],
    fact: Fact,
    i: Option<usize>,
) -> Result<Option<Value<'a>>, Failure> {
    Ok(c_str(field, || fact.field_path(i))?.map(Value::Text))
}

fn c_text<const N: usize>(v: Option<Value<'_>>) -> [c_char; N] {
    let mut out = [0; N];
    if let Some(Value::Text(s)) = v {
        put_c_str(&mut out, s);
    }
    out
}

/// `HELSERETT_STAGE_*` bits, or `HELSERETT_UNKNOWN`.
fn stages(n: &i32, fact: Fact, i: Option<usize>) -> Result<Option<Value<'static>>, Failure> {
    if i64::from(*n) == HELSERETT_UNKNOWN {
        return Ok(None);
    }
    let all = STAGE_BITS.iter().fold(0, |a, (b, _)| a | b);
    if *n < 0 || *n & !all != 0 {
        return Err(kernel_err(ErrorKind::InvalidValue, fact.field_path(i)));
    }
    let set = STAGE_BITS.iter().filter(|(b, _)| *n & b != 0);
    Ok(Some(Value::Stages(
        set.fold(Stages::NONE, |s, (_, st)| s.with(*st)),
    )))
}

fn c_stages(v: Option<Value<'_>>) -> i32 {
    match v {
        Some(Value::Stages(s)) => STAGE_BITS
            .iter()
            .filter(|(_, st)| s.contains(*st))
            .fold(0, |a, (b, _)| a | b),
        _ => HELSERETT_UNKNOWN as i32,
    }
}

/// The filled-in treatment dates (each needs its date), stored in the case; returns the C
/// entries, whose per-date facts the caller stores next.
fn dates<'c>(
    t: &'c helserett_treatment,
    k: &mut Case,
) -> Result<&'c [helserett_treatment_date], Failure> {
    let n = t.dates_len as usize;
    let path = || Fact::TreatmentDates.field_path(None);
    if n > HELSERETT_MAX_TREATMENT_DATES {
        return Err(kernel_err(ErrorKind::TooMany, path()));
    }
    let mut list: heapless::Vec<TreatmentDate, MAX_TREATMENT_DATES> = heapless::Vec::new();
    for (i, d) in t.dates[..n].iter().enumerate() {
        let at = || {
            path()
                .child(Segment::Index(i as u16))
                .child(Segment::Field(&"date"))
        };
        let date = match Date::new(d.date.year, d.date.month, d.date.day) {
            _ if d.date == helserett_date::ZERO => {
                return Err(kernel_err(ErrorKind::MissingField, at()))
            }
            Ok(date) => date,
            Err(err) => return Err(kernel_err(ErrorKind::InvalidDate(err), at())),
        };
        // Cannot fail: `n` is at most the capacity.
        let _ = list.push(TreatmentDate::on(date));
    }
    put(
        k,
        Fact::TreatmentDates,
        None,
        (!list.is_empty()).then_some(Value::Dates(&list)),
    )?;
    Ok(&t.dates[..n])
}
