//! JSON in and out through serde, with the kernel's own reader and writer, into a
//! caller-provided buffer.
//!
//! Conventions (the schemas in `kernel/schema/` are the contract): dates `YYYY-MM-DD`, money in
//! integer øre in fields ending `_ore`, countries as ISO 3166-1 alpha-2 codes, an unknown fact
//! absent or `null`. Unknown fields are errors, not ignored: a misspelt fact would otherwise be
//! silently unknown.

mod case;
mod case_out;
mod checked;
mod flat_case;
mod kind;
mod params;
mod read;
mod scan;
pub mod select;
mod strict;

pub use strict::{MAX_INPUT_LEN, MAX_NESTING};
mod write;

pub use case::CASE_SCHEMA;
pub use case_out::CaseOut;
pub use flat_case::{INBOUND_CASE_SCHEMA, METHOD_CASE_SCHEMA};
pub use kind::{caller_id_of_json, case_kind_of_json};
pub use params::{
    params_from_json, ParamTable, ParamsMode, MAX_PARAM_ENTRIES, MAX_PARAM_SOURCE, MAX_PARAM_TEXT,
    PARAMS_SCHEMA,
};
pub use write::{json_len, to_slice};

/// The longest JSON an outbound decision is written as (compact, every capacity full, every
/// text escaped at its longest), worked out from `decision.schema.json` by
/// `tests/json_max.rs`. Size a buffer for `evaluate_json` to this and the decision is written
/// in one pass (issue 29); a shorter one is counted first, so that it is left untouched when
/// the decision does not fit.
pub const MAX_DECISION_JSON: usize = 32_320;
/// As [`MAX_DECISION_JSON`], for an inbound decision (`inbound_decision.schema.json`).
pub const MAX_INBOUND_DECISION_JSON: usize = 16_709;
/// As [`MAX_DECISION_JSON`], for a method decision (`method_decision.schema.json`).
pub const MAX_METHOD_DECISION_JSON: usize = 27_990;
/// The longest decision JSON of any kind: a buffer this long takes every decision
/// `evaluate_json` writes, in one pass.
pub const MAX_ANY_DECISION_JSON: usize = {
    const fn larger(a: usize, b: usize) -> usize {
        if a > b {
            a
        } else {
            b
        }
    }
    larger(
        MAX_DECISION_JSON,
        larger(MAX_INBOUND_DECISION_JSON, MAX_METHOD_DECISION_JSON),
    )
};

use crate::case::Case;
use crate::error::Error;
use crate::outbound::decision::Decision;
use crate::params::Params;

/// Reads a case from JSON.
pub fn case_from_json(input: &[u8]) -> Result<Case, Error> {
    Ok(read::parse(input, case::CaseRaw::new, &case::SCHEMA)?.case)
}

#[cfg(feature = "outbound")]
/// Writes a case as JSON (`helserett.case/2`, known facts only) into `out`, returning the
/// bytes written; [`case_from_json`] reads it back as the same case.
pub fn case_to_json(case: &Case, out: &mut [u8]) -> Result<usize, Error> {
    let get = |f: crate::fact::Fact, i: Option<usize>| case.get(f, i);
    let view = CaseOut {
        kind: crate::fact::CaseKind::Outbound,
        evaluation_date: case.evaluation_date,
        id: case.id.as_ref(),
        declined: case.declined,
        audience: case.audience,
        get: &get,
    };
    case_out_to_json(&view, out)
}

/// Writes a case of any kind, as [`CaseOut`] shows it, as JSON (its kind's schema, known facts
/// only) into `out`.
pub fn case_out_to_json(case: &CaseOut<'_>, out: &mut [u8]) -> Result<usize, Error> {
    write::to_slice(case, out)
}

/// The error for a case of a kind this build was made without (a kernel feature left out),
/// named at `schema`.
pub(crate) fn kind_not_built() -> Error {
    Error::new(
        crate::error::ErrorKind::UnsupportedSchema,
        crate::error::FieldPath::of(&["schema"]),
    )
}

/// Writes a decision as JSON into `out`, returning the bytes written.
pub fn decision_to_json(decision: &Decision<'_>, out: &mut [u8]) -> Result<usize, Error> {
    write::to_slice(decision, out)
}

/// Case JSON in, decision JSON out, with the built-in parameters. The case's `schema` field
/// chooses the kind: an inbound case (`helserett.inbound_case/1`) gets the inbound decision
/// (`helserett.inbound_decision/5`), a method case (`helserett.method_case/1`) the method
/// decision (`helserett.method_decision/5`), any other the outbound one
/// (`helserett.decision/8`).
pub fn evaluate_json(input: &[u8], out: &mut [u8]) -> Result<usize, Error> {
    evaluate_json_with(input, Params::builtin(), out)
}

/// Case JSON in, decision JSON out, with a caller's parameter table.
pub fn evaluate_json_with(
    input: &[u8],
    params: Params<'_>,
    out: &mut [u8],
) -> Result<usize, Error> {
    match case_kind_of_json(input) {
        #[cfg(feature = "inbound")]
        crate::fact::CaseKind::Inbound => evaluate_inbound_json_with(input, params, out),
        #[cfg(feature = "methods")]
        crate::fact::CaseKind::Method => evaluate_method_json_with(input, params, out),
        #[cfg(feature = "outbound")]
        crate::fact::CaseKind::Outbound => {
            let case = case_from_json(input)?;
            // The reader checked every value as it stored it; the decision is written from
            // where it was made.
            let checked = crate::fact::CheckedCase::read(&case);
            crate::outbound::evaluate_checked_with(checked, params, |d| {
                write::to_slice_within(d, out, MAX_DECISION_JSON)
            })
        }
        #[allow(unreachable_patterns)]
        _ => Err(kind_not_built()),
    }
}

#[cfg(feature = "outbound")]
/// Reads an outbound case from JSON and decides it with `params`: [`case_from_json`] then
/// [`evaluate_with`](crate::evaluate_with), except that the values are not checked a second
/// time (the reader checks each as it stores it, with `Case::set`).
pub fn decide_json<'p>(input: &[u8], params: Params<'p>) -> Result<Decision<'p>, Error> {
    let case = case_from_json(input)?;
    crate::outbound::evaluate_checked(crate::fact::CheckedCase::read(&case), params)
}

#[cfg(feature = "inbound")]
/// Reads an inbound case (`helserett.inbound_case/1`) from JSON.
pub fn inbound_case_from_json(input: &[u8]) -> Result<crate::inbound::InboundCase, Error> {
    let raw = read::parse(input, flat_case::FlatRaw::new, &flat_case::INBOUND)?;
    Ok(raw.case)
}

#[cfg(feature = "inbound")]
/// Writes an inbound decision as JSON into `out`, returning the bytes written.
pub fn inbound_decision_to_json(
    decision: &crate::inbound::InboundDecision<'_>,
    out: &mut [u8],
) -> Result<usize, Error> {
    write::to_slice(decision, out)
}

#[cfg(feature = "inbound")]
/// Inbound case JSON in, inbound decision JSON out, with the built-in parameters.
pub fn evaluate_inbound_json(input: &[u8], out: &mut [u8]) -> Result<usize, Error> {
    evaluate_inbound_json_with(input, Params::builtin(), out)
}

#[cfg(feature = "inbound")]
/// Inbound case JSON in, inbound decision JSON out, with a caller's parameter table.
pub fn evaluate_inbound_json_with(
    input: &[u8],
    params: Params<'_>,
    out: &mut [u8],
) -> Result<usize, Error> {
    let case = inbound_case_from_json(input)?;
    let decision = crate::inbound::evaluate_inbound_with(&case, params)?;
    write::to_slice_within(&decision, out, MAX_INBOUND_DECISION_JSON)
}

#[cfg(feature = "methods")]
/// Reads a method case (`helserett.method_case/1`) from JSON.
pub fn method_case_from_json(input: &[u8]) -> Result<crate::methods::MethodCase, Error> {
    let raw = read::parse(input, flat_case::FlatRaw::new, &flat_case::METHOD)?;
    Ok(raw.case)
}

#[cfg(feature = "methods")]
/// Writes a method decision as JSON into `out`, returning the bytes written.
pub fn method_decision_to_json(
    decision: &crate::methods::MethodDecision<'_>,
    out: &mut [u8],
) -> Result<usize, Error> {
    write::to_slice(decision, out)
}

#[cfg(feature = "methods")]
/// Method case JSON in, method decision JSON out, with a caller's parameter table.
pub fn evaluate_method_json_with(
    input: &[u8],
    params: Params<'_>,
    out: &mut [u8],
) -> Result<usize, Error> {
    let case = method_case_from_json(input)?;
    let decision = crate::methods::evaluate_method_with(&case, params)?;
    write::to_slice_within(&decision, out, MAX_METHOD_DECISION_JSON)
}
