//! The kernel on a Cortex-M4F board: decides every shared vector (tests/vectors/) through the
//! same entry points as the hosts (`helserett::evaluate_json`; with a caller's parameter table
//! read by `params_from_json`, `evaluate_json_with`), writes each decision's bytes to the host
//! over semihosting, and reports the flash and RAM the image takes and the stack each
//! decision used. `scripts/firmware.sh` runs it in QEMU (mps2-an386) and compares the bytes
//! with the vectors' expected decisions, byte for byte.
//!
//! Output, one line per vector: `id TAB ok TAB length TAB decision-bytes` or `id TAB error TAB
//! code TAB kind TAB path TAB message`, then `stack TAB id TAB bytes` lines and a `footprint`
//! line. The stack is measured by painting: the free RAM below the caller's frame is filled
//! with a pattern, the decision runs, and the deepest word it changed tells the bytes it used.

#![no_std]
#![no_main]

use core::fmt::Write;
use cortex_m_rt::entry;
use cortex_m_semihosting::{debug, hio};
use helserett::json::{params_from_json, ParamsMode};

/// One packed vector.
struct Vector<'a> {
    id: &'a [u8],
    input: &'a [u8],
    /// A parameter table file, or empty for the built-in table.
    table: &'a [u8],
    mode: ParamsMode,
}

/// The vectors' inputs, packed by build.rs.
static VECTORS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/vectors.bin"));

/// Large enough for the largest decision in the vectors (about 8 KB) with room to spare.
const DECISION_CAPACITY: usize = 16 * 1024;

/// How far below the caller's frame the stack is painted: a decision that reaches the bottom
/// is reported as at least this deep.
const PAINT_BYTES: usize = 64 * 1024;
const PAINT: u32 = 0x5EED_C0DE;

extern "C" {
    // cortex-m-rt's linker script: section bounds, for the footprint report.
    static __erodata: u32;
    static __sdata: u32;
    static __edata: u32;
    static __sbss: u32;
    static __ebss: u32;
    static __sheap: u32;
}

#[entry]
fn main() -> ! {
    let Ok(mut host) = hio::hstdout() else { fail() };
    let mut decision = [0u8; DECISION_CAPACITY];
    let mut deepest = (0usize, &[][..]);
    let mut rest = VECTORS;
    while let Some((v, tail)) = next_vector(rest) {
        rest = tail;
        let (id, input) = (v.id, v.input);
        // The table is read outside the painted stack: what is charged is the decision.
        let table = (!v.table.is_empty()).then(|| params_from_json(v.table, v.mode));
        let (result, used) = match &table {
            None => with_painted_stack(|| helserett::evaluate_json(input, &mut decision)),
            Some(Err(e)) => (Err(*e), 0),
            Some(Ok(t)) => t.with_params(|p| {
                with_painted_stack(|| helserett::evaluate_json_with(input, p, &mut decision))
            }),
        };
        if used > deepest.0 {
            deepest = (used, id);
        }
        let id = core::str::from_utf8(id).unwrap_or("?");
        let written = match result {
            Ok(n) => write!(host, "{id}\tok\t{n}\t")
                .and_then(|()| {
                    host.write_all(&decision[..n])
                        .map_err(|()| core::fmt::Error)
                })
                .and_then(|()| writeln!(host)),
            Err(e) => writeln!(
                host,
                "{id}\terror\t{}\t{}\t{}\t{e}",
                e.code(),
                e.kind.name(),
                e.path
            ),
        };
        let stack = writeln!(host, "stack\t{id}\t{used}");
        if written.and(stack).is_err() {
            fail()
        }
    }
    let (flash, ram) = footprint();
    let report = writeln!(
        host,
        "footprint\tflash {flash}\tram {ram}\tvectors {}\tdeepest stack {} ({})",
        VECTORS.len(),
        deepest.0,
        core::str::from_utf8(deepest.1).unwrap_or("?")
    );
    if report.is_err() {
        fail()
    }
    exit(debug::EXIT_SUCCESS)
}

/// The next vector in the packed blob, and what follows it.
fn next_vector(blob: &[u8]) -> Option<(Vector<'_>, &[u8])> {
    let (&id_len, blob) = blob.split_first()?;
    let (id, blob) = blob.split_at_checked(usize::from(id_len))?;
    let (input, blob) = counted(blob)?;
    let (table, blob) = counted(blob)?;
    let (&mode, blob) = blob.split_first()?;
    let mode = if mode == 1 {
        ParamsMode::Replace
    } else {
        ParamsMode::Overlay
    };
    Some((
        Vector {
            id,
            input,
            table,
            mode,
        },
        blob,
    ))
}

/// Bytes preceded by their length (u32, little-endian).
fn counted(blob: &[u8]) -> Option<(&[u8], &[u8])> {
    let (len, blob) = blob.split_at_checked(4)?;
    let len = u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize;
    blob.split_at_checked(len)
}

/// Runs `f` with the free stack below this frame painted, and returns its result and the
/// stack bytes it used (from this frame's stack pointer down to the deepest changed word).
#[inline(never)]
fn with_painted_stack<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let sp = cortex_m::register::msp::read() as usize;
    // Keep a little below the stack pointer unpainted for this function's own calls.
    let top = (sp - 256) & !3;
    let heap = core::ptr::addr_of!(__sheap) as usize;
    let bottom = top.saturating_sub(PAINT_BYTES).max(heap);
    let words = (top - bottom) / 4;
    let base = bottom as *mut u32;
    for i in 0..words {
        // SAFETY: [bottom, top) is RAM below every live frame and above the static data; only
        // this function and the call it makes next touch it.
        unsafe { base.add(i).write_volatile(PAINT) };
    }
    let result = f();
    let mut untouched = 0;
    // SAFETY: the same range, read back after the call returned.
    while untouched < words && unsafe { base.add(untouched).read_volatile() } == PAINT {
        untouched += 1;
    }
    (result, sp - (bottom + 4 * untouched))
}

/// Flash (code and constants, without the embedded vectors, plus the initial values of .data)
/// and static RAM (.data and .bss), from the linker's section bounds.
fn footprint() -> (usize, usize) {
    let addr = |s: *const u32| s as usize;
    let (erodata, sdata, edata) = (
        addr(core::ptr::addr_of!(__erodata)),
        addr(core::ptr::addr_of!(__sdata)),
        addr(core::ptr::addr_of!(__edata)),
    );
    let (sbss, ebss) = (
        addr(core::ptr::addr_of!(__sbss)),
        addr(core::ptr::addr_of!(__ebss)),
    );
    // Flash starts at 0x0 on this board.
    let flash = erodata + (edata - sdata) - VECTORS.len();
    (flash, (edata - sdata) + (ebss - sbss))
}

fn fail() -> ! {
    exit(debug::EXIT_FAILURE)
}

/// Ends the run with `status` (QEMU passes it on as its own exit status).
fn exit(status: debug::ExitStatus) -> ! {
    debug::exit(status);
    // Only reached without a debugger or emulator to take the exit: wait.
    loop {
        cortex_m::asm::wfi();
    }
}

#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    if let Ok(mut host) = hio::hstdout() {
        let _ = writeln!(host, "panic\t{info}");
    }
    fail()
}
