//! Any bytes into `helserett_evaluate_json`: never a crash, a panic or a sanitizer report, and
//! every accepted case gives the same bytes through the fixed-size struct path, with buffer
//! sizes that agree with the size query.
#![no_main]

use helserett::*;
use libfuzzer_sys::fuzz_target;
use std::ptr::null_mut;

fuzz_target!(|data: &[u8]| {
    let mut out = vec![0u8; 64 * 1024];
    let mut n = 0usize;
    // SAFETY: valid pointers and lengths.
    let r = unsafe {
        helserett_evaluate_json(data.as_ptr(), data.len(), out.as_mut_ptr(), out.len(), &mut n, null_mut())
    };
    if r != helserett_result::Ok {
        assert!(r as u32 >= 100 && r != helserett_result::Panic && r != helserett_result::Internal, "{r:?}");
        return;
    }
    assert!(std::str::from_utf8(&out[..n]).is_ok());

    let mut needed = 0usize;
    // SAFETY: the size query.
    let q = unsafe { helserett_evaluate_json(data.as_ptr(), data.len(), null_mut(), 0, &mut needed, null_mut()) };
    assert_eq!((q, needed), (helserett_result::BufferTooSmall, n));

    let mut case = std::mem::MaybeUninit::<helserett_case>::uninit();
    // SAFETY: valid pointers.
    let r = unsafe { helserett_case_from_json(data.as_ptr(), data.len(), case.as_mut_ptr(), null_mut()) };
    assert_eq!(r, helserett_result::Ok);
    // SAFETY: written on success.
    let case = unsafe { case.assume_init() };
    let mut again = vec![0u8; 64 * 1024];
    let mut m = 0usize;
    // SAFETY: valid pointers.
    let r = unsafe { helserett_evaluate_case_json(&case, again.as_mut_ptr(), again.len(), &mut m, null_mut()) };
    assert_eq!(r, helserett_result::Ok);
    assert_eq!(&out[..n], &again[..m], "struct path differs from the JSON path");
});
