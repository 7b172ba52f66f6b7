//! What the person answering could not answer, named with the body that settles it (C-04:
//! unknown, never guessed): what they said they do not know ("vet ikke"), and what a body
//! establishes that they cannot speak for (a patient is not asked Helfo's cost estimate; a
//! caseworker leaves the distance to Pasientreiser: `outbound::audience`). The interview does
//! not ask these; the decision stays open on them.

use super::decision::Decision;
use super::routes::Route;
use crate::case::Case;
use crate::fact::{Fact, Missing};
use crate::text::Body;
use heapless::Vec;

/// The most declined facts a decision lists: a patient who cannot answer more than this
/// belongs at a desk, not a kiosk; the rest stay in `missing`, and the case stays open.
pub const MAX_TO_SETTLE: usize = 8;

/// One declined fact still open, and where it is settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct ToSettle {
    /// The fact.
    pub fact: Fact,
    /// The treatment date it is about, for a per-date fact.
    pub index: Option<u8>,
    /// The body that decides the route needing it (Helfo for the EEA refund), when the
    /// sources name one.
    pub body: Option<Body>,
}

impl serde::Serialize for ToSettle {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("ToSettle", 3)?;
        st.serialize_field("fact", self.fact.path())?;
        // As in `missing`: the index only for a per-date fact.
        if let Some(i) = self.index {
            st.serialize_field("index", &i)?;
        }
        st.serialize_field("body", &self.body)?;
        st.end()
    }
}

/// The facts the decision still misses that the person answering cannot give: the EEA
/// refund's first, then each route's in ranking order, each once, with the body that
/// establishes it or else the body of the first route that needs it.
pub(crate) fn to_settle(case: &Case, d: &Decision<'_>) -> Vec<ToSettle, MAX_TO_SETTLE> {
    let mut out: Vec<ToSettle, MAX_TO_SETTLE> = Vec::new();
    let body_of = |r: Route| {
        d.routes
            .iter()
            .find(|o| o.route == r)
            .and_then(|o| o.apply.body)
    };
    let eea = d.missing.iter().filter_map(|m| match m {
        Missing::Fact { fact, index } => Some((*fact, *index, body_of(Route::EeaRefund))),
        Missing::Parameter { .. } => None,
    });
    let routes = d
        .routes
        .iter()
        .flat_map(|o| o.missing.iter().map(move |f| (*f, None, o.apply.body)));
    for (fact, index, route_body) in eea.chain(routes) {
        let listed = out.iter().any(|t| t.fact == fact && t.index == index);
        let left = case.declined.contains(fact) || !case.audience.asks(fact);
        // The body that establishes the fact, else the one that decides the route.
        let body = super::audience::established_by(fact).or(route_body);
        if left && !listed {
            // Beyond the capacity the rest are still in `missing`, and the case still open.
            let _ = out.push(ToSettle { fact, index, body });
        }
    }
    out
}
