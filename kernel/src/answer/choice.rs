//! A choice as a person makes it: the option's number as shown (`1`, `1)`), its label in
//! bokmål or English in any case (`Planlagt behandling`, `planned treatment`), the first words
//! of exactly one label (`planlagt`), or its key (`planned`, as JSON spells it). A word that
//! starts two labels (`henvisning`) is no choice: refused rather than guessed.

use crate::fact::Fact;
use crate::text::Lang;

/// The index of the option `text` chooses among `fact`'s options, if it chooses exactly one.
pub(super) fn option(fact: Fact, text: &str) -> Option<usize> {
    let options = fact.options();
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    if let Some(i) = options.iter().position(|o| *o == t) {
        return Some(i);
    }
    if let Some(n) = shown_number(t) {
        return n.checked_sub(1).filter(|i| *i < options.len());
    }
    let labels = |i: usize| {
        [Lang::Nb, Lang::En]
            .into_iter()
            .filter_map(move |l| fact.option_label(i, l))
            .chain(options.get(i).copied())
    };
    let whole = (0..options.len()).filter(|i| labels(*i).any(|l| super::same_words(t, l)));
    if let Some(i) = only(whole) {
        return Some(i);
    }
    // The first words of a label, when they are a word of some length: "planlagt" chooses
    // "planlagt behandling", but "the" or "no" choose nothing.
    if t.chars().count() < 4 {
        return None;
    }
    only((0..options.len()).filter(|i| labels(*i).any(|l| starts_with_words(l, t))))
}

/// The one item of `it`, if it has exactly one.
fn only(mut it: impl Iterator<Item = usize>) -> Option<usize> {
    let first = it.next()?;
    it.next().is_none().then_some(first)
}

/// A number as a list shows it: `2`, `2)` or `2.`.
fn shown_number(t: &str) -> Option<usize> {
    let digits = t.trim_end_matches([')', '.']);
    if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Whether `label` begins with the whole words of `prefix` (any case): `planlagt` begins
/// `planlagt behandling`; `plan` does not.
fn starts_with_words(label: &str, prefix: &str) -> bool {
    let mut l = label.split_whitespace();
    prefix
        .split_whitespace()
        .all(|p| l.next().is_some_and(|w| super::same_words(w, p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_04_a_choice_by_number_label_first_words_or_key() {
        assert_eq!(option(Fact::Need, "planned"), Some(0));
        assert_eq!(option(Fact::Need, "1"), Some(0));
        assert_eq!(option(Fact::Need, "1)"), Some(0));
        assert_eq!(option(Fact::Need, "3"), Some(2));
        assert_eq!(option(Fact::Need, "4"), None);
        assert_eq!(option(Fact::Need, "0"), None);
        assert_eq!(option(Fact::Need, "planlagt behandling"), Some(0));
        assert_eq!(option(Fact::Need, "Planlagt Behandling"), Some(0));
        assert_eq!(option(Fact::Need, " planlagt "), Some(0));
        assert_eq!(option(Fact::Need, "PLANNED TREATMENT"), Some(0));
        assert_eq!(option(Fact::Need, "Øyeblikkelig hjelp"), Some(2));
        assert_eq!(option(Fact::Setting, "innlagt"), Some(0));
        assert_eq!(option(Fact::PriorNotificationStatus, "innvilget"), Some(2));
        assert_eq!(option(Fact::PriorNotificationStatus, "Innvilget"), Some(2));
        // "henvisning" starts two labels: no choice.
        assert_eq!(option(Fact::Referral, "henvisning"), None);
        assert_eq!(option(Fact::Referral, "henvisning fra Norge"), Some(0));
        assert_eq!(option(Fact::Need, "plan"), None);
        assert_eq!(option(Fact::Need, ""), None);
    }
}
