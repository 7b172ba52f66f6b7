//! # helserett-web
//!
//! The kernel as a WebAssembly module for the web kiosk (`web/kiosk/`): the JSON boundary of
//! the C ABI over linear memory, with its contract: every call returns a status (0, or the
//! kernel's error code), writes its output only on success, and on a short buffer reports the
//! size needed. No allocator: the page writes its inputs into the module's one scratch buffer
//! (`hr_buffer`) and reads the outputs from it; the last error is kept as JSON beside it
//! (`hr_error`). Every case call takes any kind of case (its `schema`) and an optional
//! parameter file (`helserett.params/1`; `params_mode` 0 overlays it on the built-in table, 1
//! uses it alone; length 0: the built-in table). Nothing here decides: the kernel does, and
//! this crate translates.
#![no_std]
#![deny(missing_docs)]

mod boundary;
mod question;

use boundary::{input, output, Failure};
use helserett::error::{Error, ErrorKind};
use helserett::fact::SetError;
use helserett::json::{params_from_json, ParamsMode};
use helserett::{AnyCase, Lang, Params};

pub use boundary::{hr_buffer, hr_buffer_len, hr_error, hr_error_len, hr_output, hr_output_len};

/// A status: 0 for success, else the kernel's error code (`BUFFER_TOO_SMALL`: `*out_n` is the
/// size needed).
pub type Status = u32;

/// Runs `f` with the table given (none: the built-in one).
fn with_table<'a, R>(
    params: &[u8],
    mode: u32,
    f: impl FnOnce(Params<'_>) -> Result<R, Failure<'a>>,
) -> Result<R, Failure<'a>> {
    let mode = match mode {
        0 => ParamsMode::Overlay,
        1 => ParamsMode::Replace,
        _ => return Err(Failure::at(ErrorKind::InvalidValue, &"params_mode")),
    };
    if params.is_empty() {
        return f(Params::builtin());
    }
    let table = params_from_json(params, mode)?;
    table.with_params(f)
}

/// Reads the case of any kind and the table, and hands the case's decision to `then` where it
/// was made.
fn decide<'a>(
    case: &[u8],
    params: &[u8],
    mode: u32,
    then: impl FnOnce(helserett::AnyDecision<'_, '_>) -> Result<(), Failure<'a>>,
) -> Result<(), Failure<'a>> {
    let case = AnyCase::from_json(case)?;
    with_table(params, mode, |p| case.decide(p, then))
}

/// The language with this code: 0 bokmål, 1 English (the C ABI's numbers).
fn lang<'a>(code: u32) -> Result<Lang, Failure<'a>> {
    match code {
        0 => Ok(Lang::Nb),
        1 => Ok(Lang::En),
        _ => Err(Failure::at(ErrorKind::InvalidValue, &"lang")),
    }
}

/// Decides a case of any kind given as JSON and writes its decision JSON: the bytes of the C
/// ABI's `helserett_evaluate_json`, the CLI and Python.
///
/// # Safety
/// Every pointer lies in the scratch buffer with its length (checked: anything else is an
/// error, not a read).
#[no_mangle]
pub unsafe extern "C" fn helserett_evaluate_json(
    case: *const u8,
    case_len: usize,
    params: *const u8,
    params_len: usize,
    params_mode: u32,
    out: *mut u8,
    out_cap: usize,
    out_n: *mut usize,
) -> Status {
    boundary::run(|| {
        let case = input(case, case_len, &"case_json")?;
        let params = input(params, params_len, &"params_json")?;
        let out = output(out, out_cap, out_n)?;
        with_table(params, params_mode, |p| {
            out.write(|buf| helserett::evaluate_json_with(case, p, buf))
        })
    })
}

/// Writes the case's next question as JSON, for a screen to ask: `{"fact", "index", "answer",
/// "text", "hint", "options": [{"key", "label"}]}` in `lang` (0 bokmål, 1 English), or
/// `null` when the case is settled.
///
/// # Safety
/// As `helserett_evaluate_json`.
#[no_mangle]
pub unsafe extern "C" fn helserett_question_json(
    case: *const u8,
    case_len: usize,
    params: *const u8,
    params_len: usize,
    params_mode: u32,
    lang_code: u32,
    out: *mut u8,
    out_cap: usize,
    out_n: *mut usize,
) -> Status {
    boundary::run(|| {
        let case = input(case, case_len, &"case_json")?;
        let params = input(params, params_len, &"params_json")?;
        let lang = lang(lang_code)?;
        let out = output(out, out_cap, out_n)?;
        decide(case, params, params_mode, |d| {
            let q = question::QuestionOut::of(d.next_question(), lang);
            out.write(|buf| helserett::json::to_slice(&q, buf))
        })
    })
}

/// Records a person's answer `text` to the fact at JSON path `fact` (treatment date `index`
/// for a per-date fact, else -1) and writes the updated case JSON. A refused answer returns
/// the kernel's code, and the error JSON (`hr_error`) carries `help`: what the person is told,
/// in `lang`.
///
/// # Safety
/// As `helserett_evaluate_json`.
#[no_mangle]
pub unsafe extern "C" fn helserett_answer_json(
    case: *const u8,
    case_len: usize,
    params: *const u8,
    params_len: usize,
    params_mode: u32,
    fact: *const u8,
    fact_len: usize,
    index: i32,
    text: *const u8,
    text_len: usize,
    lang_code: u32,
    out: *mut u8,
    out_cap: usize,
    out_n: *mut usize,
) -> Status {
    boundary::run(|| {
        let case = input(case, case_len, &"case_json")?;
        let params = input(params, params_len, &"params_json")?;
        let fact = utf8(input(fact, fact_len, &"fact")?, &"fact")?;
        let text = utf8(input(text, text_len, &"answer")?, &"answer")?;
        let lang = lang(lang_code)?;
        let out = output(out, out_cap, out_n)?;
        let mut case = AnyCase::from_json(case)?;
        let Some(fact) = case
            .kind()
            .facts()
            .iter()
            .copied()
            .find(|f| f.path() == fact)
        else {
            return Err(Failure::at(ErrorKind::InvalidValue, &"fact"));
        };
        let index = if fact.per_date() {
            Some(
                usize::try_from(index)
                    .map_err(|_| Failure::at(ErrorKind::InvalidValue, &"index"))?,
            )
        } else {
            None
        };
        let refused = |e: Error| Failure::Answer(e, fact, lang, text);
        case.answer(fact, index, text).map_err(|e| match e {
            SetError::Invalid(e) => refused(e),
            SetError::NoSuchDate => Failure::at(ErrorKind::InvalidValue, &"index"),
        })?;
        // The answer must leave a case the kernel decides (ranges, consistency, the table).
        with_table(params, params_mode, |p| {
            case.decide(p, |_| Ok::<_, Failure>(()))
        })
        .map_err(|f| match f {
            Failure::Kernel(e) => refused(e),
            other => other,
        })?;
        out.write(|buf| case.to_json(buf))
    })
}

/// Writes a text of the case's decision in `lang`: `which` 0 is the view (what the person in
/// front of the screen reads: the patient view of a case of treatment abroad), 1 the summary
/// for a caseworker, a desk or a clinician.
///
/// # Safety
/// As `helserett_evaluate_json`.
#[no_mangle]
pub unsafe extern "C" fn helserett_text_json(
    case: *const u8,
    case_len: usize,
    params: *const u8,
    params_len: usize,
    params_mode: u32,
    which: u32,
    lang_code: u32,
    out: *mut u8,
    out_cap: usize,
    out_n: *mut usize,
) -> Status {
    boundary::run(|| {
        let case = input(case, case_len, &"case_json")?;
        let params = input(params, params_len, &"params_json")?;
        let lang = lang(lang_code)?;
        let view = match which {
            0 => true,
            1 => false,
            _ => return Err(Failure::at(ErrorKind::InvalidValue, &"which")),
        };
        let out = output(out, out_cap, out_n)?;
        decide(case, params, params_mode, |d| {
            let text = if view { d.view(lang) } else { d.explain(lang) };
            out.write_display(&text)
        })
    })
}

/// Writes the screen's own words in `lang` as one JSON object, `{code: text}`: the kernel's
/// view texts (`kiosk_title`, `dont_know_button`, `new_patient` …), so that the page holds no
/// translation of its own.
///
/// # Safety
/// As `helserett_evaluate_json`.
#[no_mangle]
pub unsafe extern "C" fn helserett_ui_texts_json(
    lang_code: u32,
    out: *mut u8,
    out_cap: usize,
    out_n: *mut usize,
) -> Status {
    boundary::run(|| {
        let lang = lang(lang_code)?;
        let out = output(out, out_cap, out_n)?;
        out.write(|buf| helserett::json::to_slice(&question::UiTexts(lang), buf))
    })
}

fn utf8<'a>(bytes: &'a [u8], field: &'static &'static str) -> Result<&'a str, Failure<'a>> {
    core::str::from_utf8(bytes).map_err(|_| Failure::at(ErrorKind::InvalidValue, field))
}

#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    // The kernel does not panic on any input (its hostile-input tests); should it, the module
    // traps and the page reports an internal error.
    core::arch::wasm32::unreachable()
}
