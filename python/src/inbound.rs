//! `evaluate_inbound()` and `InboundDecision`: a patient living abroad on a temporary stay in a
//! Norwegian hospital (seed 002). The decision is read from the kernel's typed answer (no JSON
//! round trip); `to_json()` is the kernel's JSON byte for byte, `explain()` its summary.

use crate::decision::{lang, Question};
use crate::errors::{Failure, OrRaise};
use crate::params::ParamSource;
use crate::threads;
use crate::to_json::case_bytes;
use helserett::explain_inbound;
use helserett::inbound::decision::INBOUND_DECISION_SCHEMA;
use helserett::inbound::{evaluate_inbound_with, InboundCase, InboundDecision as Kernel};
use helserett::Params;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// One document or step as the decision lists it.
struct Item {
    name: &'static str,
    second: Option<&'static str>,
    rule: &'static str,
}

/// The kernel's inbound answer for one case: read-only.
#[pyclass(frozen, module = "helserett._kernel", name = "InboundDecision")]
pub struct InboundDecision {
    case: Box<InboundCase>,
    params: ParamSource,
    evaluation_date: String,
    scope: &'static str,
    covered: &'static str,
    payer: &'static str,
    user_fee: &'static str,
    invoice_category: Option<&'static str>,
    ehic_state: &'static str,
    admission_copies: Vec<Item>,
    invoice_attachments: Vec<Item>,
    steps: Vec<Item>,
    reasons: Vec<(&'static str, &'static str)>,
    missing: Vec<String>,
    next_question: Option<helserett::fact::Question>,
}

impl InboundDecision {
    fn of(case: Box<InboundCase>, params: ParamSource, d: &Kernel<'_>) -> InboundDecision {
        let docs = |list: &[helserett::inbound::decision::DocumentItem]| {
            list.iter()
                .map(|i| Item {
                    name: i.document.as_str(),
                    second: Some(i.status.as_str()),
                    rule: i.rule,
                })
                .collect()
        };
        InboundDecision {
            case,
            params,
            evaluation_date: d.evaluation_date.to_string(),
            scope: d.scope.as_str(),
            covered: d.covered.as_str(),
            payer: d.payer.as_str(),
            user_fee: d.user_fee.as_str(),
            invoice_category: d.invoice_category.map(|c| c.as_str()),
            ehic_state: d.ehic_state.as_str(),
            admission_copies: docs(&d.admission_copies),
            invoice_attachments: docs(&d.invoice_attachments),
            steps: d
                .steps
                .iter()
                .map(|s| Item {
                    name: s.step.as_str(),
                    second: s.document.map(|x| x.as_str()),
                    rule: s.rule,
                })
                .collect(),
            reasons: d.reasons.iter().map(|r| (r.code(), r.rule())).collect(),
            missing: d.missing.iter().map(|m| m.to_string()).collect(),
            next_question: d.next_question,
        }
    }

    /// Runs `f` on the kernel's decision for this case, again.
    fn with_decision<R>(&self, f: impl FnOnce(&Kernel<'_>) -> R) -> Result<R, Failure> {
        self.params
            .with(|p| evaluate_inbound_with(&self.case, p).map(|d| f(&d)))?
            .map_err(Failure::Kernel)
    }

    fn items<'py>(
        py: Python<'py>,
        list: &[Item],
        keys: (&str, &str),
    ) -> PyResult<Bound<'py, PyList>> {
        let out = PyList::empty(py);
        for i in list {
            let d = PyDict::new(py);
            d.set_item(keys.0, i.name)?;
            d.set_item(keys.1, i.second)?;
            d.set_item("rule", i.rule)?;
            out.append(d)?;
        }
        Ok(out)
    }
}

/// Reads and decides one inbound case given as JSON bytes.
fn read_and_decide(json: &[u8], params: &ParamSource) -> Result<InboundDecision, Failure> {
    let case = Box::new(helserett::inbound_case_from_json(json)?);
    // The decision borrows the table: what Python reads is copied out, and the case moved in.
    let mut out = params
        .with(|p: Params<'_>| {
            evaluate_inbound_with(&case, p).map(|d| {
                let placeholder = Box::new(InboundCase::new(d.evaluation_date));
                InboundDecision::of(placeholder, params.clone(), &d)
            })
        })?
        .map_err(Failure::Kernel)?;
    out.case = case;
    Ok(out)
}

/// `evaluate_inbound(case, *, params=None)`: one inbound case (dict, JSON str or bytes,
/// `helserett.inbound_case/1`) to an `InboundDecision`.
#[pyfunction]
#[pyo3(signature = (case, *, params=None))]
pub fn evaluate_inbound(
    py: Python<'_>,
    case: &Bound<'_, PyAny>,
    params: Option<&Bound<'_, PyAny>>,
) -> PyResult<InboundDecision> {
    let params = ParamSource::from_arg(py, params)?;
    let json = case_bytes(case).or_raise(py)?;
    read_and_decide(&json, &params).or_raise(py)
}

/// `evaluate_inbound_many(cases, *, params=None, threads=None)`: one result per case, in
/// order: an `InboundDecision`, or the exception for that row (with `.row` set), never raised.
#[pyfunction]
#[pyo3(signature = (cases, *, params=None, threads=None))]
pub fn evaluate_inbound_many<'py>(
    py: Python<'py>,
    cases: &Bound<'py, PyAny>,
    params: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyList>> {
    let params = ParamSource::from_arg(py, params)?;
    let mut rows: Vec<Result<Vec<u8>, Failure>> = Vec::new();
    for item in cases.try_iter()? {
        rows.push(case_bytes(&item?).map(|b| b.into_owned()));
    }
    let threads = threads::count(threads);
    let decided = py.detach(|| {
        threads::map_rows(rows.len(), threads, |range| {
            rows[range]
                .iter()
                .map(|r| match r {
                    Ok(json) => read_and_decide(json, &params),
                    Err(f) => Err(f.clone()),
                })
                .collect::<Vec<_>>()
        })
    });
    let out = PyList::empty(py);
    for (row, result) in decided.into_iter().enumerate() {
        match result {
            Ok(d) => out.append(d)?,
            Err(f) => out.append(f.to_object(py, Some(row))?)?,
        }
    }
    Ok(out)
}

#[pymethods]
impl InboundDecision {
    /// `helserett.inbound_decision/4`.
    #[getter]
    fn schema(&self) -> &'static str {
        INBOUND_DECISION_SCHEMA
    }

    /// The case's `id`, echoed (`None` when the case had none).
    #[getter]
    fn id(&self) -> Option<&str> {
        self.case.id.as_deref()
    }

    /// The date the decision was made for, `YYYY-MM-DD`.
    #[getter]
    fn evaluation_date(&self) -> &str {
        &self.evaluation_date
    }

    /// What the patient is entitled to (`necessary_care`, `necessary_and_planned`,
    /// `document_scope`, `none`, `undetermined`).
    #[getter]
    fn scope(&self) -> &'static str {
        self.scope
    }

    /// Whether this care is covered: `eligible`, `not_eligible`, `undetermined` or
    /// `discretion` (the hospital decides).
    #[getter]
    fn covered(&self) -> &'static str {
        self.covered
    }

    /// Who pays: `helfo`, `helfo_utland`, `health_trust`, `patient` or `undetermined`.
    #[getter]
    fn payer(&self) -> &'static str {
        self.payer
    }

    /// What the patient pays: `member_fees`, `full_cost` or `undetermined`.
    #[getter]
    fn user_fee(&self) -> &'static str {
        self.user_fee
    }

    /// The category to mark the invoice with, or `None` until known.
    #[getter]
    fn invoice_category(&self) -> Option<&'static str> {
        self.invoice_category
    }

    /// Where the EHIC part stands (IN-06).
    #[getter]
    fn ehic_state(&self) -> &'static str {
        self.ehic_state
    }

    /// The copies to take at admission: dicts with `document`, `status`, `rule`.
    #[getter]
    fn admission_copies<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        Self::items(py, &self.admission_copies, ("document", "status"))
    }

    /// The attachments to the invoice to Helfo: dicts with `document`, `status`, `rule`.
    #[getter]
    fn invoice_attachments<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        Self::items(py, &self.invoice_attachments, ("document", "status"))
    }

    /// The desk's next steps, in order: dicts with `step`, `document`, `rule`.
    #[getter]
    fn steps<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        Self::items(py, &self.steps, ("step", "document"))
    }

    /// The reasons: `(code, rule)` pairs.
    #[getter]
    fn reasons(&self) -> Vec<(&'static str, &'static str)> {
        self.reasons.clone()
    }

    /// What is missing, most decisive first, as the kernel prints it.
    #[getter]
    fn missing(&self) -> Vec<String> {
        self.missing.clone()
    }

    /// The desk's next question, or `None` when the case is settled.
    fn next_question(&self) -> Option<Question> {
        self.next_question.map(Question::from)
    }

    /// The decision as the kernel's JSON text, byte for byte.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        let text = self
            .with_decision(|d| {
                let mut buf = vec![0u8; helserett::json::json_len(d)];
                let n = helserett::json::inbound_decision_to_json(d, &mut buf)?;
                buf.truncate(n);
                Ok::<_, helserett::Error>(buf)
            })
            .and_then(|r| r.map_err(Failure::Kernel))
            .or_raise(py)?;
        String::from_utf8(text)
            .map_err(|_| Failure::Internal("the decision JSON is not UTF-8".into()))
            .or_raise(py)
    }

    /// The decision as a new dict: what `json.loads(to_json())` gives, built from the typed
    /// decision.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(self
            .with_decision(|d| crate::to_py::to_py(py, d))
            .or_raise(py)??
            .unbind())
    }

    /// The kernel's summary for the desk in bokmål (`nb`) or English (`en`).
    #[pyo3(signature = (lang="nb"))]
    fn explain(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        let lang = self::lang(lang)?;
        self.with_decision(|d| explain_inbound(d, lang).to_string())
            .or_raise(py)
    }

    fn __repr__(&self) -> String {
        format!(
            "InboundDecision(scope={:?}, covered={:?}, payer={:?}, evaluation_date={:?})",
            self.scope, self.covered, self.payer, self.evaluation_date
        )
    }
}

/// `inbound_column_names()`: the column names `evaluate_inbound_columns` reads, from the fact
/// table: `evaluation_date` and every inbound fact's JSON path.
#[pyfunction]
pub fn inbound_column_names() -> Vec<&'static str> {
    core::iter::once("evaluation_date")
        .chain(helserett::Fact::INBOUND.iter().map(|f| f.path()))
        .collect()
}
