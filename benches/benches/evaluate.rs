//! One full evaluation of the seed's example patient (EEA rules and every outbound route,
//! ranked, with the next question): JSON to JSON, and typed to typed.
//! Run: `cargo bench -p helserett-benches`. Quote medians; the machines are noisy.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;

const EXAMPLE: &[u8] = include_bytes!("../../tests/cases/example_patient.json");

fn evaluate(c: &mut Criterion) {
    let mut out = [0u8; 16 * 1024];
    c.bench_function("json_to_json/example_patient", |b| {
        b.iter(|| helserett::evaluate_json(black_box(EXAMPLE), &mut out).unwrap())
    });
    let case = helserett::case_from_json(EXAMPLE).unwrap();
    c.bench_function("typed_to_typed/example_patient", |b| {
        b.iter(|| helserett::evaluate(black_box(&case)).unwrap())
    });
    c.bench_function("parse_only/example_patient", |b| {
        b.iter(|| helserett::case_from_json(black_box(EXAMPLE)).unwrap())
    });
    // The interview's step: a partial case, routed across every scheme, next question chosen.
    let partial = helserett::case_from_json(
        br#"{"evaluation_date":"2024-06-01","treatment":{"need":"planned"},"norwegian_offer":{"method":"established"}}"#,
    )
    .unwrap();
    c.bench_function("route_and_next_question/partial_case", |b| {
        b.iter(|| {
            helserett::evaluate(black_box(&partial))
                .unwrap()
                .next_question
        })
    });
    let decision = helserett::evaluate(&case).unwrap();
    c.bench_function("write_only/example_patient", |b| {
        b.iter(|| helserett::decision_to_json(black_box(&decision), &mut out).unwrap())
    });
}

criterion_group!(benches, evaluate);
criterion_main!(benches);
