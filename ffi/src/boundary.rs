//! What every entry point shares: the panic boundary, NULL and length checks, copying text
//! into the caller's buffer, and the optional error detail.
//!
//! Conventions (as rustls-ffi): outputs are written only on success; the two exceptions are
//! named where they happen (`*out_n` on `BUFFER_TOO_SMALL` carries the size needed, and the
//! optional `helserett_error_detail` is written only on failure).

use crate::result::helserett_result;
use core::ffi::c_char;
use kernel::error::{Error, FieldPath};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The longest input a call reads (1 MiB): a real case is a few kilobytes, and a length above
/// this is a caller's mistake that is reported before any byte is read.
pub const HELSERETT_MAX_INPUT_LEN: usize = 1_048_576;

// The header needs a literal number (cbindgen writes no expression it cannot evaluate, and a
// constant it leaves out is one C code cannot use); this keeps it the kernel's.
const _: () = assert!(HELSERETT_MAX_INPUT_LEN == kernel::limits::MAX_INPUT_LEN);

/// The longest decision JSON of any kind (every list full, every text at its longest): an
/// `out` buffer this long takes every decision `helserett_evaluate_json` writes, and is
/// written in one pass. A buffer shorter than the longest decision of the case's kind (the
/// inbound kind's is shorter than this) is measured first, so that it is left untouched when
/// the decision does not fit. A decision is a few kilobytes in practice.
pub const HELSERETT_MAX_DECISION_JSON: usize = 32_320;

const _: () = assert!(HELSERETT_MAX_DECISION_JSON == kernel::json::MAX_ANY_DECISION_JSON);

/// Room for the field path in a [`helserett_error_detail`], NUL included.
pub const HELSERETT_PATH_CAPACITY: usize = 128;
/// Room for the message in a [`helserett_error_detail`], NUL included.
pub const HELSERETT_MESSAGE_CAPACITY: usize = 256;
/// Room for the caller's `id` of a case (in the case structs and the error detail), NUL
/// included.
pub const HELSERETT_ID_CAPACITY: usize = 65;
/// Room for the error kind's name in a [`helserett_error_detail`] (`amount_overflow`,
/// `null_parameter`), NUL included.
pub const HELSERETT_KIND_CAPACITY: usize = 32;

/// Why a call failed, in detail: the code, the field at fault and the full message, as
/// NUL-terminated UTF-8. Pass one to any call that takes it (or NULL); it is written only when
/// the call fails.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_error_detail {
    /// The same code the call returned.
    pub code: u32,
    /// For `HELSERETT_RESULT_BUFFER_TOO_SMALL`: the bytes needed; otherwise 0.
    pub needed: usize,
    /// The field at fault, as a JSON path (`treatment.dates[1].date`), or the parameter name
    /// for a boundary error (`case_json`); `$` for the whole input.
    pub path: [c_char; HELSERETT_PATH_CAPACITY],
    /// The message, `path: what went wrong`, exactly as Rust and Python print it.
    pub message: [c_char; HELSERETT_MESSAGE_CAPACITY],
    /// The kind's stable name (`negative_amount`; for the boundary's own codes
    /// `null_parameter` …), as the JSON error reports and Python's `e.kind` say it.
    pub kind: [c_char; HELSERETT_KIND_CAPACITY],
    /// The case's `id` when a call on a case's JSON failed and the id could be read
    /// (`helserett_evaluate_json`, `helserett_case_from_json`): an error then names its
    /// request, as a batch's error line does. Empty otherwise.
    pub id: [c_char; HELSERETT_ID_CAPACITY],
}

/// A failed call, before it is turned into a code (and a detail).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Failure {
    /// The kernel rejected the input.
    Kernel(Error),
    /// The caller broke the ABI's contract at this parameter or field.
    Boundary(helserett_result, FieldPath),
}

impl Failure {
    /// A boundary error at a parameter of the call (`case_json`, `out`, …).
    pub(crate) fn at(code: helserett_result, parameter: &'static &'static str) -> Failure {
        Failure::Boundary(
            code,
            FieldPath::ROOT.child(kernel::error::Segment::Field(parameter)),
        )
    }

    fn code(&self) -> helserett_result {
        match self {
            Failure::Kernel(e) => helserett_result::from_kind(&e.kind),
            Failure::Boundary(code, _) => *code,
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Kernel(e)
    }
}

/// Runs an entry point's body inside the panic boundary and turns its outcome into a code,
/// writing `detail` (when not NULL) on failure.
pub(crate) fn run(
    detail: *mut helserett_error_detail,
    body: impl FnOnce() -> Result<(), Failure>,
) -> helserett_result {
    let failure = match catch_unwind(AssertUnwindSafe(body)) {
        Ok(Ok(())) => return helserett_result::Ok,
        Ok(Err(f)) => f,
        Err(_) => Failure::at(helserett_result::Panic, &"$"),
    };
    let code = failure.code();
    if !detail.is_null() {
        // SAFETY: the caller passes NULL or a valid, writable helserett_error_detail.
        unsafe { detail.write(describe(&failure)) };
    }
    code
}

/// Runs a body without an error detail.
pub(crate) fn run_plain(body: impl FnOnce() -> Result<(), Failure>) -> helserett_result {
    run(core::ptr::null_mut(), body)
}

fn describe(f: &Failure) -> helserett_error_detail {
    let mut d = helserett_error_detail {
        code: f.code() as u32,
        needed: 0,
        path: [0; HELSERETT_PATH_CAPACITY],
        message: [0; HELSERETT_MESSAGE_CAPACITY],
        kind: [0; HELSERETT_KIND_CAPACITY],
        id: [0; HELSERETT_ID_CAPACITY],
    };
    let mut kind = Text::<HELSERETT_KIND_CAPACITY>::new();
    let _ = core::fmt::Write::write_str(&mut kind, f.code().name());
    kind.copy_to(&mut d.kind);
    let mut path = Text::<HELSERETT_PATH_CAPACITY>::new();
    let mut message = Text::<HELSERETT_MESSAGE_CAPACITY>::new();
    use core::fmt::Write;
    match f {
        Failure::Kernel(e) => {
            if let kernel::ErrorKind::BufferTooSmall { needed } = e.kind {
                d.needed = needed;
            }
            let _ = write!(path, "{}", e.path);
            let _ = write!(message, "{e}");
        }
        Failure::Boundary(code, p) => {
            let _ = write!(path, "{p}");
            let _ = write!(message, "{p}: {}", code.text());
        }
    }
    path.copy_to(&mut d.path);
    message.copy_to(&mut d.message);
    d
}

/// A fixed buffer that keeps what fits, cut at a character boundary, with room for a NUL.
struct Text<const N: usize> {
    buf: [u8; N],
    len: usize,
}

impl<const N: usize> Text<N> {
    fn new() -> Self {
        Text {
            buf: [0; N],
            len: 0,
        }
    }

    fn copy_to(&self, out: &mut [c_char; N]) {
        for (o, b) in out.iter_mut().zip(&self.buf[..self.len]) {
            *o = *b as c_char;
        }
        out[self.len] = 0;
    }
}

impl<const N: usize> core::fmt::Write for Text<N> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        for ch in s.chars() {
            let mut tmp = [0u8; 4];
            let bytes = ch.encode_utf8(&mut tmp).as_bytes();
            // Keep one byte for the NUL; drop the rest rather than cut a character.
            if self.len + bytes.len() >= N {
                return Err(core::fmt::Error);
            }
            self.buf[self.len..self.len + bytes.len()].copy_from_slice(bytes);
            self.len += bytes.len();
        }
        Ok(())
    }
}

/// A reference from a pointer that must not be NULL.
///
/// # Safety
/// `p` is NULL or points to a valid `T` for the duration of the call.
pub(crate) unsafe fn non_null<'a, T>(
    p: *const T,
    name: &'static &'static str,
) -> Result<&'a T, Failure> {
    // SAFETY: checked for NULL; validity is the caller's contract.
    unsafe { p.as_ref() }.ok_or(Failure::at(helserett_result::NullParameter, name))
}

/// Checks an output pointer for NULL; it is written only at the end, on success.
pub(crate) fn out_ptr<T>(p: *mut T, name: &'static &'static str) -> Result<*mut T, Failure> {
    if p.is_null() {
        Err(Failure::at(helserett_result::NullParameter, name))
    } else {
        Ok(p)
    }
}

/// The caller's input bytes.
///
/// # Safety
/// `p` is NULL or points to `len` readable bytes.
pub(crate) unsafe fn input<'a>(
    p: *const u8,
    len: usize,
    name: &'static &'static str,
) -> Result<&'a [u8], Failure> {
    if p.is_null() {
        return Err(Failure::at(helserett_result::NullParameter, name));
    }
    if len > HELSERETT_MAX_INPUT_LEN {
        return Err(Failure::at(helserett_result::InputTooLarge, name));
    }
    // SAFETY: non-NULL, at most 1 MiB, readable for `len` bytes by the caller's contract.
    Ok(unsafe { core::slice::from_raw_parts(p, len) })
}

/// The caller's output buffer, or `None` for the size query (`out == NULL && out_len == 0`).
///
/// # Safety
/// `p` is NULL or points to `len` writable bytes.
pub(crate) unsafe fn output<'a>(
    p: *mut u8,
    len: usize,
    name: &'static &'static str,
) -> Result<Option<&'a mut [u8]>, Failure> {
    if p.is_null() {
        return if len == 0 {
            Ok(None)
        } else {
            Err(Failure::at(helserett_result::NullParameter, name))
        };
    }
    if len > isize::MAX as usize {
        return Err(Failure::at(helserett_result::InputTooLarge, name));
    }
    // SAFETY: non-NULL, within isize::MAX, writable for `len` bytes by the caller's contract.
    Ok(Some(unsafe { core::slice::from_raw_parts_mut(p, len) }))
}

/// Writes `n` to `*out_n` (checked non-NULL by the caller).
pub(crate) fn set_len(out_n: *mut usize, n: usize) {
    // SAFETY: `out_n` was checked non-NULL with `out_ptr` and is writable by contract.
    unsafe { out_n.write(n) };
}

/// Copies a text and its terminating NUL into the caller's buffer; `*out_n` gets the text's
/// length without the NUL. Too small: `BUFFER_TOO_SMALL`, with the size needed (NUL included)
/// in `*out_n`.
///
/// # Safety
/// `buf` is NULL or points to `len` writable bytes; `out_n` is NULL or writable.
pub(crate) unsafe fn write_text(
    text: &str,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> Result<(), Failure> {
    let out_n = out_ptr(out_n, &"out_n")?;
    // SAFETY: forwarded caller contract.
    let out = unsafe { output(buf.cast(), len, &"buf") }?;
    let needed = text.len() + 1;
    match out {
        Some(out) if out.len() >= needed => {
            out[..text.len()].copy_from_slice(text.as_bytes());
            out[text.len()] = 0;
            set_len(out_n, text.len());
            Ok(())
        }
        _ => {
            // The documented exception: the size needed goes to `*out_n`.
            set_len(out_n, needed);
            Err(Failure::Kernel(Error::at_root(
                kernel::ErrorKind::BufferTooSmall { needed },
            )))
        }
    }
}

/// A fixed-size, NUL-terminated UTF-8 field of the case struct: `Ok(None)` when empty.
pub(crate) fn c_str(
    field: &[c_char],
    path: impl Fn() -> FieldPath,
) -> Result<Option<&str>, Failure> {
    // SAFETY: c_char and u8 have the same size and alignment; the slice is the caller's field.
    let bytes: &[u8] = unsafe { core::slice::from_raw_parts(field.as_ptr().cast(), field.len()) };
    let end = bytes
        .iter()
        .position(|b| *b == 0)
        .ok_or_else(|| Failure::Boundary(helserett_result::UnterminatedString, path()))?;
    if end == 0 {
        return Ok(None);
    }
    core::str::from_utf8(&bytes[..end])
        .map(Some)
        .map_err(|_| Failure::Boundary(helserett_result::InvalidUtf8, path()))
}

/// Writes `s` into a fixed-size field with a NUL after it (the field is large enough by
/// construction: kernel capacities are smaller than the C fields).
pub(crate) fn put_c_str(field: &mut [c_char], s: &str) {
    field.fill(0);
    for (o, b) in field.iter_mut().zip(s.as_bytes()) {
        *o = *b as c_char;
    }
}
