//! The module's memory and error contract, as the C ABI's: inputs are read from the input
//! buffer (`hr_buffer`), outputs written into the output buffer only on success (the size
//! needed on a short one), and the last error kept as JSON (`hr_error`). Two static buffers and
//! no allocator; a range outside its buffer is an error, never a read or a write elsewhere.

use core::cell::UnsafeCell;
use core::fmt::{self, Write};
use helserett::error::{Error, ErrorKind, FieldPath};
use helserett::fact::Fact;
use helserett::Lang;

/// Room for the inputs of one call (a case, a parameter file, an answer): the kernel reads at
/// most 1 MiB of JSON, a real case is a few kilobytes.
pub const INPUT_LEN: usize = 1 << 20;
/// Room for one output (the largest decision of the shared vectors is about 8 KB).
pub const OUTPUT_LEN: usize = 256 * 1024;
/// Room for the last error as JSON.
const ERROR_LEN: usize = 2048;

/// A buffer the page and the module share; the module is single-threaded (wasm32 without
/// threads), so one call at a time touches it.
struct Shared<const N: usize>(UnsafeCell<[u8; N]>);

// SAFETY: wasm32-unknown-unknown runs one thread: no two calls touch a buffer at once.
unsafe impl<const N: usize> Sync for Shared<N> {}

impl<const N: usize> Shared<N> {
    const fn new() -> Self {
        Shared(UnsafeCell::new([0; N]))
    }

    fn start(&self) -> usize {
        self.0.get() as usize
    }

    /// Whether `len` bytes at `ptr` lie inside this buffer.
    fn holds(&self, ptr: usize, len: usize) -> bool {
        ptr >= self.start()
            && ptr
                .checked_add(len)
                .is_some_and(|end| end <= self.start() + N)
    }
}

static INPUT: Shared<INPUT_LEN> = Shared::new();
static OUTPUT: Shared<OUTPUT_LEN> = Shared::new();
static ERROR: Shared<ERROR_LEN> = Shared::new();
static ERROR_N: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);

/// Where the page writes a call's inputs (`hr_buffer_len()` bytes).
#[no_mangle]
pub extern "C" fn hr_buffer() -> *mut u8 {
    INPUT.0.get().cast()
}

/// The input buffer's length.
#[no_mangle]
pub extern "C" fn hr_buffer_len() -> usize {
    INPUT_LEN
}

/// Where the module writes a call's output (`hr_output_len()` bytes).
#[no_mangle]
pub extern "C" fn hr_output() -> *mut u8 {
    OUTPUT.0.get().cast()
}

/// The output buffer's length.
#[no_mangle]
pub extern "C" fn hr_output_len() -> usize {
    OUTPUT_LEN
}

/// The last failed call's error as JSON: `{"code", "kind", "path", "message"}`, with `"help"`
/// (what the person is told, in the screen's language) for a refused answer.
#[no_mangle]
pub extern "C" fn hr_error() -> *const u8 {
    ERROR.0.get().cast()
}

/// The length of `hr_error()`'s JSON (0 after a call that succeeded).
#[no_mangle]
pub extern "C" fn hr_error_len() -> usize {
    ERROR_N.load(core::sync::atomic::Ordering::Relaxed)
}

/// Why a call failed.
pub enum Failure<'a> {
    /// The kernel's error.
    Kernel(Error),
    /// A refused answer `typed` to `fact`, told in `lang` (a date is read again to tell one
    /// that does not exist from one of the wrong form).
    Answer(Error, Fact, Lang, &'a str),
}

impl From<Error> for Failure<'_> {
    fn from(e: Error) -> Self {
        Failure::Kernel(e)
    }
}

impl Failure<'_> {
    /// An error the boundary finds itself, at the argument `field`.
    pub fn at(kind: ErrorKind, field: &'static &'static str) -> Self {
        Failure::Kernel(Error::new(
            kind,
            FieldPath::of(core::slice::from_ref(field)),
        ))
    }

    fn error(&self) -> &Error {
        match self {
            Failure::Kernel(e) | Failure::Answer(e, ..) => e,
        }
    }
}

/// Runs a call: its status, and the error JSON kept on failure.
pub fn run<'a>(f: impl FnOnce() -> Result<(), Failure<'a>>) -> u32 {
    use core::sync::atomic::Ordering::Relaxed;
    match f() {
        Ok(()) => {
            ERROR_N.store(0, Relaxed);
            0
        }
        Err(failure) => {
            let e = failure.error();
            let help = match &failure {
                Failure::Answer(e, fact, lang, typed) => {
                    Some(helserett::answer::help(*fact, e.kind, typed).text(*lang))
                }
                Failure::Kernel(_) => None,
            };
            let out = ErrorOut {
                code: e.code(),
                kind: e.kind.name(),
                path: Shown(&e.path),
                message: Shown(e),
                help,
            };
            // SAFETY: one call at a time (see `Shared`); nothing else holds the buffer now.
            let buf = unsafe { &mut *ERROR.0.get() };
            let n = helserett::json::to_slice(&out, buf).unwrap_or(0);
            ERROR_N.store(n, Relaxed);
            e.code()
        }
    }
}

/// An error as the page reads it.
#[derive(serde::Serialize)]
struct ErrorOut<'a> {
    code: u32,
    kind: &'static str,
    path: Shown<'a, FieldPath>,
    message: Shown<'a, Error>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<&'static str>,
}

/// A value written as its text.
struct Shown<'a, T>(&'a T);

impl<T: fmt::Display> serde::Serialize for Shown<'_, T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Formatted into a bounded string (no allocator); the kernel's messages are short.
        let mut text: heapless::String<512> = heapless::String::new();
        let _ = write!(text, "{}", self.0);
        s.serialize_str(&text)
    }
}

/// `len` bytes of input at `ptr`, which must lie in the input buffer.
pub fn input<'a>(
    ptr: *const u8,
    len: usize,
    field: &'static &'static str,
) -> Result<&'a [u8], Failure<'a>> {
    if len == 0 {
        return Ok(&[]);
    }
    if !INPUT.holds(ptr as usize, len) {
        return Err(Failure::at(ErrorKind::InvalidValue, field));
    }
    // SAFETY: inside the input buffer (checked), which no output is written into.
    Ok(unsafe { core::slice::from_raw_parts(ptr, len) })
}

/// Where a call's output goes: `cap` bytes at `ptr` in the output buffer, its length to `*out_n`
/// (also in the output buffer's neighbourhood: any writable `usize` the page gives).
pub struct Out {
    buf: &'static mut [u8],
    out_n: *mut usize,
}

/// The output range, which must lie in the output buffer, and where its length goes.
pub fn output<'a>(ptr: *mut u8, cap: usize, out_n: *mut usize) -> Result<Out, Failure<'a>> {
    let n_at = out_n as usize;
    let n_fits = INPUT.holds(n_at, core::mem::size_of::<usize>())
        || OUTPUT.holds(n_at, core::mem::size_of::<usize>());
    if out_n.is_null() || !n_at.is_multiple_of(core::mem::align_of::<usize>()) || !n_fits {
        return Err(Failure::at(ErrorKind::InvalidValue, &"out_n"));
    }
    if cap > 0 && !OUTPUT.holds(ptr as usize, cap) {
        return Err(Failure::at(ErrorKind::InvalidValue, &"out"));
    }
    let buf: &'static mut [u8] = if cap == 0 {
        &mut []
    } else {
        // SAFETY: inside the output buffer (checked), which no input is read from.
        unsafe { core::slice::from_raw_parts_mut(ptr, cap) }
    };
    Ok(Out { buf, out_n })
}

impl Out {
    fn set_len(&self, n: usize) {
        // SAFETY: checked aligned and inside one of the module's buffers by `output`.
        unsafe { self.out_n.write(n) }
    }

    /// Writes with `f` (the kernel's writers report the size needed when the room is short).
    pub fn write<'a>(
        self,
        f: impl FnOnce(&mut [u8]) -> Result<usize, Error>,
    ) -> Result<(), Failure<'a>> {
        match f(self.buf) {
            Ok(n) => {
                self.set_len(n);
                Ok(())
            }
            Err(e) => {
                if let ErrorKind::BufferTooSmall { needed } = e.kind {
                    // The documented exception to "outputs only on success": the size needed.
                    self.set_len(needed);
                }
                Err(Failure::Kernel(e))
            }
        }
    }

    /// Writes a text (no NUL: the page knows the length).
    pub fn write_display<'a>(self, text: &impl fmt::Display) -> Result<(), Failure<'a>> {
        let mut count = Count(0);
        let _ = write!(count, "{text}");
        let needed = count.0;
        if needed > self.buf.len() {
            self.set_len(needed);
            return Err(Failure::Kernel(Error::new(
                ErrorKind::BufferTooSmall { needed },
                FieldPath::ROOT,
            )));
        }
        let out_n = self.out_n;
        let mut w = Fill {
            buf: self.buf,
            at: 0,
        };
        let _ = write!(w, "{text}");
        // SAFETY: as `set_len`.
        unsafe { out_n.write(w.at) };
        Ok(())
    }
}

struct Count(usize);

impl Write for Count {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

struct Fill<'b> {
    buf: &'b mut [u8],
    at: usize,
}

impl Write for Fill<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.at + s.len();
        let room = self.buf.get_mut(self.at..end).ok_or(fmt::Error)?;
        room.copy_from_slice(s.as_bytes());
        self.at = end;
        Ok(())
    }
}
