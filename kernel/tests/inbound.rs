//! The inbound domain (seed 002, IN-01..IN-15): one test per rule, named after it, each one
//! failing if the rule were decided otherwise.

use helserett::json::evaluate_inbound_json_with;
use helserett::{evaluate_inbound_json, ErrorKind, Params};
use serde_json::{json, Value};

const EXAMPLE: &str = include_str!("../../tests/cases/admission_example.json");

fn example() -> Value {
    serde_json::from_str(EXAMPLE).unwrap()
}

/// The example patient with dotted `path`s set (`null`: unknown).
fn with(changes: &[(&str, Value)]) -> Value {
    let mut v = example();
    for (path, value) in changes {
        let (group, field) = path.split_once('.').unwrap_or(("", path));
        if group.is_empty() {
            v[field] = value.clone();
        } else {
            v[group][field] = value.clone();
        }
    }
    v
}

fn decide(case: &Value) -> Value {
    let input = serde_json::to_vec(case).unwrap();
    let mut out = vec![0u8; 16384];
    let n = evaluate_inbound_json(&input, &mut out).unwrap_or_else(|e| panic!("{e} for {case}"));
    serde_json::from_slice(&out[..n]).unwrap()
}

fn error(case: &Value) -> (ErrorKind, String) {
    let input = serde_json::to_vec(case).unwrap();
    let mut out = vec![0u8; 16384];
    let e = evaluate_inbound_json(&input, &mut out).unwrap_err();
    (e.kind, e.path.to_string())
}

fn codes(d: &Value) -> Vec<String> {
    d["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

fn has(d: &Value, code: &str) -> bool {
    codes(d).iter().any(|c| c == code)
}

fn docs(d: &Value, list: &str) -> Vec<String> {
    d[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["document"].as_str().unwrap().to_string())
        .collect()
}

fn steps(d: &Value) -> Vec<String> {
    d["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["step"].as_str().unwrap().to_string())
        .collect()
}

fn missing(d: &Value) -> Vec<String> {
    d["missing"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["fact"].as_str().map(str::to_string))
        .collect()
}

/// (scope, covered, payer, user fee).
fn outcome(d: &Value) -> (&str, &str, &str, &str) {
    (
        d["scope"].as_str().unwrap(),
        d["covered"].as_str().unwrap(),
        d["payer"].as_str().unwrap(),
        d["user_fee"].as_str().unwrap(),
    )
}

#[test]
fn in_02_eea_tourist_with_ehic_gets_necessary_care_paid_by_helfo() {
    let d = decide(&example());
    assert_eq!(
        outcome(&d),
        ("necessary_care", "eligible", "helfo", "member_fees")
    );
    assert!(has(&d, "IN_EHIC_NECESSARY_CARE"));
    assert_eq!(d["invoice_category"], "eea_convention_patient");
    assert_eq!(d["next_question"], Value::Null, "{d}");
    assert!(d["missing"].as_array().unwrap().is_empty());
}

#[test]
fn in_02_planned_treatment_is_not_covered() {
    let d = decide(&with(&[
        ("care.kind", json!("planned")),
        ("documents.s2", json!(false)),
    ]));
    assert_eq!(
        outcome(&d),
        ("necessary_care", "not_eligible", "patient", "full_cost")
    );
    assert!(has(&d, "IN_PLANNED_NOT_COVERED"));
    assert!(docs(&d, "invoice_attachments").is_empty());
    assert_eq!(steps(&d), ["invoice_patient"]);
}

#[test]
fn in_03_chronic_care_needs_a_prior_agreement_and_the_hospital_decides_without_one() {
    let chronic = |agreed: Value| {
        decide(&with(&[
            ("care.kind", json!("chronic")),
            ("care.prior_agreement", agreed),
        ]))
    };
    assert_eq!(outcome(&chronic(json!(true))).1, "eligible");
    let d = chronic(json!(false));
    assert_eq!(d["covered"], "discretion", "never eligible (C-07)");
    assert!(has(&d, "IN_PRIOR_AGREEMENT_HOSPITAL_DECIDES"));
    assert!(steps(&d).contains(&"agree_treatment_in_advance".to_string()));
    let d = chronic(Value::Null);
    assert_eq!(d["covered"], "undetermined");
    assert_eq!(d["next_question"]["fact"], "care.prior_agreement");
}

#[test]
fn in_04_third_country_nationals_pay_except_with_a_dutch_ehic() {
    let d = decide(&with(&[
        ("patient.citizenship", json!("US")),
        ("documents.ehic_issuer", json!("DE")),
    ]));
    assert_eq!(
        outcome(&d),
        ("none", "not_eligible", "patient", "full_cost")
    );
    assert!(has(&d, "IN_THIRD_COUNTRY_NATIONAL"));
    assert!(steps(&d).contains(&"itemised_receipt".to_string()));
    let d = decide(&with(&[
        ("patient.residence_country", json!("NL")),
        ("patient.citizenship", json!("US")),
        ("documents.ehic_issuer", json!("NL")),
    ]));
    assert_eq!(
        outcome(&d),
        ("necessary_care", "eligible", "helfo", "member_fees")
    );
    assert!(has(&d, "IN_DUTCH_EHIC"));
    // A second citizenship of the EU counts.
    let d = decide(&with(&[
        ("patient.citizenship", json!("US")),
        ("patient.second_citizenship", json!("IE")),
    ]));
    assert_eq!(d["covered"], "eligible");
}

fn uk(residence: &str, admitted: &str, citizenship: &str) -> Value {
    decide(&with(&[
        ("patient.residence_country", json!(residence)),
        ("patient.citizenship", json!(citizenship)),
        ("documents.ehic_issuer", json!("GB")),
        ("documents.identity_document", json!("passport")),
        ("stay.admission_date", json!(admitted)),
        ("stay.discharge_date", json!(admitted)),
        ("evaluation_date", json!(admitted)),
    ]))
}

#[test]
fn in_05_united_kingdom_by_date_and_territory() {
    // Before 2021: as the EU/EEA, passport and EHIC.
    let d = uk("GB", "2019-05-01", "GB");
    assert_eq!(
        outcome(&d),
        ("necessary_care", "eligible", "helfo", "member_fees")
    );
    assert!(has(&d, "IN_UK_AS_EEA"));
    assert_eq!(docs(&d, "admission_copies"), ["passport_copy", "ehic_copy"]);
    // Gibraltar is treated as the UK.
    assert!(has(&uk("GI", "2019-05-01", "GB"), "IN_UK_AS_EEA"));
    // 2021-2023: the 1990 protocol, UK and Norwegian nationals only, on a passport.
    let d = uk("GB", "2022-03-01", "GB");
    assert!(has(&d, "IN_UK_PROTOCOL"));
    assert_eq!(d["covered"], "eligible");
    assert_eq!(docs(&d, "admission_copies"), ["passport_copy"]);
    let d = uk("GB", "2022-03-01", "IN");
    assert_eq!(d["covered"], "not_eligible");
    assert!(has(&d, "IN_UK_PROTOCOL_NOT_NATIONAL"));
    // From 2024: the 2023 convention, any nationality.
    let d = uk("GB", "2024-03-01", "IN");
    assert_eq!(d["covered"], "eligible");
    assert!(has(&d, "IN_UK_CONVENTION_2023"));
    // Isle of Man and Jersey: passport and proof of residence, no EHIC.
    for r in ["IM", "JE"] {
        let d = uk(r, "2019-05-01", "GB");
        assert!(has(&d, "IN_CROWN_DEPENDENCY"), "{r}");
        assert_eq!(
            docs(&d, "admission_copies"),
            ["passport_copy", "proof_of_residence"]
        );
        assert_eq!(d["ehic_state"], "not_needed");
    }
    // Guernsey, Bermuda, the Falklands: the patient pays.
    for r in ["GG", "BM", "FK"] {
        let d = uk(r, "2019-05-01", "GB");
        assert_eq!(outcome(&d).2, "patient", "{r}");
        assert!(has(&d, "IN_OTHER_BRITISH_TERRITORY"));
    }
    // Without the UK parameter the answer is undetermined, naming it.
    let case = with(&[
        ("patient.residence_country", json!("GB")),
        ("patient.citizenship", json!("GB")),
    ]);
    let input = serde_json::to_vec(&case).unwrap();
    let mut out = vec![0u8; 16384];
    let n = evaluate_inbound_json_with(&input, Params::new(&[]).unwrap(), &mut out).unwrap();
    let d: Value = serde_json::from_slice(&out[..n]).unwrap();
    assert_eq!(d["covered"], "undetermined");
    assert_eq!(d["missing"][0]["parameter"], "P-UK-TEMP-STAY-COVER");
}

fn no_card(changes: &[(&str, Value)]) -> Value {
    let mut all = vec![("documents.ehic", json!(false))];
    all.extend(changes.iter().cloned());
    decide(&with(&all))
}

#[test]
fn in_06_missing_ehic_state_machine() {
    // At admission, nothing yet: ask for a certificate; who pays waits.
    let d = no_card(&[
        ("documents.provisional_certificate", json!(false)),
        ("evaluation_date", json!("2024-07-02")),
    ]);
    assert_eq!(d["ehic_state"], "awaiting_certificate");
    assert_eq!(outcome(&d).2, "undetermined");
    assert_eq!(steps(&d)[0], "request_provisional_certificate");
    // With the discharge date unknown, that is what settles who pays.
    let d = no_card(&[
        ("documents.provisional_certificate", json!(false)),
        ("stay.discharge_date", Value::Null),
    ]);
    assert_eq!(missing(&d), ["stay.discharge_date"]);
    assert_eq!(d["ehic_state"], "awaiting_certificate");
    // None by discharge: self-paying, invoice the patient, withdraw if one arrives.
    let d = no_card(&[
        ("documents.provisional_certificate", json!(false)),
        ("evaluation_date", json!("2024-07-06")),
    ]);
    assert_eq!(d["ehic_state"], "self_paying");
    assert_eq!(
        outcome(&d),
        ("necessary_care", "not_eligible", "patient", "full_cost")
    );
    assert_eq!(
        steps(&d)[..2],
        ["invoice_patient", "withdraw_if_certificate_arrives"]
    );
    assert!(docs(&d, "admission_copies").contains(&"ehic_copy".to_string()));
    // A valid one after discharge: withdraw and invoice Helfo with it attached.
    let d = no_card(&[
        ("documents.provisional_certificate", json!(true)),
        (
            "documents.provisional_certificate_date",
            json!("2024-07-10"),
        ),
        ("evaluation_date", json!("2024-07-10")),
    ]);
    assert_eq!(d["ehic_state"], "certificate_after_discharge");
    assert_eq!(outcome(&d).2, "helfo");
    assert_eq!(steps(&d)[0], "withdraw_patient_invoice");
    assert!(docs(&d, "invoice_attachments").contains(&"provisional_certificate".to_string()));
    // A Norwegian-issued card: the certificate comes from Helfo.
    let d = decide(&with(&[
        ("patient.citizenship", json!("NO")),
        ("patient.residence_country", json!("ES")),
        ("patient.membership", json!("voluntary")),
        ("documents.ehic", json!(false)),
        ("documents.ehic_issuer", json!("NO")),
        ("documents.provisional_certificate", json!(false)),
        ("evaluation_date", json!("2024-07-02")),
    ]));
    assert_eq!(steps(&d)[0], "request_certificate_from_helfo");
    // A missing passport copy is requested.
    let d = decide(&with(&[("documents.identity_document", json!("other"))]));
    assert!(steps(&d).contains(&"request_passport_copy".to_string()));
    assert!(has(&d, "IN_PASSPORT_COPY_MISSING"));
}

fn nordic(changes: &[(&str, Value)]) -> Value {
    let mut all = vec![
        ("patient.residence_country", json!("SE")),
        ("documents.ehic", Value::Null),
        ("documents.ehic_issuer", Value::Null),
        ("documents.identity_document", json!("other")),
        ("documents.home_address", json!(true)),
    ];
    all.extend(changes.iter().cloned());
    decide(&with(&all))
}

#[test]
fn in_07_nordic_residents_need_no_ehic_and_no_citizenship() {
    let d = nordic(&[
        ("patient.citizenship", json!("IR")),
        ("patient.covered_by_nordic_legislation", json!(true)),
    ]);
    assert_eq!(
        outcome(&d),
        ("necessary_care", "eligible", "helfo", "member_fees")
    );
    // The home address is noted with the invoice, not copied at admission (revision 3).
    assert_eq!(docs(&d, "admission_copies"), ["identity_document_copy"]);
    assert!(docs(&d, "invoice_attachments").contains(&"home_address".to_string()));
    assert_eq!(d["ehic_state"], "not_needed");
    // A third-country national: whether a Nordic country's legislation covers them decides.
    let d = nordic(&[("patient.citizenship", json!("IR"))]);
    assert_eq!(
        d["next_question"]["fact"],
        "patient.covered_by_nordic_legislation"
    );
    let d = nordic(&[
        ("patient.citizenship", json!("IR")),
        ("patient.covered_by_nordic_legislation", json!(false)),
    ]);
    assert!(has(&d, "IN_NORDIC_NOT_COVERED"));
    assert_eq!(
        d["next_question"]["fact"], "documents.ehic_issuer",
        "the EHIC rules: a Dutch card?"
    );
    // Transport home; an emigrated Norwegian's foreign identity number.
    let d = nordic(&[
        ("patient.citizenship", json!("NO")),
        ("care.transport_home_needed", json!(true)),
    ]);
    let s = steps(&d);
    assert!(
        s.contains(&"transport_home_extra_cost".to_string()),
        "{s:?}"
    );
    assert!(s.contains(&"use_foreign_identity_number".to_string()));
}

#[test]
fn in_08_rest_of_the_world_shows_insurance_or_pays_and_gets_a_receipt() {
    let d = decide(&with(&[
        ("patient.residence_country", json!("US")),
        ("patient.citizenship", json!("US")),
        ("documents.travel_insurance", json!(true)),
    ]));
    assert_eq!(
        outcome(&d),
        ("none", "not_eligible", "patient", "full_cost")
    );
    assert_eq!(docs(&d, "admission_copies"), ["travel_insurance"]);
    assert_eq!(steps(&d), ["invoice_patient", "itemised_receipt"]);
    assert!(has(&d, "IN_REST_OF_WORLD"));
}

fn australian(category: &str, kind: &str) -> Value {
    decide(&with(&[
        ("patient.residence_country", json!("AU")),
        ("patient.citizenship", json!("AU")),
        ("patient.category", json!(category)),
        ("care.kind", json!(kind)),
        ("documents.medicare_card", json!(true)),
        ("documents.home_address", json!(true)),
    ]))
}

#[test]
fn in_09_australia_immediately_necessary_care_not_students_or_diplomats() {
    let d = australian("tourist", "acute");
    assert_eq!(
        outcome(&d),
        ("necessary_care", "eligible", "helfo_utland", "member_fees")
    );
    assert_eq!(docs(&d, "admission_copies"), ["passport_or_medicare_copy"]);
    assert_eq!(australian("tourist", "planned")["covered"], "not_eligible");
    assert_eq!(
        australian("tourist", "oxygen_or_dialysis")["covered"],
        "eligible"
    );
    assert_eq!(australian("tourist", "chronic")["covered"], "discretion");
    for c in ["student", "diplomat"] {
        let d = australian(c, "acute");
        assert_eq!(outcome(&d).2, "patient", "{c}");
        assert!(has(&d, "IN_AUSTRALIA_STUDENT_OR_DIPLOMAT"));
    }
}

fn quebec(category: &str) -> Value {
    decide(&with(&[
        ("patient.residence_country", json!("CA")),
        ("patient.residence_subdivision", json!("QC")),
        ("patient.citizenship", json!("CA")),
        ("patient.category", json!(category)),
        ("documents.home_address", json!(true)),
        ("documents.identity_document", json!("passport")),
    ]))
}

#[test]
fn in_10_quebec_students_and_posted_workers_not_tourists_scope_a_parameter() {
    let d = quebec("tourist");
    assert_eq!(outcome(&d).2, "patient");
    assert!(has(&d, "IN_QUEBEC_NOT_TOURISTS"));
    // Acute care: every value P-IN-QUEBEC-SCOPE may take covers it, so it is decided without
    // the parameter (revision 3; it was undetermined, asking for it).
    let d = quebec("student");
    assert_eq!(
        outcome(&d),
        ("necessary_care", "eligible", "helfo_utland", "member_fees")
    );
    assert!(has(&d, "IN_QUEBEC_EVERY_VALUE_COVERS"));
    assert!(!has(&d, "IN_QUEBEC_SCOPE_NOT_STATED"));
    assert!(d["missing"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["parameter"].is_null()));
    // Planned care: the values differ, so the parameter is asked for.
    let d = decide(&with(&[
        ("patient.residence_country", json!("CA")),
        ("patient.residence_subdivision", json!("QC")),
        ("patient.citizenship", json!("CA")),
        ("patient.category", json!("student")),
        ("care.kind", json!("planned")),
        ("documents.home_address", json!(true)),
        ("documents.identity_document", json!("passport")),
    ]));
    assert_eq!(
        outcome(&d),
        (
            "undetermined",
            "undetermined",
            "helfo_utland",
            "undetermined"
        )
    );
    assert!(has(&d, "ASSUMPTION_QUEBEC_HELFO_UTLAND"));
    assert!(has(&d, "IN_QUEBEC_SCOPE_NOT_STATED"));
    assert_eq!(d["missing"][0]["parameter"], "P-IN-QUEBEC-SCOPE");
    assert_eq!(docs(&d, "admission_copies"), ["passport_copy"]);
    // With the scope supplied as a parameter, the answer follows it.
    let input = serde_json::to_vec(&with(&[
        ("patient.residence_country", json!("CA")),
        ("patient.residence_subdivision", json!("QC")),
        ("patient.citizenship", json!("CA")),
        ("patient.category", json!("worker_for_foreign_employer")),
    ]))
    .unwrap();
    let mut table: Vec<helserett::ParamEntry> = Params::builtin().entries().to_vec();
    table.push(helserett::ParamEntry {
        id: helserett::ParamId::InQuebecScope,
        value: 1,
        from: None,
        until: None,
        source: "what-if",
    });
    let mut out = vec![0u8; 16384];
    let n = evaluate_inbound_json_with(&input, Params::new(&table).unwrap(), &mut out).unwrap();
    let d: Value = serde_json::from_slice(&out[..n]).unwrap();
    assert_eq!(
        outcome(&d),
        ("necessary_care", "eligible", "helfo_utland", "member_fees")
    );
    // Elsewhere in Canada: no agreement.
    let d = decide(&with(&[
        ("patient.residence_country", json!("CA")),
        ("patient.residence_subdivision", json!("other")),
        ("patient.citizenship", json!("CA")),
    ]));
    assert_eq!(outcome(&d).2, "patient");
}

#[test]
fn in_11_norwegian_pensioner_abroad_with_the_yellow_backed_card() {
    let d = decide(&with(&[
        ("patient.residence_country", json!("ES")),
        ("patient.citizenship", json!("NO")),
        ("patient.category", json!("norwegian_pensioner_abroad")),
        ("documents.ehic_issuer", json!("NO")),
    ]));
    assert_eq!(
        outcome(&d),
        ("necessary_care", "eligible", "helfo", "member_fees")
    );
    assert_eq!(d["invoice_category"], "norwegian_pensioner_abroad");
    assert_eq!(
        docs(&d, "admission_copies"),
        ["norwegian_ehic_yellow_back_copy"]
    );
}

fn member(kind: &str, residence: &str, changes: &[(&str, Value)]) -> Value {
    let mut all = vec![
        ("patient.membership", json!(kind)),
        ("patient.residence_country", json!(residence)),
        ("patient.citizenship", json!("NO")),
        ("care.kind", json!("planned")),
        ("documents.ehic_issuer", json!("NO")),
    ];
    all.extend(changes.iter().cloned());
    decide(&with(&all))
}

#[test]
fn in_12_members_get_planned_care_and_the_payer_follows_residence() {
    let d = member("voluntary", "ES", &[]);
    assert_eq!(
        outcome(&d),
        ("necessary_and_planned", "eligible", "helfo", "member_fees")
    );
    // The card is copied "ved nødvendig helsehjelp": for planned treatment, NAV's decision
    // where there is one.
    assert!(docs(&d, "admission_copies").is_empty());
    let d = member(
        "voluntary",
        "ES",
        &[("documents.nav_decision", json!(true))],
    );
    assert_eq!(docs(&d, "admission_copies"), ["nav_membership_decision"]);
    let d = member("voluntary", "ES", &[("care.kind", json!("acute"))]);
    assert_eq!(docs(&d, "admission_copies"), ["norwegian_ehic_copy"]);
    let d = member(
        "voluntary",
        "TH",
        &[("documents.nav_decision", json!(true))],
    );
    assert_eq!(outcome(&d).2, "helfo_utland");
    assert_eq!(docs(&d, "admission_copies"), ["nav_membership_decision"]);
    // Posted Norwegian worker: health trust when resident here, Helfo when in another EEA state.
    let d = member(
        "compulsory",
        "NO",
        &[("patient.category", json!("posted_norwegian_worker"))],
    );
    assert_eq!(outcome(&d).2, "health_trust");
    assert!(!has(&d, "ASSUMPTION_MEMBER_IN_NORWAY"));
    assert_eq!(steps(&d), ["health_trust_pays"]);
    assert_eq!(
        outcome(&member(
            "compulsory",
            "SE",
            &[("patient.category", json!("posted_norwegian_worker"))]
        ))
        .2,
        "helfo"
    );
    // Ship worker living in Mexico; a compulsory member without EU citizenship in the EEA.
    assert_eq!(
        outcome(&member(
            "compulsory",
            "MX",
            &[("patient.citizenship", json!("MX"))]
        ))
        .2,
        "helfo_utland"
    );
    let d = member(
        "compulsory",
        "SE",
        &[
            ("patient.citizenship", json!("IN")),
            ("patient.category", json!("worker_in_norway_living_abroad")),
        ],
    );
    assert_eq!(outcome(&d).2, "helfo_utland");
    let d = member(
        "compulsory",
        "SE",
        &[
            ("patient.citizenship", json!("PL")),
            ("patient.category", json!("worker_in_norway_living_abroad")),
        ],
    );
    assert_eq!(outcome(&d).2, "helfo");
    // Embassy staff in Oslo: Helfo on condition of an S1/E106.
    let embassy = |s1: Value| {
        decide(&with(&[
            ("patient.residence_country", json!("NO")),
            ("patient.category", json!("worker_for_foreign_employer")),
            ("documents.s1", s1),
            ("documents.ehic_issuer", Value::Null),
        ]))
    };
    let d = embassy(Value::Null);
    assert!(steps(&d).contains(&"confirm_s1_with_helfo".to_string()));
    assert_eq!(d["next_question"]["fact"], "documents.s1");
    let d = embassy(json!(true));
    assert_eq!(
        outcome(&d),
        ("necessary_and_planned", "eligible", "helfo", "member_fees")
    );
    assert!(has(&d, "IN_FOREIGN_EMPLOYER_S1"));
    let d = embassy(json!(false));
    assert_eq!(outcome(&d).2, "patient");
    assert!(has(&d, "IN_FOREIGN_EMPLOYER_NO_S1"));
}

#[test]
fn in_13_entitlement_documents_cover_what_they_say_for_their_period() {
    let s2 = |from: &str, until: &str| {
        decide(&with(&[
            ("care.kind", json!("planned")),
            ("documents.s2", json!(true)),
            ("documents.s2_covers_this_care", json!(true)),
            ("documents.s2_valid_from", json!(from)),
            ("documents.s2_valid_until", json!(until)),
        ]))
    };
    let d = s2("2024-06-01", "2024-08-01");
    assert_eq!(
        outcome(&d),
        ("document_scope", "eligible", "helfo", "member_fees")
    );
    assert_eq!(docs(&d, "admission_copies"), ["s2_copy"]);
    let d = s2("2024-08-01", "2024-09-01");
    assert_eq!(d["covered"], "not_eligible");
    assert!(has(&d, "IN_S2_NOT_THIS_CARE"));
    let d = decide(&with(&[
        ("patient.category", json!("retired_frontier_worker")),
        ("care.kind", json!("s3_continuation")),
        ("documents.s3", json!(true)),
    ]));
    assert_eq!(
        outcome(&d),
        ("document_scope", "eligible", "helfo", "member_fees")
    );
    assert!(has(&d, "IN_S3"));
    let d = decide(&with(&[
        ("patient.residence_country", json!("NO")),
        ("documents.s1", json!(true)),
    ]));
    assert_eq!(outcome(&d).0, "necessary_and_planned");
    assert!(has(&d, "IN_S1"));
}

#[test]
fn in_14_invoice_through_altinn_with_the_attachments_per_category() {
    let d = decide(&example());
    assert_eq!(
        docs(&d, "invoice_attachments"),
        ["passport_copy", "ehic_copy", "invoice_basis_form"]
    );
    assert!(has(&d, "IN_INVOICE_HELFO_ALTINN"));
    assert!(has(&d, "IN_HELFO_CHOOSES_SETTLEMENT"));
    // The entitlement list accepts a national ID card; the invoice list asks for a passport.
    assert!(has(&d, "IN_INVOICE_ASKS_PASSPORT"));
    assert_eq!(
        docs(&d, "admission_copies"),
        ["passport_or_national_id_copy", "ehic_copy"]
    );
    assert!(steps(&d).contains(&"request_passport_copy".to_string()));
    assert_eq!(steps(&d).last().unwrap(), "invoice_helfo_through_altinn");
}

#[test]
fn in_15_membership_is_an_input_asked_where_the_seed_turns_on_it() {
    // A German tourist: the tourist rule applies whatever NAV might say; nothing is asked.
    let d = decide(&with(&[("patient.membership", Value::Null)]));
    assert_eq!(d["next_question"], Value::Null);
    assert_eq!(outcome(&d).1, "eligible");
    assert!(!has(&d, "IN_NAV_DECIDES_MEMBERSHIP"));
    // A posted Norwegian worker, a Norwegian citizen, anyone living in Norway: it is asked.
    for (path, value) in [
        ("patient.category", json!("posted_norwegian_worker")),
        ("patient.citizenship", json!("NO")),
        ("patient.residence_country", json!("NO")),
    ] {
        let d = decide(&with(&[("patient.membership", Value::Null), (path, value)]));
        assert_eq!(d["next_question"]["fact"], "patient.membership", "{path}");
        assert_eq!(outcome(&d).0, "undetermined");
    }
    // Without the category, that comes first (after residence).
    let d = decide(&with(&[
        ("patient.membership", Value::Null),
        ("patient.category", Value::Null),
    ]));
    assert_eq!(d["next_question"]["fact"], "patient.category");
    let d = decide(&json!({"schema": "helserett.inbound_case/1", "evaluation_date": "2024-07-03"}));
    assert_eq!(d["next_question"]["fact"], "patient.residence_country");
    assert!(has(&decide(&example()), "IN_NAV_DECIDES_MEMBERSHIP"));
}

#[test]
fn in_01_a_stay_over_twelve_months_is_not_temporary() {
    // Not stated whether NAV made the patient a member: that is what the longer stay asks.
    let d = decide(&with(&[
        ("stay.intended_stay_months", json!(13)),
        ("patient.membership", Value::Null),
    ]));
    assert_eq!(d["next_question"]["fact"], "patient.membership");
    assert_eq!(outcome(&d).1, "undetermined");
    // NAV said not a member, and the seed has no rule for a longer stay: open, NAV to ask.
    let d = decide(&with(&[("stay.intended_stay_months", json!(13))]));
    assert_eq!(
        outcome(&d),
        (
            "undetermined",
            "undetermined",
            "undetermined",
            "undetermined"
        )
    );
    assert!(has(&d, "IN_STAY_NOT_TEMPORARY"));
    assert!(steps(&d).contains(&"ask_nav_about_membership".to_string()));
    assert!(has(
        &decide(&with(&[("stay.intended_stay_months", json!(12))])),
        "IN_TEMPORARY_STAY"
    ));
    let d = decide(&with(&[("stay.intended_stay_months", Value::Null)]));
    assert_eq!(d["next_question"]["fact"], "stay.intended_stay_months");
    // Members' rights do not rest on a temporary stay.
    let d = member(
        "voluntary",
        "ES",
        &[("stay.intended_stay_months", json!(40))],
    );
    assert_eq!(d["covered"], "eligible");
}

#[test]
fn in_bad_input_names_the_field() {
    assert_eq!(
        error(&with(&[("stay.discharge_date", json!("2024-06-30"))])),
        (ErrorKind::Inconsistent, "stay.discharge_date".into())
    );
    assert_eq!(
        error(&with(&[("patient.category", json!("astronaut"))])).1,
        "patient.category"
    );
    assert_eq!(
        error(&with(&[("documents.ehic_issuer", json!("NO"))])),
        (ErrorKind::Inconsistent, "documents.ehic_issuer".into())
    );
    assert_eq!(
        error(&with(&[("stay.intended_stay_months", json!(601))])).0,
        ErrorKind::NumberOutOfRange
    );
    assert_eq!(
        error(&with(&[("patient.residence_country", json!("XX"))])).1,
        "patient.residence_country"
    );
    assert_eq!(
        error(&with(&[("schema", json!("helserett.case/2"))])).0,
        ErrorKind::UnsupportedSchema
    );
    let mut v = example();
    v["patient"]["favourite_colour"] = json!("blue");
    assert_eq!(error(&v).0, ErrorKind::UnknownField { did_you_mean: None });
    let mut v = example();
    v["travel"] = json!({});
    assert_eq!(
        error(&v).0,
        ErrorKind::UnknownField { did_you_mean: None },
        "an outbound group is not an inbound one"
    );
}

#[test]
fn in_06_a_certificate_not_known_is_asked_for_and_settles_who_pays_after_discharge() {
    // Still in hospital, whether a provisional certificate is held not known: ask for it.
    let d = no_card(&[
        ("documents.provisional_certificate", Value::Null),
        ("evaluation_date", json!("2024-07-02")),
    ]);
    assert_eq!(d["ehic_state"], "awaiting_certificate");
    assert!(
        missing(&d).contains(&"documents.provisional_certificate".to_string()),
        "{:?}",
        missing(&d)
    );
    assert_eq!(steps(&d)[0], "request_provisional_certificate");
    // Discharged and still not known: who pays is open until it is answered.
    let d = no_card(&[
        ("documents.provisional_certificate", Value::Null),
        ("evaluation_date", json!("2024-07-06")),
    ]);
    assert_eq!(d["ehic_state"], "undetermined");
    assert_eq!(outcome(&d).2, "undetermined");
    assert!(missing(&d).contains(&"documents.provisional_certificate".to_string()));
}

/// IN-06, IN-14 (issue 23): the invoice category agrees with the payer in every shared vector:
/// care the patient pays for is invoiced as self-paying, never under a convention category
/// (a patient discharged without a certificate included: should a valid one come later, the
/// invoice is withdrawn and Helfo invoiced, which that day's decision says).
#[test]
fn in_14_the_invoice_category_agrees_with_the_payer() {
    let file: Value =
        serde_json::from_str(include_str!("../../tests/vectors/inbound.json")).unwrap();
    let mut patients = 0;
    for t in file["tests"].as_array().unwrap() {
        let Some(input) = t["input"].as_str() else {
            continue;
        };
        let mut out = vec![0u8; 64 * 1024];
        let Ok(n) = evaluate_inbound_json(input.as_bytes(), &mut out) else {
            continue;
        };
        let d: Value = serde_json::from_slice(&out[..n]).unwrap();
        if d["payer"] == "patient" {
            patients += 1;
            assert_eq!(d["invoice_category"], "self_paying", "{}", t["id"]);
        }
        if d["invoice_category"] == "self_paying" {
            assert_eq!(d["payer"], "patient", "{}", t["id"]);
        }
    }
    assert!(
        patients >= 2,
        "the vectors have patients who pay: {patients}"
    );
}

/// Revision 3 (IN-13): an S2 «gjelder for en tidsbestemt periode». A planned stay 1-10 July
/// under an S2 valid to 3 July is covered 1-3 July only, and the decision says so (it was
/// eligible for the whole stay, checked on the admission day alone).
#[test]
fn in_13_an_s2_covers_only_the_days_of_its_period() {
    let s2 = |until: &str| {
        decide(&with(&[
            ("evaluation_date", json!("2024-06-20")),
            (
                "stay",
                json!({"admission_date": "2024-07-01", "discharge_date": "2024-07-10", "intended_stay_months": 1}),
            ),
            ("care", json!({"kind": "planned"})),
            (
                "documents",
                json!({"s2": true, "s2_covers_this_care": true, "s2_valid_from": "2024-06-01",
                       "s2_valid_until": until, "identity_document": "passport"}),
            ),
        ]))
    };
    let d = s2("2024-07-03");
    assert_eq!(d["covered"], "eligible");
    assert_eq!(
        (d["covered_from"].as_str(), d["covered_until"].as_str()),
        (Some("2024-07-01"), Some("2024-07-03"))
    );
    assert!(has(&d, "IN_DOCUMENT_COVERS_PART_OF_STAY"));
    // Valid for the whole stay: nothing to split.
    let d = s2("2024-07-31");
    assert_eq!(
        (d["covered_from"].is_null(), d["covered_until"].is_null()),
        (true, true)
    );
    assert!(!has(&d, "IN_DOCUMENT_COVERS_PART_OF_STAY"));
    // Ended before the stay began: not covered by it.
    assert_eq!(s2("2024-06-30")["covered"], "not_eligible");
}

/// Revision 3 (IN-13, IN-06): an EHIC (or a provisional certificate) valid for part of the
/// stay covers those days; one valid on no day of it counts as missing.
#[test]
fn in_13_an_ehic_covers_only_the_days_of_its_validity() {
    let d = decide(&with(&[(
        "documents.ehic_valid_until",
        json!("2024-07-02"),
    )]));
    assert_eq!(d["covered"], "eligible");
    assert_eq!(
        (d["covered_from"].as_str(), d["covered_until"].as_str()),
        (Some("2024-07-01"), Some("2024-07-02"))
    );
    assert!(has(&d, "IN_DOCUMENT_COVERS_PART_OF_STAY"));
    let d = decide(&with(&[(
        "documents.ehic_valid_until",
        json!("2024-06-30"),
    )]));
    assert!(has(&d, "IN_EHIC_NOT_VALID_FOR_STAY"));
    assert_eq!(d["ehic_state"], "awaiting_certificate");
    // Until before from contradicts itself.
    assert_eq!(
        error(&with(&[
            ("documents.ehic_valid_from", json!("2024-07-02")),
            ("documents.ehic_valid_until", json!("2024-07-01")),
        ])),
        (ErrorKind::Inconsistent, "documents.ehic_valid_until".into())
    );
}

/// Revision 3 (IN-13): the S1 «gjelder for EØS-borgere som er bosatt i Norge»: a holder who is
/// not an EEA (or Swiss) citizen is not covered by it.
#[test]
fn in_13_an_s1_holder_who_is_not_an_eea_citizen_is_not_covered_by_it() {
    let s1 = |citizenship: Value| {
        decide(&with(&[
            (
                "patient",
                json!({"residence_country": "NO", "membership": "none", "category": "other", "citizenship": citizenship}),
            ),
            (
                "documents",
                json!({"s1": true, "identity_document": "passport"}),
            ),
        ]))
    };
    let d = s1(json!("US"));
    assert_eq!(d["covered"], "not_eligible");
    assert!(has(&d, "IN_S1_NOT_EEA_CITIZEN"));
    let d = s1(json!("SE"));
    assert_eq!(
        (d["covered"].as_str(), d["payer"].as_str()),
        (Some("eligible"), Some("helfo"))
    );
    assert!(has(&d, "IN_S1"));
    assert!(missing(&s1(Value::Null)).contains(&"patient.citizenship".to_string()));
}

/// Revision 3 (IN-12, IN-06): a voluntary member (or a Norwegian pensioner) without the
/// Norwegian-issued card: the hospital asks Helfo, and the patient pays only when Helfo has
/// not confirmed by discharge.
#[test]
fn in_12_a_member_without_the_norwegian_card_is_confirmed_by_helfo() {
    let member = |extra: &[(&str, Value)]| {
        let mut changes = vec![
            (
                "patient",
                json!({"residence_country": "ES", "citizenship": "NO", "membership": "voluntary"}),
            ),
            (
                "documents",
                json!({"ehic": false, "ehic_issuer": "NO", "nav_decision": true, "identity_document": "passport"}),
            ),
        ];
        changes.extend(extra.iter().cloned());
        decide(&with(&changes))
    };
    let d = member(&[]);
    assert!(steps(&d).contains(&"request_certificate_from_helfo".to_string()));
    assert!(!steps(&d).contains(&"request_provisional_certificate".to_string()));
    let d = member(&[
        ("evaluation_date", json!("2024-07-08")),
        (
            "documents",
            json!({"ehic": false, "ehic_issuer": "NO", "nav_decision": true, "identity_document": "passport", "provisional_certificate": false}),
        ),
    ]);
    assert!(has(&d, "IN_HELFO_DID_NOT_CONFIRM"));
    assert!(!has(&d, "IN_NO_CERTIFICATE_BY_DISCHARGE"));
    // The Norwegian pensioner's card is Norwegian-issued too: Helfo, as the reason says.
    let d = decide(&with(&[
        (
            "patient",
            json!({"residence_country": "ES", "citizenship": "NO", "membership": "none", "category": "norwegian_pensioner_abroad"}),
        ),
        (
            "documents",
            json!({"ehic": false, "ehic_issuer": "NO", "identity_document": "passport"}),
        ),
    ]));
    assert!(
        steps(&d).contains(&"request_certificate_from_helfo".to_string()),
        "{:?}",
        steps(&d)
    );
}
