//! The C enums and their mapping to the kernel's types.
//!
//! C passes enums as plain integers (`uint32_t` fields): an integer that is not one of the
//! values gets `HELSERETT_RESULT_INVALID_ENUM` naming the field, never undefined behaviour.
//! Zero is "unknown" (or "none") everywhere, so a zero-initialised case is an empty case.
//! The numbers are part of the ABI and never change; a test checks that every kernel value has
//! one.

#![allow(non_camel_case_types)]

use crate::boundary::Failure;
use crate::result::helserett_result;
use kernel::document::Requirement;
use kernel::error::FieldPath;
use kernel::fact::{Fact, Verdict};
use kernel::question::AnswerKind;
use kernel::routes::Route;
use kernel::Lang;

/// A language for texts.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_lang {
    /// Norwegian bokmål.
    Nb = 0,
    /// English.
    En = 1,
}

/// How a caller's parameter table meets the built-in one.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_params_mode {
    /// The built-in table, with the caller's entries in place of those of each parameter the
    /// caller's table names.
    Overlay = 0,
    /// Only the caller's table.
    Replace = 1,
}

/// The mode with this number.
pub(crate) fn params_mode(n: u32) -> Result<kernel::json::ParamsMode, Failure> {
    match n {
        0 => Ok(kernel::json::ParamsMode::Overlay),
        1 => Ok(kernel::json::ParamsMode::Replace),
        _ => Err(Failure::at(helserett_result::InvalidEnum, &"params_mode")),
    }
}

/// Who answers the interview (the case's `audience`).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_audience {
    /// A Helfo caseworker or an integrator (the default).
    Caseworker = 0,
    /// A patient at a kiosk: never asked what only Helfo or Pasientreiser establishes.
    Patient = 1,
    /// Whoever has every document at hand: asked every fact.
    Everyone = 2,
}

// The C numbers are the kernel's declaration order.
const _: () =
    assert!(kernel::case::Audience::Caseworker as u32 == helserett_audience::Caseworker as u32);
const _: () = assert!(kernel::case::Audience::Patient as u32 == helserett_audience::Patient as u32);
const _: () =
    assert!(kernel::case::Audience::Everyone as u32 == helserett_audience::Everyone as u32);

/// The audience with this number.
pub(crate) fn audience(n: u32) -> Result<kernel::case::Audience, Failure> {
    kernel::case::Audience::ALL
        .get(n as usize)
        .copied()
        .ok_or_else(|| Failure::at(helserett_result::InvalidEnum, &"audience"))
}

/// A yes/no fact that may be unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_tristate {
    /// Not known yet.
    Unknown = 0,
    /// No.
    No = 1,
    /// Yes.
    Yes = 2,
}

/// A verdict (C-04).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_verdict {
    /// Not assessed (the part does not apply, for example the refund of a "no").
    NotAssessed = 0,
    /// Eligible / covered.
    Eligible = 1,
    /// Not eligible / not covered.
    NotEligible = 2,
    /// A fact or parameter is missing.
    Undetermined = 3,
    /// The patient may apply; the named body decides at its discretion (C-07).
    Discretion = 4,
}

/// An outbound route (issue 3), in ranking order.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_route {
    /// No route.
    None = 0,
    /// The right to treatment abroad (ABR-01..ABR-07).
    TreatmentAbroad = 1,
    /// An S2 after a medically indefensible wait (WAIT-02).
    IndefensibleWaitS2 = 2,
    /// Helfo pasientformidling after a breached deadline (WAIT-01).
    WaitingTimeBreach = 3,
    /// The EEA refund through Helfo (EEA-*).
    EeaRefund = 4,
    /// The European Health Insurance Card (OTHER-01).
    Ehic = 5,
    /// Members staying abroad (OTHER-03).
    MemberAbroad = 6,
    /// Treatment trips (OTHER-02).
    TreatmentTrip = 7,
}

/// What kind of answer a question takes.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_answer_kind {
    /// No question.
    None = 0,
    /// `yes` or `no` (`ja`/`nei` are accepted too).
    YesNo = 1,
    /// One of the options.
    Choice = 2,
    /// Any number of the options, separated by commas.
    Choices = 3,
    /// A date `YYYY-MM-DD`.
    Date = 4,
    /// One or more dates `YYYY-MM-DD`, separated by commas.
    Dates = 5,
    /// An ISO 3166-1 alpha-2 code.
    Country = 6,
    /// An amount in øre.
    AmountOre = 7,
    /// A whole number.
    Number = 8,
    /// Free text (a place name), UTF-8.
    Text = 9,
}

/// How firmly a document is required (EEA-16..EEA-18).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_requirement {
    /// No document.
    None = 0,
    /// Required.
    Required = 1,
    /// Required if a fact not yet stated turns out to hold.
    IfApplicable = 2,
    /// Up to the patient.
    Optional = 3,
    /// Only if Helfo asks for it (EEA-18).
    OnRequest = 4,
}

/// Which candidate set the refund (EEA-08, EEA-10).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_limit {
    /// Not known.
    None = 0,
    /// The expenses after surcharges.
    Expenses = 1,
    /// Rate × estimated Norwegian cost.
    RateAmount = 2,
    /// The prior-notification maximum.
    PriorNotification = 3,
}

/// Maps an integer from C to a kernel value (`None`: unknown) and back.
pub(crate) trait CEnum: Sized + Copy + 'static {
    /// The kernel's type.
    type Kernel: Copy + PartialEq + 'static;
    /// Every C value but zero, with its kernel value.
    const MAP: &'static [(u32, Self::Kernel)];

    /// The kernel value for a C integer at `path`: zero is `None`, an unlisted value an error.
    fn decode(n: u32, path: FieldPath) -> Result<Option<Self::Kernel>, Failure> {
        if n == 0 {
            return Ok(None);
        }
        Self::MAP
            .iter()
            .find(|(c, _)| *c == n)
            .map(|(_, k)| Some(*k))
            .ok_or(Failure::Boundary(helserett_result::InvalidEnum, path))
    }

    /// The C integer for a kernel value (`None`: zero).
    fn encode(k: Option<Self::Kernel>) -> u32 {
        k.and_then(|k| Self::MAP.iter().find(|(_, v)| *v == k).map(|(c, _)| *c))
            .unwrap_or(0)
    }
}

macro_rules! c_enum {
    ($c:ident => $k:ty { $($cv:ident => $kv:expr),* $(,)? }) => {
        impl CEnum for $c {
            type Kernel = $k;
            const MAP: &'static [(u32, $k)] = &[$(($c::$cv as u32, $kv)),*];
        }
    };
}

c_enum!(helserett_tristate => bool { No => false, Yes => true });
c_enum!(helserett_verdict => Verdict {
    Eligible => Verdict::Eligible,
    NotEligible => Verdict::NotEligible,
    Undetermined => Verdict::Undetermined,
    Discretion => Verdict::Discretion,
});
c_enum!(helserett_route => Route {
    TreatmentAbroad => Route::TreatmentAbroad,
    IndefensibleWaitS2 => Route::IndefensibleWaitS2,
    WaitingTimeBreach => Route::WaitingTimeBreach,
    EeaRefund => Route::EeaRefund,
    Ehic => Route::Ehic,
    MemberAbroad => Route::MemberAbroad,
    TreatmentTrip => Route::TreatmentTrip,
});
c_enum!(helserett_requirement => Requirement {
    Required => Requirement::Required,
    IfApplicable => Requirement::IfApplicable,
    Optional => Requirement::Optional,
    OnRequest => Requirement::OnRequest,
});
c_enum!(helserett_limit => kernel::decision::Limit {
    Expenses => kernel::decision::Limit::Expenses,
    RateAmount => kernel::decision::Limit::RateAmount,
    PriorNotification => kernel::decision::Limit::PriorNotification,
});

/// The language for a C integer.
pub(crate) fn lang(n: u32) -> Result<Lang, Failure> {
    match n {
        x if x == helserett_lang::Nb as u32 => Ok(Lang::Nb),
        x if x == helserett_lang::En as u32 => Ok(Lang::En),
        _ => Err(Failure::at(helserett_result::InvalidEnum, &"lang")),
    }
}

/// The C number of an answer kind.
pub(crate) fn answer_kind(k: AnswerKind) -> helserett_answer_kind {
    use helserett_answer_kind as A;
    match k {
        AnswerKind::YesNo => A::YesNo,
        AnswerKind::Choice(_) => A::Choice,
        AnswerKind::Choices(_) => A::Choices,
        AnswerKind::Date => A::Date,
        AnswerKind::Dates => A::Dates,
        AnswerKind::Country => A::Country,
        AnswerKind::Amount => A::AmountOre,
        AnswerKind::Number => A::Number,
        AnswerKind::Text => A::Text,
    }
}

/// The C number of a kernel fact (`helserett_fact`, from the fact table).
pub(crate) fn fact_number(f: Fact) -> u32 {
    f.number()
}

/// The fact with this C number.
pub(crate) fn fact_from_number(n: u32) -> Result<Fact, Failure> {
    Fact::from_number(n).ok_or(Failure::at(helserett_result::InvalidEnum, &"fact"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn covers<C: CEnum>(all: &[C::Kernel]) {
        for k in all {
            let n = C::encode(Some(*k));
            assert_ne!(n, 0);
            assert!(C::decode(n, FieldPath::ROOT).unwrap() == Some(*k));
        }
        assert_eq!(C::MAP.len(), all.len());
        assert!(C::decode(0, FieldPath::ROOT).unwrap().is_none());
        assert!(C::decode(u32::MAX, FieldPath::ROOT).is_err());
    }

    #[test]
    fn every_kernel_value_has_a_c_number() {
        covers::<helserett_tristate>(&[false, true]);
        covers::<helserett_verdict>(Verdict::ALL);
        covers::<helserett_route>(Route::ALL);
        covers::<helserett_requirement>(Requirement::ALL);
        covers::<helserett_limit>(kernel::decision::Limit::ALL);
        for f in Fact::ALL {
            assert_ne!(fact_number(*f), 0, "{f:?} has no C number");
            assert_eq!(fact_from_number(fact_number(*f)).unwrap(), *f);
        }
        let mut numbers: Vec<u32> = Fact::ALL.iter().map(|f| f.number()).collect();
        numbers.sort_unstable();
        numbers.dedup();
        assert_eq!(numbers.len(), Fact::ALL.len(), "two facts share a C number");
        assert!(fact_from_number(0).is_err());
        assert!(fact_from_number(Fact::ALL.len() as u32 + 1).is_err());
    }
}
