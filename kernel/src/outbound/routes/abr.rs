//! The right to treatment abroad through the regional health authority (ABR-01..ABR-07).

use super::{planned_only, Eval};
use crate::case::{Case, Method, Region};
use crate::fact::{Fact, Verdict};
use crate::ledger::Ledger;
use crate::params::ParamId;
use crate::reason::ReasonCode as R;
use crate::region;

/// ABR-01, ABR-05..ABR-07: planned care; no adequate offer in Norway or documented more
/// effective abroad (experimental care only in the listed exceptions); and entitled to
/// necessary specialist care.
pub(super) fn treatment_abroad(case: &Case, l: &mut Ledger<'_>) -> Eval {
    let mut e = Eval::new();
    let offer = &case.norwegian_offer;
    planned_only(&mut e, case, R::AbrPlannedCareOnly);
    if e.verdict == Verdict::NotEligible {
        return e;
    }
    match offer.method {
        None => e.lacks(Fact::OfferMethod),
        Some(Method::ParticleTherapy | Method::Pgd) => e.yes(R::AbrParticlePgdDecidedElsewhere),
        Some(Method::NotIntroduced) => e.no(R::AbrNewMethodNotIntroduced),
        Some(Method::Experimental) => {
            let from_2016 = l.flag(ParamId::NordicChildProtocols, case.evaluation_date);
            match (offer.rare_condition, offer.child_in_nordic_cancer_protocol) {
                (Some(true), _) => e.yes(R::AbrExperimentalRareCondition),
                (_, Some(true)) if from_2016 => e.yes(R::AbrNordicChildProtocol),
                (Some(false), Some(_)) => e.no(R::AbrExperimentalNotCovered),
                (None, _) => e.lacks(Fact::RareCondition),
                (Some(false), None) => e.lacks(Fact::ChildInNordicProtocol),
            }
        }
        Some(Method::Established) => match (offer.adequate, offer.abroad_documented_more_effective)
        {
            (Some(false), _) => e.yes(R::AbrNoAdequateOffer),
            (_, Some(true)) => e.yes(R::AbrMoreEffectiveAbroad),
            (Some(true), Some(false)) => e.no(R::AbrAdequateOfferInNorway),
            (None, _) => e.lacks(Fact::AdequateOffer),
            (Some(true), None) => e.lacks(Fact::MoreEffectiveAbroad),
        },
    }
    // Entitlement is asked last: the offer questions close the route for most patients, and
    // then whether they are priority patients no longer matters here.
    if e.verdict != Verdict::NotEligible {
        e.condition(
            case.patient.priority_patient,
            Fact::PriorityPatient,
            None,
            R::AbrNotEntitled,
        );
    }
    if e.verdict == Verdict::Eligible {
        e.yes(R::AbrCoversAll);
        e.yes(R::AbrAppeal);
        let decided_elsewhere = matches!(offer.method, Some(Method::ParticleTherapy | Method::Pgd));
        if !decided_elsewhere {
            e.yes(R::AbrDoctorApplies);
            match home_region(case) {
                None => e.needs(Fact::HomeRegion),
                Some((_, true)) => e.yes(R::AssumptionRegionFollowsCounty),
                Some((_, false)) => {}
            }
        }
    }
    e
}

/// The office for treatment abroad of the patient's region (ABR-03), if known.
pub fn home_region(case: &Case) -> Option<(Region, bool)> {
    if let Some(r) = case.patient.home_region {
        return Some((r, false));
    }
    let n = case.patient.county_number?;
    region::region_of_county(n, case.evaluation_date).map(|r| (r, true))
}
