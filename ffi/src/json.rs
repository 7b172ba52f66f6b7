//! The JSON way in, for integrators: case JSON in, decision JSON out, byte for byte what the
//! Rust kernel writes.

use crate::boundary::helserett_error_detail;
use crate::boundary::{input, non_null, out_ptr, output, run, set_len, Failure};
use crate::case::{self, helserett_case};
use crate::result::helserett_result;
use kernel::decision::Decision;
use kernel::error::{Error, ErrorKind};

/// Writes any decision's JSON into the caller's buffer (or answers the size query): the one
/// place for the buffer rules of every `helserett_evaluate*_json` function.
///
/// # Safety
/// `out` is NULL or `out_len` writable bytes; `out_n` is writable (checked non-NULL).
pub(crate) unsafe fn write_json<T: serde::Serialize>(
    d: &T,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
) -> Result<(), Failure> {
    let out_n = out_ptr(out_n, &"out_n")?;
    // SAFETY: forwarded caller contract.
    let buf = unsafe { output(out, out_len, &"out") }?;
    let written = match buf {
        Some(buf) => kernel::json::to_slice(d, buf),
        None => Err(Error::at_root(ErrorKind::BufferTooSmall {
            needed: kernel::json::json_len(d),
        })),
    };
    match written {
        Ok(n) => {
            set_len(out_n, n);
            Ok(())
        }
        Err(e) => {
            if let ErrorKind::BufferTooSmall { needed } = e.kind {
                // The documented exception to "outputs only on success": the size needed.
                set_len(out_n, needed);
            }
            Err(Failure::Kernel(e))
        }
    }
}

/// The outbound decision's JSON, as `write_json` writes it.
///
/// # Safety
/// As `write_json`.
pub(crate) unsafe fn write_decision(
    d: &Decision<'_>,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
) -> Result<(), Failure> {
    // SAFETY: forwarded caller contract.
    unsafe { write_json(d, out, out_len, out_n) }
}

/// Evaluates a case given as JSON (`helserett.case/2`) and writes the decision as JSON
/// (`helserett.decision/7`) into `out`: exactly the bytes the Rust kernel, the CLI and the
/// Python package produce. An inbound case (`"schema": "helserett.inbound_case/1"`) gets the
/// inbound decision, as `helserett_evaluate_inbound_json` gives it; a method case
/// (`helserett.method_case/1`) the method decision.
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
/// Pointers are NULL or valid for the lengths given.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_json(
    case_json: *const u8,
    case_len: usize,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract for `case_json`.
        let input = unsafe { input(case_json, case_len, &"case_json") }?;
        out_ptr(out_n, &"out_n")?;
        match kernel::json::case_kind_of_json(input) {
            kernel::CaseKind::Inbound => {
                // SAFETY: forwarded caller contract.
                return unsafe { crate::inbound::write_inbound(input, out, out_len, out_n) };
            }
            kernel::CaseKind::Method => {
                let d = kernel::evaluate_method(&kernel::method_case_from_json(input)?)?;
                // SAFETY: caller contract for `out`, `out_n`.
                return unsafe { write_json(&d, out, out_len, out_n) };
            }
            kernel::CaseKind::Outbound => {}
        }
        let decision = kernel::json::decide_json(input, kernel::Params::builtin())?;
        // SAFETY: caller contract for `out`, `out_n`.
        unsafe { write_decision(&decision, out, out_len, out_n) }
    })
}

/// `helserett_evaluate_json` with a parameter table given as JSON (`helserett.params/1`, for
/// example the Nye metoder meeting calendar `P-MET-MEETINGS`), overlaid on the built-in table
/// or replacing it as `params_mode` says (`HELSERETT_PARAMS_MODE_OVERLAY`, `_REPLACE`). The
/// table is read and checked on every call (no state is kept); an error in it names the entry
/// (`parameters[3].id`). Buffer rules as `helserett_evaluate_json`.
///
/// # Safety
/// Pointers are NULL or valid for the lengths given.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_json_with_params(
    case_json: *const u8,
    case_len: usize,
    params_json: *const u8,
    params_len: usize,
    params_mode: u32,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract for `case_json`, `params_json`.
        let table = unsafe { input(params_json, params_len, &"params_json") }?;
        // SAFETY: as above.
        let input = unsafe { input(case_json, case_len, &"case_json") }?;
        let mode = crate::enums::params_mode(params_mode)?;
        out_ptr(out_n, &"out_n")?;
        let table = kernel::json::params_from_json(table, mode)?;
        // SAFETY: caller contract for `out`, `out_n`.
        table.with_params(|params| unsafe { evaluate_any(input, params, out, out_len, out_n) })
    })
}

/// A case of any kind (by its `schema` field) decided with `params`, its decision JSON written.
///
/// # Safety
/// `out` is NULL or writable for `out_len` bytes; `out_n` is writable.
pub(crate) unsafe fn evaluate_any(
    input: &[u8],
    params: kernel::Params<'_>,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
) -> Result<(), Failure> {
    match kernel::json::case_kind_of_json(input) {
        kernel::CaseKind::Inbound => {
            let d = kernel::evaluate_inbound_with(&kernel::inbound_case_from_json(input)?, params)?;
            // SAFETY: caller contract for `out`, `out_n`.
            unsafe { write_json(&d, out, out_len, out_n) }
        }
        kernel::CaseKind::Method => {
            let d = kernel::evaluate_method_with(&kernel::method_case_from_json(input)?, params)?;
            // SAFETY: caller contract for `out`, `out_n`.
            unsafe { write_json(&d, out, out_len, out_n) }
        }
        kernel::CaseKind::Outbound => {
            let d = kernel::json::decide_json(input, params)?;
            // SAFETY: caller contract for `out`, `out_n`.
            unsafe { write_json(&d, out, out_len, out_n) }
        }
    }
}

/// Reads a case given as JSON into the fixed-size struct (to hand a case from an integration
/// to a kiosk, or to start an interview from what is already known).
///
/// # Safety
/// Pointers are NULL or valid; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_case_from_json(
    case_json: *const u8,
    case_len: usize,
    out: *mut helserett_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let input = unsafe { input(case_json, case_len, &"case_json") }?;
        let out = out_ptr(out, &"out")?;
        let case = kernel::case_from_json(input)?;
        // SAFETY: `out` is non-NULL and writable by contract.
        unsafe { out.write(case::from_kernel(&case)) };
        Ok(())
    })
}

/// Evaluates the fixed-size case and writes the full decision as JSON, as
/// `helserett_evaluate_json` does (same buffer rules): for a kiosk that logs or forwards the
/// whole decision.
///
/// # Safety
/// Pointers are NULL or valid for the lengths given.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_case_json(
    patient_case: *const helserett_case,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe {
        helserett_evaluate_case_json_with_table(
            patient_case,
            core::ptr::null(),
            out,
            out_len,
            out_n,
            detail,
        )
    }
}

/// `helserett_evaluate_case_json` with an operator's table (`helserett_params_from_json`;
/// NULL: the built-in one): the same bytes as the JSON path with that table.
///
/// # Safety
/// `patient_case` is NULL or valid; `params` is NULL or a readable `helserett_params`; `out`
/// is NULL or `out_len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_case_json_with_table(
    patient_case: *const helserett_case,
    params: *const crate::params::helserett_params,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let c = unsafe { non_null(patient_case, &"patient_case") }?;
        out_ptr(out_n, &"out_n")?;
        // SAFETY: caller contract for `params`, `out`, `out_n`.
        unsafe {
            crate::params::with_table(params, |t| {
                case::decide(c, t, |d| write_decision(d, out, out_len, out_n))
            })
        }
    })
}
