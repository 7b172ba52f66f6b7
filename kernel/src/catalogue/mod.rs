//! The text catalogue: every user-facing string of the kernel, in bokmål and English, keyed by
//! enum. Each table lives beside the enum it names (reasons in `reason`, documents in
//! `document`, questions in the fact table, labels and route texts in `text`, the labels of the
//! domain enums here in `labels`), and [`text`] is the one way in by kind and number, for the C
//! ABI (`helserett_text`) and Python alike. Nothing else in the kernel, the bindings or the
//! examples holds a translation. Nothing in the kernel depends on this module.

mod errors;
mod inbound;
mod labels;
mod methods;
mod sources;

pub use sources::source;

use crate::text::{Appeal, Body, Channel, Label, Lang, Payer};

crate::case::string_enum! {
    /// The kinds of text in the catalogue, numbered for the C ABI (`helserett_text`).
    TextKind {
        /// A reason code (`ReasonCode::number`).
        Reason = "reason",
        /// A document (`DocumentCode::number`).
        Document = "document",
        /// The question for a fact (`Fact::number`).
        Question = "question",
        /// A route (`Route`, 1-based in ranking order).
        Route = "route",
        /// A verdict (1 eligible, 2 not eligible, 3 undetermined).
        Verdict = "verdict",
        /// Who pays (`Payer`, 1-based).
        Payer = "payer",
        /// How to apply (`Channel`, 1-based).
        Channel = "channel",
        /// The body applied to (`Body`, 1-based).
        Body = "body",
        /// Where to appeal (`Appeal`, 1-based).
        Appeal = "appeal",
        /// How much a route covers (`Extent`, 1-based).
        Extent = "extent",
        /// Who applies (`Applicant`, 1-based).
        Applicant = "applicant",
        /// How firmly a document is required (`Requirement`, 1-based).
        Requirement = "requirement",
        /// A label of the explanation (`Label`, 1-based).
        Label = "label",
        /// A dated parameter's name (`ParamId`, 1-based).
        Parameter = "parameter",
        /// What an error means, for the person who typed the answer (`ErrorKind::code`).
        Error = "error",
        /// A country's name (the code's two ASCII letters as `first << 8 | second`: `DE` is
        /// 0x4445), for the countries the kernel has names for.
        Country = "country",
    }
}

impl TextKind {
    /// The stable C number (1-based in declaration order).
    pub fn number(self) -> u32 {
        TextKind::ALL
            .iter()
            .position(|k| *k == self)
            .map_or(0, |i| i as u32 + 1)
    }

    /// The kind with this C number.
    pub fn from_number(n: u32) -> Option<TextKind> {
        TextKind::ALL.get((n as usize).checked_sub(1)?).copied()
    }
}

/// The `n`th value (1-based) of a table.
fn nth<T: Copy>(all: &[T], n: u32) -> Option<T> {
    all.get((n as usize).checked_sub(1)?).copied()
}

/// The catalogue's text of `kind` number `n` in `lang`, or `None` when there is no such text.
pub fn text(kind: TextKind, n: u32, lang: Lang) -> Option<&'static str> {
    use crate::document::{DocumentCode, Requirement};
    use crate::fact::{Fact, Verdict};
    use crate::outbound::routes::{Applicant, Extent, Route};
    use crate::params::ParamId;
    use crate::reason::ReasonCode;
    Some(match kind {
        TextKind::Reason => ReasonCode::from_number(u16::try_from(n).ok()?)?.text(lang),
        TextKind::Document => DocumentCode::from_number(u16::try_from(n).ok()?)?.text(lang),
        TextKind::Question => Fact::from_number(n)?.question(lang),
        TextKind::Route => nth(Route::ALL, n)?.label(lang),
        TextKind::Verdict => nth(Verdict::ALL, n)?.label(lang),
        TextKind::Payer => nth(Payer::ALL, n)?.text(lang),
        TextKind::Channel => nth(Channel::ALL, n)?.text(lang),
        TextKind::Body => nth(Body::ALL, n)?.text(lang),
        TextKind::Appeal => nth(Appeal::ALL, n)?.text(lang),
        TextKind::Extent => nth(Extent::ALL, n)?.label(lang),
        TextKind::Applicant => nth(Applicant::ALL, n)?.label(lang),
        TextKind::Requirement => nth(Requirement::ALL, n)?.label(lang),
        TextKind::Label => nth(Label::ALL, n)?.text(lang),
        TextKind::Parameter => nth(&ParamId::ALL, n)?.label(lang),
        TextKind::Error => errors::error_text(n, lang)?,
        TextKind::Country => {
            let [_, _, a, b] = n.to_be_bytes();
            let code = [a, b];
            crate::country::Country::parse(core::str::from_utf8(&code).ok()?)
                .ok()?
                .name(lang)?
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// C-05: every text of the catalogue exists in both languages, and none is empty.
    #[test]
    fn c_05_every_catalogue_text_has_bokmal_and_english() {
        for kind in TextKind::ALL {
            let mut n = 0;
            // Countries are numbered by their code's letters ("AA" to "ZZ").
            let numbers = match kind {
                TextKind::Country => 0x4141..0x5A5B,
                _ => 1..2000,
            };
            for i in numbers {
                let (Some(nb), Some(en)) = (text(*kind, i, Lang::Nb), text(*kind, i, Lang::En))
                else {
                    assert_eq!(
                        text(*kind, i, Lang::Nb),
                        text(*kind, i, Lang::En),
                        "{kind:?} {i}"
                    );
                    continue;
                };
                assert!(!nb.is_empty() && !en.is_empty(), "{kind:?} {i}");
                n += 1;
            }
            assert!(n > 0, "{kind:?} has no text");
            assert_eq!(TextKind::from_number(kind.number()), Some(*kind));
        }
        assert_eq!(text(TextKind::Route, 0, Lang::Nb), None);
    }
}
