//! A set of facts, by their stable numbers: the facts a person said they do not know.

//! The type is declared with the case (`crate::case::FactSet`, which holds one) and its
//! methods here, beside the facts they name: the case module needs no fact.

use super::Fact;
use crate::case::FactSet;

const _: () = {
    let mut i = 0;
    while i < Fact::ALL.len() {
        assert!(
            Fact::ALL[i].number() < 128,
            "a fact number does not fit the set"
        );
        i += 1;
    }
};

impl FactSet {
    /// No fact.
    pub const EMPTY: FactSet = FactSet(0);

    /// Whether `f` is in the set.
    pub const fn contains(self, f: Fact) -> bool {
        self.0 & (1 << f.number()) != 0
    }

    /// The set with `f` added.
    pub const fn with(self, f: Fact) -> FactSet {
        FactSet(self.0 | 1 << f.number())
    }

    /// The set with `f` added; `duplicate_value` when it holds `f` already (as
    /// `Stages::try_insert` refuses a stage twice).
    pub const fn try_insert(self, f: Fact) -> Result<FactSet, crate::error::ErrorKind> {
        if self.contains(f) {
            return Err(crate::error::ErrorKind::DuplicateValue);
        }
        Ok(self.with(f))
    }

    /// The set without `f`.
    pub const fn without(self, f: Fact) -> FactSet {
        FactSet(self.0 & !(1 << f.number()))
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The facts in the set, in fact-table order.
    pub fn iter(self) -> impl Iterator<Item = Fact> {
        Fact::ALL.iter().copied().filter(move |f| self.contains(*f))
    }

    /// The set as 32-bit words, bit `n % 32` of word `n / 32` for fact number `n` (the C
    /// representation).
    pub const fn words(self) -> [u32; 4] {
        let v = self.0;
        [
            v as u32,
            (v >> 32) as u32,
            (v >> 64) as u32,
            (v >> 96) as u32,
        ]
    }

    /// The set from its 32-bit words; `None` when a bit names no fact of the outbound case.
    pub fn from_words(w: [u32; 4]) -> Option<FactSet> {
        Self::from_words_of(super::CaseKind::Outbound, w)
    }

    /// [`from_words`](Self::from_words) for the facts of `kind`: a bit that names no fact of
    /// that kind is refused.
    pub fn from_words_of(kind: super::CaseKind, w: [u32; 4]) -> Option<FactSet> {
        use super::CaseKind;
        // Each kind's facts as a mask, made once at compile time (folding the table at every
        // call was a thousand instructions of each C struct's conversion, issue 29).
        const fn mask(facts: &[Fact]) -> u128 {
            let mut m = 0u128;
            let mut i = 0;
            while i < facts.len() {
                m |= 1 << facts[i].number();
                i += 1;
            }
            m
        }
        const OUTBOUND: u128 = mask(Fact::OUTBOUND);
        const INBOUND: u128 = mask(Fact::INBOUND);
        const METHOD: u128 = mask(Fact::METHOD);
        let known = match kind {
            CaseKind::Outbound => OUTBOUND,
            CaseKind::Inbound => INBOUND,
            CaseKind::Method => METHOD,
        };
        let v = u128::from(w[0])
            | u128::from(w[1]) << 32
            | u128::from(w[2]) << 64
            | u128::from(w[3]) << 96;
        (v & !known == 0).then_some(FactSet(v))
    }
}

impl serde::Serialize for FactSet {
    /// The facts' paths, as `missing[].fact` names them.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(None)?;
        for f in self.iter() {
            seq.serialize_element(f.path())?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_04_a_fact_set_holds_what_is_put_in_and_round_trips_through_words() {
        let s = FactSet::EMPTY.with(Fact::Expenses).with(Fact::InvoiceDate);
        assert!(s.contains(Fact::Expenses) && s.contains(Fact::InvoiceDate));
        assert!(!s.contains(Fact::TreatmentCountry));
        assert_eq!(s.iter().count(), 2);
        assert_eq!(FactSet::from_words(s.words()), Some(s));
        assert!(s
            .without(Fact::Expenses)
            .without(Fact::InvoiceDate)
            .is_empty());
        assert_eq!(FactSet::from_words([0, 0, 0, 1 << 31]), None, "no fact 127");
        let inbound = FactSet::EMPTY.with(Fact::INBOUND[0]);
        assert_eq!(
            FactSet::from_words(inbound.words()),
            None,
            "not an outbound fact"
        );
    }
}
