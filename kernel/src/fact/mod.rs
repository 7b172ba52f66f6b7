//! Verdicts and the facts that settle them (C-04).
//!
//! A rule whose outcome depends on an unknown fact is `undetermined` and names that fact. The
//! decision lists the missing facts most decisive first: the first one is the kiosk's next
//! question.

use crate::date::Date;
use crate::error::{Error, ErrorKind, FieldPath, Segment};
use crate::params::ParamId;
use crate::value::Value;
use core::fmt;

crate::case::string_enum! {
    /// The outcome of a rule, a scheme or a route: three-valued (C-04), plus discretion (C-07).
    Verdict {
        /// Every condition is met.
        Eligible = "eligible",
        /// At least one condition fails: no unknown fact can change that.
        NotEligible = "not_eligible",
        /// No condition fails, but at least one depends on an unknown fact.
        Undetermined = "undetermined",
        /// The patient may apply, and the named body decides at its discretion (C-07): never
        /// shown or ranked as eligible.
        Discretion = "discretion",
    }
}

impl Verdict {
    /// Conjunction: not eligible beats undetermined beats discretion beats eligible.
    pub const fn and(self, other: Verdict) -> Verdict {
        match (self, other) {
            (Verdict::NotEligible, _) | (_, Verdict::NotEligible) => Verdict::NotEligible,
            (Verdict::Undetermined, _) | (_, Verdict::Undetermined) => Verdict::Undetermined,
            (Verdict::Discretion, _) | (_, Verdict::Discretion) => Verdict::Discretion,
            _ => Verdict::Eligible,
        }
    }
}

#[macro_use]
mod macros;

mod by_field;
mod kind;
mod set;
mod table;

pub use crate::case::FactSet;
pub use kind::{AnswerKind, Question};
pub use table::Fact;

// Every fact's rule fits the decision schemas' bound (`reason::MAX_RULE_ID`).
const _: () = {
    let mut i = 0;
    while i < Fact::ALL.len() {
        assert!(Fact::ALL[i].rule().len() <= crate::reason::MAX_RULE_ID);
        i += 1;
    }
};
// CaseKind is declared below, beside the per-kind fact lists.

/// Why [`crate::Case::set`] refused a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum SetError {
    /// The value does not fit the fact (wrong kind, out of range, too long): the error names
    /// the field.
    Invalid(Error),
    /// A per-date fact for a treatment date the case does not have.
    NoSuchDate,
}

impl From<Error> for SetError {
    fn from(e: Error) -> SetError {
        SetError::Invalid(e)
    }
}

/// Checks a value against the fact's range and kind before it is stored: the one place that
/// says what a fact accepts, for every interface.
pub(crate) fn check(
    fact: Fact,
    index: Option<usize>,
    value: Option<Value<'_>>,
) -> Result<(), SetError> {
    let fail = |kind| Err(SetError::Invalid(Error::new(kind, fact.field_path(index))));
    match (value, fact.range()) {
        (Some(Value::Int(n)), Some(r)) if !r.contains(&n) => match fact.kind() {
            AnswerKind::Amount if n < 0 => fail(ErrorKind::NegativeAmount),
            AnswerKind::Amount => fail(ErrorKind::AmountOverflow),
            _ => fail(ErrorKind::NumberOutOfRange),
        },
        // A NUL or a line break would cut a name short in C or break a line-based
        // integration; an empty name is no name (unknown is `null`: C has no way to say
        // "known, empty"); a long one is refused, never cut. One check for every text.
        (Some(Value::Text(s)), _) => {
            match crate::case::text_fault(s, fact.capacity().unwrap_or(usize::MAX)) {
                Some(fault) => fail(fault),
                None => Ok(()),
            }
        }
        _ => Ok(()),
    }
}

/// The outbound facts whose values `check` can refuse: a number with a range, or a text.
/// Every other kind is valid by its type, so a typed evaluation checks only these (computed
/// at compile time from the table; it halves the cost of the check).
const CHECKED_OUTBOUND: ([Fact; Fact::OUTBOUND.len()], usize) = {
    let mut out = [Fact::OUTBOUND[0]; Fact::OUTBOUND.len()];
    let (mut i, mut n) = (0, 0);
    while i < Fact::OUTBOUND.len() {
        let f = Fact::OUTBOUND[i];
        if f.range().is_some() || matches!(f.kind(), AnswerKind::Text) {
            out[n] = f;
            n += 1;
        }
        i += 1;
    }
    (out, n)
};

/// Checks every known fact of a case built in code (the C struct, Python columns, a Rust
/// caller) as [`crate::Case::set`] would have: the JSON reader has checked them already.
impl crate::Case {
    /// Checks every value of the case as [`Case::set`](crate::Case::set) checks one: the first
    /// value out of range, over capacity or with a control character, in the fact table's
    /// order (what [`evaluate`](crate::evaluate) reports for a case built with
    /// [`Case::store`](crate::Case::store)).
    pub fn check(&self) -> Result<(), Error> {
        check_case(self)
    }

    /// [`check`](Self::check)s the case and returns it as a [`CheckedCase`], which
    /// [`evaluate_checked`](crate::evaluate_checked) decides without checking every value again.
    pub fn checked(&self) -> Result<CheckedCase<'_>, Error> {
        check_case(self)?;
        Ok(CheckedCase(self))
    }
}

/// A case whose every value has been checked as [`Case::set`](crate::Case::set) checks one: by
/// [`Case::checked`](crate::Case::checked), or by the JSON reader, which checks each value as it
/// reads it. It borrows the case, so the case cannot change while it is held. A translation that
/// fills a case and must check it anyway (the C struct) then decides it without a second check
/// of every value (issue 15); the checks across fields are still made.
#[derive(Clone, Copy, Debug)]
pub struct CheckedCase<'c>(&'c crate::Case);

impl<'c> CheckedCase<'c> {
    /// The case.
    pub fn case(self) -> &'c crate::Case {
        self.0
    }

    /// A case the JSON reader has just read: it checked every value.
    pub(crate) fn read(case: &'c crate::Case) -> Self {
        CheckedCase(case)
    }
}

/// The facts whose date records something that has happened (an invoice sent, an application
/// or a claim received, a certificate issued): a date after the evaluation date cannot be
/// true, and a decision built on it would count deadlines from a day not yet come. The other
/// dates may lie ahead (planned treatment, an S2's end, a stay's expected discharge).
pub const PAST_ONLY: &[Fact] = &[
    Fact::InvoiceDate,
    Fact::ApplicationReceived,
    Fact::ClaimReceived,
    Fact::ProvisionalCertificateDate,
];

/// Refuses a past-only fact ([`PAST_ONLY`]) dated after `evaluation`, naming it; each kind's
/// cross-field check calls this for its own past-only facts.
pub(crate) fn not_after_evaluation(
    fact: Fact,
    index: Option<usize>,
    date: Option<Date>,
    evaluation: Date,
) -> Result<(), Error> {
    debug_assert!(PAST_ONLY.contains(&fact));
    match date {
        Some(d) if d > evaluation => Err(Error::new(
            ErrorKind::AfterEvaluationDate,
            fact.field_path(index),
        )),
        _ => Ok(()),
    }
}

pub(crate) fn check_case(case: &crate::Case) -> Result<(), Error> {
    for f in &CHECKED_OUTBOUND.0[..CHECKED_OUTBOUND.1] {
        let dates = if f.per_date() {
            case.treatment.dates.len()
        } else {
            1
        };
        for i in 0..dates {
            let index = f.per_date().then_some(i);
            if let Err(SetError::Invalid(e)) = check(*f, index, case.get(*f, index)) {
                return Err(e);
            }
        }
    }
    Ok(())
}

impl Fact {
    /// The field's path in a case (`treatment.dates[2].invoice_date` for a per-date fact at
    /// index 2), as errors name it.
    pub fn field_path(self, index: Option<usize>) -> FieldPath {
        if self.per_date() {
            FieldPath::of(&["treatment", "dates"])
                .child(Segment::Index(index.unwrap_or(0) as u16))
                .child(Segment::Field(self.field_static()))
        } else {
            let group = self.group();
            let base = self
                .case_kind()
                .groups()
                .iter()
                .find(|g| **g == group)
                .map_or(FieldPath::ROOT, |g| {
                    FieldPath::ROOT.child(Segment::Field(g))
                });
            base.child(Segment::Field(self.field_static()))
        }
    }

    /// The options of a choice fact, in the order of its JSON enum.
    pub const fn options(self) -> &'static [&'static str] {
        self.kind().options()
    }
}

crate::case::string_enum! {
    /// The kinds of case the kernel decides, each with its own facts in the one table.
    CaseKind {
        /// A Norwegian resident treated or to be treated abroad (`helserett.case/2`).
        Outbound = "outbound",
        /// A patient living abroad on a temporary stay in a Norwegian hospital
        /// (`helserett.inbound_case/1`).
        Inbound = "inbound",
        /// A method not approved for the public specialist service
        /// (`helserett.method_case/1`).
        Method = "method",
    }
}

impl CaseKind {
    /// The kind a case's `schema` names (already unescaped): `helserett.inbound_case/…` and
    /// `helserett.method_case/…`; any other (the outbound schema, or one no kind has) is the
    /// outbound reader's, which names what is wrong with it.
    pub fn of_schema(schema: &str) -> CaseKind {
        if schema.starts_with("helserett.inbound_case/") {
            CaseKind::Inbound
        } else if schema.starts_with("helserett.method_case/") {
            CaseKind::Method
        } else {
            CaseKind::Outbound
        }
    }

    /// The schema this kind's cases are written under.
    pub const fn case_schema(self) -> &'static str {
        match self {
            CaseKind::Outbound => crate::case::CASE_SCHEMA,
            CaseKind::Inbound => crate::case::inbound::INBOUND_CASE_SCHEMA,
            CaseKind::Method => crate::case::method::METHOD_CASE_SCHEMA,
        }
    }

    /// This kind's facts, in table order (the order of its schema and its C struct).
    pub const fn facts(self) -> &'static [Fact] {
        match self {
            CaseKind::Outbound => Fact::OUTBOUND,
            CaseKind::Inbound => Fact::INBOUND,
            CaseKind::Method => Fact::METHOD,
        }
    }

    /// This kind's JSON objects (groups of case-level facts), in schema order.
    pub const fn groups(self) -> &'static [&'static str] {
        match self {
            CaseKind::Outbound => &GROUP_STATICS,
            CaseKind::Inbound => &INBOUND_GROUP_STATICS,
            CaseKind::Method => &METHOD_GROUP_STATICS,
        }
    }
}

const fn count_kind(kind: CaseKind) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < Fact::ALL.len() {
        if Fact::ALL[i].case_kind() as u8 == kind as u8 {
            n += 1;
        }
        i += 1;
    }
    n
}

const fn facts_of<const N: usize>(kind: CaseKind) -> [Fact; N] {
    let mut out = [Fact::ALL[0]; N];
    let (mut i, mut n) = (0, 0);
    while i < Fact::ALL.len() {
        if Fact::ALL[i].case_kind() as u8 == kind as u8 {
            out[n] = Fact::ALL[i];
            n += 1;
        }
        i += 1;
    }
    out
}

const OUTBOUND_FACTS: [Fact; count_kind(CaseKind::Outbound)] = facts_of(CaseKind::Outbound);
const INBOUND_FACTS: [Fact; count_kind(CaseKind::Inbound)] = facts_of(CaseKind::Inbound);
const METHOD_FACTS: [Fact; count_kind(CaseKind::Method)] = facts_of(CaseKind::Method);

impl Fact {
    /// The outbound case's facts, in table order (the order of the case schema and the C
    /// struct).
    pub const OUTBOUND: &'static [Fact] = &OUTBOUND_FACTS;
    /// The inbound case's facts, in table order.
    pub const INBOUND: &'static [Fact] = &INBOUND_FACTS;
    /// The method case's facts, in table order.
    pub const METHOD: &'static [Fact] = &METHOD_FACTS;
}

/// The JSON objects of the outbound case, in schema order (from the table; per-date facts
/// live in `treatment.dates`).
pub static GROUP_STATICS: [&str; GROUP_COUNT] = groups(Fact::OUTBOUND);

/// How many distinct case-level groups the outbound case has.
pub const GROUP_COUNT: usize = count_groups(Fact::OUTBOUND);

/// The JSON objects of the inbound case, in schema order.
pub static INBOUND_GROUP_STATICS: [&str; INBOUND_GROUP_COUNT] = groups(Fact::INBOUND);

/// How many distinct groups the inbound case has.
pub const INBOUND_GROUP_COUNT: usize = count_groups(Fact::INBOUND);

/// The JSON objects of the method case, in schema order.
pub static METHOD_GROUP_STATICS: [&str; METHOD_GROUP_COUNT] = groups(Fact::METHOD);

/// How many distinct groups the method case has.
pub const METHOD_GROUP_COUNT: usize = count_groups(Fact::METHOD);

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether fact `i` of `facts` opens a group not seen before it (case-level facts only).
const fn opens_group(facts: &[Fact], i: usize) -> bool {
    let f = facts[i];
    if f.per_date() {
        return false;
    }
    let g = f.group();
    let mut j = 0;
    while j < i {
        if !facts[j].per_date() && same(facts[j].group(), g) {
            return false;
        }
        j += 1;
    }
    true
}

const fn count_groups(facts: &[Fact]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < facts.len() {
        if opens_group(facts, i) {
            n += 1;
        }
        i += 1;
    }
    n
}

const fn groups<const N: usize>(facts: &[Fact]) -> [&'static str; N] {
    let mut out = [""; N];
    let mut n = 0;
    let mut i = 0;
    while i < facts.len() {
        if opens_group(facts, i) {
            out[n] = facts[i].group();
            n += 1;
        }
        i += 1;
    }
    out
}

impl serde::Serialize for Fact {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::name::Name(self.path()).serialize(s)
    }
}

impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path())
    }
}

/// Something the decision needs and does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Missing {
    /// A fact of the case; `index` names the treatment date for `treatment.dates.*` facts.
    Fact {
        /// Which fact.
        fact: Fact,
        /// Position in `treatment.dates`, for per-date facts.
        index: Option<u8>,
    },
    /// A dated parameter with no value in force on that date (a real gap in the sources).
    Parameter {
        /// Which parameter.
        id: ParamId,
        /// The date it was needed for.
        on: Date,
        /// The rule that needs it.
        rule: &'static str,
    },
}

impl Missing {
    /// A case fact, not per date.
    pub const fn fact(fact: Fact) -> Missing {
        Missing::Fact { fact, index: None }
    }

    /// The rule that needs it.
    pub const fn rule(&self) -> &'static str {
        match self {
            Missing::Fact { fact, .. } => fact.rule(),
            Missing::Parameter { rule, .. } => rule,
        }
    }
}

impl serde::Serialize for Missing {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        match self {
            Missing::Fact { fact, index } => {
                let mut st = s.serialize_struct("Missing", 3)?;
                st.serialize_field("fact", fact.path())?;
                if let Some(i) = index {
                    st.serialize_field("index", i)?;
                }
                st.serialize_field("rule", &crate::name::Name(fact.rule()))?;
                st.end()
            }
            Missing::Parameter { id, on, rule } => {
                let mut st = s.serialize_struct("Missing", 3)?;
                st.serialize_field("parameter", id)?;
                st.serialize_field("on", on)?;
                st.serialize_field("rule", rule)?;
                st.end()
            }
        }
    }
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Missing::Fact { fact, index: None } => write!(f, "{} ({})", fact.path(), fact.rule()),
            Missing::Fact {
                fact,
                index: Some(i),
            } => {
                let (head, tail) = fact.path().split_at("treatment.dates".len());
                write!(f, "{head}[{i}]{tail} ({})", fact.rule())
            }
            Missing::Parameter { id, on, rule } => write!(f, "{id} on {on} ({rule})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_04_verdict_conjunction() {
        use Verdict::*;
        assert_eq!(Eligible.and(Eligible), Eligible);
        assert_eq!(Eligible.and(Undetermined), Undetermined);
        assert_eq!(Undetermined.and(NotEligible), NotEligible);
        assert_eq!(NotEligible.and(Eligible), NotEligible);
        assert_eq!(Eligible.and(Discretion), Discretion);
        assert_eq!(Discretion.and(Undetermined), Undetermined);
        assert_eq!(Discretion.and(NotEligible), NotEligible);
    }

    #[test]
    fn c_04_per_date_facts_print_their_index() {
        let m = Missing::Fact {
            fact: Fact::SettledOnTheSpot,
            index: Some(2),
        };
        assert_eq!(
            format!("{m}"),
            "treatment.dates[2].settled_on_the_spot (EEA-14)"
        );
        for f in Fact::OUTBOUND {
            if f.path().starts_with("treatment.dates.") {
                assert!(f.path().len() > "treatment.dates".len());
            }
        }
    }

    #[test]
    fn c_04_the_kind_lists_and_groups_follow_the_table() {
        // Every fact is in exactly one kind's list, in table order.
        let kinds = [
            (CaseKind::Outbound, Fact::OUTBOUND, &GROUP_STATICS[..]),
            (CaseKind::Inbound, Fact::INBOUND, &INBOUND_GROUP_STATICS[..]),
            (CaseKind::Method, Fact::METHOD, &METHOD_GROUP_STATICS[..]),
        ];
        let total: usize = kinds.iter().map(|(_, facts, _)| facts.len()).sum();
        assert_eq!(total, Fact::ALL.len());
        for (kind, facts, groups) in kinds {
            assert_eq!(count_kind(kind), facts.len());
            let mut of_kind = Fact::ALL.iter().filter(|f| f.case_kind() == kind);
            assert!(facts.iter().eq(of_kind.by_ref().take(facts.len())));
            assert_eq!(of_kind.next(), None);
            // The groups: each case-level fact's group once, in the order first named.
            let mut seen: heapless::Vec<&str, 16> = heapless::Vec::new();
            for f in facts.iter().filter(|f| !f.per_date()) {
                if !seen.contains(&f.group()) {
                    seen.push(f.group()).unwrap();
                }
            }
            assert_eq!(&seen[..], groups, "{kind:?}");
            assert_eq!(count_groups(facts), groups.len());
            for (i, f) in facts.iter().enumerate() {
                let first = !f.per_date()
                    && !facts[..i]
                        .iter()
                        .any(|g| !g.per_date() && g.group() == f.group());
                assert_eq!(opens_group(facts, i), first, "{f:?}");
            }
        }
        // Recomputed at run time, the const lists are the same.
        let again: [Fact; OUTBOUND_FACTS.len()] = facts_of(CaseKind::Outbound);
        assert_eq!(&again[..], Fact::OUTBOUND);
        let again: [&str; GROUP_COUNT] = groups(Fact::OUTBOUND);
        assert_eq!(again, GROUP_STATICS);
        assert!(same("travel", "travel") && !same("travel", "travels") && !same("costs", "coste"));
    }
}
