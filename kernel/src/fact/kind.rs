//! What a fact's answer looks like, and a question: a fact (at a treatment date) to ask.

use super::Fact;
use crate::reason::Lang;

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum AnswerKind {
    /// `true` or `false`.
    YesNo,
    /// One of the listed strings.
    Choice(&'static [&'static str]),
    /// Any number of the listed strings.
    Choices(&'static [&'static str]),
    /// A date `YYYY-MM-DD`.
    Date,
    /// One or more dates `YYYY-MM-DD` (treatment dates).
    Dates,
    /// An ISO 3166-1 alpha-2 code.
    Country,
    /// An amount in øre.
    Amount,
    /// A whole number.
    Number,
    /// Free text (a place name).
    Text,
}

impl AnswerKind {
    /// The stable name (`yes_no`, `choice`, …).
    pub const fn name(self) -> &'static str {
        match self {
            AnswerKind::YesNo => "yes_no",
            AnswerKind::Choice(_) => "choice",
            AnswerKind::Choices(_) => "choices",
            AnswerKind::Date => "date",
            AnswerKind::Dates => "dates",
            AnswerKind::Country => "country",
            AnswerKind::Amount => "amount_ore",
            AnswerKind::Number => "number",
            AnswerKind::Text => "text",
        }
    }

    /// The allowed strings, for choices.
    pub const fn options(self) -> &'static [&'static str] {
        match self {
            AnswerKind::Choice(o) | AnswerKind::Choices(o) => o,
            _ => &[],
        }
    }
}

impl serde::Serialize for AnswerKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::name::Name(self.name()).serialize(s)
    }
}
/// A question to ask next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Question {
    /// The fact it settles.
    pub fact: Fact,
    /// The treatment date it is about, for per-date facts.
    pub index: Option<u8>,
}

impl Question {
    /// The answer kind.
    pub const fn kind(&self) -> AnswerKind {
        self.fact.kind()
    }

    /// The question text.
    pub const fn text(&self, lang: Lang) -> &'static str {
        self.fact.question(lang)
    }
}

impl serde::Serialize for Question {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Question", 5)?;
        st.serialize_field("fact", self.fact.path())?;
        st.serialize_field("index", &self.index)?;
        st.serialize_field("rule", &crate::name::Name(self.fact.rule()))?;
        st.serialize_field("answer", &self.kind())?;
        st.serialize_field("options", self.kind().options())?;
        st.end()
    }
}
