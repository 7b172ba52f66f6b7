//! The one mapping from failures to Python exceptions. The classes live in `helserett.errors`
//! (plain Python, so they can subclass `ValueError` and friends); this module imports them,
//! as pyca/cryptography does, and picks one by the kernel's stable error code.

use helserett::error::ErrorKind;
use helserett::params::ParamTableError;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

pyo3::import_exception!(helserett.errors, InvalidCase);
pyo3::import_exception!(helserett.errors, InvalidParams);
pyo3::import_exception!(helserett.errors, UnsupportedValue);
pyo3::import_exception!(helserett.errors, ArithmeticOverflow);
pyo3::import_exception!(helserett.errors, InternalError);

/// Any invalid-table kind: only its code (300) and name are used.
const INVALID_PARAMS: ErrorKind = ErrorKind::InvalidParams(ParamTableError::Overlap { index: 0 });

/// Everything that can go wrong with one case or one parameter table.
#[derive(Clone, Debug)]
pub enum Failure {
    /// The kernel rejected the case (or, with code 300, the table): its own error, verbatim.
    Kernel(helserett::Error),
    /// A parameter table the kernel could not even be handed: a missing key, an unknown
    /// parameter name, a value of the wrong type. `index` is the entry's position.
    Params {
        index: Option<usize>,
        path: String,
        message: String,
    },
    /// The kernel's error kind for a Python value, found by this binding before the kernel
    /// could read the value (a dict nested too deep, a string past the input limit, an
    /// `__index__` giving no `int`): the kernel's code and text, at the value's path.
    Located { kind: ErrorKind, path: String },
    /// A Python value with no JSON form (a `Decimal`, a `set` …) inside a case.
    Unsupported { path: String, message: String },
    /// This binding broke a promise of its own: a bug, reported instead of a panic.
    Internal(String),
}

impl From<helserett::Error> for Failure {
    fn from(e: helserett::Error) -> Failure {
        Failure::Kernel(e)
    }
}

impl Failure {
    /// A parameter-table failure from the kernel's own check of the table: the kernel's
    /// error, at the entry it names.
    pub fn table(e: ParamTableError) -> Failure {
        Failure::Kernel(helserett::Error::from_table(e))
    }

    /// The exception instance (not raised): batch calls return it in the row's place.
    pub fn to_object<'py>(
        &self,
        py: Python<'py>,
        row: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let kw = PyDict::new(py);
        kw.set_item("row", row)?;
        let (class, message) = match self {
            Failure::Kernel(e) => {
                kw.set_item("code", e.code())?;
                kw.set_item("kind", e.kind.name())?;
                kw.set_item("path", e.path.to_string())?;
                if let ErrorKind::InvalidParams(t) = e.kind {
                    kw.set_item("index", t.index())?;
                    (py.get_type::<InvalidParams>(), e.to_string())
                } else {
                    (class_for(py, e.code())?, e.to_string())
                }
            }
            Failure::Params {
                index,
                path,
                message,
            } => {
                kw.set_item("code", INVALID_PARAMS.code())?;
                kw.set_item("kind", INVALID_PARAMS.name())?;
                kw.set_item("path", path)?;
                kw.set_item("index", *index)?;
                (py.get_type::<InvalidParams>(), message.clone())
            }
            Failure::Located { kind, path } => {
                kw.set_item("code", kind.code())?;
                kw.set_item("kind", kind.name())?;
                kw.set_item("path", path)?;
                (class_for(py, kind.code())?, format!("{path}: {kind}"))
            }
            Failure::Unsupported { path, message } => {
                kw.set_item("kind", "unsupported_value")?;
                kw.set_item("path", path)?;
                (py.get_type::<UnsupportedValue>(), message.clone())
            }
            Failure::Internal(what) => {
                let internal = ErrorKind::Internal;
                kw.set_item("code", internal.code())?;
                kw.set_item("kind", internal.name())?;
                kw.set_item("path", "$")?;
                (
                    py.get_type::<InternalError>(),
                    format!("$: {internal}: {what}"),
                )
            }
        };
        class.call((message,), Some(&kw))
    }

    /// The exception, ready to raise.
    pub fn into_pyerr(self, py: Python<'_>) -> PyErr {
        match self.to_object(py, None) {
            Ok(obj) => PyErr::from_value(obj),
            // The classes could not be imported or built: still an exception, never a crash.
            Err(e) => PyRuntimeError::new_err(format!("helserett: {self:?} ({e})")),
        }
    }
}

/// The class for a kernel error code: 1xx the case, 300 the table, 400 overflow, else internal.
fn class_for(py: Python<'_>, code: u32) -> PyResult<Bound<'_, pyo3::types::PyType>> {
    Ok(match code {
        100..=199 => py.get_type::<InvalidCase>(),
        300 => py.get_type::<InvalidParams>(),
        400 => py.get_type::<ArithmeticOverflow>(),
        _ => py.get_type::<InternalError>(),
    })
}

/// `Result<T, Failure>` into `PyResult<T>`.
pub trait OrRaise<T> {
    /// Raises the failure as its exception.
    fn or_raise(self, py: Python<'_>) -> PyResult<T>;
}

impl<T, E: Into<Failure>> OrRaise<T> for Result<T, E> {
    fn or_raise(self, py: Python<'_>) -> PyResult<T> {
        self.map_err(|e| e.into().into_pyerr(py))
    }
}
