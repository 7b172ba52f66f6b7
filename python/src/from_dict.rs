//! A case given as a dict, read straight into the kernel's typed case through its fact table,
//! without writing JSON text for the kernel to parse back (issue 15: that round trip was most of
//! the cost of `evaluate(dict)`).
//!
//! Only a dict that is plainly a case takes this way: every key a field of the case schema,
//! every value of its field's type. Anything else (an unknown field, a wrong type, `datetime`
//! with a time, a schema other than its kind's current one) returns `None`. The values are
//! stored as `AnyCase::store` stores them: the caller has the whole case checked once and, when
//! the check refuses a value, reads the dict the JSON way, whose reader names the error exactly
//! as it does for the same JSON text. So this path decides nothing and reports nothing: it is a
//! shortcut for what the reader would build.

use crate::columns::input::read_cell;
use crate::columns::spec::kind_of;
use helserett::case::{TreatmentDate, MAX_TREATMENT_DATES};
use helserett::fact::CaseKind;
use helserett::question::AnswerKind;
use helserett::{AnyCase, Date, Fact, Value};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyInt, PyList, PyString};

/// Each kind's case schema names as Python strings, made once from the fact table: each group
/// name maps to a dict of its field names, each field name to the fact's position in the
/// kind's facts; beside it, the fields of an entry of a list of dates (`date` numbered -1). A
/// key is then found by one hash lookup on the str the caller already has, without copying it
/// out as UTF-8.
type Names = (Py<PyDict>, Py<PyDict>);
static NAMES: PyOnceLock<Vec<Names>> = PyOnceLock::new();

fn names(py: Python<'_>, kind: CaseKind) -> PyResult<(&Bound<'_, PyDict>, &Bound<'_, PyDict>)> {
    let all = NAMES.get_or_try_init(py, || {
        CaseKind::ALL.iter().map(|k| names_of(py, *k)).collect()
    })?;
    let (g, d) = &all[kind as usize];
    Ok((g.bind(py), d.bind(py)))
}

fn names_of(py: Python<'_>, kind: CaseKind) -> PyResult<Names> {
    let groups = PyDict::new(py);
    for g in kind.groups() {
        groups.set_item(*g, PyDict::new(py))?;
    }
    let per_date = PyDict::new(py);
    per_date.set_item("date", -1)?;
    for (i, f) in kind.facts().iter().enumerate() {
        let into = if f.per_date() {
            per_date.clone()
        } else {
            groups
                .get_item(f.group())?
                .ok_or_else(|| {
                    pyo3::exceptions::PyRuntimeError::new_err("a fact outside the groups")
                })?
                .cast_into::<PyDict>()?
        };
        into.set_item(f.field(), i)?;
    }
    Ok((groups.unbind(), per_date.unbind()))
}

/// The fact numbered by `names()` for `key` in `fields`.
fn fact_of(
    kind: CaseKind,
    fields: &Bound<'_, PyDict>,
    key: &Bound<'_, PyAny>,
) -> Option<Option<Fact>> {
    let i = fields.get_item(key).ok()??;
    let i: isize = i.cast::<PyInt>().ok()?.extract().ok()?;
    Some(
        usize::try_from(i)
            .ok()
            .and_then(|i| kind.facts().get(i).copied()),
    )
}

/// The case in `obj` when it is a dict the fast way can read whole; otherwise `None`. Its kind
/// is its `schema`'s, which must be the kind's current one (none: the kernel's default kind).
pub fn case_from_dict(obj: &Bound<'_, PyAny>) -> Option<AnyCase> {
    let d = obj.cast::<PyDict>().ok()?;
    let schema = match d.get_item("schema").ok()? {
        None => None,
        Some(s) => Some(text(&s)?.into_owned()),
    };
    let kind = CaseKind::of_schema(schema.as_deref().unwrap_or(""));
    if schema.is_some_and(|s| s != kind.case_schema()) {
        return None;
    }
    let (names, per_date) = names(obj.py(), kind).ok()?;
    let date = d.get_item("evaluation_date").ok()??;
    let mut case = AnyCase::new(kind, date_of(&date)?).ok()?;
    for (key, value) in d.iter() {
        if let Some(fields) = names.get_item(&key).ok()? {
            let fields = fields.cast_into::<PyDict>().ok()?;
            read_group(&mut case, per_date, &fields, value.cast::<PyDict>().ok()?)?;
            continue;
        }
        match &*text(&key)? {
            "evaluation_date" | "schema" => {}
            // A string that fits; anything else (null included) the JSON way reports or reads.
            "id" => case.set_id(helserett::case::caller_id(&text(&value)?).ok()?),
            "audience" => {
                let audience = helserett::case::Audience::parse(&text(&value)?)?;
                case.set_audience(audience).then_some(())?;
            }
            _ => return None,
        }
    }
    Some(case)
}

/// A `str`'s text (a lone surrogate is no text: the JSON way reports it).
fn text<'a>(obj: &'a Bound<'_, PyAny>) -> Option<std::borrow::Cow<'a, str>> {
    obj.cast::<PyString>().ok()?.to_cow().ok()
}

fn date_of(obj: &Bound<'_, PyAny>) -> Option<Date> {
    Date::parse_iso(&crate::py_dates::date_text(obj)?).ok()
}

fn read_group(
    case: &mut AnyCase,
    per_date: &Bound<'_, PyDict>,
    fields: &Bound<'_, PyDict>,
    d: &Bound<'_, PyDict>,
) -> Option<()> {
    let kind = case.kind();
    for (key, value) in d.iter() {
        let fact = fact_of(kind, fields, &key)??;
        if value.is_none() {
            case.store(fact, None, None).ok()?;
            continue;
        }
        match fact.kind() {
            AnswerKind::Dates => read_dates(case, fact, per_date, value.cast::<PyList>().ok()?)?,
            _ => {
                let cell = read_cell(kind_of(fact)?, &value).ok()??;
                case.store(fact, None, Some(cell.value())).ok()?;
            }
        }
    }
    Some(())
}

/// A list of dates (`treatment.dates`): the dates first, then what is known of each, by its
/// position.
fn read_dates(
    case: &mut AnyCase,
    fact: Fact,
    fields: &Bound<'_, PyDict>,
    list: &Bound<'_, PyList>,
) -> Option<()> {
    if list.len() > MAX_TREATMENT_DATES {
        return None;
    }
    let mut dates = Vec::with_capacity(list.len());
    for item in list.iter() {
        let entry = item.cast::<PyDict>().ok()?;
        let date = date_of(&entry.get_item("date").ok()??)?;
        dates.push(TreatmentDate::on(date));
    }
    case.store(fact, None, Some(Value::Dates(&dates))).ok()?;
    for (i, item) in list.iter().enumerate() {
        for (key, value) in item.cast::<PyDict>().ok()?.iter() {
            // `date` (numbered -1) was read above.
            let Some(per_date) = fact_of(case.kind(), fields, &key)? else {
                continue;
            };
            let cell = if value.is_none() {
                None
            } else {
                Some(read_cell(kind_of(per_date)?, &value).ok()??)
            };
            case.store(per_date, Some(i), cell.as_ref().map(|c| c.value()))
                .ok()?;
        }
    }
    Some(())
}
