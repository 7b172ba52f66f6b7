//! `Decision` and `Question`: read-only views of the kernel's answer for one case.
//!
//! A `Decision` keeps the typed case and the table it was decided with, not the kernel's
//! `Decision<'p>` (which borrows the table) nor its JSON (several kB a case, too much for a
//! population kept in memory). The kernel is a pure function, so everything beyond the summary
//! (`to_json()`, `explain()`, `next_question()`, the structured fields) is the kernel's answer
//! again, computed on first use; the JSON is then kept.

use crate::errors::{Failure, OrRaise};
use crate::params::ParamSource;
use helserett::decision::DECISION_SCHEMA;
use helserett::question::{next_question, Question as KernelQuestion};
use helserett::{Case, Date, Lang, Params, Verdict};
use pyo3::exceptions::{PyKeyError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple};
use std::sync::OnceLock;

/// What every decision carries without asking the kernel again.
#[derive(Clone, Copy, Debug)]
pub struct Summary {
    pub evaluation_date: Date,
    pub scheme: &'static str,
    pub verdict: Verdict,
    pub recommended: Option<&'static str>,
    pub refund_ore: Option<i64>,
}

impl Summary {
    pub fn of(d: &helserett::Decision<'_>) -> Summary {
        Summary {
            evaluation_date: d.evaluation_date,
            scheme: d.scheme.as_str(),
            verdict: d.verdict,
            recommended: d.recommended.map(|r| r.as_str()),
            refund_ore: d.refund.and_then(|r| r.refund_ore).map(|o| o.get()),
        }
    }
}

/// Evaluates `case` against `params` and summarises the answer.
pub fn decide(case: &Case, params: Params<'_>) -> Result<Summary, Failure> {
    helserett::evaluate_with(case, params)
        .map(|d| Summary::of(&d))
        .map_err(Failure::Kernel)
}

/// [`decide`] for a case already checked (`Case::checked`): not checked again.
pub fn decide_checked(
    case: helserett::CheckedCase<'_>,
    params: Params<'_>,
) -> Result<Summary, Failure> {
    helserett::evaluate_checked(case, params)
        .map(|d| Summary::of(&d))
        .map_err(Failure::Kernel)
}

/// The kernel's answer for one case, from `evaluate` or `evaluate_many`: read-only.
///
/// Its attributes are the decision JSON's fields (`verdict`, `recommended`, `refund`,
/// `missing`, `deadlines`, `routes`, `parameters` ..., each a fresh copy) and `refund_ore`.
/// `to_json()` is the kernel's decision JSON byte for byte, `to_dict()` the same as a dict,
/// `explain(lang)` the kernel's summary, `next_question()` what to ask next. A notebook shows
/// it as its main fields and the summary.
///
/// >>> d = helserett.evaluate({"evaluation_date": "2024-04-15", "treatment": {"country": "DE"}})
/// >>> d
/// Decision(verdict="undetermined", recommended=None, refund_ore=None, evaluation_date="2024-04-15")
/// >>> d.next_question()
/// Question(fact="treatment.need", index=None, answer="choice")
/// >>> d.to_json().startswith('{"schema":"helserett.decision/7"')
/// True
/// >>> print(d.explain("en").splitlines()[0])
/// Decision as of 2024-04-15
#[pyclass(frozen, module = "helserett._kernel", name = "Decision")]
pub struct Decision {
    case: Box<Case>,
    params: ParamSource,
    summary: Summary,
    /// The decision JSON, written on the first `to_json()` and kept.
    json: OnceLock<String>,
    /// With the built-in table (which it borrows, `'static`), the typed decision, kept once
    /// made: about 2.5 KB, so `evaluate()` keeps it from the start, while a decision of
    /// `evaluate_many` makes it on its first field read (a population kept in memory pays only
    /// for the decisions it looks into). With a caller's table it is made again for each read.
    typed: OnceLock<Box<helserett::Decision<'static>>>,
}

impl Decision {
    pub fn new(case: Box<Case>, params: ParamSource, summary: Summary) -> Decision {
        Decision {
            case,
            params,
            summary,
            json: OnceLock::new(),
            typed: OnceLock::new(),
        }
    }

    /// A decision made with the built-in table, kept whole.
    pub fn builtin(case: Box<Case>, typed: Box<helserett::Decision<'static>>) -> Decision {
        let d = Decision::new(case, ParamSource::Builtin, Summary::of(&typed));
        let _ = d.typed.set(typed);
        d
    }

    /// Runs `f` on the kernel's decision for this case: the kept one, or made again.
    fn with_decision<R>(
        &self,
        f: impl FnOnce(&helserett::Decision<'_>) -> R,
    ) -> Result<R, Failure> {
        if let Some(d) = self.typed.get() {
            return Ok(f(d));
        }
        if let ParamSource::Builtin = self.params {
            let d =
                helserett::evaluate_with(&self.case, Params::builtin()).map_err(Failure::Kernel)?;
            // Two threads may race here; both made the same decision, and one is kept.
            let _ = self.typed.set(Box::new(d));
            if let Some(d) = self.typed.get() {
                return Ok(f(d));
            }
        }
        self.params
            .with(|p| helserett::evaluate_with(&self.case, p).map(|d| f(&d)))?
            .map_err(Failure::Kernel)
    }

    fn json(&self, py: Python<'_>) -> PyResult<&String> {
        if let Some(j) = self.json.get() {
            return Ok(j);
        }
        let text = self
            .with_decision(|d| {
                let mut buf = vec![0u8; helserett::json::json_len(d)];
                let n = helserett::decision_to_json(d, &mut buf)?;
                buf.truncate(n);
                Ok::<_, helserett::Error>(buf)
            })
            .and_then(|r| r.map_err(Failure::Kernel))
            .or_raise(py)?;
        let text = String::from_utf8(text)
            .map_err(|_| Failure::Internal("the decision JSON is not UTF-8".into()))
            .or_raise(py)?;
        // Two threads may race here; both computed the same text, and one wins.
        let _ = self.json.set(text);
        self.json
            .get()
            .ok_or_else(|| Failure::Internal("the decision JSON was lost".into()))
            .or_raise(py)
    }

    /// A top-level field of the decision as a fresh Python value: the kernel's answer again,
    /// that one field converted straight from its typed form (no JSON written or parsed).
    fn field(&self, py: Python<'_>, name: &str) -> PyResult<Py<PyAny>> {
        self.with_decision(|d| crate::to_py::field(py, d, name))
            .or_raise(py)??
            .map(Bound::unbind)
            .ok_or_else(|| PyKeyError::new_err(name.to_string()))
    }
}

/// `json.loads`, imported once.
pub fn json_loads(py: Python<'_>, text: &str) -> PyResult<Py<PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let loads = LOADS.get_or_try_init(py, || {
        py.import("json")?.getattr("loads").map(Bound::unbind)
    })?;
    loads.call1(py, (text,))
}

pub fn lang(s: &str) -> PyResult<Lang> {
    Lang::parse(s)
        .ok_or_else(|| PyValueError::new_err(format!("lang is \"nb\" or \"en\", not {s:?}")))
}

#[pymethods]
impl Decision {
    /// The decision schema, `helserett.decision/7`.
    #[getter]
    fn schema(&self) -> &'static str {
        DECISION_SCHEMA
    }

    /// The case's `id`, echoed (`None` when the case had none).
    #[getter]
    fn id(&self) -> Option<&str> {
        self.case.id.as_deref()
    }

    /// The date the decision was made for, `YYYY-MM-DD`.
    #[getter]
    fn evaluation_date(&self) -> String {
        self.summary.evaluation_date.to_string()
    }

    /// The scheme decided (`eea_refund`).
    #[getter]
    fn scheme(&self) -> &'static str {
        self.summary.scheme
    }

    /// `eligible`, `not_eligible` or `undetermined`.
    #[getter]
    fn verdict(&self) -> &'static str {
        self.summary.verdict.as_str()
    }

    /// The route to take first, or `None`.
    #[getter]
    fn recommended(&self) -> Option<&'static str> {
        self.summary.recommended
    }

    /// The refund in øre (`refund["refund_ore"]`), or `None` when not settled.
    #[getter]
    fn refund_ore(&self) -> Option<i64> {
        self.summary.refund_ore
    }

    /// Why, with rule IDs: `[{"code", "rule"}]`. A new object from the decision JSON.
    #[getter]
    fn reasons(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "reasons")
    }

    /// What is missing, most decisive first. A new object from the decision JSON.
    #[getter]
    fn missing(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "missing")
    }

    /// Prior notification (EEA-10, EEA-11). A new object from the decision JSON.
    #[getter]
    fn prior_notification(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "prior_notification")
    }

    /// The refund and its breakdown, or `None` when the scheme does not apply. A new object from the decision JSON.
    #[getter]
    fn refund(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "refund")
    }

    /// The user fee (EEA-19). A new object from the decision JSON.
    #[getter]
    fn user_fee(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "user_fee")
    }

    /// Travel (EEA-13). A new object from the decision JSON.
    #[getter]
    fn travel(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "travel")
    }

    /// One claim deadline per treatment date (EEA-14). A new object from the decision JSON.
    #[getter]
    fn deadlines(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "deadlines")
    }

    /// Expected decision dates (EEA-15). A new object from the decision JSON.
    #[getter]
    fn processing(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "processing")
    }

    /// The document checklists (EEA-16..EEA-18). A new object from the decision JSON.
    #[getter]
    fn documents(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "documents")
    }

    /// What the person could not answer ("vet ikke"), for a caseworker to settle, each with the
    /// body to turn to. A new object from the decision JSON.
    #[getter]
    fn to_settle(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "to_settle")
    }

    /// Risk notes (RISK-*). A new object from the decision JSON.
    #[getter]
    fn risks(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "risks")
    }

    /// The dated parameters used, each with its validity and its source, as `params=` takes
    /// them. The decision JSON names the entries without their sources (the receipt names the
    /// table); the typed decision still holds them, so they come from it.
    #[getter]
    fn parameters(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.with_decision(|d| {
            crate::params::entries_list(py, d.parameters.iter().copied())
                .map(|l| l.unbind().into_any())
        })
        .or_raise(py)?
    }

    /// The rates estimated for years the table lacks, each with its basis (empty unless
    /// estimates were asked for). A new object from the decision JSON.
    #[getter]
    fn estimates(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "estimates")
    }

    /// Every outbound route, open ones first in ranking order. A new object from the decision JSON.
    #[getter]
    fn routes(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "routes")
    }

    /// What produced the decision: kernel, schemas, evaluation date, the SHA-256 of the
    /// parameter table. A new object from the decision JSON.
    #[getter]
    fn receipt(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.field(py, "receipt")
    }

    /// The kernel's decision JSON, byte for byte as the command-line program prints it.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.json(py)?.clone())
    }

    /// The decision as a new dict (yours to change): what `json.loads(to_json())` gives,
    /// built from the typed decision.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(self
            .with_decision(|d| crate::to_py::to_py(py, d))
            .or_raise(py)??
            .unbind())
    }

    /// The kernel's readable summary in bokmål (`nb`) or English (`en`).
    #[pyo3(signature = (lang="nb"))]
    fn explain(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        let lang = self::lang(lang)?;
        self.with_decision(|d| helserett::explain(d, lang).to_string())
            .or_raise(py)
    }

    /// The answer as a patient reads it (the kiosk's result screen), in bokmål (`nb`) or
    /// English (`en`): no rule codes, dates and amounts written out, what Helfo still settles.
    #[pyo3(signature = (lang="nb"))]
    fn patient_view(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        let lang = self::lang(lang)?;
        self.with_decision(|d| helserett::patient_view(d, lang).to_string())
            .or_raise(py)
    }

    /// The kiosk's next question, or `None` when the case is settled.
    fn next_question(&self, py: Python<'_>) -> PyResult<Option<Question>> {
        self.with_decision(|d| next_question(d).map(Question::from))
            .or_raise(py)
    }

    fn __repr__(&self) -> String {
        format!(
            "Decision(verdict={:?}, recommended={}, refund_ore={}, evaluation_date={:?})",
            self.summary.verdict.as_str(),
            self.summary
                .recommended
                .map_or("None".into(), |r| format!("{r:?}")),
            self.summary
                .refund_ore
                .map_or("None".into(), |r| r.to_string()),
            self.summary.evaluation_date.to_string(),
        )
    }
}

/// One question to ask: the fact it settles, its answer kind and its text.
#[pyclass(frozen, eq, module = "helserett._kernel", name = "Question")]
#[derive(PartialEq, Eq)]
pub struct Question(KernelQuestion);

impl From<KernelQuestion> for Question {
    fn from(q: KernelQuestion) -> Question {
        Question(q)
    }
}

#[pymethods]
impl Question {
    /// The JSON path of the fact, e.g. `treatment.need`.
    #[getter]
    fn fact(&self) -> &'static str {
        self.0.fact.path()
    }

    /// The treatment date it is about, for `treatment.dates.*` facts.
    #[getter]
    fn index(&self) -> Option<u8> {
        self.0.index
    }

    /// The rule that needs it.
    #[getter]
    fn rule(&self) -> &'static str {
        self.0.fact.rule()
    }

    /// The answer kind: `yes_no`, `choice`, `choices`, `date`, `dates`, `country`,
    /// `amount_ore`, `number` or `text`.
    #[getter]
    fn answer(&self) -> &'static str {
        self.0.kind().name()
    }

    /// The allowed answers, for choices.
    #[getter]
    fn options<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.0.fact.options())
    }

    /// The options' labels in bokmål (`nb`) or English (`en`), in the order of `options`.
    #[pyo3(signature = (lang="nb"))]
    fn option_labels<'py>(&self, py: Python<'py>, lang: &str) -> PyResult<Bound<'py, PyTuple>> {
        let lang = self::lang(lang)?;
        let f = self.0.fact;
        let labels = (0..f.options().len()).map(|i| f.option_label(i, lang).unwrap_or(""));
        PyTuple::new(py, labels)
    }

    /// The question in bokmål (`nb`) or English (`en`).
    #[pyo3(signature = (lang="nb"))]
    fn text(&self, lang: &str) -> PyResult<&'static str> {
        Ok(self.0.text(self::lang(lang)?))
    }

    /// As in the decision JSON's `next_question`, with the texts: `{"fact", "index", "rule",
    /// "answer", "options", "text": {"nb", "en"}}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("fact", self.fact())?;
        d.set_item("index", self.0.index)?;
        d.set_item("rule", self.rule())?;
        d.set_item("answer", self.answer())?;
        d.set_item("options", self.0.fact.options().to_vec())?;
        let text = PyDict::new(py);
        text.set_item("nb", self.0.text(Lang::Nb))?;
        text.set_item("en", self.0.text(Lang::En))?;
        d.set_item("text", text)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        let index = self.0.index.map_or("None".into(), |i| i.to_string());
        format!(
            "Question(fact={:?}, index={index}, answer={:?})",
            self.fact(),
            self.answer()
        )
    }
}
