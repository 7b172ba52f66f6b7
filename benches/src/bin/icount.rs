//! The workload of the instruction-count benchmark (`scripts/icount.py`): one entry point,
//! called N times on the example patient. The script runs it under callgrind with two values
//! of N and divides the difference, so start-up and set-up cancel out and what is left is the
//! instructions of one call, a figure that is stable on a noisy machine where times are not.
//!
//! Usage: `icount PATH N`, PATH one of `typed`, `json`, `c_struct`, `c_json`, `inbound_json`,
//! `method_json`.

use std::hint::black_box;
use std::ptr::null_mut;

const EXAMPLE: &[u8] = include_bytes!("../../../tests/cases/example_patient.json");
const ADMISSION: &[u8] = include_bytes!("../../../tests/cases/admission_example.json");
const METHOD: &[u8] = include_bytes!("../../../tests/cases/method_example.json");

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(path), Some(n)) = (args.get(1), args.get(2).and_then(|n| n.parse::<u32>().ok()))
    else {
        eprintln!("usage: icount typed|json|c_struct|c_json|inbound_json|method_json N");
        std::process::exit(2);
    };
    let mut out = vec![0u8; 64 * 1024];
    match path.as_str() {
        "typed" => {
            let case = helserett::case_from_json(EXAMPLE).unwrap();
            for _ in 0..n {
                black_box(helserett::evaluate(black_box(&case)).unwrap());
            }
        }
        "json" | "inbound_json" | "method_json" => {
            let input = match path.as_str() {
                "json" => EXAMPLE,
                "inbound_json" => ADMISSION,
                _ => METHOD,
            };
            for _ in 0..n {
                black_box(helserett::evaluate_json(black_box(input), &mut out).unwrap());
            }
        }
        "c_json" => {
            for _ in 0..n {
                let mut written = 0;
                // SAFETY: valid pointers and lengths.
                let r = unsafe {
                    ffi::helserett_evaluate_json(
                        black_box(EXAMPLE.as_ptr()).cast(),
                        EXAMPLE.len(),
                        std::ptr::null(),
                        out.as_mut_ptr().cast(),
                        out.len(),
                        &mut written,
                        null_mut(),
                    )
                };
                assert_eq!(r, ffi::helserett_result::Ok);
            }
        }
        "c_struct" => {
            let mut c_case = std::mem::MaybeUninit::<ffi::helserett_case>::uninit();
            // SAFETY: valid pointers; written on success.
            let c_case = unsafe {
                let r = ffi::helserett_case_from_json(
                    EXAMPLE.as_ptr().cast(),
                    EXAMPLE.len(),
                    c_case.as_mut_ptr(),
                    null_mut(),
                );
                assert_eq!(r, ffi::helserett_result::Ok);
                c_case.assume_init()
            };
            let mut d = Box::new(std::mem::MaybeUninit::<ffi::helserett_decision>::uninit());
            for _ in 0..n {
                // SAFETY: valid pointers.
                let r = unsafe {
                    ffi::helserett_evaluate(
                        black_box(&c_case),
                        std::ptr::null(),
                        d.as_mut_ptr(),
                        null_mut(),
                    )
                };
                assert_eq!(r, ffi::helserett_result::Ok);
            }
        }
        other => {
            eprintln!("unknown path {other}");
            std::process::exit(2);
        }
    }
}
