//! Bad input at the boundary: each returns its documented code, never a crash. NULL for every
//! pointer, lengths of 0 and huge, non-UTF-8, unterminated strings, out-of-range enums,
//! too-small buffers, the size query, and indexes past the end.

use core::ffi::c_char;
use helserett::*;
use std::ffi::CStr;
use std::ptr::{null, null_mut};

const EXAMPLE: &[u8] = include_bytes!("../../tests/cases/example_patient.json");
const R: fn(helserett_result) -> u32 = |r| r as u32;

/// A change to a valid case that makes one field bad.
type Edit = Box<dyn Fn(&mut helserett_case)>;

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

fn s(field: &[c_char]) -> String {
    // SAFETY: NUL-terminated by the library.
    unsafe { CStr::from_ptr(field.as_ptr()) }
        .to_str()
        .unwrap()
        .to_owned()
}

fn example_case() -> helserett_case {
    let mut c = std::mem::MaybeUninit::uninit();
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_case_from_json(
            EXAMPLE.as_ptr().cast(),
            EXAMPLE.len(),
            c.as_mut_ptr(),
            null_mut(),
        )
    };
    assert_eq!(r, helserett_result::Ok);
    // SAFETY: written on success.
    unsafe { c.assume_init() }
}

fn eval_json(
    input: *const u8,
    len: usize,
    out: *mut u8,
    out_len: usize,
    out_n: *mut usize,
) -> (helserett_result, helserett_error_detail) {
    let mut d = detail();
    // SAFETY: the tests pass NULL or valid pointers; lengths match or are rejected first.
    let r = unsafe {
        helserett_evaluate_json(
            input.cast(),
            len,
            null(),
            out.cast(),
            out_len,
            out_n,
            &mut d,
        )
    };
    (r, d)
}

#[test]
fn json_entry_point_null_pointers() {
    let mut out = [0u8; 16384];
    let mut n = 0;
    let (r, d) = eval_json(null(), 10, out.as_mut_ptr(), out.len(), &mut n);
    assert_eq!(r, helserett_result::NullParameter);
    assert_eq!(s(&d.path), "case_json");
    assert_eq!(s(&d.message), "case_json: a required pointer is NULL");
    let (r, d) = eval_json(EXAMPLE.as_ptr(), EXAMPLE.len(), null_mut(), 100, &mut n);
    assert_eq!(
        (r, s(&d.path).as_str()),
        (helserett_result::NullParameter, "out")
    );
    let (r, d) = eval_json(
        EXAMPLE.as_ptr(),
        EXAMPLE.len(),
        out.as_mut_ptr(),
        out.len(),
        null_mut(),
    );
    assert_eq!(
        (r, s(&d.path).as_str()),
        (helserett_result::NullParameter, "out_n")
    );
    // A NULL detail is allowed: the code alone still comes back.
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_evaluate_json(
            null(),
            0,
            null(),
            out.as_mut_ptr().cast(),
            out.len(),
            &mut n,
            null_mut(),
        )
    };
    assert_eq!(r, helserett_result::NullParameter);
}

#[test]
fn json_entry_point_lengths_zero_and_huge() {
    let mut out = [0u8; 16384];
    let mut n = 0;
    let (r, d) = eval_json(EXAMPLE.as_ptr(), 0, out.as_mut_ptr(), out.len(), &mut n);
    assert_eq!(r, helserett_result::Syntax);
    assert_eq!(
        s(&d.message),
        "$: malformed JSON: input ended early at byte 0 (line 1, column 1)"
    );
    // Huge lengths are refused before a byte is read (the buffer is far smaller).
    for huge in [HELSERETT_MAX_INPUT_LEN + 1, usize::MAX / 2, usize::MAX] {
        let (r, d) = eval_json(EXAMPLE.as_ptr(), huge, out.as_mut_ptr(), out.len(), &mut n);
        assert_eq!(
            (r, s(&d.path).as_str()),
            (helserett_result::InputTooLarge, "case_json")
        );
    }
    let (r, d) = eval_json(
        EXAMPLE.as_ptr(),
        EXAMPLE.len(),
        out.as_mut_ptr(),
        usize::MAX,
        &mut n,
    );
    assert_eq!(
        (r, s(&d.path).as_str()),
        (helserett_result::InputTooLarge, "out")
    );
}

#[test]
fn json_entry_point_non_utf8_and_unterminated_input() {
    let mut out = [0u8; 16384];
    let mut n = 0;
    let bad = b"{\"evaluation_date\":\"2024-06-01\",\"travel\":{\"home\":\"N\xffsna\"}}";
    let (r, d) = eval_json(bad.as_ptr(), bad.len(), out.as_mut_ptr(), out.len(), &mut n);
    assert_eq!(r, helserett_result::Syntax);
    assert_eq!(s(&d.path), "travel.home");
    // Cut off (a C caller passing a length short of the text), or with an embedded NUL.
    let cut = &EXAMPLE[..EXAMPLE.len() / 2];
    let (r, _) = eval_json(cut.as_ptr(), cut.len(), out.as_mut_ptr(), out.len(), &mut n);
    assert_eq!(r, helserett_result::Syntax);
    let nul = b"{\"evaluation_date\":\"2024-06-01\"}\0";
    let (r, d) = eval_json(nul.as_ptr(), nul.len(), out.as_mut_ptr(), out.len(), &mut n);
    assert_eq!(r, helserett_result::Syntax);
    assert_eq!(
        s(&d.message),
        "$: malformed JSON: characters after the value at byte 32 (line 1, column 33)"
    );
}

#[test]
fn json_entry_point_too_small_buffer_and_size_query() {
    let mut big = [0u8; 16384];
    let mut n = 0;
    let (r, _) = eval_json(
        EXAMPLE.as_ptr(),
        EXAMPLE.len(),
        big.as_mut_ptr(),
        big.len(),
        &mut n,
    );
    assert_eq!(r, helserett_result::Ok);
    let size = n;
    // The size query.
    let mut needed = 0;
    let (r, d) = eval_json(EXAMPLE.as_ptr(), EXAMPLE.len(), null_mut(), 0, &mut needed);
    assert_eq!(r, helserett_result::BufferTooSmall);
    assert_eq!((needed, d.needed), (size, size));
    // One byte short, and exactly enough.
    let mut small = vec![0u8; size - 1];
    let (r, _) = eval_json(
        EXAMPLE.as_ptr(),
        EXAMPLE.len(),
        small.as_mut_ptr(),
        small.len(),
        &mut needed,
    );
    assert_eq!((r, needed), (helserett_result::BufferTooSmall, size));
    let mut exact = vec![0u8; size];
    let (r, _) = eval_json(
        EXAMPLE.as_ptr(),
        EXAMPLE.len(),
        exact.as_mut_ptr(),
        exact.len(),
        &mut n,
    );
    assert_eq!((r, n), (helserett_result::Ok, size));
    assert_eq!(exact[..], big[..size]);
}

#[test]
fn struct_path_null_pointers() {
    let c = example_case();
    let mut d = std::mem::MaybeUninit::<helserett_decision>::uninit();
    let mut q = std::mem::MaybeUninit::<helserett_question>::uninit();
    let mut out_case = std::mem::MaybeUninit::<helserett_case>::uninit();
    let mut buf = [0 as c_char; 64];
    let mut n = 0;
    let mut det = detail();
    let yes = b"yes";
    // SAFETY: every call gets NULL where tested and valid pointers elsewhere.
    unsafe {
        assert_eq!(
            helserett_evaluate(null(), null(), d.as_mut_ptr(), &mut det),
            helserett_result::NullParameter
        );
        assert_eq!(s(&det.path), "patient_case");
        assert_eq!(
            helserett_evaluate(&c, null(), null_mut(), null_mut()),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_next_question(null(), null(), q.as_mut_ptr(), null_mut()),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_next_question(&c, null(), null_mut(), null_mut()),
            helserett_result::NullParameter
        );
        let f = helserett_fact::TravelClaimed as u32;
        assert_eq!(
            helserett_case_answer(
                null(),
                null(),
                f,
                -1,
                yes.as_ptr().cast(),
                3,
                out_case.as_mut_ptr(),
                null_mut()
            ),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_case_answer(
                &c,
                null(),
                f,
                -1,
                null(),
                3,
                out_case.as_mut_ptr(),
                null_mut()
            ),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_case_answer(
                &c,
                null(),
                f,
                -1,
                yes.as_ptr().cast(),
                3,
                null_mut(),
                null_mut()
            ),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_case_init(
                0,
                helserett_date {
                    year: 2024,
                    month: 6,
                    day: 1
                },
                null_mut(),
                null_mut()
            ),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_case_from_json(null(), 3, out_case.as_mut_ptr(), null_mut()),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_case_from_json(
                EXAMPLE.as_ptr().cast(),
                EXAMPLE.len(),
                null_mut(),
                null_mut()
            ),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_evaluate_case_json(
                null(),
                null(),
                buf.as_mut_ptr().cast(),
                64,
                &mut n,
                null_mut()
            ),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_explain(null(), null(), 0, buf.as_mut_ptr(), 64, &mut n, null_mut()),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_explain(&c, null(), 0, buf.as_mut_ptr(), 64, null_mut(), null_mut()),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_explain(&c, null(), 0, null_mut(), 64, &mut n, null_mut()),
            helserett_result::NullParameter
        );
    }
}

#[test]
fn text_functions_null_pointers_bad_numbers_and_small_buffers() {
    let mut buf = [0 as c_char; 8];
    let mut n = 0;
    let reason = 101; // EEA_MEMBER
                      // SAFETY: NULL where tested, valid pointers elsewhere.
    unsafe {
        assert_eq!(
            helserett_reason_text(reason, 0, buf.as_mut_ptr(), buf.len(), null_mut()),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_reason_text(reason, 0, null_mut(), 8, &mut n),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_reason_text(reason, 2, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_reason_text(7, 0, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_reason_text(u32::MAX, 0, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        // Too small: the size needed comes back, NUL included.
        assert_eq!(
            helserett_reason_code(reason, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::BufferTooSmall
        );
        assert_eq!(n, "EEA_MEMBER".len() + 1);
        assert_eq!(
            helserett_reason_code(reason, null_mut(), 0, &mut n),
            helserett_result::BufferTooSmall
        );
        let mut big = [0 as c_char; 11];
        assert_eq!(
            helserett_reason_code(reason, big.as_mut_ptr(), big.len(), &mut n),
            helserett_result::Ok
        );
        assert_eq!((s(&big), n), ("EEA_MEMBER".to_owned(), 10));
        assert_eq!(
            helserett_reason_rule(reason, big.as_mut_ptr(), big.len(), &mut n),
            helserett_result::Ok
        );
        assert_eq!(s(&big), "EEA-01");
        assert_eq!(
            helserett_question_text(0, 0, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_question_text(10_000, 1, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        let need = helserett_fact::Need as u32;
        assert_eq!(
            helserett_question_option(need, 0, big.as_mut_ptr(), big.len(), &mut n),
            helserett_result::Ok
        );
        assert_eq!(s(&big), "planned");
        assert_eq!(
            helserett_question_option(need, 3, big.as_mut_ptr(), big.len(), &mut n),
            helserett_result::IndexOutOfRange
        );
        assert_eq!(
            helserett_document_text(0, 0, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_route_name(0, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_route_name(8, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_fact_path(1000, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_error_text(5, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_error_text(0, null_mut(), 8, &mut n),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_error_text(0, buf.as_mut_ptr(), usize::MAX, &mut n),
            helserett_result::InputTooLarge
        );
    }
}

#[test]
fn every_result_code_has_a_text() {
    let mut buf = [0 as c_char; 128];
    let mut n = 0;
    for code in (0..1100).filter(|c| {
        [
            0, 100, 101, 102, 103, 104, 110, 111, 112, 120, 121, 122, 130, 131, 132, 133, 140, 150,
            200, 300, 400, 900, 1000, 1001, 1002, 1003, 1004, 1005, 1006,
        ]
        .contains(c)
    }) {
        // SAFETY: valid buffer.
        let r = unsafe { helserett_error_text(code, buf.as_mut_ptr(), buf.len(), &mut n) };
        assert_eq!(r, helserett_result::Ok, "{code}");
        assert!(n > 3 && s(&buf).len() == n);
    }
}

fn struct_error(c: &helserett_case) -> (helserett_result, String, String) {
    let mut out = std::mem::MaybeUninit::<helserett_decision>::uninit();
    let mut d = detail();
    // SAFETY: valid pointers.
    let r = unsafe { helserett_evaluate(c, null(), out.as_mut_ptr(), &mut d) };
    assert_eq!(d.code, R(r));
    (r, s(&d.path), s(&d.message))
}

#[test]
fn struct_path_out_of_range_enums_name_the_field() {
    let base = example_case();
    let cases: Vec<(Edit, &str)> = vec![
        (
            Box::new(|c| c.outbound_mut().unwrap().treatment.need = 4),
            "treatment.need",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().treatment.referral = 99),
            "treatment.referral",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().treatment.setting = u32::MAX),
            "treatment.setting",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().patient.member_of_folketrygden = 3),
            "patient.member_of_folketrygden",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().patient.home_region = 5),
            "patient.home_region",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().prior_notification.status = 5),
            "prior_notification.status",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().norwegian_offer.method = 6),
            "norwegian_offer.method",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().waiting.s2_granted = 7),
            "waiting.s2_granted",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().audience = 3),
            "audience",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().treatment.dates[0].settled_on_the_spot = 3),
            "treatment.dates[0].settled_on_the_spot",
        ),
    ];
    for (set, path) in cases {
        let mut c = base;
        set(&mut c);
        let (r, p, _) = struct_error(&c);
        assert_eq!((r, p.as_str()), (helserett_result::InvalidEnum, path));
    }
}

#[test]
fn struct_path_bad_values_get_the_kernel_codes() {
    let base = example_case();
    let cases: Vec<(Edit, helserett_result, &str)> = vec![
        (
            Box::new(|c| c.outbound_mut().unwrap().evaluation_date = helserett_date::default()),
            helserett_result::MissingField,
            "evaluation_date",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().evaluation_date.day = 31),
            helserett_result::InvalidDate,
            "evaluation_date",
        ),
        (
            Box::new(|c| {
                c.outbound_mut().unwrap().treatment.dates[0].date = helserett_date {
                    year: 2023,
                    month: 2,
                    day: 29,
                }
            }),
            helserett_result::InvalidDate,
            "treatment.dates[0].date",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().treatment.dates_len = 9),
            helserett_result::TooMany,
            "treatment.dates",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().treatment.dates_len = u32::MAX),
            helserett_result::TooMany,
            "treatment.dates",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().costs.expenses_ore = -2),
            helserett_result::NegativeAmount,
            "costs.expenses_ore",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().costs.expenses_ore = i64::MAX),
            helserett_result::AmountOverflow,
            "costs.expenses_ore",
        ),
        (
            Box::new(|c| {
                c.outbound_mut().unwrap().costs.private_surcharges_ore =
                    c.outbound_mut().unwrap().costs.expenses_ore + 1
            }),
            helserett_result::Inconsistent,
            "costs.private_surcharges_ore",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().travel.one_way_km = 10_001),
            helserett_result::NumberOutOfRange,
            "travel.one_way_km",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().travel.round_trips = i64::MIN),
            helserett_result::NumberOutOfRange,
            "travel.round_trips",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().patient.county_number = 0),
            helserett_result::NumberOutOfRange,
            "patient.county_number",
        ),
        (
            Box::new(|c| c.outbound_mut().unwrap().prior_notification.stages_granted = 8),
            helserett_result::InvalidValue,
            "prior_notification.stages_granted",
        ),
        (
            Box::new(|c| {
                c.outbound_mut().unwrap().treatment.country = [b'X' as c_char, b'X' as c_char, 0]
            }),
            helserett_result::InvalidCountry,
            "treatment.country",
        ),
        (
            Box::new(|c| {
                c.outbound_mut().unwrap().treatment.country = [b'd' as c_char, b'e' as c_char, 0]
            }),
            helserett_result::InvalidCountry,
            "treatment.country",
        ),
        // Unterminated fixed-size strings, and non-UTF-8 ones.
        (
            Box::new(|c| {
                c.outbound_mut().unwrap().treatment.country =
                    [b'D' as c_char, b'E' as c_char, b'X' as c_char]
            }),
            helserett_result::UnterminatedString,
            "treatment.country",
        ),
        (
            Box::new(|c| {
                c.outbound_mut().unwrap().travel.home = [b'a' as c_char; HELSERETT_PLACE_CAPACITY]
            }),
            helserett_result::UnterminatedString,
            "travel.home",
        ),
        (
            Box::new(|c| {
                c.outbound_mut().unwrap().travel.nearest_place[0] = 0xff_u8 as c_char;
                c.outbound_mut().unwrap().travel.nearest_place[1] = 0;
            }),
            helserett_result::InvalidUtf8,
            "travel.nearest_place",
        ),
    ];
    for (set, code, path) in cases {
        let mut c = base;
        set(&mut c);
        let (r, p, m) = struct_error(&c);
        assert_eq!((r, p.as_str()), (code, path), "{m}");
        assert!(m.starts_with(path), "{m}");
    }
}

#[test]
fn answers_are_checked() {
    let c = example_case();
    let mut out = c;
    let mut d = detail();
    let mut answer =
        |fact: helserett_fact, index: i32, text: &[u8], d: &mut helserett_error_detail| {
            // SAFETY: valid pointers; `out` may alias nothing here.
            unsafe {
                helserett_case_answer(
                    &c,
                    null(),
                    fact as u32,
                    index,
                    text.as_ptr().cast(),
                    text.len(),
                    &mut out,
                    d,
                )
            }
        };
    assert_eq!(
        answer(helserett_fact::TravelClaimed, -1, b"maybe", &mut d),
        helserett_result::InvalidValue
    );
    assert_eq!(s(&d.path), "travel.claimed");
    assert_eq!(
        answer(helserett_fact::TravelClaimed, -1, b"\xff", &mut d),
        helserett_result::InvalidUtf8
    );
    assert_eq!(
        answer(helserett_fact::SettledOnTheSpot, 1, b"yes", &mut d),
        helserett_result::IndexOutOfRange
    );
    assert_eq!(
        answer(helserett_fact::SettledOnTheSpot, -1, b"yes", &mut d),
        helserett_result::IndexOutOfRange
    );
    assert_eq!(
        answer(helserett_fact::InvoiceDate, 0, b"2024-02-30", &mut d),
        helserett_result::InvalidDate
    );
    assert_eq!(s(&d.path), "treatment.dates[0].invoice_date");
    // An invoice before the treatment contradicts the case: rejected by the kernel.
    assert_eq!(
        answer(helserett_fact::InvoiceDate, 0, b"2024-03-01", &mut d),
        helserett_result::Inconsistent
    );
    assert_eq!(
        answer(helserett_fact::TravelOneWayKm, -1, b"12x", &mut d),
        helserett_result::InvalidValue
    );
    assert_eq!(
        answer(
            helserett_fact::TravelOneWayKm,
            -1,
            b"99999999999999999999",
            &mut d
        ),
        helserett_result::NumberOutOfRange
    );
    assert_eq!(
        answer(helserett_fact::TravelOneWayKm, -1, b"10001", &mut d),
        helserett_result::NumberOutOfRange
    );
    assert_eq!(
        answer(helserett_fact::Expenses, -1, b"-5", &mut d),
        helserett_result::NegativeAmount
    );
    assert_eq!(
        answer(helserett_fact::TreatmentCountry, -1, b"ZZ", &mut d),
        helserett_result::InvalidCountry
    );
    assert_eq!(
        answer(helserett_fact::Need, -1, b"soon", &mut d),
        helserett_result::InvalidValue
    );
    assert_eq!(
        answer(helserett_fact::None, -1, b"yes", &mut d),
        helserett_result::InvalidEnum
    );
    // SAFETY: a huge length is refused before reading.
    let r = unsafe {
        helserett_case_answer(
            &c,
            null(),
            helserett_fact::Need as u32,
            -1,
            b"x".as_ptr().cast(),
            usize::MAX,
            &mut out,
            null_mut(),
        )
    };
    assert_eq!(r, helserett_result::InputTooLarge);
    // A good answer, in place (case and out the same struct).
    let mut inplace = c;
    let p: *mut helserett_case = &mut inplace;
    // SAFETY: aliasing in and out is documented as allowed.
    let r = unsafe {
        helserett_case_answer(
            p,
            null(),
            helserett_fact::Need as u32,
            -1,
            b" urgent ".as_ptr().cast(),
            8,
            p,
            null_mut(),
        )
    };
    assert_eq!(r, helserett_result::Ok);
    assert_eq!(
        inplace.outbound_mut().unwrap().treatment.need,
        helserett_need::Urgent as u32
    );
}

#[test]
fn explain_buffer_rules_and_languages() {
    let c = example_case();
    let mut n = 0;
    // SAFETY: valid pointers; the size query first.
    let r = unsafe {
        helserett_explain(
            &c,
            null(),
            helserett_lang::En as u32,
            null_mut(),
            0,
            &mut n,
            null_mut(),
        )
    };
    assert_eq!(r, helserett_result::BufferTooSmall);
    let mut buf = vec![0 as c_char; n];
    let mut written = 0;
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_explain(
            &c,
            null(),
            helserett_lang::En as u32,
            buf.as_mut_ptr(),
            buf.len(),
            &mut written,
            null_mut(),
        )
    };
    assert_eq!(r, helserett_result::Ok);
    assert_eq!(written, n - 1);
    let text = s(&buf);
    let case = helserett_kernel_case();
    let d = helserett::kernel::evaluate(&case).unwrap();
    assert_eq!(
        text,
        format!(
            "{}",
            helserett::kernel::explain(&d, helserett::kernel::Lang::En)
        )
    );
    // SAFETY: valid pointers.
    let r = unsafe {
        helserett_explain(
            &c,
            null(),
            2,
            buf.as_mut_ptr(),
            buf.len(),
            &mut written,
            null_mut(),
        )
    };
    assert_eq!(r, helserett_result::InvalidEnum);
}

fn helserett_kernel_case() -> helserett::kernel::Case {
    helserett::kernel::case_from_json(EXAMPLE).unwrap()
}

/// `helserett_text` gives exactly the kernel catalogue's text for every kind and number in
/// both languages, and refuses kinds, numbers and languages it does not have.
#[test]
#[cfg_attr(
    miri,
    ignore = "30 000 calls: too slow under Miri; the rest of the boundary runs"
)]
fn c_05_helserett_text_is_the_kernel_catalogue() {
    use helserett::kernel::catalogue::{text, TextKind};
    use helserett::kernel::Lang;
    let mut buf = [0 as c_char; 512];
    let mut n = 0;
    let mut count = 0;
    for kind in TextKind::ALL {
        for number in 0..1100 {
            for (code, lang) in [(0, Lang::Nb), (1, Lang::En)] {
                // SAFETY: valid pointers.
                let r = unsafe {
                    helserett_text(
                        kind.number(),
                        number,
                        code,
                        buf.as_mut_ptr(),
                        buf.len(),
                        &mut n,
                    )
                };
                match text(*kind, number, lang) {
                    Some(t) => {
                        assert_eq!(r, helserett_result::Ok, "{kind:?} {number}");
                        assert_eq!(s(&buf), t);
                        assert_eq!(n, t.len());
                        count += 1;
                    }
                    None => assert_eq!(r, helserett_result::InvalidEnum, "{kind:?} {number}"),
                }
            }
        }
    }
    assert!(count > 300, "{count}");
    // SAFETY: valid pointers.
    unsafe {
        let verdict = TextKind::Verdict.number();
        assert_eq!(
            helserett_text(0, 1, 0, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_text(verdict, 1, 2, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_text(verdict, 1, 0, buf.as_mut_ptr(), 3, &mut n),
            helserett_result::BufferTooSmall
        );
        assert_eq!(n, "OPPFYLT".len() + 1);
        let need = helserett_fact::Need as u32;
        assert_eq!(
            helserett_option_label(need, 2, 0, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::Ok
        );
        assert_eq!(s(&buf), "øyeblikkelig hjelp");
        assert_eq!(
            helserett_option_label(need, 3, 0, buf.as_mut_ptr(), buf.len(), &mut n),
            helserett_result::IndexOutOfRange
        );
    }
}

/// Outputs only on success: at sizes 0, 1, needed−1 the buffer is untouched (every byte still
/// the sentinel) and `*out_n` is the size needed; at `needed` the call succeeds.
#[test]
fn buffers_too_small_are_left_untouched_for_every_output_function() {
    const SENTINEL: u8 = 0xA5;
    let case = example_case();
    type Call<'a> = Box<dyn Fn(*mut u8, usize, &mut usize) -> helserett_result + 'a>;
    let calls: Vec<(&str, Call)> = vec![
        (
            "helserett_evaluate_json",
            Box::new(|out, len, n| unsafe {
                helserett_evaluate_json(
                    EXAMPLE.as_ptr().cast(),
                    EXAMPLE.len(),
                    null(),
                    out.cast(),
                    len,
                    n,
                    null_mut(),
                )
            }),
        ),
        (
            "helserett_evaluate_case_json",
            Box::new(|out, len, n| unsafe {
                helserett_evaluate_case_json(&case, null(), out.cast(), len, n, null_mut())
            }),
        ),
        (
            "helserett_explain",
            Box::new(|out, len, n| unsafe {
                helserett_explain(&case, null(), 1, out.cast(), len, n, null_mut())
            }),
        ),
        (
            "helserett_text",
            Box::new(|out, len, n| unsafe { helserett_text(1, 101, 0, out.cast(), len, n) }),
        ),
        (
            "helserett_reason_text",
            Box::new(|out, len, n| unsafe { helserett_reason_text(101, 1, out.cast(), len, n) }),
        ),
        (
            "helserett_patient_view",
            Box::new(|out, len, n| unsafe {
                helserett_view(&case, null(), 0, out.cast(), len, n, null_mut())
            }),
        ),
        (
            "helserett_answer_help",
            Box::new(|out, len, n| unsafe {
                helserett_answer_help(9, 112, c"12 000 euro".as_ptr(), 11, 0, out.cast(), len, n)
            }),
        ),
        (
            "helserett_view_text",
            Box::new(|out, len, n| unsafe {
                helserett_view_text(c"next_patient".as_ptr(), 12, 0, out.cast(), len, n)
            }),
        ),
        (
            "helserett_date_text",
            Box::new(|out, len, n| unsafe {
                let d = helserett_date {
                    year: 2024,
                    month: 3,
                    day: 4,
                };
                helserett_date_text(d, 0, out.cast(), len, n)
            }),
        ),
    ];
    for (name, call) in &calls {
        let mut n = 0;
        // SAFETY: the size query.
        assert_eq!(
            call(null_mut(), 0, &mut n),
            helserett_result::BufferTooSmall,
            "{name}"
        );
        let needed = n;
        assert!(needed > 2, "{name}");
        for size in [0, 1, needed - 1] {
            let mut buf = vec![SENTINEL; needed + 8];
            let mut n = 0;
            let r = call(buf.as_mut_ptr(), size, &mut n);
            assert_eq!(r, helserett_result::BufferTooSmall, "{name} at {size}");
            assert_eq!(n, needed, "{name} at {size}");
            assert!(
                buf.iter().all(|b| *b == SENTINEL),
                "{name}: buffer touched at {size}"
            );
        }
        let mut buf = vec![SENTINEL; needed];
        let mut n = 0;
        assert_eq!(
            call(buf.as_mut_ptr(), needed, &mut n),
            helserett_result::Ok,
            "{name}"
        );
        assert!(n == needed || n + 1 == needed, "{name}: {n} of {needed}");
    }
}

/// The kiosk's helpers (issue 23): NULL, unknown codes and impossible dates get their codes;
/// the texts are the kernel's.
#[test]
fn kiosk_helpers_null_pointers_bad_codes_and_their_texts() {
    let mut buf = [0 as c_char; 256];
    let mut n = 0;
    // SAFETY: NULL where tested, valid pointers elsewhere.
    unsafe {
        assert!(helserett_answer_is_back(c"Tilbake".as_ptr(), 7));
        assert!(helserett_answer_is_back(c"BACK".as_ptr(), 4));
        assert!(!helserett_answer_is_back(c"ja".as_ptr(), 2));
        assert!(!helserett_answer_is_back(null(), 7));
        assert!(!helserett_answer_is_back(c"\xff".as_ptr(), 1));
        // The hint needs no answer; a code needs one.
        assert_eq!(
            helserett_answer_help(9, 0, null(), 0, 0, buf.as_mut_ptr(), 256, &mut n),
            helserett_result::Ok
        );
        assert_eq!(
            s(&buf),
            "Skriv beløpet i norske kroner, for eksempel 1 234,50."
        );
        assert_eq!(
            helserett_answer_help(9, 112, null(), 0, 0, buf.as_mut_ptr(), 256, &mut n),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_answer_help(9, 7, c"x".as_ptr(), 1, 0, buf.as_mut_ptr(), 256, &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_answer_help(999, 0, null(), 0, 0, buf.as_mut_ptr(), 256, &mut n),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_answer_help(
                9,
                112,
                c"12 000 euro".as_ptr(),
                11,
                1,
                buf.as_mut_ptr(),
                256,
                &mut n
            ),
            helserett_result::Ok
        );
        assert!(s(&buf)
            .starts_with("Write the amount in Norwegian kroner, as your bank statement shows it."));
        assert_eq!(
            helserett_view_text(
                c"no_such_text".as_ptr(),
                12,
                0,
                buf.as_mut_ptr(),
                256,
                &mut n
            ),
            helserett_result::InvalidEnum
        );
        assert_eq!(
            helserett_view_text(null(), 0, 0, buf.as_mut_ptr(), 256, &mut n),
            helserett_result::NullParameter
        );
        let bad = helserett_date {
            year: 2024,
            month: 2,
            day: 30,
        };
        assert_eq!(
            helserett_date_text(bad, 0, buf.as_mut_ptr(), 256, &mut n),
            helserett_result::InvalidDate
        );
        let good = helserett_date {
            year: 2024,
            month: 3,
            day: 4,
        };
        assert_eq!(
            helserett_date_text(good, 0, buf.as_mut_ptr(), 256, &mut n),
            helserett_result::Ok
        );
        assert_eq!(s(&buf), "4. mars 2024");
        let c = example_case();
        assert_eq!(
            helserett_view(null(), null(), 0, buf.as_mut_ptr(), 256, &mut n, null_mut()),
            helserett_result::NullParameter
        );
        assert_eq!(
            helserett_view(&c, null(), 7, buf.as_mut_ptr(), 256, &mut n, null_mut()),
            helserett_result::InvalidEnum
        );
    }
}
