//! A serde deserializer over JSON text that the strict pass has already checked, or, in its
//! one-pass form, over text it checks as strictly as that pass while reading it.
//!
//! The strict pass (`strict`) proves the text is one RFC 8259 JSON document and reports every
//! syntax error with its position. This reader then only has to walk it: no error of syntax is
//! expected here, so it is a few comparisons per byte where serde-json-core, which checks as it
//! goes, cost a third of reading a case (issue 15). It still never trusts the text to the point
//! of panicking, looping or recursing without bound: given anything else (the schema sniffer in
//! `kind` runs it over unchecked input, [`Checked::unchecked`]), it stops with
//! [`Fault::Syntax`].
//!
//! It behaves as the serde-json-core reader it replaces did where the typed reader can tell:
//! strings are handed over as written (escapes included; `read` unescapes them), a value of the
//! wrong JSON type is [`Fault::WrongType`], and a number is read as far as its integer part, so
//! that `12.5` gives the reader `12` and then stops at the `.` (the typed reader then reports the
//! number at its field, as before).
//!
//! The one-pass form ([`Checked::one_pass`], issue 29) reads a valid case without the strict
//! pass before it. It is lenient nowhere: where the lenient form would go on, it stops, and
//! the caller (`read::parse`) reads the input again the two-pass way, so that every error is
//! still the one the strict pass or the typed reading names.

use crate::error::JsonType;
use core::fmt;
use serde::de::{self, DeserializeSeed, Visitor};

/// Why the reading stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Fault {
    /// A value of another JSON type than the one asked for (this one).
    WrongType(JsonType),
    /// An integer that does not fit an `i64`.
    Number,
    /// Not the JSON expected here (never after the strict pass, except right after a number's
    /// integer part).
    Syntax,
    /// A seed's own error, recorded by the seed before it returned this.
    Seed,
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Fault::WrongType(_) => "a value of another type",
            Fault::Number => "a number out of range",
            Fault::Syntax => "not JSON",
            Fault::Seed => "see the recorded error",
        })
    }
}

impl core::error::Error for Fault {}

impl de::Error for Fault {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Fault::Seed
    }
}

/// The reader: the input, as text when it is known to be valid UTF-8, and how far it has read.
pub(crate) struct Checked<'de> {
    bytes: &'de [u8],
    text: Option<&'de str>,
    at: usize,
    /// Whether every string is checked as RFC 8259 has it (see [`Checked::one_pass`]).
    strict: bool,
}

impl<'de> Checked<'de> {
    /// A reader of text the strict pass has checked.
    pub(crate) fn new(text: &'de str) -> Self {
        Checked {
            bytes: text.as_bytes(),
            text: Some(text),
            at: 0,
            strict: false,
        }
    }

    /// A reader of UTF-8 text that no pass has checked, which accepts no text the strict pass
    /// refuses (issue 29: one pass over a valid case, not two). Where the lenient reader would
    /// be lenient it stops instead: a string with a control character or an escape RFC 8259
    /// does not have, and any value it would skip. The structure, the literals and the
    /// integers it reads are already only what JSON allows (after an integer part, a `.` or an
    /// exponent stops the reading), and white space is JSON's four bytes. The typed readers
    /// nest no deeper than a case is. A caller that sees this reader stop reads the input
    /// again the two-pass way, which names the error.
    pub(crate) fn one_pass(text: &'de str) -> Self {
        Checked {
            strict: true,
            ..Checked::new(text)
        }
    }

    /// A reader of input nothing has checked: each string is checked as UTF-8 when read.
    pub(crate) fn unchecked(bytes: &'de [u8]) -> Self {
        Checked {
            bytes,
            text: None,
            at: 0,
            strict: false,
        }
    }

    fn bytes(&self) -> &'de [u8] {
        self.bytes
    }

    /// The next byte that is not white space, not consumed.
    fn peek(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes().get(self.at) {
            self.at += 1;
        }
        self.bytes().get(self.at).copied()
    }

    /// Consumes `b` as the next byte that is not white space.
    fn eat(&mut self, b: u8) -> Result<(), Fault> {
        if self.peek() == Some(b) {
            self.at += 1;
            Ok(())
        } else {
            Err(Fault::Syntax)
        }
    }

    /// Consumes the literal `word` when it comes next.
    fn word(&mut self, word: &str) -> bool {
        let rest = self.bytes().get(self.at..).unwrap_or_default();
        if rest.starts_with(word.as_bytes()) {
            self.at += word.len();
            true
        } else {
            false
        }
    }

    /// Whether the whole text has been read (white space aside).
    pub(crate) fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    /// A string's content as written, the opening quote next.
    fn string(&mut self) -> Result<&'de str, Fault> {
        self.eat(b'"')?;
        let start = self.at;
        loop {
            let rest = self.bytes().get(self.at..).unwrap_or_default();
            self.at += super::scan::plain_len::<false>(rest);
            match self.bytes().get(self.at) {
                Some(b'"') => break,
                // The escaped byte is never the closing quote; `\uXXXX` goes on as plain. (A
                // backslash that ends unchecked input leaves `at` past the end: the next
                // round finds nothing there.)
                Some(b'\\') if self.strict => {
                    let rest = self.bytes().get(self.at..).unwrap_or_default();
                    self.at += super::scan::escape_len(rest).map_err(|_| Fault::Syntax)?;
                }
                Some(b'\\') => self.at += 2,
                // A control character, which only the lenient reader lets through.
                Some(_) if self.strict => return Err(Fault::Syntax),
                Some(_) => self.at += 1,
                None => return Err(Fault::Syntax),
            }
        }
        let content = match self.text {
            Some(text) => text.get(start..self.at),
            None => core::str::from_utf8(&self.bytes[start..self.at]).ok(),
        }
        .ok_or(Fault::Syntax)?;
        self.at += 1;
        Ok(content)
    }

    /// An integer part; see the module's note on `12.5`.
    fn integer(&mut self) -> Result<i64, Fault> {
        let negative = self.peek() == Some(b'-');
        let digits_from = self.at + usize::from(negative);
        let mut n: i64 = 0;
        let mut i = digits_from;
        while let Some(&c @ b'0'..=b'9') = self.bytes().get(i) {
            let d = i64::from(c - b'0');
            n = n
                .checked_mul(10)
                .and_then(|n| {
                    if negative {
                        n.checked_sub(d)
                    } else {
                        n.checked_add(d)
                    }
                })
                .ok_or(Fault::Number)?;
            i += 1;
            // JSON has no leading zeros: after a `0` the integer part is over.
            if i == digits_from + 1 && c == b'0' {
                break;
            }
        }
        if i == digits_from {
            return Err(Fault::WrongType(JsonType::WholeNumber));
        }
        self.at = i;
        Ok(n)
    }

    /// Skips one value of any kind, without recursion (the sniffer may see any nesting).
    fn skip_value(&mut self) -> Result<(), Fault> {
        if self.strict {
            return Err(Fault::Syntax);
        }
        let mut depth: usize = 0;
        loop {
            match self.peek().ok_or(Fault::Syntax)? {
                b'"' => {
                    self.string()?;
                }
                b'{' | b'[' => {
                    self.at += 1;
                    depth += 1;
                    continue;
                }
                b'}' | b']' if depth > 0 => {
                    self.at += 1;
                    depth -= 1;
                }
                b',' | b':' if depth > 0 => {
                    self.at += 1;
                    continue;
                }
                b'-' | b'0'..=b'9' => {
                    while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') =
                        self.bytes().get(self.at)
                    {
                        self.at += 1;
                    }
                }
                _ if self.word("true") || self.word("false") || self.word("null") => {}
                _ => return Err(Fault::Syntax),
            }
            if depth == 0 {
                return Ok(());
            }
        }
    }
}

impl<'de> de::Deserializer<'de> for &mut Checked<'de> {
    type Error = Fault;

    /// The kernel's readers always say what they expect (never reached; an object is what
    /// every reader starts from).
    fn deserialize_any<V: Visitor<'de>>(self, _v: V) -> Result<V::Value, Fault> {
        Err(Fault::WrongType(JsonType::Object))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        self.peek();
        if self.word("true") {
            v.visit_bool(true)
        } else if self.word("false") {
            v.visit_bool(false)
        } else {
            Err(Fault::WrongType(JsonType::Boolean))
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        v.visit_i64(self.integer()?)
    }

    fn deserialize_str<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        if self.peek() != Some(b'"') {
            return Err(Fault::WrongType(JsonType::Text));
        }
        v.visit_borrowed_str(self.string()?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        self.deserialize_str(v)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        self.deserialize_str(v)
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        self.peek();
        if self.word("null") {
            v.visit_none()
        } else {
            v.visit_some(self)
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        if self.peek() != Some(b'[') {
            return Err(Fault::WrongType(JsonType::Array));
        }
        self.at += 1;
        let value = v.visit_seq(Elements {
            de: self,
            first: true,
        })?;
        self.eat(b']')?;
        Ok(value)
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        if self.peek() != Some(b'{') {
            return Err(Fault::WrongType(JsonType::Object));
        }
        self.at += 1;
        let value = v.visit_map(Members {
            de: self,
            first: true,
        })?;
        self.eat(b'}')?;
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, Fault> {
        self.deserialize_map(v)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, Fault> {
        self.skip_value()?;
        v.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf unit unit_struct
        newtype_struct tuple tuple_struct enum
    }
}

/// The members of an object, its `{` read.
struct Members<'a, 'de> {
    de: &'a mut Checked<'de>,
    first: bool,
}

impl<'de> de::MapAccess<'de> for Members<'_, 'de> {
    type Error = Fault;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Fault> {
        match self.de.peek() {
            Some(b'}') => return Ok(None),
            Some(b',') if !self.first => self.de.at += 1,
            Some(b'"') if self.first => {}
            _ => return Err(Fault::Syntax),
        }
        self.first = false;
        if self.de.peek() != Some(b'"') {
            return Err(Fault::Syntax);
        }
        seed.deserialize(&mut *self.de).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Fault> {
        self.de.eat(b':')?;
        seed.deserialize(&mut *self.de)
    }
}

/// The elements of an array, its `[` read.
struct Elements<'a, 'de> {
    de: &'a mut Checked<'de>,
    first: bool,
}

impl<'de> de::SeqAccess<'de> for Elements<'_, 'de> {
    type Error = Fault;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Fault> {
        match self.de.peek() {
            Some(b']') => return Ok(None),
            Some(b',') if !self.first => self.de.at += 1,
            Some(_) if self.first => {}
            _ => return Err(Fault::Syntax),
        }
        self.first = false;
        seed.deserialize(&mut *self.de).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::{IgnoredAny, MapAccess, SeqAccess};

    /// Reads `text` as `{"a": <int>, ...}` keys and integer values.
    fn ints(text: &str) -> Result<heapless::Vec<(&str, i64), 8>, Fault> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = heapless::Vec<(&'de str, i64), 8>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("ints")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut out = heapless::Vec::new();
                while let Some(k) = m.next_key::<&str>()? {
                    let v = m.next_value::<i64>()?;
                    out.push((k, v)).map_err(|_| de::Error::custom("full"))?;
                }
                Ok(out)
            }
        }
        let mut de = Checked::new(text);
        let v = de::Deserializer::deserialize_map(&mut de, V)?;
        if de.at_end() {
            Ok(v)
        } else {
            Err(Fault::Syntax)
        }
    }

    #[test]
    fn reads_keys_as_written_and_integers_in_range() {
        let got = ints(r#" { "a" : 0 , "b\"c" : -12, "d": 9223372036854775807 } "#).unwrap();
        assert_eq!(&got[..], &[("a", 0), ("b\\\"c", -12), ("d", i64::MAX)][..]);
        assert_eq!(
            ints(r#"{"m": -9223372036854775808}"#).unwrap()[0].1,
            i64::MIN
        );
        assert_eq!(ints(r#"{"n": 9223372036854775808}"#), Err(Fault::Number));
        assert_eq!(ints(r#"{"n": -9223372036854775809}"#), Err(Fault::Number));
        assert_eq!(
            ints(r#"{"s": "1"}"#),
            Err(Fault::WrongType(JsonType::WholeNumber))
        );
        assert_eq!(
            ints(r#"{"s": true}"#),
            Err(Fault::WrongType(JsonType::WholeNumber))
        );
        assert_eq!(ints(r#"{}"#).unwrap().len(), 0);
    }

    /// `12.5` is read as `12`, and the reading stops at the `.`, as serde-json-core's did.
    #[test]
    fn a_fraction_stops_the_reading_after_its_integer_part() {
        assert_eq!(ints(r#"{"x": 12.5}"#), Err(Fault::Syntax));
        assert_eq!(ints(r#"{"x": 1e3, "y": 1}"#), Err(Fault::Syntax));
        assert_eq!(ints(r#"{"x": 0.5}"#), Err(Fault::Syntax));
    }

    /// The one-pass reader stops where the lenient one lets a string or a skipped value
    /// through that RFC 8259 refuses, and reads every valid string as the lenient one does.
    #[test]
    fn the_one_pass_reader_is_strict_where_the_lenient_one_is_not() {
        let lenient = |t| Checked::new(t).string();
        let one_pass = |t| Checked::one_pass(t).string();
        for bad in [
            "\"a\u{1}b\"",
            "\"a\u{1f}\"",
            r#""a\xb""#,
            r#""\u12""#,
            r#""\u+041""#,
            r#""\ud800""#,
            r#""\udc00""#,
            r#""\ud800\u0041""#,
            r#""\ud800\n""#,
        ] {
            assert!(lenient(bad).is_ok(), "{bad:?}");
            assert_eq!(one_pass(bad), Err(Fault::Syntax), "{bad:?}");
        }
        for good in [
            r#""a\"b""#,
            r#""\u00e6 æ""#,
            r#""\ud83d\ude00""#,
            r#""\/\\\b\f\n\r\t""#,
            r#""""#,
        ] {
            assert_eq!(one_pass(good), lenient(good), "{good:?}");
            assert!(one_pass(good).is_ok(), "{good:?}");
        }
        assert!(Checked::new("[1]").skip_value().is_ok());
        assert_eq!(Checked::one_pass("[1]").skip_value(), Err(Fault::Syntax));
    }

    /// Over text the strict pass never saw, the reader stops; it neither panics nor recurses.
    #[test]
    fn unchecked_text_stops_the_reading_without_a_panic() {
        for bad in [
            "",
            "{",
            "{\"a\"",
            "{\"a\":",
            "{\"a\":1",
            "{\"a\" 1}",
            "{,}",
            "{\"a\":1,}",
            "[",
            "\"",
            "\"\\",
            "{\"a\":1 \"b\":2}",
            "}",
            "{\"a\":-}",
            "{\"a\":-x}",
            // The fuzzer's: a backslash as the last byte of an unterminated name.
            "{\"\\valuati\\",
        ] {
            assert!(ints(bad).is_err(), "{bad:?}");
        }
        // Deep nesting is skipped by counting, not by recursion.
        let mut deep = heapless::String::<40_000>::new();
        for _ in 0..19_000 {
            deep.push('[').unwrap();
        }
        let mut de = Checked::new(&deep);
        assert_eq!(de.skip_value(), Err(Fault::Syntax));
    }

    #[test]
    fn skips_any_value_and_reads_arrays() {
        struct Skip;
        impl<'de> Visitor<'de> for Skip {
            type Value = u32;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("anything")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<u32, A::Error> {
                let mut n = 0;
                while s.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(n)
            }
        }
        let text =
            r#"[ {"a": [1, {"b": "]}"}], "c": null}, "x\"]", -1.5e+3, true, false, null, [] ]"#;
        let mut de = Checked::new(text);
        assert_eq!(de::Deserializer::deserialize_seq(&mut de, Skip), Ok(7));
        assert!(de.at_end());
    }
}
