//! Every limit on what the kernel reads, in one place. Each interface (Rust, the CLI, the C
//! ABI, Python, the firmware) reads through the kernel and so meets the same limits with the
//! same error; the one difference is named below.
//!
//! | limit | value | over it |
//! |---|---|---|
//! | a JSON document (case, parameter table) | [`MAX_INPUT_LEN`] = 1 MiB | `document_too_large` (133) at `$` |
//! | nesting of arrays and objects | [`MAX_NESTING`] = 32 levels | `syntax` (100), "nested too deeply" |
//! | treatment dates in a case | [`MAX_TREATMENT_DATES`] = 8 | `too_many` (131) at the ninth |
//! | a place name (`travel.home`, …) | [`MAX_PLACE_NAME`] = 48 bytes of UTF-8 | `too_long` (130) |
//! | an amount | [`Ore::MAX`] = 10^15 øre | `amount_overflow` (121); below 0, `negative_amount` (120) |
//! | a year | [`MIN_YEAR`]..=[`MAX_YEAR`] | `invalid_date` (110) |
//! | entries in a parameter table | [`MAX_PARAM_ENTRIES`] = 96 | `too_many` (131) |
//! | the sources of a table, in all / one source | [`MAX_PARAM_TEXT`] = 8192 / [`MAX_PARAM_SOURCE`] = 400 bytes | `too_long` (130) |
//!
//! Whole numbers (counts, kilometres, county numbers) have their range in the fact table
//! (`Fact::range`, the schema's `minimum`/`maximum`): `number_out_of_range` (122) outside it.
//!
//! The one difference: the C ABI checks an input's length before it reads a byte (a length
//! beyond the limit is a caller's mistake, and the bytes may not even be readable), and says so
//! with its boundary code `HELSERETT_RESULT_INPUT_TOO_LARGE` (1004) at the parameter's name,
//! at the same limit.

pub use crate::case::{MAX_PLACE_NAME, MAX_TREATMENT_DATES};
pub use crate::date::{MAX_YEAR, MIN_YEAR};
pub use crate::json::{
    MAX_INPUT_LEN, MAX_NESTING, MAX_PARAM_ENTRIES, MAX_PARAM_SOURCE, MAX_PARAM_TEXT,
};
pub use crate::money::Ore;
