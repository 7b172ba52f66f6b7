//! What a Python value is, read by its type through the C API and never through its text: one
//! reading shared by the JSON writer (`evaluate(dict)`), the dict shortcut and the columns, so
//! the same object gets the same answer on every path (issue 28).
//!
//! An `int` (or a subclass) is read by its value, whatever its `__str__` or `__repr__` say; any
//! other object is an integer only if `operator.index` accepts it (numpy's integers), which
//! also refuses an `__index__` that returns anything but an `int`. numpy's `bool` is a bool.

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt, PyString};

/// A whole number as read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whole {
    /// Fits in 64 bits.
    Int(i64),
    /// Outside the 64-bit range, with its sign: every field refuses it the same way whatever
    /// its digits (an amount: negative or over 10^15; a count: out of range).
    Beyond { negative: bool },
}

impl Whole {
    /// JSON digits the kernel reads as this value: the value itself, or, beyond 64 bits, a
    /// stand-in beyond them with the same sign (the kernel's verdict on any such number is the
    /// same, and Python may refuse to print a long int at all).
    pub fn json(self) -> String {
        match self {
            Whole::Int(n) => n.to_string(),
            Whole::Beyond { negative: true } => "-99999999999999999999".into(),
            Whole::Beyond { negative: false } => "99999999999999999999".into(),
        }
    }
}

/// Whether `obj` is a bool: Python's, or numpy's (`numpy.bool`, once `numpy.bool_`), which is
/// no `int` and must not be read as 1 or 0.
pub fn is_bool(obj: &Bound<'_, PyAny>) -> bool {
    if obj.is_instance_of::<PyBool>() {
        return true;
    }
    // The values a case holds are almost always of these types, none of them numpy's bool: a
    // flag check each, before the type's module and name are looked up.
    if obj.is_instance_of::<PyInt>()
        || obj.is_instance_of::<PyString>()
        || obj.is_instance_of::<PyFloat>()
        || obj.is_none()
    {
        return false;
    }
    let ty = obj.get_type();
    let module = ty.module();
    let name = ty.name();
    matches!((module, name), (Ok(m), Ok(n)) if m == "numpy" && (n == "bool" || n == "bool_"))
}

/// `obj` as a whole number: `None` when it is no integer type (a bool, a float, text …);
/// `Some(Err(what))` when it claims to be one (`__index__`) but does not give an `int`.
pub fn whole(obj: &Bound<'_, PyAny>) -> Option<Result<Whole, String>> {
    // An `int` first (the common case): a bool is an `int` to Python, not a number here.
    if let Ok(i) = obj.cast::<PyInt>() {
        if obj.is_instance_of::<PyBool>() {
            return None;
        }
        return Some(Ok(int_value(i)));
    }
    if is_bool(obj) {
        return None;
    }
    if obj.is_instance_of::<PyFloat>() || !obj.hasattr("__index__").unwrap_or(false) {
        return None;
    }
    // `PyNumber_Index` is `operator.index`: it calls `__index__` and refuses a result that is
    // not an `int`, so text can never pass for digits.
    // SAFETY: `obj` is a live object; the call returns a new reference or NULL with an
    // exception set, and `from_owned_ptr_or_err` takes either.
    let index =
        unsafe { Bound::from_owned_ptr_or_err(obj.py(), pyo3::ffi::PyNumber_Index(obj.as_ptr())) };
    Some(match index {
        Ok(i) => match i.cast::<PyInt>() {
            Ok(i) => Ok(int_value(i)),
            Err(_) => Err("__index__ did not give an int".into()),
        },
        Err(e) => Err(format!("not a whole number ({e})")),
    })
}

/// An `int`'s value by the C API (no Python method of a subclass runs).
fn int_value(i: &Bound<'_, PyInt>) -> Whole {
    let mut overflow: std::os::raw::c_int = 0;
    // SAFETY: `i` is a live `int` (or subclass); for an `int` this call sets no exception and
    // reports a value beyond 64 bits through `overflow` (its sign: -1 or +1).
    let n = unsafe { pyo3::ffi::PyLong_AsLongLongAndOverflow(i.as_ptr(), &mut overflow) };
    match overflow {
        0 => Whole::Int(n),
        o => Whole::Beyond { negative: o < 0 },
    }
}
