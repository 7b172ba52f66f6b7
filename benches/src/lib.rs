//! Criterion benchmarks of the helserett kernel live in `benches/`; this crate has no code of
//! its own. Run them with `cargo bench -p helserett-benches`.
