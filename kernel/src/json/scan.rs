//! Finding the next byte of a JSON string that needs attention, eight bytes at a time.
//!
//! The writer looks for a byte to escape, the strict pass for one to check; in a decision or a
//! case almost no byte is either. Testing byte by byte cost about eight instructions a byte, a
//! sixth of writing a decision and a tenth of reading a case (issue 15). A word is tested with
//! the classic "has a zero byte" and "has a byte below n" tricks, which never miss a byte and
//! may flag a byte only above one that is rightly flagged, so the lowest flag (little-endian:
//! the first byte) is exact, found with one count of trailing zeros (issue 29; scanning the
//! flagged word byte by byte was a fifth of reading a key).

/// What ends a plain run: `"`, `\\` and the controls, which a JSON string literal cannot hold
/// as they are (the writer escapes them), and with `NON_ASCII` also every byte of a multi-byte
/// UTF-8 character (which the strict pass checks).
const fn stops<const NON_ASCII: bool>(c: u8) -> bool {
    STOPS[c as usize] & if NON_ASCII { TO_CHECK } else { TO_ESCAPE } != 0
}

const TO_ESCAPE: u8 = 1;
const TO_CHECK: u8 = 2;

/// Per byte: whether it stops a run of either kind (a table: the tail of a string, shorter
/// than a word, is looked at byte by byte).
static STOPS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b < 0x20 || b == b'"' || b == b'\\' {
            t[c] = TO_ESCAPE | TO_CHECK;
        } else if b >= 0x80 {
            t[c] = TO_CHECK;
        }
        c += 1;
    }
    t
};

/// The length of the run at the start of `b` with no byte that stops it (see [`stops`]).
#[inline(always)]
pub(crate) fn plain_len<const NON_ASCII: bool>(b: &[u8]) -> usize {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let mut words = b.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let w = u64::from_le_bytes(w);
        let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
        let quote = has_zero(w ^ (ONES * u64::from(b'"')));
        let backslash = has_zero(w ^ (ONES * u64::from(b'\\')));
        let high = if NON_ASCII { w & HIGH } else { 0 };
        let flagged = below_space | quote | backslash | high;
        if flagged != 0 {
            // Each test may flag a byte above one it rightly flags (a borrow carries upward),
            // never one below: the lowest flag is the first byte that stops the run.
            return at + (flagged.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    let tail = words.remainder();
    at + tail
        .iter()
        .position(|&c| stops::<NON_ASCII>(c))
        .unwrap_or(tail.len())
}

/// Whether `b` holds a backslash, eight bytes at a time: whether a string as written needs
/// unescaping. (`memchr`, which `contains` calls, is made for long haystacks; a case's strings
/// are a few bytes, and its set-up cost more than the search: 4,000 instructions a case,
/// issue 29.)
#[inline]
pub(crate) fn has_backslash(b: &[u8]) -> bool {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    let mut words = b.chunks_exact(8);
    for chunk in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w) ^ (ONES * u64::from(b'\\'));
        if x.wrapping_sub(ONES) & !x & HIGH != 0 {
            return true;
        }
    }
    words.remainder().contains(&b'\\')
}

/// What is wrong with an escape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BadEscape {
    /// Not one of RFC 8259's escapes, or `\u` without four hex digits: the byte at this
    /// offset from the backslash is the first that is wrong.
    Invalid(usize),
    /// A `\u` escape of a surrogate that is not half of a pair.
    LoneSurrogate,
}

/// The length of the escape at the start of `b` (its backslash first), checked as RFC 8259
/// has it: one of `\" \\ \/ \b \f \n \r \t`, or `\u` and four hex digits, a high surrogate
/// followed at once by an escaped low one. One check for the strict pass and the one-pass
/// reader, so that both accept the same strings.
pub(crate) fn escape_len(b: &[u8]) -> Result<usize, BadEscape> {
    match b.get(1) {
        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => Ok(2),
        Some(b'u') => match hex4(b, 2)? {
            0xD800..=0xDBFF => {
                if b.get(6..8) != Some(b"\\u") {
                    return Err(BadEscape::LoneSurrogate);
                }
                match hex4(b, 8)? {
                    0xDC00..=0xDFFF => Ok(12),
                    _ => Err(BadEscape::LoneSurrogate),
                }
            }
            0xDC00..=0xDFFF => Err(BadEscape::LoneSurrogate),
            _ => Ok(6),
        },
        _ => Err(BadEscape::Invalid(1)),
    }
}

/// Exactly four hex digits at `b[at..]` (no sign, no fewer).
fn hex4(b: &[u8], at: usize) -> Result<u32, BadEscape> {
    let mut v = 0;
    for i in at..at + 4 {
        let d = match b.get(i) {
            Some(c @ b'0'..=b'9') => c - b'0',
            Some(c @ b'a'..=b'f') => c - b'a' + 10,
            Some(c @ b'A'..=b'F') => c - b'A' + 10,
            _ => return Err(BadEscape::Invalid(i)),
        };
        v = v * 16 + u32::from(d);
    }
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every byte value natively; under Miri (about 10^4 times slower: every value took four
    /// minutes of its run) the bytes at each edge the word tricks test (the controls, the
    /// space, `"`, `\\` and its neighbours, the high bit, and a byte with the high bit and
    /// `\\`'s low bits) stand for all of them.
    const PROBES: &[u8] = if cfg!(miri) {
        &[
            0x00, 0x1f, 0x20, b'"', 0x5b, b'\\', 0x5d, 0x7f, 0x80, 0xdc, 0xff,
        ]
    } else {
        &EVERY_BYTE
    };
    const EVERY_BYTE: [u8; 256] = {
        let mut all = [0u8; 256];
        let mut i = 0;
        while i < 256 {
            all[i] = i as u8;
            i += 1;
        }
        all
    };

    /// `check(text, byte, at)` for text of `a`s of every length below 20 with one probe byte at
    /// each position.
    fn one_byte_at_each_position(mut check: impl FnMut(&[u8], u8, usize)) {
        for len in 0..20 {
            for at in 0..len {
                for &c in PROBES {
                    let mut s = [b'a'; 20];
                    s[at] = c;
                    check(&s[..len], c, at);
                }
            }
        }
    }

    /// The word test finds what a byte-by-byte scan finds, for every byte value at every
    /// position, in strings shorter and longer than a word, for both kinds of stop.
    #[test]
    fn the_word_search_stops_where_a_byte_scan_stops() {
        check_both::<false>();
        check_both::<true>();
    }

    fn check_both<const NON_ASCII: bool>() {
        let stop = |c: u8| c < 0x20 || c == b'"' || c == b'\\' || (NON_ASCII && c >= 0x80);
        let scan = |s: &[u8]| s.iter().position(|&c| stop(c)).unwrap_or(s.len());
        one_byte_at_each_position(|s, c, at| {
            assert_eq!(
                plain_len::<NON_ASCII>(s),
                scan(s),
                "{c:#x} at {at} of {}",
                s.len()
            );
        });
        // Two bytes in one word: a borrow from the lower may flag the higher, never the
        // lower, so the first stop is still found exactly.
        let all = [
            0x00u8, 0x01, 0x1f, 0x20, 0x21, b'"', b'#', b'\\', b']', 0x7f, 0x80, 0x81, 0xff, b'a',
        ];
        // Under Miri (about 10^4 times slower) the borrow's edges only.
        let edges = if cfg!(miri) { &all[..5] } else { &all[..] };
        for i in 0..8 {
            for j in 0..8 {
                for &x in edges {
                    for &y in edges {
                        let mut s = [b'a'; 11];
                        s[i] = x;
                        s[j] = y;
                        assert_eq!(
                            plain_len::<NON_ASCII>(&s),
                            scan(&s),
                            "{x:#x}@{i} {y:#x}@{j}"
                        );
                    }
                }
            }
        }
        let mixed = "Behandlingen i \"Tyskland\"\tog\u{1f} æøå \\ slutt".as_bytes();
        for from in 0..mixed.len() {
            assert_eq!(plain_len::<NON_ASCII>(&mixed[from..]), scan(&mixed[from..]));
        }
    }

    /// The word search finds a backslash wherever a byte search does, among every other byte.
    #[test]
    fn a_backslash_is_found_at_every_position() {
        one_byte_at_each_position(|s, c, at| {
            let want = c == b'\\';
            assert_eq!(has_backslash(s), want, "{c:#x} at {at} of {}", s.len());
        });
        for len in 0..20 {
            assert!(!has_backslash(&[0x5b; 20][..len]) && !has_backslash(&[0xdc; 20][..len]));
        }
    }

    #[test]
    fn what_stops_a_run() {
        assert!(stops::<false>(b'"') && stops::<false>(b'\\'));
        assert!(stops::<false>(0x00) && stops::<false>(0x1F));
        assert!(!stops::<false>(b' ') && !stops::<false>(0xC3));
        assert!(stops::<true>(0xC3) && stops::<true>(0x80) && stops::<true>(b'"'));
        assert!(!stops::<true>(0x7F) && !stops::<true>(b'/'));
    }
}
