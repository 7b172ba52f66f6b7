//! The methods domain (seed 004, MET-01..MET-09): one test per rule, named after it, each
//! failing if the route were decided otherwise.

use helserett::{Date, ParamEntry, ParamId, Params};
use serde_json::{json, Value};

const EXAMPLE: &str = include_str!("../../tests/cases/method_example.json");

fn with(changes: &[(&str, Value)]) -> Value {
    let mut v: Value = serde_json::from_str(EXAMPLE).unwrap();
    for (path, value) in changes {
        match path.split_once('.') {
            Some((g, f)) => v[g][f] = value.clone(),
            None => v[path] = value.clone(),
        }
    }
    v
}

fn decide_with(case: &Value, params: Params<'_>) -> Value {
    let input = serde_json::to_vec(case).unwrap();
    let mut out = vec![0u8; 64 * 1024];
    let n = helserett::evaluate_json_with(&input, params, &mut out)
        .unwrap_or_else(|e| panic!("{e} for {case}"));
    serde_json::from_slice(&out[..n]).unwrap()
}

fn decide(case: &Value) -> Value {
    decide_with(case, Params::builtin())
}

fn route<'a>(d: &'a Value, r: &str) -> &'a Value {
    d["routes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["route"] == r)
        .unwrap()
}

fn verdict<'a>(d: &'a Value, r: &str) -> &'a str {
    route(d, r)["verdict"].as_str().unwrap()
}

fn codes(o: &Value) -> Vec<&str> {
    o["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap())
        .collect()
}

#[test]
fn met_01_exception_scheme_for_a_method_under_assessment_never_eligible() {
    let d = decide(&with(&[
        ("method.nye_metoder_status", json!("under_assessment")),
        ("patient.scope", json!("patient_group")),
    ]));
    let e = route(&d, "exception_scheme");
    assert_eq!(e["verdict"], "discretion", "the group decides (C-07)");
    assert_eq!(
        e["assessed_by"],
        "staff_level2_leaders_and_medical_director"
    );
    assert_eq!(e["anchored_with_level2_leader"], true);
    assert_eq!(e["form"], "patient_group");
    assert_eq!(e["channel"], "legemiddelsoknader_no");
    assert_eq!(e["cost"], "common_cost_centre_level1");
    assert_eq!(e["follow_up_kjernegruppen"], true);
    assert!(d["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["code"] == "MET_UNDER_ASSESSMENT_NOT_USED"));
    assert_eq!(
        d["recommended"],
        Value::Null,
        "discretion is never recommended"
    );
    // Not under assessment: the exception scheme does not apply.
    assert_eq!(
        verdict(&decide(&with(&[])), "exception_scheme"),
        "not_eligible"
    );
    // Before legemiddelsoknader.no (P-MET-WEB-APPLICATION), the manual procedure.
    let d = decide(&with(&[
        ("method.nye_metoder_status", json!("under_assessment")),
        ("evaluation_date", json!("2025-06-02")),
    ]));
    assert_eq!(route(&d, "exception_scheme")["channel"], "manual_procedure");
    // No route at all: not used.
    let d = decide(&with(&[
        ("method.within_approved_indication", json!(true)),
        ("method.blue_prescription_possible", json!(true)),
        ("patient.scope", json!("patient_group")),
        ("patient.serious_life_shortening_disease", json!(false)),
    ]));
    assert_eq!(d["not_used"], true);
}

fn calendar(days: &[&str]) -> Vec<ParamEntry<'static>> {
    let mut t = Params::builtin().entries().to_vec();
    for d in days {
        let day = Date::parse_iso(d).unwrap();
        t.push(ParamEntry {
            id: ParamId::MetMeetings,
            value: 1,
            from: Some(day),
            until: day.add_days(1),
            source: "test",
        });
    }
    t
}

#[test]
fn met_02_access_scheme_after_a_no_single_patient_cut_off_from_the_calendar() {
    let d = decide(&with(&[]));
    let a = route(&d, "access_scheme");
    assert_eq!(a["verdict"], "discretion");
    // The clinician applies; Helse Bergen forwards it to the secretariat (the channel).
    assert_eq!(a["applicant"], "treating_senior_consultant");
    assert_eq!(a["channel"], "nye_metoder_secretariat");
    assert_eq!(a["assessed_by"], "nye_metoder");
    assert_eq!(d["access_deadline"], Value::Null);
    assert!(d["missing"]
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["parameter"] == "P-MET-MEETINGS"));
    let t = calendar(&["2026-01-16", "2026-01-30"]);
    let d = decide_with(&with(&[]), Params::new(&t).unwrap());
    assert_eq!(d["access_deadline"]["cut_off"], "2026-01-09");
    assert_eq!(d["access_deadline"]["cut_off_time"], "12:00");
    assert_eq!(d["access_deadline"]["days_left"], 4);
    let d = decide_with(
        &with(&[("evaluation_date", json!("2026-01-10"))]),
        Params::new(&t).unwrap(),
    );
    assert_eq!(d["access_deadline"]["meeting"], "2026-01-30");
    assert_eq!(d["access_deadline"]["missed_meeting"], "2026-01-16");
    assert_eq!(
        verdict(
            &decide(&with(&[("patient.scope", json!("patient_group"))])),
            "access_scheme"
        ),
        "not_eligible"
    );
    assert_eq!(
        verdict(
            &decide(&with(&[("method.nye_metoder_status", json!("introduced"))])),
            "access_scheme"
        ),
        "not_eligible"
    );
}

#[test]
fn met_03_blue_prescription_only_when_not_direct_and_alternatives_tried() {
    let b = |direct: bool, tried: bool| {
        decide(&with(&[
            ("method.blue_prescription_possible", json!(direct)),
            ("method.alternatives_tried_or_unusable", json!(tried)),
        ]))
    };
    let d = b(false, true);
    let r = route(&d, "blue_prescription");
    assert_eq!(
        (
            r["verdict"].as_str(),
            r["assessed_by"].as_str(),
            r["cost"].as_str(),
            r["applicant"].as_str()
        ),
        (
            Some("discretion"),
            Some("helfo"),
            Some("helfo"),
            Some("prescriber")
        )
    );
    assert_eq!(verdict(&b(true, true), "blue_prescription"), "not_eligible");
    assert_eq!(
        verdict(&b(false, false), "blue_prescription"),
        "not_eligible"
    );
    assert!(codes(r).contains(&"MET_BLUE_PRESCRIPTION"));
    // Issue 23: with neither condition in the case, the reason says them as conditions and
    // never asserts them.
    let open = decide(&with(&[
        ("method.blue_prescription_possible", Value::Null),
        ("method.alternatives_tried_or_unusable", Value::Null),
    ]));
    let r = route(&open, "blue_prescription");
    assert_eq!(r["verdict"], "undetermined");
    assert!(codes(r).contains(&"MET_BLUE_PRESCRIPTION_IF"), "{r}");
    assert!(!codes(r).contains(&"MET_BLUE_PRESCRIPTION"), "{r}");
}

#[test]
fn met_04_an_ongoing_trial_comes_first_then_a_new_one() {
    let d = decide(&with(&[
        ("trial.ongoing_trial_available", json!(true)),
        ("trial.meets_inclusion_criteria", json!(true)),
    ]));
    // The trial decides on inclusion (C-07): the route to apply for first, never "eligible".
    assert_eq!(verdict(&d, "clinical_trial"), "discretion");
    assert_eq!(d["apply_first"], "clinical_trial");
    assert_eq!(route(&d, "clinical_trial")["rank"], 1);
    assert_eq!(
        verdict(&d, "trial_outside_trial"),
        "not_eligible",
        "a trial is possible"
    );
    let d = decide(&with(&[("trial.new_trial_feasible", json!(true))]));
    assert_eq!(verdict(&d, "clinical_trial"), "discretion");
    let d = decide(&with(&[
        ("trial.ongoing_trial_available", json!(true)),
        ("trial.meets_inclusion_criteria", json!(true)),
        ("trial.impress_relevant", json!(true)),
    ]));
    assert!(codes(route(&d, "clinical_trial")).contains(&"MET_IMPRESS"));
}

#[test]
fn met_05_trial_treatment_outside_a_trial_needs_prudence_plan_and_consent() {
    let d = decide(&with(&[]));
    let r = route(&d, "trial_outside_trial");
    assert_eq!(r["verdict"], "discretion");
    assert_eq!(r["assessed_by"], "level2_leader");
    assert_eq!(r["cost"], "common_cost_centre_level1");
    let d = decide(&with(&[(
        "assessment.medical_director_involved",
        json!(true),
    )]));
    assert_eq!(
        route(&d, "trial_outside_trial")["assessed_by"],
        "level2_leader_and_medical_director"
    );
    // Consent refused closes it; a missing prudence assessment or plan is a step to take.
    assert_eq!(
        verdict(
            &decide(&with(&[("assessment.informed_consent", json!(false))])),
            "trial_outside_trial"
        ),
        "not_eligible"
    );
    for f in [
        "assessment.prudence_assessment",
        "assessment.treatment_plan",
    ] {
        let d = decide(&with(&[(f, json!(false))]));
        let r = route(&d, "trial_outside_trial");
        assert_eq!(r["verdict"], "discretion", "{f}");
        assert!(codes(r).contains(&"MET_OUTSIDE_TRIAL_TO_DO"), "{f}");
    }
    // Not yet anchored with the level-2 leader: a step before the application.
    let d = decide(&with(&[(
        "assessment.anchored_with_level2_leader",
        json!(false),
    )]));
    assert!(codes(route(&d, "trial_outside_trial")).contains(&"MET_ANCHOR_FIRST"));
    // An introduced method is ordinary care, not trial treatment.
    assert_eq!(
        verdict(
            &decide(&with(&[("method.nye_metoder_status", json!("introduced"))])),
            "trial_outside_trial"
        ),
        "not_eligible"
    );
    assert_eq!(
        verdict(
            &decide(&with(&[("patient.scope", json!("patient_group"))])),
            "trial_outside_trial"
        ),
        "not_eligible"
    );
}

#[test]
fn met_06_off_label_pre_approval_list_first_then_an_application() {
    let d = decide(&with(&[]));
    let r = route(&d, "off_label_application");
    assert_eq!(r["verdict"], "discretion");
    assert_eq!(
        r["assessed_by"], "staff_and_medical_director",
        "no level-2 leaders in this group"
    );
    assert_eq!(r["form"], "single_patient");
    let d = decide(&with(&[("method.on_group_pre_approval_list", json!(true))]));
    assert_eq!(verdict(&d, "group_pre_approval"), "eligible");
    assert_eq!(route(&d, "group_pre_approval")["cost"], "helse_bergen");
    assert_eq!(verdict(&d, "off_label_application"), "not_eligible");
    assert_eq!(
        verdict(
            &decide(&with(&[("method.within_approved_indication", json!(true))])),
            "off_label_application"
        ),
        "not_eligible"
    );
}

#[test]
fn met_07_off_licence_cost_is_level_1_as_chapter_8_says() {
    // Revision 3: § 8 puts all trial treatment outside studies at the level-1 cost centre,
    // and off-licence is § 8.1.2 inside it (it was undetermined).
    let d = decide(&with(&[
        ("method.marketing_authorisation", json!(false)),
        ("method.within_approved_indication", Value::Null),
    ]));
    let r = route(&d, "off_licence");
    assert_eq!(r["verdict"], "discretion");
    assert_eq!(r["cost"], "common_cost_centre_level1");
    assert_eq!(r["channel"], "compassionate_use");
    assert!(codes(r).contains(&"MET_OFF_LICENCE_COST_LEVEL_1"));
    assert_eq!(verdict(&d, "off_label_application"), "not_eligible");
    // An off-licence drug on the group list: Helse Bergen's cost, as for off-label (the same
    // list: «Gruppegodkjenning for off-label/off-licence»).
    let d = decide(&with(&[
        ("method.marketing_authorisation", json!(false)),
        ("method.within_approved_indication", Value::Null),
        ("method.on_group_pre_approval_list", json!(true)),
    ]));
    assert_eq!(verdict(&d, "off_licence"), "not_eligible");
    let g = route(&d, "group_pre_approval");
    assert_eq!(
        (g["verdict"].as_str(), g["cost"].as_str()),
        (Some("eligible"), Some("helse_bergen"))
    );
}

#[test]
fn met_04_the_trial_cost_reason_cites_met_04() {
    let d = decide(&with(&[
        ("trial.ongoing_trial_available", json!(true)),
        ("trial.meets_inclusion_criteria", json!(true)),
    ]));
    let r = route(&d, "clinical_trial");
    let cost = r["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["code"] == "MET_TRIAL_COST_NOT_STATED")
        .expect("the cost is said to be unstated");
    assert_eq!(cost["rule"], "MET-04");
}

#[test]
fn met_02_the_mini_method_assessment_closes_after_a_no() {
    // A device decided not introduced: the access scheme for one patient, never "søk først:
    // minimetodevurdering" (seed 004 § 5.2).
    for scope in ["patient_group", "single_patient"] {
        let d = decide(&with(&[
            ("method.kind", json!("device")),
            ("method.marketing_authorisation", Value::Null),
            ("method.within_approved_indication", Value::Null),
            ("method.on_group_pre_approval_list", Value::Null),
            ("method.blue_prescription_possible", Value::Null),
            ("method.alternatives_tried_or_unusable", Value::Null),
            ("patient.scope", json!(scope)),
        ]));
        let m = route(&d, "mini_method_assessment");
        assert_eq!(m["verdict"], "not_eligible", "{scope}");
        assert!(codes(m).contains(&"MET_MINI_METHOD_CLOSED_AFTER_NO"));
        assert_ne!(d["apply_first"], "mini_method_assessment", "{scope}");
    }
}

#[test]
fn met_06_off_label_needs_informed_consent_as_all_of_chapter_8() {
    let d = decide(&with(&[("assessment.informed_consent", json!(false))]));
    let r = route(&d, "off_label_application");
    assert_eq!(r["verdict"], "not_eligible");
    assert!(codes(r).contains(&"MET_CHAPTER_8_CONSENT"));
    assert_ne!(d["apply_first"], "off_label_application");
    // Not yet given: a condition the route lists, not a bar.
    let d = decide(&with(&[("assessment.informed_consent", Value::Null)]));
    let r = route(&d, "off_label_application");
    assert_eq!(r["verdict"], "discretion");
    assert!(r["missing"]
        .as_array()
        .unwrap()
        .contains(&json!("assessment.informed_consent")));
    // Off-licence, § 8.1.2, the same.
    let d = decide(&with(&[
        ("method.marketing_authorisation", json!(false)),
        ("method.within_approved_indication", Value::Null),
        ("assessment.informed_consent", json!(false)),
    ]));
    assert_eq!(verdict(&d, "off_licence"), "not_eligible");
}

#[test]
fn met_06_legemiddelsoknader_down_turns_the_channel_to_the_manual_procedure() {
    let d = decide(&with(&[("assessment.web_application_down", json!(true))]));
    let r = route(&d, "off_label_application");
    assert_eq!(r["channel"], "manual_procedure");
    assert!(codes(r).contains(&"MET_WEB_APPLICATION_DOWN"));
    let d = decide(&with(&[("assessment.web_application_down", json!(false))]));
    assert_eq!(
        route(&d, "off_label_application")["channel"],
        "legemiddelsoknader_no"
    );
}

#[test]
fn met_05_trial_treatment_is_a_fact_not_an_assumption() {
    // A drug with marketing authorisation used within its indication: whether it is
    // «utprøvende» is asked where it turns the route (it opened without it).
    let base = [
        ("method.within_approved_indication", json!(true)),
        ("method.nye_metoder_status", json!("not_proposed")),
    ];
    let d = decide(&with(&base));
    let r = route(&d, "trial_outside_trial");
    assert_eq!(r["verdict"], "undetermined");
    assert!(r["missing"]
        .as_array()
        .unwrap()
        .contains(&json!("method.trial_treatment")));
    let mut not_trial = base.to_vec();
    not_trial.push(("method.trial_treatment", json!(false)));
    let r = decide(&with(&not_trial));
    let r = route(&r, "trial_outside_trial");
    assert_eq!(r["verdict"], "not_eligible");
    assert!(codes(r).contains(&"MET_NOT_TRIAL_TREATMENT"));
    // Off-label use is trial treatment by the procedure's own chapter 8.1.1: not asked.
    let d = decide(&with(&[]));
    assert_eq!(verdict(&d, "trial_outside_trial"), "discretion");
}

#[test]
fn met_01_the_exception_scheme_for_a_non_drug_leaves_anchoring_and_cost_undetermined() {
    let d = decide(&with(&[
        ("method.kind", json!("procedure")),
        ("method.nye_metoder_status", json!("under_assessment")),
        ("method.marketing_authorisation", Value::Null),
        ("method.within_approved_indication", Value::Null),
        ("method.on_group_pre_approval_list", Value::Null),
        ("method.blue_prescription_possible", Value::Null),
        ("method.alternatives_tried_or_unusable", Value::Null),
    ]));
    let e = route(&d, "exception_scheme");
    assert_eq!(e["cost"], "undetermined");
    assert_eq!(e["anchored_with_level2_leader"], false);
    assert_eq!(e["assessed_by"], "undetermined");
    assert!(codes(e).contains(&"MET_EXCEPTION_PROCEDURE_FOR_DRUGS"));
}

#[test]
fn met_08_ekspertpanelet_serious_disease_after_discussion_and_the_full_group_assesses() {
    let d = decide(&with(&[]));
    assert_eq!(
        route(&d, "ekspertpanelet")["applicant"],
        "senior_consultant_with_patient"
    );
    // The discussion comes first: a step before the referral, not a bar.
    let d = decide(&with(&[(
        "assessment.discussed_with_collegium",
        json!(false),
    )]));
    assert_eq!(verdict(&d, "ekspertpanelet"), "discretion");
    assert!(codes(route(&d, "ekspertpanelet")).contains(&"MET_DISCUSS_FIRST"));
    assert_eq!(
        verdict(
            &decide(&with(&[(
                "patient.serious_life_shortening_disease",
                json!(false)
            )])),
            "ekspertpanelet"
        ),
        "not_eligible"
    );
    let d = decide(&with(&[(
        "assessment.ekspertpanelet_recommendation",
        json!(true),
    )]));
    let r = route(&d, "ekspertpanelet");
    assert_eq!(
        r["assessed_by"], "staff_level2_leaders_and_medical_director",
        "always the full group (not the level-2 leader alone)"
    );
    assert_eq!(r["anchored_with_level2_leader"], true);
    assert_eq!(r["cost"], "common_cost_centre_level1");
    // The route recommended first after the recommendation (trial treatment outside a trial)
    // names the same group, not the level-2 leader alone (seed 004 § 8.2).
    let t = route(&d, "trial_outside_trial");
    assert_eq!(t["verdict"], "discretion");
    assert_eq!(
        t["assessed_by"],
        "staff_level2_leaders_and_medical_director"
    );
    assert!(codes(t).contains(&"MET_EKSPERTPANELET_GROUP_ASSESSES"));
}

#[test]
fn met_08_ekspertpanelet_is_for_one_patient() {
    // The referral «i samråd med pasienten», the application «til enkeltpasient»: a patient
    // group is not referred (it was open, as discretion).
    let d = decide(&with(&[("patient.scope", json!("patient_group"))]));
    let r = route(&d, "ekspertpanelet");
    assert_eq!(r["verdict"], "not_eligible");
    assert!(codes(r).contains(&"MET_EKSPERTPANELET_ONE_PATIENT"));
    let d = decide(&with(&[("patient.scope", Value::Null)]));
    assert_eq!(verdict(&d, "ekspertpanelet"), "undetermined");
}

#[test]
fn met_09_treatment_abroad_uses_the_outbound_abr_rules() {
    let d = decide(&with(&[
        ("method.nye_metoder_status", json!("introduced")),
        ("abroad.adequate_offer_in_norway", json!(false)),
    ]));
    let r = route(&d, "treatment_abroad");
    assert_eq!(r["verdict"], "eligible");
    assert_eq!(r["cost"], "regional_unit");
    assert!(codes(r).contains(&"ABR_NO_ADEQUATE_OFFER"), "{r}");
    // Not introduced: ABR-07 closes it; a rare condition opens ABR-05's discretion.
    assert_eq!(
        verdict(&decide(&with(&[])), "treatment_abroad"),
        "not_eligible"
    );
    assert_eq!(
        verdict(
            &decide(&with(&[("patient.rare_condition", json!(true))])),
            "treatment_abroad"
        ),
        "discretion"
    );
    // The ABR rules' questions are asked as the method case's facts.
    let d = decide(&with(&[
        ("method.nye_metoder_status", json!("introduced")),
        ("abroad.adequate_offer_in_norway", Value::Null),
    ]));
    assert!(route(&d, "treatment_abroad")["missing"]
        .as_array()
        .unwrap()
        .contains(&json!("abroad.adequate_offer_in_norway")));
}

#[test]
fn abr_07_the_outbound_decision_points_to_the_method_question() {
    let mut v: Value =
        serde_json::from_str(include_str!("../../tests/cases/example_patient.json")).unwrap();
    v["norwegian_offer"] = json!({"method": "not_introduced"});
    // Asked before the care (C-08 closes the route once it is given).
    v["evaluation_date"] = json!("2024-02-01");
    v["treatment"]["care_given"] = json!(false);
    // Not yet invoiced: an invoice dated after the evaluation date is refused (issue 28).
    v["treatment"]["dates"][0]["invoice_date"] = Value::Null;
    let input = serde_json::to_vec(&v).unwrap();
    let mut out = vec![0u8; 64 * 1024];
    let n = helserett::evaluate_json(&input, &mut out).unwrap();
    let d: Value = serde_json::from_slice(&out[..n]).unwrap();
    let abr = d["routes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["route"] == "treatment_abroad")
        .unwrap();
    assert!(
        abr["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["code"] == "ABR_SEE_METHOD_QUESTION"),
        "{abr}"
    );
}

#[test]
fn met_the_kind_is_asked_first_and_bad_input_names_the_field() {
    let d = decide(&json!({"schema": "helserett.method_case/1", "evaluation_date": "2026-01-05"}));
    assert_eq!(d["next_question"]["fact"], "method.kind");
    let input = serde_json::to_vec(&with(&[("method.kind", json!("device"))])).unwrap();
    let mut out = vec![0u8; 64 * 1024];
    let e = helserett::evaluate_json(&input, &mut out).unwrap_err();
    assert_eq!(e.path.to_string(), "method.marketing_authorisation");
}

/// The summary a clinician reads, in `lang`, with the calendar `t`.
fn summary(case: &Value, t: &[ParamEntry<'_>], lang: helserett::Lang) -> String {
    let input = serde_json::to_vec(case).unwrap();
    let c = helserett::method_case_from_json(&input).unwrap();
    let d = helserett::evaluate_method_with(&c, Params::new(t).unwrap()).unwrap();
    helserett::explain_method(&d, lang).to_string()
}

#[test]
fn met_02_the_summary_names_the_cut_off_and_the_days_left_in_both_languages() {
    let t = calendar(&["2026-01-16", "2026-01-30"]);
    // Four days before the cut-off on 2026-01-09 at 12:00.
    let nb = summary(&with(&[]), &t, helserett::Lang::Nb);
    // Dates and the time as each language writes them, never ISO (issue 23).
    assert!(
        nb.contains("9. januar 2026 kl. 12.00 (4 dager igjen;"),
        "{nb}"
    );
    assert!(nb.contains("16. januar 2026"), "{nb}");
    assert!(!nb.contains("2026-01-"), "{nb}");
    let en = summary(&with(&[]), &t, helserett::Lang::En);
    assert!(en.contains("9 January 2026 at 12:00 (4 days left;"), "{en}");
    // The day before: one day, singular.
    let one = with(&[("evaluation_date", json!("2026-01-08"))]);
    assert!(summary(&one, &t, helserett::Lang::En).contains("(1 day left;"));
    assert!(summary(&one, &t, helserett::Lang::Nb).contains("(1 dag igjen;"));
    // No calendar: no cut-off line.
    let none = summary(&with(&[]), Params::builtin().entries(), helserett::Lang::En);
    assert!(!none.contains("days left"), "{none}");
}
