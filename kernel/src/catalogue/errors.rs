//! What each kind of error means, said to the person who typed the answer (a patient at a
//! kiosk, a clerk at a desk), in bokmål and English. The error's own message (`Display`, with
//! its field path and detail) is for logs and integrators; these are for a screen.

use crate::error::ErrorKind;
use crate::text::Lang;

/// The text for the error with this code (`ErrorKind::code`), or `None` for no such code.
pub(super) fn error_text(code: u32, lang: Lang) -> Option<&'static str> {
    let kind = ErrorKind::ONE_PER_CODE.iter().find(|k| k.code() == code)?;
    let (nb, en) = texts(*kind);
    Some(match lang {
        Lang::Nb => nb,
        Lang::En => en,
    })
}

/// Every kind has its texts: the match is exhaustive.
fn texts(kind: ErrorKind) -> (&'static str, &'static str) {
    match kind {
        ErrorKind::Syntax(_) => (
            "Teksten er ikke gyldig JSON.",
            "The text is not valid JSON.",
        ),
        ErrorKind::UnknownField { .. } => ("Ukjent felt.", "Unknown field."),
        ErrorKind::DuplicateField => ("Feltet er gitt to ganger.", "The field is given twice."),
        ErrorKind::MissingField => ("Et påkrevd felt mangler.", "A required field is missing."),
        ErrorKind::WrongType { .. } => ("Verdien har feil type.", "The value has the wrong type."),
        ErrorKind::InvalidDate(_) => (
            "Ugyldig dato. Skriv for eksempel 4.3.2024 eller 2024-03-04.",
            "Not a valid date. Write for example 2024-03-04 or 4.3.2024.",
        ),
        ErrorKind::InvalidCountry(_) => (
            "Ukjent land. Skriv landets navn eller landkode, for eksempel Tyskland eller DE.",
            "Unknown country. Write the country's name or its code, for example Germany or DE.",
        ),
        ErrorKind::InvalidValue => (
            "Svaret er ikke et av de mulige svarene.",
            "The answer is not one of the possible answers.",
        ),
        ErrorKind::EmptyText => (
            "Svaret er tomt. Skriv noe, eller la spørsmålet stå ubesvart.",
            "The answer is empty. Write something, or leave the question unanswered.",
        ),
        ErrorKind::ControlCharacter => (
            "Teksten har et tegn som ikke kan vises (for eksempel linjeskift eller tabulator).",
            "The text holds a character that cannot be shown (a line break or a tab, say).",
        ),
        ErrorKind::NegativeAmount => (
            "Beløpet kan ikke være negativt.",
            "The amount cannot be negative.",
        ),
        ErrorKind::AmountOverflow => ("Beløpet er for stort.", "The amount is too large."),
        ErrorKind::NumberOutOfRange => (
            "Tallet er utenfor det som er mulig for dette spørsmålet.",
            "The number is outside what this question allows.",
        ),
        ErrorKind::ProductOverflow { .. } => (
            "Beløpet ganget med antallet blir for stort.",
            "The amount times the number is too large.",
        ),
        ErrorKind::TooLong => ("Svaret er for langt.", "The answer is too long."),
        ErrorKind::TooMany => ("For mange verdier.", "Too many values."),
        ErrorKind::DuplicateValue => (
            "Den samme verdien er gitt to ganger.",
            "The same value is given twice.",
        ),
        ErrorKind::DocumentTooLarge => (
            "Teksten er for lang (over 1 MiB).",
            "The text is too long (over 1 MiB).",
        ),
        ErrorKind::UnsupportedSchema => ("Ukjent skjemaversjon.", "Unknown schema version."),
        ErrorKind::Inconsistent => (
            "Svaret strider mot et annet svar i saken.",
            "The answer contradicts another answer in the case.",
        ),
        ErrorKind::AfterEvaluationDate => (
            "Datoen ligger etter datoen saken vurderes på, og det kan den ikke for dette spørsmålet.",
            "The date is after the date the case is assessed on, which it cannot be for this question.",
        ),
        ErrorKind::BufferTooSmall { .. } => (
            "Utdatabufferen er for liten.",
            "The output buffer is too small.",
        ),
        ErrorKind::InvalidParams(_) => ("Ugyldig parametertabell.", "Invalid parameter table."),
        ErrorKind::ArithmeticOverflow => (
            "Beregningen gikk utenfor det som kan regnes ut.",
            "The computation went out of range.",
        ),
        ErrorKind::Internal => (
            "Intern feil i helserett (en feil i programmet).",
            "Internal error in helserett (a bug in the program).",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One kind per code, and every code the kernel reports has a text in both languages.
    #[test]
    fn c_05_every_error_code_has_a_text_for_a_person() {
        let kinds = ErrorKind::ONE_PER_CODE;
        for (i, k) in kinds.iter().enumerate() {
            assert!(kinds[..i].iter().all(|o| o.code() != k.code()), "{k:?}");
            let (nb, en) = (
                error_text(k.code(), Lang::Nb),
                error_text(k.code(), Lang::En),
            );
            assert!(nb.is_some_and(|t| !t.is_empty()) && en.is_some_and(|t| !t.is_empty()));
            assert_ne!(nb, en, "{k:?}");
        }
        assert_eq!(error_text(0, Lang::Nb), None);
        assert_eq!(
            error_text(1004, Lang::Nb),
            None,
            "C's boundary codes are the C ABI's"
        );
    }
}
