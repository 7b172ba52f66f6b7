//! Which kind of case a JSON document holds, read from its top-level `schema` field, so that
//! one entry point (the CLI, a batch of mixed lines) can hand each document to its reader.

use crate::fact::CaseKind;
use core::fmt;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

/// The kind of case in `input`: an inbound case names `helserett.inbound_case/…` in its
/// `schema` field, a method case `helserett.method_case/…`; anything else (no schema, another one, or input that does not parse) is
/// handed to the outbound reader, which names whatever is wrong with it.
pub fn case_kind_of_json(input: &[u8]) -> CaseKind {
    let input = super::strict::without_bom(input);
    match serde_json_core::from_slice::<SchemaOnly<'_>>(input) {
        Ok((SchemaOnly(Some(s)), _)) if s.starts_with("helserett.inbound_case/") => {
            CaseKind::Inbound
        }
        Ok((SchemaOnly(Some(s)), _)) if s.starts_with("helserett.method_case/") => CaseKind::Method,
        _ => CaseKind::Outbound,
    }
}

/// The top-level `schema` string, every other field skipped.
struct SchemaOnly<'a>(Option<&'a str>);

impl<'de> de::Deserialize<'de> for SchemaOnly<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(SchemaVisitor)
    }
}

struct SchemaVisitor;

impl<'de> Visitor<'de> for SchemaVisitor {
    type Value = SchemaOnly<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a case object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut schema = None;
        while let Some(key) = map.next_key::<&'de str>()? {
            if key == "schema" && schema.is_none() {
                schema = map.next_value::<Option<&'de str>>()?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(SchemaOnly(schema))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_field_names_the_kind() {
        let k = |s: &str| case_kind_of_json(s.as_bytes());
        assert_eq!(k(r#"{"evaluation_date":"2024-01-01"}"#), CaseKind::Outbound);
        assert_eq!(k(r#"{"schema":"helserett.case/2"}"#), CaseKind::Outbound);
        assert_eq!(
            k(r#"{"stay":{"a":[1,{"b":null}]},"schema":"helserett.inbound_case/1"}"#),
            CaseKind::Inbound
        );
        assert_eq!(
            k("\u{feff}{\"schema\":\"helserett.inbound_case/1\"}"),
            CaseKind::Inbound
        );
        assert_eq!(k("not json"), CaseKind::Outbound);
    }
}
