//! One or more tests per rule ID (EEA-01..EEA-21, RISK-01..RISK-04, G-04, C-06), each checking
//! the rule's outcome. They start from the seed's example patient (hip surgery in Germany, home
//! Nesna, nearest place Mo i Rana) and change one fact at a time.

use helserett::case::{
    Need, PriorNotificationStatus, Referral, Setting, Stage, Stages, TreatmentDate,
};
use helserett::decision::{DeadlineStart, EstimateBasis, Limit, TravelBasis};
use helserett::document::{DocumentCode as D, Requirement};
use helserett::fact::Fact;
use helserett::params::{ParamEntry, ParamId, Params};
use helserett::{
    case_from_json, evaluate, evaluate_with, Case, Country, Date, Decision, Missing, Ore,
    ReasonCode as R, Verdict,
};

fn example() -> Case {
    case_from_json(include_bytes!("../../tests/cases/example_patient.json")).unwrap()
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

fn ore(n: i64) -> Ore {
    Ore::new(n).unwrap()
}

fn decide(c: &Case) -> Decision<'static> {
    evaluate(c).unwrap()
}

fn has(d: &Decision<'_>, r: R) -> bool {
    d.reasons.contains(&r)
}

fn missing(d: &Decision<'_>, f: Fact) -> bool {
    d.missing
        .iter()
        .any(|m| matches!(m, Missing::Fact { fact, .. } if *fact == f))
}

/// Moves the care to `s` and asks on the same day, so that no deadline has passed (EEA-14).
fn has_risk(d: &Decision<'_>, r: R) -> bool {
    d.risks.iter().any(|n| n.reason == r)
}

fn set_date(c: &mut Case, s: &str) {
    ask_on(c, s);
    c.treatment.dates.clear();
    let mut t = TreatmentDate::on(date(s));
    t.settled_on_the_spot = Some(true);
    c.treatment.dates.push(t).unwrap();
}

#[test]
fn example_patient_is_eligible_with_everything_settled() {
    let d = decide(&example());
    assert_eq!(d.verdict, Verdict::Eligible);
    assert!(d.missing.is_empty(), "{:?}", d.missing);
    let r = d.refund.unwrap();
    assert_eq!(r.refund_ore, Some(ore(11_000_000)));
}

/// A yes/no condition of the scheme: the failing answer gives "not eligible" with `reason`
/// (and nothing left to ask, no refund); an unknown answer gives "undetermined" asking `fact`.
fn condition(set: impl Fn(&mut Case, Option<bool>), failing: bool, reason: R, fact: Fact) {
    let mut c = example();
    set(&mut c, Some(failing));
    let d = decide(&c);
    assert_eq!(d.verdict, Verdict::NotEligible);
    assert!(has(&d, reason));
    assert!(d.refund.is_none());
    assert!(d.missing.is_empty());
    set(&mut c, None);
    let d = decide(&c);
    assert_eq!(d.verdict, Verdict::Undetermined);
    assert!(missing(&d, fact));
}

#[test]
fn eea_01_member_of_folketrygden() {
    let set = |c: &mut Case, v| c.patient.member_of_folketrygden = v;
    condition(set, false, R::EeaNotMember, Fact::MemberOfFolketrygden);
    assert!(has(&decide(&example()), R::EeaMember));
}

#[test]
fn eea_02_treatment_country_in_eu_eea_other_than_norway() {
    let mut c = example();
    for (code, verdict, reason) in [
        ("ES", Verdict::Eligible, R::EeaCountryInScheme),
        ("AX", Verdict::Eligible, R::EeaCountryInScheme),
        ("NO", Verdict::NotEligible, R::EeaCountryNorway),
        ("SJ", Verdict::NotEligible, R::EeaCountryNorway),
        ("US", Verdict::NotEligible, R::EeaCountryOutsideEea),
        ("FO", Verdict::NotEligible, R::EeaCountryOutsideEea),
    ] {
        c.treatment.country = Some(Country::parse(code).unwrap());
        let d = decide(&c);
        assert_eq!(d.verdict, verdict, "{code}");
        assert!(has(&d, reason), "{code}");
    }
    c.treatment.country = None;
    let d = decide(&c);
    assert_eq!(d.verdict, Verdict::Undetermined);
    assert_eq!(
        d.missing[0],
        Missing::fact(Fact::TreatmentCountry),
        "the country is asked first"
    );
}

#[test]
fn eea_02_switzerland_goes_to_the_ehic_route() {
    let mut c = example();
    c.treatment.country = Some(Country::CH);
    let d = decide(&c);
    assert_eq!(d.verdict, Verdict::NotEligible);
    assert!(has(&d, R::EeaSwitzerlandEhic));
    assert_eq!(R::EeaSwitzerlandEhic.rule(), "EEA-02");
    assert!(d.missing.is_empty());
}

#[test]
fn g_04_uk_in_the_scheme_only_until_the_end_of_2020() {
    let mut c = example();
    c.treatment.country = Some(Country::GB);
    set_date(&mut c, "2020-12-31");
    let d = decide(&c);
    assert!(has(&d, R::EeaUkBeforeBrexit));
    assert_ne!(d.verdict, Verdict::NotEligible);
    set_date(&mut c, "2021-01-01");
    let d = decide(&c);
    assert_eq!(d.verdict, Verdict::NotEligible);
    assert!(has(&d, R::EeaUkAfterBrexit));
    c.treatment.dates.clear();
    let d = decide(&c);
    assert_eq!(d.verdict, Verdict::Undetermined);
    assert!(missing(&d, Fact::TreatmentDates));
}

#[test]
fn eea_03_no_refund_in_the_country_of_residence() {
    let mut c = example();
    c.patient.residence_country = Some(Country::DE);
    let d = decide(&c);
    assert_eq!(d.verdict, Verdict::NotEligible);
    assert!(has(&d, R::EeaResidentInTreatmentCountry));
    // Åland is Finland: living in Finland and treated on Åland is the same state.
    c.patient.residence_country = Some(Country::FI);
    c.treatment.country = Some(Country::AX);
    assert!(has(&decide(&c), R::EeaResidentInTreatmentCountry));
    c.patient.residence_country = None;
    assert!(missing(&decide(&c), Fact::ResidenceCountry));
}

#[test]
fn eea_04_s1_holder_is_referred_to_the_treatment_country() {
    let set = |c: &mut Case, v| c.patient.holds_s1_for_treatment_country = v;
    condition(set, true, R::EeaS1Holder, Fact::HoldsS1);
    assert!(has(&decide(&example()), R::EeaNoS1));
}

#[test]
fn eea_05_planned_travel_and_need_arising_abroad_both_qualify() {
    let mut c = example();
    assert!(has(&decide(&c), R::EeaPlannedOrDuringStay));
    c.treatment.need = Some(Need::AroseAbroad);
    c.treatment.referral = Some(Referral::TreatmentCountry);
    let d = decide(&c);
    assert_eq!(d.verdict, Verdict::Eligible);
    assert!(has(&d, R::EeaPlannedOrDuringStay));
}

#[test]
fn eea_06_referral_by_kind_of_need() {
    let cases = [
        (Need::Planned, Some(Referral::Norwegian), Verdict::Eligible),
        (
            Need::Planned,
            Some(Referral::OngoingNorwegianCourse),
            Verdict::Eligible,
        ),
        (
            Need::Planned,
            Some(Referral::TreatmentCountry),
            Verdict::NotEligible,
        ),
        (Need::Planned, Some(Referral::None), Verdict::NotEligible),
        (
            Need::AroseAbroad,
            Some(Referral::TreatmentCountry),
            Verdict::Eligible,
        ),
        (
            Need::AroseAbroad,
            Some(Referral::ConsultationDocumented),
            Verdict::Eligible,
        ),
        (
            Need::AroseAbroad,
            Some(Referral::Norwegian),
            Verdict::NotEligible,
        ),
        (
            Need::AroseAbroad,
            Some(Referral::None),
            Verdict::NotEligible,
        ),
        (Need::Urgent, Some(Referral::None), Verdict::Eligible),
        (Need::Urgent, None, Verdict::Eligible),
    ];
    for (need, referral, verdict) in cases {
        let mut c = example();
        c.treatment.need = Some(need);
        c.treatment.referral = referral;
        let d = decide(&c);
        assert_eq!(d.verdict, verdict, "{need:?} {referral:?}");
        if verdict == Verdict::NotEligible {
            assert!(has(&d, R::EeaReferralMissing));
        }
    }
    let mut c = example();
    c.treatment.need = Some(Need::Urgent);
    let d = decide(&c);
    assert!(has(&d, R::EeaUrgentNoReferral));
    assert_eq!(
        d.documents.refund_claim[0].document,
        D::EmergencyDischargeSummary
    );
    c.treatment.referral = None;
    c.treatment.need = Some(Need::Planned);
    assert!(missing(&decide(&c), Fact::Referral));
}

#[test]
fn eea_07_only_comparable_care() {
    // Without a prior notification, comparability is Helfo's judgement, asked for.
    let set = |c: &mut Case, v| {
        c.prior_notification.status = Some(PriorNotificationStatus::NotApplied);
        c.treatment.comparable_to_norwegian_care = v;
    };
    condition(set, false, R::EeaNotComparableCare, Fact::ComparableCare);
    assert!(has(&decide(&example()), R::EeaComparableCare));
}

/// EEA-07 with EEA-10 (seed 001): granting a prior notification, Helfo judged comparability for
/// the care it describes; care within it needs no judgement again, care beyond it does.
#[test]
fn eea_07_a_granted_prior_notification_settles_comparability_for_its_care() {
    let mut c = example();
    c.treatment.comparable_to_norwegian_care = None;
    c.prior_notification.care_beyond_granted = Some(false);
    let d = decide(&c);
    assert_eq!(d.verdict, Verdict::Eligible);
    assert!(has(&d, R::EeaComparableByPriorNotification));
    assert!(!missing(&d, Fact::ComparableCare));
    c.prior_notification.care_beyond_granted = Some(true);
    let d = decide(&c);
    assert_eq!(d.verdict, Verdict::Undetermined);
    assert!(missing(&d, Fact::ComparableCare));
    c.prior_notification.care_beyond_granted = Some(false);
    c.prior_notification.status = Some(PriorNotificationStatus::Refused);
    assert!(missing(&decide(&c), Fact::ComparableCare));
}

#[test]
fn eea_08_rate_is_80_percent_before_2023_10_02_and_100_from() {
    let mut c = example();
    c.prior_notification.status = Some(PriorNotificationStatus::NotApplied);
    c.costs.estimated_norwegian_cost = Some(ore(10_000_000));
    c.costs.expenses = Some(ore(20_000_000));
    c.costs.private_surcharges = Some(Ore::ZERO);
    set_date(&mut c, "2023-10-01");
    let r = decide(&c).refund.unwrap();
    assert_eq!(r.rate_bp.unwrap().0, 8_000);
    assert_eq!(r.refund_ore, Some(ore(8_000_000)));
    assert_eq!(r.limited_by, Some(Limit::RateAmount));
    set_date(&mut c, "2023-10-02");
    let r = decide(&c).refund.unwrap();
    assert_eq!(r.rate_bp.unwrap().0, 10_000);
    assert_eq!(r.refund_ore, Some(ore(10_000_000)));
    assert_eq!(r.patient_share_ore, Some(ore(10_000_000)));
}

#[test]
fn eea_08_refund_is_the_lower_of_expenses_and_rate_amount() {
    let mut c = example();
    c.prior_notification.status = Some(PriorNotificationStatus::NotApplied);
    c.costs.estimated_norwegian_cost = Some(ore(10_000_000));
    c.costs.expenses = Some(ore(6_000_000));
    c.costs.private_surcharges = Some(Ore::ZERO);
    let r = decide(&c).refund.unwrap();
    assert_eq!(r.refund_ore, Some(ore(6_000_000)));
    assert_eq!(r.limited_by, Some(Limit::Expenses));
    assert_eq!(r.estimate_basis, Some(EstimateBasis::Given));
    assert_eq!(r.patient_share_ore, Some(Ore::ZERO));
}

#[test]
fn eea_08_drg_points_times_unit_price_is_a_named_assumption() {
    let d = decide(&example());
    let r = d.refund.unwrap();
    assert_eq!(r.estimate_basis, Some(EstimateBasis::DrgPoints));
    assert_eq!(r.drg_unit_price_ore, Some(ore(5_224_800)));
    // 2.180 × NOK 52 248 = NOK 113 900.64
    assert_eq!(r.estimated_norwegian_cost_ore, Some(ore(11_390_064)));
    assert!(has(&d, R::AssumptionDrgPoints));
    assert!(d.parameters.iter().any(|p| p.id == ParamId::DrgUnitPrice));
    // No unit price for 2022: undetermined, naming the parameter.
    let mut c = example();
    set_date(&mut c, "2022-05-05");
    let d = decide(&c);
    assert_eq!(d.refund.unwrap().verdict, Verdict::Undetermined);
    assert!(d.missing.iter().any(|m| matches!(
        m,
        Missing::Parameter {
            id: ParamId::DrgUnitPrice,
            ..
        }
    )));
}

#[test]
fn eea_08_dates_under_different_rates_must_be_split() {
    let mut c = example();
    c.costs.estimated_norwegian_cost = Some(ore(10_000_000));
    ask_on(&mut c, "2023-10-05");
    c.treatment.dates.clear();
    for s in ["2023-09-30", "2023-10-03"] {
        let mut t = TreatmentDate::on(date(s));
        t.settled_on_the_spot = Some(true);
        c.treatment.dates.push(t).unwrap();
    }
    let d = decide(&c);
    assert!(has(&d, R::EeaRateChangesWithinCase));
    assert_eq!(d.refund.unwrap().refund_ore, None);
    assert_eq!(d.refund.unwrap().verdict, Verdict::Undetermined);
}

#[test]
fn eea_09_private_patient_surcharges_are_removed_first() {
    let mut c = example();
    c.prior_notification.status = Some(PriorNotificationStatus::NotApplied);
    c.costs.estimated_norwegian_cost = Some(ore(20_000_000));
    c.costs.expenses = Some(ore(15_000_000));
    c.costs.private_surcharges = Some(ore(2_500_000));
    let d = decide(&c);
    let r = d.refund.unwrap();
    assert_eq!(r.refundable_expenses_ore, Some(ore(12_500_000)));
    assert_eq!(r.refund_ore, Some(ore(12_500_000)));
    assert!(has(&d, R::EeaSurchargesRemoved));
    c.costs.private_surcharges = Some(ore(15_000_001));
    let e = evaluate(&c).unwrap_err();
    assert_eq!(e.kind, helserett::ErrorKind::Inconsistent);
    assert_eq!(e.path.to_string(), "costs.private_surcharges_ore");
}

#[test]
fn eea_10_prior_notification_maximum_caps_the_refund() {
    let d = decide(&example());
    let r = d.refund.unwrap();
    assert_eq!(r.prior_notification_max_ore, Some(ore(11_000_000)));
    assert_eq!(r.refund_ore, Some(ore(11_000_000)));
    assert_eq!(r.limited_by, Some(Limit::PriorNotification));
    assert!(has(&d, R::EeaPriorNotificationCap));
    assert_eq!(d.prior_notification.availability, Verdict::Eligible);
}

/// The example patient planning the treatment instead: asked before the treatment date.
fn planning() -> Case {
    let mut c = example();
    ask_on(&mut c, "2024-02-01");
    c.prior_notification.status = Some(PriorNotificationStatus::NotApplied);
    // Not yet invoiced: the invoice comes after the care (issue 28 refuses one dated later).
    c.treatment.dates[0].invoice_date = None;
    c
}

#[test]
fn c_08_prior_notification_closes_once_the_care_is_given() {
    let mut c = example();
    c.prior_notification.status = Some(PriorNotificationStatus::NotApplied);
    let d = decide(&c);
    assert_eq!(d.prior_notification.availability, Verdict::NotEligible);
    assert!(has(&d, R::EeaPriorNotificationBeforeCare));
    assert!(d.documents.prior_notification.is_empty());
    assert!(!d
        .missing
        .iter()
        .any(|m| format!("{m}").contains("formal_offer")));
    // Urgent care never had one: its status is not asked, and the refund is not held up.
    let mut c = example();
    c.treatment.need = Some(helserett::case::Need::Urgent);
    c.prior_notification = Default::default();
    let d = decide(&c);
    assert!(
        !d.missing
            .iter()
            .any(|m| format!("{m}").contains("prior_notification")),
        "{:?}",
        d.missing
    );
    assert_eq!(d.refund.unwrap().verdict, Verdict::Eligible);
    // Before the treatment, it can still be applied for.
    assert_eq!(
        decide(&planning()).prior_notification.availability,
        Verdict::Eligible
    );
}

#[test]
fn eea_10_prior_notification_only_for_priority_patients_with_a_formal_offer() {
    let mut c = planning();
    let d = decide(&c);
    assert_eq!(d.prior_notification.availability, Verdict::Eligible);
    assert!(has(&d, R::EeaPriorNotificationAvailable));
    assert_eq!(
        d.documents.prior_notification[0].document,
        D::PnEntitlementLetter
    );
    c.patient.priority_patient = Some(false);
    let d = decide(&c);
    assert_eq!(d.prior_notification.availability, Verdict::NotEligible);
    assert!(has(&d, R::EeaPriorNotificationNotPriorityPatient));
    assert!(d.documents.prior_notification.is_empty());
    // The scheme itself does not need prior notification (it is voluntary).
    assert_eq!(d.verdict, Verdict::Eligible);
    c.patient.priority_patient = Some(true);
    c.prior_notification.formal_offer = Some(false);
    assert!(has(&decide(&c), R::EeaPriorNotificationNeedsOffer));
    c.prior_notification.formal_offer = None;
    assert!(missing(&decide(&c), Fact::FormalOffer));
    c.treatment.need = Some(Need::Urgent);
    assert!(has(&decide(&c), R::EeaPriorNotificationOnlyPlanned));
}

#[test]
fn eea_11_staged_notification_guarantees_only_granted_stages() {
    let mut c = example();
    c.prior_notification.stages_granted = Some(Stages::NONE.with(Stage::Diagnostics));
    c.prior_notification.care_beyond_granted = Some(true);
    let d = decide(&c);
    assert!(has(&d, R::EeaStagedGuarantee));
    assert!(has(&d, R::EeaExtraCareJudgedAfterwards));
    assert_eq!(
        d.prior_notification.guaranteed_stages,
        Some(Stages::NONE.with(Stage::Diagnostics))
    );
    // The cap binds the granted part (the amount shown is what is guaranteed), and the care
    // beyond it is judged by Helfo afterwards: never uncapped and eligible.
    let r = d.refund.unwrap();
    assert_eq!(r.prior_notification_max_ore, Some(ore(11_000_000)));
    assert_eq!(r.refund_ore, Some(ore(11_000_000)));
    assert_eq!(r.verdict, Verdict::Undetermined);
    c.prior_notification.care_beyond_granted = None;
    assert!(missing(&decide(&c), Fact::CareBeyondGranted));
}

#[test]
fn eea_12_patient_pays_first() {
    assert!(has(&decide(&example()), R::EeaPayFirst));
}

#[test]
fn eea_13_pasientreiser_decides_and_pays_travel() {
    let d = decide(&example());
    assert!(has(&d, R::EeaTravelPasientreiserPays));
    let mut c = example();
    c.travel.claimed = Some(false);
    assert!(!has(&decide(&c), R::EeaTravelPasientreiserPays));
}

#[test]
fn eea_13_travel_round_trip_at_the_km_rate() {
    let d = decide(&example());
    let t = d.travel.clone().unwrap();
    assert_eq!(t.basis, Some(TravelBasis::KmRate));
    assert_eq!(t.rate_ore_per_km, Some(ore(300)));
    assert_eq!(t.per_round_trip_ore, Some(ore(2 * 84 * 300)));
    // Less two one-way patient-travel user fees (see the user-fee test).
    assert_eq!(t.amount_ore, Some(ore(50_400 - 2 * 17_100)));
    assert!(has(&d, R::EeaTravelKmRate));
    assert!(has(&d, R::EeaTravelNeverCovered));
    assert!(d
        .documents
        .refund_claim
        .iter()
        .any(|x| x.document == D::TravelClaimForm));
}

#[test]
fn eea_13_ten_km_or_less_each_way_is_not_covered() {
    let mut c = example();
    c.travel.one_way_km = Some(10);
    let d = decide(&c);
    let t = d.travel.clone().unwrap();
    assert_eq!(t.verdict, Verdict::NotEligible);
    assert_eq!(t.amount_ore, Some(Ore::ZERO));
    assert!(has(&d, R::EeaTravelTooShort));
    assert!(has(&d, R::AssumptionTravelExactly10Km));
    c.travel.one_way_km = Some(11);
    let d = decide(&c);
    assert_eq!(d.travel.clone().unwrap().verdict, Verdict::Eligible);
    assert!(!has(&d, R::AssumptionTravelExactly10Km));
    c.travel.one_way_km = Some(9);
    assert!(!has(&decide(&c), R::AssumptionTravelExactly10Km));
}

#[test]
fn eea_13_not_above_the_local_minimum_fare_is_not_covered() {
    let mut c = example();
    c.travel.exceeds_local_minimum_fare = Some(false);
    let d = decide(&c);
    assert_eq!(d.travel.clone().unwrap().verdict, Verdict::NotEligible);
    assert!(has(&d, R::EeaTravelBelowMinimumFare));
}

#[test]
fn eea_13_trips_of_300_km_or_more_use_the_scheduled_fare() {
    let mut c = example();
    c.travel.one_way_km = Some(300);
    let d = decide(&c);
    let t = d.travel.clone().unwrap();
    assert_eq!(t.basis, Some(TravelBasis::ScheduledFare));
    assert_eq!(t.verdict, Verdict::Undetermined);
    assert!(missing(&d, Fact::TravelScheduledFare));
    c.travel.cheapest_scheduled_round_trip = Some(ore(180_000));
    c.travel.round_trips = Some(2);
    let t = decide(&c).travel.unwrap();
    assert_eq!(t.amount_ore, Some(ore(360_000 - 4 * 17_100)));
    c.travel.one_way_km = Some(299);
    assert_eq!(decide(&c).travel.unwrap().basis, Some(TravelBasis::KmRate));
}

#[test]
fn eea_13_rate_gap_years_are_undetermined_naming_the_parameter() {
    let mut c = example();
    c.costs.estimated_norwegian_cost = Some(ore(10_000_000));
    set_date(&mut c, "2022-03-04");
    let d = decide(&c);
    assert_eq!(d.travel.clone().unwrap().verdict, Verdict::Undetermined);
    assert!(d.missing.iter().any(|m| matches!(
        m,
        Missing::Parameter {
            id: ParamId::TravelRate,
            rule: "EEA-13",
            ..
        }
    )));
}

#[test]
fn eea_14_six_months_from_each_treatment_date_or_invoice_date() {
    let mut c = example();
    ask_on(&mut c, "2024-09-20");
    let d = decide(&c);
    let x = d.deadlines[0];
    assert_eq!(x.runs_from, Some(DeadlineStart::InvoiceDate));
    assert_eq!(x.deadline, Some(date("2024-09-20")));
    assert_eq!(x.safe_deadline, date("2024-09-04"));
    assert_eq!(x.days_left, Some(0));
    assert_eq!(x.expired, Some(false));
    assert!(has(&d, R::EeaDeadlineFromInvoiceDate));
    ask_on(&mut c, "2024-09-21");
    let d = decide(&c);
    assert_eq!(d.deadlines[0].expired, Some(true));
    assert!(has(&d, R::EeaDeadlineExpired));
    assert_eq!(
        d.verdict,
        Verdict::NotEligible,
        "the only date's deadline has passed"
    );
    assert!(d.refund.is_none() && d.travel.is_none());
    // End of month: 31 August + 6 months = 29 February in a leap year.
    set_date(&mut c, "2023-08-31");
    ask_on(&mut c, "2023-09-01");
    let x = decide(&c).deadlines[0];
    assert_eq!(x.runs_from, Some(DeadlineStart::TreatmentDate));
    assert_eq!(x.deadline, Some(date("2024-02-29")));
}

#[test]
fn eea_14_each_date_has_its_own_deadline_and_unknown_payment_is_asked() {
    let mut c = example();
    c.treatment.dates.clear();
    c.treatment
        .dates
        .push(TreatmentDate::on(date("2024-03-04")))
        .unwrap();
    let mut second = TreatmentDate::on(date("2024-03-11"));
    second.settled_on_the_spot = Some(true);
    c.treatment.dates.push(second).unwrap();
    let d = decide(&c);
    assert_eq!(d.deadlines.len(), 2);
    assert_eq!(d.deadlines[0].deadline, None);
    assert_eq!(d.deadlines[0].safe_deadline, date("2024-09-04"));
    assert_eq!(d.deadlines[0].expired, Some(false));
    assert_eq!(d.deadlines[1].deadline, Some(date("2024-09-11")));
    // One question settles the start: the first request for payment, or "on the spot".
    assert!(d.missing.contains(&Missing::Fact {
        fact: Fact::InvoiceDate,
        index: Some(0)
    }));
    // A claim received in time is in time whatever the evaluation date.
    c.claim.received = Some(date("2024-05-01"));
    ask_on(&mut c, "2025-06-01");
    let d = decide(&c);
    assert_eq!(d.deadlines[1].claim_in_time, Some(true));
    assert_eq!(d.deadlines[1].expired, Some(false));
}

#[test]
fn eea_15_expected_decision_dates() {
    let mut c = example();
    c.prior_notification.status = Some(PriorNotificationStatus::Pending);
    c.claim.received = Some(date("2024-04-01"));
    let d = decide(&c);
    assert_eq!(
        d.processing.prior_notification_decision_by,
        Some(date("2024-02-05"))
    );
    assert_eq!(d.processing.refund_decision_by, Some(date("2024-06-24")));
    assert!(has(&d, R::EeaProcessingTimes));
}

#[test]
fn eea_16_documents_for_prior_notification() {
    let mut c = planning();
    c.treatment.outside_hospital = Some(true);
    let d = decide(&c);
    let pn: Vec<_> = d
        .documents
        .prior_notification
        .iter()
        .map(|x| (x.document, x.requirement))
        .collect();
    assert_eq!(
        pn,
        [
            (D::PnEntitlementLetter, Requirement::Required),
            (D::PnFormalOffer, Requirement::Required),
            (D::PnProviderLicence, Requirement::Required),
            (D::PnSpecialistAssessment, Requirement::Required),
        ]
    );
    c.treatment.outside_hospital = Some(false);
    c.patient.assessed_by_norwegian_specialist = None;
    let d = decide(&c);
    let pn: Vec<_> = d
        .documents
        .prior_notification
        .iter()
        .map(|x| (x.document, x.requirement))
        .collect();
    assert_eq!(
        pn,
        [
            (D::PnEntitlementLetter, Requirement::Required),
            (D::PnFormalOffer, Requirement::Required),
            (D::PnSpecialistAssessment, Requirement::IfApplicable),
        ]
    );
}

#[test]
fn eea_17_documents_for_a_refund_claim() {
    let mut c = example();
    c.treatment.occupational_injury = Some(true);
    let d = decide(&c);
    let docs: Vec<_> = d
        .documents
        .refund_claim
        .iter()
        .map(|x| x.document)
        .collect();
    for required in [
        D::ReferralNorwegian,
        D::DischargeSummaryAbroad,
        D::ItemisedInvoice,
        D::ProofOfPayment,
        D::OccupationalInjuryDecision,
    ] {
        assert!(docs.contains(&required), "{required:?}");
    }
    c.treatment.need = Some(Need::AroseAbroad);
    c.treatment.referral = Some(Referral::ConsultationDocumented);
    let docs: Vec<_> = decide(&c)
        .documents
        .refund_claim
        .iter()
        .map(|x| x.document)
        .collect();
    assert!(docs.contains(&D::ConsultationDocumentation));
    assert!(!docs.contains(&D::ReferralNorwegian));
}

#[test]
fn eea_18_translation_when_documents_are_in_another_language() {
    let mut c = example();
    assert!(!decide(&c)
        .documents
        .refund_claim
        .iter()
        .any(|x| x.document == D::TranslationWithOriginal));
    c.treatment.documents_in_accepted_language = Some(false);
    let d = decide(&c);
    // A document Helfo may ask for, not one every such claim must carry.
    assert!(d.documents.refund_claim.iter().any(
        |x| x.document == D::TranslationWithOriginal && x.requirement == Requirement::OnRequest
    ));
    assert!(!d.documents.refund_claim.iter().any(
        |x| x.document == D::TranslationWithOriginal && x.requirement == Requirement::Required
    ));
    assert!(has(&d, R::EeaTranslationAtOwnCost));
}

#[test]
fn eea_19_user_fee_per_outpatient_consultation_reported_apart() {
    let mut c = example();
    c.treatment.setting = Some(Setting::Outpatient);
    ask_on(&mut c, "2023-07-02");
    c.treatment.dates.clear();
    for (s, n) in [("2023-06-30", 1), ("2023-07-01", 2)] {
        let mut t = TreatmentDate::on(date(s));
        t.settled_on_the_spot = Some(true);
        t.outpatient_consultations = Some(n);
        c.treatment.dates.push(t).unwrap();
    }
    c.costs.estimated_norwegian_cost = Some(ore(1_000_000));
    c.patient.holds_exemption_card = Some(true);
    let d = decide(&c);
    let u = d.user_fee.unwrap();
    // NOK 375 until 2023-06-30, NOK 386 from 2023-07-01.
    assert_eq!(u.amount_ore, Some(ore(37_500 + 2 * 38_600)));
    assert_eq!(u.consultations, Some(3));
    assert_eq!(u.paid_out_with_refund, Some(true));
    assert!(has(&d, R::EeaUserFeePaidOut));
    assert!(has(&d, R::AssumptionUserFeeOutpatient));
    // Inpatient: no user fee.
    let u = decide(&example()).user_fee.unwrap();
    assert_eq!(u.amount_ore, Some(Ore::ZERO));
    assert!(u.counts_towards_exemption_card);
}

#[test]
fn eea_20_where_to_send() {
    let d = decide(&example());
    assert!(has(&d, R::EeaWhereToSend));
    assert!(R::EeaWhereToSend
        .text(helserett::Lang::En)
        .contains("Postboks 2415, 3104 Tønsberg"));
    assert!(R::EeaWhereToSend
        .text(helserett::Lang::Nb)
        .contains("+47 23 32 70 00"));
}

#[test]
fn eea_21_patient_finds_and_checks_the_provider() {
    let d = decide(&example());
    assert!(has(&d, R::EeaFindProvider));
    assert_eq!(R::EeaFindProvider.rule(), "EEA-21");
}

#[test]
fn risk_01_mrsa_screening_outside_the_nordic_area() {
    let d = decide(&example());
    let n = d
        .risks
        .iter()
        .find(|r| r.reason == R::RiskMrsaScreening)
        .unwrap();
    assert_eq!(n.until, Some(date("2025-03-04")));
    let mut c = example();
    c.treatment.country = Some(Country::SE);
    assert!(!has_risk(&decide(&c), R::RiskMrsaScreening));
}

#[test]
fn risk_02_patient_injury_depends_on_the_country() {
    let d = decide(&example());
    assert!(has_risk(&d, R::RiskInjuryTreatmentCountry));
    let mut c = example();
    c.treatment.country = Some(Country::DK);
    assert!(has_risk(&decide(&c), R::RiskInjuryNordic));
}

#[test]
fn risk_03_repatriation_covered_only_from_nordic_countries() {
    assert!(has_risk(&decide(&example()), R::RiskRepatriationNotCovered));
    let mut c = example();
    c.treatment.country = Some(Country::FI);
    assert!(has_risk(&decide(&c), R::RiskRepatriationNordic));
}

#[test]
fn risk_04_follow_up_joins_the_waiting_list() {
    assert!(has_risk(&decide(&example()), R::RiskFollowUpWaitingList));
}

#[test]
fn c_04_empty_case_asks_the_most_decisive_fact_first() {
    let c = Case::new(date("2024-06-01"));
    let d = decide(&c);
    assert_eq!(d.verdict, Verdict::Undetermined);
    assert_eq!(d.missing[0], Missing::fact(Fact::TreatmentCountry));
    assert_eq!(d.missing[1], Missing::fact(Fact::MemberOfFolketrygden));
}

#[test]
fn c_06_deadlines_are_judged_on_the_evaluation_date_not_the_clock() {
    let mut c = example();
    ask_on(&mut c, "2024-04-15");
    assert_eq!(decide(&c).deadlines[0].days_left, Some(158));
    ask_on(&mut c, "2024-09-19");
    assert_eq!(decide(&c).deadlines[0].days_left, Some(1));
}

#[test]
fn p_what_if_table_changes_the_rate() {
    // The analyst's question: what if the rate had stayed at 80 % after 2023-10-02?
    let mut table: Vec<ParamEntry<'static>> = Params::builtin().entries().to_vec();
    table.retain(|e| e.id != ParamId::EeaRate);
    table.push(ParamEntry {
        id: ParamId::EeaRate,
        value: 8_000,
        from: None,
        until: None,
        source: "what-if: 80 %",
    });
    let params = Params::new(&table).unwrap();
    let mut c = example();
    c.prior_notification.status = Some(PriorNotificationStatus::NotApplied);
    let d = evaluate_with(&c, params).unwrap();
    let r = d.refund.unwrap();
    assert_eq!(r.rate_bp.unwrap().0, 8_000);
    assert_eq!(r.refund_ore, Some(ore(9_112_051))); // 80 % of 113 900.64 = 91 120.512 → 91 120.51
    let used = d
        .parameters
        .iter()
        .find(|p| p.id == ParamId::EeaRate)
        .unwrap();
    assert_eq!(used.source, "what-if: 80 %");
}

#[test]
fn eea_14_only_the_dates_still_in_time_are_refunded() {
    // Two dates: one treated 2023-09-01 and paid on the spot (deadline 2024-03-01, passed on
    // 2024-04-15), one the example's, invoiced 2024-03-20 (deadline 2024-09-20).
    let mut c = example();
    let mut early = helserett::case::TreatmentDate::on(date("2023-09-01"));
    early.settled_on_the_spot = Some(true);
    c.treatment.dates.insert(0, early).unwrap();
    let d = decide(&c);
    assert_eq!(d.deadlines[0].expired, Some(true));
    assert_eq!(d.deadlines[1].expired, Some(false));
    let r = d.refund.unwrap();
    assert_eq!(
        r.refund_ore, None,
        "the whole amount is never paid for an expired date"
    );
    assert_eq!(r.verdict, Verdict::Undetermined);
    assert!(has(&d, R::EeaDeadlinePartlyExpired));
    // With every date in time, the refund is settled as before.
    assert_eq!(
        decide(&example()).refund.unwrap().refund_ore,
        Some(ore(11_000_000))
    );
}

#[test]
fn eea_13_patient_travel_user_fee_deducted_as_in_norway() {
    // The example: kr 504 for Nesna – Mo i Rana – Nesna, less two one-way user fees of kr 171
    // (P-TRAVEL-USER-FEE, 2024), as a patient travelling in Norway pays them.
    let d = decide(&example());
    let t = d.travel.clone().unwrap();
    assert_eq!(t.per_round_trip_ore, Some(ore(50_400)));
    assert_eq!(t.user_fee_ore, Some(ore(34_200)));
    assert_eq!(t.amount_ore, Some(ore(16_200)));
    assert!(has(&d, R::AssumptionTravelUserFee));
    // With an exemption card no user fee is paid.
    let mut c = example();
    c.patient.holds_exemption_card = Some(true);
    let t = decide(&c).travel.unwrap();
    assert_eq!(
        (t.user_fee_ore, t.amount_ore),
        (Some(Ore::ZERO), Some(ore(50_400)))
    );
    // Not known yet: asked.
    c.patient.holds_exemption_card = None;
    let d = decide(&c);
    assert!(missing(&d, Fact::HoldsExemptionCard));
    assert_eq!(d.travel.unwrap().verdict, Verdict::Undetermined);
}

#[test]
fn eea_14_c_04_a_deadline_not_known_for_past_care_leaves_the_verdict_open() {
    // Care on 2024-03-04, asked on 2024-10-01 (past the six months from the treatment date):
    // whether the patient paid on the spot is not known, so the deadline may have passed.
    let mut c = example();
    ask_on(&mut c, "2024-10-01");
    let mut t = TreatmentDate::on(date("2024-03-04"));
    t.settled_on_the_spot = None;
    c.treatment.dates.clear();
    c.treatment.dates.push(t).unwrap();
    let d = decide(&c);
    assert_eq!(d.deadlines[0].expired, None);
    assert_eq!(d.verdict, Verdict::Undetermined);
    assert!(missing(&d, Fact::InvoiceDate));
    // Invoiced afterwards, on 2024-03-20: the deadline is 2024-09-20, passed: not eligible.
    c.treatment.dates[0].invoice_date = Some(date("2024-03-20"));
    assert_eq!(decide(&c).verdict, Verdict::NotEligible);
    // Asked in time, the unknown start cannot matter: eligible.
    c.treatment.dates[0].invoice_date = None;
    ask_on(&mut c, "2024-08-01");
    assert_eq!(decide(&c).verdict, Verdict::Eligible);
    // A table without the deadline's length: it may have passed.
    c.treatment.dates[0].settled_on_the_spot = Some(true);
    let table: Vec<ParamEntry<'_>> = Params::builtin()
        .entries()
        .iter()
        .filter(|e| e.id != ParamId::EeaDeadlineMonths)
        .copied()
        .collect();
    let d = evaluate_with(&c, Params::new(&table).unwrap()).unwrap();
    assert_eq!(d.verdict, Verdict::Undetermined);
    assert!(d.missing.iter().any(|m| matches!(
        m,
        Missing::Parameter {
            id: ParamId::EeaDeadlineMonths,
            ..
        }
    )));
}

#[test]
fn eea_19_helfo_keeps_the_user_fee_back_unless_the_patient_holds_an_exemption_card() {
    // Two outpatient consultations in 2024 (NOK 386 each was the 2023 fee; take the table's).
    let mut c = example();
    c.treatment.setting = Some(Setting::Outpatient);
    c.treatment.dates[0].outpatient_consultations = Some(2);
    c.patient.holds_exemption_card = Some(false);
    let d = decide(&c);
    let refund = d.refund.as_ref().unwrap().refund_ore.unwrap();
    let u = d.user_fee.unwrap();
    let fee = u.amount_ore.unwrap();
    assert!(fee > Ore::ZERO);
    assert_eq!(u.payout_ore, Some(refund.checked_sub(fee).unwrap()));
    // The ceiling in force in 2024 (NOK 3 165) is named for the patient, and used.
    assert_eq!(u.exemption_card_ceiling_ore, Some(ore(316_500)));
    assert!(d.parameters.iter().any(|e| e.id == ParamId::FrikortCeiling));
    // With an exemption card the fee is paid out with the refund: Helfo pays the whole refund.
    c.patient.holds_exemption_card = Some(true);
    let with_card = decide(&c);
    assert_eq!(with_card.refund.as_ref().unwrap().refund_ore, Some(refund));
    assert_eq!(
        with_card.user_fee.as_ref().unwrap().payout_ore,
        Some(refund)
    );
    // Inpatient: no fee, the whole refund.
    let d = decide(&example());
    assert_eq!(d.user_fee.unwrap().payout_ore, d.refund.unwrap().refund_ore);
    // Not known whether the patient holds a card: what Helfo pays is open.
    c.patient.holds_exemption_card = None;
    assert_eq!(decide(&c).user_fee.unwrap().payout_ore, None);
}

/// EEA-11 (issue 23): with care beyond the notification, its maximum is the part guaranteed,
/// not the most the refund can be: the bound is the lower of the refundable expenses and
/// rate × estimated cost, and the patient view says both.
#[test]
fn eea_11_care_beyond_the_notification_bounds_the_refund_above_its_maximum() {
    let mut c = example();
    c.prior_notification.care_beyond_granted = Some(true);
    let d = decide(&c);
    let r = d.refund.unwrap();
    assert_eq!(r.verdict, Verdict::Undetermined);
    assert_eq!(r.refund_ore, Some(ore(11_000_000)), "the guaranteed part");
    assert_eq!(
        r.refund_at_most_ore,
        Some(ore(11_390_064)),
        "rate × estimated cost"
    );
    let view = helserett::patient_view(&d, helserett::Lang::Nb).to_string();
    assert!(
        view.contains("minst kr 110 000, inntil kr 113 900,64"),
        "{view}"
    );
}
