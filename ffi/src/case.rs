//! The fixed-size case a kiosk fills field by field, and its translation to the kernel's
//! `Case` (and back, for `helserett_case_from_json`).
//!
//! Unknown is zero for enums and dates and `HELSERETT_UNKNOWN` (-1) for numbers, so
//! `helserett_case c = {0}` plus the evaluation date (and numbers set to -1 by
//! `helserett_case_init`) is an empty case. Field names are the JSON schema's, so an error
//! path (`treatment.dates[1].date`) names the struct field too.

#![allow(non_camel_case_types)]

use crate::boundary::{c_str, put_c_str, Failure};
use crate::enums::*;
use core::ffi::c_char;
use kernel::case::{
    Case, PlaceName, Stage, Stages, TreatmentDate, MAX_PLACE_NAME, MAX_TREATMENT_DATES,
};
use kernel::error::{Error, ErrorKind, FieldPath, Segment};
use kernel::{Country, Date, Ore};

/// A number that is not known yet.
pub const HELSERETT_UNKNOWN: i64 = -1;
/// The most treatment dates a case holds.
pub const HELSERETT_MAX_TREATMENT_DATES: usize = 8;
/// Room for a place name, NUL included.
pub const HELSERETT_PLACE_CAPACITY: usize = 49;

// The header needs literal numbers; these keep them equal to the kernel's capacities.
const _: () = assert!(HELSERETT_MAX_TREATMENT_DATES == MAX_TREATMENT_DATES);
const _: () = assert!(HELSERETT_PLACE_CAPACITY == MAX_PLACE_NAME + 1);

/// A calendar date; all zero is unknown.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct helserett_date {
    /// Year, 1900..=2999.
    pub year: u16,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of the month.
    pub day: u8,
}

/// Facts about the patient.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_patient {
    /// A `helserett_tristate` (EEA-01).
    pub member_of_folketrygden: u32,
    /// ISO 3166-1 alpha-2, NUL-terminated; `""` is unknown (EEA-03).
    pub residence_country: [c_char; 3],
    /// A `helserett_tristate` (EEA-04).
    pub holds_s1_for_treatment_country: u32,
    /// A `helserett_tristate` (EEA-10).
    pub priority_patient: u32,
    /// A `helserett_tristate` (EEA-19).
    pub holds_exemption_card: u32,
    /// A `helserett_tristate` (ABR-01).
    pub assessed_by_norwegian_specialist: u32,
    /// A `helserett_region` (ABR-03).
    pub home_region: u32,
    /// 1..=99, or `HELSERETT_UNKNOWN` (ABR-03).
    pub county_number: i64,
    /// A `helserett_tristate` (OTHER-02).
    pub chronic_disease_for_treatment_trip: u32,
    /// A `helserett_tristate` (OTHER-03).
    pub member_staying_abroad: u32,
}

/// One treatment date.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_treatment_date {
    /// The date (required for every entry below `dates_len`).
    pub date: helserett_date,
    /// A `helserett_tristate`: paid on the spot (EEA-14).
    pub settled_on_the_spot: u32,
    /// The first invoice after the treatment, or all zero (EEA-14).
    pub invoice_date: helserett_date,
    /// 0..=255, or `HELSERETT_UNKNOWN` (EEA-19).
    pub outpatient_consultations: i64,
}

/// Facts about the treatment.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_treatment {
    /// ISO 3166-1 alpha-2, NUL-terminated; `""` is unknown (EEA-02).
    pub country: [c_char; 3],
    /// A `helserett_need` (EEA-06).
    pub need: u32,
    /// A `helserett_setting` (EEA-19).
    pub setting: u32,
    /// A `helserett_tristate` (EEA-05).
    pub outside_hospital: u32,
    /// A `helserett_tristate` (EEA-07).
    pub comparable_to_norwegian_care: u32,
    /// A `helserett_referral` (EEA-06).
    pub referral: u32,
    /// A `helserett_tristate` (EEA-20).
    pub occupational_injury: u32,
    /// A `helserett_tristate` (EEA-18).
    pub documents_in_accepted_language: u32,
    /// How many of `dates` are filled in.
    pub dates_len: u32,
    /// The treatment dates.
    pub dates: [helserett_treatment_date; HELSERETT_MAX_TREATMENT_DATES],
}

/// Amounts in øre (`HELSERETT_UNKNOWN` when not known).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_costs {
    /// What the patient paid (EEA-08).
    pub expenses_ore: i64,
    /// Surcharges for private choices, part of the expenses (EEA-09).
    pub private_surcharges_ore: i64,
    /// The estimated cost in Norway (EEA-08).
    pub estimated_norwegian_cost_ore: i64,
    /// DRG points × 1000, 0..=1 000 000 (EEA-08).
    pub drg_points_milli: i64,
}

/// Prior notification (EEA-10, EEA-11).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_prior_notification {
    /// A `helserett_pn_status`.
    pub status: u32,
    /// A `helserett_tristate`: formal offer of treatment in Norway.
    pub formal_offer: u32,
    /// When Helfo received the application, or all zero.
    pub application_received: helserett_date,
    /// The maximum refund in the decision, øre, or `HELSERETT_UNKNOWN`.
    pub max_refund_ore: i64,
    /// `HELSERETT_STAGE_*` bits, or `HELSERETT_UNKNOWN`.
    pub stages_granted: i32,
    /// A `helserett_tristate`: care went beyond the granted stages.
    pub care_beyond_granted: u32,
}

/// The refund claim (EEA-14).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_claim {
    /// When Helfo received the claim, or all zero.
    pub received: helserett_date,
}

/// Travel (EEA-13).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_travel {
    /// A `helserett_tristate`: travel costs are claimed.
    pub claimed: u32,
    /// Home, NUL-terminated UTF-8; `""` is unknown.
    pub home: [c_char; HELSERETT_PLACE_CAPACITY],
    /// The nearest place of treatment in Norway, NUL-terminated UTF-8; `""` is unknown.
    pub nearest_place: [c_char; HELSERETT_PLACE_CAPACITY],
    /// Km one way, 0..=10 000, or `HELSERETT_UNKNOWN`.
    pub one_way_km: i64,
    /// A `helserett_tristate`: the trip costs more than the local minimum fare.
    pub exceeds_local_minimum_fare: u32,
    /// 0..=100, or `HELSERETT_UNKNOWN`.
    pub round_trips: i64,
    /// Øre, or `HELSERETT_UNKNOWN` (trips of 300 km or more each way).
    pub cheapest_scheduled_round_trip_ore: i64,
}

/// The Norwegian offer (ABR-01, ABR-05..ABR-07).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_norwegian_offer {
    /// A `helserett_tristate`.
    pub adequate: u32,
    /// A `helserett_tristate`.
    pub abroad_documented_more_effective: u32,
    /// A `helserett_method`.
    pub method: u32,
    /// A `helserett_tristate`.
    pub rare_condition: u32,
    /// A `helserett_tristate`.
    pub child_in_nordic_cancer_protocol: u32,
}

/// Waiting time (WAIT-01..WAIT-03).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_waiting {
    /// A `helserett_tristate`.
    pub deadline_given: u32,
    /// The deadline for treatment, or all zero.
    pub deadline: helserett_date,
    /// A `helserett_tristate`.
    pub treated_by_deadline: u32,
    /// A `helserett_tristate`.
    pub medically_indefensible: u32,
    /// A `helserett_tristate`.
    pub s2_granted: u32,
}

/// One case, filled field by field. Start from `helserett_case_init`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_case {
    /// The day the case is decided on (required): deadlines count from it.
    pub evaluation_date: helserett_date,
    /// The patient.
    pub patient: helserett_patient,
    /// The treatment.
    pub treatment: helserett_treatment,
    /// The costs.
    pub costs: helserett_costs,
    /// Prior notification.
    pub prior_notification: helserett_prior_notification,
    /// The claim.
    pub claim: helserett_claim,
    /// Travel.
    pub travel: helserett_travel,
    /// The Norwegian offer.
    pub norwegian_offer: helserett_norwegian_offer,
    /// Waiting time.
    pub waiting: helserett_waiting,
}

impl helserett_case {
    /// The empty case on `evaluation_date`: every fact unknown.
    pub fn empty(evaluation_date: helserett_date) -> helserett_case {
        let unknown = HELSERETT_UNKNOWN;
        let date = helserett_treatment_date {
            date: helserett_date::default(),
            settled_on_the_spot: 0,
            invoice_date: helserett_date::default(),
            outpatient_consultations: unknown,
        };
        helserett_case {
            evaluation_date,
            patient: helserett_patient {
                member_of_folketrygden: 0,
                residence_country: [0; 3],
                holds_s1_for_treatment_country: 0,
                priority_patient: 0,
                holds_exemption_card: 0,
                assessed_by_norwegian_specialist: 0,
                home_region: 0,
                county_number: unknown,
                chronic_disease_for_treatment_trip: 0,
                member_staying_abroad: 0,
            },
            treatment: helserett_treatment {
                country: [0; 3],
                need: 0,
                setting: 0,
                outside_hospital: 0,
                comparable_to_norwegian_care: 0,
                referral: 0,
                occupational_injury: 0,
                documents_in_accepted_language: 0,
                dates_len: 0,
                dates: [date; HELSERETT_MAX_TREATMENT_DATES],
            },
            costs: helserett_costs {
                expenses_ore: unknown,
                private_surcharges_ore: unknown,
                estimated_norwegian_cost_ore: unknown,
                drg_points_milli: unknown,
            },
            prior_notification: helserett_prior_notification {
                status: 0,
                formal_offer: 0,
                application_received: helserett_date::default(),
                max_refund_ore: unknown,
                stages_granted: unknown as i32,
                care_beyond_granted: 0,
            },
            claim: helserett_claim {
                received: helserett_date::default(),
            },
            travel: helserett_travel {
                claimed: 0,
                home: [0; HELSERETT_PLACE_CAPACITY],
                nearest_place: [0; HELSERETT_PLACE_CAPACITY],
                one_way_km: unknown,
                exceeds_local_minimum_fare: 0,
                round_trips: unknown,
                cheapest_scheduled_round_trip_ore: unknown,
            },
            norwegian_offer: helserett_norwegian_offer {
                adequate: 0,
                abroad_documented_more_effective: 0,
                method: 0,
                rare_condition: 0,
                child_in_nordic_cancer_protocol: 0,
            },
            waiting: helserett_waiting {
                deadline_given: 0,
                deadline: helserett_date::default(),
                treated_by_deadline: 0,
                medically_indefensible: 0,
                s2_granted: 0,
            },
        }
    }
}

/// A path of two known field names.
fn at(fields: &'static [&'static str]) -> FieldPath {
    FieldPath::of(fields)
}

fn kernel_err(kind: ErrorKind, path: FieldPath) -> Failure {
    Failure::Kernel(Error::new(kind, path))
}

fn e<C: CEnum>(n: u32, path: FieldPath) -> Result<Option<C::Kernel>, Failure> {
    C::decode(n, path)
}

fn tri(n: u32, path: FieldPath) -> Result<Option<bool>, Failure> {
    helserett_tristate::decode(n, path)
}

/// A date field: all zero is unknown; anything else must be a real date.
pub(crate) fn date(d: helserett_date, path: FieldPath) -> Result<Option<Date>, Failure> {
    if d == helserett_date::default() {
        return Ok(None);
    }
    Date::new(d.year, d.month, d.day)
        .map(Some)
        .map_err(|err| kernel_err(ErrorKind::InvalidDate(err), path))
}

fn required_date(d: helserett_date, path: FieldPath) -> Result<Date, Failure> {
    date(d, path)?.ok_or(kernel_err(ErrorKind::MissingField, path))
}

pub(crate) fn c_date(d: Option<Date>) -> helserett_date {
    d.map_or(helserett_date::default(), |d| helserett_date {
        year: d.year(),
        month: d.month(),
        day: d.day(),
    })
}

fn ore(n: i64, path: FieldPath) -> Result<Option<Ore>, Failure> {
    if n == HELSERETT_UNKNOWN {
        return Ok(None);
    }
    Ore::new(n).map(Some).map_err(|err| {
        let kind = match err {
            kernel::money::MoneyError::Negative => ErrorKind::NegativeAmount,
            _ => ErrorKind::AmountOverflow,
        };
        kernel_err(kind, path)
    })
}

/// A count: the kernel checks its domain range; here only that it fits the kernel's type.
fn count<T: TryFrom<i64>>(n: i64, path: FieldPath) -> Result<Option<T>, Failure> {
    if n == HELSERETT_UNKNOWN {
        return Ok(None);
    }
    T::try_from(n)
        .map(Some)
        .map_err(|_| kernel_err(ErrorKind::NumberOutOfRange, path))
}

fn country(field: &[c_char; 3], path: FieldPath) -> Result<Option<Country>, Failure> {
    match c_str(field, path)? {
        None => Ok(None),
        Some(s) => Country::parse(s)
            .map(Some)
            .map_err(|err| kernel_err(ErrorKind::InvalidCountry(err), path)),
    }
}

fn place(field: &[c_char], path: FieldPath) -> Result<Option<PlaceName>, Failure> {
    match c_str(field, path)? {
        None => Ok(None),
        // The field holds at most MAX_PLACE_NAME bytes before its NUL, so this always fits.
        Some(s) => PlaceName::try_from(s)
            .map(Some)
            .map_err(|_| kernel_err(ErrorKind::TooLong, path)),
    }
}

/// The C bit of each stage (`HELSERETT_STAGE_*`).
const STAGE_BITS: [(i32, Stage); 3] = [
    (HELSERETT_STAGE_DIAGNOSTICS, Stage::Diagnostics),
    (HELSERETT_STAGE_TREATMENT, Stage::Treatment),
    (HELSERETT_STAGE_FOLLOW_UP, Stage::FollowUp),
];

fn stages(n: i32, path: FieldPath) -> Result<Option<Stages>, Failure> {
    if i64::from(n) == HELSERETT_UNKNOWN {
        return Ok(None);
    }
    let all = STAGE_BITS.iter().fold(0, |a, (b, _)| a | b);
    if n < 0 || n & !all != 0 {
        return Err(kernel_err(ErrorKind::InvalidValue, path));
    }
    let set = STAGE_BITS.iter().filter(|(b, _)| n & b != 0);
    Ok(Some(set.fold(Stages::NONE, |s, (_, st)| s.with(*st))))
}

fn c_stages(s: Option<Stages>) -> i32 {
    s.map_or(HELSERETT_UNKNOWN as i32, |s| {
        STAGE_BITS
            .iter()
            .filter(|(_, st)| s.contains(*st))
            .fold(0, |a, (b, _)| a | b)
    })
}

fn num<T: Into<i64>>(v: Option<T>) -> i64 {
    v.map_or(HELSERETT_UNKNOWN, Into::into)
}

/// Translates the C case into the kernel's (no decisions here: only representation).
pub(crate) fn to_kernel(c: &helserett_case) -> Result<Case, Failure> {
    let mut k = Case::new(required_date(c.evaluation_date, at(&["evaluation_date"]))?);

    let p = &c.patient;
    let kp = &mut k.patient;
    kp.member_of_folketrygden = tri(
        p.member_of_folketrygden,
        at(&["patient", "member_of_folketrygden"]),
    )?;
    kp.residence_country = country(&p.residence_country, at(&["patient", "residence_country"]))?;
    kp.holds_s1_for_treatment_country = tri(
        p.holds_s1_for_treatment_country,
        at(&["patient", "holds_s1_for_treatment_country"]),
    )?;
    kp.priority_patient = tri(p.priority_patient, at(&["patient", "priority_patient"]))?;
    kp.holds_exemption_card = tri(
        p.holds_exemption_card,
        at(&["patient", "holds_exemption_card"]),
    )?;
    kp.assessed_by_norwegian_specialist = tri(
        p.assessed_by_norwegian_specialist,
        at(&["patient", "assessed_by_norwegian_specialist"]),
    )?;
    kp.home_region = e::<helserett_region>(p.home_region, at(&["patient", "home_region"]))?;
    kp.county_number = count(p.county_number, at(&["patient", "county_number"]))?;
    kp.chronic_disease_for_treatment_trip = tri(
        p.chronic_disease_for_treatment_trip,
        at(&["patient", "chronic_disease_for_treatment_trip"]),
    )?;
    kp.member_staying_abroad = tri(
        p.member_staying_abroad,
        at(&["patient", "member_staying_abroad"]),
    )?;

    let t = &c.treatment;
    let kt = &mut k.treatment;
    kt.country = country(&t.country, at(&["treatment", "country"]))?;
    kt.need = e::<helserett_need>(t.need, at(&["treatment", "need"]))?;
    kt.setting = e::<helserett_setting>(t.setting, at(&["treatment", "setting"]))?;
    kt.outside_hospital = tri(t.outside_hospital, at(&["treatment", "outside_hospital"]))?;
    kt.comparable_to_norwegian_care = tri(
        t.comparable_to_norwegian_care,
        at(&["treatment", "comparable_to_norwegian_care"]),
    )?;
    kt.referral = e::<helserett_referral>(t.referral, at(&["treatment", "referral"]))?;
    kt.occupational_injury = tri(
        t.occupational_injury,
        at(&["treatment", "occupational_injury"]),
    )?;
    kt.documents_in_accepted_language = tri(
        t.documents_in_accepted_language,
        at(&["treatment", "documents_in_accepted_language"]),
    )?;
    let n = t.dates_len as usize;
    if n > HELSERETT_MAX_TREATMENT_DATES {
        return Err(kernel_err(ErrorKind::TooMany, at(&["treatment", "dates"])));
    }
    for (i, d) in t.dates[..n].iter().enumerate() {
        let f = |name: &'static &'static str| {
            at(&["treatment", "dates"])
                .child(Segment::Index(i as u16))
                .child(Segment::Field(name))
        };
        let td = TreatmentDate {
            date: required_date(d.date, f(&"date"))?,
            settled_on_the_spot: tri(d.settled_on_the_spot, f(&"settled_on_the_spot"))?,
            invoice_date: date(d.invoice_date, f(&"invoice_date"))?,
            outpatient_consultations: count(
                d.outpatient_consultations,
                f(&"outpatient_consultations"),
            )?,
        };
        // Cannot fail: `n` is at most the capacity.
        let _ = kt.dates.push(td);
    }

    let co = &c.costs;
    k.costs.expenses = ore(co.expenses_ore, at(&["costs", "expenses_ore"]))?;
    k.costs.private_surcharges = ore(
        co.private_surcharges_ore,
        at(&["costs", "private_surcharges_ore"]),
    )?;
    k.costs.estimated_norwegian_cost = ore(
        co.estimated_norwegian_cost_ore,
        at(&["costs", "estimated_norwegian_cost_ore"]),
    )?;
    k.costs.drg_points_milli = count(co.drg_points_milli, at(&["costs", "drg_points_milli"]))?;

    let pn = &c.prior_notification;
    let kpn = &mut k.prior_notification;
    kpn.status = e::<helserett_pn_status>(pn.status, at(&["prior_notification", "status"]))?;
    kpn.formal_offer = tri(pn.formal_offer, at(&["prior_notification", "formal_offer"]))?;
    kpn.application_received = date(
        pn.application_received,
        at(&["prior_notification", "application_received"]),
    )?;
    kpn.max_refund = ore(
        pn.max_refund_ore,
        at(&["prior_notification", "max_refund_ore"]),
    )?;
    kpn.stages_granted = stages(
        pn.stages_granted,
        at(&["prior_notification", "stages_granted"]),
    )?;
    kpn.care_beyond_granted = tri(
        pn.care_beyond_granted,
        at(&["prior_notification", "care_beyond_granted"]),
    )?;

    k.claim.received = date(c.claim.received, at(&["claim", "received"]))?;

    let tr = &c.travel;
    let ktr = &mut k.travel;
    ktr.claimed = tri(tr.claimed, at(&["travel", "claimed"]))?;
    ktr.home = place(&tr.home, at(&["travel", "home"]))?;
    ktr.nearest_place = place(&tr.nearest_place, at(&["travel", "nearest_place"]))?;
    ktr.one_way_km = count(tr.one_way_km, at(&["travel", "one_way_km"]))?;
    ktr.exceeds_local_minimum_fare = tri(
        tr.exceeds_local_minimum_fare,
        at(&["travel", "exceeds_local_minimum_fare"]),
    )?;
    ktr.round_trips = count(tr.round_trips, at(&["travel", "round_trips"]))?;
    ktr.cheapest_scheduled_round_trip = ore(
        tr.cheapest_scheduled_round_trip_ore,
        at(&["travel", "cheapest_scheduled_round_trip_ore"]),
    )?;

    let o = &c.norwegian_offer;
    let ko = &mut k.norwegian_offer;
    ko.adequate = tri(o.adequate, at(&["norwegian_offer", "adequate"]))?;
    ko.abroad_documented_more_effective = tri(
        o.abroad_documented_more_effective,
        at(&["norwegian_offer", "abroad_documented_more_effective"]),
    )?;
    ko.method = e::<helserett_method>(o.method, at(&["norwegian_offer", "method"]))?;
    ko.rare_condition = tri(o.rare_condition, at(&["norwegian_offer", "rare_condition"]))?;
    ko.child_in_nordic_cancer_protocol = tri(
        o.child_in_nordic_cancer_protocol,
        at(&["norwegian_offer", "child_in_nordic_cancer_protocol"]),
    )?;

    let w = &c.waiting;
    let kw = &mut k.waiting;
    kw.deadline_given = tri(w.deadline_given, at(&["waiting", "deadline_given"]))?;
    kw.deadline = date(w.deadline, at(&["waiting", "deadline"]))?;
    kw.treated_by_deadline = tri(
        w.treated_by_deadline,
        at(&["waiting", "treated_by_deadline"]),
    )?;
    kw.medically_indefensible = tri(
        w.medically_indefensible,
        at(&["waiting", "medically_indefensible"]),
    )?;
    kw.s2_granted = tri(w.s2_granted, at(&["waiting", "s2_granted"]))?;
    Ok(k)
}

fn t(v: Option<bool>) -> u32 {
    helserett_tristate::encode(v)
}

fn c_country(v: Option<Country>) -> [c_char; 3] {
    let mut out = [0; 3];
    if let Some(c) = v {
        put_c_str(&mut out, c.as_str());
    }
    out
}

fn c_place(v: &Option<PlaceName>) -> [c_char; HELSERETT_PLACE_CAPACITY] {
    let mut out = [0; HELSERETT_PLACE_CAPACITY];
    if let Some(p) = v {
        put_c_str(&mut out, p);
    }
    out
}

fn c_ore(v: Option<Ore>) -> i64 {
    v.map_or(HELSERETT_UNKNOWN, Ore::get)
}

/// The kernel's case in the C representation (every kernel value has one).
pub(crate) fn from_kernel(k: &Case) -> helserett_case {
    let mut c = helserett_case::empty(c_date(Some(k.evaluation_date)));
    let p = &k.patient;
    c.patient = helserett_patient {
        member_of_folketrygden: t(p.member_of_folketrygden),
        residence_country: c_country(p.residence_country),
        holds_s1_for_treatment_country: t(p.holds_s1_for_treatment_country),
        priority_patient: t(p.priority_patient),
        holds_exemption_card: t(p.holds_exemption_card),
        assessed_by_norwegian_specialist: t(p.assessed_by_norwegian_specialist),
        home_region: helserett_region::encode(p.home_region),
        county_number: num(p.county_number),
        chronic_disease_for_treatment_trip: t(p.chronic_disease_for_treatment_trip),
        member_staying_abroad: t(p.member_staying_abroad),
    };
    let tr = &k.treatment;
    let ct = &mut c.treatment;
    ct.country = c_country(tr.country);
    ct.need = helserett_need::encode(tr.need);
    ct.setting = helserett_setting::encode(tr.setting);
    ct.outside_hospital = t(tr.outside_hospital);
    ct.comparable_to_norwegian_care = t(tr.comparable_to_norwegian_care);
    ct.referral = helserett_referral::encode(tr.referral);
    ct.occupational_injury = t(tr.occupational_injury);
    ct.documents_in_accepted_language = t(tr.documents_in_accepted_language);
    ct.dates_len = tr.dates.len() as u32;
    for (o, d) in ct.dates.iter_mut().zip(&tr.dates) {
        *o = helserett_treatment_date {
            date: c_date(Some(d.date)),
            settled_on_the_spot: t(d.settled_on_the_spot),
            invoice_date: c_date(d.invoice_date),
            outpatient_consultations: num(d.outpatient_consultations),
        };
    }
    c.costs = helserett_costs {
        expenses_ore: c_ore(k.costs.expenses),
        private_surcharges_ore: c_ore(k.costs.private_surcharges),
        estimated_norwegian_cost_ore: c_ore(k.costs.estimated_norwegian_cost),
        drg_points_milli: num(k.costs.drg_points_milli),
    };
    let pn = &k.prior_notification;
    c.prior_notification = helserett_prior_notification {
        status: helserett_pn_status::encode(pn.status),
        formal_offer: t(pn.formal_offer),
        application_received: c_date(pn.application_received),
        max_refund_ore: c_ore(pn.max_refund),
        stages_granted: c_stages(pn.stages_granted),
        care_beyond_granted: t(pn.care_beyond_granted),
    };
    c.claim.received = c_date(k.claim.received);
    let tv = &k.travel;
    c.travel = helserett_travel {
        claimed: t(tv.claimed),
        home: c_place(&tv.home),
        nearest_place: c_place(&tv.nearest_place),
        one_way_km: num(tv.one_way_km),
        exceeds_local_minimum_fare: t(tv.exceeds_local_minimum_fare),
        round_trips: num(tv.round_trips),
        cheapest_scheduled_round_trip_ore: c_ore(tv.cheapest_scheduled_round_trip),
    };
    let o = &k.norwegian_offer;
    c.norwegian_offer = helserett_norwegian_offer {
        adequate: t(o.adequate),
        abroad_documented_more_effective: t(o.abroad_documented_more_effective),
        method: helserett_method::encode(o.method),
        rare_condition: t(o.rare_condition),
        child_in_nordic_cancer_protocol: t(o.child_in_nordic_cancer_protocol),
    };
    let w = &k.waiting;
    c.waiting = helserett_waiting {
        deadline_given: t(w.deadline_given),
        deadline: c_date(w.deadline),
        treated_by_deadline: t(w.treated_by_deadline),
        medically_indefensible: t(w.medically_indefensible),
        s2_granted: t(w.s2_granted),
    };
    c
}
