//! Parameter tables for what-if analysis: the kernel's built-in table as a list of dicts, and a
//! caller's list of dicts back into kernel entries. The table is checked by the kernel
//! (`Params::new`); this module only reads the dicts and names the entry at fault.

use crate::errors::{Failure, OrRaise};
use crate::py_dates::{date_text, text};
use helserett::{Date, ParamEntry, ParamId, Params};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use std::sync::Arc;

/// The keys of one entry, as `builtin_params()` writes them.
const KEYS: [&str; 5] = ["id", "value", "from", "until", "source"];

/// One entry, owning its source text.
#[derive(Clone, Debug)]
struct Row {
    id: ParamId,
    value: i64,
    from: Option<Date>,
    until: Option<Date>,
    source: String,
}

/// A caller's table, already accepted by the kernel once.
#[derive(Debug)]
pub struct Table {
    rows: Vec<Row>,
    /// Whether a year the table lacks is estimated (issue 24): the `estimate` of the file
    /// form `{"parameters": [...], "estimate": {"uprate_bp_per_year": 10300}}`.
    estimate: Option<helserett::estimate::Estimate>,
}

/// The table a call evaluates against.
#[derive(Clone, Debug)]
pub enum ParamSource {
    /// `Params::builtin()`.
    Builtin,
    /// A caller's table.
    Caller(Arc<Table>),
}

impl ParamSource {
    /// The table as `params=` takes it back (what a pickled decision carries): `None` for the
    /// built-in one, else the file form `{"parameters": [...], "estimate": ...}`.
    pub fn to_py(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let ParamSource::Caller(t) = self else {
            return Ok(py.None());
        };
        let d = PyDict::new(py);
        d.set_item("parameters", entries_list(py, &t.entries())?)?;
        match t.estimate {
            None => d.set_item("estimate", py.None())?,
            Some(e) => {
                let est = PyDict::new(py);
                est.set_item("uprate_bp_per_year", e.uprate_bp_per_year)?;
                d.set_item("estimate", est)?;
            }
        }
        Ok(d.unbind().into_any())
    }

    /// Reads `params=`: `None` is the built-in table; a list of entries; or the file's form, a
    /// dict with `parameters` (that list) and `estimate` (issue 24: `None`, or a dict whose
    /// `uprate_bp_per_year` the kernel's reader bounds).
    pub fn from_arg(py: Python<'_>, arg: Option<&Bound<'_, PyAny>>) -> PyResult<ParamSource> {
        let Some(a) = arg.filter(|a| !a.is_none()) else {
            return Ok(ParamSource::Builtin);
        };
        let Ok(d) = a.cast::<PyDict>() else {
            return Ok(ParamSource::Caller(Arc::new(Table::read(a).or_raise(py)?)));
        };
        let entries = d
            .get_item("parameters")?
            .ok_or_else(|| {
                bad(
                    None,
                    "parameters",
                    "the file form needs \"parameters\"".into(),
                )
            })
            .or_raise(py)?;
        let mut table = Table::read(&entries).or_raise(py)?;
        table.estimate = estimate_of(d.get_item("estimate")?.as_ref()).or_raise(py)?;
        Ok(ParamSource::Caller(Arc::new(table)))
    }

    /// Runs `f` with the kernel's view of the table.
    pub fn with<R>(&self, f: impl FnOnce(Params<'_>) -> R) -> Result<R, Failure> {
        match self {
            ParamSource::Builtin => Ok(f(Params::builtin())),
            ParamSource::Caller(t) => {
                let entries = t.entries();
                let params = Params::new(&entries).map_err(Failure::table)?;
                Ok(f(params.with_estimate(t.estimate)))
            }
        }
    }
}

impl Table {
    fn entries(&self) -> Vec<ParamEntry<'_>> {
        self.rows
            .iter()
            .map(|r| ParamEntry {
                id: r.id,
                value: r.value,
                from: r.from,
                until: r.until,
                source: &r.source,
            })
            .collect()
    }

    /// Reads a sequence of dicts and has the kernel check the table.
    fn read(obj: &Bound<'_, PyAny>) -> Result<Table, Failure> {
        if obj.is_instance_of::<PyString>() || obj.is_instance_of::<PyDict>() {
            return Err(bad(None, "parameters", "a table is a list of dicts".into()));
        }
        let items = obj
            .try_iter()
            .map_err(|_| bad(None, "parameters", "a table is a list of dicts".into()))?;
        let mut rows = Vec::new();
        for (i, item) in items.enumerate() {
            let item =
                item.map_err(|e| bad(Some(i), &format!("parameters[{i}]"), e.to_string()))?;
            rows.push(read_row(i, &item)?);
        }
        let table = Table {
            rows,
            estimate: None,
        };
        Params::new(&table.entries()).map_err(Failure::table)?;
        Ok(table)
    }
}

/// The file form's `estimate`: `None` (none), or a dict with an optional `uprate_bp_per_year`
/// (10 000 when absent), bounded as the kernel's reader bounds it.
fn estimate_of(
    obj: Option<&Bound<'_, PyAny>>,
) -> Result<Option<helserett::estimate::Estimate>, Failure> {
    use helserett::estimate::Estimate;
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    let fail = || {
        bad(
            None,
            "estimate",
            "a dict with uprate_bp_per_year (5000 to 15000)".into(),
        )
    };
    let d = obj.cast::<PyDict>().map_err(|_| fail())?;
    let bp = match d.get_item("uprate_bp_per_year").map_err(|_| fail())? {
        None => 10_000,
        Some(v) => v.extract::<u32>().map_err(|_| fail())?,
    };
    if !(Estimate::MIN_UPRATE_BP..=Estimate::MAX_UPRATE_BP).contains(&bp) {
        return Err(fail());
    }
    Ok(Some(Estimate {
        uprate_bp_per_year: bp,
    }))
}

fn bad(index: Option<usize>, path: &str, what: String) -> Failure {
    Failure::Params {
        index,
        path: path.to_string(),
        // The kernel's form: `path: kind: what` (Error's Display).
        message: format!("{path}: invalid parameter table: {what}"),
    }
}

fn read_row(i: usize, item: &Bound<'_, PyAny>) -> Result<Row, Failure> {
    let at = |key: &str| format!("parameters[{i}].{key}");
    let dict = item.cast::<PyDict>().map_err(|_| {
        bad(
            Some(i),
            &format!("parameters[{i}]"),
            "an entry is a dict".into(),
        )
    })?;
    for (k, _) in dict.iter() {
        let known = k
            .cast::<PyString>()
            .ok()
            .and_then(|s| s.to_cow().ok().map(|s| KEYS.contains(&s.as_ref())))
            .unwrap_or(false);
        if !known {
            let name = k.str().map(|s| s.to_string()).unwrap_or_default();
            return Err(bad(Some(i), &at(&name), "unknown field".into()));
        }
    }
    let get = |key: &str| dict.get_item(key).ok().flatten().filter(|v| !v.is_none());
    let required = |key: &str| {
        get(key).ok_or_else(|| bad(Some(i), &at(key), "required field is missing".into()))
    };

    let id_obj = required("id")?;
    let id_text = text(&id_obj).ok_or_else(|| bad(Some(i), &at("id"), "not a string".into()))?;
    let id = ParamId::from_name(&id_text)
        .ok_or_else(|| bad(Some(i), &at("id"), format!("unknown parameter {id_text:?}")))?;

    let value_obj = required("value")?;
    // Read by type, as a case's values are: a bool (numpy's too) or text is no number.
    let value = match crate::py_value::whole(&value_obj) {
        Some(Ok(crate::py_value::Whole::Int(v))) => Some(v),
        _ => None,
    }
    .ok_or_else(|| {
        bad(
            Some(i),
            &at("value"),
            "not a whole number in the parameter's unit".into(),
        )
    })?;

    let date = |key: &str| -> Result<Option<Date>, Failure> {
        let Some(v) = get(key) else { return Ok(None) };
        let s = date_text(&v).ok_or_else(|| bad(Some(i), &at(key), "not a date".into()))?;
        Date::parse_iso(&s)
            .map(Some)
            .map_err(|e| bad(Some(i), &at(key), format!("invalid date: {e}")))
    };
    let from = date("from")?;
    let until = date("until")?;

    let source_obj = required("source")?;
    let source =
        text(&source_obj).ok_or_else(|| bad(Some(i), &at("source"), "not a string".into()))?;
    Ok(Row {
        id,
        value,
        from,
        until,
        source,
    })
}

/// `builtin_params()`: the kernel's table, one dict per entry (`id`, `value` in the
/// parameter's unit, `from` and `until` of its validity, `source`), as `params=` takes it.
///
/// >>> first = helserett.builtin_params()[0]
/// >>> first["id"], first["value"], first["until"]
/// ('P-EEA-RATE', 8000, '2023-10-02')
#[pyfunction]
pub fn builtin_params(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    entries_list(py, Params::builtin().entries())
}

/// The entries as the list of dicts `params=` takes (id, value, from, until, source).
pub fn entries_list<'py, 'e>(
    py: Python<'py>,
    entries: impl IntoIterator<Item = &'e helserett::ParamEntry<'e>>,
) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    for e in entries {
        let d = PyDict::new(py);
        d.set_item("id", e.id.name())?;
        d.set_item("value", e.value)?;
        d.set_item("from", e.from.map(|x| x.to_string()))?;
        d.set_item("until", e.until.map(|x| x.to_string()))?;
        d.set_item("source", e.source)?;
        out.append(d)?;
    }
    Ok(out)
}

/// `read_params(text, *, mode="overlay")`: a parameter file (`helserett.params/1`, str or
/// bytes) read and checked by the kernel, as the list `params=` takes: overlaid on the
/// built-in table (`mode="overlay"`) or alone (`"replace"`). Raises `InvalidCase` or
/// `InvalidParams` naming the entry.
///
/// >>> helserett.read_params('{"schema": "helserett.params/1", "parameters": [{"id": "P-EEA-RATE",'
/// ...                       ' "value": 10000, "from": "2026-01-01", "source": "x"}]}', mode="replace")
/// [{'id': 'P-EEA-RATE', 'value': 10000, 'from': '2026-01-01', 'until': None, 'source': 'x'}]
#[pyfunction]
#[pyo3(signature = (text, *, mode="overlay"))]
pub fn read_params<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    mode: &str,
) -> PyResult<Bound<'py, PyAny>> {
    use helserett::json::ParamsMode;
    let mode = match mode {
        "overlay" => ParamsMode::Overlay,
        "replace" => ParamsMode::Replace,
        other => {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "mode is \"overlay\" or \"replace\", not {other:?}"
            )))
        }
    };
    let bytes = crate::to_json::case_bytes(text).or_raise(py)?;
    let table = helserett::json::params_from_json(&bytes, mode)
        .map_err(Failure::Kernel)
        .or_raise(py)?;
    let entries = table.entries();
    let list = entries_list(py, &entries)?;
    // A file that asks for estimates comes back in the file's form, so that `params=` keeps it.
    let Some(e) = table.estimate() else {
        return Ok(list.into_any());
    };
    let d = PyDict::new(py);
    d.set_item("parameters", list)?;
    let est = PyDict::new(py);
    est.set_item("uprate_bp_per_year", e.uprate_bp_per_year)?;
    d.set_item("estimate", est)?;
    Ok(d.into_any())
}

/// `params_coverage(year_from, year_to, *, params=None)`: for every parameter and calendar
/// year, how many days some entry is in force (`days_in_force` of `days`), and whether the
/// parameter is a flag (absent: not in force) or has no built-in value at all: an operator's
/// list of what to supply, from the kernel's table.
///
/// >>> helserett.params_coverage(2026, 2026)[0]
/// {'id': 'P-EEA-RATE', 'year': 2026, 'days_in_force': 365, 'days': 365, 'flag': False, 'caller_supplied': False}
#[pyfunction]
#[pyo3(signature = (year_from, year_to, *, params=None))]
pub fn params_coverage<'py>(
    py: Python<'py>,
    year_from: u16,
    year_to: u16,
    params: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let source = ParamSource::from_arg(py, params)?;
    let rows = source
        .with(|p| {
            let mut rows = Vec::new();
            for id in helserett::ParamId::ALL {
                for year in year_from..=year_to {
                    let (covered, days) = p.days_in_force(id, year);
                    rows.push((id, year, covered, days));
                }
            }
            rows
        })
        .or_raise(py)?;
    let out = PyList::empty(py);
    for (id, year, covered, days) in rows {
        let d = PyDict::new(py);
        d.set_item("id", id.name())?;
        d.set_item("year", year)?;
        d.set_item("days_in_force", covered)?;
        d.set_item("days", days)?;
        d.set_item("flag", id.unit() == helserett::params::Unit::Flag)?;
        d.set_item(
            "caller_supplied",
            helserett::params::NO_BUILTIN_VALUE.contains(&id),
        )?;
        out.append(d)?;
    }
    Ok(out)
}

/// `check_params(table)`: raises `InvalidParams` naming the entry at fault, else returns.
///
/// >>> helserett.check_params(helserett.builtin_params())
/// >>> helserett.check_params([{"id": "P-EEA-RATE", "value": 1, "source": ""}])
/// Traceback (most recent call last):
/// ...
/// helserett.errors.InvalidParams: parameters[0].source: invalid parameter table: the source is empty, over 400 bytes or holds a control character
#[pyfunction]
pub fn check_params(py: Python<'_>, params: &Bound<'_, PyAny>) -> PyResult<()> {
    Table::read(params).or_raise(py).map(|_| ())
}
