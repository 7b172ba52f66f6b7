//! Splitting a batch over threads. The work given here never touches Python: it runs after
//! the inputs were copied into Rust, with the GIL released by the caller.

use std::ops::Range;
use std::sync::OnceLock;

/// Below this many rows a batch runs on the calling thread: starting threads costs more.
const MIN_ROWS_PER_THREAD: usize = 2048;

/// How many threads a batch uses: the caller's number, else one per core.
pub fn count(requested: Option<usize>) -> usize {
    // Asking the system reads cgroup files (tens of µs): once per process is enough.
    static CORES: OnceLock<usize> = OnceLock::new();
    requested
        .unwrap_or_else(|| {
            *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        })
        .max(1)
}

/// `f` over `0..n` in contiguous chunks, one per thread, results in row order.
pub fn map_rows<T: Send>(
    n: usize,
    threads: usize,
    f: impl Fn(Range<usize>) -> Vec<T> + Sync,
) -> Vec<T> {
    let threads = threads.min(n / MIN_ROWS_PER_THREAD).max(1);
    if threads == 1 {
        return f(0..n);
    }
    let chunk = n.div_ceil(threads);
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let rows = (t * chunk).min(n)..((t + 1) * chunk).min(n);
                s.spawn(move || f(rows))
            })
            .collect();
        let mut out = Vec::with_capacity(n);
        for h in handles {
            match h.join() {
                Ok(part) => out.extend(part),
                // The kernel never panics; should this binding, the panic reaches Python as
                // pyo3's PanicException, not as a crash.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        out
    })
}
