//! One boundary for every kind of case (issue 25): every shared vector of every kind, with its
//! schema written plainly and with escapes (`\/`, `\u005f`, an escaped key), decided by the
//! command-line program in one JSON Lines batch, gives the vector's bytes (or its error) line
//! for line. The C side is `ffi/tests/every_kind.rs`, Python's `python/tests/test_every_kind.py`.

use std::io::Write;
use std::process::{Command, Stdio};

const FILES: [&str; 3] = [
    include_str!("../../tests/vectors/eea.json"),
    include_str!("../../tests/vectors/inbound.json"),
    include_str!("../../tests/vectors/methods.json"),
];

/// The ways the same schema may be written: as is, and as other JSON writers escape it.
fn writings(input: &str) -> Vec<String> {
    vec![
        input.to_string(),
        input
            .replacen("_case/", "_case\\/", 1)
            .replacen("case/2", "case\\/2", 1),
        input
            .replacen("\"schema\":", "\"sch\\u0065ma\":", 1)
            .replacen("inbound_case", "inbound\\u005fcase", 1)
            .replacen("method_case", "method\\u005fcase", 1),
    ]
}

#[test]
fn every_vector_of_every_kind_with_every_schema_writing_gives_its_bytes() {
    let mut lines = Vec::new();
    let mut want = Vec::new();
    for file in FILES {
        let v: serde_json::Value = serde_json::from_str(file).unwrap();
        for t in v["tests"].as_array().unwrap() {
            let input = t["input"].as_str().unwrap();
            // A decision line is the vector's bytes; an error line is
            // `{"line":N,"error":{…}}` with the vector's error.
            let expected = match t["expected"].as_str() {
                Some(e) => e.to_string(),
                None => format!("error {}", t["error"]),
            };
            // The batch reads one document per line.
            if input.contains('\n') {
                continue;
            }
            for w in writings(input) {
                lines.push(w);
                want.push((t["id"].as_str().unwrap().to_string(), expected.clone()));
            }
        }
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_helserett"))
        .arg("--batch")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let text = lines.join("\n") + "\n";
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    // Some vectors are refused: the batch goes on and says so in its exit code.
    let refused = want.iter().any(|(_, w)| w.starts_with("error "));
    assert_eq!(out.status.code(), Some(i32::from(refused)));
    let got: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(
        got.len(),
        want.len(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (i, (g, (id, w))) in got.iter().zip(&want).enumerate() {
        if let Some(error) = w.strip_prefix("error ") {
            let line: serde_json::Value = serde_json::from_str(g).unwrap();
            let want: serde_json::Value = serde_json::from_str(error).unwrap();
            assert_eq!(line["line"], i + 1, "{id}");
            assert_eq!(line["error"], want, "{id}: line {}", i + 1);
        } else {
            assert_eq!(g, w, "{id}: line {}", i + 1);
        }
    }
    assert!(want.len() >= 3 * 100, "{}", want.len());
}
