//! A parameter table as JSON through the C ABI (`helserett_params_from_json`, then any call
//! with that table): the same bytes as the Rust kernel with that table; a bad table or mode is
//! refused, naming it.

use helserett::*;

/// The table read with `helserett_params_from_json`, then the case decided with it by
/// `helserett_evaluate_json`: the first failure is returned, its detail written.
///
/// # Safety
/// Valid buffers for the lengths given.
#[allow(clippy::too_many_arguments)]
unsafe fn evaluate_with_params_json(
    case: *const u8,
    case_len: usize,
    table: *const u8,
    table_len: usize,
    mode: u32,
    out: *mut u8,
    out_len: usize,
    n: *mut usize,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    // SAFETY: a zeroed table is a valid value of the plain C struct; caller contract.
    unsafe {
        let mut p: Box<helserett_params> = Box::new(std::mem::zeroed());
        let r = helserett_params_from_json(table.cast(), table_len, mode, &mut *p, detail);
        if r != helserett_result::Ok {
            return r;
        }
        helserett_evaluate_json(case.cast(), case_len, &*p, out.cast(), out_len, n, detail)
    }
}

const CASE: &[u8] = include_bytes!("../../tests/cases/method_example.json");
const TABLE: &[u8] = include_bytes!("../../tests/params/nye_metoder_2026.json");

fn call(table: &[u8], mode: u32, out: &mut [u8], n: &mut usize) -> helserett_result {
    // SAFETY: valid buffers for the lengths given.
    unsafe {
        evaluate_with_params_json(
            CASE.as_ptr().cast(),
            CASE.len(),
            table.as_ptr().cast(),
            table.len(),
            mode,
            out.as_mut_ptr().cast(),
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
            evaluate_with_params_json(
                input.as_ptr().cast(),
                input.len(),
                table.as_ptr().cast(),
                table.len(),
                mode,
                out.as_mut_ptr().cast(),
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

/// A `helserett_params` filled from `table` with `mode`, or the call's result and detail.
fn fill(
    table: &[u8],
    mode: u32,
) -> Result<Box<helserett_params>, (helserett_result, String, String)> {
    // SAFETY: a zeroed struct is a valid value of the plain C struct.
    let mut p: Box<helserett_params> = Box::new(unsafe { std::mem::zeroed() });
    // SAFETY: as above.
    let mut detail: helserett_error_detail = unsafe { std::mem::zeroed() };
    // SAFETY: valid buffers.
    let r = unsafe {
        helserett_params_from_json(
            table.as_ptr().cast(),
            table.len(),
            mode,
            &mut *p,
            &mut detail,
        )
    };
    if r == helserett_result::Ok {
        Ok(p)
    } else {
        assert_eq!(p.magic, 0, "written on failure");
        Err((r, c_text(&detail.path), c_text(&detail.message)))
    }
}

fn with_table(case: &[u8], p: &helserett_params) -> Result<String, (helserett_result, String)> {
    let mut out = vec![0u8; 64 * 1024];
    let mut n = 0;
    // SAFETY: as above.
    let mut detail: helserett_error_detail = unsafe { std::mem::zeroed() };
    // SAFETY: valid buffers.
    let r = unsafe {
        helserett_evaluate_json(
            case.as_ptr().cast(),
            case.len(),
            p,
            out.as_mut_ptr().cast(),
            out.len(),
            &mut n,
            &mut detail,
        )
    };
    if r == helserett_result::Ok {
        Ok(String::from_utf8(out[..n].to_vec()).unwrap())
    } else {
        Err((r, c_text(&detail.path)))
    }
}

#[test]
fn p_the_table_vectors_through_a_caller_allocated_table() {
    let file: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/vectors/with_params/tables.json")).unwrap();
    for t in file["tests"].as_array().unwrap() {
        let id = t["id"].as_str().unwrap();
        let mode = match t["mode"].as_str().unwrap() {
            "overlay" => helserett_params_mode::Overlay,
            _ => helserett_params_mode::Replace,
        } as u32;
        match fill(t["params"].as_str().unwrap().as_bytes(), mode) {
            Ok(p) => {
                // Copied as plain memory, the table still works: no pointers inside.
                let copy: helserett_params = *p;
                let got = with_table(t["input"].as_str().unwrap().as_bytes(), &copy);
                assert_eq!(got.ok().as_deref(), t["expected"].as_str(), "{id}");
            }
            Err((r, path, message)) => {
                let e = &t["error"];
                assert_eq!(r as u64, e["code"].as_u64().unwrap(), "{id}");
                assert_eq!(path, e["path"].as_str().unwrap(), "{id}");
                assert_eq!(message, e["message"].as_str().unwrap(), "{id}");
            }
        }
    }
}

#[test]
fn p_a_table_struct_not_filled_or_changed_since_is_refused() {
    let case = include_bytes!("../../tests/cases/example_patient.json");
    // SAFETY: zeroed plain C memory.
    let zeroed: helserett_params = unsafe { std::mem::zeroed() };
    assert_eq!(
        with_table(case, &zeroed),
        Err((helserett_result::InvalidParams, "params".into()))
    );
    let good = fill(br#"{"schema":"helserett.params/1","parameters":[]}"#, 0).unwrap();
    assert!(with_table(case, &good).is_ok());
    let mut bad = *good;
    bad.entries[0].id = 9999;
    assert_eq!(
        with_table(case, &bad).unwrap_err().0,
        helserett_result::InvalidParams
    );
    let mut bad = *good;
    bad.entries[1].source_len = u32::MAX;
    assert_eq!(
        with_table(case, &bad).unwrap_err().0,
        helserett_result::InvalidParams
    );
    let mut bad = *good;
    bad.entries[2].from_yyyymmdd = 20240231;
    assert_eq!(
        with_table(case, &bad).unwrap_err().0,
        helserett_result::InvalidParams
    );
    let mut bad = *good;
    bad.count = 10_000;
    assert_eq!(
        with_table(case, &bad).unwrap_err().0,
        helserett_result::InvalidParams
    );
    // Two entries for one parameter on the same days: changed since it was filled, refused by
    // the checksum before the kernel's own overlap check could see it.
    let mut bad = *good;
    bad.entries[1] = bad.entries[0];
    let (r, path) = with_table(case, &bad).unwrap_err();
    assert_eq!(
        (r, path.as_str()),
        (helserett_result::InvalidParams, "params")
    );
    // NULL is the built-in table (here a size query: no room, the size needed).
    let mut n = 0;
    // SAFETY: NULL table and buffer are allowed.
    let r = unsafe {
        helserett_evaluate_json(
            case.as_ptr().cast(),
            case.len(),
            std::ptr::null(),
            std::ptr::null_mut(),
            0,
            &mut n,
            std::ptr::null_mut(),
        )
    };
    assert_eq!(r, helserett_result::BufferTooSmall);
    assert!(n > 100, "{n}");
}

#[test]
fn p_the_same_receipt_through_the_table_struct_as_through_the_json_table() {
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
    let p = fill(TABLE, helserett_params_mode::Overlay as u32).unwrap();
    assert_eq!(with_table(CASE, &p).unwrap().as_bytes(), &out[..n]);
}

/// Issue 24: the same table through the struct path: the case read into `helserett_case`, the
/// table into `helserett_params`, the decision written by `helserett_evaluate_case_json_with_table`
/// is the table vector's bytes, for every outbound vector that decides (estimates included).
#[test]
fn p_the_table_vectors_through_the_struct_path_byte_for_byte() {
    let file: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/vectors/with_params/tables.json")).unwrap();
    let mut checked = 0;
    for t in file["tests"].as_array().unwrap() {
        let id = t["id"].as_str().unwrap();
        let input = t["input"].as_str().unwrap();
        let (Some(want), true) = (t.get("expected"), !input.contains("method_case")) else {
            continue;
        };
        let table = t["params"].as_str().unwrap().as_bytes();
        let mode = match t["mode"].as_str().unwrap() {
            "overlay" => helserett_params_mode::Overlay,
            _ => helserett_params_mode::Replace,
        } as u32;
        // SAFETY: zeroed plain C structs; valid buffers for the lengths given.
        unsafe {
            let mut detail: helserett_error_detail = std::mem::zeroed();
            let mut c: helserett_case = std::mem::zeroed();
            let r =
                helserett_case_from_json(input.as_ptr().cast(), input.len(), &mut c, &mut detail);
            assert_eq!(r, helserett_result::Ok, "{id}: {}", c_text(&detail.message));
            let mut p: Box<helserett_params> = Box::new(std::mem::zeroed());
            let r = helserett_params_from_json(
                table.as_ptr().cast(),
                table.len(),
                mode,
                &mut *p,
                &mut detail,
            );
            assert_eq!(r, helserett_result::Ok, "{id}: {}", c_text(&detail.message));
            let mut out = vec![0u8; 64 * 1024];
            let mut n = 0;
            let r = helserett_evaluate_case_json(
                &c,
                &*p,
                out.as_mut_ptr().cast(),
                out.len(),
                &mut n,
                &mut detail,
            );
            assert_eq!(r, helserett_result::Ok, "{id}: {}", c_text(&detail.message));
            assert_eq!(
                std::str::from_utf8(&out[..n]).unwrap(),
                want.as_str().unwrap(),
                "{id}"
            );
        }
        checked += 1;
    }
    assert!(checked >= 5, "{checked}");
}

/// Issue 28: of 30,752 single-bit flips of a filled struct, 3,343 were accepted with another
/// decision. Now every flip of a byte a decision reads (the header, the entries in use, the
/// sources in use, the checksum) is refused; a flip elsewhere (unused room) changes nothing.
#[test]
fn p_every_single_bit_flip_of_a_filled_table_struct_is_refused_or_harmless() {
    let case = include_bytes!("../../tests/cases/example_patient.json");
    let good = fill(TABLE, helserett_params_mode::Overlay as u32).unwrap();
    let decided = with_table(case, &good).unwrap();
    let size = std::mem::size_of::<helserett_params>();
    let base = &*good as *const helserett_params as *const u8;
    let (mut refused, mut same) = (0, 0);
    // Every bit of the used region, and a sample of the unused room.
    let text_at = std::mem::offset_of!(helserett_params, text);
    let used_text_end = text_at + good.text_len as usize;
    let checksum_at = std::mem::offset_of!(helserett_params, checksum);
    let bytes: Vec<usize> = (0..used_text_end)
        .chain((used_text_end..checksum_at).step_by(97))
        .chain(checksum_at..size)
        .collect();
    for at in bytes {
        for bit in 0..8 {
            let mut flipped = *good;
            // SAFETY: `at < size`; the struct is plain data, any bit pattern a value of it.
            unsafe {
                let p = &mut flipped as *mut helserett_params as *mut u8;
                *p.add(at) = *base.add(at) ^ (1 << bit);
            }
            match with_table(case, &flipped) {
                Err((helserett_result::InvalidParams, _)) => refused += 1,
                Ok(d) => {
                    assert_eq!(d, decided, "byte {at} bit {bit} changed the decision");
                    same += 1;
                }
                Err(other) => panic!("byte {at} bit {bit}: {other:?}"),
            }
        }
    }
    assert!(
        refused > 8 * used_text_end / 2,
        "{refused} refused, {same} same"
    );
}
