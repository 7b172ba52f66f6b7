//! The texts a desk clerk, a clinician or a patient reads (issue 27, items 15-20): good
//! bokmål, the seed's own words, documents named as documents, codes in JSON and words in the
//! catalogue, and no heading standing empty.

use helserett::{AnyCase, Lang, Params, ReasonCode};
use serde_json::Value;

const VECTOR_FILES: [&str; 3] = [
    include_str!("../../tests/vectors/eea.json"),
    include_str!("../../tests/vectors/inbound.json"),
    include_str!("../../tests/vectors/methods.json"),
];

/// Every shared vector's case that decides, with its explanation in `lang`.
fn explanations(lang: Lang) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for file in VECTOR_FILES {
        let v: Value = serde_json::from_str(file).unwrap();
        for t in v["tests"].as_array().unwrap() {
            let Some(input) = t["input"].as_str() else {
                continue;
            };
            let Ok(case) = AnyCase::from_json(input.as_bytes()) else {
                continue;
            };
            let text = case.decide(Params::builtin(), |d| {
                Ok::<_, helserett::Error>(d.explain(lang).to_string())
            });
            if let Ok(text) = text {
                out.push((t["id"].as_str().unwrap().to_string(), text));
            }
        }
    }
    assert!(out.len() > 100, "{}", out.len());
    out
}

/// IN-01: a temporary stay is «inntil tolv måneder» (it read «kortere enn grensen»).
#[test]
fn in_01_the_temporary_stay_is_at_most_twelve_months_in_the_seeds_words() {
    let t = ReasonCode::InTemporaryStay.text(Lang::Nb);
    assert!(t.contains("ikke lenger enn tolv måneder"), "{t}");
    assert!(!t.contains("kortere enn grensen"));
}

/// IN-03, C-07: a care decision the hospital makes is not applied for: «sykehuset avgjør»,
/// never «KAN SØKES (SKJØNN)».
#[test]
fn in_03_a_care_decision_by_the_hospital_says_the_hospital_decides() {
    let mut checked = 0;
    for (id, text) in explanations(Lang::Nb) {
        if !id.starts_with("in-") {
            continue;
        }
        assert!(!text.contains("KAN SØKES"), "{id}:\n{text}");
        if text.contains("sykehuset avgjør") {
            checked += 1;
        }
    }
    assert!(checked >= 1, "no inbound vector where the hospital decides");
}

/// Good bokmål: «det som rettighetsdokumentet dekker», «Antakelse» (not «Antagelse»).
#[test]
fn c_05_bokmal_as_it_is_written() {
    let scope = helserett::inbound::decision::Scope::DocumentScope;
    assert!(scope
        .label(Lang::Nb)
        .starts_with("det som rettighetsdokumentet dekker"));
    for r in ReasonCode::ALL {
        assert!(!r.text(Lang::Nb).contains("Antagelse"), "{}", r.code());
    }
}

/// The home address is noted, not copied: it is never under «Kopier ved innleggelse».
#[test]
fn in_07_the_home_address_is_not_a_copy_at_admission() {
    for (id, text) in explanations(Lang::Nb) {
        let Some(copies) = text.split("Kopier ved innleggelse").nth(1) else {
            continue;
        };
        let section = copies.split("\n\n").next().unwrap_or("");
        assert!(!section.contains("bostedsadresse"), "{id}:\n{section}");
    }
}

/// No line is said twice in one explanation's reasons (the MET-05 to-do line was), and no
/// heading stands empty («Begrunnelse», «Parametere brukt»).
#[test]
fn c_05_no_heading_stands_empty_and_no_reason_is_said_twice() {
    for lang in [Lang::Nb, Lang::En] {
        let headings = [
            helserett::text::Label::Reasons.text(lang),
            helserett::text::Label::ParametersUsed.text(lang),
        ];
        for (id, text) in explanations(lang) {
            let lines: Vec<&str> = text.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                if headings.contains(line) {
                    let next = lines.get(i + 1).copied().unwrap_or("");
                    assert!(next.starts_with("  "), "{id}: «{line}» stands empty");
                }
            }
            let mut seen = std::collections::HashSet::new();
            for line in lines.iter().filter(|l| l.starts_with("  [MET-")) {
                assert!(seen.insert(*line), "{id}: said twice: {line}");
            }
            // A route's reasons: the same line twice in a row is a reason said twice.
            for pair in lines.windows(2) {
                let said = pair[0].trim_start();
                let rule = said.split(' ').next().unwrap_or("");
                if rule.len() >= 5 && rule.contains('-') && pair[0] == pair[1] {
                    panic!("{id}: said twice: {}", pair[0]);
                }
            }
        }
    }
}

/// Sources name the document (title, publisher, year, rule ID), never a seed or a file: an
/// end user has no seeds.
#[test]
fn c_05_sources_name_the_document_never_a_seed() {
    let bad = |t: &str| {
        let t = t.to_lowercase();
        t.contains("seed 0") || t.contains("seeds 0") || t.contains(".txt")
    };
    for e in Params::builtin().entries() {
        for lang in [Lang::Nb, Lang::En] {
            let s = helserett::catalogue::source(e.source, lang);
            assert!(!bad(s), "{}: {s}", e.id);
        }
    }
    for r in ReasonCode::ALL {
        for lang in [Lang::Nb, Lang::En] {
            assert!(!bad(r.text(lang)), "{}", r.code());
        }
    }
    for (id, text) in explanations(Lang::Nb)
        .into_iter()
        .chain(explanations(Lang::En))
    {
        assert!(!bad(&text), "{id}");
    }
}

/// Codes in JSON, words in the catalogue: `apply.appeal` and `apply.body` are codes (the
/// appeal was English prose: "… after the office itself").
#[test]
fn abr_04_the_appeal_is_a_code_in_the_decision_json() {
    let v: Value = serde_json::from_str(VECTOR_FILES[0]).unwrap();
    let mut appeals = 0;
    for t in v["tests"].as_array().unwrap() {
        let Some(expected) = t["expected"].as_str() else {
            continue;
        };
        let d: Value = serde_json::from_str(expected).unwrap();
        for r in d["routes"].as_array().unwrap() {
            for field in ["appeal", "body"] {
                if let Some(s) = r["apply"][field].as_str() {
                    assert!(
                        s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                        "{}: {field} {s:?}",
                        t["id"]
                    );
                    appeals += usize::from(field == "appeal");
                }
            }
        }
    }
    assert!(appeals > 0);
}
