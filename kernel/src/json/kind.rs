//! Which kind of case a JSON document holds, read from its top-level `schema` field, so that
//! one entry point (the CLI, a batch of mixed lines) can hand each document to its reader.

use crate::fact::CaseKind;
use core::fmt;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

/// The kind of case in `input`: an inbound case names `helserett.inbound_case/…` in its
/// `schema` field, a method case `helserett.method_case/…`; anything else (no schema, another one, or input that does not parse) is
/// handed to the outbound reader, which names whatever is wrong with it.
///
/// The reading stops at the first top-level `schema` field (the readers take the first one
/// too): a case written schema-first, as the kernel and the examples write it, costs a few
/// hundred instructions here instead of a second parse of the whole document.
pub fn case_kind_of_json(input: &[u8]) -> CaseKind {
    let mut kind = CaseKind::Outbound;
    top_level_string(input, "schema", |s| kind = CaseKind::of_schema(s));
    kind
}

/// The case's `id` as the caller wrote it (unescaped, and valid as an id), read from the
/// top-level object even when the document is refused further on: a batch's error line then
/// names its request (issue 30). `None` when there is no `id`, it is not a valid one (empty,
/// control characters, over 64 bytes, not a string), or the text breaks before it.
pub fn caller_id_of_json(input: &[u8]) -> Option<crate::case::CallerId> {
    let mut id = None;
    top_level_string(input, "id", |s| id = crate::case::caller_id(s).ok());
    id
}

/// Reads the top-level object up to its first field `name` and, when its value is a string,
/// hands it to `found` unescaped. Names and values are read after unescaping, as every reader
/// reads them: a schema written `helserett.inbound_case\/1`, or a key written `sch\u0065ma`,
/// is the plain text (issue 25). The reading stops there: the rest of the document is the
/// reader's to check (and an input that does not parse simply finds nothing).
fn top_level_string(input: &[u8], name: &str, found: impl FnOnce(&str)) {
    let input = super::strict::without_bom(input);
    let mut de = super::checked::Checked::unchecked(input);
    // Stopping early is an error to serde: what was found has been handed over already.
    let _ = de::DeserializeSeed::deserialize(FieldSeed { name, found }, &mut de);
}

/// The seed and visitor of [`top_level_string`].
struct FieldSeed<'n, F> {
    name: &'n str,
    found: F,
}

impl<'de, F: FnOnce(&str)> de::DeserializeSeed<'de> for FieldSeed<'_, F> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, F: FnOnce(&str)> Visitor<'de> for FieldSeed<'_, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a case object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<&'de str>()? {
            let mut buf = [0u8; SCRATCH];
            if super::strict::unescape(key, &mut buf) != Ok(self.name) {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            if let Some(raw) = map.next_value::<Option<&'de str>>()? {
                let mut buf = [0u8; SCRATCH];
                if let Ok(s) = super::strict::unescape(raw, &mut buf) {
                    (self.found)(s);
                }
            }
            return Err(de::Error::custom("field found"));
        }
        Ok(())
    }
}

/// Room to unescape a name or a value: any valid id (64 bytes, each character escaped as
/// `\u0000` at most six bytes) and any schema; a longer one is none of them.
const SCRATCH: usize = crate::case::MAX_CALLER_ID * 6;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_is_read_even_from_a_document_refused_further_on() {
        let id = |s: &str| caller_id_of_json(s.as_bytes()).map(|i| i.as_str().to_string());
        assert_eq!(
            id(r#"{"id":"EPJ-1","costs":{"expenses_ore":-1}}"#).as_deref(),
            Some("EPJ-1")
        );
        assert_eq!(
            id(r#"{"schema":"helserett.case/2","id":"Aø","x":"#).as_deref(),
            Some("Aø")
        );
        assert_eq!(id(r#"{"costs":{"id":"inner"}}"#), None);
        assert_eq!(id(r#"{"id":""}"#), None);
        assert_eq!(id(r#"{"id":12}"#), None);
        assert_eq!(id("not json"), None);
    }

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
        // Unchecked text with a broken escape (a lone surrogate, a cut `\u`): no panic, and
        // the reader names the error (the fuzzer's find, issue 25).
        for bad in [
            "{\"%valu24-06-0ao\\ud8242-6001-\"tra\u{11}s:\"2021\"}]}}",
            "{\"\\ud800\\u0041\":1}",
            "{\"a\\u12",
            "{\"schema\":\"\\udbff\\udfff\\ud800\"}",
        ] {
            assert_eq!(k(bad), CaseKind::Outbound, "{bad}");
        }
        // Escapes are read as the readers read them.
        assert_eq!(
            k(r#"{"schema":"helserett.inbound_case\/1"}"#),
            CaseKind::Inbound
        );
        assert_eq!(
            k(r#"{"sch\u0065ma":"helserett.method\u005fcase/1"}"#),
            CaseKind::Method
        );
    }
}
