//! The case schema (`kernel/schema/case.schema.json`, version `helserett.case/2`) read from
//! the fact table: a top-level object of `schema`, `evaluation_date` and one object per group
//! of facts (`patient`, `treatment`, …), each field read as its fact's kind and stored through
//! [`Case::set`]. No field is listed here: a fact added to the table is read without a change.

use super::read::{field, Cx, Object, OwnedObjectSeed, Schema, Sink, StrSeed};
use crate::case::{Audience, Case, Stage, Stages, TreatmentDate, MAX_TREATMENT_DATES};
use crate::date::Date;
use crate::error::ErrorKind;
use crate::error::{FieldPath, Segment};
use crate::fact::AnswerKind;
use crate::fact::{CaseKind, Fact, FactSet, SetError, GROUP_COUNT, GROUP_STATICS};
use crate::value::Value;
use serde::de::MapAccess;

pub use crate::case::CASE_SCHEMA;
/// The earlier schema versions still read.
const OLDER_CASE_SCHEMAS: &[&str] = &["helserett.case/1"];

/// A case being read: `evaluation_date` is required, so it starts unknown.
pub(crate) struct CaseRaw {
    evaluation_date: Option<Date>,
    pub(crate) case: Case,
}

impl CaseRaw {
    pub(crate) fn new() -> CaseRaw {
        CaseRaw {
            evaluation_date: None,
            case: Case::new(Date::ymd(1970, 1, 1)),
        }
    }
}

/// Top-level fields besides the groups.
static TOP: [&str; 5] = ["schema", "evaluation_date", "id", "declined", "audience"];

/// The case schema's names and number kinds, for the strict pass and its errors.
pub(crate) static SCHEMA: Schema = Schema {
    name: known_name,
    is_amount,
};

/// The static name of any field the case schema has.
fn known_name(s: &str) -> Option<&'static &'static str> {
    TOP.iter()
        .chain(GROUP_STATICS.iter())
        .chain(DATE_FIELD.iter())
        .find(|n| **n == s)
        .or_else(|| {
            CaseKind::Outbound
                .fact_by_field(s, |_| true)
                .map(|(_, f)| f.field_static())
        })
}

/// The fact whose field `path` names.
fn fact_at(path: &FieldPath) -> Option<Fact> {
    let name = |s: &Segment| match s {
        Segment::Field(n) => Some(**n),
        _ => None,
    };
    match path.segments() {
        [g, f] => {
            let (g, f) = (name(g)?, name(f)?);
            CaseKind::Outbound
                .fact_by_field(f, |x| !x.per_date() && x.group() == g)
                .map(|(_, x)| x)
        }
        [_, _, Segment::Index(_), f] => {
            let f = name(f)?;
            CaseKind::Outbound
                .fact_by_field(f, |x| x.per_date())
                .map(|(_, x)| x)
        }
        _ => None,
    }
}

fn is_amount(path: &FieldPath) -> bool {
    fact_at(path).is_some_and(|f| f.kind() == AnswerKind::Amount)
}

impl Object for CaseRaw {
    fn field(&self, name: &str) -> Option<(usize, &'static &'static str)> {
        if let Some(i) = TOP.iter().position(|f| *f == name) {
            return Some((i, &TOP[i]));
        }
        let g = GROUP_STATICS.iter().position(|g| *g == name)?;
        Some((TOP.len() + g, &GROUP_STATICS[g]))
    }

    fn nearest(&self, name: &str) -> Option<&'static &'static str> {
        crate::suggest::nearest(name, TOP.iter().chain(GROUP_STATICS.iter()))
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
                    if s == CASE_SCHEMA || OLDER_CASE_SCHEMAS.contains(&s) {
                        Ok(())
                    } else {
                        Err(ErrorKind::UnsupportedSchema)
                    }
                };
                map.next_value_seed(StrSeed(cx, ok))?;
            }
            1 => self.evaluation_date = field::date(map, cx)?,
            2 => {
                let id = &mut self.case.id;
                // `null` leaves it unknown; a string over the capacity is refused, never cut.
                field::text(map, cx, |s| {
                    *id = Some(crate::case::caller_id(s)?);
                    Ok(())
                })?;
            }
            3 => {
                let set = field::array(map, cx, declined_seed, Declined(FactSet::EMPTY))?;
                self.case.declined = set.map_or(FactSet::EMPTY, |d| d.0);
            }
            4 => {
                let audience = &mut self.case.audience;
                // `null` is the default: a caseworker.
                field::text(map, cx, |s| {
                    *audience = Audience::parse(s).ok_or(ErrorKind::InvalidValue)?;
                    Ok(())
                })?;
            }
            _ => {
                let group = GROUP_STATICS[i - TOP.len()];
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
    TOP.len() + GROUP_COUNT <= 64,
    "the duplicate check holds 64 fields"
);

/// One group object (`patient`, `travel`, …): its fields are the table's facts of that group.
struct Group<'c> {
    group: &'static str,
    case: &'c mut Case,
}

/// The position of a fact in the table, and the fact.
fn fact_named(group: &str, name: &str) -> Option<(usize, Fact)> {
    CaseKind::Outbound.fact_by_field(name, |f| f.group() == group)
}

// A field's position in `Fact::OUTBOUND` is its number for the reader's duplicate check,
// which holds 64.
const _: () = assert!(Fact::OUTBOUND.len() < 64);

impl Object for Group<'_> {
    fn field(&self, name: &str) -> Option<(usize, &'static &'static str)> {
        let (i, f) = fact_named(self.group, name)?;
        Some((i, f.field_static()))
    }

    fn nearest(&self, name: &str) -> Option<&'static &'static str> {
        let group = self.group;
        let fields = Fact::OUTBOUND.iter().filter(|f| f.group() == group);
        crate::suggest::nearest(name, fields.map(|f| f.field_static()))
    }

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        let fact = *Fact::OUTBOUND
            .get(i)
            .ok_or_else(|| cx.fail(ErrorKind::Internal))?;
        if fact.kind() == AnswerKind::Dates {
            let dates = field::array(
                map,
                cx,
                OwnedObjectSeed::<DateEntry>::new,
                DateList(heapless::Vec::new()),
            )?;
            let list = dates.map(|d| d.0).unwrap_or_default();
            return store(self.case, fact, None, Some(Value::Dates(&list)), cx);
        }
        if fact.kind() == AnswerKind::Text {
            let case = &mut *self.case;
            let put = |s: &str| match case.set(fact, None, Some(Value::Text(s))) {
                Ok(()) => Ok(()),
                Err(SetError::Invalid(e)) => Err(e.kind),
                Err(SetError::NoSuchDate) => Err(ErrorKind::Internal),
            };
            if field::text(map, cx, put)?.is_none() {
                store(self.case, fact, None, None, cx)?;
            }
            return Ok(());
        }
        let value = read_value(fact, map, cx)?;
        store(self.case, fact, None, value, cx)
    }
}

/// Stores a value read at `cx`, reporting a refusal at that field.
fn store<E: serde::de::Error>(
    case: &mut Case,
    fact: Fact,
    index: Option<usize>,
    value: Option<Value<'_>>,
    cx: Cx<'_>,
) -> Result<(), E> {
    match case.set(fact, index, value) {
        Ok(()) => Ok(()),
        Err(SetError::Invalid(e)) => Err(cx.fail(e.kind)),
        Err(SetError::NoSuchDate) => Err(cx.fail(ErrorKind::Internal)),
    }
}

/// Reads one value of `fact`'s kind, or `null`. Ranges and capacities are checked by
/// [`Case::set`]; this only reads the JSON form.
pub(super) fn read_value<'de, A: MapAccess<'de>>(
    fact: Fact,
    map: &mut A,
    cx: Cx<'_>,
) -> Result<Option<Value<'static>>, A::Error> {
    Ok(match fact.kind() {
        AnswerKind::YesNo => field::bool(map)?.map(Value::Bool),
        AnswerKind::Country => field::country(map, cx)?.map(Value::Country),
        AnswerKind::Date => field::date(map, cx)?.map(Value::Date),
        AnswerKind::Amount | AnswerKind::Number => {
            field::int(map, cx, i64::MIN..=i64::MAX)?.map(Value::Int)
        }
        AnswerKind::Choice(options) => field::choice(map, cx, options)?.map(Value::Choice),
        AnswerKind::Choices(_) => {
            let set = field::array(map, cx, stage_seed, StageSet(Stages::NONE))?;
            set.map(|s| Value::Stages(s.0))
        }
        // Text and dates borrow from the input: read by their own paths.
        AnswerKind::Text | AnswerKind::Dates => return Err(cx.fail(ErrorKind::Internal)),
    })
}

/// A treatment date being read: `date` is required, in any position among its fields.
struct DateEntry {
    date: Option<Date>,
    entry: TreatmentDate,
}

impl Default for DateEntry {
    fn default() -> DateEntry {
        DateEntry {
            date: None,
            entry: TreatmentDate::on(Date::ymd(1970, 1, 1)),
        }
    }
}

/// The per-date fact numbered `i` (its position in `Fact::OUTBOUND`).
fn per_date_fact(i: usize) -> Option<Fact> {
    Fact::OUTBOUND.get(i).copied().filter(|f| f.per_date())
}

static DATE_FIELD: [&str; 1] = ["date"];

impl Object for DateEntry {
    fn field(&self, name: &str) -> Option<(usize, &'static &'static str)> {
        if name == DATE_FIELD[0] {
            return Some((0, &DATE_FIELD[0]));
        }
        // Numbered 1 + the position in `Fact::OUTBOUND` (below 64, asserted above).
        CaseKind::Outbound
            .fact_by_field(name, |f| f.per_date())
            .map(|(i, f)| (i + 1, f.field_static()))
    }

    fn nearest(&self, name: &str) -> Option<&'static &'static str> {
        let fields = Fact::OUTBOUND.iter().filter(|f| f.per_date());
        let fields = DATE_FIELD.iter().chain(fields.map(|f| f.field_static()));
        crate::suggest::nearest(name, fields)
    }

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        if i == 0 {
            self.date = field::date(map, cx)?;
            return Ok(());
        }
        let fact = per_date_fact(i - 1).ok_or_else(|| cx.fail(ErrorKind::Internal))?;
        let value = read_value(fact, map, cx)?;
        match self.entry.set_at(fact, Some(0), value) {
            Ok(()) => Ok(()),
            Err(SetError::Invalid(e)) => Err(cx.fail(e.kind)),
            Err(SetError::NoSuchDate) => Err(cx.fail(ErrorKind::Internal)),
        }
    }

    fn finish(&mut self, _cx: Cx<'_>) -> Result<(), (ErrorKind, &'static &'static str)> {
        let Some(date) = self.date else {
            return Err((ErrorKind::MissingField, &DATE_FIELD[0]));
        };
        self.entry.date = date;
        Ok(())
    }
}

/// The treatment dates read from a JSON array.
struct DateList(heapless::Vec<TreatmentDate, MAX_TREATMENT_DATES>);

impl Sink for DateList {
    type Item = DateEntry;
    fn push_item(&mut self, item: DateEntry) -> Result<(), ErrorKind> {
        self.0.push(item.entry).map_err(|_| ErrorKind::TooMany)
    }
}

/// Parses one stage name.
type StageParser = fn(&str) -> Result<Stage, ErrorKind>;

fn stage_seed(cx: Cx<'_>) -> StrSeed<'_, StageParser> {
    StrSeed(cx, |s| Stage::parse(s).ok_or(ErrorKind::InvalidValue))
}

/// Parses one declined fact's path (`costs.expenses_ore`, `treatment.dates.invoice_date`).
type FactParser = fn(&str) -> Result<Fact, ErrorKind>;

fn declined_seed(cx: Cx<'_>) -> StrSeed<'_, FactParser> {
    StrSeed(cx, |s| {
        Fact::OUTBOUND
            .iter()
            .copied()
            .find(|f| f.path() == s)
            .ok_or(ErrorKind::InvalidValue)
    })
}

/// The declined facts read from a JSON array; a fact given twice is an error.
pub(crate) struct Declined(pub(crate) FactSet);

impl Sink for Declined {
    type Item = Fact;
    fn push_item(&mut self, f: Fact) -> Result<(), ErrorKind> {
        self.0 = self.0.try_insert(f)?;
        Ok(())
    }
}

/// A set of stages read from a JSON array; a stage given twice is an error.
struct StageSet(Stages);

impl Sink for StageSet {
    type Item = Stage;
    fn push_item(&mut self, s: Stage) -> Result<(), ErrorKind> {
        self.0 = self.0.try_insert(s)?;
        Ok(())
    }
}
