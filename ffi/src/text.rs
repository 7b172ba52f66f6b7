//! Texts by number and language: the library version, result codes, reasons, questions and
//! their options, fact paths, documents and routes. Every text comes from the kernel's tables,
//! so C prints exactly what Rust and Python print.

use crate::boundary::{out_ptr, output, run_plain, set_len, write_text, Failure};
use crate::enums::{fact_from_number, helserett_route, lang, CEnum};
use crate::result::helserett_result;
use core::ffi::c_char;
use core::fmt::{Display, Write};
use kernel::document::DocumentCode;
use kernel::error::{Error, ErrorKind};
use kernel::question::Question;
use kernel::ReasonCode;

/// The library version, NUL-terminated, with static lifetime: the same as `HELSERETT_VERSION`
/// in the header the program was compiled against (compare the two to detect a mismatch).
#[no_mangle]
pub extern "C" fn helserett_version() -> *const c_char {
    concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast()
}

/// Writes a one-line English description of a result code into `buf` (NUL-terminated);
/// `*out_n` is its length. An unknown code is `HELSERETT_RESULT_INVALID_ENUM`.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_error_text(
    code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let r = helserett_result::from_u32(code)
            .ok_or(Failure::at(helserett_result::InvalidEnum, &"code"))?;
        // SAFETY: forwarded caller contract.
        unsafe { write_text(r.text(), buf, len, out_n) }
    })
}

fn reason(number: u32) -> Result<ReasonCode, Failure> {
    u16::try_from(number)
        .ok()
        .and_then(ReasonCode::from_number)
        .ok_or(Failure::at(helserett_result::InvalidEnum, &"reason"))
}

/// Writes a reason's text in `lang` (a `helserett_lang`) into `buf`, NUL-terminated.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_reason_text(
    reason_number: u32,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let text = reason(reason_number)?.text(lang(lang_code)?);
        // SAFETY: forwarded caller contract.
        unsafe { write_text(text, buf, len, out_n) }
    })
}

/// Writes a reason's stable code (`EEA_RATE_IN_FORCE`) into `buf`, NUL-terminated.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_reason_code(
    reason_number: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let text = reason(reason_number)?.code();
        // SAFETY: forwarded caller contract.
        unsafe { write_text(text, buf, len, out_n) }
    })
}

/// Writes the rule ID a reason cites (`EEA-08`) into `buf`, NUL-terminated.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_reason_rule(
    reason_number: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let text = reason(reason_number)?.rule();
        // SAFETY: forwarded caller contract.
        unsafe { write_text(text, buf, len, out_n) }
    })
}

/// Writes the question that asks for `fact` (a `helserett_fact`) in `lang` into `buf`.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_question_text(
    fact: u32,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let q = Question {
            fact: fact_from_number(fact)?,
            index: None,
        };
        let text = q.text(lang(lang_code)?);
        // SAFETY: forwarded caller contract.
        unsafe { write_text(text, buf, len, out_n) }
    })
}

/// Writes option `option` (0-based, below the question's `options_len`) of a choice question
/// into `buf`: the exact text `helserett_case_answer` accepts.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_question_option(
    fact: u32,
    option: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let q = Question {
            fact: fact_from_number(fact)?,
            index: None,
        };
        let text = q
            .kind()
            .options()
            .get(option as usize)
            .ok_or(Failure::at(helserett_result::IndexOutOfRange, &"option"))?;
        // SAFETY: forwarded caller contract.
        unsafe { write_text(text, buf, len, out_n) }
    })
}

/// Writes the JSON path of a fact (`treatment.country`) into `buf`.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_fact_path(
    fact: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let text = fact_from_number(fact)?.path();
        // SAFETY: forwarded caller contract.
        unsafe { write_text(text, buf, len, out_n) }
    })
}

/// Writes a checklist document's description in `lang` into `buf`.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_document_text(
    document: u32,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let doc = DocumentCode::ALL
            .iter()
            .find(|d| u32::from(d.number()) == document)
            .ok_or(Failure::at(helserett_result::InvalidEnum, &"document"))?;
        let text = doc.text(lang(lang_code)?);
        // SAFETY: forwarded caller contract.
        unsafe { write_text(text, buf, len, out_n) }
    })
}

/// Writes a route's stable name (`eea_refund`) into `buf`.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_route_name(
    route: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let r = helserett_route::decode(route, kernel::error::FieldPath::ROOT)
            .ok()
            .flatten()
            .ok_or(Failure::at(helserett_result::InvalidEnum, &"route"))?;
        // SAFETY: forwarded caller contract.
        unsafe { write_text(r.as_str(), buf, len, out_n) }
    })
}

/// Counts what a `Display` writes while copying what fits.
struct Sink<'a> {
    out: Option<&'a mut [u8]>,
    len: usize,
}

impl Write for Sink<'_> {
    fn write_str(&mut self, s: &str) -> core::fmt::Result {
        let end = self.len + s.len();
        if let Some(out) = self.out.as_deref_mut() {
            // Keep the last byte for the NUL.
            if end < out.len() {
                out[self.len..end].copy_from_slice(s.as_bytes());
            }
        }
        self.len = end;
        Ok(())
    }
}

/// Writes a `Display` value into the caller's buffer with a NUL, like [`write_text`], without
/// an intermediate allocation.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is writable (checked non-NULL).
pub(crate) unsafe fn write_display(
    value: &impl Display,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> Result<(), Failure> {
    let out_n = out_ptr(out_n, &"out_n")?;
    // SAFETY: forwarded caller contract.
    let out = unsafe { output(buf.cast(), len, &"buf") }?;
    let capacity = out.as_ref().map_or(0, |o| o.len());
    // Display impls of the kernel do not fail; a failure would be a bug, reported as one.
    let internal = |_| Failure::Kernel(Error::at_root(ErrorKind::Internal));
    // Counted first, so that a buffer too small is left untouched (outputs only on success).
    let mut count = Sink { out: None, len: 0 };
    write!(count, "{value}").map_err(internal)?;
    let needed = count.len + 1;
    if needed > capacity {
        set_len(out_n, needed);
        return Err(Failure::Kernel(Error::at_root(ErrorKind::BufferTooSmall {
            needed,
        })));
    }
    let mut sink = Sink { out, len: 0 };
    write!(sink, "{value}").map_err(internal)?;
    if let Some(out) = sink.out {
        out[sink.len] = 0;
    }
    set_len(out_n, sink.len);
    Ok(())
}

/// Writes the catalogue's text of `kind` (a `helserett_text_kind`) number `number` in `lang`
/// into `buf`, NUL-terminated: every user-facing string of the kernel (reasons, documents,
/// questions, routes, verdicts, payers, channels, bodies, appeals, coverage, applicants,
/// requirements, explanation labels, parameter names), in bokmål or English. Numbers are each
/// kind's own: the reason, document or fact number, or the 1-based position in the kernel's
/// enum for the rest (a verdict is 1 eligible, 2 not eligible, 3 undetermined, as
/// `helserett_verdict`; a route is its `helserett_route`). A number with no text is
/// `HELSERETT_RESULT_INVALID_ENUM` naming `number`.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_text(
    kind: u32,
    number: u32,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let kind = kernel::catalogue::TextKind::from_number(kind)
            .ok_or(Failure::at(helserett_result::InvalidEnum, &"kind"))?;
        let text = kernel::catalogue::text(kind, number, lang(lang_code)?)
            .ok_or(Failure::at(helserett_result::InvalidEnum, &"number"))?;
        // SAFETY: forwarded caller contract.
        unsafe { write_text(text, buf, len, out_n) }
    })
}

/// Writes the label of option `option` of a choice question in `lang` into `buf`, for a kiosk
/// to show (`helserett_question_option` gives the value to answer with).
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_option_label(
    fact: u32,
    option: u32,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let lang = lang(lang_code)?;
        let text = fact_from_number(fact)?
            .option_label(option as usize, lang)
            .ok_or(Failure::at(helserett_result::IndexOutOfRange, &"option"))?;
        // SAFETY: forwarded caller contract.
        unsafe { write_text(text, buf, len, out_n) }
    })
}

/// Writes what a person is told about an answer to `fact` in `lang` into `buf`: with
/// `error_code` 0, how to answer it (the hint beside the question: "Skriv datoen slik:
/// 4.3.2024 eller 4. mars 2024."); with the code `helserett_case_answer` returned (for a case
/// of any kind), what was wrong with `answer` and how to answer instead ("Skriv
/// beløpet i norske kroner …" for `12 000 euro`). The kiosk shows this, never the error's
/// English message, which is for the log.
///
/// # Safety
/// `answer` is NULL (only with `error_code` 0) or `answer_len` readable bytes; `buf` is NULL or
/// `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_answer_help(
    fact: u32,
    error_code: u32,
    answer: *const c_char,
    answer_len: usize,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let lang = lang(lang_code)?;
        let fact = fact_from_number(fact)?;
        let typed = if answer.is_null() && error_code == 0 {
            &[][..]
        } else {
            // SAFETY: caller contract.
            unsafe { crate::boundary::input(answer.cast(), answer_len, &"answer") }?
        };
        let typed = core::str::from_utf8(typed)
            .map_err(|_| Failure::at(helserett_result::InvalidUtf8, &"answer"))?;
        let help = match error_code {
            0 => kernel::answer::hint(fact),
            code => {
                let kind = ErrorKind::ONE_PER_CODE
                    .iter()
                    .find(|k| k.code() == code)
                    .ok_or(Failure::at(helserett_result::InvalidEnum, &"error_code"))?;
                kernel::answer::help(fact, *kind, typed)
            }
        };
        // SAFETY: forwarded caller contract.
        unsafe { write_text(help.text(lang), buf, len, out_n) }
    })
}

/// Whether `answer` asks to take the previous answer back (`tilbake`, `Tilbake`, `angre`,
/// `back`, …, in any case): the kernel's words, so a kiosk keeps no list of its own. NULL or
/// text that is not UTF-8 is no such request.
///
/// # Safety
/// `answer` is NULL or `answer_len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn helserett_answer_is_back(
    answer: *const c_char,
    answer_len: usize,
) -> bool {
    if answer.is_null() || answer_len > crate::boundary::HELSERETT_MAX_INPUT_LEN {
        return false;
    }
    // SAFETY: non-NULL, at most 1 MiB, readable for `answer_len` bytes by the caller's contract.
    let bytes = unsafe { core::slice::from_raw_parts(answer.cast::<u8>(), answer_len) };
    // Inside the panic boundary as every entry point is, though nothing here can panic.
    std::panic::catch_unwind(|| core::str::from_utf8(bytes).is_ok_and(kernel::answer::is_back))
        .unwrap_or(false)
}

/// Writes the phrase of the patient view or the kiosk screen named `code` (`kiosk_intro`,
/// `next_patient`, `timed_out`, … as `ViewText` in the kernel lists them) in `lang` into
/// `buf`: a kiosk or a web page keeps no texts of its own. An unknown code is
/// `HELSERETT_RESULT_INVALID_ENUM`.
///
/// # Safety
/// `code` is NULL or `code_len` readable bytes; `buf` is NULL or `len` writable bytes; `out_n`
/// is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_view_text(
    code: *const c_char,
    code_len: usize,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let lang = lang(lang_code)?;
        // SAFETY: caller contract.
        let code = unsafe { crate::boundary::input(code.cast(), code_len, &"code") }?;
        let text = core::str::from_utf8(code)
            .ok()
            .and_then(kernel::view::ViewText::from_code)
            .ok_or(Failure::at(helserett_result::InvalidEnum, &"code"))?
            .text(lang);
        // SAFETY: forwarded caller contract.
        unsafe { write_text(text, buf, len, out_n) }
    })
}

/// Writes `date` as a person reads it in `lang` (`4. mars 2024`, `4 March 2024`) into `buf`.
/// A date that does not exist is `HELSERETT_RESULT_INVALID_DATE`.
///
/// # Safety
/// `buf` is NULL or `len` writable bytes; `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_date_text(
    date: crate::case::helserett_date,
    lang_code: u32,
    buf: *mut c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    run_plain(|| {
        let lang = lang(lang_code)?;
        let d = kernel::Date::new(date.year, date.month, date.day).map_err(|e| {
            Failure::Kernel(Error::new(
                ErrorKind::InvalidDate(e),
                kernel::error::FieldPath::of(&["date"]),
            ))
        })?;
        // SAFETY: forwarded caller contract.
        unsafe { write_display(&kernel::view::LongDate(d, lang), buf, len, out_n) }
    })
}
