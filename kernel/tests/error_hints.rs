//! Errors that help the user mend the input (issue 30, item 10): an unknown field names the
//! known field nearest to it, for every kind of case and the parameter file; a value of the
//! wrong JSON type names the type the field takes. The message is the one Rust, C, Python and
//! the command-line program print.

use helserett::json::{params_from_json, ParamsMode};
use helserett::{case_from_json, inbound_case_from_json, method_case_from_json};

fn outbound(json: &str) -> String {
    case_from_json(json.as_bytes()).unwrap_err().to_string()
}

#[test]
fn an_unknown_field_names_the_field_meant() {
    let cases = [
        (
            r#"{"evaluation_date":"2024-06-01","costs":{"expenses":14500000}}"#,
            "costs.expenses: unknown field; did you mean costs.expenses_ore?",
        ),
        (
            r#"{"evaluation_dat":"2024-06-01"}"#,
            "evaluation_dat: unknown field; did you mean evaluation_date?",
        ),
        (
            r#"{"evaluation_date":"2024-06-01","pateint":{}}"#,
            "pateint: unknown field; did you mean patient?",
        ),
        (
            r#"{"evaluation_date":"2024-06-01","treatment":{"dates":[{"date":"2024-03-04","invoice_dat":"2024-03-10"}]}}"#,
            "treatment.dates[0].invoice_dat: unknown field; did you mean treatment.dates[0].invoice_date?",
        ),
        (
            r#"{"evaluation_date":"2024-06-01","travel":{"One_Way_Km":84}}"#,
            "travel.One_Way_Km: unknown field; did you mean travel.one_way_km?",
        ),
    ];
    for (json, message) in cases {
        assert_eq!(outbound(json), message, "{json}");
    }
}

#[test]
fn a_name_unlike_every_field_gets_no_guess() {
    assert_eq!(
        outbound(r#"{"evaluation_date":"2024-06-01","patient":{"favourite_colour":"blue"}}"#),
        "patient.favourite_colour: unknown field"
    );
}

#[test]
fn every_kind_of_case_and_the_parameter_file_suggest_their_own_fields() {
    let inbound = r#"{"schema":"helserett.inbound_case/1","evaluation_date":"2024-07-03","patient":{"residence_countr":"DE"}}"#;
    let e = inbound_case_from_json(inbound.as_bytes()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "patient.residence_countr: unknown field; did you mean patient.residence_country?"
    );
    let method =
        r#"{"schema":"helserett.method_case/1","evaluation_date":"2026-01-05","methd":{}}"#;
    let e = method_case_from_json(method.as_bytes()).unwrap_err();
    assert_eq!(e.to_string(), "methd: unknown field; did you mean method?");
    let params = r#"{"schema":"helserett.params/1","parameters":[{"id":"P-EEA-RATE","valeu":1,"source":"x"}]}"#;
    let Err(e) = params_from_json(params.as_bytes(), ParamsMode::Overlay) else {
        panic!("a parameter file with an unknown field was read");
    };
    assert_eq!(
        e.to_string(),
        "parameters[0].valeu: unknown field; did you mean parameters[0].value?"
    );
}

#[test]
fn a_value_of_the_wrong_type_names_the_type_expected() {
    let cases = [
        (
            r#"{"evaluation_date":"2024-06-01","patient":{"priority_patient":"yes"}}"#,
            "patient.priority_patient: value has the wrong JSON type (expected true or false)",
        ),
        (
            r#"{"evaluation_date":"2024-06-01","costs":{"expenses_ore":"145000"}}"#,
            "costs.expenses_ore: value has the wrong JSON type (expected a whole number)",
        ),
        (
            r#"{"evaluation_date":20240601}"#,
            "evaluation_date: value has the wrong JSON type (expected a string)",
        ),
        (
            r#"{"evaluation_date":"2024-06-01","treatment":{"dates":{"date":"2024-03-04"}}}"#,
            "treatment.dates: value has the wrong JSON type (expected an array)",
        ),
        (
            r#"{"evaluation_date":"2024-06-01","patient":[]}"#,
            "patient: value has the wrong JSON type (expected an object)",
        ),
    ];
    for (json, message) in cases {
        assert_eq!(outbound(json), message, "{json}");
    }
}
