//! The inbound case schema (`kernel/schema/inbound_case.schema.json`, version
//! `helserett.inbound_case/1`) read from the fact table: `schema`, `evaluation_date` and one
//! object per group of the inbound facts (`stay`, `patient`, `care`, `documents`). No field
//! is listed here.

use super::case::read_value;
use super::read::{field, Cx, Object, Schema, StrSeed};
use crate::date::Date;
use crate::error::{ErrorKind, FieldPath, Segment};
use crate::fact::{AnswerKind, CaseKind, Fact, INBOUND_GROUP_COUNT, INBOUND_GROUP_STATICS};
use crate::inbound::InboundCase;
use serde::de::MapAccess;

/// The inbound case schema this kernel reads.
pub const INBOUND_CASE_SCHEMA: &str = "helserett.inbound_case/1";

/// An inbound case being read: `evaluation_date` is required.
pub(crate) struct InboundRaw {
    evaluation_date: Option<Date>,
    pub(crate) case: InboundCase,
}

impl InboundRaw {
    pub(crate) fn new() -> InboundRaw {
        InboundRaw {
            evaluation_date: None,
            case: InboundCase::new(Date::ymd(1970, 1, 1)),
        }
    }
}

static TOP: [&str; 2] = ["schema", "evaluation_date"];

/// The inbound schema's names and number kinds, for the strict pass and its errors.
pub(crate) static SCHEMA: Schema = Schema {
    name: known_name,
    is_amount,
};

fn known_name(s: &str) -> Option<&'static &'static str> {
    TOP.iter()
        .chain(INBOUND_GROUP_STATICS.iter())
        .find(|n| **n == s)
        .or_else(|| {
            Fact::INBOUND
                .iter()
                .find(|f| f.field() == s)
                .map(|f| f.field_static())
        })
}

fn is_amount(path: &FieldPath) -> bool {
    let name = |s: &Segment| match s {
        Segment::Field(n) => Some(**n),
        _ => None,
    };
    match path.segments() {
        [g, f] => Fact::INBOUND.iter().any(|x| {
            Some(x.group()) == name(g)
                && Some(x.field()) == name(f)
                && x.kind() == AnswerKind::Amount
        }),
        _ => false,
    }
}

impl Object for InboundRaw {
    fn field(&self, name: &str) -> Option<(usize, &'static &'static str)> {
        if let Some(i) = TOP.iter().position(|f| *f == name) {
            return Some((i, &TOP[i]));
        }
        let g = INBOUND_GROUP_STATICS.iter().position(|g| *g == name)?;
        Some((TOP.len() + g, &INBOUND_GROUP_STATICS[g]))
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
                    if s == INBOUND_CASE_SCHEMA {
                        Ok(())
                    } else {
                        Err(ErrorKind::UnsupportedSchema)
                    }
                };
                map.next_value_seed(StrSeed(cx, ok))?;
            }
            1 => self.evaluation_date = field::date(map, cx)?,
            _ => {
                let group = INBOUND_GROUP_STATICS[i - TOP.len()];
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
                self.case.evaluation_date = d;
                Ok(())
            }
            None => Err((ErrorKind::MissingField, &TOP[1])),
        }
    }
}

const _: () = assert!(
    2 + INBOUND_GROUP_COUNT <= 64,
    "the duplicate check holds 64 fields"
);

/// One group object of the inbound case: its fields are the table's inbound facts of that
/// group.
struct Group<'c> {
    group: &'static str,
    case: &'c mut InboundCase,
}

fn facts_of(group: &str) -> impl Iterator<Item = Fact> + '_ {
    CaseKind::Inbound
        .facts()
        .iter()
        .copied()
        .filter(move |f| f.group() == group)
}

impl Object for Group<'_> {
    fn field(&self, name: &str) -> Option<(usize, &'static &'static str)> {
        facts_of(self.group)
            .enumerate()
            .find(|(_, f)| f.field() == name)
            .map(|(i, f)| (i, f.field_static()))
    }

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        let fact = facts_of(self.group)
            .nth(i)
            .ok_or_else(|| cx.fail(ErrorKind::Internal))?;
        let value = read_value(fact, map, cx)?;
        self.case.set(fact, value).map_err(|e| cx.fail(e.kind))
    }
}
