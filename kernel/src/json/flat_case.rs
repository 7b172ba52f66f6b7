//! The case schemas whose facts are all single values, read from the fact table: the inbound
//! case (`kernel/schema/inbound_case.schema.json`, `helserett.inbound_case/1`) and the method
//! case (`kernel/schema/method_case.schema.json`, `helserett.method_case/1`). Each is
//! `schema`, `evaluation_date` and one object per group of its kind's facts. No field is
//! listed here: a fact added to the table is read without a change.

use super::case::{read_value, Declined};
use super::read::{field, Cx, Object, Schema, StrSeed};
use crate::case::inbound::InboundCase;
use crate::case::method::MethodCase;
use crate::case::CallerId;
use crate::case::FactSet;
use crate::date::Date;
use crate::error::{Error, ErrorKind, FieldPath, Segment};
use crate::fact::{AnswerKind, CaseKind, Fact};
use crate::value::Value;
use serde::de::MapAccess;

pub use crate::case::inbound::INBOUND_CASE_SCHEMA;
pub use crate::case::method::METHOD_CASE_SCHEMA;

/// A case kind whose facts are all single values.
pub(crate) trait FlatCase: Sized {
    /// Its kind (which facts and groups it has).
    const KIND: CaseKind;
    /// The schema name it is read under.
    const SCHEMA: &'static str;
    /// The case with every fact unknown.
    fn empty(evaluation_date: Date) -> Self;
    /// Stores a fact through the kernel's checks.
    fn put(&mut self, fact: Fact, value: Option<Value<'_>>) -> Result<(), Error>;
    /// Sets the evaluation date.
    fn set_evaluation_date(&mut self, d: Date);
    /// The caller's identifier.
    fn id_mut(&mut self) -> &mut Option<CallerId>;
    /// The facts declined ("vet ikke").
    fn declined_mut(&mut self) -> &mut crate::case::FactSet;
}

impl FlatCase for InboundCase {
    const KIND: CaseKind = CaseKind::Inbound;
    const SCHEMA: &'static str = INBOUND_CASE_SCHEMA;
    fn empty(d: Date) -> Self {
        InboundCase::new(d)
    }
    fn put(&mut self, fact: Fact, value: Option<Value<'_>>) -> Result<(), Error> {
        self.set(fact, value)
    }
    fn set_evaluation_date(&mut self, d: Date) {
        self.evaluation_date = d;
    }
    fn id_mut(&mut self) -> &mut Option<CallerId> {
        &mut self.id
    }
    fn declined_mut(&mut self) -> &mut crate::case::FactSet {
        &mut self.declined
    }
}

impl FlatCase for MethodCase {
    const KIND: CaseKind = CaseKind::Method;
    const SCHEMA: &'static str = METHOD_CASE_SCHEMA;
    fn empty(d: Date) -> Self {
        MethodCase::new(d)
    }
    fn put(&mut self, fact: Fact, value: Option<Value<'_>>) -> Result<(), Error> {
        self.set(fact, value)
    }
    fn set_evaluation_date(&mut self, d: Date) {
        self.evaluation_date = d;
    }
    fn id_mut(&mut self) -> &mut Option<CallerId> {
        &mut self.id
    }
    fn declined_mut(&mut self) -> &mut crate::case::FactSet {
        &mut self.declined
    }
}

/// A case being read: `evaluation_date` is required.
pub(crate) struct FlatRaw<C> {
    evaluation_date: Option<Date>,
    pub(crate) case: C,
}

impl<C: FlatCase> FlatRaw<C> {
    pub(crate) fn new() -> FlatRaw<C> {
        FlatRaw {
            evaluation_date: None,
            case: C::empty(Date::ymd(1970, 1, 1)),
        }
    }
}

static TOP: [&str; 4] = ["schema", "evaluation_date", "id", "declined"];

/// The schema's names and number kinds, for the strict pass and its errors.
pub(crate) static INBOUND: Schema = Schema {
    name: |s| known_name(CaseKind::Inbound, s),
    is_amount: |p| is_amount(CaseKind::Inbound, p),
};

/// The same for the method case.
pub(crate) static METHOD: Schema = Schema {
    name: |s| known_name(CaseKind::Method, s),
    is_amount: |p| is_amount(CaseKind::Method, p),
};

fn known_name(kind: CaseKind, s: &str) -> Option<&'static &'static str> {
    TOP.iter()
        .chain(kind.groups().iter())
        .find(|n| **n == s)
        .or_else(|| {
            kind.fact_by_field(s, |_| true)
                .map(|(_, f)| f.field_static())
        })
}

fn is_amount(kind: CaseKind, path: &FieldPath) -> bool {
    let name = |s: &Segment| match s {
        Segment::Field(n) => Some(**n),
        _ => None,
    };
    match path.segments() {
        [g, f] => match (name(g), name(f)) {
            (Some(g), Some(f)) => kind
                .fact_by_field(f, |x| x.group() == g && x.kind() == AnswerKind::Amount)
                .is_some(),
            _ => false,
        },
        _ => false,
    }
}

impl<C: FlatCase> Object for FlatRaw<C> {
    fn field(&self, name: &str) -> Option<(usize, &'static &'static str)> {
        if let Some(i) = TOP.iter().position(|f| *f == name) {
            return Some((i, &TOP[i]));
        }
        let groups = C::KIND.groups();
        let g = groups.iter().position(|g| *g == name)?;
        Some((TOP.len() + g, &groups[g]))
    }

    fn nearest(&self, name: &str) -> Option<&'static &'static str> {
        crate::suggest::nearest(name, TOP.iter().chain(C::KIND.groups().iter()))
    }

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        match i {
            0 => {
                let ok = |s: &str| {
                    if s == C::SCHEMA {
                        Ok(())
                    } else {
                        Err(ErrorKind::UnsupportedSchema)
                    }
                };
                map.next_value_seed(StrSeed(cx, ok))?;
            }
            1 => self.evaluation_date = field::date(map, cx)?,
            2 => {
                let id = &mut *self.case.id_mut();
                // `null` leaves it unknown; a string over the capacity is refused, never cut.
                field::text(map, cx, |s| {
                    *id = Some(crate::case::caller_id(s)?);
                    Ok(())
                })?;
            }
            3 => {
                let seed = |cx| {
                    StrSeed(cx, |s: &str| {
                        C::KIND
                            .facts()
                            .iter()
                            .copied()
                            .find(|f| f.path() == s)
                            .ok_or(ErrorKind::InvalidValue)
                    })
                };
                let set = field::array(map, cx, seed, Declined(FactSet::EMPTY))?;
                *self.case.declined_mut() = set.map_or(FactSet::EMPTY, |d| d.0);
            }
            _ => {
                let group = C::KIND.groups()[i - TOP.len()];
                field::object(
                    map,
                    cx,
                    &mut Group {
                        group,
                        case: &mut self.case,
                    },
                )?;
            }
        }
        Ok(())
    }

    fn finish(&mut self, _cx: Cx<'_>) -> Result<(), (ErrorKind, &'static &'static str)> {
        match self.evaluation_date {
            Some(d) => {
                self.case.set_evaluation_date(d);
                Ok(())
            }
            None => Err((ErrorKind::MissingField, &TOP[1])),
        }
    }
}

const _: () = assert!(
    TOP.len() + crate::fact::INBOUND_GROUP_COUNT <= 64
        && TOP.len() + crate::fact::METHOD_GROUP_COUNT <= 64,
    "the duplicate check holds 64 fields"
);

/// One group object: its fields are the table's facts of that group and kind.
struct Group<'c, C> {
    group: &'static str,
    case: &'c mut C,
}

// A field's number for the duplicate check is its position in the kind's facts.
const _: () = assert!(
    crate::fact::Fact::INBOUND.len() <= 64 && crate::fact::Fact::METHOD.len() <= 64,
    "the duplicate check holds 64 fields"
);

impl<C: FlatCase> Object for Group<'_, C> {
    fn field(&self, name: &str) -> Option<(usize, &'static &'static str)> {
        C::KIND
            .fact_by_field(name, |f| f.group() == self.group)
            .map(|(i, f)| (i, f.field_static()))
    }

    fn nearest(&self, name: &str) -> Option<&'static &'static str> {
        let group = self.group;
        let fields = C::KIND.facts().iter().filter(|f| f.group() == group);
        crate::suggest::nearest(name, fields.map(|f| f.field_static()))
    }

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        let fact = *C::KIND
            .facts()
            .get(i)
            .ok_or_else(|| cx.fail(ErrorKind::Internal))?;
        let value = read_value(fact, map, cx)?;
        self.case.put(fact, value).map_err(|e| cx.fail(e.kind))
    }
}
