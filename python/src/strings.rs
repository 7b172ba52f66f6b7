//! Python strings for the texts a decision is made of, each made once and shared.
//!
//! A decision read from Python is a few dozen dicts keyed by the kernel's field names, with
//! values that are mostly the kernel's codes (`eligible`, `EEA-08`, `drg_points`). Making a new
//! `str` for each, and hashing it again when it goes into a dict, was about a third of reading
//! `refund`, `travel` and `deadlines` (issue 15). Python strings are immutable, so one object
//! per text serves every decision, as interned strings do.
//!
//! Only short texts are kept, and at most [`MAX_ENTRIES`] of them: a caller's own texts (a place
//! name, an `id`) also pass through here, and must not grow the table without bound.

use pyo3::prelude::*;
use pyo3::types::PyString;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Mutex;

/// Longer texts are made each time.
const MAX_LEN: usize = 64;
/// Once the table holds this many, new texts are made each time.
const MAX_ENTRIES: usize = 4096;

/// A multiplicative hash (FxHash's): the keys are short and not chosen by an attacker who could
/// profit from collisions (a collision only costs a comparison, the table is bounded).
#[derive(Default)]
struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type Table = HashMap<Box<str>, Py<PyString>, BuildHasherDefault<Fx>>;

static TABLE: Mutex<Option<Table>> = Mutex::new(None);

/// The Python string for `s`: the shared one when there is one.
pub fn text<'py>(py: Python<'py>, s: &str) -> Bound<'py, PyString> {
    if s.len() > MAX_LEN {
        return PyString::new(py, s);
    }
    // The lock is never held while Python runs: making a string can collect garbage, and a
    // finalizer could come back here.
    let lock = || {
        TABLE
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    };
    if let Some(found) = lock().get_or_insert_with(Table::default).get(s) {
        return found.bind(py).clone();
    }
    let made = PyString::new(py, s);
    let mut table = lock();
    let table = table.get_or_insert_with(Table::default);
    if table.len() < MAX_ENTRIES {
        table
            .entry(s.into())
            .or_insert_with(|| made.clone().unbind());
    }
    made
}
