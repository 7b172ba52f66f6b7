//! `Decision` and `Question`: read-only views of the kernel's answer for one case of any kind.
//!
//! A `Decision` keeps the typed case and the table it was decided with, not the kernel's
//! decision (which borrows the table) nor its JSON (several kB a case, too much for a
//! population kept in memory). The kernel is a pure function, so everything beyond the
//! headline outputs (`to_json()`, `explain()`, `next_question()`, the decision's fields) is the
//! kernel's answer again, computed on first use; the JSON is then kept. Nothing here names a
//! kind: the attributes are the kind's outputs (`helserett::outputs`) and its decision's
//! fields, both declared by the kernel (issue 25).

use crate::errors::{Failure, OrRaise};
use crate::params::ParamSource;
use helserett::fact::CaseKind;
use helserett::outputs::{outputs, OutputKind, Scalar, MAX_OUTPUTS};
use helserett::question::Question as KernelQuestion;
use helserett::{AnyCase, AnyDecision, Date, Decided, Lang, Params};
use pyo3::exceptions::{PyAttributeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyString, PyTuple};
use std::sync::OnceLock;

/// What every decision carries without asking the kernel again: its date and its kind's
/// outputs (the headline attributes and the repr).
#[derive(Clone, Copy, Debug)]
pub struct Summary {
    pub evaluation_date: Date,
    pub outputs: [Option<Scalar>; MAX_OUTPUTS],
}

impl Summary {
    pub fn of(d: AnyDecision<'_, '_>) -> Summary {
        Summary {
            evaluation_date: d.evaluation_date(),
            outputs: helserett::outputs::values(d),
        }
    }
}

/// Evaluates `case` against `params` and summarises the answer.
pub fn decide(case: &AnyCase, params: Params<'_>) -> Result<Summary, Failure> {
    case.decide(params, |d| Ok::<_, helserett::Error>(Summary::of(d)))
        .map_err(Failure::Kernel)
}

/// The kernel's answer for one case of any kind, from `evaluate` or `evaluate_many`:
/// read-only, picklable.
///
/// Its attributes are the kind's outputs (`verdict`, `refund_ore` for treatment abroad;
/// `scope`, `payer` for a stay in Norway; `recommended`, `not_used` for a method: see
/// `column_names(kind)["outputs"]`) and its decision JSON's fields (`refund`, `deadlines`,
/// `admission_copies`, `routes` ..., each a fresh copy). `to_json()` is the kernel's decision
/// JSON byte for byte, `to_dict()` the same as a dict, `explain(lang)` the kernel's summary,
/// `view(lang)` what the person in front of the screen reads, `next_question()` what to ask
/// next. A notebook shows it as its main fields and the summary.
///
/// >>> d = helserett.evaluate({"evaluation_date": "2024-04-15", "treatment": {"country": "DE"}})
/// >>> d
/// Decision(verdict="undetermined", recommended=None, refund_ore=None, evaluation_date="2024-04-15")
/// >>> d.next_question()
/// Question(fact="treatment.need", index=None, answer="choice")
/// >>> d.to_json().startswith('{"schema":"helserett.decision/8"')
/// True
/// >>> print(d.explain("en").splitlines()[0])
/// Decision as of 2024-04-15
#[pyclass(frozen, module = "helserett._kernel", name = "Decision")]
pub struct Decision {
    case: Box<AnyCase>,
    params: ParamSource,
    summary: Summary,
    /// The decision JSON, written on the first `to_json()` and kept.
    json: OnceLock<String>,
    /// With the built-in table (which it borrows, `'static`), the typed decision, kept once
    /// made: a few KB, so `evaluate()` keeps it from the start, while a decision of
    /// `evaluate_many` makes it on its first field read (a population kept in memory pays only
    /// for the decisions it looks into). With a caller's table it is made again for each read.
    typed: OnceLock<Box<Decided<'static>>>,
}

impl Decision {
    pub fn new(case: Box<AnyCase>, params: ParamSource, summary: Summary) -> Decision {
        Decision {
            case,
            params,
            summary,
            json: OnceLock::new(),
            typed: OnceLock::new(),
        }
    }

    /// A decision made with the built-in table, kept whole.
    pub fn builtin(case: Box<AnyCase>, typed: Box<Decided<'static>>) -> Decision {
        let d = Decision::new(case, ParamSource::Builtin, Summary::of(typed.as_any()));
        let _ = d.typed.set(typed);
        d
    }

    fn kind(&self) -> CaseKind {
        self.case.kind()
    }

    /// Runs `f` on the kernel's decision for this case: the kept one, or made again.
    fn with_decision<R>(&self, f: impl FnOnce(AnyDecision<'_, '_>) -> R) -> Result<R, Failure> {
        if let Some(d) = self.typed.get() {
            return Ok(f(d.as_any()));
        }
        if let ParamSource::Builtin = self.params {
            let d = self
                .case
                .evaluate(Params::builtin())
                .map_err(Failure::Kernel)?;
            // Two threads may race here; both made the same decision, and one is kept.
            let _ = self.typed.set(Box::new(d));
            if let Some(d) = self.typed.get() {
                return Ok(f(d.as_any()));
            }
        }
        self.params
            .with(|p| self.case.decide(p, |d| Ok::<_, helserett::Error>(f(d))))?
            .map_err(Failure::Kernel)
    }

    fn json(&self, py: Python<'_>) -> PyResult<&String> {
        if let Some(j) = self.json.get() {
            return Ok(j);
        }
        let text = self
            .with_decision(|d| {
                let mut buf = vec![0u8; helserett::json::json_len(&d)];
                let n = helserett::json::to_slice(&d, &mut buf)?;
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
    /// that one field converted straight from its typed form (no JSON written or parsed);
    /// `None` when this kind's decision has no such field.
    fn field(&self, py: Python<'_>, name: &str) -> PyResult<Option<Py<PyAny>>> {
        Ok(self
            .with_decision(|d| crate::to_py::field(py, &d, name))
            .or_raise(py)??
            .map(Bound::unbind))
    }

    /// The output `name` of this kind, as Python: `None` when it is not one.
    fn output(&self, py: Python<'_>, name: &str) -> Option<PyResult<Py<PyAny>>> {
        let at = outputs(self.kind()).iter().position(|o| o.name == name)?;
        Some(self.output_at(py, at))
    }

    fn output_at(&self, py: Python<'_>, at: usize) -> PyResult<Py<PyAny>> {
        let spec = &outputs(self.kind())[at];
        let value = self.summary.outputs[at];
        Ok(match (value, spec.kind) {
            (None, _) => py.None(),
            (Some(Scalar::Choice(i)), OutputKind::Choice(names)) => names
                .get(usize::from(i))
                .into_pyobject(py)?
                .into_any()
                .unbind(),
            (Some(Scalar::Choice(i)), _) => self
                .kind()
                .facts()
                .get(usize::from(i))
                .map(|f| f.path())
                .into_pyobject(py)?
                .into_any()
                .unbind(),
            (Some(Scalar::Int(n)), _) => n.into_pyobject(py)?.into_any().unbind(),
            (Some(Scalar::Date(d)), _) => d.to_string().into_pyobject(py)?.into_any().unbind(),
            (Some(Scalar::Flag(b)), _) => b.into_pyobject(py)?.to_owned().into_any().unbind(),
        })
    }

    /// One output as the repr shows it (`"undetermined"`, `None`, `145000`).
    fn repr_of(&self, py: Python<'_>, at: usize) -> String {
        self.output_at(py, at)
            .and_then(|v| {
                let v = v.bind(py);
                if v.is_none() {
                    return Ok("None".to_string());
                }
                if let Ok(s) = v.extract::<String>() {
                    return Ok(format!("{s:?}"));
                }
                Ok(v.str()?.to_string())
            })
            .unwrap_or_else(|_| "?".into())
    }
}

/// The class's own attributes (its `#[pymethods]` below, and `_repr_html_`, which the package
/// sets): found by Python's own lookup, before any output or field of the same name (the
/// decision JSON has a `next_question` too). A test checks this list against the class.
const OWN: &[&str] = &[
    "kind",
    "schema",
    "id",
    "evaluation_date",
    "parameters",
    "why",
    "outputs",
    "to_json",
    "to_dict",
    "explain",
    "view",
    "patient_view",
    "next_question",
];

/// Python's own attribute lookup (the type's methods and properties).
fn generic_getattr(obj: &Bound<'_, Decision>, name: &Bound<'_, PyString>) -> PyResult<Py<PyAny>> {
    // SAFETY: both are live objects held by the caller; the call returns a new reference or
    // NULL with an exception set, which `from_owned_ptr_or_err` takes over.
    unsafe {
        let p = pyo3::ffi::PyObject_GenericGetAttr(obj.as_ptr(), name.as_ptr());
        Bound::from_owned_ptr_or_err(obj.py(), p).map(Bound::unbind)
    }
}

/// What `__reduce__` gives pickle: `_restore` and its arguments (the case JSON, the table).
type Reduced = (Py<PyAny>, (String, Py<PyAny>));

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

/// The case as JSON text (its kind's schema): what a pickled decision is made again from.
pub fn case_json(case: &AnyCase) -> Result<String, Failure> {
    let mut out = vec![0u8; 64 * 1024];
    let n = case.to_json(&mut out).map_err(Failure::Kernel)?;
    out.truncate(n);
    String::from_utf8(out).map_err(|_| Failure::Internal("the case JSON is not UTF-8".into()))
}

#[pymethods]
impl Decision {
    /// The kind of case decided: `outbound`, `inbound` or `method`.
    #[getter(kind)]
    fn kind_name(&self) -> &'static str {
        self.kind().as_str()
    }

    /// The decision schema (`helserett.decision/8`, `helserett.inbound_decision/5`, …).
    #[getter]
    fn schema(&self, py: Python<'_>) -> PyResult<&'static str> {
        self.with_decision(|d| d.schema()).or_raise(py)
    }

    /// The case's `id`, echoed (`None` when the case had none).
    #[getter]
    fn id(&self) -> Option<&str> {
        self.case.id().map(|s| s.as_str())
    }

    /// The date the decision was made for, `YYYY-MM-DD`.
    #[getter]
    fn evaluation_date(&self) -> String {
        self.summary.evaluation_date.to_string()
    }

    /// The dated parameters used, each with its validity and its source, as `params=` takes
    /// them. The decision JSON names the entries without their sources (the receipt names the
    /// table); the typed decision still holds them, so they come from it.
    #[getter]
    fn parameters(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.with_decision(|d| {
            crate::params::entries_list(py, d.parameters().iter().copied())
                .map(|l| l.unbind().into_any())
        })
        .or_raise(py)?
    }

    /// The codes of the reasons that decided the headline (the kernel's `why`): for a refusal,
    /// what refused it; otherwise the conditions that held. The `why` column of
    /// `evaluate_columns`.
    ///
    /// A tuple, as in the column: hashable, so decisions group by it.
    ///
    /// >>> helserett.evaluate({"evaluation_date": "2024-04-15", "treatment": {"country": "CH"}}).why
    /// ('EEA_SWITZERLAND_EHIC',)
    #[getter]
    fn why<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let codes: Vec<&'static str> = self
            .with_decision(|d| helserett::why::why(d).iter().map(|r| r.code()).collect())
            .or_raise(py)?;
        PyTuple::new(py, codes)
    }

    /// An output of this kind (`verdict`, `refund_ore`, `payer` …) or a field of its decision
    /// JSON (`refund`, `reasons`, `missing`, `admission_copies`, `receipt` …), a fresh copy;
    /// the class's own attributes (`to_json`, `kind` …, and every `_` name) first.
    ///
    /// Looked up here rather than in `__getattr__`: Python calls that only after its own
    /// lookup has failed and made an `AttributeError`, which cost more than the field itself
    /// (issue 25: a fifth of `evaluate` and three reads).
    fn __getattribute__(slf: &Bound<'_, Self>, name: &Bound<'_, PyString>) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        let text = name.to_cow()?;
        let text: &str = &text;
        if text.starts_with('_') || OWN.contains(&text) {
            return generic_getattr(slf, name);
        }
        let this = slf.get();
        if let Some(v) = this.output(py, text) {
            return v;
        }
        if let Some(v) = this.field(py, text)? {
            return Ok(v);
        }
        Err(PyAttributeError::new_err(text.to_string()))
    }

    /// Called by Python when `__getattribute__` found nothing: says what there is.
    fn __getattr__(&self, name: &str) -> PyResult<Py<PyAny>> {
        Err(PyAttributeError::new_err(format!(
            "the decision on an {} case has no {name:?}: its outputs are {:?}, its fields those of {}",
            self.kind().as_str(),
            outputs(self.kind()).iter().map(|o| o.name).collect::<Vec<_>>(),
            self.with_decision(|d| d.schema()).unwrap_or("its schema"),
        )))
    }

    /// This kind's outputs (`column_names(kind)["outputs"]` without the error columns), as a
    /// new dict of name to value: what an analyst scans a column of decisions for.
    fn outputs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (at, o) in outputs(self.kind()).iter().enumerate() {
            d.set_item(o.name, self.output_at(py, at)?)?;
        }
        Ok(d)
    }

    /// The kernel's decision JSON, byte for byte as the command-line program prints it.
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self.json(py)?.clone())
    }

    /// The decision as a new dict (yours to change): what `json.loads(to_json())` gives,
    /// built from the typed decision.
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(self
            .with_decision(|d| crate::to_py::to_py(py, &d))
            .or_raise(py)??
            .unbind())
    }

    /// The kernel's readable summary for a caseworker, a desk or a clinician, in bokmål
    /// (`nb`) or English (`en`).
    #[pyo3(signature = (lang="nb"))]
    fn explain(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        let lang = self::lang(lang)?;
        self.with_decision(|d| d.explain(lang).to_string())
            .or_raise(py)
    }

    /// The answer as the person in front of the screen reads it (the kiosk's result screen),
    /// in bokmål (`nb`) or English (`en`): for treatment abroad no rule codes, dates and
    /// amounts written out, what Helfo still settles; for the desk's and the clinician's cases
    /// their summary.
    #[pyo3(signature = (lang="nb"))]
    fn view(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        let lang = self::lang(lang)?;
        self.with_decision(|d| d.view(lang).to_string())
            .or_raise(py)
    }

    /// `view(lang)`, by the name the patient's screen had first.
    #[pyo3(signature = (lang="nb"))]
    fn patient_view(&self, py: Python<'_>, lang: &str) -> PyResult<String> {
        self.view(py, lang)
    }

    /// The next question, or `None` when the case is settled.
    fn next_question(&self, py: Python<'_>) -> PyResult<Option<Question>> {
        self.with_decision(|d| d.next_question().map(Question::from))
            .or_raise(py)
    }

    /// Pickles as the case and the table: unpickling decides them again (the kernel is a pure
    /// function, so the decision is the same, byte for byte).
    fn __reduce__(&self, py: Python<'_>) -> PyResult<Reduced> {
        let restore = py
            .import("helserett._kernel")?
            .getattr("_restore")?
            .unbind();
        let case = case_json(&self.case).or_raise(py)?;
        Ok((restore, (case, self.params.to_py(py)?)))
    }

    /// Read-only: a copy is the same decision.
    fn __copy__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// Read-only: a deep copy is the same decision.
    fn __deepcopy__<'py>(slf: PyRef<'py, Self>, _memo: &Bound<'py, PyAny>) -> PyRef<'py, Self> {
        slf
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let outs = outputs(self.kind());
        let mut parts: Vec<String> = outs
            .iter()
            .take(3)
            .enumerate()
            .map(|(i, o)| format!("{}={}", o.name, self.repr_of(py, i)))
            .collect();
        parts.push(format!(
            "evaluation_date={:?}",
            self.summary.evaluation_date.to_string()
        ));
        format!("Decision({})", parts.join(", "))
    }
}

/// One question to ask: the fact it settles, its answer kind and its text.
///
/// >>> q = helserett.evaluate({"evaluation_date": "2024-06-01"}).next_question()
/// >>> q.fact, q.answer, q.options[:2]
/// ('treatment.need', 'choice', ('planned', 'arose_abroad'))
/// >>> q.text("en")
/// 'Is the treatment planned, did the need arise during a stay, or was it urgent care?'
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
