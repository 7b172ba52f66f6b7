//! `Case::checked` and `evaluate_checked` (issue 15): a case checked once is decided exactly
//! as `evaluate` decides it, and a case that fails the check fails `checked` with the error
//! `evaluate` reports. The C struct path decides through them, the JSON path through
//! `decide_json`.

use helserett::json::{decide_json, to_slice};
use helserett::{
    case_from_json, evaluate, evaluate_checked, evaluate_checked_with, Case, Date, Fact, Params,
    Value,
};
use serde_json::Value as Json;

const FILE: &str = include_str!("../../tests/vectors/eea.json");

fn json_of(d: &helserett::Decision<'_>) -> Vec<u8> {
    let mut out = vec![0u8; 64 * 1024];
    let n = to_slice(d, &mut out).unwrap();
    out.truncate(n);
    out
}

#[test]
fn a_checked_case_is_decided_as_evaluate_decides_it() {
    let v: Json = serde_json::from_str(FILE).unwrap();
    let mut decided = 0;
    for t in v["tests"].as_array().unwrap() {
        let input = t["input"].as_str().unwrap().as_bytes();
        let Ok(case) = case_from_json(input) else {
            continue;
        };
        let checked = case
            .checked()
            .expect("a case the reader accepted passes the check");
        match (
            evaluate(&case),
            evaluate_checked(checked, Params::builtin()),
        ) {
            (Ok(a), Ok(b)) => {
                assert_eq!(json_of(&a), json_of(&b), "{}", t["id"]);
                let c = decide_json(input, Params::builtin()).unwrap();
                assert_eq!(json_of(&a), json_of(&c), "{}", t["id"]);
                let handed = evaluate_checked_with(checked, Params::builtin(), |d| {
                    Ok::<_, helserett::Error>(json_of(d))
                });
                assert_eq!(json_of(&a), handed.unwrap(), "{}", t["id"]);
            }
            // The checks across fields (EEA-09, C-08) are still made.
            (Err(a), Err(b)) => assert_eq!(a, b, "{}", t["id"]),
            (a, b) => panic!("{}: {a:?} / {b:?}", t["id"]),
        }
        decided += 1;
    }
    assert!(decided > 50, "only {decided} cases");
}

#[test]
fn a_value_stored_unchecked_fails_checked_as_it_fails_evaluate() {
    let mut case = Case::new(Date::parse_iso("2024-04-15").unwrap());
    // `store` skips the text check that `set` makes: a line break in a place name.
    let broken = Some(Value::Text("Nes\nna"));
    case.store(Fact::TravelHome, None, broken).unwrap();
    let from_evaluate = evaluate(&case).unwrap_err();
    let from_checked = case.checked().unwrap_err();
    assert_eq!(from_checked, from_evaluate);
    assert_eq!(case.check().unwrap_err(), from_evaluate);
    assert_eq!(from_checked.path.to_string(), "travel.home");
    assert_eq!(from_checked.kind, helserett::ErrorKind::ControlCharacter);
}

#[test]
fn the_checks_across_fields_are_made_on_a_checked_case() {
    let mut case = Case::new(Date::parse_iso("2024-04-15").unwrap());
    case.set(Fact::Expenses, None, Some(Value::Int(100)))
        .unwrap();
    case.set(Fact::PrivateSurcharges, None, Some(Value::Int(200)))
        .unwrap();
    let e = evaluate_checked(case.checked().unwrap(), Params::builtin()).unwrap_err();
    assert_eq!(e, evaluate(&case).unwrap_err());
    assert_eq!(e.path.to_string(), "costs.private_surcharges_ore");
}
