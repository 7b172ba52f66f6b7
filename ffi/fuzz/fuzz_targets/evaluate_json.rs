//! Any bytes into `helserett_evaluate_json`: never a crash, a panic or a sanitizer report;
//! exactly the texts a strict JSON parser (serde_json) refuses get `syntax` (a differential
//! check of the RFC 8259 reader); a buffer one byte short is left untouched; and every accepted
//! case gives the same bytes through the fixed-size struct path, with buffer sizes that agree
//! with the size query, and an explanation that also leaves a short buffer untouched.
#![no_main]

use helserett::*;
use libfuzzer_sys::fuzz_target;
use std::ptr::null_mut;

fuzz_target!(|data: &[u8]| {
    let mut out = vec![0u8; 64 * 1024];
    let mut n = 0usize;
    // SAFETY: valid pointers and lengths.
    let r = unsafe {
        helserett_evaluate_json(
            data.as_ptr().cast(),
            data.len(),
            std::ptr::null(),
            out.as_mut_ptr().cast(),
            out.len(),
            &mut n,
            null_mut(),
        )
    };
    strict_agrees(data, r);
    if r != helserett_result::Ok {
        assert!(
            r as u32 >= 100 && r != helserett_result::Panic && r != helserett_result::Internal,
            "{r:?}"
        );
        return;
    }
    untouched_when_short(n, |buf, len, k| unsafe {
        helserett_evaluate_json(data.as_ptr().cast(), data.len(), std::ptr::null(), buf.cast(), len, k, null_mut())
    });
    assert!(std::str::from_utf8(&out[..n]).is_ok());

    let mut needed = 0usize;
    // SAFETY: the size query.
    let q = unsafe {
        helserett_evaluate_json(
            data.as_ptr().cast(),
            data.len(),
            std::ptr::null(),
            null_mut(),
            0,
            &mut needed,
            null_mut(),
        )
    };
    assert_eq!((q, needed), (helserett_result::BufferTooSmall, n));
    // The struct path below is the outbound case's; an inbound or method case (its `schema`
    // says so) has only the JSON path checked above.
    if kernel::json::case_kind_of_json(data) != kernel::CaseKind::Outbound {
        return;
    }

    let mut case = std::mem::MaybeUninit::<helserett_case>::uninit();
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_case_from_json(data.as_ptr().cast(), data.len(), case.as_mut_ptr(), null_mut())
    };
    assert_eq!(r, helserett_result::Ok);
    // SAFETY: written on success.
    let case = unsafe { case.assume_init() };
    let mut again = vec![0u8; 64 * 1024];
    let mut m = 0usize;
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_evaluate_case_json(&case, std::ptr::null(), again.as_mut_ptr().cast(), again.len(), &mut m, null_mut())
    };
    assert_eq!(r, helserett_result::Ok);
    assert_eq!(
        &out[..n],
        &again[..m],
        "struct path differs from the JSON path"
    );

    let mut e = 0usize;
    // SAFETY: the size query.
    let q = unsafe { helserett_explain(&case, std::ptr::null(), 0, null_mut(), 0, &mut e, null_mut()) };
    assert_eq!(q, helserett_result::BufferTooSmall);
    untouched_when_short(e, |buf, len, k| unsafe {
        helserett_explain(&case, std::ptr::null(), 0, buf.cast(), len, k, null_mut())
    });
});

/// The kernel says `syntax` exactly when a strict parser finds the text is not JSON (with the
/// kernel's documented choices: a leading byte order mark ignored, nesting beyond 32 refused).
fn strict_agrees(data: &[u8], r: helserett_result) {
    let text = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    if data.is_empty() || data.len() > HELSERETT_MAX_INPUT_LEN {
        return;
    }
    let kernel_syntax = r == helserett_result::Syntax;
    let strict = serde_json::from_slice::<serde_json::Value>(text);
    let strict_syntax = match &strict {
        Ok(_) => false,
        // serde_json stops at a number beyond f64 (`1e400`), which RFC 8259 allows: it has not
        // judged the rest of the text, so there is nothing to compare.
        Err(e) if e.to_string().starts_with("number out of range") => return,
        Err(e) => matches!(
            e.classify(),
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof
        ),
    };
    if strict_syntax {
        assert!(
            kernel_syntax,
            "not JSON to serde_json ({:?}), but the kernel said {r:?}",
            strict.err()
        );
    } else if kernel_syntax && nesting(text) <= 32 {
        panic!("JSON to serde_json, but the kernel said syntax");
    }
}

/// The deepest nesting of brackets outside strings.
fn nesting(text: &[u8]) -> usize {
    let (mut depth, mut max, mut in_str, mut esc) = (0usize, 0, false, false);
    for b in text {
        match (in_str, esc, b) {
            (true, true, _) => esc = false,
            (true, false, b'\\') => esc = true,
            (true, false, b'"') => in_str = false,
            (false, _, b'"') => in_str = true,
            (false, _, b'[' | b'{') => {
                depth += 1;
                max = max.max(depth);
            }
            (false, _, b']' | b'}') => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// One byte short of `needed`: the size needed comes back and the buffer is not touched.
fn untouched_when_short(
    needed: usize,
    call: impl Fn(*mut u8, usize, &mut usize) -> helserett_result,
) {
    let mut buf = vec![0xA5u8; needed];
    let mut k = 0usize;
    assert_eq!(
        call(buf.as_mut_ptr(), needed - 1, &mut k),
        helserett_result::BufferTooSmall
    );
    assert_eq!(k, needed);
    assert!(
        buf.iter().all(|b| *b == 0xA5),
        "a buffer too small was written"
    );
}
