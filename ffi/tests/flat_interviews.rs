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

/// Interviews an empty case of `kind` through the one struct path until it is settled, and
/// returns the case and how many questions were asked.
fn interview(kind: helserett_case_kind, on: helserett_date) -> (helserett_case, usize) {
    let mut c = std::mem::MaybeUninit::<helserett_case>::uninit();
    // SAFETY: valid pointers.
    let r = unsafe { helserett_case_init(kind as u32, on, c.as_mut_ptr(), std::ptr::null_mut()) };
    assert_eq!(r, helserett_result::Ok);
    // SAFETY: initialised by the call above.
    let mut c = unsafe { c.assume_init() };
    let mut asked = 0;
    loop {
        let mut q = std::mem::MaybeUninit::<helserett_question>::uninit();
        // SAFETY: valid pointers; NULL is the built-in table.
        let r = unsafe {
            helserett_next_question(&c, std::ptr::null(), q.as_mut_ptr(), std::ptr::null_mut())
        };
        assert_eq!(r, helserett_result::Ok);
        // SAFETY: written on success.
        let q = unsafe { q.assume_init() };
        if q.fact == helserett_fact::None as u32 {
            break;
        }
        asked += 1;
        assert!(asked < 40, "the interview does not end");
        let before = c;
        let mut answered = false;
        for a in [answer_for(&q), "nei".to_string()] {
            // SAFETY: valid pointers; `c` is both input and output.
            let r = unsafe {
                helserett_case_answer(
                    &c,
                    std::ptr::null(),
                    q.fact,
                    q.index,
                    a.as_ptr().cast(),
                    a.len(),
                    &mut c,
                    std::ptr::null_mut(),
                )
            };
            if r == helserett_result::Ok {
                answered = true;
                break;
            }
            // Refused: untouched, and the same question comes again with another answer.
            assert_eq!(before.kind, c.kind);
        }
        assert!(answered, "fact {}", q.fact);
    }
    (c, asked)
}

#[test]
fn in_interview_through_the_struct_settles() {
    let (c, asked) = interview(helserett_case_kind::Inbound, date(2024, 7, 3));
    assert!(asked >= 3, "only {asked} questions");
    assert!(c.inbound().is_some() && c.outbound().is_none());
    let mut out = vec![0u8; 64 * 1024];
    let mut n = 0;
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_evaluate_case_json(
            &c,
            std::ptr::null(),
            out.as_mut_ptr().cast(),
            out.len(),
            &mut n,
            std::ptr::null_mut(),
        )
    };
    assert_eq!(r, helserett_result::Ok);
    let d: serde_json::Value = serde_json::from_slice(&out[..n]).unwrap();
    assert_eq!(d["next_question"], serde_json::Value::Null, "{d}");
    assert!(d["schema"]
        .as_str()
        .unwrap()
        .starts_with("helserett.inbound_decision/"));
}

#[test]
fn met_interview_through_the_struct_settles_and_null_is_refused() {
    let (_, asked) = interview(helserett_case_kind::Method, date(2026, 1, 5));
    assert!(asked >= 3, "only {asked} questions");
    // NULL is refused, naming the parameter.
    let mut q = std::mem::MaybeUninit::<helserett_question>::uninit();
    // SAFETY: a NULL case is the point.
    let r = unsafe {
        helserett_next_question(
            std::ptr::null(),
            std::ptr::null(),
            q.as_mut_ptr(),
            std::ptr::null_mut(),
        )
    };
    assert_eq!(r, helserett_result::NullParameter);
}

#[test]
fn a_kind_out_of_range_is_refused_at_kind_and_a_fact_of_another_kind_at_fact() {
    let mut c = std::mem::MaybeUninit::<helserett_case>::uninit();
    let mut d = std::mem::MaybeUninit::<helserett_error_detail>::zeroed();
    // SAFETY: valid pointers.
    let r = unsafe { helserett_case_init(7, date(2024, 7, 3), c.as_mut_ptr(), d.as_mut_ptr()) };
    assert_eq!(r, helserett_result::InvalidEnum);
    // SAFETY: written on failure.
    let path = unsafe { std::ffi::CStr::from_ptr(d.assume_init_ref().path.as_ptr()) };
    assert_eq!(path.to_str().unwrap(), "kind");
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_case_init(
            helserett_case_kind::Inbound as u32,
            date(2024, 7, 3),
            c.as_mut_ptr(),
            std::ptr::null_mut(),
        )
    };
    assert_eq!(r, helserett_result::Ok);
    // SAFETY: initialised by the call above.
    let mut c = unsafe { c.assume_init() };
    let before = c;
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_case_answer(
            &c,
            std::ptr::null(),
            helserett_fact::Need as u32,
            -1,
            b"planned".as_ptr().cast(),
            7,
            &mut c,
            d.as_mut_ptr(),
        )
    };
    assert_ne!(r, helserett_result::Ok);
    // SAFETY: written on failure.
    let path = unsafe { std::ffi::CStr::from_ptr(d.assume_init_ref().path.as_ptr()) };
    assert_eq!(path.to_str().unwrap(), "fact");
    assert_eq!(
        before.inbound().unwrap().stay.intended_stay_months,
        c.inbound().unwrap().stay.intended_stay_months
    );
}
