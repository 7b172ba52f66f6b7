//! `helserett_evaluate_json_with_params`: a parameter table as JSON through the C ABI, the
//! same bytes as the Rust kernel with that table; a bad table or mode is refused, naming it.

use helserett::*;

const CASE: &[u8] = include_bytes!("../../tests/cases/method_example.json");
const TABLE: &[u8] = include_bytes!("../../tests/params/nye_metoder_2026.json");

fn call(table: &[u8], mode: u32, out: &mut [u8], n: &mut usize) -> helserett_result {
    // SAFETY: valid buffers for the lengths given.
    unsafe {
        helserett_evaluate_json_with_params(
            CASE.as_ptr(),
            CASE.len(),
            table.as_ptr(),
            table.len(),
            mode,
            out.as_mut_ptr(),
            out.len(),
            n,
            std::ptr::null_mut(),
        )
    }
}

#[test]
fn met_02_the_calendar_goes_in_through_the_c_abi() {
    let mut out = vec![0u8; 64 * 1024];
    let mut n = 0;
    assert_eq!(
        call(
            TABLE,
            helserett_params_mode::Overlay as u32,
            &mut out,
            &mut n
        ),
        helserett_result::Ok
    );
    let t = kernel::json::params_from_json(TABLE, kernel::json::ParamsMode::Overlay).unwrap();
    let entries = t.entries();
    let mut want = vec![0u8; 64 * 1024];
    let m = kernel::evaluate_json_with(CASE, kernel::Params::new(&entries).unwrap(), &mut want)
        .unwrap();
    assert_eq!(&out[..n], &want[..m], "byte for byte the kernel's");
    assert!(std::str::from_utf8(&out[..n])
        .unwrap()
        .contains(r#""cut_off":"2026-01-09""#));
    // An unknown mode and a bad table are refused, and the output is untouched.
    let mut untouched = vec![7u8; 64];
    let mut n2 = 99;
    assert_eq!(
        call(TABLE, 7, &mut untouched, &mut n2),
        helserett_result::InvalidEnum
    );
    assert!(untouched.iter().all(|b| *b == 7) && n2 == 99);
    let bad =
        br#"{"schema":"helserett.params/1","parameters":[{"id":"P-NOPE","value":1,"source":"x"}]}"#;
    assert_ne!(call(bad, 0, &mut untouched, &mut n2), helserett_result::Ok);
    assert!(untouched.iter().all(|b| *b == 7) && n2 == 99);
}

/// The C string in a fixed `c_char` array.
fn c_text(s: &[std::ffi::c_char]) -> String {
    let bytes: Vec<u8> = s
        .iter()
        .take_while(|c| **c != 0)
        .map(|c| *c as u8)
        .collect();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn p_the_table_vectors_through_the_c_abi_byte_for_byte() {
    let file: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/vectors/with_params/tables.json")).unwrap();
    let tests = file["tests"].as_array().unwrap();
    assert!(tests.len() >= 10);
    for t in tests {
        let id = t["id"].as_str().unwrap();
        let input = t["input"].as_str().unwrap().as_bytes();
        let table = t["params"].as_str().unwrap().as_bytes();
        let mode = match t["mode"].as_str().unwrap() {
            "overlay" => helserett_params_mode::Overlay,
            "replace" => helserett_params_mode::Replace,
            other => panic!("{id}: mode {other}"),
        } as u32;
        let mut out = vec![0u8; 64 * 1024];
        let mut n = 0;
        // SAFETY: a zeroed detail is a valid value of the plain C struct.
        let mut detail: helserett_error_detail = unsafe { std::mem::zeroed() };
        // SAFETY: valid buffers for the lengths given.
        let r = unsafe {
            helserett_evaluate_json_with_params(
                input.as_ptr(),
                input.len(),
                table.as_ptr(),
                table.len(),
                mode,
                out.as_mut_ptr(),
                out.len(),
                &mut n,
                &mut detail,
            )
        };
        match t.get("expected") {
            Some(want) => {
                assert_eq!(r, helserett_result::Ok, "{id}: {}", c_text(&detail.message));
                assert_eq!(
                    std::str::from_utf8(&out[..n]).unwrap(),
                    want.as_str().unwrap(),
                    "{id}"
                );
            }
            None => {
                let e = &t["error"];
                assert_eq!(detail.code as u64, e["code"].as_u64().unwrap(), "{id}");
                assert_eq!(r as u64, e["code"].as_u64().unwrap(), "{id}");
                assert_eq!(c_text(&detail.path), e["path"].as_str().unwrap(), "{id}");
                assert_eq!(
                    c_text(&detail.message),
                    e["message"].as_str().unwrap(),
                    "{id}"
                );
            }
        }
    }
}
