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
mod py_value;
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
    m.add_class::<decision::Decision>()?;
    m.add_class::<decision::Question>()?;
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
