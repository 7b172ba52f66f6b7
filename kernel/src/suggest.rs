//! "Did you mean …?": the known name nearest to a name the schema does not have (issue 30). A
//! misspelling (`expences_ore`), a missing unit suffix (`expenses` for `expenses_ore`) or a
//! wrong case (`Expenses_ore`) finds the field meant; a name unlike every field finds none,
//! rather than a guess that would mislead.
//!
//! One function for every reader: the JSON case and parameter readers, the Python columns and
//! the decision paths Python's `outputs=` takes, so a name is suggested the same way everywhere.

/// Names longer than this are not compared (no field is near that long; the work stays small
/// and needs no allocation).
const MAX_COMPARED: usize = 64;

/// The candidate nearest to `name`, if any is near enough to be what was meant.
///
/// Near enough: one name starts with the other (at least 4 characters shared, `expenses` →
/// `expenses_ore`), or at most a third of the shorter name's characters differ (edit distance,
/// at least 1 allowed), ignoring ASCII case. Among several, the smallest distance wins, then
/// the first offered. Candidates are references to names (`&&'static str` from a field table,
/// `&str` from a schema's text); the one chosen is returned as given.
pub fn nearest<N, I>(name: &str, candidates: I) -> Option<N>
where
    N: Named,
    I: IntoIterator<Item = N>,
{
    let mut best: Option<(u8, N)> = None;
    for c in candidates {
        let Some(d) = closeness(name, c.name()) else {
            continue;
        };
        if best.as_ref().is_none_or(|(b, _)| d < *b) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// A reference to a name.
pub trait Named {
    /// The name.
    fn name(&self) -> &str;
}

impl<T: AsRef<str> + ?Sized> Named for &T {
    fn name(&self) -> &str {
        (**self).as_ref()
    }
}

/// The edit distance between `a` and `b` when they are near enough, else `None`.
fn closeness(a: &str, b: &str) -> Option<u8> {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.is_empty() || b.is_empty() || a.len() > MAX_COMPARED || b.len() > MAX_COMPARED {
        return None;
    }
    let d = distance(a, b);
    let shorter = a.len().min(b.len());
    let prefix = shorter >= 4 && (starts_with(a, b) || starts_with(b, a));
    (prefix || usize::from(d) <= (shorter / 3).max(1)).then_some(d)
}

fn starts_with(long: &[u8], short: &[u8]) -> bool {
    long.len() >= short.len() && long[..short.len()].eq_ignore_ascii_case(short)
}

/// Edit distance over bytes, ignoring ASCII case, where swapping two neighbours counts as one
/// edit (`valeu` → `value`; the optimal string alignment distance). Three rows of
/// `MAX_COMPARED + 1` bytes; iterators rather than indexing, so no bounds check can panic.
fn distance(a: &[u8], b: &[u8]) -> u8 {
    let same = |x: &u8, y: &u8| x.eq_ignore_ascii_case(y);
    // Distances stay below MAX_COMPARED + 1, so a byte holds them.
    let mut before = [0u8; MAX_COMPARED + 1];
    let mut last = [0u8; MAX_COMPARED + 1];
    let mut row = [0u8; MAX_COMPARED + 1];
    for (j, cell) in (0u8..=MAX_COMPARED as u8).zip(last.iter_mut()) {
        *cell = j;
    }
    let mut previous_x: Option<&u8> = None;
    for (i, x) in (1u8..=MAX_COMPARED as u8).zip(a) {
        row[0] = i;
        let mut previous_y: Option<&u8> = None;
        for (j, y) in (1usize..).zip(b) {
            let (diagonal, up, left) = (last[j - 1], last[j], row[j - 1]);
            let mut d = (diagonal + u8::from(!same(x, y))).min(up + 1).min(left + 1);
            if let (Some(px), Some(py)) = (previous_x, previous_y) {
                if same(x, py) && same(px, y) {
                    d = d.min(before[j - 2] + 1);
                }
            }
            row[j] = d;
            previous_y = Some(y);
        }
        before = last;
        last = row;
        previous_x = Some(x);
    }
    last[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[&str] = &[
        "expenses_ore",
        "private_surcharges_ore",
        "drg_points_milli",
        "currency",
    ];

    fn suggest(name: &str) -> Option<&'static str> {
        nearest(name, FIELDS).copied()
    }

    #[test]
    fn a_misspelling_a_missing_suffix_and_a_wrong_case_find_the_field() {
        assert_eq!(suggest("expenses"), Some("expenses_ore"));
        assert_eq!(suggest("expences_ore"), Some("expenses_ore"));
        assert_eq!(suggest("Expenses_Ore"), Some("expenses_ore"));
        assert_eq!(suggest("drg_points"), Some("drg_points_milli"));
        assert_eq!(suggest("curency"), Some("currency"));
        assert_eq!(suggest("currnecy"), Some("currency"));
    }

    #[test]
    fn a_name_unlike_every_field_finds_none() {
        assert_eq!(suggest("hospital"), None);
        assert_eq!(suggest("x"), None);
        assert_eq!(suggest(""), None);
        assert_eq!(suggest(&"e".repeat(100)), None);
        // Three shared letters are no prefix worth suggesting.
        assert_eq!(suggest("exp"), None);
    }

    #[test]
    fn the_nearest_of_several_wins() {
        let fields: &[&str] = &["one_way_km", "round_trips", "one_way_kms_total"];
        assert_eq!(nearest("one_way_kms", fields).copied(), Some("one_way_km"));
    }
}
