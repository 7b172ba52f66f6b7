//! The few scalars each row returns, and their columns: the kind's outputs as the kernel
//! declares them (`helserett::outputs`), then the error columns. Python lists, or encoded
//! columns (the same dicts as the input's) that the `helserett` package turns into numpy,
//! pandas or pyarrow columns without a Python object per value.

use helserett::fact::CaseKind;
use helserett::outputs::{outputs, OutputKind, Scalar, MAX_OUTPUTS};
use helserett::{AnyDecision, Date, Error};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyInt, PyList, PyString};
use std::collections::HashMap;

/// One row's answer, reduced to its kind's outputs.
#[derive(Clone, Copy, Debug)]
pub struct RowOut([Option<Scalar>; MAX_OUTPUTS]);

impl RowOut {
    pub fn of(d: AnyDecision<'_, '_>) -> RowOut {
        RowOut(helserett::outputs::values(d))
    }

    fn at(&self, i: usize) -> Option<Scalar> {
        self.0.get(i).copied().flatten()
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
pub type Output = (&'static str, Out);

/// Every output column of `kind`, in this order: its outputs, then the error columns.
pub fn all(kind: CaseKind) -> Vec<Output> {
    let mut out: Vec<Output> = outputs(kind)
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
    out.push(("error_code", Out::ErrorCode));
    out.push(("error_kind", Out::Text(|e| e.kind.name().to_string())));
    out.push(("error_path", Out::Text(|e| e.path.to_string())));
    out.push(("error", Out::Text(|e| e.to_string())));
    out
}

/// The names of `kind`'s output columns.
pub fn names(kind: CaseKind) -> Vec<&'static str> {
    all(kind).iter().map(|(n, _)| *n).collect()
}

/// The requested output columns of `kind` (all when `None`), checked before any work is done.
pub fn select(kind: CaseKind, wanted: Option<Vec<String>>) -> PyResult<Vec<Output>> {
    let all = all(kind);
    let Some(w) = wanted else { return Ok(all) };
    w.iter()
        .map(|name| {
            all.iter().find(|(n, _)| n == name).cloned().ok_or_else(|| {
                PyValueError::new_err(format!(
                    "no output column {name:?} for a {} case; there are {:?}",
                    kind.as_str(),
                    names(kind)
                ))
            })
        })
        .collect()
}

/// The columns as Python lists (under the GIL: a Python object per value).
pub fn lists<'py>(
    py: Python<'py>,
    rows: &[RowResult],
    wanted: &[Output],
) -> PyResult<Bound<'py, PyDict>> {
    let out = PyDict::new(py);
    for (name, how) in wanted {
        out.set_item(*name, list(py, rows, how)?)?;
    }
    Ok(out)
}

/// One encoded output column, built without the GIL.
pub struct Encoded {
    name: &'static str,
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
                        .map(|(i, (name, how))| (i, encode(rows, name, how)))
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
/// `{"kind": "codes", "data", "categories"}` for names and texts (the input's encodings).
pub fn to_python<'py>(py: Python<'py>, columns: Vec<Encoded>) -> PyResult<Bound<'py, PyDict>> {
    let out = PyDict::new(py);
    for c in columns {
        let d = PyDict::new(py);
        d.set_item("kind", c.kind)?;
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

fn encode(rows: &[RowResult], name: &'static str, how: &Out) -> Encoded {
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
    }
    e
}
