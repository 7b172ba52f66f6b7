//! One or more tests per rule ID of the outbound routes (ABR-01..ABR-07, WAIT-01..WAIT-03,
//! OTHER-01..OTHER-03) and the ranking. Cases are the seed's example patient with facts changed.

use helserett::case::{Method, Need, Referral, Region};
use helserett::fact::Fact;
use helserett::routes::{Applicant, Body, Extent, Route, RouteOutcome};
use helserett::Lang;
use helserett::{
    case_from_json, evaluate, Case, Country, Date, Decision, ReasonCode as R, Verdict,
};

/// The seed's example patient before the treatment (no dates yet, care not given): the routes
/// decided before care are open to her (C-08).
fn example() -> Case {
    let mut c = given();
    c.treatment.dates.clear();
    c.treatment.care_given = Some(false);
    c
}

/// The seed's example patient as the seed tells it: treated, now claiming.
fn given() -> Case {
    case_from_json(include_bytes!("../../tests/cases/example_patient.json")).unwrap()
}

#[test]
fn c_08_prior_routes_close_once_the_care_is_given() {
    let mut c = given();
    c.norwegian_offer.adequate = Some(false);
    c.waiting.medically_indefensible = Some(true);
    c.waiting.deadline_given = Some(true);
    c.waiting.deadline = Some(date("2024-01-15"));
    c.waiting.treated_by_deadline = Some(false);
    let d = evaluate(&c).unwrap();
    for r in [
        Route::TreatmentAbroad,
        Route::IndefensibleWaitS2,
        Route::WaitingTimeBreach,
    ] {
        let o = route(&d, r);
        assert_eq!(o.verdict, Verdict::NotEligible, "{r:?}");
        assert!(o.reasons.contains(&R::PriorRouteCareGiven), "{r:?}");
    }
    assert_eq!(d.recommended, Some(Route::EeaRefund));
    // Before the care, with the same facts, the right to treatment abroad comes first.
    let mut planning = c.clone();
    planning.treatment.dates.clear();
    planning.treatment.care_given = Some(false);
    let d = evaluate(&planning).unwrap();
    assert_eq!(d.recommended, Some(Route::TreatmentAbroad));
    // Not known yet: asked, right after the need.
    planning.treatment.care_given = None;
    let d = evaluate(&planning).unwrap();
    assert_eq!(d.next_question.unwrap().fact, Fact::CareGiven);
    // A statement that contradicts the dates is an error naming the field.
    let mut bad = given();
    bad.treatment.care_given = Some(false);
    let e = evaluate(&bad).unwrap_err();
    assert_eq!(e.path.to_string(), "treatment.care_given");
}

#[test]
fn c_07_discretion_is_never_eligible_and_ranks_below_certain_routes() {
    let mut c = no_offer();
    c.norwegian_offer.method = Some(Method::ParticleTherapy);
    let d = evaluate(&c).unwrap();
    let abr = route(&d, Route::TreatmentAbroad);
    assert_eq!(abr.verdict, Verdict::Discretion);
    assert_eq!(abr.rank, None);
    assert_ne!(d.recommended, Some(Route::TreatmentAbroad));
    // Every eligible route comes before it.
    let first_discretion = d
        .routes
        .iter()
        .position(|r| r.verdict == Verdict::Discretion)
        .unwrap();
    assert!(d.routes[first_discretion..]
        .iter()
        .all(|r| r.verdict != Verdict::Eligible));
}

#[test]
fn wait_02_s2_only_for_members_and_another_eea_country() {
    let mut c = example();
    c.waiting.medically_indefensible = Some(true);
    assert_eq!(
        route(&evaluate(&c).unwrap(), Route::IndefensibleWaitS2).verdict,
        Verdict::Eligible
    );
    c.treatment.country = Some(Country::parse("US").unwrap());
    let d = evaluate(&c).unwrap();
    let o = route(&d, Route::IndefensibleWaitS2);
    assert_eq!(o.verdict, Verdict::NotEligible);
    assert!(o.reasons.contains(&R::WaitS2EeaOnly));
    let mut c = example();
    c.waiting.medically_indefensible = Some(true);
    c.patient.member_of_folketrygden = Some(false);
    let d = evaluate(&c).unwrap();
    let o = route(&d, Route::IndefensibleWaitS2);
    assert_eq!(o.verdict, Verdict::NotEligible);
    assert!(o.reasons.contains(&R::WaitS2MembersOnly));
}

#[test]
fn risk_02_care_after_a_breach_is_covered_by_the_norwegian_scheme() {
    let mut c = example();
    c.waiting.deadline_given = Some(true);
    c.waiting.deadline = Some(date("2024-03-01"));
    c.waiting.treated_by_deadline = Some(false);
    let d = evaluate(&c).unwrap();
    assert_eq!(d.recommended, Some(Route::WaitingTimeBreach));
    let codes: Vec<_> = d.risks.iter().map(|r| r.reason).collect();
    assert!(codes.contains(&R::RiskInjuryContractNpe), "{codes:?}");
    assert!(!codes.contains(&R::RiskInjuryTreatmentCountry));
}

/// Asks on `s`: a prior notification applied for after that day is moved to the day asked,
/// since a date not yet come is refused (issue 28).
fn ask_on(c: &mut Case, s: &str) {
    c.evaluation_date = date(s);
    let pn = &mut c.prior_notification.application_received;
    if pn.is_some_and(|a| a > date(s)) {
        *pn = Some(date(s));
    }
}

fn date(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn route<'a>(d: &'a Decision<'_>, r: Route) -> &'a RouteOutcome {
    d.routes.iter().find(|o| o.route == r).unwrap()
}

fn abr(c: &Case) -> RouteOutcome {
    route(&evaluate(c).unwrap(), Route::TreatmentAbroad).clone()
}

/// The example patient, for whom Norway has no adequate offer.
fn no_offer() -> Case {
    let mut c = example();
    c.norwegian_offer.adequate = Some(false);
    c.patient.home_region = Some(Region::HelseVest);
    c
}

#[test]
fn abr_01_no_adequate_offer_or_documented_more_effective_abroad() {
    let r = abr(&no_offer());
    assert_eq!(r.verdict, Verdict::Eligible);
    assert!(r.reasons.contains(&R::AbrNoAdequateOffer));
    let mut c = example();
    c.norwegian_offer.abroad_documented_more_effective = Some(true);
    let r = abr(&c);
    assert_eq!(r.verdict, Verdict::Eligible);
    assert!(r.reasons.contains(&R::AbrMoreEffectiveAbroad));
    let r = abr(&example());
    assert_eq!(r.verdict, Verdict::NotEligible);
    assert!(r.reasons.contains(&R::AbrAdequateOfferInNorway));
    // Only for patients entitled to necessary specialist care, and only planned care.
    let mut c = no_offer();
    c.patient.priority_patient = Some(false);
    assert!(abr(&c).reasons.contains(&R::AbrNotEntitled));
    assert_eq!(abr(&c).verdict, Verdict::NotEligible);
    let mut c = no_offer();
    c.treatment.need = Some(Need::AroseAbroad);
    c.treatment.referral = Some(Referral::TreatmentCountry);
    assert!(abr(&c).reasons.contains(&R::AbrPlannedCareOnly));
    let mut c = no_offer();
    c.norwegian_offer.adequate = None;
    let r = abr(&c);
    assert_eq!(r.verdict, Verdict::Undetermined);
    assert_eq!(r.missing[0], Fact::AdequateOffer);
}

#[test]
fn abr_02_covers_treatment_travel_and_stay() {
    let r = abr(&no_offer());
    assert_eq!(r.coverage.treatment, Extent::Full);
    assert!(r.coverage.travel && r.coverage.stay && !r.coverage.pays_up_front);
    assert!(r.reasons.contains(&R::AbrCoversAll));
}

#[test]
fn abr_03_doctor_applies_to_the_office_of_the_home_region() {
    let r = abr(&no_offer());
    assert_eq!(r.apply.applicant, Applicant::TreatingDoctor);
    assert_eq!(r.apply.body, Some(Body::OfficeHelseBergen));
    assert_eq!(
        Body::OfficeHelseBergen.text(Lang::Nb),
        "Enhet for utenlandsbehandling, Helse Bergen HF"
    );
    // From the county number, with the assumption named.
    let mut c = no_offer();
    c.patient.home_region = None;
    c.patient.county_number = Some(18); // Nordland: Helse Nord, handled at OUS since 2016
    let r = abr(&c);
    assert_eq!(r.apply.body, Some(Body::OfficeOusForHelseNord));
    assert!(r.reasons.contains(&R::AssumptionRegionFollowsCounty));
    ask_on(&mut c, "2015-06-01");
    c.treatment.dates.clear();
    assert_eq!(
        abr(&c).apply.body,
        None,
        "before 2016 the sources name no office for Helse Nord"
    );
    // Unknown region: asked, but only once the route is open.
    let mut c = no_offer();
    c.patient.home_region = None;
    let d = evaluate(&c).unwrap();
    assert_eq!(
        route(&d, Route::TreatmentAbroad).missing.as_slice(),
        &[Fact::HomeRegion]
    );
    assert_eq!(d.next_question.unwrap().fact, Fact::HomeRegion);
}

#[test]
fn abr_04_refusal_can_be_appealed_to_the_board() {
    let r = abr(&no_offer());
    assert!(r.reasons.contains(&R::AbrAppeal));
    let appeal = r.apply.appeal.unwrap();
    for lang in [Lang::Nb, Lang::En] {
        assert!(appeal
            .text(lang)
            .contains("Klagenemnda for behandling i utlandet"));
    }
}

#[test]
fn abr_05_experimental_treatment_only_in_the_exceptions() {
    let mut c = no_offer();
    c.norwegian_offer.method = Some(Method::Experimental);
    c.norwegian_offer.rare_condition = Some(false);
    c.norwegian_offer.child_in_nordic_cancer_protocol = Some(false);
    let r = abr(&c);
    assert_eq!(r.verdict, Verdict::NotEligible);
    assert!(r.reasons.contains(&R::AbrExperimentalNotCovered));
    // "May, in special cases": the office's discretion, never a right (C-07).
    c.norwegian_offer.rare_condition = Some(true);
    let r = abr(&c);
    assert_eq!(r.verdict, Verdict::Discretion);
    assert!(r.reasons.contains(&R::AbrExperimentalRareCondition));
    assert_eq!(r.rank, None);
    // The Nordic child protocols: in Sweden or Denmark, approved outside the offices.
    c.norwegian_offer.rare_condition = Some(false);
    c.norwegian_offer.child_in_nordic_cancer_protocol = Some(true);
    let r = abr(&c);
    assert_eq!(
        r.verdict,
        Verdict::NotEligible,
        "Germany is no Nordic protocol country"
    );
    assert!(r.reasons.contains(&R::AbrChildProtocolSwedenDenmarkOnly));
    c.treatment.country = Some(Country::parse("SE").unwrap());
    let r = abr(&c);
    assert_eq!(r.verdict, Verdict::Discretion);
    assert!(r.reasons.contains(&R::AbrNordicChildProtocol));
    assert_eq!(r.apply.body, Some(Body::PaediatricOncology));
    c.treatment.country = Some(Country::parse("US").unwrap());
    assert_eq!(abr(&c).verdict, Verdict::NotEligible);
    c.treatment.country = Some(Country::parse("SE").unwrap());
    // The Nordic child protocols are covered from 2016 (P-NORDIC-CHILD-PROTOCOLS).
    ask_on(&mut c, "2015-12-31");
    c.treatment.dates.clear();
    assert_eq!(abr(&c).verdict, Verdict::NotEligible);
}

#[test]
fn abr_06_particle_therapy_and_pgd_are_decided_elsewhere() {
    for m in [Method::ParticleTherapy, Method::Pgd] {
        let mut c = example();
        c.norwegian_offer.method = Some(m);
        let r = abr(&c);
        // Designated departments decide (C-07): the patient's route, but not a right.
        assert_eq!(r.verdict, Verdict::Discretion, "{m:?}");
        assert!(!r.reasons.contains(&R::AbrCoversAll));
        assert!(r.reasons.contains(&R::AbrParticlePgdDecidedElsewhere));
        assert_eq!(r.apply.applicant, Applicant::HospitalDepartment);
        assert!(
            r.missing.is_empty(),
            "no region needed: the office does not decide"
        );
    }
}

#[test]
fn abr_07_new_methods_not_introduced_do_not_count_as_a_gap_in_norway() {
    let mut c = no_offer();
    c.norwegian_offer.method = Some(Method::NotIntroduced);
    let r = abr(&c);
    assert_eq!(r.verdict, Verdict::NotEligible);
    assert!(r.reasons.contains(&R::AbrNewMethodNotIntroduced));
}

fn breach() -> Case {
    let mut c = example();
    c.waiting.deadline_given = Some(true);
    c.waiting.deadline = Some(date("2024-03-01"));
    c.waiting.treated_by_deadline = Some(false);
    c
}

#[test]
fn wait_01_breached_deadline_goes_to_helfo_pasientformidling() {
    let d = evaluate(&breach()).unwrap();
    let r = route(&d, Route::WaitingTimeBreach);
    assert_eq!(r.verdict, Verdict::Eligible);
    assert!(r.reasons.contains(&R::WaitDeadlineBreached));
    assert_eq!(r.apply.body, Some(Body::HelfoPasientformidling));
    assert_eq!(
        d.recommended,
        Some(Route::WaitingTimeBreach),
        "ranked above the EEA refund"
    );
    let mut c = breach();
    c.waiting.deadline = Some(date("2024-04-15")); // the evaluation date: not yet passed
    assert!(route(&evaluate(&c).unwrap(), Route::WaitingTimeBreach)
        .reasons
        .contains(&R::WaitDeadlineNotPassed));
    c.waiting.deadline = Some(date("2024-03-01"));
    c.waiting.treated_by_deadline = Some(true);
    assert!(route(&evaluate(&c).unwrap(), Route::WaitingTimeBreach)
        .reasons
        .contains(&R::WaitTreatedInTime));
    c.waiting.deadline_given = Some(false);
    assert!(route(&evaluate(&c).unwrap(), Route::WaitingTimeBreach)
        .reasons
        .contains(&R::WaitNoDeadline));
}

#[test]
fn wait_02_indefensible_wait_gives_s2_without_paying_up_front() {
    let mut c = example();
    c.waiting.medically_indefensible = Some(true);
    let d = evaluate(&c).unwrap();
    let r = route(&d, Route::IndefensibleWaitS2);
    assert_eq!(r.verdict, Verdict::Eligible);
    assert!(r.reasons.contains(&R::WaitIndefensibleApplyS2));
    assert!(!r.coverage.pays_up_front);
    assert_eq!(d.recommended, Some(Route::IndefensibleWaitS2));
    c.waiting.s2_granted = Some(true);
    let d = evaluate(&c).unwrap();
    assert!(route(&d, Route::IndefensibleWaitS2)
        .reasons
        .contains(&R::WaitS2NoUpfrontPayment));
    assert!(
        route(&evaluate(&example()).unwrap(), Route::IndefensibleWaitS2)
            .reasons
            .contains(&R::WaitNotIndefensible)
    );
}

#[test]
fn wait_03_contract_treatment_is_covered_by_npe() {
    let d = evaluate(&breach()).unwrap();
    assert!(route(&d, Route::WaitingTimeBreach)
        .reasons
        .contains(&R::WaitContractCoveredByNpe));
    assert!(
        !route(&evaluate(&example()).unwrap(), Route::WaitingTimeBreach)
            .reasons
            .contains(&R::WaitContractCoveredByNpe)
    );
}

fn switzerland() -> Case {
    let mut c = example();
    c.treatment.country = Some(Country::CH);
    c.treatment.need = Some(Need::AroseAbroad);
    c.treatment.referral = Some(Referral::TreatmentCountry);
    c
}

#[test]
fn other_01_ehic_for_necessary_care_during_a_stay_the_route_for_switzerland() {
    let d = evaluate(&switzerland()).unwrap();
    assert_eq!(
        d.verdict,
        Verdict::NotEligible,
        "no EEA refund in Switzerland"
    );
    let r = route(&d, Route::Ehic);
    assert_eq!(r.verdict, Verdict::Eligible);
    assert!(r.reasons.contains(&R::EhicNecessaryCare));
    assert_eq!(r.coverage.treatment, Extent::LocalPublicTerms);
    assert_eq!(d.recommended, Some(Route::Ehic));
    // Not for planned care, not outside the EHIC countries, not where the patient lives.
    assert!(route(&evaluate(&example()).unwrap(), Route::Ehic)
        .reasons
        .contains(&R::EhicNotForPlannedCare));
    let mut c = switzerland();
    c.treatment.country = Some(Country::US);
    assert!(route(&evaluate(&c).unwrap(), Route::Ehic)
        .reasons
        .contains(&R::EhicCountryNotIssuing));
    let mut c = switzerland();
    c.patient.residence_country = Some(Country::CH);
    assert!(route(&evaluate(&c).unwrap(), Route::Ehic)
        .reasons
        .contains(&R::EhicNotTemporaryStay));
}

#[test]
fn other_02_treatment_trips_for_defined_chronic_diseases() {
    let mut c = example();
    c.patient.chronic_disease_for_treatment_trip = Some(true);
    let d = evaluate(&c).unwrap();
    let r = route(&d, Route::TreatmentTrip);
    assert_eq!(r.verdict, Verdict::Eligible);
    assert_eq!(r.apply.body, Some(Body::TreatmentTripSection));
    c.patient.chronic_disease_for_treatment_trip = Some(false);
    assert!(route(&evaluate(&c).unwrap(), Route::TreatmentTrip)
        .reasons
        .contains(&R::TripNotDefinedDisease));
}

#[test]
fn other_03_members_staying_abroad_route_only() {
    let mut c = example();
    c.patient.member_staying_abroad = Some(true);
    let d = evaluate(&c).unwrap();
    let r = route(&d, Route::MemberAbroad);
    assert_eq!(r.verdict, Verdict::Eligible);
    assert!(r.reasons.contains(&R::MemberAbroadRouteOnly));
    assert_eq!(r.coverage.treatment, Extent::Unknown);
}

#[test]
fn ranking_puts_full_cover_before_the_capped_refund() {
    let d = evaluate(&no_offer()).unwrap();
    assert_eq!(d.recommended, Some(Route::TreatmentAbroad));
    let ranks: Vec<_> = d
        .routes
        .iter()
        .filter_map(|r| r.rank.map(|k| (k, r.route)))
        .collect();
    assert_eq!(ranks, [(1, Route::TreatmentAbroad), (2, Route::EeaRefund)]);
    assert!(d.reasons.contains(&R::AssumptionRouteRanking));
    // Open routes first, then undetermined, then closed.
    let order: Vec<_> = d.routes.iter().map(|r| r.verdict).collect();
    let mut sorted = order.clone();
    sorted.sort_by_key(|v| match v {
        Verdict::Eligible => 0,
        Verdict::Discretion => 1,
        Verdict::Undetermined => 2,
        Verdict::NotEligible => 3,
    });
    assert_eq!(order, sorted);
    assert_eq!(d.routes.len(), Route::ALL.len());
}

#[test]
fn abr_05_nordic_child_protocols_follow_the_callers_table() {
    use helserett::params::{ParamEntry, ParamId, Params};
    let mut c = no_offer();
    c.norwegian_offer.method = Some(Method::Experimental);
    c.norwegian_offer.rare_condition = Some(false);
    c.norwegian_offer.child_in_nordic_cancer_protocol = Some(true);
    let d = evaluate(&c).unwrap();
    assert!(
        d.parameters
            .iter()
            .any(|p| p.id == ParamId::NordicChildProtocols),
        "the flag is named"
    );
    // What if the protocols were not covered at all?
    let table: Vec<ParamEntry<'static>> = Params::builtin()
        .entries()
        .iter()
        .copied()
        .filter(|e| e.id != ParamId::NordicChildProtocols)
        .collect();
    let d = helserett::evaluate_with(&c, Params::new(&table).unwrap()).unwrap();
    assert_eq!(
        route(&d, Route::TreatmentAbroad).verdict,
        Verdict::NotEligible
    );
}

/// C-05 (issue 27): every route's verdict carries the reason that made it; a not-eligible EEA
/// refund's route had an empty reasons list (the reasons were the decision's only).
#[test]
fn c_05_a_not_eligible_eea_refund_route_carries_its_reason() {
    use helserett::ReasonCode as R;
    let mut c = example();
    c.patient.member_of_folketrygden = Some(false);
    let d = helserett::evaluate(&c).unwrap();
    let eea = route(&d, Route::EeaRefund);
    assert_eq!(eea.verdict, helserett::Verdict::NotEligible);
    assert!(eea.reasons.contains(&R::EeaNotMember), "{:?}", eea.reasons);
    // Only the reasons that closed it: not the checks it passed.
    assert!(!eea.reasons.contains(&R::EeaNoS1));
    // Every closed route says why.
    for r in &d.routes {
        if r.verdict == helserett::Verdict::NotEligible {
            assert!(!r.reasons.is_empty(), "{:?} without a reason", r.route);
        }
    }
    // A claim whose every deadline passed: the deadline is the reason.
    let mut c = given();
    ask_on(&mut c, "2024-09-21");
    let d = helserett::evaluate(&c).unwrap();
    let eea = route(&d, Route::EeaRefund);
    assert_eq!(eea.verdict, helserett::Verdict::NotEligible);
    assert!(eea.reasons.contains(&R::EeaDeadlineExpired));
}
