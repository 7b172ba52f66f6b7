//! Columns from Python. A column is a list or tuple of Python values, read here under the GIL,
//! or an encoded column (a dict the `helserett` package builds from numpy, pandas or pyarrow
//! data) whose bytes are read row by row in the worker threads, without the GIL:
//!
//! | `kind`  | `data` (native byte order)                             | for columns of kind |
//! |---------|--------------------------------------------------------|---------------------|
//! | `bool`  | one byte per row, 0 or 1                               | flag                |
//! | `i64`   | 8 bytes per row                                        | whole number, money |
//! | `days`  | 8 bytes per row: days from 1970-01-01                  | date                |
//! | `codes` | 4 bytes per row: index into `categories`, -1 for none  | any                 |
//! | `utf8`  | text, row `i` at `data[offsets[i]..offsets[i + 1]]` (i32 offsets, as Arrow) | text |
//!
//! with `valid` (one byte per row, 0 = unknown) or `None`. Every value is checked with the
//! kernel's own parsers and error kinds, so a row's error reads as the JSON reader's would; an
//! encoding that does not fit the column (numbers for a flag) is the wrong type in every row.

use super::spec::{Cell, Kind, Spec};
use crate::py_value::Whole;
use helserett::case::{PlaceName, Stages};
use helserett::error::ErrorKind;
use helserett::money::MoneyError;
use helserett::{AnyCase, Country, Date, Error, Ore};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyFloat, PyList, PyString, PyTuple};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// One value as read: known, unknown, or the kernel's error kind.
pub type Read = Result<Option<Cell>, ErrorKind>;

/// A column as Python gave it, kept alive while its bytes are read.
pub enum Raw<'py> {
    /// A list or a tuple.
    Values(Bound<'py, PyAny>),
    /// An encoded column.
    Encoded {
        kind: String,
        data: Bound<'py, PyBytes>,
        valid: Option<Bound<'py, PyBytes>>,
        categories: Option<Bound<'py, PyAny>>,
        offsets: Option<Bound<'py, PyBytes>>,
    },
}

impl<'py> Raw<'py> {
    /// Takes a column apart; a type this module cannot read is the caller's mistake.
    pub fn of(name: &str, obj: Bound<'py, PyAny>) -> PyResult<Raw<'py>> {
        if let Ok(enc) = obj.cast::<PyDict>() {
            let item = |key: &str| enc.get_item(key).map(|v| v.filter(|v| !v.is_none()));
            let missing = |key: &str| {
                PyValueError::new_err(format!("column {name:?}: encoded without {key:?}"))
            };
            return Ok(Raw::Encoded {
                kind: item("kind")?.ok_or_else(|| missing("kind"))?.extract()?,
                data: item("data")?.ok_or_else(|| missing("data"))?.cast_into()?,
                valid: item("valid")?.map(|v| v.cast_into()).transpose()?,
                categories: item("categories")?,
                offsets: item("offsets")?.map(|v| v.cast_into()).transpose()?,
            });
        }
        if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
            return Ok(Raw::Values(obj));
        }
        Err(PyTypeError::new_err(format!(
            "column {name:?}: a column is a list or a tuple (or a pandas or pyarrow column \
             through helserett.evaluate_columns), not {}",
            obj.get_type().name()?
        )))
    }

    /// The number of rows.
    pub fn rows(&self) -> PyResult<usize> {
        match self {
            Raw::Values(v) => v.len(),
            Raw::Encoded {
                offsets: Some(o), ..
            } => Ok((o.as_bytes().len() / 4).saturating_sub(1)),
            Raw::Encoded { kind, data, .. } => Ok(data.as_bytes().len() / width(kind).unwrap_or(1)),
        }
    }
}

fn width(kind: &str) -> Option<usize> {
    match kind {
        "bool" => Some(1),
        "codes" => Some(4),
        "i64" | "days" => Some(8),
        _ => None,
    }
}

/// One column, ready to be read by row from any thread.
pub struct Column<'a> {
    pub spec: &'static Spec,
    source: Source<'a>,
}

enum Source<'a> {
    /// Read from Python values: the known values, and the rows that failed.
    Values {
        data: Data,
        failed: Vec<(usize, ErrorKind)>,
    },
    /// Bytes in one of the encodings, read by row.
    Bytes {
        encoding: Encoding,
        data: &'a [u8],
        valid: Option<&'a [u8]>,
    },
    /// Text in Arrow's layout, parsed by row.
    Utf8 {
        offsets: &'a [u8],
        text: &'a [u8],
        /// `text` as a whole, when all of it is UTF-8 (the usual case): checked once per
        /// column, so that a row's text is a slice, not a check of its own.
        whole: Option<&'a str>,
        valid: Option<&'a [u8]>,
    },
    /// Codes into categories read once.
    Codes {
        codes: &'a [u8],
        valid: Option<&'a [u8]>,
        categories: Vec<Read>,
    },
}

#[derive(Clone, Copy)]
enum Encoding {
    Bool,
    I64,
    Days,
    /// Does not fit the column: every known value is of the wrong type.
    Wrong,
}

impl Column<'_> {
    /// Row `i`'s value.
    pub fn cell(&self, i: usize) -> Read {
        match &self.source {
            Source::Values { data, failed } => match data.get(i) {
                Some(c) => Ok(Some(c)),
                None => match failed.binary_search_by_key(&i, |(row, _)| *row) {
                    Ok(at) => Err(failed[at].1),
                    Err(_) => Ok(None),
                },
            },
            Source::Bytes {
                encoding,
                data,
                valid,
            } => {
                if valid.is_some_and(|v| v.get(i) == Some(&0)) {
                    return Ok(None);
                }
                match encoding {
                    Encoding::Bool => Ok(data.get(i).map(|b| Cell::Flag(*b != 0))),
                    Encoding::I64 | Encoding::Days => {
                        let Some(v) = word::<8>(data, i).map(i64::from_ne_bytes) else {
                            return Ok(None);
                        };
                        match (encoding, self.spec.kind) {
                            (Encoding::Days, _) => day(v).map(Some),
                            (_, kind) => number(kind, Some(v), v < 0),
                        }
                    }
                    Encoding::Wrong => Err(self.spec.kind.wrong_type()),
                }
            }
            Source::Utf8 {
                offsets,
                text,
                whole,
                valid,
            } => {
                if valid.is_some_and(|v| v.get(i) == Some(&0)) {
                    return Ok(None);
                }
                let at = |j: usize| {
                    word::<4>(offsets, j).and_then(|w| usize::try_from(i32::from_ne_bytes(w)).ok())
                };
                // The offsets were checked when the column was read.
                let Some((a, b)) = at(i).zip(at(i + 1)).filter(|(a, b)| a <= b) else {
                    return Err(ErrorKind::Internal);
                };
                // In a valid whole, a row cut off a character boundary is not valid text.
                let row = match whole {
                    Some(w) => w.get(a..b),
                    None => text.get(a..b).and_then(|t| core::str::from_utf8(t).ok()),
                };
                match row {
                    Some(s) => parse_text(self.spec.kind, s),
                    None => Err(ErrorKind::Syntax(
                        helserett::error::JsonSyntax::InvalidString,
                    )),
                }
            }
            Source::Codes {
                codes,
                valid,
                categories,
            } => {
                if valid.is_some_and(|v| v.get(i) == Some(&0)) {
                    return Ok(None);
                }
                let code = word::<4>(codes, i).map_or(-1, i32::from_ne_bytes);
                usize::try_from(code)
                    .ok()
                    .and_then(|c| categories.get(c).cloned())
                    .unwrap_or(Ok(None))
            }
        }
    }
}

impl Column<'_> {
    /// Puts rows `first..first + cases.len()` of this column into `cases` (one column over a
    /// block of rows at a time, so that the kind of column is matched once per block). A row
    /// that fails here gets its error in `failed`, unless an earlier column failed it already;
    /// `dated` marks the rows given an evaluation date.
    pub fn apply(
        &self,
        first: usize,
        cases: &mut [AnyCase],
        failed: &mut [Option<Error>],
        dated: &mut [bool],
    ) {
        let rows = first..first + cases.len();
        let spec = self.spec;
        let is_date = spec.is_evaluation_date();
        let mut put = |k: usize, read: Read| {
            let error = match read {
                Ok(Some(v)) => match spec.set(&mut cases[k], &v) {
                    Ok(()) => {
                        dated[k] |= is_date;
                        return;
                    }
                    Err(e) => e,
                },
                Ok(None) => return,
                Err(e) => Error::new(e, spec.path()),
            };
            if failed[k].is_none() {
                failed[k] = Some(error);
            }
        };
        match &self.source {
            Source::Values { data, failed: bad } => {
                for (k, i) in rows.clone().enumerate() {
                    if let Some(v) = data.get(i) {
                        put(k, Ok(Some(v)));
                    }
                }
                let from = bad.partition_point(|(row, _)| *row < rows.start);
                for (row, e) in bad[from..].iter().take_while(|(row, _)| *row < rows.end) {
                    put(row - rows.start, Err(*e));
                }
            }
            _ => {
                for (k, i) in rows.enumerate() {
                    put(k, self.cell(i));
                }
            }
        }
    }
}

/// The `i`-th `N`-byte word of `data`.
fn word<const N: usize>(data: &[u8], i: usize) -> Option<[u8; N]> {
    data.get(i * N..i * N + N)?.try_into().ok()
}

/// Reads a column of `n` rows: Python values now, encoded bytes later by row.
pub fn read<'a>(spec: &'static Spec, raw: &'a Raw<'_>, n: usize) -> PyResult<Column<'a>> {
    let rows = raw.rows()?;
    if rows != n {
        return Err(PyValueError::new_err(format!(
            "column {:?} has {rows} rows, the first column {n}",
            spec.name
        )));
    }
    let source = match raw {
        Raw::Values(list) => read_values(spec.kind, list, n)?,
        Raw::Encoded {
            kind,
            data,
            valid,
            offsets: Some(offsets),
            ..
        } if kind == "utf8" => {
            let (offsets, text) = (offsets.as_bytes(), data.as_bytes());
            let valid = valid.as_ref().map(|v| v.as_bytes());
            // Checked once: every row's text lies inside `data`.
            let ends: Vec<i64> = offsets
                .chunks_exact(4)
                .map(|w| i64::from(i32::from_ne_bytes([w[0], w[1], w[2], w[3]])))
                .collect();
            let sound = ends.len() == n + 1
                && ends.windows(2).all(|w| 0 <= w[0] && w[0] <= w[1])
                && ends
                    .last()
                    .is_some_and(|e| usize::try_from(*e).is_ok_and(|e| e <= text.len()));
            if !sound || valid.is_some_and(|v| v.len() != n) {
                return Err(PyValueError::new_err(format!(
                    "column {:?}: malformed utf8 encoding",
                    spec.name
                )));
            }
            Source::Utf8 {
                offsets,
                text,
                whole: core::str::from_utf8(text).ok(),
                valid,
            }
        }
        Raw::Encoded {
            kind,
            data,
            valid,
            categories,
            ..
        } => {
            let data = data.as_bytes();
            let valid = valid.as_ref().map(|v| v.as_bytes());
            let width = width(kind).ok_or_else(|| {
                PyValueError::new_err(format!("column {:?}: unknown encoding {kind:?}", spec.name))
            })?;
            if data.len() != n * width || valid.is_some_and(|v| v.len() != n) {
                return Err(PyValueError::new_err(format!(
                    "column {:?}: encoded data does not hold {n} rows",
                    spec.name
                )));
            }
            match kind.as_str() {
                "codes" => {
                    let categories = categories.as_ref().ok_or_else(|| {
                        PyValueError::new_err("encoded codes without \"categories\"")
                    })?;
                    read_codes(spec, data, valid, categories)?
                }
                _ => {
                    let encoding = match (kind.as_str(), spec.kind) {
                        ("bool", Kind::Flag) => Encoding::Bool,
                        ("i64", Kind::Int(..) | Kind::Money) => Encoding::I64,
                        ("days", Kind::Date) => Encoding::Days,
                        _ => Encoding::Wrong,
                    };
                    Source::Bytes {
                        encoding,
                        data,
                        valid,
                    }
                }
            }
        }
    };
    Ok(Column { spec, source })
}

fn read_values(kind: Kind, list: &Bound<'_, PyAny>, n: usize) -> PyResult<Source<'static>> {
    let mut data = Data::with_capacity(kind, n);
    let mut failed = Vec::new();
    let mut cache = Cache::default();
    for (row, item) in list.try_iter()?.enumerate() {
        match cache.cell(kind, &item?) {
            Ok(cell) => data.push(cell),
            Err(k) => {
                data.push(None);
                failed.push((row, k));
            }
        }
    }
    Ok(Source::Values { data, failed })
}

fn read_codes<'a>(
    spec: &Spec,
    codes: &'a [u8],
    valid: Option<&'a [u8]>,
    categories: &Bound<'_, PyAny>,
) -> PyResult<Source<'a>> {
    let mut cache = Cache::default();
    let categories: Vec<Read> = categories
        .try_iter()?
        .map(|c| c.map(|c| cache.cell(spec.kind, &c)))
        .collect::<PyResult<_>>()?;
    // Checked once here, so that a row never meets a code without a category.
    let bad = codes
        .chunks_exact(4)
        .filter_map(|w| w.try_into().ok().map(i32::from_ne_bytes))
        .find(|c| usize::try_from(*c).is_ok_and(|c| c >= categories.len()));
    if let Some(code) = bad {
        return Err(PyValueError::new_err(format!(
            "column {:?}: code {code} has no category",
            spec.name
        )));
    }
    Ok(Source::Codes {
        codes,
        valid,
        categories,
    })
}

/// Known values read from Python, typed and compact (a flag is two bits' worth, not a `Cell`).
enum Data {
    Flag(Vec<Option<bool>>),
    Int(Vec<Option<i64>>),
    Money(Vec<Option<Ore>>),
    Date(Vec<Option<Date>>),
    Country(Vec<Option<Country>>),
    Choice(Vec<Option<u8>>),
    Text(Vec<Option<PlaceName>>),
    Stages(Vec<Option<Stages>>),
}

impl Data {
    fn with_capacity(kind: Kind, n: usize) -> Data {
        match kind {
            Kind::Flag => Data::Flag(Vec::with_capacity(n)),
            Kind::Int(..) => Data::Int(Vec::with_capacity(n)),
            Kind::Money => Data::Money(Vec::with_capacity(n)),
            Kind::Date => Data::Date(Vec::with_capacity(n)),
            Kind::Country => Data::Country(Vec::with_capacity(n)),
            Kind::Choice(_) => Data::Choice(Vec::with_capacity(n)),
            Kind::Text => Data::Text(Vec::with_capacity(n)),
            Kind::Stages => Data::Stages(Vec::with_capacity(n)),
        }
    }

    /// Appends a value (or an unknown); a cell of another kind never reaches here.
    fn push(&mut self, c: Option<Cell>) {
        match (self, c) {
            (Data::Flag(v), Some(Cell::Flag(b))) => v.push(Some(b)),
            (Data::Int(v), Some(Cell::Int(i))) => v.push(Some(i)),
            (Data::Money(v), Some(Cell::Money(o))) => v.push(Some(o)),
            (Data::Date(v), Some(Cell::Date(d))) => v.push(Some(d)),
            (Data::Country(v), Some(Cell::Country(k))) => v.push(Some(k)),
            (Data::Choice(v), Some(Cell::Choice(i))) => v.push(Some(i)),
            (Data::Text(v), Some(Cell::Text(t))) => v.push(Some(t)),
            (Data::Stages(v), Some(Cell::Stages(s))) => v.push(Some(s)),
            (Data::Flag(v), _) => v.push(None),
            (Data::Int(v), _) => v.push(None),
            (Data::Money(v), _) => v.push(None),
            (Data::Date(v), _) => v.push(None),
            (Data::Country(v), _) => v.push(None),
            (Data::Choice(v), _) => v.push(None),
            (Data::Text(v), _) => v.push(None),
            (Data::Stages(v), _) => v.push(None),
        }
    }

    fn get(&self, i: usize) -> Option<Cell> {
        match self {
            Data::Flag(v) => v.get(i).copied().flatten().map(Cell::Flag),
            Data::Int(v) => v.get(i).copied().flatten().map(Cell::Int),
            Data::Money(v) => v.get(i).copied().flatten().map(Cell::Money),
            Data::Date(v) => v.get(i).copied().flatten().map(Cell::Date),
            Data::Country(v) => v.get(i).copied().flatten().map(Cell::Country),
            Data::Choice(v) => v.get(i).copied().flatten().map(Cell::Choice),
            Data::Text(v) => v.get(i).cloned().flatten().map(Cell::Text),
            Data::Stages(v) => v.get(i).copied().flatten().map(Cell::Stages),
        }
    }
}

/// A day number as a date.
fn day(v: i64) -> Result<Cell, ErrorKind> {
    i32::try_from(v)
        .ok()
        .and_then(Date::from_day_number)
        .map(Cell::Date)
        .ok_or(ErrorKind::InvalidDate(
            helserett::date::DateError::YearOutOfRange,
        ))
}

/// A whole number for an `Int` or `Money` column; `None` is a number beyond `i64` (of the
/// given sign), which is out of range either way.
fn number(kind: Kind, v: Option<i64>, negative: bool) -> Read {
    match (kind, v) {
        (Kind::Int(lo, hi), Some(v)) if (lo..=hi).contains(&v) => Ok(Some(Cell::Int(v))),
        (Kind::Int(..), _) => Err(ErrorKind::NumberOutOfRange),
        (Kind::Money, Some(v)) => Ore::new(v)
            .map(|o| Some(Cell::Money(o)))
            .map_err(money_error),
        (Kind::Money, None) if negative => Err(ErrorKind::NegativeAmount),
        (Kind::Money, None) => Err(ErrorKind::AmountOverflow),
        _ => Err(kind.wrong_type()),
    }
}

fn money_error(e: MoneyError) -> ErrorKind {
    match e {
        MoneyError::Negative => ErrorKind::NegativeAmount,
        _ => ErrorKind::AmountOverflow,
    }
}

/// Python values already read, by object: a column of a million rows usually holds a few
/// distinct `str` or `date` objects many times over. Each entry keeps its object alive, so
/// an address cannot be reused by another object while the cache lives.
#[derive(Default)]
struct Cache {
    seen: HashMap<usize, (Py<PyAny>, Read), BuildHasherDefault<Address>>,
}

/// Past this many distinct objects, stop remembering (a column of unique strings).
const CACHE_LIMIT: usize = 1 << 16;

impl Cache {
    fn cell(&mut self, kind: Kind, obj: &Bound<'_, PyAny>) -> Read {
        if obj.is_none() {
            return Ok(None);
        }
        let textual = matches!(
            kind,
            Kind::Date | Kind::Country | Kind::Choice(_) | Kind::Text
        );
        let cacheable =
            textual && (obj.is_exact_instance_of::<PyString>() || crate::py_dates::is_date(obj));
        if !cacheable {
            return read_cell(kind, obj);
        }
        let key = obj.as_ptr() as usize;
        if let Some((_, c)) = self.seen.get(&key) {
            return c.clone();
        }
        let c = read_cell(kind, obj);
        if self.seen.len() < CACHE_LIMIT {
            self.seen.insert(key, (obj.clone().unbind(), c.clone()));
        }
        c
    }
}

/// Hashes an object address: already unique, so only spread a little (no SipHash per value).
#[derive(Default)]
struct Address(u64);

impl Hasher for Address {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8 | u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        // Objects are at least 16-byte aligned: drop the always-zero bits, then spread.
        self.0 = ((n as u64) >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// One Python value for a column of `kind`, checked by the kernel's parsers.
pub(crate) fn read_cell(kind: Kind, obj: &Bound<'_, PyAny>) -> Read {
    if obj.is_none() {
        return Ok(None);
    }
    match kind {
        Kind::Flag if crate::py_value::is_bool(obj) => {
            Ok(Some(Cell::Flag(obj.is_truthy().unwrap_or(false))))
        }
        // A float is a number, but not a whole one: as the JSON reader says of `12.5` (and of
        // `-1.5`: not whole, whatever its sign).
        Kind::Int(..) | Kind::Money if obj.is_instance_of::<PyFloat>() => {
            Err(ErrorKind::NumberOutOfRange)
        }
        // Read once, by type: a bool (numpy's too) or text is the wrong type, as in JSON.
        Kind::Int(..) | Kind::Money => match crate::py_value::whole(obj) {
            Some(Ok(Whole::Int(v))) => number(kind, Some(v), v < 0),
            Some(Ok(Whole::Beyond { negative })) => number(kind, None, negative),
            _ => Err(kind.wrong_type()),
        },
        Kind::Date => {
            let text = crate::py_dates::date_text(obj).ok_or(kind.wrong_type())?;
            parse_text(kind, &text)
        }
        Kind::Country | Kind::Choice(_) | Kind::Text => parse_text(kind, &text(obj)?),
        Kind::Stages => stages(obj),
        _ => Err(kind.wrong_type()),
    }
}

/// A set of stages from a list or tuple of stage names, refused as the JSON reader refuses
/// an array: a name that is no stage, a stage twice (the kernel's `Stages::try_add`), a value
/// that is not a string. A string alone is the wrong type, as in JSON.
fn stages(obj: &Bound<'_, PyAny>) -> Read {
    if !(obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>()) {
        return Err(Kind::Stages.wrong_type());
    }
    let mut set = Stages::NONE;
    for item in obj.try_iter().map_err(|_| Kind::Stages.wrong_type())? {
        let item = item.map_err(|_| Kind::Stages.wrong_type())?;
        set = set.try_add(&text(&item)?)?;
    }
    Ok(Some(Cell::Stages(set)))
}

/// A string for a column of `kind`, by the kernel's parsers; text is the wrong type for a
/// flag or a number, as in JSON.
fn parse_text(kind: Kind, s: &str) -> Read {
    match kind {
        Kind::Date => Date::parse_iso(s)
            .map(|d| Some(Cell::Date(d)))
            .map_err(ErrorKind::InvalidDate),
        Kind::Country => Country::parse(s)
            .map(|c| Some(Cell::Country(c)))
            .map_err(ErrorKind::InvalidCountry),
        Kind::Choice(options) => options
            .iter()
            .position(|o| *o == s)
            .map(|i| i as u8)
            .map(|i| Some(Cell::Choice(i)))
            .ok_or(ErrorKind::InvalidValue),
        // The kernel's own check, in its order (a control character before the length).
        Kind::Text => helserett::case::place_name(s).map(|t| Some(Cell::Text(t))),
        _ => Err(kind.wrong_type()),
    }
}

fn text(obj: &Bound<'_, PyAny>) -> Result<String, ErrorKind> {
    let s = obj
        .cast::<PyString>()
        .map_err(|_| Kind::Text.wrong_type())?;
    // A lone surrogate is no valid text: the JSON reader's verdict on it is a malformed string.
    s.to_cow()
        .map(|c| c.into_owned())
        .map_err(|_| ErrorKind::Syntax(helserett::error::JsonSyntax::InvalidString))
}
