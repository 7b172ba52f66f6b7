//! The question and the screen's words as JSON for the page: everything it shows comes from
//! the kernel's catalogue (the question, the hint, the options' labels, the view texts).

use helserett::fact::{AnswerKind, Question};
use helserett::text::{Label, DONT_KNOW_WORDS};
use helserett::view::ViewText;
use helserett::Lang;
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

/// The next question (or `null` when the case is settled).
pub struct QuestionOut {
    question: Option<Question>,
    lang: Lang,
}

impl QuestionOut {
    pub fn of(question: Option<Question>, lang: Lang) -> QuestionOut {
        QuestionOut { question, lang }
    }
}

impl Serialize for QuestionOut {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Some(q) = self.question else {
            return s.serialize_none();
        };
        let lang = self.lang;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("fact", q.fact.path())?;
        m.serialize_entry("index", &q.index)?;
        m.serialize_entry("answer", q.kind().name())?;
        m.serialize_entry("text", q.fact.question(lang))?;
        m.serialize_entry("hint", helserett::answer::hint(q.fact).text(lang))?;
        m.serialize_entry("options", &Options { question: q, lang })?;
        m.end()
    }
}

/// A choice's options, or yes and no: each `{"key", "label"}` (the key is an answer the
/// kernel reads).
struct Options {
    question: Question,
    lang: Lang,
}

impl Serialize for Options {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let fact = self.question.fact;
        let mut seq = s.serialize_seq(None)?;
        match self.question.kind() {
            AnswerKind::YesNo => {
                for label in [Label::Yes, Label::No] {
                    let text = label.text(self.lang);
                    seq.serialize_element(&Option_ {
                        key: text,
                        label: text,
                    })?;
                }
            }
            AnswerKind::Choice(options) | AnswerKind::Choices(options) => {
                for (i, key) in options.iter().enumerate() {
                    let label = fact.option_label(i, self.lang).unwrap_or(key);
                    seq.serialize_element(&Option_ { key, label })?;
                }
            }
            _ => {}
        }
        seq.end()
    }
}

#[derive(serde::Serialize)]
struct Option_<'a> {
    key: &'a str,
    label: &'a str,
}

/// The view texts in one language, by code, and the word the page answers "vet ikke" with.
pub struct UiTexts(pub Lang);

impl Serialize for UiTexts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        for t in ViewText::ALL {
            m.serialize_entry(t.code(), t.text(self.0))?;
        }
        m.serialize_entry("dont_know_answer", DONT_KNOW_WORDS[0])?;
        m.end()
    }
}
