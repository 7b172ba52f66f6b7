//! The JSON way in, for integrators: case JSON in, decision JSON out, byte for byte what the
//! Rust kernel writes.

use crate::boundary::helserett_error_detail;
use crate::boundary::{input, out_ptr, output, run, set_len, Failure};
use crate::case::{self, helserett_case};
use crate::result::helserett_result;
use kernel::error::{Error, ErrorKind};

/// Writes any decision's JSON into the caller's buffer (or answers the size query): the one
/// place for the buffer rules of every `helserett_evaluate*_json` function.
///
/// # Safety
/// `out` is NULL or `out_len` writable bytes; `out_n` is writable (checked non-NULL).
pub(crate) unsafe fn write_json<T: serde::Serialize>(
    d: &T,
    out: *mut core::ffi::c_char,
    out_len: usize,
    out_n: *mut usize,
) -> Result<(), Failure> {
    let out_n = out_ptr(out_n, &"out_n")?;
    // SAFETY: forwarded caller contract.
    let buf = unsafe { output(out.cast(), out_len, &"out") }?;
    let written = match buf {
        Some(buf) => kernel::json::to_slice(d, buf),
        None => Err(Error::at_root(ErrorKind::BufferTooSmall {
            needed: kernel::json::json_len(d),
        })),
    };
    written_len(written, out_n)
}

/// Reports a write's length in `*out_n` (on `BUFFER_TOO_SMALL`, the size needed: the
/// documented exception to "outputs only on success").
fn written_len(written: Result<usize, Error>, out_n: *mut usize) -> Result<(), Failure> {
    match written {
        Ok(n) => {
            set_len(out_n, n);
            Ok(())
        }
        Err(e) => {
            if let ErrorKind::BufferTooSmall { needed } = e.kind {
                set_len(out_n, needed);
            }
            Err(Failure::Kernel(e))
        }
    }
}

/// Evaluates a case of any kind given as JSON and writes its decision as JSON into `out`:
/// exactly the bytes the Rust kernel, the CLI and the Python package produce. The case's
/// `schema` names its kind (read after unescaping, as every string is): `helserett.case/2`
/// (or none) gets `helserett.decision/8`, `helserett.inbound_case/1` the inbound decision,
/// `helserett.method_case/1` the method decision. `params` is a table read by
/// `helserett_params_from_json` (NULL: the built-in one); the receipt names it.
///
/// - `case_json`, `case_len`: the case, UTF-8, not NUL-terminated (a NUL is a syntax error);
///   at most `HELSERETT_MAX_INPUT_LEN` bytes.
/// - `out`, `out_len`: the caller's buffer. On success `*out_n` is the number of bytes
///   written (no NUL is added). If the buffer is too small the result is
///   `HELSERETT_RESULT_BUFFER_TOO_SMALL` and `*out_n` is the size needed; pass `out = NULL,
///   out_len = 0` to ask for the size.
/// - `detail`: NULL, or where to write the field path and message when the call fails.
///
/// Thread-safe and reentrant: no global state, no allocation.
///
/// # Safety
/// Pointers are NULL or valid for the lengths given; `params` is NULL or a readable
/// `helserett_params`.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_json(
    case_json: *const core::ffi::c_char,
    case_len: usize,
    params: *const crate::params::helserett_params,
    out: *mut core::ffi::c_char,
    out_len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    let result = run(detail, || {
        // SAFETY: caller contract for `case_json`.
        let input = unsafe { input(case_json.cast(), case_len, &"case_json") }?;
        out_ptr(out_n, &"out_n")?;
        // SAFETY: caller contract for `out`.
        let buf = unsafe { output(out.cast(), out_len, &"out") }?;
        // The kernel's own JSON path: read, checked once, decided and written where it was
        // made (a size query writes into no room and learns the size needed).
        // SAFETY: caller contract for `params`.
        let written = unsafe {
            crate::params::with_table(params, |t| {
                Ok(kernel::evaluate_json_with(input, t, buf.unwrap_or(&mut [])))
            })
        }?;
        written_len(written, out_n)
    });
    // SAFETY: caller contract for `case_json` and `detail`.
    unsafe { note_id(result, case_json, case_len, detail) };
    result
}

/// After a call on a case's JSON failed: the case's `id` into the detail, when it can be read
/// (issue 30: an error names its request).
///
/// # Safety
/// `case_json` is NULL or readable for `case_len` bytes; `detail` is NULL or writable.
unsafe fn note_id(
    result: helserett_result,
    case_json: *const core::ffi::c_char,
    case_len: usize,
    detail: *mut helserett_error_detail,
) {
    if result == helserett_result::Ok || detail.is_null() {
        return;
    }
    // SAFETY: caller contract; `input` refuses NULL and lengths over the limit.
    let Ok(text) = (unsafe { input(case_json.cast(), case_len, &"case_json") }) else {
        return;
    };
    if let Some(id) = kernel::json::caller_id_of_json(text) {
        // SAFETY: `detail` is non-NULL and was written by `run`.
        let d = unsafe { &mut *detail };
        for (o, b) in d.id.iter_mut().zip(id.as_bytes()) {
            *o = *b as core::ffi::c_char;
        }
        d.id[id.len().min(d.id.len() - 1)] = 0;
    }
}

/// Reads a case of any kind given as JSON (its kind from its `schema`) into the fixed-size
/// struct: to hand a case from an integration to a kiosk or a desk, or to start an interview
/// from what is already known.
///
/// # Safety
/// Pointers are NULL or valid; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_case_from_json(
    case_json: *const core::ffi::c_char,
    case_len: usize,
    out: *mut helserett_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    let result = run(detail, || {
        // SAFETY: caller contract.
        let input = unsafe { input(case_json.cast(), case_len, &"case_json") }?;
        let out = out_ptr(out, &"out")?;
        let case = kernel::AnyCase::from_json(input)?;
        // SAFETY: `out` is non-NULL and writable by contract.
        unsafe { out.write(case::any_from_kernel(&case)) };
        Ok(())
    });
    // SAFETY: caller contract for `case_json` and `detail`.
    unsafe { note_id(result, case_json, case_len, detail) };
    result
}
