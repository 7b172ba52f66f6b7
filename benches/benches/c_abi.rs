//! The cost of the C boundary: the same case through the Rust API and through the C ABI's
//! entry points (the very functions a C program calls: NULL and length checks, the panic
//! boundary, the struct translation). Side by side, so the ratio is the overhead.
//! Run: `cargo bench -p helserett-benches --bench c_abi`; `scripts/bench-c-abi.sh` adds the
//! same calls made from a C program and prints the ratios.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::ptr::null_mut;

const EXAMPLE: &[u8] = include_bytes!("../../tests/cases/example_patient.json");

fn c_abi(c: &mut Criterion) {
    let mut out = [0u8; 16 * 1024];
    let mut g = c.benchmark_group("json");
    g.bench_function("rust", |b| {
        b.iter(|| helserett::evaluate_json(black_box(EXAMPLE), &mut out).unwrap())
    });
    g.bench_function("c_abi", |b| {
        b.iter(|| {
            let mut n = 0;
            // SAFETY: valid pointers and lengths.
            let r = unsafe {
                ffi::helserett_evaluate_json(
                    black_box(EXAMPLE.as_ptr()).cast(),
                    EXAMPLE.len(),
                    std::ptr::null(),
                    out.as_mut_ptr().cast(),
                    out.len(),
                    &mut n,
                    null_mut(),
                )
            };
            assert_eq!(r, ffi::helserett_result::Ok);
            n
        })
    });
    g.finish();

    let case = helserett::case_from_json(EXAMPLE).unwrap();
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
    let mut g = c.benchmark_group("typed");
    g.bench_function("rust", |b| {
        b.iter(|| helserett::evaluate(black_box(&case)).unwrap())
    });
    g.bench_function("c_abi_struct", |b| {
        let mut d = std::mem::MaybeUninit::<ffi::helserett_decision>::uninit();
        b.iter(|| {
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
        })
    });
    g.bench_function("c_abi_next_question", |b| {
        let mut q = std::mem::MaybeUninit::<ffi::helserett_question>::uninit();
        b.iter(|| {
            // SAFETY: valid pointers.
            let r = unsafe {
                ffi::helserett_next_question(
                    black_box(&c_case),
                    std::ptr::null(),
                    q.as_mut_ptr(),
                    null_mut(),
                )
            };
            assert_eq!(r, ffi::helserett_result::Ok);
        })
    });
    g.finish();
}

criterion_group!(benches, c_abi);
criterion_main!(benches);
