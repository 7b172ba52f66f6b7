//! The caller's `id` (an EPJ request number) is echoed into every kind of decision and read by
//! no rule: the decision with an id is the decision without it, but for the id.

use helserett::json::case_to_json;
use helserett::{case_from_json, evaluate_inbound_json, evaluate_json, Params};

const OUTBOUND: &str = include_str!("../../tests/cases/example_patient.json");
const INBOUND: &str = include_str!("../../tests/cases/admission_example.json");
const METHOD: &str = include_str!("../../tests/cases/method_example.json");

/// The case text with `"id": …` as its first field.
fn with_id(case: &str, id: &str) -> String {
    let body = case.trim_start().strip_prefix('{').unwrap();
    format!("{{\"id\":{},{body}", serde_json::to_string(id).unwrap())
}

fn decide(f: fn(&[u8], &mut [u8]) -> Result<usize, helserett::Error>, case: &str) -> String {
    let mut out = vec![0u8; 32 * 1024];
    let n = f(case.as_bytes(), &mut out).unwrap();
    String::from_utf8(out[..n].to_vec()).unwrap()
}

fn method(input: &[u8], out: &mut [u8]) -> Result<usize, helserett::Error> {
    helserett::json::evaluate_method_json_with(input, Params::builtin(), out)
}

#[test]
fn c_05_the_id_is_echoed_and_changes_nothing_else() {
    let id = "EPJ-2024-000123 \"Bodø\"";
    for (case, f) in [
        (
            OUTBOUND,
            evaluate_json as fn(&[u8], &mut [u8]) -> Result<usize, helserett::Error>,
        ),
        (INBOUND, evaluate_inbound_json),
        (METHOD, method),
    ] {
        let without = decide(f, case);
        let with = decide(f, &with_id(case, id));
        let echoed = format!("\"id\":{}", serde_json::to_string(id).unwrap());
        assert!(without.contains("\"id\":null"), "{without}");
        assert_eq!(with.replacen(&echoed, "\"id\":null", 1), without);
    }
}

#[test]
fn c_05_the_id_survives_a_round_trip_of_the_case() {
    let case = case_from_json(with_id(OUTBOUND, "A-1").as_bytes()).unwrap();
    assert_eq!(case.id.as_deref(), Some("A-1"));
    let mut out = [0u8; 8192];
    let n = case_to_json(&case, &mut out).unwrap();
    assert_eq!(case_from_json(&out[..n]).unwrap(), case);
}
