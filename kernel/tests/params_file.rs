//! A parameter table as a file (`helserett.params/1`): read into caller memory, checked as a
//! table is checked, every error naming the entry; replacing or overlaying the built-in table,
//! as the call says.

use helserett::json::{params_from_json, ParamsMode};
use helserett::{ErrorKind, ParamId, Params};

const CALENDAR: &str = r#"{"schema":"helserett.params/1","parameters":[
 {"id":"P-MET-MEETINGS","value":1,"unit":"flag","from":"2026-01-16","until":"2026-01-17","source":"Nye metoder, møtekalender 2026","note":"every second Friday"},
 {"id":"P-MET-MEETINGS","value":1,"from":"2026-01-30","until":"2026-01-31","source":"Nye metoder, m\u00f8tekalender 2026"}
]}"#;

fn err(text: &str) -> (ErrorKind, String) {
    let e = params_from_json(text.as_bytes(), ParamsMode::Replace)
        .err()
        .expect("refused");
    (e.kind, e.path.to_string())
}

#[test]
fn p_table_file_overlays_or_replaces_as_the_call_says() {
    let t = params_from_json(CALENDAR.as_bytes(), ParamsMode::Overlay).unwrap();
    let entries = t.entries();
    let p = Params::new(&entries).unwrap();
    let on = helserett::Date::ymd(2026, 1, 16);
    assert_eq!(
        p.lookup(ParamId::MetMeetings, on).unwrap().source,
        "Nye metoder, møtekalender 2026"
    );
    // Overlaid: the built-in rate is still there.
    assert!(p.lookup(ParamId::EeaRate, on).is_some());
    let t = params_from_json(CALENDAR.as_bytes(), ParamsMode::Replace).unwrap();
    assert_eq!(t.len(), 2);
    let entries = t.entries();
    assert!(Params::new(&entries)
        .unwrap()
        .lookup(ParamId::EeaRate, on)
        .is_none());
}

#[test]
fn p_table_file_errors_name_the_entry() {
    let one = |entry: &str| format!(r#"{{"schema":"helserett.params/1","parameters":[{entry}]}}"#);
    assert_eq!(
        err(&one(r#"{"id":"P-NOPE","value":1,"source":"x"}"#)),
        (ErrorKind::InvalidValue, "parameters[0].id".into())
    );
    assert_eq!(
        err(&one(
            r#"{"id":"P-EEA-RATE","value":1,"unit":"ore","source":"x"}"#
        ))
        .1,
        "parameters[0].unit"
    );
    assert_eq!(
        err(&one(r#"{"id":"P-EEA-RATE","value":1}"#)),
        (ErrorKind::MissingField, "parameters[0].source".into())
    );
    let (k, _) = err(&one(r#"{"id":"P-EEA-RATE","value":200000,"source":"x"}"#));
    assert!(matches!(k, ErrorKind::InvalidParams(_)));
    let two = r#"{"schema":"helserett.params/1","parameters":[{"id":"P-EEA-RATE","value":1,"source":"a"},{"id":"P-EEA-RATE","value":2,"source":"b"}]}"#;
    let e = params_from_json(two.as_bytes(), ParamsMode::Overlay)
        .err()
        .unwrap();
    assert!(e.to_string().contains("parameters[1]"), "{e}");
    assert_eq!(err(r#"{"parameters":[]}"#).0, ErrorKind::MissingField);
    assert_eq!(
        err(r#"{"schema":"helserett.params/9","parameters":[]}"#).0,
        ErrorKind::UnsupportedSchema
    );
    assert_eq!(
        err(&one(
            r#"{"id":"P-EEA-RATE","value":1,"source":"x","colour":"red"}"#
        ))
        .0,
        ErrorKind::UnknownField { did_you_mean: None }
    );
    let many: Vec<String> = (0..200)
        .map(|i| {
            format!(
                r#"{{"id":"P-MET-MEETINGS","value":1,"from":"{}","until":"{}","source":"x"}}"#,
                helserett::Date::ymd(2026, 1, 1).add_days(i * 2).unwrap(),
                helserett::Date::ymd(2026, 1, 1)
                    .add_days(i * 2 + 1)
                    .unwrap()
            )
        })
        .collect();
    let text = format!(
        r#"{{"schema":"helserett.params/1","parameters":[{}]}}"#,
        many.join(",")
    );
    assert_eq!(err(&text).0, ErrorKind::TooMany);
}

#[test]
fn met_02_the_calendar_from_a_file_gives_the_cut_off() {
    let t = params_from_json(CALENDAR.as_bytes(), ParamsMode::Overlay).unwrap();
    let entries = t.entries();
    let case = include_bytes!("../../tests/cases/method_example.json");
    let mut out = vec![0u8; 64 * 1024];
    let n = helserett::evaluate_json_with(case, Params::new(&entries).unwrap(), &mut out).unwrap();
    let d: serde_json::Value = serde_json::from_slice(&out[..n]).unwrap();
    assert_eq!(d["access_deadline"]["cut_off"], "2026-01-09");
}

#[test]
fn p_days_in_force_shows_the_gaps_by_year() {
    let p = Params::builtin();
    assert_eq!(p.days_in_force(ParamId::TravelRate, 2019), (365, 365));
    assert_eq!(p.days_in_force(ParamId::TravelRate, 2020), (0, 366));
    // The EEA rate changed on 2023-10-02: two entries share the year and cover it whole.
    assert_eq!(p.days_in_force(ParamId::EeaRate, 2023), (365, 365));
    assert_eq!(p.days_in_force(ParamId::MetWebApplication, 2025), (92, 365));
}

/// The receipt: the same case and table give the same receipt; another table another hash; the
/// built-in table's hash is its canonical encoding's SHA-256.
#[test]
fn p_receipt_names_the_table_used() {
    let case = include_bytes!("../../tests/cases/method_example.json");
    let decide = |p: Params<'_>| {
        let mut out = vec![0u8; 64 * 1024];
        let n = helserett::evaluate_json_with(case, p, &mut out).unwrap();
        let d: serde_json::Value = serde_json::from_slice(&out[..n]).unwrap();
        d["receipt"].clone()
    };
    let builtin = decide(Params::builtin());
    assert_eq!(builtin, decide(Params::builtin()), "stable across runs");
    let hex: String = helserett::params::table_sha256(Params::builtin().entries())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(builtin["params_sha256"], hex);
    assert_eq!(builtin["kernel"], helserett::VERSION);
    assert_eq!(builtin["case_schema"], "helserett.method_case/1");
    assert_eq!(builtin["decision_schema"], "helserett.method_decision/5");
    let t = params_from_json(CALENDAR.as_bytes(), ParamsMode::Overlay).unwrap();
    let entries = t.entries();
    let other = decide(Params::new(&entries).unwrap());
    assert_ne!(other["params_sha256"], builtin["params_sha256"]);
    // The built-in table given back as a caller's table hashes the same.
    let copy = Params::builtin().entries().to_vec();
    assert_eq!(decide(Params::new(&copy).unwrap()), builtin);
}
