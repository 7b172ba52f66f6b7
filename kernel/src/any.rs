//! One case of any kind, and its decision: what every boundary (the C ABI, Python, the CLI, a
//! web build) calls, so that none of them names a kind. A kind is a kernel module (its case,
//! its evaluation, its explanation) plus one line in each `match` below; the bindings dispatch
//! through here and never learn it exists (issue 25).

#[cfg(feature = "outbound")]
use crate::case::Case;
use crate::case::{Audience, CallerId};
use crate::date::Date;
use crate::error::{Error, ErrorKind, FieldPath};
use crate::fact::{CaseKind, Fact, FactSet, Missing, Question, SetError};
use crate::params::Params;
use crate::reason::{Lang, ReasonCode};
use core::fmt;

#[cfg(feature = "inbound")]
use crate::case::inbound::InboundCase;
#[cfg(feature = "methods")]
use crate::case::method::MethodCase;
#[cfg(feature = "inbound")]
use crate::inbound::InboundDecision;
#[cfg(feature = "methods")]
use crate::methods::MethodDecision;
#[cfg(feature = "outbound")]
use crate::outbound::decision::Decision;

/// A case of any kind. The kind is the variant; [`AnyCase::from_json`] takes it from the
/// document's `schema`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum AnyCase {
    /// A Norwegian resident treated or to be treated abroad.
    #[cfg(feature = "outbound")]
    Outbound(Case),
    /// A patient living abroad on a temporary stay in a Norwegian hospital.
    #[cfg(feature = "inbound")]
    Inbound(InboundCase),
    /// A method not approved for the public specialist service.
    #[cfg(feature = "methods")]
    Method(MethodCase),
}

/// Runs `$body` with `$c` bound to the case of whichever kind `$case` holds.
macro_rules! each_case {
    ($case:expr, $c:ident => $body:expr) => {
        match $case {
            #[cfg(feature = "outbound")]
            AnyCase::Outbound($c) => $body,
            #[cfg(feature = "inbound")]
            AnyCase::Inbound($c) => $body,
            #[cfg(feature = "methods")]
            AnyCase::Method($c) => $body,
        }
    };
}

/// Runs `$body` with `$d` bound to the decision of whichever kind `$decision` holds.
macro_rules! each_decision {
    ($decision:expr, $d:ident => $body:expr) => {
        match $decision {
            #[cfg(feature = "outbound")]
            AnyDecision::Outbound($d) => $body,
            #[cfg(feature = "inbound")]
            AnyDecision::Inbound($d) => $body,
            #[cfg(feature = "methods")]
            AnyDecision::Method($d) => $body,
        }
    };
}

/// The kinds this build decides (the kernel's `outbound`, `inbound` and `methods` features).
pub const KINDS: &[CaseKind] = &[
    #[cfg(feature = "outbound")]
    CaseKind::Outbound,
    #[cfg(feature = "inbound")]
    CaseKind::Inbound,
    #[cfg(feature = "methods")]
    CaseKind::Method,
];

/// The schema `kind`'s decisions are written under.
pub const fn decision_schema(kind: CaseKind) -> &'static str {
    crate::json::select::schema_name(kind)
}

impl AnyCase {
    /// The empty case of `kind` on `evaluation_date`: every fact unknown.
    pub fn new(kind: CaseKind, evaluation_date: Date) -> Result<AnyCase, Error> {
        Ok(match kind {
            #[cfg(feature = "outbound")]
            CaseKind::Outbound => AnyCase::Outbound(Case::new(evaluation_date)),
            #[cfg(feature = "inbound")]
            CaseKind::Inbound => AnyCase::Inbound(InboundCase::new(evaluation_date)),
            #[cfg(feature = "methods")]
            CaseKind::Method => AnyCase::Method(MethodCase::new(evaluation_date)),
            #[allow(unreachable_patterns)]
            _ => return Err(crate::json::kind_not_built()),
        })
    }

    /// Reads a case of the kind its `schema` names (read after unescaping, as every string
    /// is; no schema or an outbound one: the outbound case).
    pub fn from_json(input: &[u8]) -> Result<AnyCase, Error> {
        Ok(match crate::json::case_kind_of_json(input) {
            #[cfg(feature = "outbound")]
            CaseKind::Outbound => AnyCase::Outbound(crate::json::case_from_json(input)?),
            #[cfg(feature = "inbound")]
            CaseKind::Inbound => AnyCase::Inbound(crate::json::inbound_case_from_json(input)?),
            #[cfg(feature = "methods")]
            CaseKind::Method => AnyCase::Method(crate::json::method_case_from_json(input)?),
            #[allow(unreachable_patterns)]
            _ => return Err(crate::json::kind_not_built()),
        })
    }

    /// Its kind.
    pub fn kind(&self) -> CaseKind {
        match self {
            #[cfg(feature = "outbound")]
            AnyCase::Outbound(_) => CaseKind::Outbound,
            #[cfg(feature = "inbound")]
            AnyCase::Inbound(_) => CaseKind::Inbound,
            #[cfg(feature = "methods")]
            AnyCase::Method(_) => CaseKind::Method,
        }
    }

    /// The day it is decided on.
    pub fn evaluation_date(&self) -> Date {
        each_case!(self, c => c.evaluation_date)
    }

    /// The caller's `id`, if given.
    pub fn id(&self) -> Option<&CallerId> {
        each_case!(self, c => c.id.as_ref())
    }

    /// The facts answered "vet ikke".
    pub fn declined(&self) -> FactSet {
        each_case!(self, c => c.declined)
    }

    /// Who answers (only the outbound case asks by audience; the others are the desk's or the
    /// clinician's, every fact theirs).
    pub fn audience(&self) -> Audience {
        match self {
            #[cfg(feature = "outbound")]
            AnyCase::Outbound(c) => c.audience,
            #[allow(unreachable_patterns)]
            _ => Audience::Caseworker,
        }
    }

    /// A fact's value (at treatment date `index` for an outbound per-date fact).
    #[allow(unused_variables)]
    pub fn get(&self, fact: Fact, index: Option<usize>) -> Option<crate::value::Value<'_>> {
        match self {
            #[cfg(feature = "outbound")]
            AnyCase::Outbound(c) => c.get(fact, index),
            #[cfg(feature = "inbound")]
            AnyCase::Inbound(c) => c.get(fact),
            #[cfg(feature = "methods")]
            AnyCase::Method(c) => c.get(fact),
        }
    }

    /// Sets the caller's `id`.
    pub fn set_id(&mut self, id: CallerId) {
        each_case!(self, c => c.id = Some(id));
    }

    /// Sets who answers; `false` (and nothing set) for a kind that does not ask by audience
    /// (only a case of treatment abroad does).
    #[must_use]
    pub fn set_audience(&mut self, audience: Audience) -> bool {
        match self {
            #[cfg(feature = "outbound")]
            AnyCase::Outbound(c) => {
                c.audience = audience;
                true
            }
            #[allow(unreachable_patterns)]
            _ => false,
        }
    }

    /// Sets the day it is decided on.
    pub fn set_evaluation_date(&mut self, d: Date) {
        each_case!(self, c => c.evaluation_date = d);
    }

    /// Stores a value as a binding decodes it (at treatment date `index` for an outbound
    /// per-date fact): an outbound case stores it unchecked ([`Case::store`]; checked once
    /// where it is decided, [`AnyCase::decide`], or by [`AnyCase::check`]), the other kinds
    /// check it as they set it.
    #[allow(unused_variables)]
    pub fn store(
        &mut self,
        fact: Fact,
        index: Option<usize>,
        value: Option<crate::value::Value<'_>>,
    ) -> Result<(), SetError> {
        match self {
            #[cfg(feature = "outbound")]
            AnyCase::Outbound(c) => c.store(fact, index, value),
            #[cfg(feature = "inbound")]
            AnyCase::Inbound(c) => c.set(fact, value).map_err(SetError::Invalid),
            #[cfg(feature = "methods")]
            AnyCase::Method(c) => c.set(fact, value).map_err(SetError::Invalid),
        }
    }

    /// Checks every value with the errors and paths of the JSON reader: a binding may store an
    /// outbound case's values unchecked ([`Case::store`]); the other kinds check each value as
    /// it is set.
    pub fn check(&self) -> Result<(), Error> {
        match self {
            #[cfg(feature = "outbound")]
            AnyCase::Outbound(c) => c.check(),
            #[allow(unreachable_patterns)]
            _ => Ok(()),
        }
    }

    /// Records a person's answer `text` to `fact` (at treatment date `index` for a per-date
    /// fact; ignored otherwise), read as [`Case::answer`] reads it. A fact of another kind is
    /// refused at `fact`; on any error the case is unchanged.
    #[allow(unused_variables)]
    pub fn answer(&mut self, fact: Fact, index: Option<usize>, text: &str) -> Result<(), SetError> {
        if fact.case_kind() != self.kind() {
            let path = FieldPath::of(&["fact"]);
            return Err(SetError::Invalid(Error::new(ErrorKind::InvalidValue, path)));
        }
        match self {
            #[cfg(feature = "outbound")]
            AnyCase::Outbound(c) => c.answer(fact, index, text),
            #[cfg(feature = "inbound")]
            AnyCase::Inbound(c) => c.answer(fact, text).map_err(SetError::Invalid),
            #[cfg(feature = "methods")]
            AnyCase::Method(c) => c.answer(fact, text).map_err(SetError::Invalid),
        }
    }

    /// Decides the case with `params` and hands the decision to `then` where it was made (no
    /// copy of it is returned: an outbound decision is a few kilobytes, and a kiosk's stack is
    /// small).
    pub fn decide<'p, R, E: From<Error>>(
        &self,
        params: Params<'p>,
        then: impl FnOnce(AnyDecision<'_, 'p>) -> Result<R, E>,
    ) -> Result<R, E> {
        match self {
            #[cfg(feature = "outbound")]
            AnyCase::Outbound(c) => {
                crate::outbound::evaluate_checked_with(c.checked()?, params, |d| {
                    then(AnyDecision::Outbound(d))
                })
            }
            #[cfg(feature = "inbound")]
            AnyCase::Inbound(c) => then(AnyDecision::Inbound(
                &crate::inbound::evaluate_inbound_with(c, params)?,
            )),
            #[cfg(feature = "methods")]
            AnyCase::Method(c) => then(AnyDecision::Method(&crate::methods::evaluate_method_with(
                c, params,
            )?)),
        }
    }

    /// Decides the case with `params` and returns the decision.
    pub fn evaluate<'p>(&self, params: Params<'p>) -> Result<Decided<'p>, Error> {
        Ok(match self {
            #[cfg(feature = "outbound")]
            AnyCase::Outbound(c) => Decided::Outbound(crate::outbound::evaluate_with(c, params)?),
            #[cfg(feature = "inbound")]
            AnyCase::Inbound(c) => {
                Decided::Inbound(crate::inbound::evaluate_inbound_with(c, params)?)
            }
            #[cfg(feature = "methods")]
            AnyCase::Method(c) => Decided::Method(crate::methods::evaluate_method_with(c, params)?),
        })
    }

    /// Writes the case as JSON (its kind's schema, known facts only) into `out`, returning the
    /// bytes written; [`AnyCase::from_json`] reads it back as the same case.
    pub fn to_json(&self, out: &mut [u8]) -> Result<usize, Error> {
        let get = |f: Fact, i: Option<usize>| self.get(f, i);
        let case = crate::json::CaseOut {
            kind: self.kind(),
            evaluation_date: self.evaluation_date(),
            id: self.id(),
            declined: self.declined(),
            audience: self.audience(),
            get: &get,
        };
        crate::json::case_out_to_json(&case, out)
    }
}

/// A decision of any kind, owned (for a caller that keeps it).
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)]
pub enum Decided<'p> {
    /// See [`AnyCase::Outbound`].
    #[cfg(feature = "outbound")]
    Outbound(Decision<'p>),
    /// See [`AnyCase::Inbound`].
    #[cfg(feature = "inbound")]
    Inbound(InboundDecision<'p>),
    /// See [`AnyCase::Method`].
    #[cfg(feature = "methods")]
    Method(MethodDecision<'p>),
}

impl<'p> Decided<'p> {
    /// The decision as the view every boundary reads.
    pub fn as_any(&self) -> AnyDecision<'_, 'p> {
        match self {
            #[cfg(feature = "outbound")]
            Decided::Outbound(d) => AnyDecision::Outbound(d),
            #[cfg(feature = "inbound")]
            Decided::Inbound(d) => AnyDecision::Inbound(d),
            #[cfg(feature = "methods")]
            Decided::Method(d) => AnyDecision::Method(d),
        }
    }
}

/// A decision of any kind, borrowed where it was made.
#[derive(Clone, Copy, Debug)]
pub enum AnyDecision<'d, 'p> {
    /// See [`AnyCase::Outbound`].
    #[cfg(feature = "outbound")]
    Outbound(&'d Decision<'p>),
    /// See [`AnyCase::Inbound`].
    #[cfg(feature = "inbound")]
    Inbound(&'d InboundDecision<'p>),
    /// See [`AnyCase::Method`].
    #[cfg(feature = "methods")]
    Method(&'d MethodDecision<'p>),
}

impl<'d, 'p> AnyDecision<'d, 'p> {
    /// The decision's kind.
    pub fn kind(self) -> CaseKind {
        match self {
            #[cfg(feature = "outbound")]
            AnyDecision::Outbound(_) => CaseKind::Outbound,
            #[cfg(feature = "inbound")]
            AnyDecision::Inbound(_) => CaseKind::Inbound,
            #[cfg(feature = "methods")]
            AnyDecision::Method(_) => CaseKind::Method,
        }
    }

    /// Its schema name (`helserett.decision/8`, …).
    pub fn schema(self) -> &'static str {
        each_decision!(self, d => d.schema)
    }

    /// The day decided on.
    pub fn evaluation_date(self) -> Date {
        each_decision!(self, d => d.evaluation_date)
    }

    /// The case's `id`, echoed.
    pub fn id(self) -> Option<&'d CallerId> {
        each_decision!(self, d => d.id.as_ref())
    }

    /// Why, in the order given.
    pub fn reasons(self) -> &'d [ReasonCode] {
        each_decision!(self, d => &d.reasons)
    }

    /// What would settle what is open, most decisive first.
    pub fn missing(self) -> &'d [Missing] {
        each_decision!(self, d => &d.missing)
    }

    /// What to ask next, or `None` when settled.
    pub fn next_question(self) -> Option<Question> {
        each_decision!(self, d => d.next_question)
    }

    /// The dated parameters used, each with its validity and source.
    pub fn parameters(self) -> &'d [&'p crate::params::ParamEntry<'p>] {
        each_decision!(self, d => &d.parameters)
    }

    /// What produced it: kernel, schemas, evaluation date, the table's hash.
    pub fn receipt(self) -> &'d crate::receipt::Receipt {
        each_decision!(self, d => &d.receipt)
    }

    /// The EEA refund scheme's decision (verdict, amounts, deadlines, routes, checklists), for
    /// a case of treatment abroad; `None` for the other kinds.
    #[cfg(feature = "outbound")]
    pub fn treatment_abroad(self) -> Option<&'d Decision<'p>> {
        match self {
            #[cfg(feature = "outbound")]
            AnyDecision::Outbound(d) => Some(d),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    /// The summary a caseworker, a desk or a clinician reads (`helserett --explain`).
    pub fn explain(self, lang: Lang) -> AnyText<'d> {
        match self {
            #[cfg(feature = "outbound")]
            AnyDecision::Outbound(d) => AnyText::Outbound(crate::explain::explain(d, lang)),
            #[cfg(feature = "inbound")]
            AnyDecision::Inbound(d) => AnyText::Inbound(crate::explain::explain_inbound(d, lang)),
            #[cfg(feature = "methods")]
            AnyDecision::Method(d) => AnyText::Method(crate::explain::explain_method(d, lang)),
        }
    }

    /// The answer as the person in front of the screen reads it (`helserett --view`): the
    /// patient view of an outbound decision; the desk's and the clinician's summaries are
    /// already written for the person who asked.
    pub fn view(self, lang: Lang) -> AnyText<'d> {
        match self {
            #[cfg(feature = "outbound")]
            AnyDecision::Outbound(d) => AnyText::View(crate::view::patient_view(d, lang)),
            #[allow(unreachable_patterns)]
            other => other.explain(lang),
        }
    }
}

impl serde::Serialize for AnyDecision<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        each_decision!(*self, d => d.serialize(s))
    }
}

/// A text of a decision of any kind ([`AnyDecision::explain`], [`AnyDecision::view`]).
pub enum AnyText<'d> {
    /// An outbound decision's summary.
    #[cfg(feature = "outbound")]
    Outbound(crate::explain::Explain<'d>),
    /// An outbound decision's patient view.
    #[cfg(feature = "outbound")]
    View(crate::view::PatientView<'d>),
    /// An inbound decision's summary.
    #[cfg(feature = "inbound")]
    Inbound(crate::explain::ExplainInbound<'d>),
    /// A method decision's summary.
    #[cfg(feature = "methods")]
    Method(crate::explain::ExplainMethod<'d>),
}

impl fmt::Display for AnyText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            #[cfg(feature = "outbound")]
            AnyText::Outbound(t) => t.fmt(f),
            #[cfg(feature = "outbound")]
            AnyText::View(t) => t.fmt(f),
            #[cfg(feature = "inbound")]
            AnyText::Inbound(t) => t.fmt(f),
            #[cfg(feature = "methods")]
            AnyText::Method(t) => t.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    // Safe code deciding three cases: minutes under Miri for nothing it could find (the
    // kernel has no `unsafe`); the integration tests decide the same on every build.
    #[cfg_attr(miri, ignore)]
    fn every_kind_is_read_decided_answered_and_written_back() {
        for (json, kind) in [
            (
                &br#"{"evaluation_date":"2024-06-01","treatment":{"country":"DE"}}"#[..],
                CaseKind::Outbound,
            ),
            (
                br#"{"schema":"helserett.inbound_case\/1","evaluation_date":"2024-07-02"}"#,
                CaseKind::Inbound,
            ),
            (
                br#"{"sch\u0065ma":"helserett.method_case/1","evaluation_date":"2024-07-02"}"#,
                CaseKind::Method,
            ),
        ] {
            let mut case = AnyCase::from_json(json).unwrap();
            assert_eq!(case.kind(), kind);
            let q = case
                .decide(Params::builtin(), |d| Ok::<_, Error>(d.next_question()))
                .unwrap()
                .expect("an empty case has a question");
            assert_eq!(q.fact.case_kind(), kind);
            // "vet ikke" is accepted for any kind and marks the fact declined.
            case.answer(q.fact, q.index.map(usize::from), "vet ikke")
                .unwrap();
            assert!(case.declined().contains(q.fact));
            let mut out = [0u8; 4096];
            let n = case.to_json(&mut out).unwrap();
            assert_eq!(AnyCase::from_json(&out[..n]).unwrap(), case);
            let owned = case.evaluate(Params::builtin()).unwrap();
            assert_eq!(owned.as_any().kind(), kind);
            assert!(!owned.as_any().explain(Lang::Nb).to_string().is_empty());
        }
    }

    #[test]
    fn a_fact_of_another_kind_is_refused_at_fact() {
        let mut case = AnyCase::new(CaseKind::Inbound, Date::ymd(2024, 7, 2)).unwrap();
        let e = case.answer(Fact::TreatmentCountry, None, "DE").unwrap_err();
        let SetError::Invalid(e) = e else { panic!() };
        assert_eq!(e.path.to_string(), "fact");
    }
}
