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
pub(super) fn treatment_abroad(case: &Case, l: &mut Ledger<'_, '_>) -> Eval {
    let mut e = Eval::new();
    let offer = &case.norwegian_offer;
    planned_only(&mut e, case, R::AbrPlannedCareOnly);
    if e.verdict == Verdict::NotEligible {
        return e;
    }
    match offer.method {
        None => e.lacks(Fact::OfferMethod),
        // ABR-06, C-07: designated departments decide; no right the patient applies for.
        Some(Method::ParticleTherapy | Method::Pgd) => {
            e.discretion(R::AbrParticlePgdDecidedElsewhere)
        }
        Some(Method::NotIntroduced) => {
            e.no(R::AbrNewMethodNotIntroduced);
            e.yes(R::AbrSeeMethodQuestion);
        }
        Some(Method::Experimental) => {
            let from_2016 = l.flag(ParamId::NordicChildProtocols, case.evaluation_date);
            match (offer.rare_condition, offer.child_in_nordic_cancer_protocol) {
                // ABR-05: "may, in special cases": the office's discretion (C-07).
                (Some(true), _) => e.discretion(R::AbrExperimentalRareCondition),
                (_, Some(true)) if from_2016 => child_protocol(&mut e, case),
                (Some(false), Some(_)) => {
                    e.no(R::AbrExperimentalNotCovered);
                    e.yes(R::AbrSeeMethodQuestion);
                }
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
    let decided_elsewhere = decided_elsewhere(case);
    if e.verdict == Verdict::Eligible {
        e.yes(R::AbrCoversAll);
    }
    // The doctor applies to the home region's office, whose refusal can be appealed, when
    // the office decides: by right, or at its discretion for a rare condition.
    if matches!(e.verdict, Verdict::Eligible | Verdict::Discretion) && !decided_elsewhere {
        e.yes(R::AbrAppeal);
        e.yes(R::AbrDoctorApplies);
        match home_region(case) {
            None => e.needs(Fact::HomeRegion),
            Some((_, true)) => e.yes(R::AssumptionRegionFollowsCounty),
            Some((_, false)) => {}
        }
    }
    e
}

/// ABR-05: children with therapy-resistant cancer in Nordic drug protocols, in Sweden or
/// Denmark, referred by the paediatric oncology community and approved outside the offices.
fn child_protocol(e: &mut Eval, case: &Case) {
    match case
        .treatment
        .country
        .map(|c| c.as_str() == "SE" || c.as_str() == "DK")
    {
        None => e.lacks(Fact::TreatmentCountry),
        Some(true) => e.discretion(R::AbrNordicChildProtocol),
        Some(false) => e.no(R::AbrChildProtocolSwedenDenmarkOnly),
    }
}

/// Whether the route is decided outside the offices: particle therapy and PGD by designated
/// departments, the Nordic child protocols by the paediatric oncology community (ABR-05,
/// ABR-06): no application by the doctor to the office, and no appeal to its board.
pub(super) fn decided_elsewhere(case: &Case) -> bool {
    let o = &case.norwegian_offer;
    matches!(o.method, Some(Method::ParticleTherapy | Method::Pgd))
        || (o.method == Some(Method::Experimental)
            && o.rare_condition != Some(true)
            && o.child_in_nordic_cancer_protocol == Some(true))
}

/// The office for treatment abroad of the patient's region (ABR-03), if known.
pub fn home_region(case: &Case) -> Option<(Region, bool)> {
    if let Some(r) = case.patient.home_region {
        return Some((r, false));
    }
    let n = case.patient.county_number?;
    region::region_of_county(n, case.evaluation_date).map(|r| (r, true))
}
