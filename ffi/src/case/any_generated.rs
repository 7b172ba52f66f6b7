//! GENERATED from the kernel's case kinds (`CaseKind`) by `kernel/tests/generated.rs`: run
//! `HELSERETT_REGEN=1 cargo test -p helserett --test generated` after adding a kind. Do
//! not edit by hand.
//!
//! A case of any kind: its `kind` and the union of the kinds' structs, and the one
//! translation to and from the kernel's `AnyCase` that every C call goes through.

#![allow(non_camel_case_types)]

use super::*;
use kernel::fact::CaseKind;
use kernel::AnyCase;

// Each kind's own struct and conversions, generated from its facts.
#[path = "outbound_generated.rs"]
mod outbound_generated;
pub use outbound_generated::*;
#[path = "inbound_generated.rs"]
mod inbound_generated;
pub use inbound_generated::*;
#[path = "method_generated.rs"]
mod method_generated;
pub use method_generated::*;

/// The kind of case a `helserett_case` holds (its `kind`): the kernel's `CaseKind`, in
/// its order, so that a case zeroed with `{0}` is an outbound one.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_case_kind {
    /// `outbound` cases (`helserett.case/2`).
    Outbound = 0,
    /// `inbound` cases (`helserett.inbound_case/1`).
    Inbound = 1,
    /// `method` cases (`helserett.method_case/1`).
    Method = 2,
}

const _: () = assert!(CaseKind::Outbound as u32 == helserett_case_kind::Outbound as u32);
const _: () = assert!(CaseKind::Inbound as u32 == helserett_case_kind::Inbound as u32);
const _: () = assert!(CaseKind::Method as u32 == helserett_case_kind::Method as u32);

/// Each kind's case; the `helserett_case`'s `kind` says which one is filled.
#[repr(C)]
#[derive(Clone, Copy)]
pub union helserett_case_body {
    /// A `outbound` case.
    pub outbound: helserett_outbound_case,
    /// A `inbound` case.
    pub inbound: helserett_inbound_case,
    /// A `method` case.
    pub method: helserett_method_case,
}

/// One case of any kind, filled field by field: `helserett_case_init` writes the empty
/// case of a kind, `helserett_case_from_json` the case a JSON document holds (its kind from
/// its `schema`), and `helserett_case_answer` records a person's answer.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_case {
    /// A `helserett_case_kind`: which member of `body` is filled.
    pub kind: u32,
    /// The case itself, in the member named by `kind`.
    pub body: helserett_case_body,
}

impl helserett_case {
    /// The empty case of `kind` on `evaluation_date`: every fact unknown.
    pub(crate) fn empty(kind: CaseKind, evaluation_date: helserett_date) -> helserett_case {
        let body = match kind {
            CaseKind::Outbound => helserett_case_body {
                outbound: helserett_outbound_case::empty(evaluation_date),
            },
            CaseKind::Inbound => helserett_case_body {
                inbound: helserett_inbound_case::empty(evaluation_date),
            },
            CaseKind::Method => helserett_case_body {
                method: helserett_method_case::empty(evaluation_date),
            },
        };
        helserett_case {
            kind: kind as u32,
            body,
        }
    }

    /// The `outbound` case, when that is the kind held (for Rust callers and tests).
    pub fn outbound(&self) -> Option<&helserett_outbound_case> {
        // SAFETY: as `stored_any`: any bytes are a value of the member `kind` names.
        if self.kind == CaseKind::Outbound as u32 {
            Some(unsafe { &self.body.outbound })
        } else {
            None
        }
    }

    /// The `outbound` case to fill in, when that is the kind held.
    pub fn outbound_mut(&mut self) -> Option<&mut helserett_outbound_case> {
        // SAFETY: as above.
        if self.kind == CaseKind::Outbound as u32 {
            Some(unsafe { &mut self.body.outbound })
        } else {
            None
        }
    }

    /// The `inbound` case, when that is the kind held (for Rust callers and tests).
    pub fn inbound(&self) -> Option<&helserett_inbound_case> {
        // SAFETY: as `stored_any`: any bytes are a value of the member `kind` names.
        if self.kind == CaseKind::Inbound as u32 {
            Some(unsafe { &self.body.inbound })
        } else {
            None
        }
    }

    /// The `inbound` case to fill in, when that is the kind held.
    pub fn inbound_mut(&mut self) -> Option<&mut helserett_inbound_case> {
        // SAFETY: as above.
        if self.kind == CaseKind::Inbound as u32 {
            Some(unsafe { &mut self.body.inbound })
        } else {
            None
        }
    }

    /// The `method` case, when that is the kind held (for Rust callers and tests).
    pub fn method(&self) -> Option<&helserett_method_case> {
        // SAFETY: as `stored_any`: any bytes are a value of the member `kind` names.
        if self.kind == CaseKind::Method as u32 {
            Some(unsafe { &self.body.method })
        } else {
            None
        }
    }

    /// The `method` case to fill in, when that is the kind held.
    pub fn method_mut(&mut self) -> Option<&mut helserett_method_case> {
        // SAFETY: as above.
        if self.kind == CaseKind::Method as u32 {
            Some(unsafe { &mut self.body.method })
        } else {
            None
        }
    }
}

/// The kind with this number.
pub(crate) fn case_kind(n: u32) -> Result<CaseKind, Failure> {
    CaseKind::ALL
        .get(n as usize)
        .copied()
        .ok_or_else(|| Failure::at(helserett_result::InvalidEnum, &"kind"))
}

/// The C case as the kernel's, every value stored; an outbound case is checked once
/// where it is decided (`AnyCase::decide`), the others as they are stored.
pub(crate) fn stored_any(c: &helserett_case) -> Result<AnyCase, Failure> {
    // SAFETY (each arm): every field of every kind's struct is an integer or an array of
    // them, so any bytes are a value of it; `kind` names the member the caller filled.
    Ok(match case_kind(c.kind)? {
        CaseKind::Outbound => AnyCase::Outbound(outbound_to_kernel(unsafe { &c.body.outbound })?),
        CaseKind::Inbound => AnyCase::Inbound(inbound_to_kernel(unsafe { &c.body.inbound })?),
        CaseKind::Method => AnyCase::Method(method_to_kernel(unsafe { &c.body.method })?),
    })
}

/// The kernel's case of any kind in the C representation.
pub(crate) fn any_from_kernel(k: &AnyCase) -> helserett_case {
    let (kind, body) = match k {
        AnyCase::Outbound(c) => (
            CaseKind::Outbound,
            helserett_case_body {
                outbound: outbound_from_kernel(c),
            },
        ),
        AnyCase::Inbound(c) => (
            CaseKind::Inbound,
            helserett_case_body {
                inbound: inbound_from_kernel(c),
            },
        ),
        AnyCase::Method(c) => (
            CaseKind::Method,
            helserett_case_body {
                method: method_from_kernel(c),
            },
        ),
    };
    helserett_case {
        kind: kind as u32,
        body,
    }
}
