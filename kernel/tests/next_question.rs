//! Issue 24: no decision of any kind, on any shared vector, offers a parameter as its next
//! question (a gap in the table is no question anyone at the screen can answer); the
//! explanations mark only a fact as the next question.

use helserett::fact::CaseKind;
use helserett::json::case_kind_of_json;
use helserett::{
    evaluate_inbound, evaluate_json, evaluate_method, explain, explain_inbound, explain_method,
    Fact, Lang, ParamId,
};
use serde_json::Value;

const FILES: [&str; 3] = [
    include_str!("../../tests/vectors/eea.json"),
    include_str!("../../tests/vectors/inbound.json"),
    include_str!("../../tests/vectors/methods.json"),
];

#[test]
fn c_04_no_decision_offers_a_parameter_as_the_next_question() {
    let paths: Vec<&str> = Fact::ALL.iter().map(|f| f.path()).collect();
    let params: Vec<&str> = ParamId::ALL.iter().map(|p| p.name()).collect();
    let mut with_gap = 0;
    for file in FILES {
        let v: Value = serde_json::from_str(file).unwrap();
        for t in v["tests"].as_array().unwrap() {
            let Some(input) = t["input"].as_str() else {
                continue;
            };
            let mut out = vec![0u8; 64 * 1024];
            let Ok(n) = evaluate_json(input.as_bytes(), &mut out) else {
                continue;
            };
            let d: Value = serde_json::from_slice(&out[..n]).unwrap();
            let q = &d["next_question"];
            if !q.is_null() {
                let fact = q["fact"].as_str().unwrap();
                assert!(paths.contains(&fact), "{}: {fact}", t["id"]);
            }
            let gaps = d["missing"].as_array().is_some_and(|m| {
                m.iter()
                    .any(|x| x.get("parameter").is_some() || x.get("param").is_some())
            });
            with_gap += usize::from(gaps);
            let text = match case_kind_of_json(input.as_bytes()) {
                CaseKind::Inbound => {
                    let c = helserett::inbound_case_from_json(input.as_bytes()).unwrap();
                    explain_inbound(&evaluate_inbound(&c).unwrap(), Lang::Nb).to_string()
                }
                CaseKind::Method => {
                    let c = helserett::method_case_from_json(input.as_bytes()).unwrap();
                    explain_method(&evaluate_method(&c).unwrap(), Lang::Nb).to_string()
                }
                _ => {
                    let c = helserett::case_from_json(input.as_bytes()).unwrap();
                    explain(&helserett::evaluate(&c).unwrap(), Lang::Nb).to_string()
                }
            };
            for line in text.lines().filter(|l| l.contains("Neste spørsmål")) {
                assert!(
                    !params.iter().any(|p| line.contains(p)),
                    "{}: a parameter marked as the next question: {line}",
                    t["id"]
                );
            }
        }
    }
    assert!(
        with_gap > 0,
        "no vector has a parameter gap: the test would prove nothing"
    );
}
