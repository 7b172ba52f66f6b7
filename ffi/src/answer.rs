//! Putting a person's answer text into a case of any kind: the kernel's `AnyCase::answer` reads
//! it as the fact's kind; here only the C index convention (-1: not a per-date fact) is
//! translated.

use crate::boundary::Failure;
use crate::result::helserett_result;
use kernel::fact::{Fact, SetError};
use kernel::AnyCase;

/// Sets `fact` in `case` from the answer text.
pub(crate) fn apply(case: &mut AnyCase, fact: Fact, index: i32, text: &str) -> Result<(), Failure> {
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
