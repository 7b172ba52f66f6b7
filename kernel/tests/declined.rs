//! "Vet ikke": a fact the patient declines is an answer the kernel understands (C-04). It stays
//! unknown, the interview moves on to the next question, and the decision names it for a
//! caseworker, with the body to turn to.

use helserett::question::is_settled;
use helserett::text::Body;
use helserett::{case_from_json, evaluate, explain, Fact, Lang, Verdict};

const EXAMPLE: &str = include_str!("../../tests/cases/example_patient.json");

/// The example patient without a Norwegian cost estimate: the refund waits for it.
fn without_estimate() -> helserett::Case {
    let mut c = case_from_json(EXAMPLE.as_bytes()).unwrap();
    c.costs.drg_points_milli = None;
    c.costs.estimated_norwegian_cost = None;
    c
}

#[test]
fn c_04_a_declined_fact_is_not_asked_again_and_is_left_for_a_caseworker() {
    let mut c = without_estimate();
    let before = evaluate(&c).unwrap();
    let asked = before.next_question.unwrap();
    assert_eq!(asked.fact, Fact::EstimatedNorwegianCost);

    c.answer(asked.fact, None, "vet ikke").unwrap();
    assert!(c.declined.contains(Fact::EstimatedNorwegianCost));
    let d = evaluate(&c).unwrap();
    // Still unknown and still missing: never guessed.
    assert_eq!(d.refund.unwrap().verdict, Verdict::Undetermined);
    assert!(d.missing.iter().any(|m| matches!(
        m,
        helserett::Missing::Fact {
            fact: Fact::EstimatedNorwegianCost,
            ..
        }
    )));
    // Not asked again; named for the caseworker at Helfo.
    assert_ne!(
        d.next_question.map(|q| q.fact),
        Some(Fact::EstimatedNorwegianCost)
    );
    assert_eq!(d.to_settle.len(), 1);
    assert_eq!(d.to_settle[0].fact, Fact::EstimatedNorwegianCost);
    assert_eq!(d.to_settle[0].body, Some(Body::Helfo));
    assert!(!is_settled(&d), "a declined fact leaves the case open");
    let text = explain(&d, Lang::Nb).to_string();
    assert!(
        text.contains("Pasienten vet ikke; må avklares av saksbehandler"),
        "{text}"
    );
    assert!(text.contains("ta kontakt med Helfo"), "{text}");

    // An answer given later takes the mark away and settles the amount.
    c.answer(Fact::EstimatedNorwegianCost, None, "113 900,64")
        .unwrap();
    assert!(!c.declined.contains(Fact::EstimatedNorwegianCost));
    let d = evaluate(&c).unwrap();
    assert!(d.to_settle.is_empty());
    assert_eq!(d.refund.unwrap().refund_ore.unwrap().get(), 11_000_000);
}

#[test]
fn c_04_declined_facts_travel_through_json() {
    let mut c = without_estimate();
    c.answer(Fact::EstimatedNorwegianCost, None, "don't know")
        .unwrap();
    let mut out = [0u8; 8192];
    let n = helserett::case_to_json(&c, &mut out).unwrap();
    let text = core::str::from_utf8(&out[..n]).unwrap();
    assert!(
        text.contains(r#""declined":["costs.estimated_norwegian_cost_ore"]"#),
        "{text}"
    );
    assert_eq!(case_from_json(&out[..n]).unwrap(), c);
    // An unknown path, and a fact twice, are refused at their element.
    for (json, kind, path) in [
        (
            r#"{"evaluation_date":"2024-06-01","declined":["costs.expense_ore"]}"#,
            "invalid_value",
            "declined[0]",
        ),
        (
            r#"{"evaluation_date":"2024-06-01","declined":["travel.claimed","travel.claimed"]}"#,
            "duplicate_value",
            "declined[1]",
        ),
        (
            r#"{"evaluation_date":"2024-06-01","declined":"travel.claimed"}"#,
            "wrong_type",
            "declined",
        ),
    ] {
        let e = case_from_json(json.as_bytes()).unwrap_err();
        assert_eq!(
            (e.kind.name(), e.path.to_string().as_str()),
            (kind, path),
            "{json}"
        );
    }
}

/// More declined facts open than `to_settle` can list (8): none of them is asked again, and
/// the case is not settled (found in review: the interview kept asking the ninth).
#[test]
fn c_04_no_declined_fact_is_asked_again_beyond_what_to_settle_lists() {
    use helserett::case::TreatmentDate;
    let mut c = without_estimate();
    c.costs.estimated_norwegian_cost = Some(helserett::Ore::new(11_390_064).unwrap());
    c.treatment.dates.clear();
    for day in 1..=8 {
        let mut d = TreatmentDate::on(helserett::Date::ymd(2024, 3, day));
        d.settled_on_the_spot = Some(false);
        c.treatment.dates.push(d).unwrap();
    }
    // Outpatient care: the consultations of each date are missing too, after the invoice dates.
    c.treatment.setting = Some(helserett::case::Setting::Outpatient);
    c.declined = c
        .declined
        .with(Fact::InvoiceDate)
        .with(Fact::OutpatientConsultations);
    let d = evaluate(&c).unwrap();
    assert_eq!(d.to_settle.len(), helserett::decision::MAX_TO_SETTLE);
    let next = d.next_question.map(|q| q.fact);
    // The eight consultations fill `to_settle`; the invoice dates come after them.
    assert!(d
        .to_settle
        .iter()
        .all(|t| t.fact == Fact::OutpatientConsultations));
    assert!(
        next != Some(Fact::InvoiceDate) && next != Some(Fact::OutpatientConsultations),
        "{next:?}"
    );
    assert!(!is_settled(&d));
}
