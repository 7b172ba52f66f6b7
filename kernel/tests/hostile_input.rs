//! Bad input never panics and always gets a typed error: every prefix and many byte flips of
//! real cases, non-UTF-8, deep nesting and huge input. (The cargo-fuzz target, issue 4, goes
//! further; this runs in every `cargo test`.)

use helserett::{evaluate_json, ErrorKind};

const EXAMPLE: &[u8] = include_bytes!("../../tests/cases/example_patient.json");

fn run(input: &[u8]) -> Result<usize, helserett::Error> {
    let mut out = [0u8; 16 * 1024];
    evaluate_json(input, &mut out)
}

#[test]
fn every_prefix_of_a_real_case_is_an_error_not_a_panic() {
    for end in 0..EXAMPLE.len() {
        let r = run(&EXAMPLE[..end]);
        // The last bytes are whitespace after the closing brace; everything before is cut.
        if EXAMPLE[end..].iter().all(|b| b.is_ascii_whitespace()) {
            assert!(r.is_ok());
        } else {
            assert!(r.is_err(), "prefix {end} accepted");
        }
    }
}

#[test]
fn byte_flips_never_panic() {
    let mut buf = EXAMPLE.to_vec();
    let mut seed: u32 = 0x2545_f491;
    for _ in 0..20_000 {
        // xorshift: deterministic, no dependency.
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let i = seed as usize % buf.len();
        let old = buf[i];
        buf[i] = (seed >> 8) as u8;
        let _ = run(&buf);
        buf[i] = old;
    }
}

#[test]
fn non_utf8_and_nesting_and_size() {
    let e = run(b"{\"evaluation_date\":\"2024-06-\xff\xfe\"}").unwrap_err();
    assert_eq!(e.path.to_string(), "evaluation_date");
    let deep = "[".repeat(100_000);
    assert!(matches!(
        run(deep.as_bytes()).unwrap_err().kind,
        ErrorKind::WrongType { .. } | ErrorKind::Syntax(_)
    ));
    let big = format!(
        r#"{{"evaluation_date":"2024-06-01","travel":{{"home":"{}"}}}}"#,
        "x".repeat(1 << 20)
    );
    // Over the 1 MiB limit (limits::MAX_INPUT_LEN): refused unread, at the root.
    let e = run(big.as_bytes()).unwrap_err();
    assert_eq!((e.kind, e.kind.code()), (ErrorKind::DocumentTooLarge, 133));
    assert_eq!(e.path.to_string(), "$");
    assert!(run(b"").is_err());
    assert!(run(b"null").is_err());
    assert!(run(b"[]").is_err());
}

/// A case built in code gets the same range checks as JSON, at the same paths, so the C struct
/// and Python paths cannot slip a value past the kernel that JSON would reject.
#[test]
fn typed_cases_get_the_json_range_checks() {
    use helserett::case::TreatmentDate;
    use helserett::{case_from_json, evaluate};
    let json = |field: &str| {
        let input = format!(r#"{{"evaluation_date":"2024-06-01",{field}}}"#);
        case_from_json(input.as_bytes()).map(|_| ()).unwrap_err()
    };
    let mut c = case_from_json(EXAMPLE).unwrap();
    c.patient.county_number = Some(0);
    let typed = evaluate(&c).unwrap_err();
    assert_eq!(typed.kind, ErrorKind::NumberOutOfRange);
    assert_eq!(typed, json(r#""patient":{"county_number":0}"#));

    let mut c = case_from_json(EXAMPLE).unwrap();
    c.travel.one_way_km = Some(10_001);
    assert_eq!(
        evaluate(&c).unwrap_err(),
        json(r#""travel":{"one_way_km":10001}"#)
    );
    c.travel.one_way_km = Some(10_000);
    assert!(evaluate(&c).is_ok());

    let mut c = case_from_json(EXAMPLE).unwrap();
    c.travel.round_trips = Some(101);
    assert_eq!(
        format!("{}", evaluate(&c).unwrap_err().path),
        "travel.round_trips"
    );
    c.travel.round_trips = Some(2);
    c.costs.drg_points_milli = Some(1_000_001);
    assert_eq!(
        format!("{}", evaluate(&c).unwrap_err().path),
        "costs.drg_points_milli"
    );
    let mut c = case_from_json(EXAMPLE).unwrap();
    let d = helserett::Date::ymd(2024, 3, 5);
    c.treatment.dates.push(TreatmentDate::on(d)).unwrap();
    assert!(evaluate(&c).is_ok());
}

/// Control characters in a place name (escaped, NUL included) are refused, in JSON and in a
/// typed case: a NUL would cut the name short in C (found by the cargo-fuzz target). A raw one
/// is not JSON at all (RFC 8259 section 7): a syntax error at the field.
#[test]
fn place_names_with_control_characters_are_refused() {
    use helserett::error::JsonSyntax;
    use helserett::{case_from_json, evaluate};
    let raw = "{\"evaluation_date\":\"2024-06-01\",\"travel\":{\"home\":\"Nesna\u{0019}\"}}";
    let e = case_from_json(raw.as_bytes()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Syntax(JsonSyntax::ControlCharacter));
    assert_eq!(format!("{}", e.path), "travel.home");
    for home in ["Nes\\u0000na", "Nesna\\n", "\\u007f"] {
        let input = format!(r#"{{"evaluation_date":"2024-06-01","travel":{{"home":"{home}"}}}}"#);
        let e = case_from_json(input.as_bytes()).unwrap_err();
        assert_eq!(
            (e.kind, format!("{}", e.path)),
            (ErrorKind::ControlCharacter, "travel.home".into()),
            "{home}"
        );
    }
    let ok = r#"{"evaluation_date":"2024-06-01","travel":{"home":"Mo i Rana – sentrum","nearest_place":"Bodø"}}"#;
    let mut c = case_from_json(ok.as_bytes()).unwrap();
    assert!(evaluate(&c).is_ok());
    c.travel.nearest_place = Some(heapless::String::try_from("Bod\0ø").unwrap());
    let e = evaluate(&c).unwrap_err();
    assert_eq!(
        format!("{e}"),
        "travel.nearest_place: control character in the text (a line break, tab, escape or NUL)"
    );
}

/// No error without a field: every case whose facts are each in range decides, or names the
/// field at fault. Here the largest amounts and counts every range allows, in every
/// combination of the products the rules form (issue: 400 at `$` for an in-range case).
#[test]
fn c_01_every_in_range_case_decides_or_names_its_field() {
    use helserett::{case_from_json, evaluate, Fact};
    let max = |f: Fact| *f.range().unwrap().end();
    let mut checked = 0;
    for fare in [0, 1, 1_000_000, max(Fact::TravelScheduledFare)] {
        for trips in [0, 1, max(Fact::TravelRoundTrips)] {
            for km in [0, 300, max(Fact::TravelOneWayKm)] {
                for amount in [0, 1, max(Fact::Expenses)] {
                    let input = format!(
                        r#"{{"evaluation_date":"2024-06-01","patient":{{"member_of_folketrygden":true,"residence_country":"NO","holds_s1_for_treatment_country":false,"holds_exemption_card":true}},
                        "treatment":{{"country":"DE","need":"urgent","comparable_to_norwegian_care":true,"setting":"outpatient","dates":[{{"date":"2024-03-04","settled_on_the_spot":true,"outpatient_consultations":255}}]}},
                        "costs":{{"expenses_ore":{amount},"private_surcharges_ore":0,"estimated_norwegian_cost_ore":{amount},"drg_points_milli":1000000}},
                        "prior_notification":{{"status":"granted","max_refund_ore":{amount}}},
                        "travel":{{"claimed":true,"one_way_km":{km},"exceeds_local_minimum_fare":true,"round_trips":{trips},"cheapest_scheduled_round_trip_ore":{fare}}}}}"#
                    );
                    let case = case_from_json(input.as_bytes()).unwrap();
                    if let Err(e) = evaluate(&case) {
                        assert!(
                            !e.path.is_root(),
                            "{e} for fare {fare}, trips {trips}, km {km}, amount {amount}"
                        );
                    }
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 4 * 3 * 3 * 3);
}

/// A stage granted twice is a duplicate on the JSON path (at the second element) and in a
/// kiosk answer (at the field), not "too many": the set has room, the value is repeated.
#[test]
fn a_stage_given_twice_is_a_duplicate_not_too_many() {
    let case = br#"{"evaluation_date":"2024-06-01","prior_notification":{"stages_granted":["diagnostics","treatment","diagnostics"]}}"#;
    let e = run(case).unwrap_err();
    assert_eq!(e.kind, ErrorKind::DuplicateValue);
    assert_eq!((e.kind.code(), e.kind.name()), (132, "duplicate_value"));
    assert_eq!(e.path.to_string(), "prior_notification.stages_granted[2]");
    let mut c = helserett::Case::new(helserett::Date::parse_iso("2024-06-01").unwrap());
    match c.answer(helserett::Fact::StagesGranted, None, "treatment, treatment") {
        Err(helserett::SetError::Invalid(e)) => assert_eq!(e.kind, ErrorKind::DuplicateValue),
        other => panic!("{other:?}"),
    }
}

/// Every JSON reader takes a document of exactly `MAX_INPUT_LEN` bytes and refuses one byte
/// more, unread, with `document_too_large` at the root: the case, inbound and method readers
/// and the parameter-file reader.
#[test]
fn the_input_limit_is_one_mebibyte_on_every_reader() {
    use helserett::json::{params_from_json, ParamsMode};
    use helserett::limits::MAX_INPUT_LEN;
    use helserett::{inbound_case_from_json, method_case_from_json};
    let padded = |doc: &str, len: usize| {
        let mut v = doc.as_bytes().to_vec();
        v.resize(len, b' ');
        v
    };
    let case = r#"{"evaluation_date":"2024-06-01"}"#;
    assert!(helserett::case_from_json(&padded(case, MAX_INPUT_LEN)).is_ok());
    let over = padded(case, MAX_INPUT_LEN + 1);
    let errors = [
        helserett::case_from_json(&over).unwrap_err(),
        inbound_case_from_json(&over).unwrap_err(),
        method_case_from_json(&over).unwrap_err(),
        params_from_json(&over, ParamsMode::Overlay).err().unwrap(),
        run(&over).unwrap_err(),
    ];
    for e in errors {
        assert_eq!(e.kind, ErrorKind::DocumentTooLarge);
        assert_eq!(e.path.to_string(), "$");
    }
}
