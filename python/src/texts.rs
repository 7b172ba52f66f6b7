//! `text(kind, number, lang="nb")`: the kernel's text catalogue, the same texts C gets from
//! `helserett_text`.

use helserett::catalogue::{text as catalogue, TextKind};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// `text(kind, number, lang="nb")`: the kernel's text of `kind` (one of `text_kinds()`) with
/// `number`, in bokmål (`nb`) or English (`en`): the same catalogue C reads with
/// `helserett_text`. Raises `ValueError` when there is no such text.
///
/// >>> helserett.text("reason", 101, "en")
/// 'The patient is a member of the Norwegian National Insurance Scheme.'
/// >>> helserett.text("verdict", 1)
/// 'OPPFYLT'
#[pyfunction]
#[pyo3(signature = (kind, number, lang="nb"))]
pub fn text(kind: &str, number: u32, lang: &str) -> PyResult<&'static str> {
    let lang = crate::decision::lang(lang)?;
    let kind = TextKind::parse(kind).ok_or_else(|| {
        let names: Vec<&str> = TextKind::NAMES.to_vec();
        PyValueError::new_err(format!("unknown text kind {kind:?}: one of {names:?}"))
    })?;
    catalogue(kind, number, lang)
        .ok_or_else(|| PyValueError::new_err(format!("no {} text number {number}", kind.as_str())))
}

/// `_format_kroner(ore, lang)`: the kernel's one formatter of amounts (`helserett::money::Kroner`),
/// as the explanation writes them.
#[pyfunction]
#[pyo3(signature = (ore, lang="nb"))]
pub fn format_kroner(ore: i64, lang: &str) -> PyResult<String> {
    Ok(helserett::money::Kroner(ore, crate::decision::lang(lang)?).to_string())
}

/// `text_kinds()`: the kinds of text the catalogue has, as `text()` takes them.
///
/// >>> helserett.text_kinds()[:4]
/// ['reason', 'document', 'question', 'route']
#[pyfunction]
pub fn text_kinds() -> Vec<&'static str> {
    TextKind::NAMES.to_vec()
}
