//! `answer(case, fact, text, *, index=None)`: records a person's typed answer into a case
//! with the kernel's own `Case::answer` (the words, formats and checks a kiosk uses), and
//! returns the updated case as a dict.

use crate::decision::json_loads;
use crate::errors::{Failure, OrRaise};
use crate::to_json::case_bytes;
use helserett::error::{Error, ErrorKind, FieldPath};
use helserett::{Fact, SetError};
use pyo3::exceptions::PyIndexError;
use pyo3::prelude::*;

/// Room for any case the kernel reads back (a full case is about 2 KB).
const CASE_JSON_CAPACITY: usize = 16 * 1024;

#[pyfunction]
#[pyo3(signature = (case, fact, text, *, index=None))]
pub fn answer(
    py: Python<'_>,
    case: &Bound<'_, PyAny>,
    fact: &str,
    text: &str,
    index: Option<usize>,
) -> PyResult<Py<PyAny>> {
    let json = case_bytes(case).or_raise(py)?;
    let mut k = helserett::case_from_json(&json).or_raise(py)?;
    let Some(f) = Fact::OUTBOUND.iter().copied().find(|f| f.path() == fact) else {
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
    let mut out = vec![0u8; CASE_JSON_CAPACITY];
    let n = helserett::case_to_json(&k, &mut out).or_raise(py)?;
    let text = std::str::from_utf8(&out[..n]).map_err(|e| Failure::Internal(e.to_string()));
    json_loads(py, text.or_raise(py)?)
}
