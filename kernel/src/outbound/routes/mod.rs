//! Every outbound route for a Norwegian resident, ranked (ABR-*, WAIT-*, OTHER-*, and the EEA
//! refund): a verdict per route with its reasons, what the route covers, who pays, where and
//! how to apply, and the facts each route still needs.
//!
//! The ranking is fixed by what a route gives the patient (ABR-02 and the seeds): the right to
//! treatment abroad covers treatment, travel and stay in full; an S2 means no payment up front;
//! after a waiting-time breach Helfo finds and pays the provider; the EEA refund is capped at
//! the Norwegian cost and paid up front; the EHIC gives local public care on local terms. The
//! routes for members staying abroad and for treatment trips serve other needs and come last.

mod abr;
mod other;
mod tables;
mod wait;

pub use abr::home_region;

use crate::case::{Case, Need};
use crate::error::{Error, ErrorKind};
use crate::fact::{Fact, Verdict};
use crate::ledger::{Ledger, Tally};
use crate::reason::ReasonCode as R;
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

/// One route's verdict, reasons and missing facts while it is decided.
pub(crate) type Eval = Tally<MAX_ROUTE_REASONS, MAX_ROUTE_MISSING>;

/// The right to treatment abroad (ABR-01, ABR-05..ABR-07) for a case, as the outbound ranking
/// decides it: the methods question asks it for MET-09 rather than keeping a copy.
pub(crate) fn treatment_abroad(case: &Case, l: &mut Ledger<'_, '_>) -> Eval {
    abr::treatment_abroad(case, l)
}

/// The route is for planned care, decided before it is given (C-08): a need that arose abroad
/// or urgent care closes it, and so does care already given on the evaluation date.
fn planned_only(e: &mut Eval, case: &Case, no: R) {
    match case.treatment.need {
        None => e.lacks(Fact::Need),
        Some(Need::Planned) => {}
        Some(Need::AroseAbroad | Need::Urgent) => e.no(no),
    }
    if e.verdict == Verdict::NotEligible {
        return;
    }
    match case.care_given() {
        Some(true) => e.no(R::PriorRouteCareGiven),
        Some(false) => {}
        None => e.lacks(Fact::CareGiven),
    }
}

/// The EEA refund's verdict comes from the EEA rules; its reasons and missing facts are in the
/// decision's own `reasons` and `missing`.
/// The EEA refund's route: the EEA rules' verdict, and when it is "no" the reasons that made
/// it (the rest of the EEA reasons are the decision's own).
fn eea_refund(eea: Verdict, closing: &[R]) -> Eval {
    let mut e = Eval {
        verdict: eea,
        ..Eval::new()
    };
    if eea == Verdict::NotEligible {
        for r in closing {
            e.yes(*r);
        }
    }
    e
}

/// Decides every route; `eea` is the EEA refund's verdict from the EEA rules. Sorted: eligible
/// routes in ranking order (rank 1 recommended), then undetermined, then not eligible.
pub(crate) fn decide(
    case: &Case,
    eea: Verdict,
    closing: &[R],
    l: &mut Ledger<'_, '_>,
) -> Result<Vec<RouteOutcome, ROUTE_COUNT>, Error> {
    let mut all: Vec<RouteOutcome, ROUTE_COUNT> = Vec::new();
    for route in Route::ALL {
        let mut e = match route {
            Route::TreatmentAbroad => abr::treatment_abroad(case, l),
            Route::IndefensibleWaitS2 => wait::indefensible_wait(case),
            Route::WaitingTimeBreach => wait::waiting_time_breach(case),
            Route::EeaRefund => eea_refund(eea, closing),
            Route::Ehic => other::ehic(case),
            Route::MemberAbroad => other::member_abroad(case),
            Route::TreatmentTrip => other::treatment_trip(case),
        };
        if e.overflow {
            return Err(Error::at_root(ErrorKind::Internal));
        }
        if e.verdict == Verdict::NotEligible {
            // No unknown fact can reopen a closed route.
            e.missing.clear();
        }
        let apply = tables::application(*route, case, l);
        all.push(RouteOutcome {
            route: *route,
            verdict: e.verdict,
            rank: None,
            reasons: e.reasons,
            coverage: tables::coverage(*route),
            apply,
            missing: e.missing,
        })
        .map_err(|_| Error::at_root(ErrorKind::Internal))?;
    }
    // Grouped by verdict, each group kept in ranking order: an insertion sort, which is stable
    // (`core` has no stable sort) and moves rather than clones (seven routes).
    // C-07: a route left to a body's discretion ranks below every certain one.
    let group = |r: &RouteOutcome| match r.verdict {
        Verdict::Eligible => 0,
        Verdict::Discretion => 1,
        Verdict::Undetermined => 2,
        Verdict::NotEligible => 3,
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
