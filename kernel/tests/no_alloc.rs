//! A full evaluation, JSON in to JSON out, allocates nothing: a counting global allocator
//! counts every allocation made on this test's thread while the kernel runs.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // try_with: the thread-local may already be gone while a thread shuts down.
        let _ = ALLOCATIONS.try_with(|c| c.set(c.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_during(f: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(|c| c.get());
    f();
    ALLOCATIONS.with(|c| c.get()) - before
}

#[test]
fn full_evaluation_json_to_json_allocates_nothing() {
    let input = include_bytes!("../../tests/cases/example_patient.json");
    let mut out = [0u8; 16 * 1024];
    // The counter works: a Vec allocates.
    assert!(allocations_during(|| drop(std::hint::black_box(vec![1u8; 8]))) > 0);
    let mut n = 0;
    let count = allocations_during(|| {
        n = helserett::evaluate_json(std::hint::black_box(input), &mut out).unwrap();
    });
    assert!(n > 1000);
    assert_eq!(count, 0, "the kernel allocated {count} times");
    // Also the error paths and the explanation.
    let count = allocations_during(|| {
        let e = helserett::evaluate_json(br#"{"evaluation_date":"2024-02-30"}"#, &mut out);
        assert!(e.is_err());
        let e = helserett::evaluate_json(input, &mut out[..10]);
        assert!(e.is_err());
        let case = helserett::case_from_json(input).unwrap();
        let d = helserett::evaluate(&case).unwrap();
        use std::fmt::Write;
        let mut sink = Sink(0);
        write!(sink, "{}", helserett::explain(&d, helserett::Lang::Nb)).unwrap();
        assert!(sink.0 > 1000);
    });
    assert_eq!(
        count, 0,
        "allocated {count} times on error and explanation paths"
    );
}

struct Sink(usize);

impl std::fmt::Write for Sink {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}
