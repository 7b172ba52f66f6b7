//! A case of any kind written as JSON (its kind's schema) from the fact table: only known
//! facts, in table order, each in the form the reader takes. Reading the output gives the same
//! case.

use crate::any::AnyCase;
use crate::case::{Stage, TreatmentDate};
use crate::fact::Fact;
use crate::value::Value;
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// A case as JSON: `{"schema":…,"evaluation_date":…,"id":…,"patient":{…},…}`; the `id`
/// only when given, a group with no known fact is left out.
pub(crate) struct CaseOut<'c>(pub(crate) &'c AnyCase);

impl Serialize for CaseOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let case = self.0;
        let kind = case.kind();
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("schema", kind.case_schema())?;
        m.serialize_entry("evaluation_date", &case.evaluation_date())?;
        if let Some(id) = case.id() {
            m.serialize_entry("id", id.as_str())?;
        }
        if !case.declined().is_empty() {
            m.serialize_entry("declined", &case.declined())?;
        }
        if case.audience() != crate::case::Audience::Caseworker {
            m.serialize_entry("audience", &case.audience())?;
        }
        for group in kind.groups().iter() {
            let known = in_group(case, group).any(|f| case.get(f, None).is_some());
            if known {
                m.serialize_entry(group, &GroupOut { case, group })?;
            }
        }
        m.end()
    }
}

fn in_group<'a>(case: &AnyCase, group: &'a str) -> impl Iterator<Item = Fact> + 'a {
    case.kind()
        .facts()
        .iter()
        .copied()
        .filter(move |f| f.group() == group)
}

struct GroupOut<'c> {
    case: &'c AnyCase,
    group: &'static str,
}

impl Serialize for GroupOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        for f in in_group(self.case, self.group) {
            if let Some(v) = self.case.get(f, None) {
                m.serialize_entry(f.field(), &ValueOut(f, v))?;
            }
        }
        m.end()
    }
}

/// One known value in its JSON form.
struct ValueOut<'a>(Fact, Value<'a>);

impl Serialize for ValueOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.1 {
            Value::Bool(b) => s.serialize_bool(b),
            Value::Int(n) => s.serialize_i64(n),
            Value::Date(d) => d.serialize(s),
            Value::Country(c) => c.serialize(s),
            Value::Choice(i) => {
                s.serialize_str(self.0.options().get(usize::from(i)).copied().unwrap_or(""))
            }
            Value::Text(t) => s.serialize_str(t),
            Value::Stages(st) => {
                let mut q = s.serialize_seq(None)?;
                for stage in Stage::ALL.iter().filter(|x| st.contains(**x)) {
                    q.serialize_element(stage.as_str())?;
                }
                q.end()
            }
            Value::Dates(dates) => {
                let mut q = s.serialize_seq(None)?;
                for d in dates {
                    q.serialize_element(&DateOut(d))?;
                }
                q.end()
            }
        }
    }
}

/// One treatment date: `date` and its known per-date facts.
struct DateOut<'a>(&'a TreatmentDate);

impl Serialize for DateOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("date", &self.0.date)?;
        for f in Fact::OUTBOUND.iter().copied().filter(|f| f.per_date()) {
            if let Some(v) = self.0.get(f) {
                m.serialize_entry(f.field(), &ValueOut(f, v))?;
            }
        }
        m.end()
    }
}
