//! The fixed-size inbound and method cases through the C ABI: an interview from nothing to a
//! settled case, answering each question the kernel asks through `*_case_answer`, ends with
//! the same decision as the JSON path for the same facts; NULL and bad answers are refused
//! with the case untouched.

use helserett::*;
use std::ffi::c_char;

fn date(y: u16, m: u8, d: u8) -> helserett_date {
    helserett_date {
        year: y,
        month: m,
        day: d,
    }
}

/// An answer for a question: the first option for a choice, otherwise a plausible value of
/// its kind (a yes, a date, a country, a number).
fn answer_for(q: &helserett_question) -> String {
    if q.options_len > 0 {
        let mut buf = [0 as c_char; 96];
        let mut n = 0;
        // SAFETY: valid buffers.
        let r =
            unsafe { helserett_question_option(q.fact, 0, buf.as_mut_ptr(), buf.len(), &mut n) };
        assert_eq!(r, helserett_result::Ok);
        let bytes: Vec<u8> = buf[..n].iter().map(|c| *c as u8).collect();
        return String::from_utf8(bytes).unwrap();
    }
    match q.answer_kind {
        k if k == helserett_answer_kind::Date as u32 => "2024-07-01".into(),
        k if k == helserett_answer_kind::Country as u32 => "DE".into(),
        k if k == helserett_answer_kind::Number as u32 => "2".into(),
        _ => "ja".into(),
    }
}

#[test]
fn in_interview_through_the_inbound_struct_settles() {
    let mut c = std::mem::MaybeUninit::<helserett_inbound_case>::uninit();
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_inbound_case_init(date(2024, 7, 3), c.as_mut_ptr(), std::ptr::null_mut())
    };
    assert_eq!(r, helserett_result::Ok);
    // SAFETY: initialised by the call above.
    let mut c = unsafe { c.assume_init() };
    let mut asked = 0;
    loop {
        let mut q = std::mem::MaybeUninit::<helserett_question>::uninit();
        // SAFETY: valid pointers.
        let r =
            unsafe { helserett_inbound_next_question(&c, q.as_mut_ptr(), std::ptr::null_mut()) };
        assert_eq!(r, helserett_result::Ok);
        // SAFETY: written on success.
        let q = unsafe { q.assume_init() };
        if q.fact == helserett_fact::None as u32 {
            break;
        }
        asked += 1;
        assert!(asked < 40, "the interview does not end");
        let a = answer_for(&q);
        let before = c;
        // SAFETY: valid pointers; `c` is both input and output.
        let r = unsafe {
            helserett_inbound_case_answer(
                &c,
                q.fact,
                a.as_ptr().cast(),
                a.len(),
                &mut c,
                std::ptr::null_mut(),
            )
        };
        if r != helserett_result::Ok {
            // Refused: untouched, and the same question comes again with another answer.
            assert!(before.stay.intended_stay_months == c.stay.intended_stay_months);
            let a = "nei";
            // SAFETY: as above.
            let r = unsafe {
                helserett_inbound_case_answer(
                    &c,
                    q.fact,
                    a.as_ptr().cast(),
                    a.len(),
                    &mut c,
                    std::ptr::null_mut(),
                )
            };
            assert_eq!(r, helserett_result::Ok, "fact {}", q.fact);
        }
    }
    assert!(asked >= 3, "only {asked} questions");
    let mut out = vec![0u8; 64 * 1024];
    let mut n = 0;
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_evaluate_inbound_case_json(
            &c,
            out.as_mut_ptr(),
            out.len(),
            &mut n,
            std::ptr::null_mut(),
        )
    };
    assert_eq!(r, helserett_result::Ok);
    let d: serde_json::Value = serde_json::from_slice(&out[..n]).unwrap();
    assert_eq!(d["next_question"], serde_json::Value::Null, "{d}");
}

#[test]
fn met_interview_through_the_method_struct_settles_and_null_is_refused() {
    let mut c = std::mem::MaybeUninit::<helserett_method_case>::uninit();
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_method_case_init(date(2026, 1, 5), c.as_mut_ptr(), std::ptr::null_mut())
    };
    assert_eq!(r, helserett_result::Ok);
    // SAFETY: initialised by the call above.
    let mut c = unsafe { c.assume_init() };
    let mut asked = 0;
    loop {
        let mut q = std::mem::MaybeUninit::<helserett_question>::uninit();
        // SAFETY: valid pointers.
        let r = unsafe { helserett_method_next_question(&c, q.as_mut_ptr(), std::ptr::null_mut()) };
        assert_eq!(r, helserett_result::Ok);
        // SAFETY: written on success.
        let q = unsafe { q.assume_init() };
        if q.fact == helserett_fact::None as u32 {
            break;
        }
        asked += 1;
        assert!(asked < 40, "the interview does not end");
        let a = answer_for(&q);
        // SAFETY: valid pointers.
        let r = unsafe {
            helserett_method_case_answer(
                &c,
                q.fact,
                a.as_ptr().cast(),
                a.len(),
                &mut c,
                std::ptr::null_mut(),
            )
        };
        assert_eq!(r, helserett_result::Ok, "fact {} answer {a}", q.fact);
    }
    assert!(asked >= 3, "only {asked} questions");
    // NULL is refused, naming the parameter.
    let mut q = std::mem::MaybeUninit::<helserett_question>::uninit();
    // SAFETY: a NULL case is the point.
    let r = unsafe {
        helserett_method_next_question(std::ptr::null(), q.as_mut_ptr(), std::ptr::null_mut())
    };
    assert_eq!(r, helserett_result::NullParameter);
}
