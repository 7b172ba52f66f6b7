//! The one error type of the kernel: a kind with a stable number, and the path of the field at
//! fault (`treatment.dates[1].date`). Small and `Copy`, so it crosses the C ABI and Python as is.

use crate::country::CountryError;
use crate::date::DateError;
use crate::params::ParamTableError;
use core::fmt::{self, Write as _};

/// The deepest field path the case schema has: `treatment.dates[i].field`.
const MAX_DEPTH: usize = 4;
/// How many bytes of an unknown field's name are kept for the message (a cut name ends in
/// `…`; matching against the schema uses the whole name).
const NAME_BYTES: usize = 24;

/// One step of a field path. Known names are thin pointers into the schema's field tables, so
/// a whole [`Error`] stays small enough to return by value everywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Segment {
    /// A known field.
    Field(&'static &'static str),
    /// A position in an array.
    Index(u16),
    /// A field name from the input that the schema does not know; its text is kept once per
    /// path (see [`FieldPath::unknown_name`]).
    Unknown,
}

/// Where in the input an error is: a path of field names and array positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct FieldPath {
    segments: [Segment; MAX_DEPTH],
    len: u8,
    /// The unknown name's first bytes (cut at a character boundary, marked with `…`).
    name: [u8; NAME_BYTES],
    name_len: u8,
    name_cut: bool,
}

impl FieldPath {
    /// The whole input.
    pub const ROOT: FieldPath = FieldPath {
        segments: [Segment::Index(0); MAX_DEPTH],
        len: 0,
        name: [0; NAME_BYTES],
        name_len: 0,
        name_cut: false,
    };

    /// A path of known field names, for example `&["costs", "expenses_ore"]`.
    pub fn of(fields: &'static [&'static str]) -> FieldPath {
        fields
            .iter()
            .fold(FieldPath::ROOT, |p, f| p.child(Segment::Field(f)))
    }

    /// This path one step deeper. Past the maximum depth the path stays where it is: the
    /// schema is never that deep, so only a hostile input gets the shorter path.
    pub fn child(self, s: Segment) -> FieldPath {
        let mut p = self;
        if (p.len as usize) < MAX_DEPTH {
            p.segments[p.len as usize] = s;
            p.len += 1;
        }
        p
    }

    /// This path ending in a field name the schema does not know.
    pub fn unknown_child(self, name: &str) -> FieldPath {
        let mut p = self.child(Segment::Unknown);
        let mut end = name.len().min(NAME_BYTES);
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        p.name[..end].copy_from_slice(&name.as_bytes()[..end]);
        p.name_len = end as u8;
        p.name_cut = end < name.len();
        p
    }

    /// The steps.
    pub fn segments(&self) -> &[Segment] {
        &self.segments[..self.len as usize]
    }

    /// The unknown field name the path ends in (possibly cut), if any.
    pub fn unknown_name(&self) -> Option<&str> {
        match self.segments().last() {
            Some(Segment::Unknown) => {
                core::str::from_utf8(&self.name[..self.name_len as usize]).ok()
            }
            _ => None,
        }
    }

    /// The path one step up (the whole input stays the whole input).
    pub fn parent(&self) -> FieldPath {
        let mut p = *self;
        p.len = p.len.saturating_sub(1);
        p.name_len = 0;
        p.name_cut = false;
        p
    }

    /// Whether this is the whole input.
    pub fn is_root(&self) -> bool {
        self.len == 0
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_root() {
            return f.write_str("$");
        }
        for (i, s) in self.segments().iter().enumerate() {
            match s {
                Segment::Field(name) => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(name)?;
                }
                Segment::Index(n) => write!(f, "[{n}]")?,
                Segment::Unknown => {
                    if i > 0 {
                        f.write_str(".")?;
                    }
                    // A name from the input may hold control characters (escaped in the
                    // JSON): printed escaped, never raw into a log or a terminal.
                    for c in self.unknown_name().unwrap_or("?").chars() {
                        if c.is_control() {
                            write!(f, "\\u{:04x}", c as u32)?;
                        } else {
                            f.write_char(c)?;
                        }
                    }
                    if self.name_cut {
                        f.write_str("…")?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// What went wrong. Each kind has a stable number ([`ErrorKind::code`]); numbers are never
/// reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not well-formed JSON (the detail says how).
    Syntax(JsonSyntax),
    /// A field the schema does not have.
    UnknownField {
        /// The known field nearest to the name given, when one is near enough to be what was
        /// meant (`expenses_ore` for `expenses`): the name that replaces the path's last step
        /// (a thin pointer into the schema's tables, so an [`Error`] stays small).
        did_you_mean: Option<&'static &'static str>,
    },
    /// The same field twice in one object.
    DuplicateField,
    /// A required field is absent.
    MissingField,
    /// A value of the wrong JSON type (a string where a number belongs, …).
    WrongType {
        /// The type the field takes.
        expected: JsonType,
    },
    /// A date that is malformed or does not exist.
    InvalidDate(DateError),
    /// A country code that is malformed or not assigned.
    InvalidCountry(CountryError),
    /// A string that is not one of the allowed values.
    InvalidValue,
    /// Text where some is required is empty (`""`); an unknown value is `null`.
    EmptyText,
    /// Text holding a control character (an escape sequence, a line break, a NUL): it would
    /// cut a string short in C, forge a line in a listing or move a terminal's cursor.
    ControlCharacter,
    /// A negative amount of money.
    NegativeAmount,
    /// An amount above 10^15 øre.
    AmountOverflow,
    /// A number outside the range the field allows, or not a whole number.
    NumberOutOfRange,
    /// Two values, each in its range, whose product passes 10^15 øre: the error's path is
    /// one factor, `with` the other's JSON path (`travel.round_trips`).
    ProductOverflow {
        /// The other factor's group and field (a thin pointer, so an [`Error`] stays small).
        with: &'static [&'static str; 2],
    },
    /// A string longer than the field's capacity.
    TooLong,
    /// More array elements than the field's capacity.
    TooMany,
    /// The same value twice in a set (a stage granted twice).
    DuplicateValue,
    /// A JSON document longer than `limits::MAX_INPUT_LEN` (1 MiB), refused unread.
    DocumentTooLarge,
    /// A `schema` other than the one this kernel reads.
    UnsupportedSchema,
    /// Facts that contradict each other (surcharges above the expenses, …).
    Inconsistent,
    /// A date after the evaluation date on a fact that can only lie in the past (an invoice,
    /// an application received, a claim received).
    AfterEvaluationDate,
    /// The output buffer is too small; `needed` bytes would fit.
    BufferTooSmall {
        /// Bytes needed.
        needed: usize,
    },
    /// A caller's parameter table is invalid.
    InvalidParams(ParamTableError),
    /// A computation left the representable range (only with an extreme what-if table).
    ArithmeticOverflow,
    /// A fixed capacity of the kernel itself was exceeded: a bug, reported instead of a panic.
    Internal,
}

/// How the JSON was malformed (from the strict pass).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
#[non_exhaustive]
pub enum JsonSyntax {
    /// The input ended early.
    UnexpectedEnd,
    /// A character where the grammar does not allow it.
    UnexpectedCharacter,
    /// A malformed number.
    InvalidNumber,
    /// A malformed string: bad escape, invalid UTF-8 or code point.
    InvalidString,
    /// Non-whitespace after the value.
    TrailingCharacters,
    /// A comma before a closing bracket.
    TrailingComma,
    /// Not otherwise classified.
    Other,
    /// Nested deeper than the reader takes (32 levels, `json::MAX_NESTING`).
    TooDeep,
    /// A raw control character (below U+0020) inside a string.
    ControlCharacter,
    /// A `\u` escape of a lone surrogate (U+D800..U+DFFF without its pair).
    LoneSurrogate,
}

/// The JSON type a field takes, named when a value of another type is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
#[non_exhaustive]
pub enum JsonType {
    /// `true` or `false`.
    Boolean,
    /// A whole number.
    WholeNumber,
    /// A string (a date is a string too, `YYYY-MM-DD`).
    Text,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonType {
    /// How an error message names it.
    pub const fn text(self) -> &'static str {
        match self {
            JsonType::Boolean => "true or false",
            JsonType::WholeNumber => "a whole number",
            JsonType::Text => "a string",
            JsonType::Array => "an array",
            JsonType::Object => "an object",
        }
    }
}

impl ErrorKind {
    /// One kind for each code (the detail a kind carries does not change its code): for tables
    /// keyed by code, such as the catalogue's texts and the C ABI's results.
    pub const ONE_PER_CODE: &'static [ErrorKind] = &[
        ErrorKind::Syntax(JsonSyntax::Other),
        ErrorKind::UnknownField { did_you_mean: None },
        ErrorKind::DuplicateField,
        ErrorKind::MissingField,
        ErrorKind::WrongType {
            expected: JsonType::Object,
        },
        ErrorKind::InvalidDate(DateError::Format),
        ErrorKind::InvalidCountry(CountryError::Unknown),
        ErrorKind::InvalidValue,
        ErrorKind::EmptyText,
        ErrorKind::ControlCharacter,
        ErrorKind::NegativeAmount,
        ErrorKind::AmountOverflow,
        ErrorKind::NumberOutOfRange,
        ErrorKind::ProductOverflow { with: &["", ""] },
        ErrorKind::TooLong,
        ErrorKind::TooMany,
        ErrorKind::DuplicateValue,
        ErrorKind::DocumentTooLarge,
        ErrorKind::UnsupportedSchema,
        ErrorKind::Inconsistent,
        ErrorKind::AfterEvaluationDate,
        ErrorKind::BufferTooSmall { needed: 0 },
        ErrorKind::InvalidParams(ParamTableError::Overlap { index: 0 }),
        ErrorKind::ArithmeticOverflow,
        ErrorKind::Internal,
    ];

    /// The stable number of the kind (the C ABI's status code; 0 is success there).
    pub const fn code(&self) -> u32 {
        match self {
            ErrorKind::Syntax(_) => 100,
            ErrorKind::UnknownField { .. } => 101,
            ErrorKind::DuplicateField => 102,
            ErrorKind::MissingField => 103,
            ErrorKind::WrongType { .. } => 104,
            ErrorKind::InvalidDate(_) => 110,
            ErrorKind::InvalidCountry(_) => 111,
            ErrorKind::InvalidValue => 112,
            ErrorKind::EmptyText => 113,
            ErrorKind::ControlCharacter => 114,
            ErrorKind::NegativeAmount => 120,
            ErrorKind::AmountOverflow => 121,
            ErrorKind::NumberOutOfRange => 122,
            ErrorKind::ProductOverflow { .. } => 123,
            ErrorKind::TooLong => 130,
            ErrorKind::TooMany => 131,
            ErrorKind::DuplicateValue => 132,
            ErrorKind::DocumentTooLarge => 133,
            ErrorKind::UnsupportedSchema => 140,
            ErrorKind::Inconsistent => 150,
            ErrorKind::AfterEvaluationDate => 151,
            ErrorKind::BufferTooSmall { .. } => 200,
            ErrorKind::InvalidParams(_) => 300,
            ErrorKind::ArithmeticOverflow => 400,
            ErrorKind::Internal => 900,
        }
    }

    /// The stable name of the kind, as Python and JSON error reports spell it.
    pub const fn name(&self) -> &'static str {
        match self {
            ErrorKind::Syntax(_) => "syntax",
            ErrorKind::UnknownField { .. } => "unknown_field",
            ErrorKind::DuplicateField => "duplicate_field",
            ErrorKind::MissingField => "missing_field",
            ErrorKind::WrongType { .. } => "wrong_type",
            ErrorKind::InvalidDate(_) => "invalid_date",
            ErrorKind::InvalidCountry(_) => "invalid_country",
            ErrorKind::InvalidValue => "invalid_value",
            ErrorKind::EmptyText => "empty_text",
            ErrorKind::ControlCharacter => "control_character",
            ErrorKind::NegativeAmount => "negative_amount",
            ErrorKind::AmountOverflow => "amount_overflow",
            ErrorKind::NumberOutOfRange => "number_out_of_range",
            ErrorKind::ProductOverflow { .. } => "product_overflow",
            ErrorKind::TooLong => "too_long",
            ErrorKind::TooMany => "too_many",
            ErrorKind::DuplicateValue => "duplicate_value",
            ErrorKind::DocumentTooLarge => "document_too_large",
            ErrorKind::UnsupportedSchema => "unsupported_schema",
            ErrorKind::Inconsistent => "inconsistent",
            ErrorKind::AfterEvaluationDate => "after_evaluation_date",
            ErrorKind::BufferTooSmall { .. } => "buffer_too_small",
            ErrorKind::InvalidParams(_) => "invalid_params",
            ErrorKind::ArithmeticOverflow => "arithmetic_overflow",
            ErrorKind::Internal => "internal",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Syntax(s) => write!(f, "malformed JSON: {}", s.text()),
            ErrorKind::UnknownField { .. } => f.write_str("unknown field"),
            ErrorKind::DuplicateField => f.write_str("field given twice"),
            ErrorKind::MissingField => f.write_str("required field is missing"),
            ErrorKind::WrongType { expected } => {
                write!(
                    f,
                    "value has the wrong JSON type (expected {})",
                    expected.text()
                )
            }
            ErrorKind::InvalidDate(e) => write!(f, "invalid date: {e}"),
            ErrorKind::InvalidCountry(e) => write!(f, "invalid country: {e}"),
            ErrorKind::InvalidValue => f.write_str("not one of the allowed values"),
            ErrorKind::EmptyText => f.write_str("empty text (an unknown value is null)"),
            ErrorKind::ControlCharacter => {
                f.write_str("control character in the text (a line break, tab, escape or NUL)")
            }
            ErrorKind::NegativeAmount => f.write_str("amount is negative"),
            ErrorKind::AmountOverflow => f.write_str("amount exceeds 10^15 øre"),
            ErrorKind::NumberOutOfRange => {
                f.write_str("number out of range for this field, or not a whole number")
            }
            ErrorKind::ProductOverflow {
                with: [group, field],
            } => write!(f, "times {group}.{field}, the amount exceeds 10^15 øre"),
            ErrorKind::TooLong => f.write_str("string longer than the field's capacity"),
            ErrorKind::TooMany => f.write_str("more elements than the field's capacity"),
            ErrorKind::DuplicateValue => f.write_str("the same value given twice"),
            ErrorKind::DocumentTooLarge => f.write_str("input longer than 1 MiB (1048576 bytes)"),
            ErrorKind::UnsupportedSchema => f.write_str("unsupported schema version"),
            ErrorKind::Inconsistent => f.write_str("contradicts another fact of the case"),
            ErrorKind::AfterEvaluationDate => {
                f.write_str("dated after the evaluation date, which it cannot be")
            }
            ErrorKind::BufferTooSmall { needed } => {
                write!(f, "output buffer too small: {needed} bytes needed")
            }
            // The error's path names the entry (`parameters[3].until`).
            ErrorKind::InvalidParams(e) => write!(f, "invalid parameter table: {}", e.what()),
            ErrorKind::ArithmeticOverflow => f.write_str("arithmetic overflow"),
            ErrorKind::Internal => f.write_str("internal capacity exceeded (a bug)"),
        }
    }
}

impl JsonSyntax {
    /// A short description.
    pub const fn text(&self) -> &'static str {
        match self {
            JsonSyntax::UnexpectedEnd => "input ended early",
            JsonSyntax::UnexpectedCharacter => "unexpected character",
            JsonSyntax::InvalidNumber => "malformed number",
            JsonSyntax::InvalidString => "malformed string (escape, UTF-8 or code point)",
            JsonSyntax::TrailingCharacters => "characters after the value",
            JsonSyntax::TrailingComma => "comma before a closing bracket",
            JsonSyntax::Other => "not valid JSON here",
            JsonSyntax::TooDeep => "nested too deeply",
            JsonSyntax::ControlCharacter => "raw control character in a string (escape it)",
            JsonSyntax::LoneSurrogate => "lone surrogate escape (not a Unicode character)",
        }
    }
}

/// An error and the field at fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Error {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Where (`$` for the whole input).
    pub path: FieldPath,
    /// Where in the input text, for a syntax error.
    pub position: Option<Position>,
}

/// A place in the input text: byte offset (from 0), line and column (from 1; the column counts
/// characters, not bytes). All three are exact for any input the kernel reads (1 MiB, so 21
/// bits each); they are packed into one word so that an [`Error`] stays small enough to
/// return by value everywhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Position(core::num::NonZeroU64);

/// Bits for each of offset, line and column: enough for 2^21 - 1, above the input limit (the
/// JSON reader asserts it).
pub(crate) const POSITION_BITS: u32 = 21;
pub(crate) const POSITION_MAX: u64 = (1 << POSITION_BITS) - 1;

impl Position {
    /// A place: `offset` bytes in, on `line` (from 1) at `column` (from 1, in characters).
    /// Values past 2^21 - 1 (only beyond the input limit) stop there.
    pub fn new(offset: usize, line: usize, column: usize) -> Position {
        let fit = |n: usize| (n as u64).min(POSITION_MAX);
        let word =
            fit(offset) | fit(line.max(1)) << POSITION_BITS | fit(column) << (2 * POSITION_BITS);
        Position(core::num::NonZeroU64::new(word).unwrap_or(core::num::NonZeroU64::MIN))
    }

    /// Bytes before it.
    pub fn offset(self) -> u32 {
        (self.0.get() & POSITION_MAX) as u32
    }

    /// Its line, from 1.
    pub fn line(self) -> u32 {
        (self.0.get() >> POSITION_BITS & POSITION_MAX) as u32
    }

    /// Its column, from 1, in characters.
    pub fn column(self) -> u32 {
        (self.0.get() >> (2 * POSITION_BITS) & POSITION_MAX) as u32
    }
}

impl Error {
    /// An error at `path`.
    pub const fn new(kind: ErrorKind, path: FieldPath) -> Error {
        Error {
            kind,
            path,
            position: None,
        }
    }

    /// An error not tied to a field.
    pub const fn at_root(kind: ErrorKind) -> Error {
        Error::new(kind, FieldPath::ROOT)
    }

    /// This error at a place in the input text.
    pub const fn at(self, position: Position) -> Error {
        Error {
            position: Some(position),
            ..self
        }
    }

    /// A rejected parameter table, at the entry (and field) at fault: `parameters[3].until`
    /// for an empty interval, `parameters[3].value` for a value out of range, `parameters[3]`
    /// for an overlap. Every interface reports a table error through this one mapping.
    pub fn from_table(e: ParamTableError) -> Error {
        static PARAMETERS: &str = "parameters";
        static VALUE: &str = "value";
        static UNTIL: &str = "until";
        static SOURCE: &str = "source";
        let field = match e {
            ParamTableError::EmptyInterval { .. } => Some(&UNTIL),
            ParamTableError::ValueOutOfRange { .. } => Some(&VALUE),
            ParamTableError::Overlap { .. } => None,
            ParamTableError::Source { .. } => Some(&SOURCE),
        };
        // A table past u16::MAX entries is named at its last representable position.
        let index = u16::try_from(e.index()).unwrap_or(u16::MAX);
        let at = FieldPath::ROOT
            .child(Segment::Field(&PARAMETERS))
            .child(Segment::Index(index));
        let path = match field {
            Some(f) => at.child(Segment::Field(f)),
            None => at,
        };
        Error::new(ErrorKind::InvalidParams(e), path)
    }

    /// The stable number of the kind.
    pub const fn code(&self) -> u32 {
        self.kind.code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.kind)?;
        if let ErrorKind::UnknownField {
            did_you_mean: Some(name),
        } = self.kind
        {
            f.write_str("; did you mean ")?;
            let parent = self.path.parent();
            if !parent.is_root() {
                write!(f, "{parent}.")?;
            }
            write!(f, "{name}?")?;
        }
        if let Some(p) = self.position {
            write!(
                f,
                " at byte {} (line {}, column {})",
                p.offset(),
                p.line(),
                p.column()
            )?;
        }
        Ok(())
    }
}

impl core::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_print_like_json_paths() {
        let p = FieldPath::of(&["treatment", "dates"])
            .child(Segment::Index(1))
            .child(Segment::Field(&"date"));
        assert_eq!(format!("{p}"), "treatment.dates[1].date");
        assert_eq!(format!("{}", FieldPath::ROOT), "$");
        let u = FieldPath::of(&["patient"]).unknown_child("ålder_på_pasienten_i_år_og_dager_x");
        assert_eq!(format!("{u}"), "patient.ålder_på_pasienten_i_…");
        assert_eq!(u.unknown_name(), Some("ålder_på_pasienten_i_"));
        // Small enough to return by value everywhere (below clippy's large-error bound): the
        // path (with an unknown name's first 24 bytes) and, for a syntax error, the place in
        // the text.
        assert!(
            core::mem::size_of::<Error>() <= 120,
            "{}",
            core::mem::size_of::<Error>()
        );
    }

    /// A kind added to the enum must be added to `ONE_PER_CODE`: this match has no wildcard.
    #[test]
    fn one_per_code_lists_every_kind() {
        let listed = |k: ErrorKind| ErrorKind::ONE_PER_CODE.iter().any(|x| x.code() == k.code());
        for k in ErrorKind::ONE_PER_CODE {
            let every = match *k {
                ErrorKind::Syntax(_)
                | ErrorKind::UnknownField { .. }
                | ErrorKind::DuplicateField
                | ErrorKind::MissingField
                | ErrorKind::WrongType { .. }
                | ErrorKind::InvalidDate(_)
                | ErrorKind::InvalidCountry(_)
                | ErrorKind::InvalidValue
                | ErrorKind::EmptyText
                | ErrorKind::ControlCharacter
                | ErrorKind::NegativeAmount
                | ErrorKind::AmountOverflow
                | ErrorKind::NumberOutOfRange
                | ErrorKind::ProductOverflow { .. }
                | ErrorKind::TooLong
                | ErrorKind::TooMany
                | ErrorKind::DuplicateValue
                | ErrorKind::DocumentTooLarge
                | ErrorKind::UnsupportedSchema
                | ErrorKind::Inconsistent
                | ErrorKind::AfterEvaluationDate
                | ErrorKind::BufferTooSmall { .. }
                | ErrorKind::InvalidParams(_)
                | ErrorKind::ArithmeticOverflow
                | ErrorKind::Internal => listed(*k),
            };
            assert!(every);
        }
        assert_eq!(ErrorKind::ONE_PER_CODE.len(), 25);
    }

    #[test]
    fn codes_are_unique() {
        let kinds = ErrorKind::ONE_PER_CODE;
        for (i, a) in kinds.iter().enumerate() {
            for b in &kinds[..i] {
                assert_ne!(a.code(), b.code());
                assert_ne!(a.name(), b.name());
            }
        }
    }
}
