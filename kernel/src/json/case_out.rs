//! A case of any kind written as JSON (its kind's schema) from the fact table: only known
//! facts, in table order, each in the form the reader takes. Reading the output gives the same
//! case.

use crate::case::{Audience, CallerId, FactSet, Stage, TreatmentDate};
use crate::date::Date;
use crate::fact::{CaseKind, Fact};
use crate::value::Value;
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// A case of any kind as the writer sees it: its kind, its head and a fact's value (at
/// treatment date `index` for a per-date fact). Written as JSON:
/// `{"schema":…,"evaluation_date":…,"id":…,"patient":{…},…}`; the `id` only when given, a
/// group with no known fact is left out.
pub struct CaseOut<'c> {
    /// Its kind (its schema, groups and facts).
    pub kind: CaseKind,
    /// The day it is decided on.
    pub evaluation_date: Date,
    /// The caller's `id`.
    pub id: Option<&'c CallerId>,
    /// The facts answered "vet ikke".
    pub declined: FactSet,
    /// Who answers (written when not the default).
    pub audience: Audience,
    /// A fact's value.
    pub get: &'c dyn Fn(Fact, Option<usize>) -> Option<Value<'c>>,
}

impl Serialize for CaseOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let kind = self.kind;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("schema", kind.case_schema())?;
        m.serialize_entry("evaluation_date", &self.evaluation_date)?;
        if let Some(id) = self.id {
            m.serialize_entry("id", id.as_str())?;
        }
        if !self.declined.is_empty() {
            m.serialize_entry("declined", &self.declined)?;
        }
        if self.audience != Audience::Caseworker {
            m.serialize_entry("audience", &self.audience)?;
        }
        for group in kind.groups().iter() {
            let known = in_group(kind, group).any(|f| (self.get)(f, None).is_some());
            if known {
                m.serialize_entry(group, &GroupOut { case: self, group })?;
            }
        }
        m.end()
    }
}

fn in_group(kind: CaseKind, group: &str) -> impl Iterator<Item = Fact> + '_ {
    kind.facts()
        .iter()
        .copied()
        .filter(move |f| f.group() == group)
}

struct GroupOut<'a, 'c> {
    case: &'a CaseOut<'c>,
    group: &'static str,
}

impl Serialize for GroupOut<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        for f in in_group(self.case.kind, self.group) {
            if let Some(v) = (self.case.get)(f, None) {
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
