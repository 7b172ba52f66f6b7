//! `evaluate()` for one case and `evaluate_many()` for a list of cases, of any kind: the kind
//! is the case's own (its `schema`; none is treatment abroad).

use crate::decision::{decide, Decision, Summary};
use crate::errors::{Failure, OrRaise};
use crate::params::ParamSource;
use crate::threads;
use crate::to_json::case_bytes;
use helserett::{AnyCase, Params};
use pyo3::prelude::*;
use pyo3::types::PyList;

/// Reads and decides one case of any kind given as JSON bytes.
fn read_and_decide(json: &[u8], params: Params<'_>) -> Result<(Box<AnyCase>, Summary), Failure> {
    let case = Box::new(AnyCase::from_json(json)?);
    let summary = decide(&case, params)?;
    Ok((case, summary))
}

/// Decides one case and returns its `Decision`.
///
/// `case` is a dict shaped like one of the case schemas (`kernel/schema/case.schema.json`;
/// with `"schema": "helserett.inbound_case/1"` a stay in a Norwegian hospital, with
/// `"helserett.method_case/1"` a method not approved; dates as `YYYY-MM-DD` or
/// `datetime.date`; an unknown fact left out), or that JSON as `str` or `bytes`. `params` is a
/// parameter table (`builtin_params()`, `what_if(...)`); `None` is the built-in one. Raises
/// `InvalidCase` naming the field at fault, `InvalidParams` naming the table entry,
/// `UnsupportedValue` for a Python value with no JSON form.
///
/// >>> d = helserett.evaluate({"evaluation_date": "2024-04-15",
/// ...     "treatment": {"country": "DE", "need": "planned", "dates": [{"date": "2024-03-04"}]}})
/// >>> d.verdict, d.refund_ore
/// ('undetermined', None)
/// >>> d.missing[0]
/// {'fact': 'patient.member_of_folketrygden', 'rule': 'EEA-01'}
/// >>> helserett.evaluate({"schema": "helserett.inbound_case/1", "evaluation_date": "2024-07-03"}).kind
/// 'inbound'
/// >>> helserett.evaluate({"evaluation_date": "2024-04-15", "treatment": {"country": "XX"}})
/// Traceback (most recent call last):
/// helserett.errors.InvalidCase: treatment.country: invalid country: not an assigned ISO 3166-1 alpha-2 country code
#[pyfunction]
#[pyo3(signature = (case, *, params=None))]
pub fn evaluate(
    py: Python<'_>,
    case: &Bound<'_, PyAny>,
    params: Option<&Bound<'_, PyAny>>,
) -> PyResult<Decision> {
    let params = ParamSource::from_arg(py, params)?;
    // A dict that is plainly a valid case is read straight into the typed case; any other
    // input (and any dict the shortcut declines) the JSON way, which names every error.
    if let Some(typed) = crate::from_dict::case_from_dict(case) {
        let typed = Box::new(typed);
        // Stored as a binding stores it and checked once where it is decided; a case the
        // kernel refuses goes the JSON way below, for the reader's exact error.
        if let ParamSource::Builtin = params {
            if let Ok(d) = typed.evaluate(Params::builtin()) {
                return Ok(Decision::builtin(typed, Box::new(d)));
            }
        } else if let Ok(Ok(summary)) = params.with(|p| decide(&typed, p)) {
            return Ok(Decision::new(typed, params, summary));
        }
    }
    let json = case_bytes(case).or_raise(py)?;
    let (case, summary) = params
        .with(|p| read_and_decide(&json, p))
        .and_then(|r| r)
        .or_raise(py)?;
    Ok(Decision::new(case, params, summary))
}

/// Decides every case of an iterable (of any kinds, mixed) and returns one result per case,
/// in order: a `Decision`, or the exception for that row (with `.row` set), returned, never
/// raised.
///
/// The cases are read into the kernel first, then decided without the GIL on `threads`
/// threads (default one per core). `params` as for `evaluate`.
///
/// >>> results = helserett.evaluate_many([
/// ...     {"evaluation_date": "2024-04-15", "treatment": {"country": "DE"}},
/// ...     {"evaluation_date": "2024-04-15", "treatment": {"country": "XX"}},
/// ... ])
/// >>> results[0]
/// Decision(verdict="undetermined", recommended=None, refund_ore=None, evaluation_date="2024-04-15")
/// >>> bad = [r for r in results if isinstance(r, helserett.HelserettError)]
/// >>> [(e.row, e.code, e.path) for e in bad]
/// [(1, 111, 'treatment.country')]
#[pyfunction]
#[pyo3(signature = (cases, *, params=None, threads=None))]
pub fn evaluate_many<'py>(
    py: Python<'py>,
    cases: &Bound<'py, PyAny>,
    params: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let params = ParamSource::from_arg(py, params)?;
    // Copy every case into Rust first (a dict that is plainly a valid case as the typed case,
    // any other input as JSON text in one buffer), then decide without the GIL.
    let mut text = Vec::new();
    let mut rows: Vec<Result<Input, Failure>> = Vec::new();
    for item in cases.try_iter()? {
        let item = item?;
        // Stored unchecked: a case the check refuses goes the JSON way, for the reader's error.
        if let Some(case) = crate::from_dict::case_from_dict(&item).filter(|c| c.check().is_ok()) {
            rows.push(Ok(Input::Typed(Box::new(case))));
            continue;
        }
        rows.push(case_bytes(&item).map(|b| {
            let start = text.len();
            text.extend_from_slice(&b);
            Input::Text(Range {
                start,
                end: text.len(),
            })
        }));
    }
    let threads = threads::count(threads);
    let decided = py.detach(|| {
        threads::map_rows(rows.len(), threads, |range| {
            let chunk = &rows[range];
            // The table is checked once per thread, not once per row.
            let decided = params.with(|p| {
                chunk
                    .iter()
                    .map(|r| match r {
                        Ok(Input::Text(at)) => read_and_decide(&text[at.start..at.end], p),
                        Ok(Input::Typed(case)) => {
                            decide(case, p).map(|summary| (case.clone(), summary))
                        }
                        Err(f) => Err(f.clone()),
                    })
                    .collect::<Vec<_>>()
            });
            decided.unwrap_or_else(|f| chunk.iter().map(|_| Err(f.clone())).collect())
        })
    });
    let out = PyList::empty(py);
    for (row, result) in decided.into_iter().enumerate() {
        match result {
            Ok((case, summary)) => out.append(Decision::new(case, params.clone(), summary))?,
            Err(f) => out.append(f.to_object(py, Some(row))?)?,
        }
    }
    Ok(out)
}

/// `_restore(case_json, params)`: a pickled decision made again (see `Decision.__reduce__`).
#[pyfunction]
#[pyo3(signature = (case_json, params=None))]
pub fn _restore(
    py: Python<'_>,
    case_json: &Bound<'_, PyAny>,
    params: Option<&Bound<'_, PyAny>>,
) -> PyResult<Decision> {
    evaluate(py, case_json, params)
}

/// Where one case's JSON sits in the shared buffer.
struct Range {
    start: usize,
    end: usize,
}

/// One case of a batch, as it was copied in.
enum Input {
    /// Read straight from a dict.
    Typed(Box<AnyCase>),
    /// JSON text, at this range of the batch's buffer.
    Text(Range),
}
