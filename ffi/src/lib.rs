//! # helserett-ffi
//!
//! The C ABI over the helserett kernel, for kiosks and patient-record (EPJ) systems. The
//! header `include/helserett.h` is generated from this crate by cbindgen and checked in; a
//! test fails when it is stale.
//!
//! Conventions (rustls-ffi's; see STYLE.md):
//! - every symbol starts with `helserett_`, every constant with `HELSERETT_`;
//! - every fallible call returns a `helserett_result`; outputs go through out-pointers and are
//!   written only on success (the two named exceptions are the size needed on
//!   `BUFFER_TOO_SMALL` and the optional error detail, written only on failure);
//! - every pointer is checked for NULL, every enum arrives as an integer and is checked, every
//!   body runs inside a panic boundary;
//! - no allocation, no global state: every call is thread-safe and reentrant.
//!
//! Two ways in, each for every kind of case: JSON (`helserett_evaluate_json`) and the
//! fixed-size struct path (`helserett_case` → `helserett_evaluate` / `helserett_next_question`
//! / `helserett_case_answer` / `helserett_explain` / `helserett_view`). Both give the decision
//! the Rust kernel gives; every call takes a parameter table (NULL: the built-in one). The
//! kind is the case's own (its JSON `schema`, its struct's `kind`): no call names a kind.
//!
//! Domain logic lives only in the kernel: this crate translates representations.
#![deny(unsafe_op_in_unsafe_fn)]
#![deny(missing_docs)]

mod answer;
pub mod boundary;
pub mod case;
pub mod decision;
pub mod enums;
pub mod json;
pub mod params;
pub mod result;
pub mod struct_path;
pub mod text;

pub use boundary::{
    helserett_error_detail, HELSERETT_KIND_CAPACITY, HELSERETT_MAX_DECISION_JSON,
    HELSERETT_MAX_INPUT_LEN, HELSERETT_MESSAGE_CAPACITY, HELSERETT_PATH_CAPACITY,
};
pub use case::*;
pub use decision::*;
pub use enums::*;
pub use json::*;
pub use params::*;
pub use result::helserett_result;
pub use struct_path::*;
pub use text::*;

/// The kernel this library wraps, for Rust tests that compare the two.
pub use kernel;
