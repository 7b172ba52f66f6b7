//! `answer(case, fact, text, *, index=None, params=None)`: records a person's typed answer into
//! a case of any kind with the kernel's own `AnyCase::answer` (the words, formats and checks a
//! kiosk or a desk uses), and returns the updated case as a dict.

use crate::decision::{case_json, json_loads};
use crate::errors::{Failure, OrRaise};
use crate::params::ParamSource;
use crate::to_json::case_bytes;
use helserett::error::{Error, ErrorKind, FieldPath};
use helserett::{AnyCase, SetError};
use pyo3::exceptions::PyIndexError;
use pyo3::prelude::*;

/// `answer(case, fact, text, *, index=None, params=None)`: records the answer `text`, typed as
/// a person types it, to `fact` (a fact path, as `Question.fact`; `index` for a per-date fact)
/// with the kernel's answer parser, and returns the updated case as a dict. Yes/no as `ja`,
/// `nei`, `yes`, `no`; dates as `2024-03-04` or `4.3.2024`; countries by code or name; counts
/// with their unit (`84 km`); amounts in kroner (`1 234,50`); `vet ikke` marks the fact as not
/// known, and it is not asked again. A refused answer raises `InvalidCase` naming the fact.
///
/// >>> helserett.answer({"evaluation_date": "2024-06-01"}, "treatment.country", "Tyskland")
/// {'schema': 'helserett.case/2', 'evaluation_date': '2024-06-01', 'treatment': {'country': 'DE'}}
/// >>> helserett.answer({"evaluation_date": "2024-06-01"}, "travel.round_trips", "1e400")
/// Traceback (most recent call last):
/// ...
/// helserett.errors.InvalidCase: travel.round_trips: number out of range for this field, or not a whole number
#[pyfunction]
#[pyo3(signature = (case, fact, text, *, index=None, params=None))]
pub fn answer(
    py: Python<'_>,
    case: &Bound<'_, PyAny>,
    fact: &str,
    text: &str,
    index: Option<usize>,
    params: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    let params = ParamSource::from_arg(py, params)?;
    let json = case_bytes(case).or_raise(py)?;
    let mut k = AnyCase::from_json(&json).or_raise(py)?;
    // The fact by its JSON path, among the case's own kind's facts.
    let Some(f) = k.kind().facts().iter().copied().find(|f| f.path() == fact) else {
        let e = Error::new(ErrorKind::InvalidValue, FieldPath::of(&["fact"]));
        return Err(e).or_raise(py);
    };
    match k.answer(f, index, text) {
        Ok(()) => {}
        Err(SetError::Invalid(e)) => return Err(e).or_raise(py),
        Err(SetError::NoSuchDate) => {
            return Err(PyIndexError::new_err(format!(
                "{fact} is per treatment date: index must name one of the case's treatment dates"
            )))
        }
    }
    // The answer must leave a case the kernel decides (ranges, consistency, the table), as the
    // C call's does.
    params
        .with(|p| k.decide(p, |_| Ok::<_, Error>(())))
        .and_then(|r| r.map_err(Failure::Kernel))
        .or_raise(py)?;
    json_loads(py, &case_json(&k).or_raise(py)?)
}
