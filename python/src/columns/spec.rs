//! The columns `evaluate_columns` reads: one per scalar fact of the case, named by the fact's
//! JSON path (`costs.expenses_ore`), so that an error names the same path as the JSON reader.
//! The first treatment date's fields are `treatment.dates[0].*`. Not here: `schema`,
//! `prior_notification.stages_granted` (a list), `travel.home` and `travel.nearest_place`
//! (text for the explanation only), and further treatment dates; use `evaluate_many` for those.

use helserett::case::{
    range, Method, Need, PriorNotificationStatus, Referral, Region, Setting, TreatmentDate,
};
use helserett::error::{FieldPath, Segment};
use helserett::{Case, Country, Date, Ore};

/// What a column holds.
#[derive(Clone, Copy)]
pub enum Kind {
    /// `True`, `False`.
    Flag,
    /// A whole number in `min..=max`.
    Int(i64, i64),
    /// An amount in øre.
    Money,
    /// A date.
    Date,
    /// An ISO 3166-1 alpha-2 code.
    Country,
    /// One of a set of strings: its position in the kernel enum's `ALL`.
    Choice(fn(&str) -> Option<u8>),
}

/// One value, already checked.
#[derive(Clone, Copy, Debug)]
pub enum Cell {
    Flag(bool),
    Int(i64),
    Money(Ore),
    Date(Date),
    Country(Country),
    Choice(u8),
}

impl Cell {
    fn flag(self) -> Option<bool> {
        match self {
            Cell::Flag(b) => Some(b),
            _ => None,
        }
    }

    fn int<T: TryFrom<i64>>(self) -> Option<T> {
        match self {
            Cell::Int(v) => T::try_from(v).ok(),
            _ => None,
        }
    }

    fn money(self) -> Option<Ore> {
        match self {
            Cell::Money(o) => Some(o),
            _ => None,
        }
    }

    fn date(self) -> Option<Date> {
        match self {
            Cell::Date(d) => Some(d),
            _ => None,
        }
    }

    fn country(self) -> Option<Country> {
        match self {
            Cell::Country(c) => Some(c),
            _ => None,
        }
    }

    fn choice<T: Copy>(self, all: &[T]) -> Option<T> {
        match self {
            Cell::Choice(i) => all.get(usize::from(i)).copied(),
            _ => None,
        }
    }
}

/// Puts a known value into the case; `false` when the row has no `treatment.dates[0].date`
/// for a field of that date.
pub type Set = fn(&mut Case, Cell) -> bool;

/// One column.
pub struct Spec {
    /// The column name: the field's JSON path.
    pub name: &'static str,
    pub kind: Kind,
    /// The field's path, for errors.
    pub path: fn() -> FieldPath,
    pub set: Set,
}

/// The path of a field of the first treatment date.
pub fn first_date_path(field: &'static &'static str) -> FieldPath {
    FieldPath::of(&["treatment", "dates"])
        .child(Segment::Index(0))
        .child(Segment::Field(field))
}

macro_rules! choice {
    ($t:ty) => {
        Kind::Choice(|s| {
            <$t>::parse(s)
                .and_then(|v| <$t>::ALL.iter().position(|x| *x == v))
                .and_then(|i| u8::try_from(i).ok())
        })
    };
}

macro_rules! int {
    ($r:expr) => {
        Kind::Int(*$r.start(), *$r.end())
    };
}

/// A column for `case.$group.$field` (JSON `"$group.$json"`), read with `Cell::$get`.
macro_rules! col {
    ($kind:expr, $group:literal, $json:literal, $($field:ident).+, $get:ident $(($all:expr))?) => {
        Spec {
            name: concat!($group, ".", $json),
            kind: $kind,
            path: || FieldPath::of(&[$group, $json]),
            set: |c, v| {
                c.$($field).+ = v.$get($($all)?);
                true
            },
        }
    };
}

/// A column for a field of the first treatment date.
macro_rules! first_date {
    ($kind:expr, $json:literal, $field:ident, $get:ident) => {
        Spec {
            name: concat!("treatment.dates[0].", $json),
            kind: $kind,
            path: || first_date_path(&$json),
            set: |c, v| match c.treatment.dates.first_mut() {
                Some(t) => {
                    t.$field = v.$get();
                    true
                }
                None => false,
            },
        }
    };
}

/// Every column, in the order of the case schema (the first error in a row is the first
/// failing column in this order, as the JSON reader reports the first failing field). The
/// first is the evaluation date, required as in JSON.
pub static SPECS: &[Spec] = &[
    Spec {
        name: "evaluation_date",
        kind: Kind::Date,
        path: || FieldPath::of(&["evaluation_date"]),
        set: |c, v| {
            if let Some(d) = v.date() {
                c.evaluation_date = d;
            }
            true
        },
    },
    col!(
        Kind::Flag,
        "patient",
        "member_of_folketrygden",
        patient.member_of_folketrygden,
        flag
    ),
    col!(
        Kind::Country,
        "patient",
        "residence_country",
        patient.residence_country,
        country
    ),
    col!(
        Kind::Flag,
        "patient",
        "holds_s1_for_treatment_country",
        patient.holds_s1_for_treatment_country,
        flag
    ),
    col!(
        Kind::Flag,
        "patient",
        "priority_patient",
        patient.priority_patient,
        flag
    ),
    col!(
        Kind::Flag,
        "patient",
        "holds_exemption_card",
        patient.holds_exemption_card,
        flag
    ),
    col!(
        Kind::Flag,
        "patient",
        "assessed_by_norwegian_specialist",
        patient.assessed_by_norwegian_specialist,
        flag
    ),
    col!(
        choice!(Region),
        "patient",
        "home_region",
        patient.home_region,
        choice(Region::ALL)
    ),
    col!(
        int!(range::COUNTY_NUMBER),
        "patient",
        "county_number",
        patient.county_number,
        int
    ),
    col!(
        Kind::Flag,
        "patient",
        "chronic_disease_for_treatment_trip",
        patient.chronic_disease_for_treatment_trip,
        flag
    ),
    col!(
        Kind::Flag,
        "patient",
        "member_staying_abroad",
        patient.member_staying_abroad,
        flag
    ),
    col!(
        Kind::Country,
        "treatment",
        "country",
        treatment.country,
        country
    ),
    col!(
        choice!(Need),
        "treatment",
        "need",
        treatment.need,
        choice(Need::ALL)
    ),
    col!(
        choice!(Setting),
        "treatment",
        "setting",
        treatment.setting,
        choice(Setting::ALL)
    ),
    col!(
        Kind::Flag,
        "treatment",
        "outside_hospital",
        treatment.outside_hospital,
        flag
    ),
    col!(
        Kind::Flag,
        "treatment",
        "comparable_to_norwegian_care",
        treatment.comparable_to_norwegian_care,
        flag
    ),
    col!(
        choice!(Referral),
        "treatment",
        "referral",
        treatment.referral,
        choice(Referral::ALL)
    ),
    col!(
        Kind::Flag,
        "treatment",
        "occupational_injury",
        treatment.occupational_injury,
        flag
    ),
    col!(
        Kind::Flag,
        "treatment",
        "documents_in_accepted_language",
        treatment.documents_in_accepted_language,
        flag
    ),
    Spec {
        name: "treatment.dates[0].date",
        kind: Kind::Date,
        path: || first_date_path(&"date"),
        set: |c, v| {
            if let Some(d) = v.date() {
                c.treatment.dates.clear();
                // An empty vector always has room for one date.
                let _ = c.treatment.dates.push(TreatmentDate::on(d));
            }
            true
        },
    },
    first_date!(Kind::Flag, "settled_on_the_spot", settled_on_the_spot, flag),
    first_date!(Kind::Date, "invoice_date", invoice_date, date),
    first_date!(
        int!(range::OUTPATIENT_CONSULTATIONS),
        "outpatient_consultations",
        outpatient_consultations,
        int
    ),
    col!(Kind::Money, "costs", "expenses_ore", costs.expenses, money),
    col!(
        Kind::Money,
        "costs",
        "private_surcharges_ore",
        costs.private_surcharges,
        money
    ),
    col!(
        Kind::Money,
        "costs",
        "estimated_norwegian_cost_ore",
        costs.estimated_norwegian_cost,
        money
    ),
    col!(
        int!(range::DRG_POINTS_MILLI),
        "costs",
        "drg_points_milli",
        costs.drg_points_milli,
        int
    ),
    col!(
        choice!(PriorNotificationStatus),
        "prior_notification",
        "status",
        prior_notification.status,
        choice(PriorNotificationStatus::ALL)
    ),
    col!(
        Kind::Flag,
        "prior_notification",
        "formal_offer",
        prior_notification.formal_offer,
        flag
    ),
    col!(
        Kind::Date,
        "prior_notification",
        "application_received",
        prior_notification.application_received,
        date
    ),
    col!(
        Kind::Money,
        "prior_notification",
        "max_refund_ore",
        prior_notification.max_refund,
        money
    ),
    col!(
        Kind::Flag,
        "prior_notification",
        "care_beyond_granted",
        prior_notification.care_beyond_granted,
        flag
    ),
    col!(Kind::Date, "claim", "received", claim.received, date),
    col!(Kind::Flag, "travel", "claimed", travel.claimed, flag),
    col!(
        int!(range::ONE_WAY_KM),
        "travel",
        "one_way_km",
        travel.one_way_km,
        int
    ),
    col!(
        Kind::Flag,
        "travel",
        "exceeds_local_minimum_fare",
        travel.exceeds_local_minimum_fare,
        flag
    ),
    col!(
        int!(range::ROUND_TRIPS),
        "travel",
        "round_trips",
        travel.round_trips,
        int
    ),
    col!(
        Kind::Money,
        "travel",
        "cheapest_scheduled_round_trip_ore",
        travel.cheapest_scheduled_round_trip,
        money
    ),
    col!(
        Kind::Flag,
        "norwegian_offer",
        "adequate",
        norwegian_offer.adequate,
        flag
    ),
    col!(
        Kind::Flag,
        "norwegian_offer",
        "abroad_documented_more_effective",
        norwegian_offer.abroad_documented_more_effective,
        flag
    ),
    col!(
        choice!(Method),
        "norwegian_offer",
        "method",
        norwegian_offer.method,
        choice(Method::ALL)
    ),
    col!(
        Kind::Flag,
        "norwegian_offer",
        "rare_condition",
        norwegian_offer.rare_condition,
        flag
    ),
    col!(
        Kind::Flag,
        "norwegian_offer",
        "child_in_nordic_cancer_protocol",
        norwegian_offer.child_in_nordic_cancer_protocol,
        flag
    ),
    col!(
        Kind::Flag,
        "waiting",
        "deadline_given",
        waiting.deadline_given,
        flag
    ),
    col!(Kind::Date, "waiting", "deadline", waiting.deadline, date),
    col!(
        Kind::Flag,
        "waiting",
        "treated_by_deadline",
        waiting.treated_by_deadline,
        flag
    ),
    col!(
        Kind::Flag,
        "waiting",
        "medically_indefensible",
        waiting.medically_indefensible,
        flag
    ),
    col!(
        Kind::Flag,
        "waiting",
        "s2_granted",
        waiting.s2_granted,
        flag
    ),
];
