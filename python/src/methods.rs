//! `evaluate_method()` and `MethodDecision`: a method not approved for the public specialist
//! service (seed 004). The kernel's decision JSON is kept (a few kB, one question at a time);
//! the routes are read from it, the summary fields from the typed decision.

use crate::decision::{json_loads, lang, Question};
use crate::errors::{Failure, OrRaise};
use crate::params::ParamSource;
use crate::to_json::case_bytes;
use helserett::explain_method;
use helserett::methods::decision::METHOD_DECISION_SCHEMA;
use helserett::methods::{evaluate_method_with, MethodCase};
use helserett::Params;
use pyo3::prelude::*;

/// The kernel's answer for one method question: read-only.
#[pyclass(frozen, module = "helserett._kernel", name = "MethodDecision")]
pub struct MethodDecision {
    case: Box<MethodCase>,
    params: ParamSource,
    json: String,
    recommended: Option<&'static str>,
    apply_first: Option<&'static str>,
    not_used: bool,
    next_question: Option<helserett::fact::Question>,
}

/// Reads and decides one method case given as JSON bytes.
fn read_and_decide(json: &[u8], params: &ParamSource) -> Result<MethodDecision, Failure> {
    let case = Box::new(helserett::method_case_from_json(json)?);
    let (buf, recommended, apply_first, not_used, next_question) = params
        .with(|p: Params<'_>| {
            evaluate_method_with(&case, p).and_then(|d| {
                let mut buf = vec![0u8; helserett::json::json_len(&d)];
                let n = helserett::json::method_decision_to_json(&d, &mut buf)?;
                buf.truncate(n);
                Ok((
                    buf,
                    d.recommended.map(|r| r.as_str()),
                    d.apply_first.map(|r| r.as_str()),
                    d.not_used,
                    d.next_question,
                ))
            })
        })?
        .map_err(Failure::Kernel)?;
    let json = String::from_utf8(buf)
        .map_err(|_| Failure::Internal("the decision JSON is not UTF-8".into()))?;
    Ok(MethodDecision {
        case,
        params: params.clone(),
        json,
        recommended,
        apply_first,
        not_used,
        next_question,
    })
}

/// `evaluate_method_many(cases, *, params=None, threads=None)`: one result per case, in
/// order: a `MethodDecision`, or the exception for that row (with `.row` set), never raised.
#[pyfunction]
#[pyo3(signature = (cases, *, params=None, threads=None))]
pub fn evaluate_method_many<'py>(
    py: Python<'py>,
    cases: &Bound<'py, PyAny>,
    params: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, pyo3::types::PyList>> {
    let params = ParamSource::from_arg(py, params)?;
    let mut rows: Vec<Result<Vec<u8>, Failure>> = Vec::new();
    for item in cases.try_iter()? {
        rows.push(case_bytes(&item?).map(|b| b.into_owned()));
    }
    let threads = crate::threads::count(threads);
    let decided = py.detach(|| {
        crate::threads::map_rows(rows.len(), threads, |range| {
            rows[range]
                .iter()
                .map(|r| match r {
                    Ok(json) => read_and_decide(json, &params),
                    Err(f) => Err(f.clone()),
                })
                .collect::<Vec<_>>()
        })
    });
    let out = pyo3::types::PyList::empty(py);
    for (row, result) in decided.into_iter().enumerate() {
        match result {
            Ok(d) => out.append(d)?,
            Err(f) => out.append(f.to_object(py, Some(row))?)?,
        }
    }
    Ok(out)
}

/// `evaluate_method(case, *, params=None)`: one method case (dict, JSON str or bytes,
/// `helserett.method_case/1`) to a `MethodDecision`; the Nye metoder meeting calendar
/// (P-MET-MEETINGS) goes in `params`.
#[pyfunction]
#[pyo3(signature = (case, *, params=None))]
pub fn evaluate_method(
    py: Python<'_>,
    case: &Bound<'_, PyAny>,
    params: Option<&Bound<'_, PyAny>>,
) -> PyResult<MethodDecision> {
    let params = ParamSource::from_arg(py, params)?;
    let json = case_bytes(case).or_raise(py)?;
    read_and_decide(&json, &params).or_raise(py)
}

#[pymethods]
impl MethodDecision {
    /// `helserett.method_decision/4`.
    #[getter]
    fn schema(&self) -> &'static str {
        METHOD_DECISION_SCHEMA
    }

    /// The case's `id`, echoed (`None` when the case had none).
    #[getter]
    fn id(&self) -> Option<&str> {
        self.case.id.as_deref()
    }

    /// The first eligible route, or `None`.
    #[getter]
    fn recommended(&self) -> Option<&'static str> {
        self.recommended
    }

    /// Where no route is certain: the first route to apply for, or `None`.
    #[getter]
    fn apply_first(&self) -> Option<&'static str> {
        self.apply_first
    }

    /// No route is open: the method is not used.
    #[getter]
    fn not_used(&self) -> bool {
        self.not_used
    }

    /// Every route, in the procedure's order, as dicts (the decision JSON's `routes`).
    #[getter]
    fn routes(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let d = json_loads(py, &self.json)?;
        d.bind(py).get_item("routes").map(|r| r.unbind())
    }

    /// The access scheme's cut-off as a dict, or `None`.
    #[getter]
    fn access_deadline(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let d = json_loads(py, &self.json)?;
        d.bind(py).get_item("access_deadline").map(|r| r.unbind())
    }

    /// The next question, or `None` when settled.
    fn next_question(&self) -> Option<Question> {
        self.next_question.map(Question::from)
    }

    /// The decision as the kernel's JSON text, byte for byte.
    fn to_json(&self) -> String {
        self.json.clone()
    }

    /// The decision JSON as a new dict.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        json_loads(py, &self.json)
    }

    /// The kernel's summary in bokmål (`nb`) or English (`en`).
    #[pyo3(signature = (lang="nb"))]
    fn explain(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        let lang = self::lang(lang)?;
        self.params
            .with(|p| {
                evaluate_method_with(&self.case, p).map(|d| explain_method(&d, lang).to_string())
            })
            .and_then(|r| r.map_err(Failure::Kernel))
            .or_raise(py)
    }

    fn __repr__(&self) -> String {
        format!(
            "MethodDecision(recommended={:?}, apply_first={:?}, not_used={})",
            self.recommended, self.apply_first, self.not_used
        )
    }
}
