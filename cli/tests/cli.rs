//! The command-line program as an integrator uses it: version, help, options, the file name in
//! a read error, and the JSON Lines batch with its exit code.

use std::io::Write;
use std::process::{Command, Stdio};

fn helserett(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_helserett"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Written from a thread, so that a large input and a large output cannot block each
    // other on full pipes. A run that stops before reading its input (a bad --params file)
    // closes the pipe: the write then fails with a broken pipe, which is the program's
    // answer, not the test's.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.as_bytes().to_vec();
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let out = child.wait_with_output().unwrap();
    if let Err(e) = writer.join().unwrap() {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const EXAMPLE: &str = include_str!("../../tests/cases/example_patient.json");

#[test]
fn version_help_and_options() {
    let (code, out, _) = helserett(&["--version"], "");
    assert_eq!(code, 0);
    assert!(
        out.contains(helserett::VERSION) && out.contains("helserett.decision/8"),
        "{out}"
    );
    let (code, out, _) = helserett(&["--help"], "");
    assert_eq!(code, 0);
    assert!(out.contains("exit codes"), "{out}");
    let (code, out, _) = helserett(&["--explain", "--lang=en", "-"], EXAMPLE);
    assert_eq!(code, 0);
    assert!(out.starts_with("Decision as of 2024-04-15"), "{out}");
    let (code, _, err) = helserett(&["--bogus"], "");
    assert_eq!(code, 2);
    assert!(err.contains("unknown option --bogus"), "{err}");
    let (code, _, err) = helserett(&["no/such/case.json"], "");
    assert_eq!(code, 2);
    assert!(err.contains("no/such/case.json"), "{err}");
    let (code, _, err) = helserett(&[], "{\"evaluation_date\":\"2024-02-30\"}");
    assert_eq!(code, 3);
    assert!(err.contains("error 110 (invalid_date)"), "{err}");
}

#[test]
fn batch_answers_every_line_in_order() {
    let one_line = EXAMPLE.replace('\n', "");
    let input = format!("{one_line}\n\n   \n{{\"evaluation_date\":\"2024-02-30\"}}\n{one_line}\n");
    let (code, out, err) = helserett(&["--batch"], &input);
    assert_eq!(code, 1, "a refused line makes the exit code 1");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "blank lines are skipped: {out}");
    let (_, single, _) = helserett(&[], EXAMPLE);
    assert_eq!(
        lines[0],
        single.trim_end(),
        "a decided line is what the single call writes"
    );
    assert_eq!(lines[2], lines[0]);
    let error: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(error["line"], 4);
    assert_eq!(error["error"]["code"], 110);
    assert_eq!(error["error"]["path"], "evaluation_date");
    assert!(err.contains("2 decided, 1 refused"), "{err}");
    let (code, _, _) = helserett(&["--batch"], &format!("{one_line}\n"));
    assert_eq!(code, 0);
}

/// Issue 30: one error shape for every batch, with the case's `id` whenever it was read and
/// the kind's name; `--explain` in a batch writes each summary as one JSON string; the closing
/// summary is said once.
#[test]
fn batch_errors_name_their_request_and_explain_is_not_ignored() {
    let input = concat!(
        r#"{"id":"EPJ-7","evaluation_date":"2024-06-01","costs":{"expenses_ore":-1}}"#,
        "\n",
        r#"{"evaluation_date":"2024-06-01","id":"EPJ-\u0038","patient":{"x":1}}"#,
        "\n",
        r#"{"evaluation_date":"#,
        "\n"
    );
    let (_, out, _) = helserett(&["--batch"], input);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let keys = |v: &serde_json::Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    for l in &lines {
        assert_eq!(keys(l), ["error", "id", "line"]);
        assert_eq!(keys(&l["error"]), ["code", "kind", "message", "path"]);
    }
    assert_eq!(lines[0]["id"], "EPJ-7");
    assert_eq!(lines[0]["error"]["kind"], "negative_amount");
    assert_eq!(lines[1]["id"], "EPJ-8", "read as JSON reads it");
    assert_eq!(lines[2]["id"], serde_json::Value::Null);
    // --explain: each line one JSON string, the summary the single call writes.
    let one_line = EXAMPLE.replace('\n', "");
    let (code, out, _) = helserett(
        &["--batch", "--explain", "--lang", "en"],
        &format!("{one_line}\n"),
    );
    assert_eq!(code, 0);
    let text: String = serde_json::from_str(out.trim_end()).unwrap();
    let (_, single, _) = helserett(&["--explain", "--lang", "en"], EXAMPLE);
    assert_eq!(text, single.trim_end());
    // 10 000 lines: the count is said once, by the closing summary.
    let many = format!("{one_line}\n").repeat(10_000);
    let (_, _, err) = helserett(&["--batch"], &many);
    assert_eq!(err.matches("10000").count(), 1, "{err}");
}

#[test]
fn a_parameter_file_overlays_or_replaces_and_a_bad_one_names_the_entry() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let calendar = format!("{root}/tests/params/nye_metoder_2026.json");
    let method = include_str!("../../tests/cases/method_example.json");
    let (code, out, _) = helserett(&["--params", &calendar, "-"], method);
    assert_eq!(code, 0);
    assert!(
        out.contains(r#""access_deadline":{"meeting":"2026-01-16","cut_off":"2026-01-09""#),
        "{out}"
    );
    // Without it, the cut-off names the parameter.
    let (_, out, _) = helserett(&["-"], method);
    assert!(out.contains(r#""access_deadline":null"#));
    // Replacing the built-in table leaves the outbound rates without a value.
    let (code, out, _) = helserett(&[&format!("--params-replace={calendar}"), "-"], EXAMPLE);
    assert_eq!(code, 0);
    assert!(out.contains(r#""parameter":"P-EEA-RATE""#), "{out}");
    let bad =
        std::env::temp_dir().join(format!("helserett-bad-params-{}.json", std::process::id()));
    std::fs::write(&bad, r#"{"schema":"helserett.params/1","parameters":[{"id":"P-EEA-RATE","value":1,"unit":"ore","source":"x"}]}"#).unwrap();
    let (code, _, err) = helserett(&["--params", bad.to_str().unwrap(), "-"], EXAMPLE);
    assert_eq!(code, 3);
    assert!(err.contains("parameters[0].unit"), "{err}");
    let _ = std::fs::remove_file(bad);
}

#[test]
fn params_lists_the_table_and_its_gaps_by_year() {
    let (code, out, _) = helserett(&["params", "--lang", "en"], "");
    assert_eq!(code, 0);
    assert!(out.contains("P-EEA-RATE"), "{out}");
    // The km rate has sourced values for 2019 and 2024 only (RULES.md section P).
    let travel = out.split("P-TRAVEL-RATE ").nth(1).unwrap();
    assert!(
        travel.contains("no value in 2019-") && travel.contains("2020, 2021, 2022, 2023"),
        "{travel}"
    );
    assert!(out.contains("caller-supplied"));
    assert!(out.contains("parameter-years without a value"));
}

/// Issue 24: the same table through the command line (`--params` / `--params-replace` with the
/// vector's file) gives the table vector's bytes; a refused table exits 3 naming the entry.
#[test]
fn the_table_vectors_through_the_command_line() {
    let file: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/vectors/with_params/tables.json")).unwrap();
    let dir = std::env::temp_dir().join(format!("helserett-cli-tables-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for t in file["tests"].as_array().unwrap() {
        let id = t["id"].as_str().unwrap();
        let path = dir.join(format!("{id}.json"));
        std::fs::write(&path, t["params"].as_str().unwrap()).unwrap();
        let flag = if t["mode"] == "overlay" {
            "--params"
        } else {
            "--params-replace"
        };
        let (code, out, err) = helserett(
            &[flag, path.to_str().unwrap(), "-"],
            t["input"].as_str().unwrap(),
        );
        match t.get("expected") {
            Some(want) => {
                assert_eq!(code, 0, "{id}: {err}");
                assert_eq!(out.trim_end(), want.as_str().unwrap(), "{id}");
            }
            None if t["error"]["path"]
                .as_str()
                .unwrap_or("")
                .starts_with("parameters")
                || t["error"]["path"]
                    .as_str()
                    .unwrap_or("")
                    .starts_with("estimate")
                || t["error"]["kind"] == "syntax" =>
            {
                assert_eq!(code, 3, "{id}: {err}");
                assert!(
                    err.contains(t["error"]["path"].as_str().unwrap()),
                    "{id}: {err}"
                );
            }
            None => assert_ne!(code, 0, "{id}"),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Issue 24: the yearly routine. `params template YEAR` writes the file to fill in; `params
/// check` refuses it until each value and source is filled, then accepts it; a broken file is
/// refused naming the entry.
#[test]
fn the_yearly_update_template_then_check() {
    let dir = std::env::temp_dir().join(format!("helserett-cli-yearly-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (code, template, err) = helserett(&["params", "template", "2026"], "");
    assert_eq!(code, 0, "{err}");
    let mut file: serde_json::Value = serde_json::from_str(&template).unwrap();
    let blanks: Vec<String> = file["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["value"].is_null())
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    for want in [
        "P-DRG-UNIT-PRICE",
        "P-TRAVEL-RATE",
        "P-TRAVEL-USER-FEE",
        "P-OUTPATIENT-FEE",
    ] {
        assert!(
            blanks.iter().any(|b| b == want),
            "{want} not to fill in: {blanks:?}"
        );
    }
    // Unfilled: refused, naming the entry.
    let path = dir.join("2026.json");
    std::fs::write(&path, &template).unwrap();
    let (code, out, _) = helserett(&["params", "check", path.to_str().unwrap(), "2026"], "");
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains("parameters[") && out.contains("value"),
        "{out}"
    );
    // Filled in: valid, and 2026 is no longer listed as a gap.
    for e in file["parameters"].as_array_mut().unwrap() {
        if e["value"].is_null() {
            e["value"] = serde_json::json!(1000);
            e["source"] = serde_json::json!("test value");
        }
    }
    std::fs::write(&path, file.to_string()).unwrap();
    let (code, out, _) = helserett(&["params", "check", path.to_str().unwrap(), "2026"], "");
    assert!(code == 0 || code == 1, "{out}");
    assert!(out.contains("valid"), "{out}");
    assert!(
        !out.lines()
            .filter(|l| l.starts_with("  P-"))
            .any(|l| l.contains("2026")),
        "2026 still a gap: {out}"
    );
    // A control character in a source: refused.
    std::fs::write(
        &path,
        r#"{"schema":"helserett.params/1","parameters":[{"id":"P-EEA-RATE","value":8000,"source":"a\u001b[2Jb"}]}"#,
    )
    .unwrap();
    let (code, out, _) = helserett(&["params", "check", path.to_str().unwrap()], "");
    assert_eq!(code, 3, "{out}");
    assert!(out.contains("parameters[0].source"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}
