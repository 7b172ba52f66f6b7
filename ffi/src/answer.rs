//! Putting a kiosk's answer text into the case: the kernel's `Case::answer` reads it as the
//! fact's kind; here only the C index convention (-1: not a per-date fact) is translated.

use crate::boundary::Failure;
use crate::result::helserett_result;
use kernel::case::Case;
use kernel::fact::{Fact, SetError};

/// Sets `fact` in `case` from the answer text.
pub(crate) fn apply(case: &mut Case, fact: Fact, index: i32, text: &str) -> Result<(), Failure> {
    let index = if fact.per_date() {
        Some(
            usize::try_from(index)
                .map_err(|_| Failure::at(helserett_result::IndexOutOfRange, &"index"))?,
        )
    } else {
        None
    };
    case.answer(fact, index, text).map_err(|e| match e {
        SetError::Invalid(e) => Failure::Kernel(e),
        SetError::NoSuchDate => Failure::at(helserett_result::IndexOutOfRange, &"index"),
    })
}
