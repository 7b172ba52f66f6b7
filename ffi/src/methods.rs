//! The method question (a method not approved for the public specialist service, seed 004) for
//! clinicians and hospital administration: JSON in (`helserett.method_case/1`; also through
//! `helserett_evaluate_json`), the fixed-size `helserett_method_case` with its interview, the
//! decision JSON (`helserett.method_decision/4`) or its summary in bokmål or English out.

use crate::boundary::helserett_error_detail;
use crate::boundary::{input, non_null, out_ptr, run, Failure};
use crate::case::{self, helserett_date, helserett_method_case};
use crate::decision::helserett_question;
use crate::enums::fact_from_number;
use crate::json::write_json;
use crate::params::{helserett_params, with_table};
use crate::result::helserett_result;
use core::ffi::c_char;
use core::ptr::null;
use kernel::error::FieldPath;
use kernel::explain_method;
use kernel::methods::evaluate_method;

/// Fills `*out` with the empty method case on `evaluation_date`.
///
/// # Safety
/// `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_method_case_init(
    evaluation_date: helserett_date,
    out: *mut helserett_method_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        let out = out_ptr(out, &"out")?;
        case::date_at(evaluation_date, FieldPath::of(&["evaluation_date"]))?.ok_or(Failure::at(
            helserett_result::MissingField,
            &"evaluation_date",
        ))?;
        // SAFETY: non-NULL and writable by contract.
        unsafe { out.write(helserett_method_case::empty(evaluation_date)) };
        Ok(())
    })
}

/// Reads a method case given as JSON into the fixed-size struct.
///
/// # Safety
/// Pointers are NULL or valid; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_method_case_from_json(
    case_json: *const u8,
    case_len: usize,
    out: *mut helserett_method_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let input = unsafe { input(case_json, case_len, &"case_json") }?;
        let out = out_ptr(out, &"out")?;
        let k = kernel::method_case_from_json(input)?;
        // SAFETY: `out` is non-NULL and writable by contract.
        unsafe { out.write(case::method_from_kernel(&k)) };
        Ok(())
    })
}

/// Evaluates the fixed-size method case with the built-in parameters (no meeting calendar:
/// `helserett_evaluate_method_case_json_with_table` takes one) and writes the method decision
/// as JSON, with the buffer rules of `helserett_evaluate_json`.
///
/// # Safety
/// Pointers are NULL or valid for the lengths given.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_method_case_json(
    method_case: *const helserett_method_case,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe {
        helserett_evaluate_method_case_json_with_table(
            method_case,
            null(),
            out,
            out_len,
            out_n,
            detail,
        )
    }
}

/// `helserett_evaluate_method_case_json` with an operator's table (NULL: the built-in one), for
/// example the Nye metoder meeting calendar (P-MET-MEETINGS).
///
/// # Safety
/// Pointers are NULL or valid for the lengths given; `params` is NULL or a readable
/// `helserett_params`.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_method_case_json_with_table(
    method_case: *const helserett_method_case,
    params: *const helserett_params,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let c = unsafe { non_null(method_case, &"method_case") }?;
        out_ptr(out_n, &"out_n")?;
        let k = case::method_to_kernel(c)?;
        // SAFETY: caller contract for `params`, `out`, `out_n`.
        unsafe {
            with_table(params, |t| {
                let d = kernel::evaluate_method_with(&k, t)?;
                write_json(&d, out, out_len, out_n)
            })
        }
    })
}

/// Writes the clinician's summary of the fixed-size method case in `lang_code` (as
/// `helserett_explain_method_json` does), with an operator's table (NULL: the built-in one).
///
/// # Safety
/// Pointers are NULL or valid for the lengths given; `params` is NULL or a readable
/// `helserett_params`.
#[no_mangle]
pub unsafe extern "C" fn helserett_explain_method_with_table(
    method_case: *const helserett_method_case,
    params: *const helserett_params,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let c = unsafe { non_null(method_case, &"method_case") }?;
        let lang = crate::enums::lang(lang_code)?;
        out_ptr(out_n, &"out_n")?;
        let k = case::method_to_kernel(c)?;
        // SAFETY: caller contract for `params`, `buf`, `out_n`.
        unsafe {
            with_table(params, |t| {
                let d = kernel::evaluate_method_with(&k, t)?;
                crate::text::write_display(&explain_method(&d, lang), buf, len, out_n)
            })
        }
    })
}

/// The next question for the fixed-size method case (`HELSERETT_FACT_NONE` when settled).
///
/// # Safety
/// Pointers are NULL or valid; `out` is writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_method_next_question(
    method_case: *const helserett_method_case,
    out: *mut helserett_question,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe { helserett_method_next_question_with_table(method_case, null(), out, detail) }
}

/// `helserett_method_next_question` with an operator's table (NULL: the built-in one). A
/// parameter missing from the table (the meeting calendar) is never a question.
///
/// # Safety
/// Pointers are NULL or valid; `out` is writable; `params` is NULL or a readable
/// `helserett_params`.
#[no_mangle]
pub unsafe extern "C" fn helserett_method_next_question_with_table(
    method_case: *const helserett_method_case,
    params: *const helserett_params,
    out: *mut helserett_question,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let c = unsafe { non_null(method_case, &"method_case") }?;
        let out = out_ptr(out, &"out")?;
        let k = case::method_to_kernel(c)?;
        // SAFETY: caller contract for `params`.
        let q = unsafe {
            with_table(params, |t| {
                Ok(kernel::evaluate_method_with(&k, t)?.next_question)
            })
        }?;
        // SAFETY: non-NULL and writable by contract.
        unsafe { out.write(helserett_question::from_kernel(q)) };
        Ok(())
    })
}

/// Records the answer to a method question, as `helserett_inbound_case_answer` does.
///
/// # Safety
/// `method_case` is NULL or valid; `answer` is NULL or `answer_len` readable bytes; `out` is
/// NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_method_case_answer(
    method_case: *const helserett_method_case,
    fact: u32,
    answer: *const c_char,
    answer_len: usize,
    out: *mut helserett_method_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe {
        helserett_method_case_answer_with_table(
            method_case,
            null(),
            fact,
            answer,
            answer_len,
            out,
            detail,
        )
    }
}

/// `helserett_method_case_answer` with an operator's table (NULL: the built-in one).
///
/// # Safety
/// As `helserett_method_case_answer`; `params` is NULL or a readable `helserett_params`.
#[no_mangle]
pub unsafe extern "C" fn helserett_method_case_answer_with_table(
    method_case: *const helserett_method_case,
    params: *const helserett_params,
    fact: u32,
    answer: *const c_char,
    answer_len: usize,
    out: *mut helserett_method_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract; the case is copied before `out` is written.
        let c = unsafe { non_null(method_case, &"method_case") }?;
        let out = out_ptr(out, &"out")?;
        // SAFETY: caller contract.
        let text = unsafe { input(answer.cast(), answer_len, &"answer") }?;
        let text = core::str::from_utf8(text)
            .map_err(|_| Failure::at(helserett_result::InvalidUtf8, &"answer"))?;
        let fact = fact_from_number(fact)?;
        let mut k = case::method_to_kernel(c)?;
        k.answer(fact, text)?;
        // SAFETY: caller contract for `params`.
        unsafe {
            with_table(params, |t| {
                Ok(kernel::evaluate_method_with(&k, t).map(|_| ())?)
            })
        }?;
        let updated = case::method_from_kernel(&k);
        // SAFETY: non-NULL and writable by contract; `c` is not used after this point.
        unsafe { out.write(updated) };
        Ok(())
    })
}

/// Evaluates a method case given as JSON and writes its summary in `lang_code` as a
/// NUL-terminated string into `buf`, with the buffer rules of `helserett_explain`.
///
/// # Safety
/// Pointers are NULL or valid for the lengths given.
#[no_mangle]
pub unsafe extern "C" fn helserett_explain_method_json(
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
        let d = evaluate_method(&kernel::method_case_from_json(input)?)?;
        // SAFETY: caller contract for `buf`, `out_n`.
        unsafe { crate::text::write_display(&explain_method(&d, lang), buf, len, out_n) }
    })
}
