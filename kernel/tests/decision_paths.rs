//! Any value of a decision by its path, and the reasons that decided it (issue 30, item 7: an
//! analyst's `outputs=` takes any decision path, and a "why" column answers "why not
//! eligible?"). Checked over every shared vector's decision.

use helserett::fact::CaseKind;
use helserett::json::select::{check_path, select, PathProblem};
use helserett::{AnyCase, Params};
use serde_json::Value;

/// Every shared vector that decides: its kind and its decision's JSON.
fn decisions() -> Vec<(String, CaseKind, String)> {
    let mut out = Vec::new();
    for file in ["eea.json", "inbound.json", "methods.json"] {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors/");
        let text = std::fs::read_to_string(format!("{path}{file}")).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        for t in v["tests"].as_array().unwrap() {
            let input = t["input"].as_str().unwrap();
            let Ok(case) = AnyCase::from_json(input.as_bytes()) else {
                continue;
            };
            // A case the kernel refuses (a vector of an error) has no decision.
            let Ok(json) = case.decide(Params::builtin(), |d| {
                let mut buf = vec![0u8; helserett::json::json_len(&d)];
                let n = helserett::json::to_slice(&d, &mut buf)?;
                buf.truncate(n);
                Ok::<_, helserett::Error>(String::from_utf8(buf).unwrap())
            }) else {
                continue;
            };
            out.push((t["id"].as_str().unwrap().to_string(), case.kind(), json));
        }
    }
    assert!(out.len() > 100, "{} decisions", out.len());
    out
}

/// Every path of a JSON value, by index and, for a list of objects whose first field is a
/// string, by that name too (for the first element of each name: `[name]` selects the first);
/// with the value there.
fn paths(v: &Value, at: String, out: &mut Vec<(String, Value)>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let p = if at.is_empty() {
                    k.clone()
                } else {
                    format!("{at}.{k}")
                };
                paths(x, p, out);
            }
        }
        Value::Array(a) => {
            let mut named = std::collections::HashSet::new();
            for (i, x) in a.iter().enumerate() {
                paths(x, format!("{at}[{i}]"), out);
                if let Some(Value::String(name)) = x.as_object().and_then(|o| o.values().next()) {
                    if named.insert(name) {
                        paths(x, format!("{at}[{name}]"), out);
                    }
                }
            }
        }
        _ => {}
    }
    if !at.is_empty() {
        out.push((at, v.clone()));
    }
}

#[test]
fn every_path_of_every_vector_decision_is_known_to_the_schema_and_reads_its_value() {
    let mut checked = 0;
    // Each path is checked against the schema once per kind (the walk reads the schema's
    // text each time: fine for an analyst's few columns, slow for every path of 129 decisions).
    let mut known = std::collections::HashSet::new();
    for (id, kind, json) in decisions() {
        let whole: Value = serde_json::from_str(&json).unwrap();
        let mut all = Vec::new();
        paths(&whole, String::new(), &mut all);
        for (path, value) in all {
            // The schema does not tell one index from another: `[3]` is checked as `[0]`.
            let shape: String = path
                .split('[')
                .map(|p| match p.split_once(']') {
                    Some((i, rest)) if i.parse::<usize>().is_ok() => format!("0]{rest}"),
                    _ => p.to_string(),
                })
                .collect::<Vec<_>>()
                .join("[");
            if known.insert((kind, shape)) {
                check_path(kind, &path).unwrap_or_else(|e| panic!("{id}: {path}: {e}"));
            }
            let got = select(&json, &path).map(|t| serde_json::from_str::<Value>(t).unwrap());
            match (&got, &value) {
                (None, Value::Null) => {}
                (Some(g), v) if g == v => {}
                _ => panic!("{id}: {path}: got {got:?}, the decision has {value}"),
            }
            checked += 1;
        }
    }
    assert!(checked > 10_000, "{checked} paths");
}

#[test]
fn a_path_the_decision_does_not_have_is_refused_with_the_field_meant() {
    let cases = [
        (CaseKind::Outbound, "refund.refund_or", PathProblem::NoSuchField,
         "refund.refund_or: names no field of the decision (helserett.decision/8); did you mean refund.refund_ore?"),
        (CaseKind::Outbound, "routes[waiting_time_brech].verdict", PathProblem::NoSuchElement,
         "routes[waiting_time_brech].verdict: names no element that list can hold (helserett.decision/8); did you mean routes[waiting_time_breach].verdict?"),
        (CaseKind::Outbound, "deadline[0].days_left", PathProblem::NoSuchField,
         "deadline[0].days_left: names no field of the decision (helserett.decision/8); did you mean deadlines[0].days_left?"),
        (CaseKind::Outbound, "verdict.code", PathProblem::NotAnObject,
         "verdict.code: asks for a field of a value that has none (helserett.decision/8)"),
        (CaseKind::Outbound, "refund[0]", PathProblem::NotAList,
         "refund[0]: indexes a value that is no list (helserett.decision/8)"),
        (CaseKind::Outbound, "refund..refund_ore", PathProblem::Malformed,
         "refund..refund_ore: is not a decision path (fields with `.`, list elements with `[0]` or `[name]`) (helserett.decision/8)"),
        (CaseKind::Inbound, "coverd", PathProblem::NoSuchField,
         "coverd: names no field of the decision (helserett.inbound_decision/5); did you mean covered?"),
        (CaseKind::Method, "routes[acces_scheme].verdict", PathProblem::NoSuchElement,
         "routes[acces_scheme].verdict: names no element that list can hold (helserett.method_decision/5); did you mean routes[access_scheme].verdict?"),
    ];
    for (kind, path, problem, message) in cases {
        let e = check_path(kind, path).unwrap_err();
        assert_eq!(e.problem, problem, "{path}");
        assert_eq!(e.to_string(), message);
    }
    // What the issue names: reasons, missing facts, to_settle, each route's verdict, the first
    // deadline's days left, the receipt's hash.
    for path in [
        "reasons",
        "reasons[0].code",
        "missing",
        "missing[0].fact",
        "to_settle",
        "routes[eea_refund].verdict",
        "routes[waiting_time_breach].verdict",
        "deadlines[0].days_left",
        "receipt.params_sha256",
        "refund.refund_ore",
    ] {
        check_path(CaseKind::Outbound, path).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn why_holds_the_reasons_that_decided_the_headline() {
    let codes = |id: &str| -> Vec<&'static str> {
        let file = if id.starts_with("in-") {
            "inbound.json"
        } else if id.starts_with("met-") {
            "methods.json"
        } else {
            "eea.json"
        };
        let path = format!("{}/../tests/vectors/{file}", env!("CARGO_MANIFEST_DIR"));
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let t = v["tests"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == id)
            .unwrap();
        let case = AnyCase::from_json(t["input"].as_str().unwrap().as_bytes()).unwrap();
        case.decide(Params::builtin(), |d| {
            Ok::<_, helserett::Error>(helserett::why::why(d).iter().map(|r| r.code()).collect())
        })
        .unwrap()
    };
    // Refused: only what refused it, not the conditions that held.
    assert_eq!(codes("eea-switzerland"), ["EEA_SWITZERLAND_EHIC"]);
    assert_eq!(
        codes("eea-norway"),
        ["EEA_COUNTRY_NORWAY", "EEA_RESIDENT_IN_TREATMENT_COUNTRY"]
    );
    // Eligible: the scheme's conditions that held, not the amounts' or the fee's notes.
    let eligible = codes("eea-example-patient");
    assert!(
        eligible.contains(&"EEA_MEMBER") && eligible.contains(&"EEA_COMPARABLE_CARE"),
        "{eligible:?}"
    );
    assert!(
        !eligible.contains(&"EEA_RATE_IN_FORCE") && !eligible.contains(&"ASSUMPTION_DRG_POINTS"),
        "{eligible:?}"
    );
    // The United Kingdom's place in the scheme is a condition (G-04), before or after Brexit.
    assert!(codes("eea-uk-2020").contains(&"EEA_UK_BEFORE_BREXIT"));
    assert!(!codes("eea-uk-2020").contains(&"EEA_DEADLINE_FROM_TREATMENT_DATE"));
    // Inbound: the entitlement, not the invoicing or the note on membership.
    let planned = codes("in-eea-planned");
    assert!(planned.contains(&"IN_PLANNED_NOT_COVERED"), "{planned:?}");
    assert!(
        !planned.contains(&"IN_NAV_DECIDES_MEMBERSHIP"),
        "{planned:?}"
    );
    assert!(!codes("in-eea-tourist").contains(&"IN_INVOICE_HELFO_ALTINN"));
    // A method with no route open: why each closed, and that it is not used.
    let closed = codes("met-device-after-no-group");
    assert!(
        closed.contains(&"MET_NOT_USED") && closed.contains(&"MET_ONLY_DRUGS"),
        "{closed:?}"
    );
}

#[test]
fn every_refused_vector_says_why_and_no_why_passes_its_bound() {
    for (id, kind, json) in decisions() {
        let d: Value = serde_json::from_str(&json).unwrap();
        let headline = match kind {
            CaseKind::Outbound => &d["verdict"],
            CaseKind::Inbound => &d["covered"],
            CaseKind::Method => &d["recommended"],
        };
        let case = AnyCase::from_json(decisions_input(&id).as_bytes()).unwrap();
        let why = case
            .decide(Params::builtin(), |d| {
                Ok::<_, helserett::Error>(helserett::why::why(d).len())
            })
            .unwrap();
        // Below the bound, for every kind (a method with no route open has the longest).
        assert!(
            why < helserett::why::MAX_WHY,
            "{id}: the why is at its bound"
        );
        // A method is refused when every route is closed.
        let all_closed = d["routes"]
            .as_array()
            .is_some_and(|r| r.iter().all(|o| o["verdict"] == "not_eligible"));
        if headline == "not_eligible" || (kind == CaseKind::Method && all_closed) {
            assert!(why > 0, "{id}: refused without a why");
        }
    }
}

#[test]
fn every_reason_that_refuses_the_refund_cites_a_condition_or_the_deadline() {
    use helserett::outbound::decision::{CONDITION_RULES, REFUSALS};
    for r in REFUSALS {
        assert!(
            CONDITION_RULES.contains(&r.rule()) || r.rule() == "EEA-14",
            "{} cites {}",
            r.code(),
            r.rule()
        );
    }
}

fn decisions_input(id: &str) -> String {
    for file in ["eea.json", "inbound.json", "methods.json"] {
        let path = format!("{}/../tests/vectors/{file}", env!("CARGO_MANIFEST_DIR"));
        let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        if let Some(t) = v["tests"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == id)
        {
            return t["input"].as_str().unwrap().to_string();
        }
    }
    panic!("no vector {id}")
}
