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
