//! The fixed-size way in, for kiosks, admission desks and clinicians' screens: fill a
//! `helserett_case` of any kind (`helserett_case_init`, `helserett_case_from_json`), ask
//! `helserett_next_question`, record the answer with `helserett_case_answer`, repeat; read the
//! decision as a struct (`helserett_evaluate`), as JSON (`helserett_evaluate_case_json`) or as
//! text (`helserett_explain`, `helserett_view`). Every call takes any kind (the case's `kind`)
//! and a parameter table (NULL: the built-in one). No allocation anywhere; everything lives on
//! the caller's stack or in its static memory.

use crate::answer;
use crate::boundary::{helserett_error_detail, non_null, out_ptr, run, Failure};
use crate::case::{self, helserett_case, helserett_date};
use crate::decision::{self, helserett_decision, helserett_question};
use crate::enums::{fact_from_number, lang};
use crate::params::{helserett_params, with_table};
use crate::result::helserett_result;
use core::ffi::c_char;
use kernel::error::FieldPath;

/// Writes the empty case of `kind` (a `helserett_case_kind`) on `evaluation_date` to `*out`:
/// every fact unknown (enums and dates zero, numbers `HELSERETT_UNKNOWN`).
///
/// # Safety
/// `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_case_init(
    kind: u32,
    evaluation_date: helserett_date,
    out: *mut helserett_case,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        let kind = case::case_kind(kind)?;
        let out = out_ptr(out, &"out")?;
        case::date_at(evaluation_date, FieldPath::of(&["evaluation_date"]))?.ok_or(Failure::at(
            helserett_result::MissingField,
            &"evaluation_date",
        ))?;
        // SAFETY: non-NULL and writable by contract.
        unsafe { out.write(helserett_case::empty(kind, evaluation_date)) };
        Ok(())
    })
}

/// Evaluates the case into the fixed-size decision `*out`, with an operator's table
/// (`helserett_params_from_json`; NULL: the built-in one). The same decision as the JSON path
/// and the Rust kernel: for every kind the common part (kind, date, id, next question,
/// reasons, what is missing, the table's hash), for an outbound case also the EEA refund
/// scheme's verdict, amounts, deadlines, routes and checklists.
///
/// # Safety
/// `patient_case` is NULL or valid; `params` is NULL or a readable `helserett_params`; `out`
/// is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate(
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

/// Evaluates the case and writes its whole decision as JSON (the bytes of
/// `helserett_evaluate_json` for the same case and table), with the buffer rules of
/// `helserett_evaluate_json`: for a kiosk or a desk that logs or forwards the decision.
///
/// # Safety
/// `patient_case` is NULL or valid; `params` is NULL or a readable `helserett_params`; `out`
/// is NULL or `out_len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_case_json(
    patient_case: *const helserett_case,
    params: *const helserett_params,
    out: *mut core::ffi::c_char,
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
            with_table(params, |t| {
                case::decide(c, t, |d| crate::json::write_json(&d, out, out_len, out_n))
            })
        }
    })
}

/// The interview's next question for the case: the most decisive unknown fact the case's
/// audience can answer. `out->fact` is `HELSERETT_FACT_NONE` when the case is settled. A
/// parameter missing from the table is never a question: the decision names it instead.
///
/// # Safety
/// `patient_case` is NULL or valid; `params` is NULL or a readable `helserett_params`; `out`
/// is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_next_question(
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
                    out.write(helserett_question::from_kernel(d.next_question()));
                    Ok(())
                })
            })
        }
    })
}

/// Records the answer to a question: `*out` becomes `*patient_case` with `fact` (at
/// treatment-date `index` for per-date facts, else -1) set from the answer text. The answered
/// case must be one the kernel decides with `params` (NULL: the built-in table).
/// `patient_case` and `out` may be the same struct.
///
/// The answer is read by the kernel as a person types it: `ja`/`nei` or `yes`/`no` in any case;
/// a choice by its number as shown, its label in bokmål or English (any case), the first words
/// of one label, or its option key; several choices separated by commas; dates as
/// `4.3.2024`, `4.3.24`, `4. mars 2024` or `2024-03-04` (several separated by commas); a
/// country by name or code (`Tyskland`, `DE`); amounts in kroner (`kr 1 234,50`); counts with
/// their unit (`84 km`); "vet ikke" marks the fact declined; "på stedet" answers the invoice
/// date. An answer that is malformed, that contradicts the rest of the case, or that names a
/// fact of another kind of case, returns the kernel's code and leaves `*out` untouched, so the
/// screen can ask again (`helserett_answer_help` says how to answer).
///
/// # Safety
/// `patient_case` is NULL or valid; `params` is NULL or a readable `helserett_params`;
/// `answer` is NULL or `answer_len` readable bytes; `out` is NULL or writable.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn helserett_case_answer(
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
        unsafe { with_table(params, |t| k.decide(t, |_| Ok(()))) }?;
        let updated = case::any_from_kernel(&k);
        // SAFETY: non-NULL and writable by contract; `c` is not used after this point.
        unsafe { out.write(updated) };
        Ok(())
    })
}

/// Writes the decision's summary for a caseworker, a desk or a clinician (the text of
/// `helserett --explain`) in `lang` into `buf` as NUL-terminated UTF-8; `*out_n` is its length
/// without the NUL. Too small: `HELSERETT_RESULT_BUFFER_TOO_SMALL` with the size needed (NUL
/// included) in `*out_n`.
///
/// # Safety
/// `patient_case` is NULL or valid; `params` is NULL or a readable `helserett_params`; `buf`
/// is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn helserett_explain(
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

/// Writes the answer as the person in front of the screen reads it (the text of
/// `helserett --view`) in `lang` into `buf`, with the buffer rules of `helserett_explain`. For
/// an outbound case the patient's view: the scheme and where it stands, what Helfo or
/// Pasientreiser still settles, the refund or the most it can be, travel, the deadline with
/// the days left, where and how to apply, the documents; no rule codes, dates as `4. mars
/// 2024`, amounts as `kr 110 000`, a rate the table lacks named. For the desk's and the
/// clinician's cases, their summary.
///
/// # Safety
/// As `helserett_explain`.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub unsafe extern "C" fn helserett_view(
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
            Text::View,
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
    /// The summary (`AnyDecision::explain`).
    Explain,
    /// The view (`AnyDecision::view`).
    View,
}

/// A text of the case's decision in `lang` (the summary, the view) into `buf`.
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
                case::decide(c, t, |d| {
                    let text = match text {
                        Text::Explain => d.explain(lang),
                        Text::View => d.view(lang),
                    };
                    crate::text::write_display(&text, buf, len, out_n)
                })
            })
        }
    })
}
