//! Who can answer what (issue 23). The seeds give some facts to a body: Helfo judges whether
//! the care is comparable (EEA-07), estimates the Norwegian cost (EEA-08), checks the itemised
//! invoice against a prior notification (EEA-11), sorts the itemised invoice's private-patient
//! surcharges from the refundable expenses (EEA-09) and computes the user fee against its own
//! exemption-card register (EEA-19); Pasientreiser decides travel: the nearest place in Norway
//! where the care is given, the distance and the fare (EEA-13). A patient is never asked
//! those; a Helfo caseworker is asked Helfo's and leaves Pasientreiser's. What an audience is
//! not asked goes to the decision's `to_settle` with the body that settles it.

use crate::case::Audience;
use crate::fact::Fact;
use crate::text::Body;

/// The body that establishes `fact` from its own records, the claim's documents or its own
/// judgement, where the seeds give it one; `None` for what the person answering knows.
pub const fn established_by(fact: Fact) -> Option<Body> {
    match fact {
        // EEA-07: a caseworker's judgement, an input never inferred.
        Fact::ComparableCare
        // EEA-08: Helfo estimates the cost of the same care in Norway (DRG).
        | Fact::EstimatedNorwegianCost
        | Fact::DrgPoints
        // EEA-09: which items of the itemised invoice are private-patient surcharges (extra
        // doctors' fees, a better room) is read from it by Helfo; the patient gives the total.
        | Fact::PrivateSurcharges
        // EEA-19: "Det blir beregnet en egenandel under saksbehandlingen": from the itemised
        // invoice (admitted or outpatient, consultations) and the exemption-card register.
        | Fact::Setting
        | Fact::OutpatientConsultations
        | Fact::HoldsExemptionCard
        // EEA-15: the days Helfo received an application or a claim are in its own records.
        | Fact::ApplicationReceived
        | Fact::ClaimReceived => Some(Body::Helfo),
        // EEA-13: Pasientreiser decides and pays the travel claim Helfo forwards.
        Fact::TravelNearestPlace
        | Fact::TravelOneWayKm
        | Fact::TravelExceedsMinimumFare
        | Fact::TravelScheduledFare => Some(Body::Pasientreiser),
        _ => None,
    }
}

impl Audience {
    /// Whether this audience is asked `fact` (a caseworker is asked what Helfo establishes; a
    /// patient only what no body establishes).
    pub const fn asks(self, fact: Fact) -> bool {
        matches!(
            (self, established_by(fact)),
            (_, None) | (Audience::Caseworker, Some(Body::Helfo)) | (Audience::Everyone, _)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 23: a patient is never asked what only Helfo or Pasientreiser establishes; a
    /// caseworker is asked Helfo's facts and not Pasientreiser's.
    #[test]
    fn eea_07_comparability_and_the_cost_estimate_are_never_asked_of_a_patient() {
        for f in [
            Fact::ComparableCare,
            Fact::EstimatedNorwegianCost,
            Fact::DrgPoints,
        ] {
            assert!(!Audience::Patient.asks(f), "{f:?}");
            assert!(Audience::Caseworker.asks(f), "{f:?}");
        }
        assert!(!Audience::Caseworker.asks(Fact::TravelOneWayKm));
        assert!(Audience::Patient.asks(Fact::TravelClaimed));
        assert!(Audience::Patient.asks(Fact::InvoiceDate));
    }
}
