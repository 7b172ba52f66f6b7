//! Typed evaluation of a whole population, for comparison with the Python bindings'
//! throughput (python/examples/throughput.py): the same cases, read once from JSON lines
//! (`HELSERETT_POPULATION=cases.jsonl`, as that script writes them), then decided typed to
//! typed, on one thread and on every core. Without the variable, the shared vectors' valid
//! cases stand in. Run: `cargo bench -p helserett-benches --bench population`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use helserett::Case;
use std::hint::black_box;

const VECTORS: &str = include_str!("../../tests/vectors/eea.json");

fn population() -> Vec<Case> {
    if let Some(path) = std::env::var_os("HELSERETT_POPULATION") {
        let text = std::fs::read_to_string(&path).expect("HELSERETT_POPULATION: cannot read");
        return text
            .lines()
            .filter_map(|l| helserett::case_from_json(l.as_bytes()).ok())
            .collect();
    }
    // The vectors' inputs: every "input" string whose case reads.
    VECTORS
        .split("\"input\": ")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find("\",\n")?;
            let quoted = &rest[..=end];
            let unescaped = quoted[1..quoted.len() - 1].replace("\\\"", "\"");
            helserett::case_from_json(unescaped.as_bytes()).ok()
        })
        .collect()
}

fn decide_all(cases: &[Case]) -> usize {
    cases
        .iter()
        .filter(|c| helserett::evaluate(black_box(c)).is_ok())
        .count()
}

fn bench(c: &mut Criterion) {
    let cases = population();
    assert!(!cases.is_empty(), "no cases to measure");
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut g = c.benchmark_group("population");
    g.throughput(Throughput::Elements(cases.len() as u64));
    g.sample_size(10);
    g.bench_function("typed/1_thread", |b| b.iter(|| decide_all(&cases)));
    g.bench_function(format!("typed/{threads}_threads"), |b| {
        b.iter(|| {
            let chunk = cases.len().div_ceil(threads);
            std::thread::scope(|s| {
                let parts: Vec<_> = cases
                    .chunks(chunk)
                    .map(|part| s.spawn(move || decide_all(part)))
                    .collect();
                parts
                    .into_iter()
                    .map(|h| h.join().unwrap_or(0))
                    .sum::<usize>()
            })
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
