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
    let codes: Vec<&str> = helserett::Fact::ALL
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
        check_pair(&t["id"], &nb, &en, &places);
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} vectors checked");
    eprintln!("no-English-in-bokmål: {checked} vectors checked");
}

/// One explanation in both languages: no bokmål line is also an English line (unless it holds
/// no language at all), and no bokmål line holds an English marker word.
fn check_pair(id: &Value, nb: &str, en: &str, places: &[String]) {
    let en_lines: Vec<&str> = en.lines().collect();
    for line in nb.lines() {
        let mut text = strip_codes(line);
        for p in places {
            text = text.replace(p.as_str(), " ");
        }
        if !neutral(line, places) {
            assert!(
                !en_lines.contains(&line),
                "{id}: the same in nb and en: {line:?}"
            );
        }
        for word in text.split(|c: char| !c.is_alphabetic() && c != '_') {
            assert!(
                !ENGLISH.contains(&word),
                "{id}: English {word:?} in bokmål: {line:?}"
            );
        }
    }
}

/// The same for the inbound and the method explanations, over their shared vectors.
#[test]
fn c_05_inbound_and_method_explanations_are_one_language_each() {
    let mut checked = 0;
    for file in [
        include_str!("../../tests/vectors/inbound.json"),
        include_str!("../../tests/vectors/methods.json"),
    ] {
        let vectors: Value = serde_json::from_str(file).unwrap();
        for t in vectors["tests"].as_array().unwrap() {
            let input = t["input"].as_str().unwrap().as_bytes();
            let pair = if let Ok(c) = helserett::inbound_case_from_json(input) {
                helserett::evaluate_inbound(&c).ok().map(|d| {
                    let nb = helserett::explain_inbound(&d, Lang::Nb).to_string();
                    (nb, helserett::explain_inbound(&d, Lang::En).to_string())
                })
            } else if let Ok(c) = helserett::method_case_from_json(input) {
                helserett::evaluate_method(&c).ok().map(|d| {
                    let nb = helserett::explain_method(&d, Lang::Nb).to_string();
                    (nb, helserett::explain_method(&d, Lang::En).to_string())
                })
            } else {
                None
            };
            // Proper names are the same in both languages.
            let names: Vec<String> = ["Isle of Man"].iter().map(|s| s.to_string()).collect();
            if let Some((nb, en)) = pair {
                check_pair(&t["id"], &nb, &en, &names);
                checked += 1;
            }
        }
    }
    assert!(checked >= 50, "only {checked} vectors checked");
}
