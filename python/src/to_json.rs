//! A case given as a Python dict, written as JSON text for the kernel's reader. This only
//! spells values out (like `json.dumps`, plus `datetime.date` as `YYYY-MM-DD`); deciding what
//! is valid stays with the kernel's reader, so a dict and the same JSON text get the same error
//! naming the same field. A value with no JSON form is reported here, with its path.

use crate::errors::Failure;
use crate::py_dates::is_date;
use crate::py_value::{is_bool, whole};
use helserett::error::{ErrorKind, JsonSyntax};
use helserett::limits::MAX_INPUT_LEN;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyFloat, PyList, PyMapping, PyString, PyTuple};
use std::borrow::Cow;
use std::fmt::Write as _;

/// The kernel's nesting limit: a dict nested deeper gets the kernel's own answer (syntax,
/// nested too deeply), as the same JSON text does; it also stops a list that contains itself.
const MAX_DEPTH: usize = helserett::json::MAX_NESTING;

/// The case as JSON bytes: a `str` or `bytes` as given, a dict (or other mapping) written out.
pub fn case_bytes<'a>(obj: &'a Bound<'_, PyAny>) -> Result<Cow<'a, [u8]>, Failure> {
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(Cow::Borrowed(b.as_bytes()));
    }
    if let Ok(b) = obj.cast::<PyByteArray>() {
        return Ok(Cow::Owned(b.to_vec()));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Cow::Owned(str_bytes(s)));
    }
    if obj.get_type().name().is_ok_and(|n| n == "memoryview") {
        let bytes = obj
            .call_method0("tobytes")
            .map_err(|e| Failure::Internal(e.to_string()))?;
        let bytes = bytes
            .cast::<PyBytes>()
            .map_err(|e| Failure::Internal(e.to_string()))?;
        return Ok(Cow::Owned(bytes.as_bytes().to_vec()));
    }
    // Any other value with a JSON form (a dict, but also None, a list, a number) is written out
    // and judged by the kernel's reader: `evaluate(None)` is answered as `evaluate("null")` is.
    let mut w = Writer {
        out: Vec::with_capacity(1024),
        path: Vec::new(),
    };
    w.value(obj)?;
    Ok(Cow::Owned(w.out))
}

/// A string's UTF-8 bytes; a lone surrogate passes through as its (invalid) bytes, so the
/// kernel's reader rejects it as a malformed string rather than this layer guessing.
fn str_bytes(s: &Bound<'_, PyString>) -> Vec<u8> {
    match s.to_cow() {
        Ok(c) => c.into_owned().into_bytes(),
        Err(_) => s
            .call_method1("encode", ("utf-8", "surrogatepass"))
            .ok()
            .and_then(|b| b.cast::<PyBytes>().ok().map(|b| b.as_bytes().to_vec()))
            .unwrap_or_default(),
    }
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "this type".into())
}

/// A step of the path to the value being written (text only made for an error).
enum Step<'py> {
    Key(Bound<'py, PyString>),
    Index(usize),
}

struct Writer<'py> {
    out: Vec<u8>,
    path: Vec<Step<'py>>,
}

impl<'py> Writer<'py> {
    fn value(&mut self, v: &Bound<'py, PyAny>) -> Result<(), Failure> {
        if self.path.len() >= MAX_DEPTH {
            // The kernel's answer to the same text, at the place where it became too deep (a
            // list that contains itself included), not at `$`.
            return Err(self.located(ErrorKind::Syntax(JsonSyntax::TooDeep)));
        }
        if let Ok(s) = v.cast::<PyString>() {
            self.string(s);
        } else if v.is_none() {
            self.out.extend_from_slice(b"null");
        } else if is_bool(v) {
            let yes = v.is_truthy().map_err(|e| self.unsupported(e.to_string()))?;
            self.out
                .extend_from_slice(if yes { b"true" } else { b"false" });
        } else if let Some(n) = whole(v) {
            // By value, never by text: an `__index__` that gives no `int` is the wrong type
            // here, as it is in a column.
            let wrong = ErrorKind::WrongType {
                expected: helserett::error::JsonType::WholeNumber,
            };
            let n = n.map_err(|_| self.located(wrong))?;
            self.out.extend_from_slice(n.json().as_bytes());
        } else if v.is_instance_of::<PyFloat>() {
            self.float(v)?;
        } else if let Ok(d) = v.cast::<PyDict>() {
            self.object(d.iter().map(Ok))?;
        } else if v.is_instance_of::<PyList>() || v.is_instance_of::<PyTuple>() {
            self.array(v)?;
        } else if is_date(v) {
            let iso = v
                .call_method0("isoformat")
                .map_err(|e| self.unsupported(e.to_string()))?;
            match iso.cast::<PyString>() {
                Ok(s) => self.string(s),
                Err(_) => return Err(self.unsupported("isoformat() did not give a str".into())),
            }
        } else if let Ok(m) = v.cast::<PyMapping>() {
            let items = m.items().map_err(|e| self.unsupported(e.to_string()))?;
            self.object(items.iter().map(|kv| kv.extract()))?;
        } else {
            let what = format!("a {} has no JSON form", type_name(v));
            return Err(self.unsupported(what));
        }
        // A value that takes the text past the kernel's input limit is named, not `$`.
        if self.out.len() > MAX_INPUT_LEN {
            return Err(self.located(ErrorKind::DocumentTooLarge));
        }
        Ok(())
    }

    /// As `json.dumps` writes a float (`float.__repr__`). NaN and the infinities have no JSON
    /// form: they are written as a number beyond every field's range (`1e400`), which the
    /// kernel refuses at the field, as a column does, instead of a syntax error at a byte of a
    /// text the caller never wrote.
    fn float(&mut self, v: &Bound<'py, PyAny>) -> Result<(), Failure> {
        let x: f64 = v
            .extract::<f64>()
            .map_err(|e| self.unsupported(e.to_string()))?;
        if !x.is_finite() {
            self.out.extend_from_slice(b"1e400");
        } else {
            let repr = v
                .py()
                .get_type::<PyFloat>()
                .call_method1("__repr__", (x,))
                .map_err(|e| self.unsupported(e.to_string()))?;
            match repr.cast::<PyString>() {
                Ok(s) => {
                    let text = str_bytes(s);
                    self.out.extend_from_slice(&text);
                }
                Err(_) => return Err(self.unsupported("float repr is not a str".into())),
            }
        }
        Ok(())
    }

    /// An object from its (key, value) pairs; keys must be `str`.
    fn object(
        &mut self,
        pairs: impl Iterator<Item = PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)>>,
    ) -> Result<(), Failure> {
        self.out.push(b'{');
        for (n, pair) in pairs.enumerate() {
            let (k, v) = pair.map_err(|e| self.unsupported(e.to_string()))?;
            let Ok(key) = k.cast_into::<PyString>() else {
                return Err(self.unsupported("keys are str".into()));
            };
            if n > 0 {
                self.out.push(b',');
            }
            self.string(&key);
            self.out.push(b':');
            self.path.push(Step::Key(key));
            self.value(&v)?;
            self.path.pop();
        }
        self.out.push(b'}');
        Ok(())
    }

    fn array(&mut self, seq: &Bound<'py, PyAny>) -> Result<(), Failure> {
        self.out.push(b'[');
        let items = seq
            .try_iter()
            .map_err(|e| self.unsupported(e.to_string()))?;
        for (n, item) in items.enumerate() {
            let item = item.map_err(|e| self.unsupported(e.to_string()))?;
            if n > 0 {
                self.out.push(b',');
            }
            self.path.push(Step::Index(n));
            self.value(&item)?;
            self.path.pop();
        }
        self.out.push(b']');
        Ok(())
    }

    /// A JSON string literal; non-ASCII text is written as UTF-8, as the kernel writes it.
    fn string(&mut self, s: &Bound<'py, PyString>) {
        let bytes: Cow<'_, [u8]> = match s.to_cow() {
            Ok(Cow::Borrowed(t)) => Cow::Borrowed(t.as_bytes()),
            Ok(Cow::Owned(t)) => Cow::Owned(t.into_bytes()),
            Err(_) => Cow::Owned(str_bytes(s)),
        };
        self.out.push(b'"');
        let mut plain = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let escaped: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x00..=0x1f => b"",
                _ => continue,
            };
            self.out.extend_from_slice(&bytes[plain..i]);
            plain = i + 1;
            if escaped.is_empty() {
                let _ = write!(Bytes(&mut self.out), "\\u{b:04x}");
            } else {
                self.out.extend_from_slice(escaped);
            }
        }
        self.out.extend_from_slice(&bytes[plain..]);
        self.out.push(b'"');
    }

    /// The kernel's error `kind` at the value being written.
    fn located(&self, kind: ErrorKind) -> Failure {
        Failure::Located {
            kind,
            path: self.path_text(),
        }
    }

    fn unsupported(&self, what: String) -> Failure {
        let path = self.path_text();
        Failure::Unsupported {
            message: format!("{path}: {what}"),
            path,
        }
    }

    /// The path as the kernel prints one: `treatment.dates[1].date`, `$` for the top.
    fn path_text(&self) -> String {
        if self.path.is_empty() {
            return "$".into();
        }
        let mut s = String::new();
        for (i, step) in self.path.iter().enumerate() {
            match step {
                Step::Key(k) => {
                    if i > 0 {
                        s.push('.');
                    }
                    s.push_str(&k.to_string_lossy());
                }
                Step::Index(n) => {
                    let _ = write!(s, "[{n}]");
                }
            }
        }
        s
    }
}

/// `fmt::Write` into a byte vector.
struct Bytes<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for Bytes<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}
