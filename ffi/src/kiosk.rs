//! The fixed-size way in, for kiosks: fill a `helserett_case`, evaluate it into a
//! `helserett_decision`, ask `helserett_next_question`, record the answer with
//! `helserett_case_answer`, repeat. No allocation anywhere; everything lives on the caller's
//! stack or in its static memory.

use crate::answer;
use crate::boundary::{helserett_error_detail, non_null, out_ptr, run, Failure};
use crate::case::{self, helserett_case, helserett_date};
use crate::decision::{self, helserett_decision, helserett_question};
use crate::enums::{fact_from_number, lang};
use crate::params::{helserett_params, with_table};
use crate::result::helserett_result;
use core::ffi::c_char;
use core::ptr::null;

/// Writes the empty case on `evaluation_date` to `*out`: every fact unknown (enums and dates
/// zero, numbers `HELSERETT_UNKNOWN`).
///
/// # Safety
/// `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_case_init(
    evaluation_date: helserett_date,
    out: *mut helserett_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        let out = out_ptr(out, &"out")?;
        case::date_at(
            evaluation_date,
            kernel::error::FieldPath::of(&["evaluation_date"]),
        )?
        .ok_or(Failure::at(
            helserett_result::MissingField,
            &"evaluation_date",
        ))?;
        // SAFETY: non-NULL and writable by contract.
        unsafe { out.write(helserett_case::empty(evaluation_date)) };
        Ok(())
    })
}

/// Evaluates the case into `*out`. The same decision as the JSON path and the Rust kernel.
///
/// # Safety
/// `patient_case` is NULL or valid; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate(
    patient_case: *const helserett_case,
    out: *mut helserett_decision,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe { helserett_evaluate_with_table(patient_case, null(), out, detail) }
}

/// `helserett_evaluate` with an operator's table (`helserett_params_from_json`; NULL: the
/// built-in one): the decision uses its values, and its receipt names it.
///
/// # Safety
/// `patient_case` is NULL or valid; `params` is NULL or a readable `helserett_params`; `out`
/// is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_with_table(
    patient_case: *const helserett_case,
    params: *const helserett_params,
    out: *mut helserett_decision,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let c = unsafe { non_null(patient_case, &"patient_case") }?;
        let out = out_ptr(out, &"out")?;
        // SAFETY: caller contract for `params`.
        unsafe {
            with_table(params, |t| {
                case::decide(c, t, |d| {
                    // SAFETY: non-NULL and writable by contract.
                    out.write(decision::from_kernel(d));
                    Ok(())
                })
            })
        }
    })
}

/// The interview's next question for the case: the most decisive unknown fact across all
/// routes. `out->fact` is `HELSERETT_FACT_NONE` when the case is settled.
///
/// # Safety
/// `patient_case` is NULL or valid; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_next_question(
    patient_case: *const helserett_case,
    out: *mut helserett_question,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe { helserett_next_question_with_table(patient_case, null(), out, detail) }
}

/// `helserett_next_question` with an operator's table (NULL: the built-in one). A parameter
/// missing from the table is never a question: the decision names it instead.
///
/// # Safety
/// `patient_case` is NULL or valid; `params` is NULL or a readable `helserett_params`; `out`
/// is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_next_question_with_table(
    patient_case: *const helserett_case,
    params: *const helserett_params,
    out: *mut helserett_question,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let c = unsafe { non_null(patient_case, &"patient_case") }?;
        let out = out_ptr(out, &"out")?;
        // SAFETY: caller contract for `params`.
        unsafe {
            with_table(params, |t| {
                case::decide(c, t, |d| {
                    // SAFETY: non-NULL and writable by contract.
                    out.write(helserett_question::from_kernel(d.next_question));
                    Ok(())
                })
            })
        }
    })
}

/// Records the answer to a question: `*out` becomes `*patient_case` with `fact` (at treatment-date
/// `index` for per-date facts, else -1) set from the answer text. `patient_case` and `out` may be the
/// same struct.
///
/// The answer is read by the kernel as a person types it: `ja`/`nei` or `yes`/`no` in any case;
/// a choice by its number as shown, its label in bokmål or English (any case), the first words
/// of one label, or its option key; several choices separated by commas; dates as
/// `4.3.2024`, `4.3.24`, `4. mars 2024` or `2024-03-04` (several separated by commas); a
/// country by name or code (`Tyskland`, `DE`); amounts in kroner (`kr 1 234,50`); counts with
/// their unit (`84 km`); "vet ikke" marks the fact declined; "på stedet" answers the invoice
/// date. An answer that is malformed, or that contradicts the rest of the case, returns the
/// kernel's code and leaves `*out` untouched, so the kiosk can ask again
/// (`helserett_answer_help` says how to answer).
///
/// # Safety
/// `patient_case` is NULL or valid; `answer` is NULL or `answer_len` readable bytes; `out` is NULL or
/// writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_case_answer(
    patient_case: *const helserett_case,
    fact: u32,
    index: i32,
    answer: *const c_char,
    answer_len: usize,
    out: *mut helserett_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe {
        helserett_case_answer_with_table(
            patient_case,
            null(),
            fact,
            index,
            answer,
            answer_len,
            out,
            detail,
        )
    }
}

/// `helserett_case_answer` with an operator's table (NULL: the built-in one): the answered case
/// must be one the kernel decides with that table.
///
/// # Safety
/// As `helserett_case_answer`; `params` is NULL or a readable `helserett_params`.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn helserett_case_answer_with_table(
    patient_case: *const helserett_case,
    params: *const helserett_params,
    fact: u32,
    index: i32,
    answer: *const c_char,
    answer_len: usize,
    out: *mut helserett_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract; the case is copied before `out` is written, so they may
        // alias.
        let c = unsafe { non_null(patient_case, &"patient_case") }?;
        let out = out_ptr(out, &"out")?;
        // SAFETY: caller contract.
        let text = unsafe { crate::boundary::input(answer.cast(), answer_len, &"answer") }?;
        let text = core::str::from_utf8(text)
            .map_err(|_| Failure::at(helserett_result::InvalidUtf8, &"answer"))?;
        let fact = fact_from_number(fact)?;
        let mut k = case::to_kernel(c)?;
        answer::apply(&mut k, fact, index, text)?;
        // The answer must leave a case the kernel decides (ranges, consistency, the table).
        // SAFETY: caller contract for `params`.
        unsafe { with_table(params, |t| Ok(kernel::evaluate_with(&k, t).map(|_| ())?)) }?;
        let updated = case::from_kernel(&k);
        // SAFETY: non-NULL and writable by contract; `c` is not used after this point.
        unsafe { out.write(updated) };
        Ok(())
    })
}

/// Writes the decision's explanation (the same text as `helserett --explain`) in `lang` into
/// `buf` as NUL-terminated UTF-8; `*out_n` is its length without the NUL. Too small:
/// `HELSERETT_RESULT_BUFFER_TOO_SMALL` with the size needed (NUL included) in `*out_n`.
///
/// # Safety
/// `patient_case` is NULL or valid; `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_explain(
    patient_case: *const helserett_case,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe {
        helserett_explain_with_table(patient_case, null(), lang_code, buf, len, out_n, detail)
    }
}

/// `helserett_explain` with an operator's table (NULL: the built-in one).
///
/// # Safety
/// As `helserett_explain`; `params` is NULL or a readable `helserett_params`.
#[no_mangle]
pub unsafe extern "C" fn helserett_explain_with_table(
    patient_case: *const helserett_case,
    params: *const helserett_params,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract.
    unsafe {
        decision_text(
            patient_case,
            params,
            Text::Explain,
            lang_code,
            buf,
            len,
            out_n,
            detail,
        )
    }
}

/// Writes the answer as a patient reads it (the same text as `helserett --view`) in `lang`
/// into `buf` as NUL-terminated UTF-8: the scheme and where it stands, what Helfo or
/// Pasientreiser still settles, the refund or the most it can be, travel, the deadline with
/// the days left, where and how to apply, the documents; no rule codes, dates as `4. mars
/// 2024`, amounts as `kr 110 000`. Too small: `HELSERETT_RESULT_BUFFER_TOO_SMALL` with the
/// size needed (NUL included) in `*out_n`.
///
/// # Safety
/// `patient_case` is NULL or valid; `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_patient_view(
    patient_case: *const helserett_case,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract; NULL is the built-in table.
    unsafe {
        helserett_patient_view_with_table(patient_case, null(), lang_code, buf, len, out_n, detail)
    }
}

/// `helserett_patient_view` with an operator's table (NULL: the built-in one). A rate the table
/// lacks for the year is named on the screen; one it holds gives the amount.
///
/// # Safety
/// As `helserett_patient_view`; `params` is NULL or a readable `helserett_params`.
#[no_mangle]
pub unsafe extern "C" fn helserett_patient_view_with_table(
    patient_case: *const helserett_case,
    params: *const helserett_params,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: forwarded caller contract.
    unsafe {
        decision_text(
            patient_case,
            params,
            Text::PatientView,
            lang_code,
            buf,
            len,
            out_n,
            detail,
        )
    }
}

/// Which text of a decision.
enum Text {
    /// The summary (`kernel::explain`).
    Explain,
    /// The patient view (`kernel::patient_view`).
    PatientView,
}

/// A text of the case's decision in `lang` (the explanation, the patient view) into `buf`.
///
/// # Safety
/// As the callers: `patient_case` is NULL or valid; `buf` is NULL or `len` writable bytes;
/// `out_n` is NULL or writable.
#[allow(clippy::too_many_arguments)]
unsafe fn decision_text(
    patient_case: *const helserett_case,
    params: *const helserett_params,
    text: Text,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract.
        let c = unsafe { non_null(patient_case, &"patient_case") }?;
        let lang = lang(lang_code)?;
        out_ptr(out_n, &"out_n")?;
        // SAFETY: caller contract for `params`, `buf`, `out_n`.
        unsafe {
            with_table(params, |t| {
                case::decide(c, t, |d| match text {
                    Text::Explain => {
                        crate::text::write_display(&kernel::explain(d, lang), buf, len, out_n)
                    }
                    Text::PatientView => {
                        crate::text::write_display(&kernel::patient_view(d, lang), buf, len, out_n)
                    }
                })
            })
        }
    })
}
