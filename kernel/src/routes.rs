//! Every outbound route for a Norwegian resident, ranked (ABR-*, WAIT-*, OTHER-*, and the EEA
//! refund): a verdict per route with its reasons, what the route covers, who pays, where and
//! how to apply, and the facts each route still needs.
//!
//! The ranking is fixed by what a route gives the patient (ABR-02 and the seeds): the right to
//! treatment abroad covers treatment, travel and stay in full; an S2 means no payment up front;
//! after a waiting-time breach Helfo finds and pays the provider; the EEA refund is capped at
//! the Norwegian cost and paid up front; the EHIC gives local public care on local terms. The
//! routes for members staying abroad and for treatment trips serve other needs and come last.

use crate::case::{Case, Method, Need, Region};
use crate::error::{Error, ErrorKind};
use crate::fact::{Fact, Verdict};
use crate::params::ParamId;
use crate::params::{ParamEntry, Params, MAX_PARAMS_USED};
use crate::reason::ReasonCode as R;
use crate::region;
pub use crate::text::{Appeal, Body, Channel, Payer};
use heapless::Vec;

/// The most reasons one route carries.
pub const MAX_ROUTE_REASONS: usize = 6;
/// The most facts one route can lack at once.
pub const MAX_ROUTE_MISSING: usize = 6;
/// The number of routes.
pub const ROUTE_COUNT: usize = 7;

crate::case::string_enum! {
    /// An outbound route, in ranking order.
    Route {
        /// The right to treatment abroad through the regional health authority (ABR-*).
        TreatmentAbroad = "treatment_abroad",
        /// Medically indefensible wait: treatment abroad with an S2 (WAIT-02).
        IndefensibleWaitS2 = "indefensible_wait_s2",
        /// Breached waiting-time deadline: Helfo pasientformidling (WAIT-01).
        WaitingTimeBreach = "waiting_time_breach",
        /// Refund through Helfo for care in another EU/EEA country (EEA-*).
        EeaRefund = "eea_refund",
        /// European Health Insurance Card (OTHER-01).
        Ehic = "ehic",
        /// Members staying abroad, folketrygdloven § 5-24 (OTHER-03).
        MemberAbroad = "member_abroad",
        /// Treatment trips to a warmer climate (OTHER-02).
        TreatmentTrip = "treatment_trip",
    }
}

crate::case::string_enum! {
    /// How much of the treatment a route pays.
    Extent {
        /// All of it.
        Full = "full",
        /// Up to what the same care would cost in Norway.
        CappedAtNorwegianCost = "capped_at_norwegian_cost",
        /// On the treatment country's public terms and user fees.
        LocalPublicTerms = "local_public_terms",
        /// The stay at the institution.
        Stay = "stay",
        /// The sources give no details.
        Unknown = "unknown",
    }
}

crate::case::string_enum! {
    /// Who applies.
    Applicant {
        /// The patient.
        Patient = "patient",
        /// The treating doctor (ABR-03).
        TreatingDoctor = "treating_doctor",
        /// A designated hospital department decides; no application by the patient (ABR-06).
        HospitalDepartment = "hospital_department",
    }
}

/// What a route covers and who pays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Coverage {
    /// How much of the treatment.
    pub treatment: Extent,
    /// Travel is covered (in full, or as far as in Norway for the EEA refund).
    pub travel: bool,
    /// The stay abroad is covered.
    pub stay: bool,
    /// The patient pays the provider first.
    pub pays_up_front: bool,
    /// Who pays.
    pub payer: Payer,
}

/// Where and how to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Application {
    /// Who applies.
    pub applicant: Applicant,
    /// The body that decides.
    pub body: Option<Body>,
    /// The channel, form or address.
    pub channel: Channel,
    /// Where a refusal can be appealed, when the sources say (ABR-04).
    pub appeal: Option<Appeal>,
}

/// One route's answer.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct RouteOutcome {
    /// Which route.
    pub route: Route,
    /// Open (eligible), closed (not eligible) or undetermined.
    pub verdict: Verdict,
    /// 1 for the recommended route; eligible routes only.
    pub rank: Option<u8>,
    /// Why.
    pub reasons: Vec<R, MAX_ROUTE_REASONS>,
    /// What the route covers.
    pub coverage: Coverage,
    /// Where and how to apply.
    pub apply: Application,
    /// The facts this route still needs, most decisive first.
    pub missing: Vec<Fact, MAX_ROUTE_MISSING>,
}

struct Eval {
    verdict: Verdict,
    reasons: Vec<R, MAX_ROUTE_REASONS>,
    missing: Vec<Fact, MAX_ROUTE_MISSING>,
    /// A capacity was exceeded: reported as an internal error, never dropped silently.
    overflow: bool,
}

impl Eval {
    fn new() -> Eval {
        Eval {
            verdict: Verdict::Eligible,
            reasons: Vec::new(),
            missing: Vec::new(),
            overflow: false,
        }
    }

    fn yes(&mut self, r: R) {
        self.overflow |= self.reasons.push(r).is_err();
    }

    fn no(&mut self, r: R) {
        self.yes(r);
        self.verdict = self.verdict.and(Verdict::NotEligible);
    }

    fn lacks(&mut self, f: Fact) {
        self.needs(f);
        self.verdict = self.verdict.and(Verdict::Undetermined);
    }

    /// A fact the route needs for where to apply, not for its verdict.
    fn needs(&mut self, f: Fact) {
        if !self.missing.contains(&f) {
            self.overflow |= self.missing.push(f).is_err();
        }
    }

    /// The route is for planned care only: a need that arose abroad closes it.
    fn planned_only(&mut self, case: &Case, no: R) {
        match case.treatment.need {
            None => self.lacks(Fact::Need),
            Some(Need::Planned) => {}
            Some(Need::AroseAbroad | Need::Urgent) => self.no(no),
        }
    }

    /// A yes/no condition: `Some(true)` passes with `yes`, `Some(false)` fails with `no`.
    fn condition(&mut self, v: Option<bool>, fact: Fact, yes: Option<R>, no: R) {
        match v {
            Some(true) => {
                if let Some(r) = yes {
                    self.yes(r);
                }
            }
            Some(false) => self.no(no),
            None => self.lacks(fact),
        }
    }
}

/// Decides every route; `eea` is the EEA refund's verdict from the EEA rules. Sorted: eligible
/// routes in ranking order (rank 1 recommended), then undetermined, then not eligible.
pub fn decide<'p>(
    case: &Case,
    eea: Verdict,
    params: Params<'p>,
    used: &mut Vec<&'p ParamEntry<'p>, MAX_PARAMS_USED>,
) -> Result<Vec<RouteOutcome, ROUTE_COUNT>, Error> {
    let mut flags = Flags {
        params,
        used,
        on: case.evaluation_date,
    };
    let mut all: Vec<RouteOutcome, ROUTE_COUNT> = Vec::new();
    for route in Route::ALL {
        let mut e = match route {
            Route::TreatmentAbroad => treatment_abroad(case, &mut flags)?,
            Route::IndefensibleWaitS2 => indefensible_wait(case),
            Route::WaitingTimeBreach => waiting_time_breach(case),
            Route::EeaRefund => eea_refund(eea),
            Route::Ehic => ehic(case),
            Route::MemberAbroad => member_abroad(case),
            Route::TreatmentTrip => treatment_trip(case),
        };
        if e.overflow {
            return Err(Error::at_root(ErrorKind::Internal));
        }
        if e.verdict == Verdict::NotEligible {
            // No unknown fact can reopen a closed route.
            e.missing.clear();
        }
        let apply = application(*route, case, &mut flags)?;
        all.push(RouteOutcome {
            route: *route,
            verdict: e.verdict,
            rank: None,
            reasons: e.reasons,
            coverage: coverage(*route),
            apply,
            missing: e.missing,
        })
        .map_err(|_| Error::at_root(ErrorKind::Internal))?;
    }
    // Grouped by verdict, each group kept in ranking order: an insertion sort, which is stable
    // (`core` has no stable sort) and moves rather than clones (seven routes).
    let group = |r: &RouteOutcome| match r.verdict {
        Verdict::Eligible => 0,
        Verdict::Undetermined => 1,
        Verdict::NotEligible => 2,
    };
    for i in 1..all.len() {
        let mut j = i;
        while j > 0 && group(&all[j - 1]) > group(&all[j]) {
            all.swap(j - 1, j);
            j -= 1;
        }
    }
    for (rank, r) in (1u8..).zip(
        all.iter_mut()
            .take_while(|r| r.verdict == Verdict::Eligible),
    ) {
        r.rank = Some(rank);
    }
    Ok(all)
}

/// Reads the dated flags a route depends on from the caller's table, and lists the entries
/// used in the decision's `parameters`. A flag with no entry in force is simply off.
struct Flags<'a, 'p> {
    params: Params<'p>,
    used: &'a mut Vec<&'p ParamEntry<'p>, MAX_PARAMS_USED>,
    on: crate::date::Date,
}

impl Flags<'_, '_> {
    fn get(&mut self, id: ParamId) -> Result<bool, Error> {
        let Some(e) = self.params.lookup(id, self.on) else {
            return Ok(false);
        };
        if !self.used.iter().any(|u| core::ptr::eq(*u, e)) {
            self.used
                .push(e)
                .map_err(|_| Error::at_root(ErrorKind::Internal))?;
        }
        Ok(e.value == 1)
    }
}

/// ABR-01, ABR-05..ABR-07: planned care; no adequate offer in Norway or documented more
/// effective abroad (experimental care only in the listed exceptions); and entitled to
/// necessary specialist care.
fn treatment_abroad(case: &Case, flags: &mut Flags<'_, '_>) -> Result<Eval, Error> {
    let mut e = Eval::new();
    let offer = &case.norwegian_offer;
    e.planned_only(case, R::AbrPlannedCareOnly);
    if e.verdict == Verdict::NotEligible {
        return Ok(e);
    }
    match offer.method {
        None => e.lacks(Fact::OfferMethod),
        Some(Method::ParticleTherapy | Method::Pgd) => e.yes(R::AbrParticlePgdDecidedElsewhere),
        Some(Method::NotIntroduced) => e.no(R::AbrNewMethodNotIntroduced),
        Some(Method::Experimental) => {
            let from_2016 = flags.get(ParamId::NordicChildProtocols)?;
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
    Ok(e)
}

/// WAIT-02: a medically indefensible wait, deadline breached or not.
fn indefensible_wait(case: &Case) -> Eval {
    let mut e = Eval::new();
    let w = &case.waiting;
    e.planned_only(case, R::WaitS2PlannedCareOnly);
    if e.verdict == Verdict::NotEligible {
        return e;
    }
    e.condition(
        w.medically_indefensible,
        Fact::MedicallyIndefensibleWait,
        Some(R::WaitIndefensibleApplyS2),
        R::WaitNotIndefensible,
    );
    if e.verdict == Verdict::Eligible && w.s2_granted == Some(true) {
        e.yes(R::WaitS2NoUpfrontPayment);
    }
    e
}

/// WAIT-01 (and WAIT-03): a deadline given, passed on the evaluation date, not treated by it.
fn waiting_time_breach(case: &Case) -> Eval {
    let mut e = Eval::new();
    let w = &case.waiting;
    e.planned_only(case, R::WaitPlannedCareOnly);
    if e.verdict == Verdict::NotEligible {
        return e;
    }
    match w.deadline_given {
        None => e.lacks(Fact::WaitingDeadlineGiven),
        Some(false) => e.no(R::WaitNoDeadline),
        Some(true) => match w.deadline {
            None => e.lacks(Fact::WaitingDeadline),
            Some(d) if case.evaluation_date <= d => e.no(R::WaitDeadlineNotPassed),
            Some(_) => e.condition(
                w.treated_by_deadline.map(|t| !t),
                Fact::TreatedByDeadline,
                Some(R::WaitDeadlineBreached),
                R::WaitTreatedInTime,
            ),
        },
    }
    if e.verdict == Verdict::Eligible {
        e.yes(R::WaitContractCoveredByNpe);
    }
    e
}

/// The EEA refund's verdict comes from the EEA rules; its reasons and missing facts are in the
/// decision's own `reasons` and `missing`.
fn eea_refund(eea: Verdict) -> Eval {
    Eval {
        verdict: eea,
        ..Eval::new()
    }
}

/// OTHER-01: necessary care during a temporary stay in an EHIC country (G-02), for a member.
fn ehic(case: &Case) -> Eval {
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
fn member_abroad(case: &Case) -> Eval {
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
fn treatment_trip(case: &Case) -> Eval {
    let mut e = Eval::new();
    e.condition(
        case.patient.chronic_disease_for_treatment_trip,
        Fact::ChronicDiseaseTrip,
        Some(R::TripDefinedChronicDisease),
        R::TripNotDefinedDisease,
    );
    e
}

fn coverage(route: Route) -> Coverage {
    let c = |treatment, travel, stay, pays_up_front, payer| Coverage {
        treatment,
        travel,
        stay,
        pays_up_front,
        payer,
    };
    match route {
        Route::TreatmentAbroad => c(
            Extent::Full,
            true,
            true,
            false,
            Payer::RegionalHealthAuthority,
        ),
        Route::IndefensibleWaitS2 => c(Extent::Full, false, false, false, Payer::HelfoS2),
        Route::WaitingTimeBreach => c(
            Extent::Full,
            true,
            false,
            false,
            Payer::HelfoPasientformidling,
        ),
        Route::EeaRefund => c(
            Extent::CappedAtNorwegianCost,
            true,
            false,
            true,
            Payer::HelfoRefund,
        ),
        Route::Ehic => c(
            Extent::LocalPublicTerms,
            false,
            false,
            false,
            Payer::TreatmentCountry,
        ),
        Route::MemberAbroad => c(Extent::Unknown, false, false, true, Payer::Folketrygden),
        Route::TreatmentTrip => c(Extent::Stay, true, true, false, Payer::StateBudget),
    }
}

/// The office for treatment abroad of the patient's region (ABR-03), if known.
pub fn home_region(case: &Case) -> Option<(Region, bool)> {
    if let Some(r) = case.patient.home_region {
        return Some((r, false));
    }
    let n = case.patient.county_number?;
    region::region_of_county(n, case.evaluation_date).map(|r| (r, true))
}

fn application(route: Route, case: &Case, flags: &mut Flags<'_, '_>) -> Result<Application, Error> {
    let a = |applicant, body, channel, appeal| Application {
        applicant,
        body,
        channel,
        appeal,
    };
    Ok(match route {
        Route::TreatmentAbroad => {
            if case
                .norwegian_offer
                .method
                .is_some_and(|m| matches!(m, Method::ParticleTherapy | Method::Pgd))
            {
                return Ok(a(
                    Applicant::HospitalDepartment,
                    Some(Body::DesignatedDepartments),
                    Channel::HospitalReferral,
                    None,
                ));
            }
            let nord_at_ous = flags.get(ParamId::HelseNordAtOus)?;
            let body = home_region(case).and_then(|(r, _)| region::office(r, nord_at_ous));
            a(
                Applicant::TreatingDoctor,
                body,
                Channel::DoctorToOffice,
                Some(Appeal::AbrAppealBoard),
            )
        }
        Route::IndefensibleWaitS2 => a(
            Applicant::Patient,
            Some(Body::Helfo),
            Channel::HelfoS2Application,
            None,
        ),
        Route::WaitingTimeBreach => a(
            Applicant::Patient,
            Some(Body::HelfoPasientformidling),
            Channel::HelfoPasientformidling,
            None,
        ),
        Route::EeaRefund => a(
            Applicant::Patient,
            Some(Body::Helfo),
            Channel::HelfoRefundForm,
            None,
        ),
        Route::Ehic => a(Applicant::Patient, None, Channel::ShowEhic, None),
        Route::MemberAbroad => a(
            Applicant::Patient,
            Some(Body::Helfo),
            Channel::HelfoMemberAbroad,
            None,
        ),
        Route::TreatmentTrip => a(
            Applicant::Patient,
            Some(Body::TreatmentTripSection),
            Channel::TreatmentTripApplication,
            None,
        ),
    })
}
