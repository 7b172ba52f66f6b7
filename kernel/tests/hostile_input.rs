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
        ErrorKind::WrongType | ErrorKind::Syntax(_)
    ));
    let big = format!(
        r#"{{"evaluation_date":"2024-06-01","travel":{{"home":"{}"}}}}"#,
        "x".repeat(1 << 20)
    );
    assert_eq!(run(big.as_bytes()).unwrap_err().kind, ErrorKind::TooLong);
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

/// Control characters in a place name (raw or escaped, NUL included) are refused, in JSON and
/// in a typed case: a NUL would cut the name short in C (found by the cargo-fuzz target).
#[test]
fn place_names_with_control_characters_are_refused() {
    use helserett::{case_from_json, evaluate};
    for home in ["Nesna\u{0019}", "Nes\\u0000na", "Nesna\\n", "\\u007f"] {
        let input = format!(r#"{{"evaluation_date":"2024-06-01","travel":{{"home":"{home}"}}}}"#);
        let e = case_from_json(input.as_bytes()).unwrap_err();
        assert_eq!(
            (e.kind, format!("{}", e.path)),
            (ErrorKind::InvalidValue, "travel.home".into()),
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
        "travel.nearest_place: not one of the allowed values"
    );
}
