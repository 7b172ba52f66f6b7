//! The inbound case (a patient living abroad, on a temporary stay in a Norwegian hospital) for
//! the admission desk and the EPJ: JSON in (`helserett.inbound_case/1`), the decision JSON
//! (`helserett.inbound_decision/4`) or its summary in bokmål or English out. The bytes are the
//! Rust kernel's, the CLI's and Python's.

use crate::boundary::helserett_error_detail;
use crate::boundary::{input, non_null, out_ptr, run, Failure};
use crate::case::{self, helserett_date, helserett_inbound_case};
use crate::decision::helserett_question;
use crate::enums::fact_from_number;
use crate::json::write_json;
use crate::params::{helserett_params, with_table};
use crate::result::helserett_result;
use core::ffi::c_char;
use core::ptr::null;
use kernel::error::FieldPath;

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
    out_ptr(out_n, &"out_n")?;
    let d = kernel::evaluate_inbound(&kernel::inbound_case_from_json(input)?)?;
    // SAFETY: forwarded caller contract.
    unsafe { write_json(&d, out, out_len, out_n) }
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
        unsafe { crate::text::write_display(&kernel::explain_inbound(&d, lang), buf, len, out_n) }
    })
}

/// Fills `*out` with the empty inbound case on `evaluation_date` (every fact unknown: enums and
/// dates zero, numbers `HELSERETT_UNKNOWN`).
///
/// # Safety
/// `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_inbound_case_init(
    evaluation_date: helserett_date,
    out: *mut helserett_inbound_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        let out = out_ptr(out, &"out")?;
        case::date_at(evaluation_date, FieldPath::of(&["evaluation_date"]))?.ok_or(Failure::at(
            helserett_result::MissingField,
            &"evaluation_date",
        ))?;
        // SAFETY: non-NULL and writable by contract.
        unsafe { out.write(helserett_inbound_case::empty(evaluation_date)) };
        Ok(())
    })
}

/// Reads an inbound case given as JSON into the fixed-size struct.
///
/// # Safety
/// Pointers are NULL or valid; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_inbound_case_from_json(
    case_json: *const u8,
    case_len: usize,
    out: *mut helserett_inbound_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let input = unsafe { input(case_json, case_len, &"case_json") }?;
        let out = out_ptr(out, &"out")?;
        let k = kernel::inbound_case_from_json(input)?;
        // SAFETY: `out` is non-NULL and writable by contract.
        unsafe { out.write(case::inbound_from_kernel(&k)) };
        Ok(())
    })
}

/// Evaluates the fixed-size inbound case and writes the inbound decision as JSON, with the
/// buffer rules of `helserett_evaluate_json`.
///
/// # Safety
/// Pointers are NULL or valid for the lengths given.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_inbound_case_json(
    inbound_case: *const helserett_inbound_case,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe {
        helserett_evaluate_inbound_case_json_with_table(
            inbound_case,
            null(),
            out,
            out_len,
            out_n,
            detail,
        )
    }
}

/// `helserett_evaluate_inbound_case_json` with an operator's table (NULL: the built-in one).
///
/// # Safety
/// Pointers are NULL or valid for the lengths given; `params` is NULL or a readable
/// `helserett_params`.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_inbound_case_json_with_table(
    inbound_case: *const helserett_inbound_case,
    params: *const helserett_params,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let c = unsafe { non_null(inbound_case, &"inbound_case") }?;
        out_ptr(out_n, &"out_n")?;
        let k = case::inbound_to_kernel(c)?;
        // SAFETY: caller contract for `params`, `out`, `out_n`.
        unsafe {
            with_table(params, |t| {
                let d = kernel::evaluate_inbound_with(&k, t)?;
                write_json(&d, out, out_len, out_n)
            })
        }
    })
}

/// The desk's next question for the fixed-size inbound case (`HELSERETT_FACT_NONE` when it is
/// settled): the most decisive unknown fact, never one that cannot change the entitlement, the
/// payer or the documents.
///
/// # Safety
/// Pointers are NULL or valid; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_inbound_next_question(
    inbound_case: *const helserett_inbound_case,
    out: *mut helserett_question,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe { helserett_inbound_next_question_with_table(inbound_case, null(), out, detail) }
}

/// `helserett_inbound_next_question` with an operator's table (NULL: the built-in one).
///
/// # Safety
/// Pointers are NULL or valid; `out` is writable; `params` is NULL or a readable
/// `helserett_params`.
#[no_mangle]
pub unsafe extern "C" fn helserett_inbound_next_question_with_table(
    inbound_case: *const helserett_inbound_case,
    params: *const helserett_params,
    out: *mut helserett_question,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let c = unsafe { non_null(inbound_case, &"inbound_case") }?;
        let out = out_ptr(out, &"out")?;
        let k = case::inbound_to_kernel(c)?;
        // SAFETY: caller contract for `params`.
        let q = unsafe {
            with_table(params, |t| {
                Ok(kernel::evaluate_inbound_with(&k, t)?.next_question)
            })
        }?;
        // SAFETY: non-NULL and writable by contract.
        unsafe { out.write(helserett_question::from_kernel(q)) };
        Ok(())
    })
}

/// Records the answer to an inbound question: `*out` becomes `*inbound_case` with `fact` set
/// from the answer text (read as `helserett_case_answer` reads it). An answer that is
/// malformed, or that contradicts the rest of the case, returns the kernel's code and leaves
/// `*out` untouched. `inbound_case` and `out` may be the same struct.
///
/// # Safety
/// `inbound_case` is NULL or valid; `answer` is NULL or `answer_len` readable bytes; `out` is
/// NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_inbound_case_answer(
    inbound_case: *const helserett_inbound_case,
    fact: u32,
    answer: *const c_char,
    answer_len: usize,
    out: *mut helserett_inbound_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe {
        helserett_inbound_case_answer_with_table(
            inbound_case,
            null(),
            fact,
            answer,
            answer_len,
            out,
            detail,
        )
    }
}

/// `helserett_inbound_case_answer` with an operator's table (NULL: the built-in one).
///
/// # Safety
/// As `helserett_inbound_case_answer`; `params` is NULL or a readable `helserett_params`.
#[no_mangle]
pub unsafe extern "C" fn helserett_inbound_case_answer_with_table(
    inbound_case: *const helserett_inbound_case,
    params: *const helserett_params,
    fact: u32,
    answer: *const c_char,
    answer_len: usize,
    out: *mut helserett_inbound_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract; the case is copied before `out` is written.
        let c = unsafe { non_null(inbound_case, &"inbound_case") }?;
        let out = out_ptr(out, &"out")?;
        // SAFETY: caller contract.
        let text = unsafe { input(answer.cast(), answer_len, &"answer") }?;
        let text = core::str::from_utf8(text)
            .map_err(|_| Failure::at(helserett_result::InvalidUtf8, &"answer"))?;
        let fact = fact_from_number(fact)?;
        let mut k = case::inbound_to_kernel(c)?;
        k.answer(fact, text)?;
        // The answer must leave a case the kernel accepts (consistency).
        // SAFETY: caller contract for `params`.
        unsafe {
            with_table(params, |t| {
                Ok(kernel::evaluate_inbound_with(&k, t).map(|_| ())?)
            })
        }?;
        let updated = case::inbound_from_kernel(&k);
        // SAFETY: non-NULL and writable by contract; `c` is not used after this point.
        unsafe { out.write(updated) };
        Ok(())
    })
}

/// Writes the desk's summary of the fixed-size inbound case in `lang_code`, as
/// `helserett_explain_inbound_json` does.
///
/// # Safety
/// Pointers are NULL or valid for the lengths given.
#[no_mangle]
pub unsafe extern "C" fn helserett_explain_inbound(
    inbound_case: *const helserett_inbound_case,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe {
        helserett_explain_inbound_with_table(
            inbound_case,
            null(),
            lang_code,
            buf,
            len,
            out_n,
            detail,
        )
    }
}

/// `helserett_explain_inbound` with an operator's table (NULL: the built-in one).
///
/// # Safety
/// Pointers are NULL or valid for the lengths given; `params` is NULL or a readable
/// `helserett_params`.
#[no_mangle]
pub unsafe extern "C" fn helserett_explain_inbound_with_table(
    inbound_case: *const helserett_inbound_case,
    params: *const helserett_params,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let c = unsafe { non_null(inbound_case, &"inbound_case") }?;
        let lang = crate::enums::lang(lang_code)?;
        out_ptr(out_n, &"out_n")?;
        let k = case::inbound_to_kernel(c)?;
        // SAFETY: caller contract for `params`, `buf`, `out_n`.
        unsafe {
            with_table(params, |t| {
                let d = kernel::evaluate_inbound_with(&k, t)?;
                crate::text::write_display(&kernel::explain_inbound(&d, lang), buf, len, out_n)
            })
        }
    })
}
