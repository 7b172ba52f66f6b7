//! Every answer a person would type to a choice, in every case kind and both languages (issue
//! 23): the label as shown, in any case and with stray spaces, and its number as the list shows
//! it, each recorded as the same value as the option's key. One parser, in the kernel.

use helserett::case::inbound::InboundCase;
use helserett::case::method::MethodCase;
use helserett::case::TreatmentDate;
use helserett::question::AnswerKind;
use helserett::{CaseKind, Date, Fact, Lang, Value};

/// Records `text` as the answer to `fact` in a fresh case of its kind; the value read back.
fn answered(fact: Fact, text: &str) -> Result<String, String> {
    let on = Date::ymd(2024, 6, 1);
    match fact.case_kind() {
        CaseKind::Outbound => {
            let mut c = helserett::Case::new(on);
            c.treatment
                .dates
                .push(TreatmentDate::on(Date::ymd(2024, 3, 4)))
                .unwrap();
            c.answer(fact, Some(0), text)
                .map_err(|e| format!("{e:?}"))?;
            Ok(format!("{:?}", c.get(fact, Some(0))))
        }
        CaseKind::Inbound => {
            let mut c = InboundCase::new(on);
            c.answer(fact, text).map_err(|e| format!("{e:?}"))?;
            Ok(format!("{:?}", c.get(fact)))
        }
        CaseKind::Method => {
            let mut c = MethodCase::new(on);
            c.answer(fact, text).map_err(|e| format!("{e:?}"))?;
            Ok(format!("{:?}", c.get(fact)))
        }
    }
}

#[test]
fn c_04_every_option_is_understood_by_its_label_and_its_number_in_both_languages() {
    let mut checked = 0;
    for fact in Fact::ALL {
        let options = match fact.kind() {
            AnswerKind::Choice(o) | AnswerKind::Choices(o) => o,
            _ => continue,
        };
        for (i, key) in options.iter().enumerate() {
            let want = answered(*fact, key).unwrap_or_else(|e| panic!("{fact:?} {key}: {e}"));
            assert!(
                !want.contains("None"),
                "{fact:?} {key} reads back as unknown"
            );
            let number = (i + 1).to_string();
            let mut typed = vec![number.clone(), format!("{number})")];
            for lang in [Lang::Nb, Lang::En] {
                let label = fact.option_label(i, lang).unwrap();
                typed.push(label.to_string());
                typed.push(format!("  {label} "));
                typed.push(label.to_uppercase());
                typed.push(label.to_lowercase());
                let mut first = label.chars();
                let capital: String = first
                    .next()
                    .map(|c| c.to_uppercase().chain(first).collect())
                    .unwrap_or_default();
                typed.push(capital);
            }
            for t in typed {
                let got = answered(*fact, &t)
                    .unwrap_or_else(|e| panic!("{fact:?}: {t:?} (option {key}) refused: {e}"));
                assert_eq!(got, want, "{fact:?}: {t:?} is not {key}");
                checked += 1;
            }
        }
    }
    assert!(checked > 300, "only {checked} answers checked");
}

/// "Vet ikke" and "tilbake" are the kernel's words, in any case, for every case kind.
#[test]
fn c_04_dont_know_and_back_in_any_case() {
    for t in [
        "vet ikke",
        "Vet ikke",
        "VET IKKE",
        "don't know",
        "Don't know",
    ] {
        assert!(helserett::answer::is_dont_know(t), "{t}");
    }
    for t in [
        "tilbake",
        "Tilbake",
        "TILBAKE",
        " tilbake ",
        "back",
        "Back",
        "angre",
    ] {
        assert!(helserett::answer::is_back(t), "{t}");
    }
    assert!(!helserett::answer::is_back("tilbakebetaling"));
    let mut c = helserett::Case::new(Date::ymd(2024, 6, 1));
    c.answer(Fact::Expenses, None, "Vet ikke").unwrap();
    assert!(c.declined.contains(Fact::Expenses));
    assert_eq!(c.get(Fact::Expenses, None), None::<Value<'_>>);
}

/// The desk and the methods case have "vet ikke" too (issue 23): the fact stays unknown, is
/// not asked again, and a later answer takes the mark away.
#[test]
fn c_04_dont_know_at_the_desk_and_for_a_method() {
    let on = Date::ymd(2024, 7, 3);
    let mut desk = InboundCase::new(on);
    let first = helserett::evaluate_inbound(&desk)
        .unwrap()
        .next_question
        .unwrap();
    desk.answer(first.fact, "Vet ikke").unwrap();
    assert!(desk.declined.contains(first.fact));
    let next = helserett::evaluate_inbound(&desk).unwrap().next_question;
    assert!(
        next.is_none_or(|q| q.fact != first.fact),
        "a declined fact is asked again"
    );
    desk.answer(first.fact, "Sverige").unwrap();
    assert!(!desk.declined.contains(first.fact));

    let mut method = MethodCase::new(Date::ymd(2026, 1, 5));
    let first = helserett::evaluate_method(&method)
        .unwrap()
        .next_question
        .unwrap();
    method.answer(first.fact, "VET IKKE").unwrap();
    let next = helserett::evaluate_method(&method).unwrap().next_question;
    assert!(
        next.is_none_or(|q| q.fact != first.fact),
        "a declined fact is asked again"
    );
    // And the explanation lists it as a question the clinician did not know, never as a path.
    let d = helserett::evaluate_method(&method).unwrap();
    let text = helserett::explain_method(&d, Lang::Nb).to_string();
    assert!(text.contains("(svarte «vet ikke»)"), "{text}");
    assert!(!text.contains(first.fact.path()), "{text}");
}
