//! C-05: the explanation is all bokmål or all English. For every shared vector, no line of the
//! bokmål explanation equals a line of the English one, except lines that are only numbers,
//! codes and names the case itself gives (place names), and no bokmål line contains English
//! words that have no place in Norwegian text.

use helserett::{case_from_json, evaluate, explain, Lang};
use serde_json::Value;

const FILE: &str = include_str!("../../tests/vectors/eea.json");

/// A line with nothing language-bound: no word of letters beyond the case's own place names.
fn neutral(line: &str, places: &[String]) -> bool {
    let mut rest = strip_codes(line);
    for p in places {
        rest = rest.replace(p.as_str(), " ");
    }
    !rest
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.chars().count() >= 2 && w.chars().any(char::is_lowercase))
}

/// The line without what is a code, not language: `[fact.path]` and the JSON option values
/// shown beside their labels (`planned = planlagt behandling`).
fn strip_codes(line: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in line.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    let codes: Vec<&str> = helserett::Fact::OUTBOUND
        .iter()
        .flat_map(|f| f.options())
        .copied()
        .collect();
    out.split(' ')
        .filter(|w| !codes.contains(w))
        // Fact paths and codes: `treatment.dates[0].invoice_date`, `P-EEA-RATE`.
        .filter(|w| !w.contains('_') && !w.trim_end_matches(['.', ',', ':']).contains('.'))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words that mark English in a bokmål sentence.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "from",
    "with",
    "after",
    "before",
    "apply",
    "office",
    "department",
    "designated",
    "body",
    "refund",
    "treatment",
    "unknown",
    "covers",
    "paid",
    "yes",
    "days",
    "left",
    "until",
    "expired",
    "missing",
    "source",
];

#[test]
fn c_05_no_english_in_bokmal_and_no_bokmal_line_in_english() {
    let vectors: Value = serde_json::from_str(FILE).unwrap();
    let mut checked = 0;
    for t in vectors["tests"].as_array().unwrap() {
        let input = t["input"].as_str().unwrap();
        let Ok(case) = case_from_json(input.as_bytes()) else {
            continue;
        };
        let Ok(d) = evaluate(&case) else { continue };
        let places: Vec<String> = [&case.travel.home, &case.travel.nearest_place]
            .into_iter()
            .flatten()
            .map(|p| p.to_string())
            .collect();
        let nb = format!("{}", explain(&d, Lang::Nb));
        let en = format!("{}", explain(&d, Lang::En));
        let en_lines: Vec<&str> = en.lines().collect();
        for line in nb.lines() {
            let text = strip_codes(line);
            if !neutral(line, &places) {
                assert!(
                    !en_lines.contains(&line),
                    "{}: the same in nb and en: {line:?}",
                    t["id"]
                );
            }
            for word in text.split(|c: char| !c.is_alphabetic() && c != '_') {
                assert!(
                    !ENGLISH.contains(&word),
                    "{}: English {word:?} in bokmål: {line:?}",
                    t["id"]
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} vectors checked");
    eprintln!("no-English-in-bokmål: {checked} vectors checked");
}
