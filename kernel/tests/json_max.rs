//! The longest decision JSON of each kind, worked out from its schema (issue 29): the kernel
//! publishes it (`helserett::json::MAX_*_JSON`), and writes a decision in one pass straight
//! into a buffer that holds it. A decision is bounded because every capacity is fixed: each
//! array has its `maxItems`, each text its `maxLength`, each name its `enum`, each integer at
//! most twenty characters (`i64::MIN`). Every `maxItems` and `maxLength` of the decision
//! schemas is set from the kernel's constants by `generated.rs` (`bound_decision`), so a
//! capacity that grows moves the schema, and this test then asks for the new maximum; a
//! schema part it cannot bound fails here, not in a caller's buffer.

use serde_json::Value;
use std::path::PathBuf;

fn schema(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("schema")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The most bytes the kernel's writer gives for a string of at most `n` bytes: every byte a
/// control character, written `\u00XX`, between the quotes.
fn escaped(n: u64) -> u64 {
    2 + 6 * n
}

/// The longest compact JSON a value of schema `s` is written as.
fn longest(s: &Value, root: &Value, at: &str) -> u64 {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").expect(r);
        return longest(&root["$defs"][name], root, at);
    }
    for alternatives in ["oneOf", "anyOf"] {
        if let Some(list) = s.get(alternatives).and_then(Value::as_array) {
            return list.iter().map(|a| longest(a, root, at)).max().unwrap();
        }
    }
    if let Some(c) = s.get("const") {
        return text_len(c);
    }
    if let Some(list) = s.get("enum").and_then(Value::as_array) {
        return list.iter().map(text_len).max().unwrap();
    }
    let types: Vec<&str> = match s.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().map(|t| t.as_str().unwrap()).collect(),
        _ => panic!("{at}: no type, enum or const to bound"),
    };
    types
        .into_iter()
        .map(|t| match t {
            "null" => 4,
            "boolean" => 5,
            // Any integer at its widest (`i64::MIN`, `u64::MAX`: twenty characters), whatever
            // range the schema states: a range is checked where a value is read, not always
            // where a Rust caller makes one (a parameter table's estimate rate), and the bound
            // must hold for every decision the kernel writes.
            "integer" => 20,
            "string" if s.get("format").and_then(Value::as_str) == Some("date") => 12,
            "string" => escaped(bound(s, "maxLength", at)),
            "array" => {
                let item = longest(&s["items"], root, &format!("{at}[]"));
                // `[` and `]`, and each item followed by a comma (one too many: still a bound).
                2 + bound(s, "maxItems", at) * (item + 1)
            }
            "object" => object_len(s, root, at),
            other => panic!("{at}: type {other}"),
        })
        .max()
        .unwrap()
}

fn bound(s: &Value, key: &str, at: &str) -> u64 {
    s.get(key)
        .and_then(Value::as_u64)
        .unwrap_or_else(|| panic!("{at}: no {key}"))
}

/// Every property, present (a bound need not know which are optional). Only the object's own
/// `properties` count: with `additionalProperties: false` no other can be written, and a
/// conditional branch (`allOf` of `if`/`then`) can only narrow one of them.
fn object_len(s: &Value, root: &Value, at: &str) -> u64 {
    assert_eq!(
        s.get("additionalProperties"),
        Some(&Value::Bool(false)),
        "{at}: an object that may hold more than its properties has no bound"
    );
    let props = s.get("properties").and_then(Value::as_object);
    // `{` `}`, and per property `"name":` with its value and a comma.
    2 + props
        .into_iter()
        .flatten()
        .map(|(name, p)| name.len() as u64 + 3 + longest(p, root, &format!("{at}.{name}")) + 1)
        .sum::<u64>()
}

/// The bytes of a fixed value as compact JSON (the kernel writes names unescaped).
fn text_len(v: &Value) -> u64 {
    serde_json::to_string(v).unwrap().len() as u64
}

fn check(file: &str, published: usize, name: &str) {
    let s = schema(file);
    let worked_out = longest(&s, &s, "");
    assert_eq!(
        published as u64, worked_out,
        "helserett::json::{name} is {published}; the schema {file} gives {worked_out}"
    );
}

#[cfg(feature = "outbound")]
#[test]
fn the_longest_outbound_decision_is_published() {
    check(
        "decision.schema.json",
        helserett::json::MAX_DECISION_JSON,
        "MAX_DECISION_JSON",
    );
}

#[cfg(feature = "inbound")]
#[test]
fn the_longest_inbound_decision_is_published() {
    check(
        "inbound_decision.schema.json",
        helserett::json::MAX_INBOUND_DECISION_JSON,
        "MAX_INBOUND_DECISION_JSON",
    );
}

#[cfg(feature = "methods")]
#[test]
fn the_longest_method_decision_is_published() {
    check(
        "method_decision.schema.json",
        helserett::json::MAX_METHOD_DECISION_JSON,
        "MAX_METHOD_DECISION_JSON",
    );
}

/// A buffer that holds the longest decision is written in one pass, a shorter one counted
/// first: the same bytes either way, nothing written past them, and a buffer one byte short
/// untouched with the exact size needed.
#[cfg(all(feature = "outbound", feature = "inbound", feature = "methods"))]
#[test]
fn a_buffer_of_the_longest_decision_gets_the_same_bytes_in_one_pass() {
    use helserett::error::ErrorKind;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/cases");
    for (case, max) in [
        ("example_patient.json", helserett::json::MAX_DECISION_JSON),
        (
            "admission_example.json",
            helserett::json::MAX_INBOUND_DECISION_JSON,
        ),
        (
            "method_example.json",
            helserett::json::MAX_METHOD_DECISION_JSON,
        ),
    ] {
        let input = std::fs::read(root.join(case)).unwrap();
        let mut long = vec![0xAA; max];
        let n = helserett::evaluate_json(&input, &mut long).unwrap();
        assert!(long[n..].iter().all(|&b| b == 0xAA), "{case}: past the end");
        let mut exact = vec![0xAA; n];
        assert_eq!(helserett::evaluate_json(&input, &mut exact), Ok(n));
        assert_eq!(exact, long[..n], "{case}");
        let mut short = vec![0xAA; n - 1];
        let e = helserett::evaluate_json(&input, &mut short).unwrap_err();
        assert_eq!(e.kind, ErrorKind::BufferTooSmall { needed: n }, "{case}");
        assert!(short.iter().all(|&b| b == 0xAA), "{case}: touched");
        // One byte short of the bound is still the counted way, with the same bytes.
        let mut under = vec![0xAA; max - 1];
        assert_eq!(helserett::evaluate_json(&input, &mut under), Ok(n));
        assert_eq!(under[..n], long[..n], "{case}");
    }
}
