//! The kernel's texts in bokmål and English that belong to no other enum: the languages, the
//! explanation's labels, and who pays, how to apply, which body and where to appeal. A leaf:
//! it depends on no rule. The catalogue module is the one way in to every text.

mod label_table;
mod routes;

pub use label_table::Label;
pub use routes::{Appeal, Body, Channel, Payer};

/// A language for texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Lang {
    /// Norwegian bokmål.
    Nb,
    /// English.
    En,
}

impl Lang {
    /// `nb` or `en`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "nb" => Some(Lang::Nb),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The words an answer may use for "yes", in bokmål and English (any case).
pub const YES_WORDS: &[&str] = &["ja", "j", "yes", "y"];
/// The words an answer may use for "no", in bokmål and English (any case).
pub const NO_WORDS: &[&str] = &["nei", "n", "no"];
/// The words an answer may use for "I do not know", in bokmål, nynorsk and English (any case).
pub const DONT_KNOW_WORDS: &[&str] = &[
    "vet ikke",
    "jeg vet ikke",
    "usikker",
    "i don't know",
    "i do not know",
    "not sure",
    "veit ikkje",
    "vet ikkje",
    "don't know",
    "don\u{2019}t know",
    "dont know",
    "do not know",
];

/// The words that take the previous answer back at a kiosk or desk (any case: a touch keyboard
/// writes `Tilbake`).
pub const BACK_WORDS: &[&str] = &["tilbake", "angre", "forrige", "back", "undo", "previous"];
/// The words that answer "when did the first request for payment come?" for a patient who
/// paid on the spot (EEA-14), in bokmål and English (any case).
pub const ON_THE_SPOT_WORDS: &[&str] = &[
    "på stedet",
    "betalte på stedet",
    "betalt på stedet",
    "jeg betalte på stedet",
    "on the spot",
    "paid on the spot",
    "i paid on the spot",
];

/// A table of texts as an enum: each variant with a stable code and its bokmål and English
/// text; numbered from 1 in table order (the C number).
macro_rules! texts {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $code:literal, nb: $nb:literal, en: $en:literal;)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[cfg_attr(feature = "defmt", derive(defmt::Format))]
        pub enum $name {
            $(#[doc = $en] $variant,)*
        }

        impl $name {
            /// Every value, in table order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable code.
            pub const fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)* }
            }

            /// The text in `lang`.
            pub const fn text(self, lang: $crate::text::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        ($name::$variant, $crate::text::Lang::Nb) => $nb,
                        ($name::$variant, $crate::text::Lang::En) => $en,
                    )*
                }
            }
        }
    };
}
pub(crate) use texts;

/// Bokmål and English labels for the values of an enum defined elsewhere (a `string_enum!`):
/// `impl T { fn label(self, lang) }`.
macro_rules! value_labels {
    ($($t:ty { $($variant:ident => $nb:literal, $en:literal;)* })*) => {$(
        impl $t {
            /// The value's label in `lang` (the catalogue's text for it).
            pub const fn label(self, lang: $crate::text::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (<$t>::$variant, $crate::text::Lang::Nb) => $nb,
                        (<$t>::$variant, $crate::text::Lang::En) => $en,
                    )*
                }
            }
        }
    )*};
}
pub(crate) use value_labels;
