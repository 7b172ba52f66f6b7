//! The inbound case (a patient living abroad, on a temporary stay in a Norwegian hospital) for
//! the admission desk and the EPJ: JSON in (`helserett.inbound_case/1`), the decision JSON
//! (`helserett.inbound_decision/1`) or its summary in bokmål or English out. The bytes are the
//! Rust kernel's, the CLI's and Python's.

use crate::boundary::helserett_error_detail;
use crate::boundary::{input, out_ptr, output, run, set_len, Failure};
use crate::result::helserett_result;
use core::ffi::c_char;
use kernel::error::{Error, ErrorKind};
use kernel::json::{inbound_decision_to_json, json_len};

/// Evaluates an inbound case given as JSON and writes the inbound decision as JSON into `out`,
/// with the buffer rules of `helserett_evaluate_json`: on success `*out_n` is the number of
/// bytes written (no NUL); if the buffer is too small the result is
/// `HELSERETT_RESULT_BUFFER_TOO_SMALL` and `*out_n` is the size needed (`out = NULL,
/// out_len = 0` asks for it). `detail`: NULL, or where the field path and message go on
/// failure.
///
/// # Safety
/// Pointers are NULL or valid for the lengths given.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_inbound_json(
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
        // SAFETY: caller contract for `out`, `out_n`.
        unsafe { write_inbound(input, out, out_len, out_n) }
    })
}

/// Decides the inbound case in `input` and writes its decision's JSON into the caller's
/// buffer (or answers the size query).
///
/// # Safety
/// `out` is NULL or `out_len` writable bytes; `out_n` is NULL or writable (checked).
pub(crate) unsafe fn write_inbound(
    input: &[u8],
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
) -> Result<(), Failure> {
    let out_n = out_ptr(out_n, &"out_n")?;
    let case = kernel::inbound_case_from_json(input)?;
    let d = kernel::evaluate_inbound(&case)?;
    // SAFETY: forwarded caller contract for `out`.
    let buf = unsafe { output(out, out_len, &"out") }?;
    let written = match buf {
        Some(buf) => inbound_decision_to_json(&d, buf),
        None => Err(Error::at_root(ErrorKind::BufferTooSmall {
            needed: json_len(&d),
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

/// Evaluates an inbound case given as JSON and writes the desk's summary (entitlement, payer,
/// copies, attachments, next steps, reasons, what is missing) in `lang_code`
/// (`HELSERETT_LANG_NB` or `HELSERETT_LANG_EN`) as a NUL-terminated string into `buf`, with
/// the buffer rules of `helserett_explain`.
///
/// # Safety
/// Pointers are NULL or valid for the lengths given.
#[no_mangle]
pub unsafe extern "C" fn helserett_explain_inbound_json(
    case_json: *const u8,
    case_len: usize,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract for `case_json`.
        let input = unsafe { input(case_json, case_len, &"case_json") }?;
        let lang = crate::enums::lang(lang_code)?;
        out_ptr(out_n, &"out_n")?;
        let d = kernel::evaluate_inbound(&kernel::inbound_case_from_json(input)?)?;
        // SAFETY: caller contract for `buf`, `out_n`.
        unsafe {
            crate::text::write_display(&kernel::inbound::explain_inbound(&d, lang), buf, len, out_n)
        }
    })
}
