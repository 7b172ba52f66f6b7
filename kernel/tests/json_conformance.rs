//! RFC 8259 conformance of the case reader, from `tests/json/rfc8259.json`: every document the
//! RFC requires to be accepted is read as JSON (a decision, or any error but syntax), every one
//! it requires to be rejected gets `syntax` (100), with the byte offset, line and column in
//! its message. Also checked: the bytes that flipped a verdict before (`\u+04eO` read as `NO`).

use helserett::{case_from_json, ErrorKind};
use serde_json::Value;

const FILE: &str = include_str!("../../tests/json/rfc8259.json");

fn input(t: &Value) -> Vec<u8> {
    match (t.get("input"), t.get("input_hex")) {
        (Some(s), _) => s.as_str().unwrap().as_bytes().to_vec(),
        (_, Some(h)) => {
            let h = h.as_str().unwrap();
            (0..h.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
                .collect()
        }
        _ => panic!("{t}: no input"),
    }
}

#[test]
fn rfc_8259_accepts_json_and_refuses_everything_else_with_syntax() {
    let v: Value = serde_json::from_str(FILE).unwrap();
    let (mut accepted, mut rejected) = (0, 0);
    for t in v["tests"].as_array().unwrap() {
        let id = t["id"].as_str().unwrap();
        let r = case_from_json(&input(t));
        let syntax = matches!(r, Err(e) if matches!(e.kind, ErrorKind::Syntax(_)));
        match t["expect"].as_str().unwrap() {
            "accept" => {
                assert!(
                    !syntax,
                    "{id}: valid JSON refused as malformed: {:?}",
                    r.err()
                );
                accepted += 1;
            }
            "reject" => {
                let e = r.expect_err(id);
                assert!(syntax, "{id}: not JSON, but got {e}");
                let p = e
                    .position
                    .unwrap_or_else(|| panic!("{id}: no position in {e}"));
                assert!(
                    format!("{e}").contains(&format!("at byte {}", p.offset())),
                    "{id}"
                );
                rejected += 1;
            }
            other => panic!("{id}: expect {other}"),
        }
    }
    assert!(
        accepted >= 30 && rejected >= 50,
        "{accepted} accepted, {rejected} rejected"
    );
    eprintln!("json conformance: {accepted} accepted, {rejected} rejected");
}

#[test]
fn rfc_8259_a_signed_u_escape_no_longer_flips_the_country() {
    let ok = br#"{"evaluation_date":"2024-06-01","treatment":{"country":"\u004eO"}}"#;
    let case = case_from_json(ok).unwrap();
    assert_eq!(case.treatment.country.unwrap().as_str(), "NO");
    let bad = br#"{"evaluation_date":"2024-06-01","treatment":{"country":"\u+04eO"}}"#;
    let e = case_from_json(bad).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Syntax(_)));
    assert_eq!(format!("{}", e.path), "treatment.country");
    // Line and column count from 1; the column counts characters.
    let multi =
        "{\n  \"evaluation_date\": \"2024-06-01\",\n  \"travel\": {\"home\": \"Bodø\" \"x\"}\n}";
    let e = case_from_json(multi.as_bytes()).unwrap_err();
    let p = e.position.unwrap();
    assert_eq!((p.line(), p.column()), (3, 29), "{e}");
    assert_eq!(format!("{}", e.path), "travel");
}

#[test]
fn rfc_8259_numbers_an_integer_field_cannot_take_are_named_at_the_field() {
    let with =
        |n: &str| format!(r#"{{"evaluation_date":"2024-06-01","costs":{{"expenses_ore":{n}}}}}"#);
    for (n, kind) in [
        ("12.5", ErrorKind::NumberOutOfRange),
        ("1e3", ErrorKind::NumberOutOfRange),
        ("100.0", ErrorKind::NumberOutOfRange),
        ("99999999999999999999999", ErrorKind::AmountOverflow),
        ("-99999999999999999999999", ErrorKind::NegativeAmount),
    ] {
        let e = case_from_json(with(n).as_bytes()).unwrap_err();
        assert_eq!(e.kind, kind, "{n}");
        assert_eq!(format!("{}", e.path), "costs.expenses_ore", "{n}");
    }
    let km = r#"{"evaluation_date":"2024-06-01","travel":{"one_way_km":99999999999999999999}}"#;
    assert_eq!(
        case_from_json(km.as_bytes()).unwrap_err().kind,
        ErrorKind::NumberOutOfRange
    );
}

#[test]
fn rfc_8259_non_bmp_characters_in_place_names_are_read() {
    let pair = br#"{"evaluation_date":"2024-06-01","travel":{"home":"Mo \ud83d\ude00"}}"#;
    let case = case_from_json(pair).unwrap();
    assert_eq!(case.travel.home.as_deref(), Some("Mo 😀"));
}

#[test]
fn rfc_8259_error_messages_never_echo_control_characters() {
    let input = br#"{"evaluation_date":"2024-06-01","tra\u001bvel\r\n":{}}"#;
    let e = case_from_json(input).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::UnknownField { .. }), "{e}");
    let text = format!("{e}");
    assert!(!text.chars().any(char::is_control), "{text:?}");
    assert!(text.starts_with("tra\\u001bvel\\u000d\\u000a"), "{text}");
}
