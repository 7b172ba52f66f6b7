//! `helserett._kernel`: the helserett kernel for Python. The domain lives in the kernel; this
//! crate only translates (dicts and columns in, decisions and columns out, kernel errors to
//! exceptions) and runs batches without the GIL. The public package is `helserett`
//! (`python/python/helserett`), which re-exports this module.

mod answer;
mod columns;
mod decision;
mod errors;
mod from_dict;
mod params;
mod py_dates;
mod single;
mod strings;
mod texts;
mod threads;
mod to_json;
mod to_py;

use pyo3::prelude::*;

#[pymodule]
fn _kernel(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", helserett::VERSION)?;
    // Each kind's schema names, from the kernel: `CASE_SCHEMA` and `DECISION_SCHEMA` for the
    // kind a case without a `schema` is (treatment abroad), `INBOUND_CASE_SCHEMA` … for the
    // others.
    let default = helserett::fact::CaseKind::of_schema("");
    for kind in helserett::fact::CaseKind::ALL {
        let prefix = if *kind == default {
            String::new()
        } else {
            format!("{}_", kind.as_str().to_ascii_uppercase())
        };
        m.add(format!("{prefix}CASE_SCHEMA"), kind.case_schema())?;
        m.add(
            format!("{prefix}DECISION_SCHEMA"),
            helserett::any::decision_schema(*kind),
        )?;
    }
    m.add_class::<decision::Decision>()?;
    m.add_class::<decision::Question>()?;
    m.add("CASE_KINDS", helserett::fact::CaseKind::NAMES.to_vec())?;
    m.add_function(wrap_pyfunction!(single::_restore, m)?)?;
    m.add_function(wrap_pyfunction!(answer::answer, m)?)?;
    m.add_function(wrap_pyfunction!(single::evaluate, m)?)?;
    m.add_function(wrap_pyfunction!(single::evaluate_many, m)?)?;
    m.add_function(wrap_pyfunction!(columns::evaluate_columns, m)?)?;
    m.add_function(wrap_pyfunction!(columns::column_names, m)?)?;
    m.add_function(wrap_pyfunction!(params::builtin_params, m)?)?;
    m.add_function(wrap_pyfunction!(params::check_params, m)?)?;
    m.add_function(wrap_pyfunction!(params::read_params, m)?)?;
    m.add_function(wrap_pyfunction!(params::params_coverage, m)?)?;
    m.add_function(wrap_pyfunction!(texts::text, m)?)?;
    m.add_function(wrap_pyfunction!(texts::text_kinds, m)?)?;
    m.add_function(wrap_pyfunction!(texts::format_kroner, m)?)?;
    Ok(())
}
