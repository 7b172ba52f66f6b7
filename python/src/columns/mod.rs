//! `evaluate_columns`: a population of one kind of case as columns in, a few scalar columns
//! out. The rows become the kernel's typed case directly (no JSON) and are decided without the
//! GIL, on several threads. The columns, in and out, are the kernel's for that kind (its facts,
//! its outputs): nothing here names a kind.

pub(crate) mod input;
mod output;
pub(crate) mod spec;

use crate::params::ParamSource;
use crate::threads;
use helserett::error::{ErrorKind, FieldPath};
use helserett::fact::CaseKind;
use helserett::{AnyCase, Date, Error, Params};
use input::{Column, Raw};
use output::{RowOut, RowResult};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyMapping, PyString};
use spec::specs;
use std::ops::Range;

/// The kind named `name` (one of `CaseKind::NAMES`; `None`: the kind of a case without a
/// `schema`).
pub fn case_kind(name: Option<&str>) -> PyResult<CaseKind> {
    let Some(name) = name else {
        return Ok(CaseKind::of_schema(""));
    };
    CaseKind::parse(name).ok_or_else(|| {
        pyo3::exceptions::PyValueError::new_err(format!(
            "kind is one of {:?}, not {name:?}",
            CaseKind::NAMES
        ))
    })
}

/// `evaluate_columns(columns, *, kind=None, params=None, threads=None, outputs=None,
/// encoded=False)`.
///
/// `columns` maps a field's JSON path of a `kind` case to a column (see
/// `column_names(kind)`); all columns have one value per row, `None` for an unknown fact.
/// Returns the `outputs` columns (all by default), one value per row; a row that could not be
/// decided has `None` there and its error in `error_code`, `error_kind`, `error_path` and
/// `error`.
#[pyfunction]
#[pyo3(signature = (columns, *, kind=None, params=None, threads=None, outputs=None, encoded=false))]
#[allow(clippy::too_many_arguments)]
pub fn evaluate_columns<'py>(
    py: Python<'py>,
    columns: &Bound<'py, PyAny>,
    kind: Option<&str>,
    params: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
    outputs: Option<Vec<String>>,
    encoded: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let kind = case_kind(kind)?;
    let params = ParamSource::from_arg(py, params)?;
    let (wanted, want) = output::select(kind, outputs)?;
    let specs = specs(kind);
    let mapping = columns.cast::<PyMapping>()?;
    let given: Vec<(String, Bound<'py, PyAny>)> = mapping
        .items()?
        .iter()
        .map(|kv| kv.extract())
        .collect::<PyResult<_>>()?;
    // An unknown column is the JSON reader's unknown field: it would be silently unknown.
    for (name, _) in &given {
        if !specs.iter().any(|s| s.name == name) {
            let did_you_mean = helserett::suggest::nearest(name, specs.iter().map(|s| &s.name));
            let unknown = ErrorKind::UnknownField { did_you_mean };
            let e = Error::new(unknown, FieldPath::ROOT.unknown_child(name));
            return Err(crate::errors::Failure::Kernel(e).into_pyerr(py));
        }
    }
    let raws: Vec<(&'static spec::Spec, Raw<'py>)> = specs
        .iter()
        .filter_map(|spec| {
            given
                .iter()
                .find(|(name, _)| name == spec.name)
                .map(|(_, c)| (spec, c))
        })
        .map(|(spec, c)| Raw::of(spec.name, c.clone()).map(|raw| (spec, raw)))
        .collect::<PyResult<_>>()?;
    let n = match raws.first() {
        Some((_, raw)) => raw.rows()?,
        None => 0,
    };
    // Python values are read now, under the GIL; encoded bytes by row in the workers.
    let read: Vec<Column<'_>> = raws
        .iter()
        .map(|(spec, raw)| input::read(spec, raw, n))
        .collect::<PyResult<_>>()?;
    let threads = threads::count(threads);
    let (rows, columns) = py.detach(|| {
        let rows: Vec<RowResult> = threads::map_rows(n, threads, |range| {
            let decided = params.with(|p| decide_rows(kind, &read, range.clone(), p, &want));
            decided.unwrap_or_else(|_| {
                range
                    .map(|_| Err(Box::new(Error::at_root(ErrorKind::Internal))))
                    .collect()
            })
        });
        // Encoded columns are plain bytes: built here too, without the GIL, in parallel.
        let columns = encoded.then(|| output::encode_all(&rows, &wanted, threads));
        (rows, columns)
    });
    match columns {
        Some(c) => output::to_python(py, c, &rows, &wanted),
        None => output::lists(py, &rows, &wanted),
    }
}

/// Rows decided a block at a time: the block's typed cases are filled one column after the
/// other, then decided. A row's error is that of the first column (in schema order) it fails
/// in, as the JSON reader reports the first field it cannot read; a missing evaluation date
/// comes last, as there.
fn decide_rows(
    kind: CaseKind,
    cols: &[Column<'_>],
    rows: Range<usize>,
    p: Params<'_>,
    want: &output::Want,
) -> Vec<RowResult> {
    const BLOCK: usize = 256;
    let Ok(blank) = AnyCase::new(kind, Date::ymd(1970, 1, 1)) else {
        return rows
            .map(|_| Err(Box::new(Error::at_root(ErrorKind::Internal))))
            .collect();
    };
    let mut out = Vec::with_capacity(rows.len());
    let (mut cases, mut failed, mut dated) = (Vec::new(), Vec::new(), Vec::new());
    let mut first = rows.start;
    while first < rows.end {
        let n = BLOCK.min(rows.end - first);
        cases.clear();
        cases.resize(n, blank.clone());
        failed.clear();
        failed.resize(n, None);
        dated.clear();
        dated.resize(n, false);
        for c in cols {
            c.apply(first, &mut cases, &mut failed, &mut dated);
        }
        for ((case, failed), dated) in cases.iter().zip(&mut failed).zip(&dated) {
            out.push(match (failed.take(), dated) {
                (Some(e), _) => Err(Box::new(e)),
                (None, false) => Err(Box::new(Error::new(
                    ErrorKind::MissingField,
                    FieldPath::of(&["evaluation_date"]),
                ))),
                // Read where it was made: moving the 2.6 KB decision costs a copy per row (a
                // few per cent of the columnar path, by perf).
                (None, true) => case.decide(p, |d| RowOut::of(d, want)).map_err(Box::new),
            });
        }
        first += n;
    }
    out
}

/// `column_names(kind=None)`: the input columns `evaluate_columns` reads for a `kind` case
/// (`None`: the kind of a case without a `schema`), and the output columns it can return:
/// `{"inputs": [...], "outputs": [...]}`.
///
/// >>> helserett.column_names("inbound")["inputs"][:3]
/// ['evaluation_date', 'stay.admission_date', 'stay.discharge_date']
#[pyfunction]
#[pyo3(signature = (kind=None))]
pub fn column_names<'py>(py: Python<'py>, kind: Option<&str>) -> PyResult<Bound<'py, PyDict>> {
    let kind = case_kind(kind)?;
    let d = PyDict::new(py);
    let inputs: Vec<Bound<'_, PyString>> = specs(kind)
        .iter()
        .map(|s| PyString::new(py, s.name))
        .collect();
    d.set_item("inputs", inputs)?;
    d.set_item("outputs", output::names(kind))?;
    Ok(d)
}
