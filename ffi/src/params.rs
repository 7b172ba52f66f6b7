//! A parameter table in the caller's memory (issue 14): `helserett_params_from_json` reads a
//! table file (`helserett.params/1`) once, checked by the kernel and overlaid on the built-in
//! table or replacing it, into a `helserett_params` the caller allocates (about 15 KiB, no
//! pointers inside: it can be copied, kept for the life of a process, or put in shared memory);
//! `helserett_evaluate_json_with_table` then decides any number of cases with it.
//!
//! Every call that takes the struct checks it again before use: its magic number, a checksum
//! over every byte a decision can read from it (the count, the entries in use, the estimate
//! setting and the sources in use), each entry's parameter, dates and source, then the table
//! as the kernel checks any table. A struct never filled, or changed in any of those bytes
//! since (one flipped bit included), is refused with `HELSERETT_RESULT_INVALID_PARAMS` rather
//! than trusted. The table's meaning stays the kernel's: this module only copies entries in and
//! out.

use crate::boundary::{helserett_error_detail, input, out_ptr, run, Failure};
use crate::helserett_result;
use kernel::error::{Error, ErrorKind, FieldPath};
use kernel::params::{ParamEntry, ParamId};
use kernel::{Date, Params};

/// The most entries a `helserett_params` holds (the kernel's `MAX_PARAM_ENTRIES`).
pub const HELSERETT_MAX_PARAM_ENTRIES: usize = 96;
/// The bytes of source text a `helserett_params` holds: a file's sources (at most the kernel's
/// `MAX_PARAM_TEXT`, 8 KiB) and the built-in table's that an overlay keeps.
pub const HELSERETT_PARAMS_TEXT_CAPACITY: usize = 12 * 1024;
/// Marks a filled `helserett_params` ("HPAR").
pub const HELSERETT_PARAMS_MAGIC: u32 = 0x4850_4152;

const _: () = assert!(HELSERETT_MAX_PARAM_ENTRIES == kernel::json::MAX_PARAM_ENTRIES);
const _: () = assert!(HELSERETT_PARAMS_TEXT_CAPACITY >= kernel::json::MAX_PARAM_TEXT + 4096);

/// One entry of a `helserett_params`. Written by `helserett_params_from_json`; read them if you
/// like (to list the table), do not write them.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct helserett_param_entry {
    /// The parameter, by its position in the kernel's list (`helserett_param_name` names it).
    pub id: u32,
    /// The value, in the parameter's unit.
    pub value: i64,
    /// First day in force as YYYYMMDD, 0 when open.
    pub from_yyyymmdd: u32,
    /// First day no longer in force as YYYYMMDD, 0 when open.
    pub until_yyyymmdd: u32,
    /// Where the source text starts in `text`.
    pub source_offset: u32,
    /// Its length in bytes (UTF-8).
    pub source_len: u32,
}

/// A checked parameter table in the caller's memory. Fill it with
/// `helserett_params_from_json`; pass it to `helserett_evaluate_json_with_table`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct helserett_params {
    /// `HELSERETT_PARAMS_MAGIC` once filled.
    pub magic: u32,
    /// Entries in use.
    pub count: u32,
    /// The entries, in table order (the order the receipt's hash covers).
    pub entries: [helserett_param_entry; HELSERETT_MAX_PARAM_ENTRIES],
    /// Bytes of `text` in use.
    pub text_len: u32,
    /// The file's `estimate` (issue 24): 0, a missing year's rate is never estimated; else the
    /// uprating per year in basis points (10 000: carried forward unchanged).
    pub estimate_uprate_bp: u32,
    /// The entries' sources, one after another.
    pub text: [u8; HELSERETT_PARAMS_TEXT_CAPACITY],
    /// A check word over every field above that is in use, written last by
    /// `helserett_params_from_json`: a struct changed since is refused, not trusted.
    pub checksum: u64,
}

/// The check word of a filled struct: every field a decision reads, word by word, through a
/// step that is a bijection both of the word and of the running value (xor, then a multiply
/// by an odd constant), so that any change to one word, and so any single flipped bit,
/// changes the result. About two instructions per 8 bytes: a table of 40 entries and 6 KB of
/// sources costs about 2,000 instructions a call, far less than checking the table.
fn checksum(p: &helserett_params) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let step = |h: u64, w: u64| (h.rotate_left(23) ^ w).wrapping_mul(K);
    let count = (p.count as usize).min(HELSERETT_MAX_PARAM_ENTRIES);
    let text_len = (p.text_len as usize).min(HELSERETT_PARAMS_TEXT_CAPACITY);
    let mut h = step(K, u64::from(p.magic) | u64::from(p.count) << 32);
    h = step(
        h,
        u64::from(p.text_len) | u64::from(p.estimate_uprate_bp) << 32,
    );
    for e in &p.entries[..count] {
        h = step(h, u64::from(e.id) | u64::from(e.from_yyyymmdd) << 32);
        h = step(h, e.value as u64);
        h = step(
            h,
            u64::from(e.until_yyyymmdd) | u64::from(e.source_offset) << 32,
        );
        h = step(h, u64::from(e.source_len));
    }
    let mut words = p.text[..text_len].chunks_exact(8);
    for w in &mut words {
        h = step(h, u64::from_le_bytes(w.try_into().unwrap_or([0; 8])));
    }
    let mut last = [0u8; 8];
    last[..words.remainder().len()].copy_from_slice(words.remainder());
    step(h, u64::from_le_bytes(last))
}

static PARAMS_JSON: &str = "params_json";
static PARAMS: &str = "params";

fn yyyymmdd(d: Option<Date>) -> u32 {
    d.map_or(0, |d| {
        u32::from(d.year()) * 10_000 + u32::from(d.month()) * 100 + u32::from(d.day())
    })
}

fn date_of(n: u32) -> Option<Option<Date>> {
    if n == 0 {
        return Some(None);
    }
    let (y, m, d) = (n / 10_000, n / 100 % 100, n % 100);
    Date::new(u16::try_from(y).ok()?, m as u8, d as u8)
        .ok()
        .map(Some)
}

/// The struct's entries as the kernel's, borrowing their sources from it; `None` when the
/// struct was not filled by `helserett_params_from_json` or has been changed since.
fn entries(p: &helserett_params) -> Option<Vec<ParamEntry<'_>>> {
    let count = usize::try_from(p.count).ok()?;
    let text_len = usize::try_from(p.text_len).ok()?;
    if p.magic != HELSERETT_PARAMS_MAGIC
        || count > HELSERETT_MAX_PARAM_ENTRIES
        || p.checksum != checksum(p)
    {
        return None;
    }
    let text = p.text.get(..text_len)?;
    p.entries[..count]
        .iter()
        .map(|e| {
            let at = usize::try_from(e.source_offset).ok()?;
            let len = usize::try_from(e.source_len).ok()?;
            let source = core::str::from_utf8(text.get(at..at.checked_add(len)?)?).ok()?;
            Some(ParamEntry {
                id: *ParamId::ALL.get(usize::try_from(e.id).ok()?)?,
                value: e.value,
                from: date_of(e.from_yyyymmdd)?,
                until: date_of(e.until_yyyymmdd)?,
                source,
            })
        })
        .collect()
}

/// The kernel's checked table over these entries (overlaps, ranges, validity: as any table).
fn table<'p>(entries: &'p [ParamEntry<'p>]) -> Result<Params<'p>, Failure> {
    Params::new(entries).map_err(|e| Failure::Kernel(Error::from_table(e)))
}

/// Runs `then` with the table to decide with: the caller's `helserett_params`, checked as
/// every call checks it, or the built-in table when `params` is NULL (issue 24: every struct
/// call takes an operator's table).
///
/// # Safety
/// `params` is NULL or points to a readable `helserett_params`.
pub(crate) unsafe fn with_table<R>(
    params: *const helserett_params,
    then: impl FnOnce(Params<'_>) -> Result<R, Failure>,
) -> Result<R, Failure> {
    if params.is_null() {
        return then(Params::builtin());
    }
    // SAFETY: non-NULL and readable by the caller's contract.
    let p = unsafe { &*params };
    let entries = entries(p).ok_or_else(not_filled)?;
    then(table(&entries)?.with_estimate(estimate(p)?))
}

/// The struct's estimate setting, checked as the kernel reads it from a file.
fn estimate(p: &helserett_params) -> Result<Option<kernel::estimate::Estimate>, Failure> {
    use kernel::estimate::Estimate;
    match p.estimate_uprate_bp {
        0 => Ok(None),
        bp if (Estimate::MIN_UPRATE_BP..=Estimate::MAX_UPRATE_BP).contains(&bp) => {
            Ok(Some(Estimate {
                uprate_bp_per_year: bp,
            }))
        }
        _ => Err(not_filled()),
    }
}

/// A struct not filled by `helserett_params_from_json`, or changed since.
fn not_filled() -> Failure {
    Failure::at(helserett_result::InvalidParams, &PARAMS)
}

/// Reads a parameter table file (`helserett.params/1`) into `out`, overlaid on the built-in
/// table or replacing it as `params_mode` says (`HELSERETT_PARAMS_MODE_OVERLAY`, `_REPLACE`).
/// An error in the file names the entry (`parameters[3].until`), as
/// every reader does; `out` is written only on success.
///
/// # Safety
/// `params_json` is NULL or points to `params_len` readable bytes; `out` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_params_from_json(
    params_json: *const core::ffi::c_char,
    params_len: usize,
    params_mode: u32,
    out: *mut helserett_params,
    detail: *mut helserett_error_detail,
) -> helserett_result {
    run(detail, || {
        // SAFETY: caller contract for `params_json`.
        let text = unsafe { input(params_json.cast(), params_len, &PARAMS_JSON) }?;
        let mode = crate::enums::params_mode(params_mode)?;
        let out = out_ptr(out, &"out")?;
        let read = kernel::json::params_from_json(text, mode)?;
        let mut p = Box::new(helserett_params {
            magic: HELSERETT_PARAMS_MAGIC,
            count: 0,
            entries: [helserett_param_entry::default(); HELSERETT_MAX_PARAM_ENTRIES],
            text_len: 0,
            estimate_uprate_bp: read.estimate().map_or(0, |e| e.uprate_bp_per_year),
            text: [0; HELSERETT_PARAMS_TEXT_CAPACITY],
            checksum: 0,
        });
        let mut at = 0usize;
        for (i, e) in read.entries().iter().enumerate() {
            let source = e.source.as_bytes();
            let end = at + source.len();
            let (Some(slot), Some(room)) = (p.entries.get_mut(i), p.text.get_mut(at..end)) else {
                return Err(Failure::Kernel(Error::new(
                    ErrorKind::TooMany,
                    FieldPath::of(&["parameters"]),
                )));
            };
            room.copy_from_slice(source);
            *slot = helserett_param_entry {
                id: ParamId::ALL.iter().position(|x| *x == e.id).unwrap_or(0) as u32,
                value: e.value,
                from_yyyymmdd: yyyymmdd(e.from),
                until_yyyymmdd: yyyymmdd(e.until),
                source_offset: at as u32,
                source_len: source.len() as u32,
            };
            at = end;
            p.count = (i + 1) as u32;
        }
        p.text_len = at as u32;
        p.checksum = checksum(&p);
        // The table as read must be the table given back: checked before the caller sees it.
        let back = entries(&p).ok_or_else(not_filled)?;
        table(&back)?;
        // SAFETY: `out` is non-NULL and writable by the caller's contract.
        unsafe { core::ptr::copy_nonoverlapping(&*p, out, 1) };
        Ok(())
    })
}

/// Writes one line about the table in use (NULL: the built-in one) into `buf`, for a kiosk's or
/// a desk's header: its SHA-256 as the decisions' receipts name it (first 12 hex digits) and the
/// rates it still lacks for `year`, in `lang` ("Parametertabell 9dee0d830311: mangler for 2026:
/// kilometersats for pasientreiser, …").
///
/// # Safety
/// `params` is NULL or a readable `helserett_params`; `buf` is NULL or `len` writable bytes;
/// `out_n` is NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn helserett_params_summary(
    params: *const helserett_params,
    year: u16,
    lang_code: u32,
    buf: *mut core::ffi::c_char,
    len: usize,
    out_n: *mut usize,
) -> helserett_result {
    crate::boundary::run_plain(|| {
        let lang = crate::enums::lang(lang_code)?;
        // SAFETY: caller contract for `params`, `buf`, `out_n`.
        unsafe {
            with_table(params, |t| {
                let text = kernel::view::table_summary(t, year, lang);
                crate::text::write_display(&text, buf, len, out_n)
            })
        }
    })
}
