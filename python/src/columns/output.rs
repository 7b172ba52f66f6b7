//! The few scalars each row returns, and their columns: Python lists, or encoded columns (the
//! same dicts as the input's) that the `helserett` package turns into numpy, pandas or pyarrow
//! columns without a Python object per value.

use helserett::fact::Fact;
use helserett::routes::Route;
use helserett::{Date, Error, Verdict};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyInt, PyList, PyString};
use std::collections::HashMap;

/// One row's answer, reduced to what the columns carry.
#[derive(Clone, Copy, Debug, Default)]
pub struct RowOut {
    verdict: Option<u8>,
    recommended: Option<u8>,
    next_question: Option<u8>,
    refund_ore: Option<i64>,
    patient_share_ore: Option<i64>,
    rate_bp: Option<i64>,
    deadline: Option<Date>,
    days_left: Option<i64>,
}

fn position<T: PartialEq>(all: &[T], v: T) -> Option<u8> {
    all.iter()
        .position(|x| *x == v)
        .and_then(|i| u8::try_from(i).ok())
}

impl RowOut {
    pub fn of(d: &helserett::Decision<'_>) -> RowOut {
        let refund = d.refund.as_ref();
        let first = d.deadlines.first();
        RowOut {
            verdict: position(Verdict::ALL, d.verdict),
            recommended: d.recommended.and_then(|r| position(Route::ALL, r)),
            next_question: d
                .next_question
                .and_then(|q| position(Fact::OUTBOUND, q.fact)),
            refund_ore: refund.and_then(|r| r.refund_ore).map(|o| o.get()),
            patient_share_ore: refund.and_then(|r| r.patient_share_ore).map(|o| o.get()),
            rate_bp: refund.and_then(|r| r.rate_bp).map(|b| i64::from(b.0)),
            deadline: first.and_then(|x| x.deadline),
            days_left: first.and_then(|x| x.days_left).map(i64::from),
        }
    }
}

/// A row's outcome: its answer or the first error met.
pub type RowResult = Result<RowOut, Box<Error>>;

/// How an output column is read from a row.
pub enum Out {
    /// A name from a fixed list (`ALL` of a kernel enum).
    Choice(fn() -> Vec<&'static str>, fn(&RowOut) -> Option<u8>),
    Int(fn(&RowResult) -> Option<i64>),
    Day(fn(&RowOut) -> Option<Date>),
    Text(fn(&Error) -> String),
}

/// Every output column, in this order.
static OUTPUTS: &[(&str, Out)] = &[
    (
        "verdict",
        Out::Choice(
            || Verdict::ALL.iter().map(|v| v.as_str()).collect(),
            |r| r.verdict,
        ),
    ),
    (
        "recommended",
        Out::Choice(
            || Route::ALL.iter().map(|v| v.as_str()).collect(),
            |r| r.recommended,
        ),
    ),
    (
        "refund_ore",
        Out::Int(|r| r.as_ref().ok().and_then(|r| r.refund_ore)),
    ),
    (
        "patient_share_ore",
        Out::Int(|r| r.as_ref().ok().and_then(|r| r.patient_share_ore)),
    ),
    (
        "rate_bp",
        Out::Int(|r| r.as_ref().ok().and_then(|r| r.rate_bp)),
    ),
    ("deadline", Out::Day(|r| r.deadline)),
    (
        "days_left",
        Out::Int(|r| r.as_ref().ok().and_then(|r| r.days_left)),
    ),
    (
        "next_question",
        Out::Choice(
            || Fact::OUTBOUND.iter().map(|f| f.path()).collect(),
            |r| r.next_question,
        ),
    ),
    (
        "error_code",
        Out::Int(|r| r.as_ref().err().map(|e| i64::from(e.code()))),
    ),
    ("error_kind", Out::Text(|e| e.kind.name().to_string())),
    ("error_path", Out::Text(|e| e.path.to_string())),
    ("error", Out::Text(|e| e.to_string())),
];

/// The names of the output columns.
pub fn names() -> Vec<&'static str> {
    OUTPUTS.iter().map(|(n, _)| *n).collect()
}

/// An output column: its name and how it is read from a row.
pub type Output = (&'static str, Out);

/// The requested output columns (all when `None`), checked before any work is done.
pub fn select(wanted: Option<Vec<String>>) -> PyResult<Vec<&'static Output>> {
    match wanted {
        None => Ok(OUTPUTS.iter().collect()),
        Some(w) => w
            .iter()
            .map(|name| {
                OUTPUTS.iter().find(|(n, _)| n == name).ok_or_else(|| {
                    PyValueError::new_err(format!(
                        "no output column {name:?}; there are {:?}",
                        names()
                    ))
                })
            })
            .collect(),
    }
}

/// The columns as Python lists (under the GIL: a Python object per value).
pub fn lists<'py>(
    py: Python<'py>,
    rows: &[RowResult],
    wanted: &[&'static Output],
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
pub fn encode_all(rows: &[RowResult], wanted: &[&'static Output], threads: usize) -> Vec<Encoded> {
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
        Out::Choice(names, get) => {
            // One str object per name, shared by every row that has it.
            let names: Vec<Bound<'py, PyAny>> = names()
                .into_iter()
                .map(|n| PyString::intern(py, n).into_any())
                .collect();
            rows.iter()
                .map(|r| {
                    r.as_ref()
                        .ok()
                        .and_then(get)
                        .and_then(|i| names.get(usize::from(i)).cloned())
                        .unwrap_or_else(|| none.clone())
                })
                .collect()
        }
        Out::Int(get) => rows
            .iter()
            .map(|r| match get(r) {
                Some(v) => PyInt::new(py, v).into_any(),
                None => none.clone(),
            })
            .collect(),
        Out::Day(get) => {
            let mut seen: HashMap<Date, Bound<'py, PyAny>> = HashMap::new();
            rows.iter()
                .map(|r| match r.as_ref().ok().and_then(get) {
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
        Out::Choice(names, get) => {
            let code = |r: &RowResult| {
                Some(
                    r.as_ref()
                        .ok()
                        .and_then(get)
                        .map_or(-1, i32::from)
                        .to_ne_bytes(),
                )
            };
            e.data = words(rows, code).0;
            e.categories = names().into_iter().map(String::from).collect();
        }
        Out::Text(get) => (e.data, e.categories) = text_codes(rows, *get),
        Out::Int(get) => {
            let (data, valid) = words(rows, |r| get(r).map(i64::to_ne_bytes));
            (e.kind, e.data, e.valid) = ("i64", data, Some(valid));
        }
        Out::Day(get) => {
            let day = |r: &RowResult| {
                r.as_ref()
                    .ok()
                    .and_then(get)
                    .map(|d| i64::from(d.day_number()).to_ne_bytes())
            };
            let (data, valid) = words(rows, day);
            (e.kind, e.data, e.valid) = ("days", data, Some(valid));
        }
    }
    e
}
