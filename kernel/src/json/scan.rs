//! Finding the next byte of a JSON string that needs attention, eight bytes at a time.
//!
//! The writer looks for a byte to escape, the strict pass for one to check; in a decision or a
//! case almost no byte is either. Testing byte by byte cost about eight instructions a byte, a
//! sixth of writing a decision and a tenth of reading a case (issue 15). A word is tested with
//! the classic "has a zero byte" and "has a byte below n" tricks, which never miss a byte (they
//! may flag a word that holds none: that word is then scanned byte by byte).

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
        if below_space | quote | backslash | high != 0 {
            if let Some(i) = chunk.iter().position(|&c| stops::<NON_ASCII>(c)) {
                return at + i;
            }
        }
        at += 8;
    }
    let tail = words.remainder();
    at + tail
        .iter()
        .position(|&c| stops::<NON_ASCII>(c))
        .unwrap_or(tail.len())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        for len in 0..20 {
            for at in 0..len {
                for c in 0..=255u8 {
                    let mut s = [b'a'; 20];
                    s[at] = c;
                    let s = &s[..len];
                    assert_eq!(
                        plain_len::<NON_ASCII>(s),
                        scan(s),
                        "{c:#x} at {at} of {len}"
                    );
                }
            }
        }
        let mixed = "Behandlingen i \"Tyskland\"\tog\u{1f} æøå \\ slutt".as_bytes();
        for from in 0..mixed.len() {
            assert_eq!(plain_len::<NON_ASCII>(&mixed[from..]), scan(&mixed[from..]));
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
