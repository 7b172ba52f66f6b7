//! What a person is told when an answer is refused: what was wrong and how to answer this
//! question, in the screen's language (GOV.UK "Error message": say what happened and how to
//! fix it). The error itself, with its field path, is for the log.

use crate::error::ErrorKind;
use crate::fact::{AnswerKind, Fact};

crate::text::texts! {
    /// The help shown for a refused answer, by what was wrong.
    AnswerHelp {
        YesNo = "yes_no",
            nb: "Svar «ja» eller «nei».",
            en: "Answer \"yes\" or \"no\".";
        Choice = "choice",
            nb: "Svar med nummeret eller teksten til et av svarene.",
            en: "Answer with the number or the text of one of the options.";
        Date = "date",
            nb: "Skriv datoen slik: 4.3.2024 eller 4. mars 2024.",
            en: "Write the date like this: 4 March 2024, 2024-03-04 or 4.3.2024.";
        NoSuchDate = "no_such_date",
            nb: "Den datoen finnes ikke. Skriv datoen slik: 4.3.2024 eller 4. mars 2024.",
            en: "That date does not exist. Write the date like this: 4 March 2024 or 4.3.2024.";
        Dates = "dates",
            nb: "Skriv datoene med komma mellom, for eksempel 4.3.2024, 6.3.2024.",
            en: "Write the dates with a comma between them, for example 4 March 2024, 6 March 2024.";
        Amount = "amount",
            nb: "Skriv beløpet i norske kroner, for eksempel 1 234,50.",
            en: "Write the amount in Norwegian kroner, for example 1234.50.";
        ForeignCurrency = "foreign_currency",
            nb: "Skriv beløpet i norske kroner, slik det står på kontoutskriften. Vet du ikke beløpet i kroner, svar «vet ikke», så regner Helfo det om ut fra kvitteringen.",
            en: "Write the amount in Norwegian kroner, as your bank statement shows it. If you do not know the amount in kroner, answer \"don't know\", and Helfo converts it from the receipt.";
        NegativeAmount = "negative_amount",
            nb: "Beløpet kan ikke være negativt.",
            en: "The amount cannot be negative.";
        TooLarge = "too_large",
            nb: "Beløpet er for stort. Sjekk at det er skrevet i kroner.",
            en: "The amount is too large. Check that it is written in kroner.";
        Number = "number",
            nb: "Skriv et helt tall, for eksempel 84.",
            en: "Write a whole number, for example 84.";
        NumberOutOfRange = "number_out_of_range",
            nb: "Tallet er utenfor det som er mulig for dette spørsmålet.",
            en: "The number is outside what this question allows.";
        Country = "country",
            nb: "Skriv landets navn eller landkoden, for eksempel Tyskland eller DE.",
            en: "Write the country's name or its code, for example Germany or DE.";
        Text = "text",
            nb: "Skriv svaret på én linje.",
            en: "Write the answer on one line.";
        TooLong = "too_long",
            nb: "Svaret er for langt.",
            en: "The answer is too long.";
        TooMany = "too_many",
            nb: "Det er for mange verdier.",
            en: "There are too many values.";
        Twice = "twice",
            nb: "Det samme svaret er gitt to ganger.",
            en: "The same answer is given twice.";
        Contradicts = "contradicts",
            nb: "Svaret passer ikke med et annet svar du har gitt. Sjekk svaret, eller gå tilbake og endre det andre.",
            en: "The answer does not fit another answer you gave. Check it, or go back and change the other one.";
        Other = "other",
            nb: "Svaret kunne ikke registreres. Prøv igjen, eller svar «vet ikke».",
            en: "The answer could not be recorded. Try again, or answer \"don't know\".";
    }
}

/// Currencies a person may write an amount in that are not Norwegian kroner: words, codes and
/// signs, compared in any case.
const FOREIGN_CURRENCIES: &[&str] = &[
    "€", "$", "£", "euro", "euros", "eur", "usd", "dollar", "dollars", "gbp", "pund", "pound",
    "pounds", "sek", "dkk", "chf", "pln", "isk", "czk", "huf", "ron", "bgn", "kronor", "svenske",
    "danske", "franc", "francs", "zloty", "forint",
];

/// How to answer `fact`: what the screen says beside the question (the help for an answer
/// of the wrong form).
pub fn hint(fact: Fact) -> AnswerHelp {
    help(fact, ErrorKind::InvalidValue, "")
}

/// The help for an answer `typed` to `fact` that was refused with `error` (the kind alone
/// will do: a date is read again to tell a date that does not exist from one of the wrong
/// form, as a C caller has only the code).
pub fn help(fact: Fact, error: ErrorKind, typed: &str) -> AnswerHelp {
    use crate::date::DateError;
    use AnswerHelp as H;
    let kind = fact.kind();
    let no_such_date = || {
        typed.split(',').any(|t| {
            matches!(
                super::dates::date(t),
                Err(DateError::Day | DateError::Month)
            )
        })
    };
    match error {
        ErrorKind::InvalidDate(DateError::Day | DateError::Month) => H::NoSuchDate,
        ErrorKind::InvalidDate(_) if no_such_date() => H::NoSuchDate,
        ErrorKind::InvalidDate(_) if kind == AnswerKind::Dates => H::Dates,
        ErrorKind::InvalidDate(_) => H::Date,
        ErrorKind::InvalidCountry(_) => H::Country,
        ErrorKind::NegativeAmount => H::NegativeAmount,
        ErrorKind::AmountOverflow | ErrorKind::ProductOverflow { .. } => H::TooLarge,
        ErrorKind::NumberOutOfRange if kind == AnswerKind::Amount => H::TooLarge,
        ErrorKind::NumberOutOfRange => H::NumberOutOfRange,
        ErrorKind::TooLong => H::TooLong,
        ErrorKind::TooMany => H::TooMany,
        ErrorKind::DuplicateValue => H::Twice,
        ErrorKind::Inconsistent => H::Contradicts,
        ErrorKind::InvalidValue => match kind {
            AnswerKind::YesNo => H::YesNo,
            AnswerKind::Choice(_) | AnswerKind::Choices(_) => H::Choice,
            AnswerKind::Amount if in_foreign_currency(typed) => H::ForeignCurrency,
            AnswerKind::Amount => H::Amount,
            AnswerKind::Number => H::Number,
            AnswerKind::Date => H::Date,
            AnswerKind::Dates => H::Dates,
            AnswerKind::Country => H::Country,
            AnswerKind::Text => H::Text,
        },
        _ => H::Other,
    }
}

/// Whether the amount names a currency other than kroner (`12 000 euro`, `€ 1200`).
fn in_foreign_currency(typed: &str) -> bool {
    typed
        .split(|c: char| c.is_whitespace() || c.is_ascii_digit() || matches!(c, ',' | '.'))
        .filter(|w| !w.is_empty())
        .any(|w| {
            FOREIGN_CURRENCIES.iter().any(|c| super::same_words(w, c))
                || w.chars().any(|ch| matches!(ch, '€' | '$' | '£'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::Case;
    use crate::date::Date;
    use crate::fact::SetError;

    fn refused(fact: Fact, typed: &str) -> AnswerHelp {
        let mut c = Case::new(Date::ymd(2024, 6, 1));
        match c.answer(fact, None, typed) {
            Err(SetError::Invalid(e)) => help(fact, e.kind, typed),
            other => panic!("{typed}: {other:?}"),
        }
    }

    /// C-04: a refused answer is explained for its question, never with another kind's text
    /// (an amount in euro is not "not one of the options").
    #[test]
    fn c_04_a_refused_answer_says_how_to_answer_this_question() {
        assert_eq!(
            refused(Fact::Expenses, "12 000 euro"),
            AnswerHelp::ForeignCurrency
        );
        assert_eq!(
            refused(Fact::Expenses, "€1200"),
            AnswerHelp::ForeignCurrency
        );
        assert_eq!(
            refused(Fact::Expenses, "1200 SEK"),
            AnswerHelp::ForeignCurrency
        );
        assert_eq!(refused(Fact::Expenses, "mye"), AnswerHelp::Amount);
        assert_eq!(refused(Fact::Expenses, "-5"), AnswerHelp::NegativeAmount);
        assert_eq!(
            refused(Fact::MemberOfFolketrygden, "kanskje"),
            AnswerHelp::YesNo
        );
        assert_eq!(refused(Fact::Need, "plan"), AnswerHelp::Choice);
        assert_eq!(refused(Fact::ClaimReceived, "4. mars"), AnswerHelp::Date);
        assert_eq!(
            refused(Fact::ClaimReceived, "30.2.2024"),
            AnswerHelp::NoSuchDate
        );
        assert_eq!(
            refused(Fact::TreatmentCountry, "Atlantis"),
            AnswerHelp::Country
        );
        assert_eq!(refused(Fact::TravelOneWayKm, "langt"), AnswerHelp::Number);
        for h in AnswerHelp::ALL {
            assert!(!h.text(crate::text::Lang::Nb).is_empty());
        }
    }
}
