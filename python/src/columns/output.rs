//! What each row returns, and its columns: the kind's outputs as the kernel declares them
//! (`helserett::outputs`), the reasons that decided the headline (`why`, the kernel's
//! `helserett::why`), then the error columns; and any other value of the decision by its path
//! (`refund.refund_ore`, `routes[ehic].verdict`), checked against the decision's schema by the
//! kernel (`helserett::json::select`) before any row is decided. Python lists, or encoded
//! columns (the same dicts as the input's) that the `helserett` package turns into numpy,
//! pandas or pyarrow columns without a Python object per value.

use helserett::fact::CaseKind;
use helserett::json::select::{check_path, select as value_at};
use helserett::outputs::{outputs, OutputKind, Scalar, MAX_OUTPUTS};
use helserett::reason::ReasonCode;
use helserett::why::Why;
use helserett::{AnyDecision, Date, Error, ErrorKind};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyInt, PyList, PyString, PyTuple};
use std::collections::HashMap;

/// What a row keeps of its decision for the decision paths asked for: the value at each (JSON
/// text as the kernel wrote it; `None`: null or not there).
#[derive(Clone, Debug, Default)]
pub struct Extra {
    values: Vec<Option<String>>,
}

/// What the rows must keep of their decisions beyond the kind's outputs.
#[derive(Clone, Debug, Default)]
pub struct Want {
    /// The decision paths asked for, in the order of their `Out::Path` numbers.
    pub paths: Vec<String>,
    /// Whether the `why` column is asked for.
    pub why: bool,
}

/// One row's answer, reduced to its kind's outputs and what else was asked for. The "why" is
/// kept in place (a default column: no allocation per row); only paths need the heap.
#[derive(Clone, Debug)]
pub struct RowOut {
    values: [Option<Scalar>; MAX_OUTPUTS],
    why: Option<Why>,
    extra: Option<Box<Extra>>,
}

impl RowOut {
    pub fn of(d: AnyDecision<'_, '_>, want: &Want) -> Result<RowOut, Error> {
        let extra = if want.paths.is_empty() {
            None
        } else {
            // The decision's JSON once, then each value read from it.
            let mut buf = vec![0u8; helserett::json::json_len(&d)];
            let n = helserett::json::to_slice(&d, &mut buf)?;
            let json =
                std::str::from_utf8(&buf[..n]).map_err(|_| Error::at_root(ErrorKind::Internal))?;
            let values = want
                .paths
                .iter()
                .map(|p| value_at(json, p).map(str::to_owned))
                .collect();
            Some(Box::new(Extra { values }))
        };
        Ok(RowOut {
            values: helserett::outputs::values(d),
            why: want.why.then(|| helserett::why::why(d)),
            extra,
        })
    }

    fn at(&self, i: usize) -> Option<Scalar> {
        self.values.get(i).copied().flatten()
    }

    fn path(&self, i: usize) -> Option<&str> {
        self.extra.as_ref()?.values.get(i)?.as_deref()
    }

    fn why(&self) -> Option<&[ReasonCode]> {
        self.why.as_deref()
    }
}

/// A row's outcome: its answer or the first error met.
pub type RowResult = Result<RowOut, Box<Error>>;

/// How an output column is read from a row.
#[derive(Clone)]
pub enum Out {
    /// A name, by position in these names: the kernel's output `at`.
    Choice(Vec<&'static str>, usize),
    /// A whole number: the kernel's output `at`.
    Int(usize),
    /// A date: the kernel's output `at`.
    Day(usize),
    /// Yes or no: the kernel's output `at`.
    Flag(usize),
    /// The error's code.
    ErrorCode,
    /// A text of the error.
    Text(fn(&Error) -> String),
    /// The reasons that decided the headline: a list of codes per row.
    Why,
    /// The value at a decision path: the row's `Want::paths[at]`.
    Path(usize),
}

impl Out {
    fn int(&self, r: &RowResult) -> Option<i64> {
        match (self, r) {
            (Out::Int(at), Ok(row)) => match row.at(*at) {
                Some(Scalar::Int(n)) => Some(n),
                _ => None,
            },
            (Out::ErrorCode, Err(e)) => Some(i64::from(e.code())),
            _ => None,
        }
    }

    fn choice(&self, r: &RowResult) -> Option<u8> {
        match (self, r) {
            (Out::Choice(_, at), Ok(row)) => match row.at(*at) {
                Some(Scalar::Choice(i)) => Some(i),
                _ => None,
            },
            _ => None,
        }
    }

    fn day(&self, r: &RowResult) -> Option<Date> {
        match (self, r) {
            (Out::Day(at), Ok(row)) => match row.at(*at) {
                Some(Scalar::Date(d)) => Some(d),
                _ => None,
            },
            _ => None,
        }
    }

    fn flag(&self, r: &RowResult) -> Option<bool> {
        match (self, r) {
            (Out::Flag(at), Ok(row)) => match row.at(*at) {
                Some(Scalar::Flag(b)) => Some(b),
                _ => None,
            },
            _ => None,
        }
    }
}

/// An output column: its name and how it is read from a row.
pub type Output = (String, Out);

/// The column of the reasons that decided each row.
pub const WHY: &str = "why";

/// Every named output column of `kind`, in this order: its outputs, `why`, then the error
/// columns (the default columns).
pub fn all(kind: CaseKind) -> Vec<Output> {
    let mut out: Vec<(&'static str, Out)> = outputs(kind)
        .iter()
        .enumerate()
        .map(|(at, o)| {
            let how = match o.kind {
                OutputKind::Choice(names) => Out::Choice(names.to_vec(), at),
                OutputKind::Fact => {
                    Out::Choice(kind.facts().iter().map(|f| f.path()).collect(), at)
                }
                OutputKind::Int => Out::Int(at),
                OutputKind::Date => Out::Day(at),
                OutputKind::Flag => Out::Flag(at),
            };
            (o.name, how)
        })
        .collect();
    out.push((WHY, Out::Why));
    out.push(("error_code", Out::ErrorCode));
    out.push(("error_kind", Out::Text(|e| e.kind.name().to_string())));
    out.push(("error_path", Out::Text(|e| e.path.to_string())));
    out.push(("error", Out::Text(|e| e.to_string())));
    out.into_iter().map(|(n, o)| (n.to_string(), o)).collect()
}

/// The names of `kind`'s named output columns (the default ones).
pub fn names(kind: CaseKind) -> Vec<String> {
    all(kind).into_iter().map(|(n, _)| n).collect()
}

/// The requested output columns of `kind` (the named ones when `None`), and what the rows
/// must keep for them, checked before any work is done: a named column, or any path of the
/// decision its schema has (the kernel checks it and names the field meant).
pub fn select(kind: CaseKind, wanted: Option<Vec<String>>) -> PyResult<(Vec<Output>, Want)> {
    let all = all(kind);
    let mut want = Want::default();
    let columns: Vec<Output> = match wanted {
        None => all,
        Some(w) => w
            .into_iter()
            .map(|name| match all.iter().find(|(n, _)| *n == name) {
                Some(named) => Ok(named.clone()),
                None => match check_path(kind, &name) {
                    Ok(()) => {
                        want.paths.push(name.clone());
                        Ok((name, Out::Path(want.paths.len() - 1)))
                    }
                    Err(e) => Err(no_column(kind, &name, &all, &e.to_string())),
                },
            })
            .collect::<PyResult<_>>()?,
    };
    want.why = columns.iter().any(|(_, how)| matches!(how, Out::Why));
    Ok((columns, want))
}

/// A column asked for that is neither named nor a path of the decision: for a plain name, the
/// nearest named column when one is near (`refund_or` → `refund_ore`); else the kernel's word
/// on the path (`refund.refund_or` → `refund.refund_ore`).
fn no_column(kind: CaseKind, name: &str, all: &[Output], path_error: &str) -> PyErr {
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    let plain = !name.contains(['.', '[']);
    let near = plain
        .then(|| helserett::suggest::nearest(name, names.iter()))
        .flatten();
    let hint = match near {
        Some(n) => format!("did you mean {n:?}?"),
        None => format!("as a decision path, {path_error}"),
    };
    PyValueError::new_err(format!(
        "no output column {name:?} for {} cases ({hint}); the named ones are {names:?}, and \
         any path of the decision is one too (`refund.refund_ore`, `routes[ehic].verdict`)",
        kind.as_str(),
    ))
}

/// The columns as Python lists (under the GIL: a Python object per value).
pub fn lists<'py>(
    py: Python<'py>,
    rows: &[RowResult],
    wanted: &[Output],
) -> PyResult<Bound<'py, PyDict>> {
    let out = PyDict::new(py);
    for (name, how) in wanted {
        out.set_item(name, list(py, rows, how)?)?;
    }
    Ok(out)
}

/// One encoded output column, built without the GIL (a list column's Python objects come
/// later, under it: `kind` "objects").
pub struct Encoded {
    name: String,
    kind: &'static str,
    data: Vec<u8>,
    valid: Option<Vec<u8>>,
    categories: Vec<String>,
}

/// Every wanted column encoded, the columns shared out over `threads` threads.
pub fn encode_all(rows: &[RowResult], wanted: &[Output], threads: usize) -> Vec<Encoded> {
    let threads = threads.clamp(1, wanted.len().max(1));
    let mut done: Vec<(usize, Encoded)> = std::thread::scope(|s| {
        let parts: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    wanted
                        .iter()
                        .enumerate()
                        .skip(t)
                        .step_by(threads)
                        .map(|(i, (name, how))| (i, encode(rows, name.clone(), how)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, e)| e).collect()
}

/// Encoded columns as the `helserett` package reads them: `{"kind", "data", "valid"}`, or
/// `{"kind": "codes", "data", "categories"}` for names and texts (the input's encodings), or
/// `{"kind": "objects", "data": list}` for the `why` and decision-path columns, whose values
/// are lists, dicts or mixed (an object column in pandas).
pub fn to_python<'py>(
    py: Python<'py>,
    columns: Vec<Encoded>,
    rows: &[RowResult],
    wanted: &[Output],
) -> PyResult<Bound<'py, PyDict>> {
    let out = PyDict::new(py);
    for (c, (_, how)) in columns.into_iter().zip(wanted) {
        let d = PyDict::new(py);
        d.set_item("kind", c.kind)?;
        if c.kind == "objects" {
            d.set_item("data", list(py, rows, how)?)?;
            out.set_item(c.name, d)?;
            continue;
        }
        d.set_item("data", PyBytes::new(py, &c.data))?;
        if let Some(v) = c.valid {
            d.set_item("valid", PyBytes::new(py, &v))?;
        }
        if c.kind == "codes" {
            d.set_item("categories", c.categories)?;
        }
        out.set_item(c.name, d)?;
    }
    Ok(out)
}

fn list<'py>(py: Python<'py>, rows: &[RowResult], how: &Out) -> PyResult<Bound<'py, PyList>> {
    let none = py.None().into_bound(py);
    let items: Vec<Bound<'py, PyAny>> = match how {
        Out::Choice(names, _) => {
            // One str object per name, shared by every row that has it.
            let names: Vec<Bound<'py, PyAny>> = names
                .iter()
                .map(|n| PyString::intern(py, n).into_any())
                .collect();
            rows.iter()
                .map(|r| {
                    how.choice(r)
                        .and_then(|i| names.get(usize::from(i)).cloned())
                        .unwrap_or_else(|| none.clone())
                })
                .collect()
        }
        Out::Int(_) | Out::ErrorCode => rows
            .iter()
            .map(|r| match how.int(r) {
                Some(v) => PyInt::new(py, v).into_any(),
                None => none.clone(),
            })
            .collect(),
        Out::Flag(_) => rows
            .iter()
            .map(|r| match how.flag(r) {
                Some(b) => PyBool::new(py, b).to_owned().into_any(),
                None => none.clone(),
            })
            .collect(),
        Out::Day(_) => {
            let mut seen: HashMap<Date, Bound<'py, PyAny>> = HashMap::new();
            rows.iter()
                .map(|r| match how.day(r) {
                    Some(d) => seen
                        .entry(d)
                        .or_insert_with(|| PyString::new(py, &d.to_string()).into_any())
                        .clone(),
                    None => none.clone(),
                })
                .collect()
        }
        Out::Text(get) => {
            let mut seen: HashMap<String, Bound<'py, PyAny>> = HashMap::new();
            rows.iter()
                .map(|r| match r {
                    Err(e) => seen
                        .entry(get(e))
                        .or_insert_with_key(|t| PyString::new(py, t).into_any())
                        .clone(),
                    Ok(_) => none.clone(),
                })
                .collect()
        }
        // A tuple of code strings per row: hashable (`value_counts`, `groupby`), so rows with
        // the same reasons share one object, made once.
        Out::Why => {
            let mut seen: HashMap<&[ReasonCode], Bound<'py, PyAny>> = HashMap::new();
            rows.iter()
                .map(|r| match r.as_ref().ok().and_then(RowOut::why) {
                    Some(codes) => match seen.get(codes) {
                        Some(t) => Ok(t.clone()),
                        None => {
                            let names = codes.iter().map(|c| PyString::intern(py, c.code()));
                            let t = PyTuple::new(py, names)?.into_any();
                            seen.insert(codes, t.clone());
                            Ok(t)
                        }
                    },
                    None => Ok(none.clone()),
                })
                .collect::<PyResult<_>>()?
        }
        Out::Path(at) => {
            // The kernel's JSON text to Python values, by `json.loads`: a number, a string, a
            // bool, or a new list or dict per row. Scalars repeat across rows: read once each.
            let loads = py.import("json")?.getattr("loads")?;
            let mut seen: HashMap<&str, Bound<'py, PyAny>> = HashMap::new();
            rows.iter()
                .map(|r| {
                    let Some(text) = r.as_ref().ok().and_then(|row| row.path(*at)) else {
                        return Ok(none.clone());
                    };
                    if text.starts_with(['[', '{']) {
                        return loads.call1((text,));
                    }
                    if let Some(v) = seen.get(text) {
                        return Ok(v.clone());
                    }
                    let v = loads.call1((text,))?;
                    seen.insert(text, v.clone());
                    Ok(v)
                })
                .collect::<PyResult<_>>()?
        }
    };
    PyList::new(py, items)
}

/// Native-endian bytes of each row's value, and the validity bytes.
fn words<const N: usize>(
    rows: &[RowResult],
    mut get: impl FnMut(&RowResult) -> Option<[u8; N]>,
) -> (Vec<u8>, Vec<u8>) {
    let mut data = Vec::with_capacity(rows.len() * N);
    let mut valid = Vec::with_capacity(rows.len());
    for r in rows {
        let v = get(r);
        data.extend_from_slice(&v.unwrap_or([0; N]));
        valid.push(u8::from(v.is_some()));
    }
    (data, valid)
}

/// Text per row (errors: rare, and few distinct) as codes into the distinct texts.
fn text_codes(rows: &[RowResult], get: fn(&Error) -> String) -> (Vec<u8>, Vec<String>) {
    let mut names: Vec<String> = Vec::new();
    let mut index: HashMap<String, i32> = HashMap::new();
    let (codes, _) = words(rows, |r| {
        let code = match r {
            Ok(_) => -1,
            Err(e) => *index.entry(get(e)).or_insert_with_key(|t| {
                names.push(t.clone());
                i32::try_from(names.len() - 1).unwrap_or(i32::MAX)
            }),
        };
        Some(code.to_ne_bytes())
    });
    (codes, names)
}

fn encode(rows: &[RowResult], name: String, how: &Out) -> Encoded {
    let mut e = Encoded {
        name,
        kind: "codes",
        data: Vec::new(),
        valid: None,
        categories: Vec::new(),
    };
    match how {
        Out::Choice(names, _) => {
            let code = |r: &RowResult| Some(how.choice(r).map_or(-1, i32::from).to_ne_bytes());
            e.data = words(rows, code).0;
            e.categories = names.iter().map(|n| n.to_string()).collect();
        }
        Out::Text(get) => (e.data, e.categories) = text_codes(rows, *get),
        Out::Int(_) | Out::ErrorCode => {
            let (data, valid) = words(rows, |r| how.int(r).map(i64::to_ne_bytes));
            (e.kind, e.data, e.valid) = ("i64", data, Some(valid));
        }
        Out::Flag(_) => {
            let (data, valid) = words(rows, |r| how.flag(r).map(|b| [u8::from(b)]));
            (e.kind, e.data, e.valid) = ("bool", data, Some(valid));
        }
        Out::Day(_) => {
            let day = |r: &RowResult| how.day(r).map(|d| i64::from(d.day_number()).to_ne_bytes());
            let (data, valid) = words(rows, day);
            (e.kind, e.data, e.valid) = ("days", data, Some(valid));
        }
        // Built under the GIL by `to_python`.
        Out::Why | Out::Path(_) => e.kind = "objects",
    }
    e
}
