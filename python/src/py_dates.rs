//! Dates as Python gives them (`YYYY-MM-DD` text, `datetime.date`), read as the kernel's date
//! parser reads text: shared by the JSON writer, the dict shortcut, the columns and the
//! parameter tables, and importing none of them.

use pyo3::prelude::*;
use pyo3::types::PyString;

pub fn text(obj: &Bound<'_, PyAny>) -> Option<String> {
    obj.cast::<PyString>()
        .ok()?
        .to_cow()
        .ok()
        .map(|s| s.into_owned())
}

/// A date as text: a `YYYY-MM-DD` string, or a `datetime.date` through `isoformat()` (a
/// `datetime` gives a time too, which the kernel's date parser then rejects).
pub fn date_text(obj: &Bound<'_, PyAny>) -> Option<String> {
    if let Some(s) = text(obj) {
        return Some(s);
    }
    if is_date(obj) {
        return obj.call_method0("isoformat").ok().as_ref().and_then(text);
    }
    None
}

/// Whether `obj` is a `datetime.date` (or a subclass: `datetime`, pandas' `Timestamp`).
pub fn is_date(obj: &Bound<'_, PyAny>) -> bool {
    static DATE: pyo3::sync::PyOnceLock<Py<pyo3::types::PyType>> = pyo3::sync::PyOnceLock::new();
    DATE.import(obj.py(), "datetime", "date")
        .and_then(|t| obj.is_instance(t))
        .unwrap_or(false)
}
