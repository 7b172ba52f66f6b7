//! The same bytes read the same way everywhere (issue 28): capacities of unescaped text, errors
//! that name the place where the text broke, exact positions past 65,535, a product that
//! overflows named as such, and dates the evaluation date cannot have seen.

use helserett::json::{params_from_json, ParamsMode};
use helserett::{case_from_json, evaluate, inbound_case_from_json, ErrorKind};

const EXAMPLE: &str = include_str!("../../tests/cases/example_patient.json");

fn table(entry: &str) -> String {
    format!(
        r#"{{"schema":"helserett.params/1","parameters":[{{"id":"P-EEA-RATE","value":10000,{entry}}}]}}"#
    )
}

fn table_error(entry: &str) -> (ErrorKind, String) {
    let e = params_from_json(table(entry).as_bytes(), ParamsMode::Overlay)
        .err()
        .expect("refused");
    (e.kind, e.path.to_string())
}

/// The schema's capacities are of the unescaped text: a source written with escapes is
/// measured as what it says, not as its JSON spelling.
#[test]
fn capacities_are_of_the_unescaped_text() {
    // 110 bytes with `\"` escapes (about 90 unescaped): accepted, as the same text raw is.
    let quoted = r#"Helfo \"Refusjon\" for 2026, med \"sats\" og \"sats\" for \"behandling\" i EØS, jf. forskrift \"22. november 2010\""#;
    assert!(quoted.len() > 96, "{}", quoted.len());
    let t = params_from_json(
        table(&format!(r#""source":"{quoted}""#)).as_bytes(),
        ParamsMode::Overlay,
    );
    assert!(t.is_ok(), "{:?}", t.err());
    // "ø" * 200 as json.dumps writes it: 1,200 bytes escaped, 400 unescaped, the capacity.
    let oe = "\\u00f8".repeat(200);
    let t = params_from_json(
        table(&format!(r#""source":"{oe}""#)).as_bytes(),
        ParamsMode::Overlay,
    )
    .unwrap();
    let oe_text = "ø".repeat(200);
    assert!(t.entries().iter().any(|e| e.source == oe_text));
    // One byte more, escaped or raw, is over it.
    let over = format!(r#""source":"{oe}x""#);
    assert_eq!(
        table_error(&over),
        (ErrorKind::TooLong, "parameters[0].source".into())
    );
    let raw_over = format!(r#""source":"{}x""#, "ø".repeat(200));
    assert_eq!(
        table_error(&raw_over),
        (ErrorKind::TooLong, "parameters[0].source".into())
    );
    // A note has the schema's 400 bytes too (a raw 100 KB note was accepted).
    let note = format!(r#""source":"s","note":"{}""#, "n".repeat(100_000));
    assert_eq!(
        table_error(&note),
        (ErrorKind::TooLong, "parameters[0].note".into())
    );
    // An empty source is its own error, not a missing one.
    assert_eq!(
        table_error(r#""source":"""#),
        (ErrorKind::EmptyText, "parameters[0].source".into())
    );
    assert_eq!(
        table_error(r#""note":"n""#),
        (ErrorKind::MissingField, "parameters[0].source".into())
    );
}

/// ESC, LF and NUL in a source or a note are refused as in a place name, so nothing printed
/// from a table can move a terminal's cursor, forge a listing line or cut a C string.
#[test]
fn control_characters_in_sources_and_notes_are_refused() {
    for bad in ["\\u001b[2J", "line\\nforged", "nul\\u0000", "del\\u007f"] {
        for field in ["source", "note"] {
            let entry = if field == "source" {
                format!(r#""source":"{bad}""#)
            } else {
                format!(r#""source":"s","note":"{bad}""#)
            };
            assert_eq!(
                table_error(&entry),
                (
                    ErrorKind::ControlCharacter,
                    format!("parameters[0].{field}")
                ),
                "{field} {bad}"
            );
        }
    }
}

/// Every prefix of the example case fails naming the place where the text broke: inside a
/// value, that field; between members (a comma, the next name), the object being read, never
/// the member before it (618 of 1,427 prefixes were blamed on the previous field).
#[test]
fn a_cut_text_is_blamed_where_it_broke() {
    let leaves = [
        "schema",
        "evaluation_date",
        "member_of_folketrygden",
        "country",
        "date",
        "invoice_date",
        "expenses_ore",
        "home",
        "round_trips",
        "deadline_given",
    ];
    let mut checked = 0;
    for n in 1..EXAMPLE.trim_end().len() {
        let prefix = &EXAMPLE[..n];
        if !EXAMPLE.is_char_boundary(n) {
            continue;
        }
        let e = case_from_json(prefix.as_bytes()).unwrap_err();
        assert!(matches!(e.kind, ErrorKind::Syntax(_)), "{n}: {e}");
        let path = e.path.to_string();
        let leaf = path.rsplit(['.', ']']).next().unwrap_or("");
        if !leaves.contains(&leaf) {
            continue;
        }
        // Blamed on a leaf: the text must have broken inside its value, so nothing after the
        // leaf's last name ends a line (each member of the example ends its line).
        let key = format!("\"{leaf}\"");
        let after = &prefix[prefix.rfind(&key).expect("the leaf's name") + key.len()..];
        assert!(!after.contains('\n'), "{n}: {path} for …{after:?}");
        checked += 1;
    }
    assert!(checked > 50, "{checked}");
    let e = case_from_json(br#"{"schema":"helserett.case/2","evaluati"#).unwrap_err();
    assert_eq!(e.path.to_string(), "$", "{e}");
    let e = case_from_json(br#"{"evaluation_date":"2024-06-01", }"#).unwrap_err();
    assert_eq!(e.path.to_string(), "$", "{e}");
}

/// Lines and columns are exact past 65,535 (they stopped there): minified batch documents
/// over 64 KiB are common.
#[test]
fn error_positions_are_exact_past_65535() {
    let lines = format!("{}{{x", "\n".repeat(70_000));
    let p = case_from_json(lines.as_bytes())
        .unwrap_err()
        .position
        .unwrap();
    assert_eq!((p.offset(), p.line(), p.column()), (70_001, 70_001, 2));
    let spaces = format!("{}{{x", " ".repeat(70_000));
    let p = case_from_json(spaces.as_bytes())
        .unwrap_err()
        .position
        .unwrap();
    assert_eq!((p.offset(), p.line(), p.column()), (70_001, 1, 70_002));
}

/// The fare and the trips are each in range; their product is not: the error says so and
/// names both fields (it said "amount exceeds 10^15 øre" at the fare alone).
#[test]
fn c_01_a_product_that_overflows_names_both_fields() {
    let mut case: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    case["travel"]["one_way_km"] = 400.into();
    case["travel"]["round_trips"] = 2.into();
    case["travel"]["cheapest_scheduled_round_trip_ore"] = 500_000_000_000_001_i64.into();
    let c = case_from_json(&serde_json::to_vec(&case).unwrap()).unwrap();
    let e = evaluate(&c).unwrap_err();
    assert_eq!(e.code(), 123);
    assert_eq!(
        e.to_string(),
        "travel.cheapest_scheduled_round_trip_ore: times travel.round_trips, the amount exceeds 10^15 øre"
    );
    case["travel"]["cheapest_scheduled_round_trip_ore"] = 500_000_000_000_000_i64.into();
    let c = case_from_json(&serde_json::to_vec(&case).unwrap()).unwrap();
    assert!(evaluate(&c).is_ok());
}

/// Dates the evaluation date cannot have seen: an invoice, an application or a claim
/// received, a provisional certificate issued after it are refused at their field; a
/// treatment date after it is planned care, decided and said so.
#[test]
fn c_02_facts_dated_after_the_evaluation_date_are_refused() {
    let at = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut case: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
        edit(&mut case);
        let c = case_from_json(&serde_json::to_vec(&case).unwrap()).unwrap();
        evaluate(&c).map(|d| d.reasons.clone()).map_err(|e| {
            assert_eq!(e.kind, ErrorKind::AfterEvaluationDate);
            e.path.to_string()
        })
    };
    // The issue's case: evaluated 2024-01-01, applied for on 2024-01-08.
    let early = |c: &mut serde_json::Value| c["evaluation_date"] = "2024-01-01".into();
    assert_eq!(
        at(&early).unwrap_err(),
        "prior_notification.application_received"
    );
    let invoice = |c: &mut serde_json::Value| c["evaluation_date"] = "2024-03-10".into();
    assert_eq!(at(&invoice).unwrap_err(), "treatment.dates[0].invoice_date");
    let claim =
        |c: &mut serde_json::Value| c["claim"] = serde_json::json!({"received": "2024-04-16"});
    assert_eq!(at(&claim).unwrap_err(), "claim.received");
    // On the evaluation date itself: accepted.
    let same_day =
        |c: &mut serde_json::Value| c["claim"] = serde_json::json!({"received": "2024-04-15"});
    assert!(at(&same_day).is_ok());
    // Planned care: decided, with the reason that says the care is still to come.
    let planned = |c: &mut serde_json::Value| {
        c["evaluation_date"] = "2024-02-01".into();
        c["treatment"]["dates"] = serde_json::json!([{"date": "2024-03-04"}]);
    };
    let reasons = at(&planned).unwrap();
    assert!(reasons.contains(&helserett::ReasonCode::EeaTreatmentStillToCome));
    assert!(!at(&|_| {})
        .unwrap()
        .contains(&helserett::ReasonCode::EeaTreatmentStillToCome));
    // Inbound: a provisional certificate issued after the evaluation date.
    let inbound = br#"{"schema":"helserett.inbound_case/1","evaluation_date":"2024-06-01",
        "documents":{"provisional_certificate":true,"provisional_certificate_date":"2024-06-02"}}"#;
    let c = inbound_case_from_json(inbound).unwrap();
    let e = helserett::evaluate_inbound(&c).unwrap_err();
    assert_eq!(
        (e.kind, e.path.to_string()),
        (
            ErrorKind::AfterEvaluationDate,
            "documents.provisional_certificate_date".into()
        )
    );
}

/// A deadline past 2999 is still given (it disappeared from `deadlines`, with nothing in
/// `missing`).
#[test]
fn eea_14_a_deadline_past_2999_is_given() {
    let mut case: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    case["evaluation_date"] = "2999-12-31".into();
    case["prior_notification"]["application_received"] = "2999-11-01".into();
    case["treatment"]["dates"] =
        serde_json::json!([{"date": "2999-12-30", "settled_on_the_spot": true}]);
    let c = case_from_json(&serde_json::to_vec(&case).unwrap()).unwrap();
    let d = evaluate(&c).unwrap();
    assert_eq!(d.deadlines.len(), 1);
    assert_eq!(
        d.deadlines[0].deadline.map(|x| x.to_string()).as_deref(),
        Some("3000-06-30")
    );
}
