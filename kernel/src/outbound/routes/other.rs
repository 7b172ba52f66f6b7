//! The other schemes the router must know: the EHIC (OTHER-01), treatment trips (OTHER-02)
//! and members staying abroad (OTHER-03).

use super::Eval;
use crate::case::{Case, Need};
use crate::fact::{Fact, Verdict};
use crate::reason::ReasonCode as R;

/// OTHER-01: necessary care during a temporary stay in an EHIC country (G-02), for a member.
pub(super) fn ehic(case: &Case) -> Eval {
    let mut e = Eval::new();
    let t = &case.treatment;
    match t.country {
        None => e.lacks(Fact::TreatmentCountry),
        Some(c) if c.is_norway() || !c.issues_ehic() => e.no(R::EhicCountryNotIssuing),
        Some(c) => match case.patient.residence_country {
            None => e.lacks(Fact::ResidenceCountry),
            Some(r) if r.state() == c.state() => e.no(R::EhicNotTemporaryStay),
            Some(_) => {}
        },
    }
    match t.need {
        None => e.lacks(Fact::Need),
        Some(Need::Planned) => e.no(R::EhicNotForPlannedCare),
        Some(Need::AroseAbroad | Need::Urgent) => {}
    }
    e.condition(
        case.patient.member_of_folketrygden,
        Fact::MemberOfFolketrygden,
        None,
        R::EeaNotMember,
    );
    if e.verdict == Verdict::Eligible {
        e.yes(R::EhicNecessaryCare);
        e.yes(R::EeaEhicFeesNotCounted);
    }
    e
}

/// OTHER-03: members staying abroad (route only; the sources give no amounts).
pub(super) fn member_abroad(case: &Case) -> Eval {
    let mut e = Eval::new();
    e.condition(
        case.patient.member_staying_abroad,
        Fact::MemberStayingAbroad,
        Some(R::MemberAbroadRouteOnly),
        R::MemberAbroadNotStaying,
    );
    e
}

/// OTHER-02: treatment trips for defined chronic diseases.
pub(super) fn treatment_trip(case: &Case) -> Eval {
    let mut e = Eval::new();
    // C-08: a treatment trip is a stay applied for and granted before it starts; it pays for
    // no care already given.
    if case.care_given() == Some(true) {
        e.no(R::PriorRouteCareGiven);
        return e;
    }
    e.condition(
        case.patient.chronic_disease_for_treatment_trip,
        Fact::ChronicDiseaseTrip,
        Some(R::TripDefinedChronicDisease),
        R::TripNotDefinedDisease,
    );
    e
}
