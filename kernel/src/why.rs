//! Why a decision's headline came out as it did: the reason codes that decided it, for an
//! analyst's "why not eligible?" in a column (issue 30) and for anyone who wants the short
//! answer without reading every reason. A decision's `reasons` also hold what only informs
//! (where to send the claim, how the user fee counts); these are the ones that decide.
//!
//! - **Treatment abroad** (the EEA refund's verdict): when it is not eligible, the reasons
//!   that closed it ([`REFUSALS`]: the same the patient's view shows as "why"); otherwise the
//!   scheme's conditions that held ([`CONDITION_RULES`]), without a refusal's reason (one
//!   treatment date's passed deadline in a claim otherwise open). What is still open is
//!   `missing`.
//! - **A stay in a Norwegian hospital** (`covered`): the reasons of the entitlement rules
//!   (IN-01 to IN-13), not those of invoicing (IN-14) or the note that NAV decides membership
//!   (IN-15).
//! - **A method not approved** (`recommended`): the recommended route's reasons; when no route
//!   is recommended, the decision's own first (`MET_NOT_USED`), then the reasons each closed
//!   route gives.
//!
//! [`REFUSALS`]: crate::outbound::decision::REFUSALS
//! [`CONDITION_RULES`]: crate::outbound::decision::CONDITION_RULES

use crate::any::AnyDecision;
use crate::reason::ReasonCode;
use heapless::Vec;

/// The most reasons a "why" holds.
pub const MAX_WHY: usize = 24;

/// A "why": the reasons, in a fixed room (no allocation; a column of a million rows keeps one
/// per row).
pub type Why = Vec<ReasonCode, MAX_WHY>;

/// The reasons that decided `d`'s headline, in the decision's order, each once.
pub fn why(d: AnyDecision<'_, '_>) -> Why {
    let mut out = Vec::new();
    let mut add = |r: ReasonCode| {
        if !out.contains(&r) {
            // A "why" longer than its bound keeps its first reasons (the bound is above any
            // decision's; a test decides every vector against it).
            let _ = out.push(r);
        }
    };
    match d {
        #[cfg(feature = "outbound")]
        AnyDecision::Outbound(d) => {
            use crate::outbound::decision::{CONDITION_RULES, REFUSALS};
            let refused = d.verdict == crate::fact::Verdict::NotEligible;
            d.reasons
                .iter()
                .copied()
                .filter(|r| {
                    if refused {
                        REFUSALS.contains(r)
                    } else {
                        CONDITION_RULES.contains(&r.rule()) && !REFUSALS.contains(r)
                    }
                })
                .for_each(&mut add);
        }
        #[cfg(feature = "inbound")]
        AnyDecision::Inbound(d) => d
            .reasons
            .iter()
            .copied()
            .filter(|r| !matches!(r.rule(), "IN-14" | "IN-15"))
            .for_each(&mut add),
        #[cfg(feature = "methods")]
        AnyDecision::Method(d) => {
            let recommended = d
                .recommended
                .and_then(|m| d.routes.iter().find(|o| o.route == m));
            match recommended {
                Some(o) => o.reasons.iter().copied().for_each(&mut add),
                None => {
                    // The decision's own first: a long "why" keeps them within its bound.
                    d.reasons.iter().copied().for_each(&mut add);
                    d.routes
                        .iter()
                        .filter(|o| o.verdict == crate::fact::Verdict::NotEligible)
                        .flat_map(|o| o.reasons.iter().copied())
                        .for_each(&mut add);
                }
            }
        }
    }
    out
}
