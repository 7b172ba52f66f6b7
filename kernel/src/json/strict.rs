//! A strict RFC 8259 pass over the whole input before any value is read (when the one-pass
//! reading of `read::parse` has stopped: every input with an error), so the kernel reads
//! exactly the documents a strict parser (an EPJ, an audit log, a gateway) reads, and refuses
//! every other with `syntax` (100), naming the byte offset, line and column and the field
//! being read. The typed reading that follows (`checked`) then only walks valid JSON, and is
//! lenient by design (serde-json-core, which did that reading before, was lenient too: a `\u`
//! escape with a sign, a leading comma in an array, raw control characters in strings).
//!
//! Choices where the RFC leaves them to the implementation (documented in the README): a
//! leading UTF-8 byte order mark is ignored (RFC 8259 §8.1 allows it; .NET writers add one);
//! a `\u` escape of a lone surrogate is refused (it is no Unicode character, and every text of
//! the kernel is UTF-8); nesting deeper than [`MAX_NESTING`] is refused (§9 allows a limit;
//! a case is four levels deep).
//!
//! The pass also notes the first number that is not a plain integer within `i64` (a fraction,
//! an exponent, or too many digits), so that the typed reader can say what is wrong with it at
//! its field instead of "malformed JSON".

use crate::error::{Error, ErrorKind, FieldPath, JsonSyntax, Position, Segment};

/// The deepest nesting of arrays and objects the kernel reads.
pub const MAX_NESTING: usize = 32;

/// The longest JSON document the kernel reads (1 MiB): a real case is a few kilobytes, a
/// parameter table a few more, so a megabyte is a caller's mistake or an attack, refused
/// before a byte is read (every limit is listed in the `limits` module).
pub const MAX_INPUT_LEN: usize = 1 << 20;
// Every position in an input the reader takes is exact in an error's packed `Position`.
const _: () = assert!((MAX_INPUT_LEN as u64) < crate::error::POSITION_MAX);

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What a number token is, as far as an integer field is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberShape {
    /// A fraction or an exponent (`12.5`, `1e3`, `100.0`): not a whole number in JSON's form.
    NotInteger,
    /// An integer beyond `i64` (sign as written).
    TooLarge {
        /// Written with a minus sign.
        negative: bool,
    },
}

/// A number the typed reader cannot take as an `i64`, and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct OddNumber {
    pub(crate) path: FieldPath,
    pub(crate) shape: NumberShape,
}

/// The input without a leading byte order mark.
pub(crate) fn without_bom(input: &[u8]) -> &[u8] {
    input.strip_prefix(BOM).unwrap_or(input)
}

/// Checks that `input` is one JSON text (RFC 8259); returns the first odd number, if any, and
/// the input as text. `name` gives the static name of a known field (for error paths), or
/// `None`.
pub(crate) fn check(
    input: &[u8],
    name: fn(&str) -> Option<&'static &'static str>,
) -> Result<(Option<OddNumber>, &str), Error> {
    if input.len() > MAX_INPUT_LEN {
        return Err(Error::at_root(ErrorKind::DocumentTooLarge));
    }
    // Valid UTF-8 as a whole (as any valid JSON text is), a name or a number is then a slice of
    // it, not checked again; otherwise the pass finds the bad byte itself.
    let text = core::str::from_utf8(input).ok();
    // The paths only name what is wrong. A first pass follows none (a name lookup and a path
    // per key were a third of the pass, issue 15); only when it finds something to report (an
    // error, or a number the typed reader will refuse) is the input passed again, naming the
    // field. Both passes accept exactly the same texts: the path never decides.
    match pass(input, text, name, false) {
        Ok((None, text)) => Ok((None, text)),
        _ => pass(input, text, name, true),
    }
}

/// One pass, following the field path (`named`) or not.
fn pass<'a>(
    input: &'a [u8],
    text: Option<&'a str>,
    name: fn(&str) -> Option<&'static &'static str>,
    named: bool,
) -> Result<(Option<OddNumber>, &'a str), Error> {
    let mut p = Pass {
        s: input,
        text,
        i: 0,
        depth: 0,
        path: FieldPath::ROOT,
        known: named,
        name,
        odd: None,
    };
    p.ws();
    p.value()?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.fail(JsonSyntax::TrailingCharacters));
    }
    // Valid JSON is valid UTF-8: a pass that succeeded had the text.
    let text = p.text.ok_or(Error::at_root(ErrorKind::Internal))?;
    Ok((p.odd, text))
}

struct Pass<'a> {
    s: &'a [u8],
    /// `s` as text, when it is valid UTF-8.
    text: Option<&'a str>,
    i: usize,
    depth: usize,
    /// The field being read (known names only; see `known`).
    path: FieldPath,
    /// Whether `path` is still exact (false below an unknown field name).
    known: bool,
    name: fn(&str) -> Option<&'static &'static str>,
    odd: Option<OddNumber>,
}

impl<'a> Pass<'a> {
    /// The text of bytes `from..to`, which the pass has read as ASCII or whole characters.
    fn slice(&self, from: usize, to: usize) -> &'a str {
        match self.text {
            Some(t) => t.get(from..to).unwrap_or(""),
            None => core::str::from_utf8(&self.s[from..to]).unwrap_or(""),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn position(&self) -> Position {
        let before = &self.s[..self.i.min(self.s.len())];
        let line_start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |n| n + 1);
        let line = 1 + before.iter().filter(|b| **b == b'\n').count();
        // Characters, not bytes: count the bytes that start a UTF-8 sequence.
        let column = 1 + before[line_start..]
            .iter()
            .filter(|b| (**b & 0xC0) != 0x80)
            .count();
        Position::new(self.i, line, column)
    }

    fn fail(&self, what: JsonSyntax) -> Error {
        let what = if self.i >= self.s.len() && what != JsonSyntax::TrailingCharacters {
            JsonSyntax::UnexpectedEnd
        } else {
            what
        };
        Error::new(ErrorKind::Syntax(what), self.path).at(self.position())
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<(), Error> {
        match self.peek() {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => self.string().map(|_| ()),
            Some(b't') => self.literal(b"true"),
            Some(b'f') => self.literal(b"false"),
            Some(b'n') => self.literal(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.fail(JsonSyntax::UnexpectedCharacter)),
        }
    }

    fn literal(&mut self, word: &[u8]) -> Result<(), Error> {
        for b in word {
            if self.peek() != Some(*b) {
                return Err(self.fail(JsonSyntax::UnexpectedCharacter));
            }
            self.i += 1;
        }
        Ok(())
    }

    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return Err(self.fail(JsonSyntax::TooDeep));
        }
        self.i += 1;
        Ok(())
    }

    fn object(&mut self) -> Result<(), Error> {
        self.enter()?;
        let (outer, outer_known) = (self.path, self.known);
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(self.fail(JsonSyntax::UnexpectedCharacter));
            }
            let key = self.string()?;
            self.path = outer;
            self.known = outer_known;
            self.enter_field(key);
            self.ws();
            if self.peek() != Some(b':') {
                return Err(self.fail(JsonSyntax::UnexpectedCharacter));
            }
            self.i += 1;
            self.ws();
            self.value()?;
            // The member is read: what follows (a comma, the next name, the closing brace)
            // belongs to the object, so an error there names the object, not this member.
            self.path = outer;
            self.known = outer_known;
            self.ws();
            if self.after_member(b'}', &outer, outer_known)? {
                return Ok(());
            }
        }
    }

    /// After a member or element: a comma and more (`false`), or the closing `close` (`true`,
    /// the container done and the path restored).
    fn after_member(
        &mut self,
        close: u8,
        outer: &FieldPath,
        outer_known: bool,
    ) -> Result<bool, Error> {
        match self.peek() {
            Some(b',') => {
                self.i += 1;
                self.ws();
                if self.peek() == Some(close) {
                    return Err(self.fail(JsonSyntax::TrailingComma));
                }
                Ok(false)
            }
            Some(c) if c == close => {
                self.i += 1;
                self.depth -= 1;
                self.path = *outer;
                self.known = outer_known;
                Ok(true)
            }
            _ => Err(self.fail(JsonSyntax::UnexpectedCharacter)),
        }
    }

    /// Extends the path by a field name read raw from the input (escapes left as written: a
    /// known name never needs one).
    fn enter_field(&mut self, raw: (usize, usize)) {
        if !self.known {
            return;
        }
        let text = self.slice(raw.0, raw.1);
        match (self.name)(text) {
            Some(n) => self.path = self.path.child(Segment::Field(n)),
            None => {
                self.path = self.path.unknown_child(text);
                self.known = false;
            }
        }
    }

    fn array(&mut self) -> Result<(), Error> {
        self.enter()?;
        let (outer, outer_known) = (self.path, self.known);
        self.ws();
        if self.peek() == Some(b']') {
            self.i += 1;
            self.depth -= 1;
            return Ok(());
        }
        let mut index: u16 = 0;
        loop {
            self.path = if outer_known {
                outer.child(Segment::Index(index))
            } else {
                outer
            };
            self.known = outer_known;
            self.ws();
            self.value()?;
            self.path = outer;
            self.known = outer_known;
            self.ws();
            if self.after_member(b']', &outer, outer_known)? {
                return Ok(());
            }
            index = index.saturating_add(1);
        }
    }

    /// A string; returns the byte range of its content (between the quotes).
    fn string(&mut self) -> Result<(usize, usize), Error> {
        self.i += 1;
        let start = self.i;
        loop {
            // Skip the plain run in words: the bytes below are the only ones to look at.
            self.i += super::scan::plain_len::<true>(&self.s[self.i..]);
            let Some(b) = self.peek() else {
                return Err(self.fail(JsonSyntax::UnexpectedEnd));
            };
            match b {
                b'"' => {
                    self.i += 1;
                    return Ok((start, self.i - 1));
                }
                b'\\' => self.escape()?,
                0x00..=0x1F => return Err(self.fail(JsonSyntax::ControlCharacter)),
                0x80.. => self.utf8()?,
                _ => self.i += 1,
            }
        }
    }

    fn escape(&mut self) -> Result<(), Error> {
        use super::scan::BadEscape;
        match super::scan::escape_len(&self.s[self.i..]) {
            Ok(len) => {
                self.i += len;
                Ok(())
            }
            Err(BadEscape::Invalid(at)) => {
                self.i += at;
                Err(self.fail(JsonSyntax::InvalidString))
            }
            Err(BadEscape::LoneSurrogate) => Err(self.fail(JsonSyntax::LoneSurrogate)),
        }
    }

    /// One multi-byte UTF-8 character, well-formed (no overlong forms, no surrogates, at most
    /// U+10FFFF).
    fn utf8(&mut self) -> Result<(), Error> {
        let rest = &self.s[self.i..];
        let len = match rest[0] {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => return Err(self.fail(JsonSyntax::InvalidString)),
        };
        match rest.get(..len).map(core::str::from_utf8) {
            Some(Ok(_)) => {
                self.i += len;
                Ok(())
            }
            _ => Err(self.fail(JsonSyntax::InvalidString)),
        }
    }

    fn number(&mut self) -> Result<(), Error> {
        let start = self.i;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.fail(JsonSyntax::InvalidNumber)),
        }
        let int_end = self.i;
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.i += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.fail(JsonSyntax::InvalidNumber));
            }
            self.digits();
            integer = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.fail(JsonSyntax::InvalidNumber));
            }
            self.digits();
            integer = false;
        }
        let shape = if !integer {
            Some(NumberShape::NotInteger)
        } else {
            let text = self.slice(start, int_end);
            text.parse::<i64>()
                .is_err()
                .then_some(NumberShape::TooLarge { negative })
        };
        if let (Some(shape), None) = (shape, self.odd) {
            self.odd = Some(OddNumber {
                path: self.path,
                shape,
            });
        }
        Ok(())
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
    }
}

/// Unescapes a JSON string's content into `buf`, or returns it as is when it has no escape.
/// `Err(())`: the unescaped text does not fit `buf`. Text the strict pass ([`check`]) has
/// checked unescapes exactly; any other (the kind sniffer's) never panics: a broken escape
/// becomes U+FFFD.
pub(crate) fn unescape<'b>(raw: &'b str, buf: &'b mut [u8]) -> Result<&'b str, ()> {
    if !super::scan::has_backslash(raw.as_bytes()) {
        return Ok(raw);
    }
    let bytes = raw.as_bytes();
    let hex = |at: usize| -> u32 {
        raw.get(at..at + 4)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .unwrap_or(0xFFFD)
    };
    let (mut i, mut n) = (0, 0);
    while i < bytes.len() {
        let mut tmp = [0u8; 4];
        let piece: &[u8] = if bytes[i] == b'\\' {
            let (c, len) = match bytes.get(i + 1) {
                Some(b'"') => ('"', 2),
                Some(b'\\') => ('\\', 2),
                Some(b'/') => ('/', 2),
                Some(b'b') => ('\u{8}', 2),
                Some(b'f') => ('\u{c}', 2),
                Some(b'n') => ('\n', 2),
                Some(b'r') => ('\r', 2),
                Some(b't') => ('\t', 2),
                _ => {
                    let unit = hex(i + 2);
                    let low = hex(i + 8);
                    if (0xD800..=0xDBFF).contains(&unit) && (0xDC00..=0xDFFF).contains(&low) {
                        let c = char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                        (c.unwrap_or('\u{FFFD}'), 12)
                    } else {
                        // The strict pass refuses a lone surrogate; text it has not checked
                        // (the kind sniffer reads the schema first) gets U+FFFD for it.
                        (char::from_u32(unit).unwrap_or('\u{FFFD}'), 6)
                    }
                }
            };
            i += len;
            c.encode_utf8(&mut tmp).as_bytes()
        } else {
            let start = i;
            while i < bytes.len() && bytes[i] != b'\\' {
                i += 1;
            }
            &bytes[start..i]
        };
        buf.get_mut(n..n + piece.len())
            .ok_or(())?
            .copy_from_slice(piece);
        n += piece.len();
    }
    core::str::from_utf8(&buf[..n]).map_err(|_| ())
}
