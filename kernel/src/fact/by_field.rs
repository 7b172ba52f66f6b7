//! Finding a fact by its JSON field name in a step or two.
//!
//! The JSON readers look up every key they read, twice (the strict pass names it, the typed
//! pass places it). A scan of the table per key was a tenth of reading a case (issue 15), and a
//! binary search was no better: every step is a string comparison. Each kind's facts are
//! therefore hashed at compile time by their name's length and first and last bytes into
//! buckets, each a chain in table order; a lookup compares the name with the one or two facts of
//! its bucket only.

use super::{CaseKind, Fact};

/// Buckets per kind: a power of two, about twice the largest kind's facts.
const BUCKETS: usize = 128;
/// The end of a chain.
const NONE: u8 = u8::MAX;

const fn bucket(name: &str) -> usize {
    let b = name.as_bytes();
    let (first, last) = match b {
        [] => (0, 0),
        [f, .., l] => (*f as usize, *l as usize),
        [f] => (*f as usize, *f as usize),
    };
    (b.len().wrapping_mul(31) ^ first.wrapping_mul(7) ^ last.wrapping_mul(131)) % BUCKETS
}

/// The first fact of each bucket and the next of each fact, both in table order.
struct Chains<const N: usize> {
    head: [u8; BUCKETS],
    next: [u8; N],
}

const fn chains<const N: usize>(facts: &[Fact]) -> Chains<N> {
    assert!(
        N == facts.len() && N < NONE as usize,
        "positions fit in a byte"
    );
    let mut c = Chains {
        head: [NONE; BUCKETS],
        next: [NONE; N],
    };
    // From the last fact to the first, each put before the chain so far: table order.
    let mut i = N;
    while i > 0 {
        i -= 1;
        let b = bucket(facts[i].field());
        c.next[i] = c.head[b];
        c.head[b] = i as u8;
    }
    c
}

static OUTBOUND: Chains<{ Fact::OUTBOUND.len() }> = chains(Fact::OUTBOUND);
static INBOUND: Chains<{ Fact::INBOUND.len() }> = chains(Fact::INBOUND);
static METHOD: Chains<{ Fact::METHOD.len() }> = chains(Fact::METHOD);

impl CaseKind {
    /// The first fact in table order whose field name is `field` and that `accept` takes, with
    /// its position in [`CaseKind::facts`].
    pub(crate) fn fact_by_field(
        self,
        field: &str,
        accept: impl Fn(Fact) -> bool,
    ) -> Option<(usize, Fact)> {
        let (facts, head, next): (&[Fact], &[u8; BUCKETS], &[u8]) = match self {
            CaseKind::Outbound => (Fact::OUTBOUND, &OUTBOUND.head, &OUTBOUND.next),
            CaseKind::Inbound => (Fact::INBOUND, &INBOUND.head, &INBOUND.next),
            CaseKind::Method => (Fact::METHOD, &METHOD.head, &METHOD.next),
        };
        let mut i = head[bucket(field)];
        while let (Some(&f), Some(&after)) = (facts.get(i as usize), next.get(i as usize)) {
            if f.field() == field && accept(f) {
                return Some((i as usize, f));
            }
            i = after;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hashed lookup finds exactly what a scan of the table finds, for every name in every kind
    /// and every filter the readers use, and nothing for a name no fact has.
    #[test]
    fn the_hashed_lookup_agrees_with_a_scan_of_the_table() {
        for kind in [CaseKind::Outbound, CaseKind::Inbound, CaseKind::Method] {
            let facts = kind.facts();
            let filters: [&dyn Fn(Fact) -> bool; 3] =
                [&|_| true, &|f: Fact| f.per_date(), &|f: Fact| !f.per_date()];
            for name in facts
                .iter()
                .map(|f| f.field())
                .chain(["", "zzz", "a", "date_"])
            {
                for accept in filters {
                    let scan = facts
                        .iter()
                        .copied()
                        .enumerate()
                        .find(|&(_, f)| f.field() == name && accept(f));
                    assert_eq!(kind.fact_by_field(name, accept), scan, "{kind:?} {name}");
                }
                for group in kind.groups() {
                    let scan = facts
                        .iter()
                        .copied()
                        .enumerate()
                        .find(|&(_, f)| f.field() == name && f.group() == *group);
                    let found = kind.fact_by_field(name, |f| f.group() == *group);
                    assert_eq!(found, scan, "{kind:?} {group}.{name}");
                }
            }
        }
    }

    /// "A step or two": no bucket holds more than three facts, or the lookup is a scan again.
    #[test]
    fn no_bucket_holds_more_than_three_facts() {
        for kind in [CaseKind::Outbound, CaseKind::Inbound, CaseKind::Method] {
            let mut sizes = [0usize; BUCKETS];
            for f in kind.facts() {
                sizes[bucket(f.field())] += 1;
            }
            let longest = sizes.iter().max().copied().unwrap_or(0);
            assert!(longest <= 3, "{kind:?}: a bucket of {longest}");
        }
    }
}
