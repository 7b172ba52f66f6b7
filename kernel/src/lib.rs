//! # helserett
//!
//! The rules kernel for Norwegian cross-border health care: which scheme applies, how much is
//! refunded, by when, why, and what is still missing. `#![no_std]`, no `alloc`, no floating
//! point, no clock, no global state: every call is a pure function of its inputs.
//!
//! Rule IDs (`EEA-08`, `RISK-01` …) refer to `RULES.md`; they appear in code comments, reason
//! codes and test names.
//!
//! ```
//! use helserett::{evaluate_json, Date};
//! let case = br#"{"evaluation_date":"2024-06-01","treatment":{"country":"CH"}}"#;
//! let mut out = [0u8; 8192];
//! let n = evaluate_json(case, &mut out).unwrap();
//! let json = core::str::from_utf8(&out[..n]).unwrap();
//! assert!(json.contains(r#""verdict":"not_eligible""#));
//! assert!(json.contains("EEA-02"));
//! # let _ = Date::ymd(2024, 6, 1);
//! ```
#![cfg_attr(not(test), no_std)]
#![deny(unsafe_code)]
#![deny(missing_docs)]
// A build without every kind (the kernel's `outbound`, `inbound` and `methods` features) leaves
// some shared helpers unused; the full build is the one linted.
#![cfg_attr(
    not(all(feature = "outbound", feature = "inbound", feature = "methods")),
    allow(dead_code, unused_imports, unused_variables)
)]

#[cfg(not(any(feature = "outbound", feature = "inbound", feature = "methods")))]
compile_error!(
    "helserett decides at least one kind of case: enable `outbound`, `inbound` or `methods`"
);

pub mod answer;
pub mod any;
pub mod case;
pub mod catalogue;
pub mod country;
pub mod date;
pub mod document;
pub mod error;
pub mod estimate;
pub mod explain;
pub mod fact;
pub mod inbound;
pub mod json;
mod ledger;
pub mod limits;
pub mod methods;
pub mod money;
mod name;
pub mod outbound;
pub mod outputs;
pub mod params;
pub mod reason;
pub mod receipt;
pub mod region;
pub mod suggest;
pub mod text;
pub mod value;
pub mod view;
pub mod why;

pub use any::{AnyCase, AnyDecision, Decided};
pub use case::Case;
pub use country::Country;
pub use date::Date;
pub use decision::Decision;
pub use error::{Error, ErrorKind};
pub use explain::explain;
#[cfg(feature = "inbound")]
pub use explain::explain_inbound;
#[cfg(feature = "methods")]
pub use explain::explain_method;
pub use fact::{CaseKind, CheckedCase, Fact, Missing, SetError, Verdict};
#[cfg(feature = "inbound")]
pub use inbound::{evaluate_inbound, evaluate_inbound_with};
pub use inbound::{InboundCase, InboundDecision};
#[cfg(feature = "outbound")]
pub use json::case_to_json;
#[cfg(feature = "methods")]
pub use json::method_case_from_json;
pub use json::{case_from_json, decision_to_json, evaluate_json, evaluate_json_with};
#[cfg(feature = "inbound")]
pub use json::{evaluate_inbound_json, inbound_case_from_json};
#[cfg(feature = "methods")]
pub use methods::{evaluate_method, evaluate_method_with};
pub use methods::{MethodCase, MethodDecision};
pub use money::{BasisPoints, Ore};
#[cfg(feature = "outbound")]
pub use outbound::{evaluate, evaluate_checked, evaluate_checked_with, evaluate_with};
pub use params::{ParamEntry, ParamId, Params};
pub use reason::{Lang, ReasonCode};

/// The outbound routes (ABR, WAIT, OTHER and the EEA refund), ranked.
pub mod routes {
    pub use crate::outbound::routes::*;
}

/// The outbound decision: verdict, amounts, deadlines, documents, reasons, routes.
pub mod decision {
    pub use crate::outbound::decision::*;
}

/// The interview: the next question for a decided case.
pub mod question {
    pub use crate::outbound::interview::*;
}
pub use value::Value;
pub use view::patient_view;

/// The crate version, as in `Cargo.toml`.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
