//! One boundary for every kind of case (issue 25): every shared vector of every kind, with its
//! schema written plainly and with escapes (`\/`, `\u005f`, an escaped key), through the C JSON
//! path and the C struct path (JSON → `helserett_case` → decision JSON), gives the bytes the
//! Rust kernel gives for the plain text (or the same error). The CLI's side is
//! `cli/tests/every_kind.rs`, Python's `python/tests/test_every_kind.py`.

use helserett::*;
use serde_json::Value;
use std::ffi::CStr;

const FILES: [&str; 3] = [
    include_str!("../../tests/vectors/eea.json"),
    include_str!("../../tests/vectors/inbound.json"),
    include_str!("../../tests/vectors/methods.json"),
];

/// The ways the same schema may be written: as is, and as other JSON writers escape it.
fn writings(input: &str) -> Vec<String> {
    let mut out = vec![input.to_string()];
    if input.contains("\"schema\":\"helserett.") {
        // PHP's default escaping of `/`.
        out.push(
            input
                .replacen("_case/", "_case\\/", 1)
                .replacen("case/2", "case\\/2", 1),
        );
        // An escaped key and an escaped `_`.
        out.push(
            input
                .replacen("\"schema\":", "\"sch\\u0065ma\":", 1)
                .replacen("inbound_case", "inbound\\u005fcase", 1)
                .replacen("method_case", "method\\u005fcase", 1),
        );
    }
    out
}

fn detail() -> helserett_error_detail {
    helserett_error_detail {
        code: 0,
        needed: 0,
        path: [0; HELSERETT_PATH_CAPACITY],
        message: [0; HELSERETT_MESSAGE_CAPACITY],
        kind: [0; helserett::HELSERETT_KIND_CAPACITY],
        id: [0; helserett::HELSERETT_ID_CAPACITY],
    }
}

fn text(field: &[core::ffi::c_char]) -> String {
    // SAFETY: the library always NUL-terminates the detail's fields.
    unsafe { CStr::from_ptr(field.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

/// A call's bytes, or its error as `code path message`.
type Outcome = Result<String, String>;

fn failed(r: helserett_result, d: &helserett_error_detail) -> String {
    format!("{} {} {}", r as u32, text(&d.path), text(&d.message))
}

/// A decision written into a buffer by `write` (the out pointer, its length, `out_n`,
/// `detail`): its text, or the error.
fn written(
    write: impl FnOnce(*mut u8, usize, *mut usize, *mut helserett_error_detail) -> helserett_result,
) -> Outcome {
    let mut out = vec![0u8; 64 * 1024];
    let (mut n, mut d) = (0usize, detail());
    match write(out.as_mut_ptr(), out.len(), &mut n, &mut d) {
        helserett_result::Ok => Ok(String::from_utf8(out[..n].to_vec()).unwrap()),
        r => Err(failed(r, &d)),
    }
}

fn c_json(input: &str) -> Outcome {
    written(|out, len, n, d| {
        // SAFETY: valid pointers and lengths; NULL is the built-in table.
        unsafe {
            helserett_evaluate_json(
                input.as_ptr().cast(),
                input.len(),
                std::ptr::null(),
                out.cast(),
                len,
                n,
                d,
            )
        }
    })
}

fn c_struct(input: &str) -> Outcome {
    let mut c = std::mem::MaybeUninit::<helserett_case>::uninit();
    let mut d = detail();
    // SAFETY: valid pointers and lengths.
    let r = unsafe {
        helserett_case_from_json(input.as_ptr().cast(), input.len(), c.as_mut_ptr(), &mut d)
    };
    if r != helserett_result::Ok {
        return Err(failed(r, &d));
    }
    // SAFETY: written on success.
    let c = unsafe { c.assume_init() };
    written(|out, len, n, d| {
        // SAFETY: valid pointers and lengths; NULL is the built-in table.
        unsafe { helserett_evaluate_case_json(&c, std::ptr::null(), out.cast(), len, n, d) }
    })
}

#[test]
fn every_vector_of_every_kind_with_every_schema_writing_gives_the_same_bytes() {
    let mut checked = [0usize; 3];
    for (k, file) in FILES.iter().enumerate() {
        let v: Value = serde_json::from_str(file).unwrap();
        for t in v["tests"].as_array().unwrap() {
            let id = t["id"].as_str().unwrap();
            let input = t["input"].as_str().unwrap();
            let plain = c_json(input);
            match (&plain, t.get("expected")) {
                (Ok(got), Some(want)) => assert_eq!(got, want.as_str().unwrap(), "{id}"),
                (Err(_), None) => {}
                (got, _) => panic!("{id}: {got:?} against the vector"),
            }
            for w in writings(input) {
                assert_eq!(c_json(&w), plain, "{id}: JSON path, {w:.80}");
                // A document the reader refuses is refused by both paths alike; one it reads
                // goes through the struct to the same decision bytes.
                if plain.is_ok() {
                    assert_eq!(c_struct(&w), plain, "{id}: struct path, {w:.80}");
                }
                checked[k] += 1;
            }
        }
    }
    // Each kind's vectors, each in its three writings (errors without a schema: one).
    assert!(checked.iter().all(|n| *n >= 20), "{checked:?}");
}
