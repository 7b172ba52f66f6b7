//! The result code every fallible call returns, and its text.
//!
//! Codes below 1000 are the kernel's own error kinds with the kernel's numbers
//! (`ErrorKind::code`), so C, Rust, Python and the JSON error reports agree on them. Codes from
//! 1000 are the boundary's: what only a C caller can get wrong. Numbers are never reused; a
//! retired code stays here as a comment.

use kernel::ErrorKind;

/// The outcome of a call: `HELSERETT_RESULT_OK` (0) or what went wrong.
#[allow(non_camel_case_types)]
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_result {
    /// Success; the outputs are written.
    Ok = 0,

    // Input errors (100..199), the kernel's numbers.
    /// The input is not well-formed JSON.
    Syntax = 100,
    /// A field the schema does not have.
    UnknownField = 101,
    /// The same field twice in one object.
    DuplicateField = 102,
    /// A required field is absent.
    MissingField = 103,
    /// A value of the wrong JSON type.
    WrongType = 104,
    /// A date that is malformed or does not exist.
    InvalidDate = 110,
    /// A country code that is malformed or not assigned.
    InvalidCountry = 111,
    /// A string or answer that is not one of the allowed values.
    InvalidValue = 112,
    /// Text where some is required is empty; an unknown value is `null` (or `""` in C).
    EmptyText = 113,
    /// Text holding a control character.
    ControlCharacter = 114,
    /// A negative amount of money.
    NegativeAmount = 120,
    /// An amount above 10^15 øre.
    AmountOverflow = 121,
    /// A number outside the range its field allows.
    NumberOutOfRange = 122,
    /// Two values in range whose product passes 10^15 øre (the detail names both fields).
    ProductOverflow = 123,
    /// A string longer than its field's capacity.
    TooLong = 130,
    /// More elements than the field's capacity.
    TooMany = 131,
    /// The same value twice in a set (a stage granted twice).
    DuplicateValue = 132,
    /// A JSON document longer than `HELSERETT_MAX_INPUT_LEN`, as the kernel reports it on
    /// every interface. A C call checks its input length first and reports a longer one as
    /// `INPUT_TOO_LARGE` (1004) before reading a byte, so C callers meet this code only
    /// through the kernel's own limit.
    DocumentTooLarge = 133,
    /// A `schema` other than the one this library reads.
    UnsupportedSchema = 140,
    /// Facts that contradict each other.
    Inconsistent = 150,
    /// A date after the evaluation date on a fact that can only lie in the past.
    AfterEvaluationDate = 151,

    // Output (200..299).
    /// The output buffer is too small; `*out_n` holds the size needed.
    BufferTooSmall = 200,

    // Parameters and arithmetic (300..499).
    /// A parameter table is invalid.
    InvalidParams = 300,
    /// A computation left the representable range.
    ArithmeticOverflow = 400,

    // Bugs (900..999).
    /// A fixed capacity of the kernel was exceeded: a bug, reported instead of a crash.
    Internal = 900,

    // The boundary (1000..): caller errors only C can make.
    /// A required pointer is NULL.
    NullParameter = 1000,
    /// An integer that is not one of its enum's values.
    InvalidEnum = 1001,
    /// A fixed-size string field without its terminating NUL.
    UnterminatedString = 1002,
    /// A string field that is not valid UTF-8.
    InvalidUtf8 = 1003,
    /// A length above `HELSERETT_MAX_INPUT_LEN` (input) or `PTRDIFF_MAX` (output).
    InputTooLarge = 1004,
    /// A bug in this library panicked; the panic was caught at the boundary.
    Panic = 1005,
    /// An index past the end of a list (a choice option, a treatment date).
    IndexOutOfRange = 1006,
}

/// Every code, for the tests and for `helserett_error_text`.
pub(crate) const ALL_RESULTS: [helserett_result; 33] = {
    use helserett_result as R;
    [
        R::Ok,
        R::Syntax,
        R::UnknownField,
        R::DuplicateField,
        R::MissingField,
        R::WrongType,
        R::InvalidDate,
        R::InvalidCountry,
        R::InvalidValue,
        R::EmptyText,
        R::ControlCharacter,
        R::NegativeAmount,
        R::AmountOverflow,
        R::NumberOutOfRange,
        R::ProductOverflow,
        R::TooLong,
        R::TooMany,
        R::DuplicateValue,
        R::DocumentTooLarge,
        R::UnsupportedSchema,
        R::Inconsistent,
        R::AfterEvaluationDate,
        R::BufferTooSmall,
        R::InvalidParams,
        R::ArithmeticOverflow,
        R::Internal,
        R::NullParameter,
        R::InvalidEnum,
        R::UnterminatedString,
        R::InvalidUtf8,
        R::InputTooLarge,
        R::Panic,
        R::IndexOutOfRange,
    ]
};

impl helserett_result {
    /// The code for a kernel error kind: the same number.
    pub fn from_kind(kind: &ErrorKind) -> helserett_result {
        use helserett_result as R;
        match kind {
            ErrorKind::Syntax(_) => R::Syntax,
            ErrorKind::UnknownField { .. } => R::UnknownField,
            ErrorKind::DuplicateField => R::DuplicateField,
            ErrorKind::MissingField => R::MissingField,
            ErrorKind::WrongType { .. } => R::WrongType,
            ErrorKind::InvalidDate(_) => R::InvalidDate,
            ErrorKind::InvalidCountry(_) => R::InvalidCountry,
            ErrorKind::InvalidValue => R::InvalidValue,
            ErrorKind::EmptyText => R::EmptyText,
            ErrorKind::ControlCharacter => R::ControlCharacter,
            ErrorKind::NegativeAmount => R::NegativeAmount,
            ErrorKind::AmountOverflow => R::AmountOverflow,
            ErrorKind::NumberOutOfRange => R::NumberOutOfRange,
            ErrorKind::ProductOverflow { .. } => R::ProductOverflow,
            ErrorKind::TooLong => R::TooLong,
            ErrorKind::TooMany => R::TooMany,
            ErrorKind::DuplicateValue => R::DuplicateValue,
            ErrorKind::DocumentTooLarge => R::DocumentTooLarge,
            ErrorKind::UnsupportedSchema => R::UnsupportedSchema,
            ErrorKind::Inconsistent => R::Inconsistent,
            ErrorKind::AfterEvaluationDate => R::AfterEvaluationDate,
            ErrorKind::BufferTooSmall { .. } => R::BufferTooSmall,
            ErrorKind::InvalidParams(_) => R::InvalidParams,
            ErrorKind::ArithmeticOverflow => R::ArithmeticOverflow,
            // `ErrorKind` is non-exhaustive: a kind added to the kernel but not here is a bug
            // of this crate, which the test `every_kernel_code_is_a_result` catches.
            _ => R::Internal,
        }
    }

    /// The code with this number, if any.
    pub fn from_u32(n: u32) -> Option<helserett_result> {
        ALL_RESULTS.into_iter().find(|r| *r as u32 == n)
    }

    /// The stable name of the code: the kernel's kind name for its codes (`negative_amount`),
    /// the boundary's own for the rest (`null_parameter`), as every error report names it.
    pub fn name(self) -> &'static str {
        use helserett_result as R;
        match self {
            R::Ok => "ok",
            R::NullParameter => "null_parameter",
            R::InvalidEnum => "invalid_enum",
            R::UnterminatedString => "unterminated_string",
            R::InvalidUtf8 => "invalid_utf8",
            R::InputTooLarge => "input_too_large",
            R::Panic => "panic",
            R::IndexOutOfRange => "index_out_of_range",
            r => ErrorKind::ONE_PER_CODE
                .iter()
                .find(|k| k.code() == r as u32)
                .map_or("internal", |k| k.name()),
        }
    }

    /// A one-line description, in English (the JSON messages and `error_detail` are English
    /// too; kiosk texts for patients come from the reason and question tables).
    pub fn text(self) -> &'static str {
        use helserett_result as R;
        match self {
            R::Ok => "success",
            R::Syntax => "malformed JSON",
            R::UnknownField => "unknown field",
            R::DuplicateField => "field given twice",
            R::MissingField => "required field is missing",
            R::WrongType => "value has the wrong JSON type",
            R::InvalidDate => "invalid date",
            R::InvalidCountry => "invalid country",
            R::InvalidValue => "not one of the allowed values",
            R::EmptyText => "empty text",
            R::ControlCharacter => "control character in the text",
            R::NegativeAmount => "amount is negative",
            R::AmountOverflow => "amount exceeds 10^15 øre",
            R::NumberOutOfRange => "number out of range for this field",
            R::ProductOverflow => "a product of two fields exceeds 10^15 øre",
            R::TooLong => "string longer than the field's capacity",
            R::TooMany => "more elements than the field's capacity",
            R::DuplicateValue => "the same value given twice",
            R::DocumentTooLarge => "input longer than 1 MiB (1048576 bytes)",
            R::UnsupportedSchema => "unsupported schema version",
            R::Inconsistent => "contradicts another fact of the case",
            R::AfterEvaluationDate => "dated after the evaluation date",
            R::BufferTooSmall => "output buffer too small",
            R::InvalidParams => "invalid parameter table",
            R::ArithmeticOverflow => "arithmetic overflow",
            R::Internal => "internal capacity exceeded (a bug)",
            R::NullParameter => "a required pointer is NULL",
            R::InvalidEnum => "integer is not one of its enum's values",
            R::UnterminatedString => "string field has no terminating NUL",
            R::InvalidUtf8 => "string field is not valid UTF-8",
            R::InputTooLarge => "length too large",
            R::Panic => "a bug in helserett panicked (caught at the boundary)",
            R::IndexOutOfRange => "index past the end of the list",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kernel_code_is_a_result_with_the_same_number() {
        let kinds = ErrorKind::ONE_PER_CODE.iter().copied();
        for k in kinds {
            assert_eq!(helserett_result::from_kind(&k) as u32, k.code(), "{k:?}");
        }
    }

    #[test]
    fn codes_are_unique_and_round_trip() {
        let real = ALL_RESULTS;
        for (i, a) in real.iter().enumerate() {
            assert_eq!(helserett_result::from_u32(*a as u32), Some(*a));
            assert!(real[..i].iter().all(|b| b != a), "{a:?} listed twice");
        }
        assert_eq!(helserett_result::from_u32(7), None);
    }
}
