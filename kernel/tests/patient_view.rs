//! The patient view over every shared vector, as a patient and as a caseworker would have it
//! asked, in both languages (issue 23): no line holds an ISO date, a rule code, a JSON path or
//! a snake_case name; every amount has its digit groups; a decision that is not eligible shows
//! no amount; an unknown never stands alone ("ukjent", "-") without who settles it.

use helserett::case::Audience;
use helserett::{case_from_json, evaluate, patient_view, Fact, Lang, Verdict};
use serde_json::Value;

const VECTORS: &str = include_str!("../../tests/vectors/eea.json");

/// Every vector case that decides, with its id.
fn cases() -> Vec<(String, helserett::Case)> {
    let file: Value = serde_json::from_str(VECTORS).unwrap();
    file["tests"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| {
            let input = t["input"].as_str()?;
            let case = case_from_json(input.as_bytes()).ok()?;
            evaluate(&case).ok()?;
            Some((t["id"].as_str().unwrap().to_string(), case))
        })
        .collect()
}

/// `2024-03-04` anywhere in `s`.
fn has_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(10).any(|w| {
        w[..4].iter().all(u8::is_ascii_digit)
            && w[4] == b'-'
            && w[5..7].iter().all(u8::is_ascii_digit)
            && w[7] == b'-'
            && w[8..].iter().all(u8::is_ascii_digit)
    })
}

/// A rule code: capitals, a hyphen, two digits (`EEA-02`, `C-08`, `OTHER-03`).
fn has_rule_code(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len()).any(|i| {
        let caps = b[i..].iter().take_while(|c| c.is_ascii_uppercase()).count();
        let start = i == 0 || !b[i - 1].is_ascii_alphabetic();
        start
            && caps >= 1
            && b.get(i + caps) == Some(&b'-')
            && b.get(i + caps + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + caps + 2).is_some_and(u8::is_ascii_digit)
    })
}

/// A snake_case name (`care_given`, `EEA_MEMBER`).
fn has_snake_case(s: &str) -> bool {
    s.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .any(|w| w.contains('_') && w.split('_').all(|p| !p.is_empty()))
}

/// An amount without its digit groups: `kr 110000`, `NOK 1234`.
fn has_ungrouped_amount(s: &str) -> bool {
    ["kr ", "NOK "].iter().any(|cur| {
        s.match_indices(cur).any(|(i, _)| {
            let digits = s[i + cur.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .count();
            digits > 3
        })
    })
}

fn has_amount(s: &str) -> bool {
    ["kr ", "NOK "].iter().any(|cur| {
        s.match_indices(cur)
            .any(|(i, _)| s[i + cur.len()..].starts_with(|c: char| c.is_ascii_digit()))
    })
}

#[test]
fn the_patient_view_of_every_vector_reads_as_a_person_reads() {
    let paths: Vec<&str> = Fact::ALL.iter().map(|f| f.path()).collect();
    let mut checked = 0;
    for (id, case) in cases() {
        for audience in Audience::ALL {
            let mut case = case.clone();
            case.audience = *audience;
            let d = evaluate(&case).unwrap();
            for lang in [Lang::Nb, Lang::En] {
                let text = patient_view(&d, lang).to_string();
                for line in text.lines() {
                    let at = format!("{id} ({audience:?}, {lang:?}): {line}");
                    assert!(!has_iso_date(line), "ISO date: {at}");
                    assert!(!has_rule_code(line), "rule code: {at}");
                    assert!(!has_snake_case(line), "snake_case: {at}");
                    assert!(!has_ungrouped_amount(line), "amount without groups: {at}");
                    assert!(!paths.iter().any(|p| line.contains(p)), "JSON path: {at}");
                    let bare = line.trim();
                    assert!(
                        !["-", "ukjent", "unknown"].contains(&bare)
                            && !bare.ends_with(" -")
                            && !bare.ends_with(" ukjent")
                            && !bare.ends_with(" unknown"),
                        "a bare unknown: {at}"
                    );
                }
                if d.verdict == Verdict::NotEligible && d.recommended.is_none() {
                    assert!(!has_amount(&text), "amounts on a refusal: {id}\n{text}");
                    // A refusal says why: at least one reason under "Hvorfor"/"Why".
                    let why = text.split_once(if lang == Lang::Nb {
                        "Hvorfor:\n"
                    } else {
                        "Why:\n"
                    });
                    assert!(
                        why.is_some_and(|(_, rest)| rest.starts_with("  - ")),
                        "a refusal without its reason: {id} ({lang:?})\n{text}"
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "only {checked} views checked");
}

/// The checks themselves catch what they are for (a check that cannot fail proves nothing).
#[test]
fn the_checks_catch_codes_dates_paths_and_ungrouped_amounts() {
    assert!(has_iso_date("Søknadsfrist: 2024-09-20"));
    assert!(!has_iso_date("20. september 2024"));
    assert!(has_rule_code("[EEA-02] Behandlingslandet"));
    assert!(has_rule_code("(OTHER-03)"));
    assert!(has_rule_code("C-08"));
    assert!(!has_rule_code("§ 5-24"));
    assert!(!has_rule_code("S2"));
    assert!(has_snake_case("treatment.care_given"));
    assert!(!has_snake_case("refusjon fra Helfo"));
    assert!(has_ungrouped_amount("Refusjon: kr 110000,00"));
    assert!(!has_ungrouped_amount("Refusjon: kr 110 000"));
    assert!(has_amount("NOK 1 234.50"));
}

/// The seed's patient at a kiosk: the bound, what Helfo settles, the deadline with the days
/// left, in words.
#[test]
fn the_seed_patient_at_a_kiosk_sees_the_bound_and_who_settles_the_rest() {
    let (_, case) = cases()
        .into_iter()
        .find(|(id, _)| id == "audience-patient")
        .unwrap();
    let d = evaluate(&case).unwrap();
    let nb = patient_view(&d, Lang::Nb).to_string();
    for want in [
        "Refusjon fra Helfo for behandling i EU/EØS",
        "Du kan få dette dekket.",
        "Helfo avklarer dette:",
        "Hva er antatt kostnad for samme behandling i Norge (DRG-beløp)?",
        "Pasientreiser avklarer dette:",
        "inntil kr 110 000",
        "minst kr 35 000",
        "Frist for kravet:  20. september 2024 (158 dager igjen)",
        "Dokumenter du må sende:",
    ] {
        assert!(nb.contains(want), "missing {want:?} in\n{nb}");
    }
    let en = patient_view(&d, Lang::En).to_string();
    assert!(en.contains("up to NOK 110 000"), "{en}");
    assert!(en.contains("20 September 2024 (158 days left)"), "{en}");
}
