//! Both ways in give what Rust gives: every shared vector through the JSON entry point (byte
//! for byte, errors with their code, path and message), and through the fixed-size struct
//! path (JSON → struct → decision JSON byte for byte, and the struct decision's fields against
//! the same decision).

use helserett::*;
use serde_json::Value;
use std::ffi::CStr;

const VECTORS: &str = include_str!("../../tests/vectors/eea.json");

fn vectors() -> Vec<Value> {
    let v: Value = serde_json::from_str(VECTORS).unwrap();
    v["tests"].as_array().unwrap().clone()
}

fn empty_detail() -> helserett_error_detail {
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
        .to_str()
        .unwrap()
        .to_owned()
}

fn evaluate_json(input: &[u8]) -> Result<Vec<u8>, Box<helserett_error_detail>> {
    let mut out = vec![0u8; 64 * 1024];
    let mut n = 0usize;
    let mut detail = empty_detail();
    // SAFETY: valid pointers and lengths.
    let r = unsafe {
        helserett_evaluate_json(
            input.as_ptr().cast(),
            input.len(),
            std::ptr::null(),
            out.as_mut_ptr().cast(),
            out.len(),
            &mut n,
            &mut detail,
        )
    };
    if r == helserett_result::Ok {
        out.truncate(n);
        Ok(out)
    } else {
        assert_eq!(detail.code, r as u32);
        Err(Box::new(detail))
    }
}

#[test]
fn every_vector_through_the_json_entry_point() {
    let all = vectors();
    assert!(all.len() >= 60);
    for v in &all {
        let id = v["id"].as_str().unwrap();
        let input = v["input"].as_str().unwrap().as_bytes();
        match (evaluate_json(input), v.get("expected")) {
            (Ok(out), Some(expected)) => {
                assert_eq!(
                    std::str::from_utf8(&out).unwrap(),
                    expected.as_str().unwrap(),
                    "{id}"
                );
            }
            (Err(d), None) => {
                let e = &v["error"];
                assert_eq!(u64::from(d.code), e["code"].as_u64().unwrap(), "{id}");
                assert_eq!(text(&d.path), e["path"].as_str().unwrap(), "{id}");
                assert_eq!(text(&d.message), e["message"].as_str().unwrap(), "{id}");
            }
            (got, _) => panic!(
                "{id}: unexpected outcome {:?}",
                got.map(|_| ()).map_err(|d| d.code)
            ),
        }
    }
}

fn struct_case(input: &[u8]) -> helserett_case {
    let mut c = std::mem::MaybeUninit::<helserett_case>::uninit();
    // SAFETY: valid pointers; `c` is written on success.
    let r = unsafe {
        helserett_case_from_json(
            input.as_ptr().cast(),
            input.len(),
            c.as_mut_ptr(),
            std::ptr::null_mut(),
        )
    };
    assert_eq!(r, helserett_result::Ok);
    // SAFETY: written on success.
    unsafe { c.assume_init() }
}

fn struct_decision(c: &helserett_case) -> helserett_decision {
    let mut d = std::mem::MaybeUninit::<helserett_decision>::uninit();
    // SAFETY: valid pointers.
    let r =
        unsafe { helserett_evaluate(c, std::ptr::null(), d.as_mut_ptr(), std::ptr::null_mut()) };
    assert_eq!(r, helserett_result::Ok);
    // SAFETY: written on success.
    unsafe { d.assume_init() }
}

fn date(v: &Value) -> helserett_date {
    match v.as_str() {
        None => helserett_date::default(),
        Some(s) => helserett_date {
            year: s[0..4].parse().unwrap(),
            month: s[5..7].parse().unwrap(),
            day: s[8..10].parse().unwrap(),
        },
    }
}

fn amount(v: &Value) -> i64 {
    v.as_i64().unwrap_or(HELSERETT_UNKNOWN)
}

fn verdict(v: &Value) -> u32 {
    match v.as_str() {
        Some("eligible") => helserett_verdict::Eligible as u32,
        Some("not_eligible") => helserett_verdict::NotEligible as u32,
        Some("undetermined") => helserett_verdict::Undetermined as u32,
        Some("discretion") => helserett_verdict::Discretion as u32,
        _ => helserett_verdict::NotAssessed as u32,
    }
}

fn reason_code(n: u32) -> String {
    let mut buf = [0 as core::ffi::c_char; 64];
    let mut len = 0;
    // SAFETY: valid buffer.
    let r = unsafe { helserett_reason_code(n, buf.as_mut_ptr(), buf.len(), &mut len) };
    assert_eq!(r, helserett_result::Ok);
    text(&buf)
}

fn route_name(n: u32) -> String {
    let mut buf = [0 as core::ffi::c_char; 64];
    let mut len = 0;
    // SAFETY: valid buffer.
    let r = unsafe { helserett_route_name(n, buf.as_mut_ptr(), buf.len(), &mut len) };
    assert_eq!(r, helserett_result::Ok);
    text(&buf)
}

fn fact_path(n: u32) -> String {
    let mut buf = [0 as core::ffi::c_char; 96];
    let mut len = 0;
    // SAFETY: valid buffer.
    let r = unsafe { helserett_fact_path(n, buf.as_mut_ptr(), buf.len(), &mut len) };
    assert_eq!(r, helserett_result::Ok);
    text(&buf)
}

#[test]
fn every_valid_vector_through_the_struct_path() {
    for v in vectors().iter().filter(|v| v.get("expected").is_some()) {
        let id = v["id"].as_str().unwrap();
        let expected = v["expected"].as_str().unwrap();
        let c = struct_case(v["input"].as_str().unwrap().as_bytes());

        // Struct in, JSON out: byte for byte the JSON path's decision.
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
        assert_eq!(r, helserett_result::Ok, "{id}");
        assert_eq!(std::str::from_utf8(&out[..n]).unwrap(), expected, "{id}");

        // Struct in, struct out: the fields a kiosk reads agree with that decision.
        let d = struct_decision(&c);
        let j: Value = serde_json::from_str(expected).unwrap();
        assert_eq!(d.evaluation_date, date(&j["evaluation_date"]), "{id}");
        assert_eq!(d.verdict, verdict(&j["verdict"]), "{id}");
        let reasons: Vec<String> = (0..d.reasons_len as usize)
            .map(|i| reason_code(d.reasons[i]))
            .collect();
        let j_reasons: Vec<String> = j["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["code"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(reasons, j_reasons, "{id}");
        let refund = &j["refund"];
        assert_eq!(d.refund.verdict, verdict(&refund["verdict"]), "{id}");
        assert_eq!(d.refund.refund_ore, amount(&refund["refund_ore"]), "{id}");
        assert_eq!(d.refund.rate_bp, amount(&refund["rate_bp"]), "{id}");
        assert_eq!(
            d.refund.patient_share_ore,
            amount(&refund["patient_share_ore"]),
            "{id}"
        );
        assert_eq!(d.refund.rate_date, date(&refund["rate_date"]), "{id}");
        assert_eq!(
            d.user_fee.amount_ore,
            amount(&j["user_fee"]["amount_ore"]),
            "{id}"
        );
        assert_eq!(d.travel.verdict, verdict(&j["travel"]["verdict"]), "{id}");
        assert_eq!(
            d.travel.amount_ore,
            amount(&j["travel"]["amount_ore"]),
            "{id}"
        );
        let deadlines = j["deadlines"].as_array().unwrap();
        assert_eq!(d.deadlines_len as usize, deadlines.len(), "{id}");
        for (c_dl, j_dl) in d.deadlines.iter().zip(deadlines) {
            assert_eq!(c_dl.deadline, date(&j_dl["deadline"]), "{id}");
            assert_eq!(c_dl.safe_deadline, date(&j_dl["safe_deadline"]), "{id}");
        }
        let missing = j["missing"].as_array().unwrap();
        assert_eq!(d.missing_len as usize, missing.len(), "{id}");
        for (c_m, j_m) in d.missing.iter().zip(missing) {
            if c_m.fact != 0 {
                assert_eq!(fact_path(c_m.fact), j_m["fact"].as_str().unwrap(), "{id}");
            }
        }
        let routes = j["routes"].as_array().unwrap();
        assert_eq!(d.routes_len as usize, routes.len(), "{id}");
        for (c_r, j_r) in d.routes.iter().zip(routes) {
            assert_eq!(
                route_name(c_r.route),
                j_r["route"].as_str().unwrap(),
                "{id}"
            );
            assert_eq!(c_r.verdict, verdict(&j_r["verdict"]), "{id}");
        }
        match j["recommended"].as_str() {
            None => assert_eq!(d.recommended, 0, "{id}"),
            Some(r) => assert_eq!(route_name(d.recommended), r, "{id}"),
        }
        let docs = j["documents"]["refund_claim"].as_array().unwrap();
        assert_eq!(d.claim_documents_len as usize, docs.len(), "{id}");
        match j["next_question"]["fact"].as_str() {
            None => assert_eq!(d.next_question.fact, 0, "{id}"),
            Some(f) => assert_eq!(fact_path(d.next_question.fact), f, "{id}"),
        }
    }
}
