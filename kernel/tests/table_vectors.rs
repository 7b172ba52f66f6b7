//! Shared vectors decided with a caller's parameter table (issue 14): the 80 % what-if, a 2026
//! case whose DRG price, km rate and travel user fee the caller supplies, a replacing table
//! that lacks what the case needs, the method calendar from a file, and one error vector for
//! each kind of bad table. Each vector carries the table as the exact file text (`params`) and
//! how it meets the built-in table (`mode`); every binding reads the table through its own
//! interface (Rust `params_from_json`, C `helserett_params_from_json` with `helserett_evaluate_json`, Python
//! `read_params`, the firmware) and must produce `expected` byte for byte, or `error`.
//!
//! Regenerate with `HELSERETT_REGEN_VECTORS=1 cargo test -p helserett --test table_vectors`.

use helserett::json::{params_from_json, ParamsMode};
use serde_json::{json, Value};

const FILE: &str = include_str!("../../tests/vectors/with_params/tables.json");
const EXAMPLE: &str = include_str!("../../tests/cases/example_patient.json");
const METHOD_EXAMPLE: &str = include_str!("../../tests/cases/method_example.json");
const CALENDAR: &str = include_str!("../../tests/params/nye_metoder_2026.json");

struct Source {
    id: &'static str,
    comment: &'static str,
    flags: &'static [&'static str],
    input: String,
    params: String,
    mode: &'static str,
}

/// The example patient with some fields changed (`group.field` or a top-level name).
fn example(changes: &[(&str, Value)]) -> String {
    let mut v: Value = serde_json::from_str(EXAMPLE).unwrap();
    for (path, value) in changes {
        match path.split_once('.') {
            Some((g, f)) => v[g][f] = value.clone(),
            None => v[path] = value.clone(),
        }
    }
    serde_json::to_string(&v).unwrap()
}

/// The example patient treated in October 2026 and evaluated in November.
fn case_2026() -> String {
    example(&[
        ("evaluation_date", json!("2026-11-02")),
        (
            "treatment.dates",
            json!([{"date": "2026-10-05", "settled_on_the_spot": false, "invoice_date": "2026-10-20"}]),
        ),
        (
            "prior_notification.application_received",
            json!("2026-08-03"),
        ),
    ])
}

/// A table file with these entries (each a JSON object's text).
fn table(entries: &[&str]) -> String {
    format!(
        r#"{{"schema":"helserett.params/1","parameters":[{}]}}"#,
        entries.join(",")
    )
}

const RATE_80: &str = r#"{"id":"P-EEA-RATE","value":8000,"unit":"basis_points","from":"2023-10-02","source":"what-if: 80 %","note":"an analyst's scenario, not the law"}"#;
const SUPPLIED_2026: [&str; 3] = [
    r#"{"id":"P-DRG-UNIT-PRICE","value":5600000,"unit":"ore","from":"2026-01-01","until":"2027-01-01","source":"caller's table (test value for 2026, not a published price)"}"#,
    r#"{"id":"P-TRAVEL-RATE","value":320,"unit":"ore_per_km","from":"2026-01-01","until":"2027-01-01","source":"caller's table (test value for 2026)"}"#,
    r#"{"id":"P-TRAVEL-USER-FEE","value":18000,"unit":"ore","from":"2026-01-01","until":"2027-01-01","source":"caller's table (test value for 2026)"}"#,
];

fn sources() -> Vec<Source> {
    let s = |id, comment, flags, input: String, params: String, mode| Source {
        id,
        comment,
        flags,
        input,
        params,
        mode,
    };
    let many: Vec<String> = (0..helserett::json::MAX_PARAM_ENTRIES as i32 + 1)
        .map(|i| {
            let day = helserett::Date::ymd(2026, 1, 1).add_days(i * 2).unwrap();
            format!(
                r#"{{"id":"P-MET-MEETINGS","value":1,"from":"{day}","until":"{}","source":"x"}}"#,
                day.add_days(1).unwrap()
            )
        })
        .collect();
    let many: Vec<&str> = many.iter().map(String::as_str).collect();
    vec![
        s("table-what-if-80-percent", "The example patient with the refund rate at 80 % from 2023-10-02 (overlay): 80 % of the Norwegian DRG cost, below the granted cap.", &["EEA-08", "EEA-10"], example(&[]), table(&[RATE_80]), "overlay"),
        s("table-2026-supplied-rates", "The example patient treated in 2026, the caller supplying the 2026 DRG unit price, km rate and travel user fee (overlay): the refund and the travel share are determined.", &["EEA-10", "EEA-13", "C-06"], case_2026(), table(&SUPPLIED_2026), "overlay"),
        s("table-2026-estimate-carried-forward", "The same 2026 case, the table asking for estimates (\"estimate\": {}): the missing 2026 rates are carried forward from the latest sourced ones (DRG 2024, km rate and travel user fee 2025), every amount so computed marked estimated, each estimate listed with its basis, the receipt saying so (issue 24).", &["EEA-08", "EEA-13", "C-04"], case_2026(), r#"{"schema":"helserett.params/1","parameters":[],"estimate":{}}"#.to_string(), "overlay"),
        s("table-2026-estimate-uprated", "The same, uprated 3 % a year (\"uprate_bp_per_year\": 10300), rounded half up each year.", &["EEA-08", "EEA-13", "C-04"], case_2026(), r#"{"schema":"helserett.params/1","parameters":[],"estimate":{"uprate_bp_per_year":10300}}"#.to_string(), "overlay"),
        s("table-error-estimate-out-of-range", "An uprating of 100 % a year: above the 50 % a year the reader takes.", &[], example(&[]), r#"{"schema":"helserett.params/1","parameters":[],"estimate":{"uprate_bp_per_year":20000}}"#.to_string(), "overlay"),
        s("table-error-control-character-in-source", "A source with an escape character: refused as a place name is (it would be printed raw in a listing).", &[], example(&[]), table(&["{\"id\":\"P-EEA-RATE\",\"value\":8000,\"source\":\"x\\u001b[2Jy\"}"]), "overlay"),
        s("table-2026-empty-overlay", "The same 2026 case with an empty overlay: the built-in table has no 2026 DRG price, so the refund is undetermined and names the parameter.", &["EEA-10", "C-04"], case_2026(), table(&[]), "overlay"),
        s("table-replace-lacks-deadline", "A replacing table with only the 2026 rates: every other parameter is gone, and the decision names the first one it needs.", &["C-04"], case_2026(), table(&SUPPLIED_2026), "replace"),
        s("table-method-calendar-file", "The method example with tests/params/nye_metoder_2026.json (overlay): the access scheme's cut-off from the file's meeting days.", &["MET-02"], METHOD_EXAMPLE.to_string(), CALENDAR.to_string(), "overlay"),
        s("table-error-unknown-id", "A table naming a parameter the kernel does not have.", &[], example(&[]), table(&[r#"{"id":"P-NOPE","value":1,"source":"x"}"#]), "overlay"),
        s("table-error-wrong-unit", "A rate given in øre.", &[], example(&[]), table(&[r#"{"id":"P-EEA-RATE","value":8000,"unit":"ore","source":"x"}"#]), "overlay"),
        s("table-error-out-of-range", "A rate above the 1000 % a what-if may try.", &[], example(&[]), table(&[r#"{"id":"P-EEA-RATE","value":200000,"source":"x"}"#]), "overlay"),
        s("table-error-from-not-before-until", "An entry whose validity ends before it begins.", &[], example(&[]), table(&[r#"{"id":"P-EEA-RATE","value":8000,"from":"2024-01-01","until":"2023-01-01","source":"x"}"#]), "overlay"),
        s("table-error-overlap", "Two entries for one parameter in force on the same days.", &[], example(&[]), table(&[r#"{"id":"P-EEA-RATE","value":8000,"from":"2024-01-01","source":"a"}"#, r#"{"id":"P-EEA-RATE","value":9000,"from":"2024-06-01","until":"2025-01-01","source":"b"}"#]), "overlay"),
        s("table-error-missing-source", "An entry without its source.", &[], example(&[]), table(&[r#"{"id":"P-EEA-RATE","value":8000}"#]), "overlay"),
        s("table-error-unknown-field", "An entry with a field the file format does not have.", &[], example(&[]), table(&[r#"{"id":"P-EEA-RATE","value":8000,"source":"x","colour":"red"}"#]), "overlay"),
        s("table-error-impossible-date", "An entry in force from 31 February.", &[], example(&[]), table(&[r#"{"id":"P-EEA-RATE","value":8000,"from":"2024-02-31","source":"x"}"#]), "overlay"),
        s("table-error-wrong-schema", "A file of another format version.", &[], example(&[]), r#"{"schema":"helserett.params/9","parameters":[]}"#.to_string(), "overlay"),
        s("table-error-over-capacity", "More entries than MAX_PARAM_ENTRIES.", &[], example(&[]), table(&many), "overlay"),
        s("table-error-malformed", "A table file cut short.", &[], example(&[]), r#"{"schema":"helserett.params/1","parameters":[{"id":"P-EEA-RATE""#.to_string(), "overlay"),
    ]
}

fn mode(name: &str) -> ParamsMode {
    match name {
        "overlay" => ParamsMode::Overlay,
        "replace" => ParamsMode::Replace,
        other => panic!("unknown mode {other}"),
    }
}

fn error_json(e: helserett::Error) -> Value {
    json!({"code": e.code(), "kind": e.kind.name(), "path": e.path.to_string(), "message": e.to_string()})
}

/// The decision bytes for `input` with the table file `params`, or the error (the table's
/// first: a bad table decides nothing).
fn run(input: &str, params: &str, mode_name: &str) -> Result<String, Value> {
    let table = params_from_json(params.as_bytes(), mode(mode_name)).map_err(error_json)?;
    let mut out = vec![0u8; 64 * 1024];
    let n = table
        .with_params(|p| helserett::evaluate_json_with(input.as_bytes(), p, &mut out))
        .map_err(error_json)?;
    Ok(String::from_utf8(out[..n].to_vec()).unwrap())
}

fn generate() -> String {
    let tests: Vec<Value> = sources()
        .iter()
        .map(|s| {
            let mut v = json!({"id": s.id, "comment": s.comment, "flags": s.flags, "input": s.input, "params": s.params, "mode": s.mode});
            match run(&s.input, &s.params, s.mode) {
                Ok(out) => v["expected"] = Value::String(out),
                Err(e) => v["error"] = e,
            }
            v
        })
        .collect();
    let file = json!({
        "schema": "helserett.vectors/1",
        "description": "Vectors decided with a caller's parameter table: `params` is the exact table file (helserett.params/1), `mode` how it meets the built-in table (overlay: each parameter the file names takes the file's entries; replace: only the file's entries). `expected` is the exact decision JSON, or `error` the table's (or the case's) error. Every binding reads the table through its own interface.",
        "generator": "kernel/tests/table_vectors.rs; regenerate with HELSERETT_REGEN_VECTORS=1 cargo test -p helserett --test table_vectors",
        "numberOfTests": tests.len(),
        "tests": tests,
    });
    serde_json::to_string_pretty(&file).unwrap() + "\n"
}

#[test]
fn table_vectors_are_current() {
    let want = generate();
    if std::env::var_os("HELSERETT_REGEN_VECTORS").is_some() {
        let path = format!(
            "{}/../tests/vectors/with_params/tables.json",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::write(path, &want).unwrap();
        return;
    }
    let have: Value = serde_json::from_str(FILE).unwrap();
    let want: Value = serde_json::from_str(&want).unwrap();
    assert_eq!(
        have, want,
        "tests/vectors/with_params/tables.json is stale; regenerate and review"
    );
}

fn decided(id: &str) -> Value {
    let s = sources().into_iter().find(|s| s.id == id).unwrap();
    serde_json::from_str(&run(&s.input, &s.params, s.mode).unwrap()).unwrap()
}

fn failed(id: &str) -> Value {
    let s = sources().into_iter().find(|s| s.id == id).unwrap();
    run(&s.input, &s.params, s.mode).unwrap_err()
}

#[test]
fn eea_08_the_80_percent_what_if_refunds_80_percent_of_the_norwegian_cost() {
    let d = decided("table-what-if-80-percent");
    let builtin = helserett::Params::builtin();
    let on = helserett::Date::ymd(2024, 3, 4);
    let price = builtin
        .lookup(helserett::ParamId::DrgUnitPrice, on)
        .unwrap()
        .value;
    // 2.180 DRG points at the 2024 price, at 80 %: below the 110 000 kr cap.
    let want = 2180 * price * 8000 / (1000 * 10_000);
    let got = d["refund"]["refund_ore"].as_i64().unwrap();
    assert!((got - want).abs() <= 1, "{got} vs {want}");
    assert!(got < 11_000_000);
    let used: Vec<&Value> = d["parameters"].as_array().unwrap().iter().collect();
    assert!(used.contains(
        &&json!({"id": "P-EEA-RATE", "value": 8000, "from": "2023-10-02", "until": null})
    ));
    assert_ne!(d["receipt"]["params_sha256"], json!(builtin_sha()));
}

fn builtin_sha() -> String {
    helserett::Params::builtin()
        .sha256()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn c_06_a_2026_case_is_decided_with_the_callers_2026_rates_and_not_without() {
    let with = decided("table-2026-supplied-rates");
    assert_eq!(with["verdict"], "eligible");
    // 2.180 points at the supplied 56 000 kr: 122 080 kr, capped at the granted 110 000 kr.
    assert_eq!(with["refund"]["refund_ore"], 11_000_000);
    assert!(
        with["travel"]["amount_ore"].as_i64().unwrap_or(0) > 0,
        "{}",
        with["travel"]
    );
    let without = decided("table-2026-empty-overlay");
    assert_eq!(without["refund"]["refund_ore"], Value::Null);
    assert!(without["missing"].to_string().contains("P-DRG-UNIT-PRICE"));
    // An empty overlay is the built-in table: the same hash.
    assert_eq!(without["receipt"]["params_sha256"], json!(builtin_sha()));
    assert_ne!(
        with["receipt"]["params_sha256"],
        without["receipt"]["params_sha256"]
    );
}

#[test]
fn c_04_a_replacing_table_without_the_deadline_leaves_it_open_and_names_it() {
    let d = decided("table-replace-lacks-deadline");
    assert_ne!(d["verdict"], "eligible");
    assert!(d["missing"].to_string().contains("P-"), "{}", d["missing"]);
}

#[test]
fn p_every_kind_of_bad_table_is_refused_naming_the_entry() {
    for (id, kind, path) in [
        (
            "table-error-unknown-id",
            "invalid_value",
            "parameters[0].id",
        ),
        (
            "table-error-wrong-unit",
            "invalid_value",
            "parameters[0].unit",
        ),
        (
            "table-error-out-of-range",
            "invalid_params",
            "parameters[0].value",
        ),
        (
            "table-error-from-not-before-until",
            "invalid_params",
            "parameters[0].until",
        ),
        ("table-error-overlap", "invalid_params", "parameters[1]"),
        (
            "table-error-missing-source",
            "missing_field",
            "parameters[0].source",
        ),
        (
            "table-error-unknown-field",
            "unknown_field",
            "parameters[0].colour",
        ),
        (
            "table-error-impossible-date",
            "invalid_date",
            "parameters[0].from",
        ),
        ("table-error-wrong-schema", "unsupported_schema", "schema"),
        ("table-error-over-capacity", "too_many", "parameters[96]"),
        ("table-error-malformed", "syntax", "parameters[0]"),
    ] {
        let e = failed(id);
        assert_eq!(
            (e["kind"].as_str().unwrap(), e["path"].as_str().unwrap()),
            (kind, path),
            "{id}: {e}"
        );
    }
    // The table-level errors name the entry in their message.
    for (id, entry) in [
        ("table-error-out-of-range", "parameters[0]"),
        ("table-error-overlap", "parameters[1]"),
        ("table-error-from-not-before-until", "parameters[0]"),
    ] {
        assert!(
            failed(id)["message"].as_str().unwrap().contains(entry),
            "{id}"
        );
    }
}
