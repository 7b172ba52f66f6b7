//! The case: what the caller knows about one patient and one episode of care abroad.
//!
//! Every fact may be unknown (C-04): `None` means "not known yet", never "no". The types make
//! invalid values unrepresentable (a [`Date`] is a real date, an [`Ore`] is non-negative), so
//! the typed entry point needs no second validation of its fields.

use crate::country::Country;
use crate::date::Date;
use crate::error::ErrorKind;
use crate::money::Ore;
use heapless::{String, Vec};

pub mod inbound;
pub mod method;

// The inbound and method cases' choices, where the fact table's `choice(..)` kinds find every
// choice enum.
pub use inbound::{CareKind, IdentityDocument, Membership, PatientCategory, Subdivision};
pub use method::{MethodKind, NyeMetoderStatus, PatientScope};

/// The case schema this kernel reads. Version 2 added the routing facts (`norwegian_offer`,
/// `waiting`, the patient's region); every version-1 case is a valid version-2 case.
pub const CASE_SCHEMA: &str = "helserett.case/2";

/// The most treatment dates one case may carry (EEA-14 gives each its own deadline).
pub const MAX_TREATMENT_DATES: usize = 8;
/// The longest place name (home, nearest place of treatment), in bytes of UTF-8.
pub const MAX_PLACE_NAME: usize = 48;
/// The longest caller's identifier (`id`), in bytes of UTF-8.
pub const MAX_CALLER_ID: usize = 64;

/// The caller's own identifier for a case (a record number, a request id): never read by the
/// rules, echoed into the decision so that a batch answer can be matched to its request.
pub type CallerId = String<MAX_CALLER_ID>;

/// What is wrong with a text a case holds (an id, a place name), checked alike on every path
/// and in this order: empty (none is `null`; C's empty string is none), a control character
/// (it would cut the text short in C or break a line-based log), more than `capacity` bytes.
pub fn text_fault(text: &str, capacity: usize) -> Option<ErrorKind> {
    if text.is_empty() {
        Some(ErrorKind::EmptyText)
    } else if text.chars().any(char::is_control) {
        Some(ErrorKind::ControlCharacter)
    } else if text.len() > capacity {
        Some(ErrorKind::TooLong)
    } else {
        None
    }
}

/// A text checked by [`text_fault`], in its bounded string.
fn bounded<const N: usize>(text: &str) -> Result<String<N>, ErrorKind> {
    match text_fault(text, N) {
        Some(fault) => Err(fault),
        None => String::try_from(text).map_err(|_| ErrorKind::TooLong),
    }
}

/// The caller's id from its text ([`text_fault`], at most [`MAX_CALLER_ID`] bytes).
pub fn caller_id(text: &str) -> Result<CallerId, ErrorKind> {
    bounded(text)
}

/// The allowed ranges of the numeric facts, named in the fact table. Every entry point checks
/// them when it stores a value or, for a case built in code, before deciding, so that the C
/// struct, Python and JSON paths reject the same values alike.
pub mod range {
    use core::ops::RangeInclusive;

    /// `patient.county_number`: Norwegian county numbers are two digits.
    pub const COUNTY_NUMBER: RangeInclusive<i64> = 1..=99;
    /// `treatment.dates[].outpatient_consultations` per date.
    pub const OUTPATIENT_CONSULTATIONS: RangeInclusive<i64> = 0..=255;
    /// `costs.drg_points_milli`: 1000 = one DRG point; 1000 points is beyond any real stay.
    pub const DRG_POINTS_MILLI: RangeInclusive<i64> = 0..=1_000_000;
    /// `travel.one_way_km`: Norway's greatest road distance is about 3000 km.
    pub const ONE_WAY_KM: RangeInclusive<i64> = 0..=10_000;
    /// `travel.round_trips`.
    pub const ROUND_TRIPS: RangeInclusive<i64> = 0..=100;
}

/// A place name: bounded, never truncated silently.
pub type PlaceName = String<MAX_PLACE_NAME>;

/// A place name from its text ([`text_fault`], at most [`MAX_PLACE_NAME`] bytes): what
/// storing it in a case checks, for a caller that holds one before it has a case.
pub fn place_name(text: &str) -> Result<PlaceName, ErrorKind> {
    bounded(text)
}

macro_rules! string_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $s:literal),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "defmt", derive(defmt::Format))]
        pub enum $name {
            $($(#[$vm])* $variant,)*
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// Every value's JSON spelling, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($s),*];

            /// The JSON spelling.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $s,)* }
            }

            /// The value with this JSON spelling.
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($s => Some($name::$variant),)* _ => None }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                crate::name::Name(self.as_str()).serialize(s)
            }
        }
    };
}
pub(crate) use string_enum;

string_enum! {
    /// Who answers the interview (issue 23): each is asked only what they can answer. What the
    /// audience cannot establish goes to the decision's `to_settle`, with the body that
    /// settles it (`outbound::audience`).
    Audience {
        /// A Helfo caseworker, or an integrator filling the case (the default): asked what
        /// Helfo establishes; the travel amount, which Pasientreiser decides (EEA-13), is left
        /// to Pasientreiser.
        Caseworker = "caseworker",
        /// A patient at a kiosk or on a web page: never asked what only Helfo or Pasientreiser
        /// can establish (comparability, the Norwegian cost estimate, the user fee, the
        /// distance to the nearest place of treatment).
        Patient = "patient",
        /// Whoever has every document at hand (a test, an analyst's what-if, a desk that
        /// computes travel too): asked every fact, whoever establishes it.
        Everyone = "everyone",
    }
}

string_enum! {
    /// Why the patient needed care abroad (EEA-05, EEA-06).
    Need {
        /// Travel planned for treatment.
        Planned = "planned",
        /// The need arose during a stay in the treatment country.
        AroseAbroad = "arose_abroad",
        /// Urgent care (øyeblikkelig hjelp).
        Urgent = "urgent",
    }
}

string_enum! {
    /// The kind of referral the patient has (EEA-06, EEA-17).
    Referral {
        /// From a health professional practising in Norway.
        Norwegian = "norwegian",
        /// From a comparable professional with referral rights in the treatment country.
        TreatmentCountry = "treatment_country",
        /// The treatment country has no referral system; a prior consultation is documented.
        ConsultationDocumented = "consultation_documented",
        /// No referral, but an ongoing course of treatment in the Norwegian specialist service.
        OngoingNorwegianCourse = "ongoing_norwegian_course",
        /// No referral at all.
        None = "none",
    }
}

string_enum! {
    /// Inpatient stay or outpatient care (EEA-19, RISK-01).
    Setting {
        /// Admitted to hospital.
        Inpatient = "inpatient",
        /// Outpatient consultations.
        Outpatient = "outpatient",
    }
}

string_enum! {
    /// Where the patient stands with prior notification (EEA-10).
    PriorNotificationStatus {
        /// Not applied for.
        NotApplied = "not_applied",
        /// Applied for, no decision yet.
        Pending = "pending",
        /// Granted by Helfo.
        Granted = "granted",
        /// Refused by Helfo.
        Refused = "refused",
    }
}

string_enum! {
    /// A stage a prior notification may be granted for (EEA-11).
    Stage {
        /// Diagnostics.
        Diagnostics = "diagnostics",
        /// Treatment.
        Treatment = "treatment",
        /// Follow-up care.
        FollowUp = "follow_up",
    }
}

/// The set of stages a prior notification grants (EEA-11).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Stages(u8);

impl Stages {
    /// No stage.
    pub const NONE: Stages = Stages(0);

    const fn bit(s: Stage) -> u8 {
        1 << (s as u8)
    }

    /// This set with `s` added.
    pub const fn with(self, s: Stage) -> Stages {
        Stages(self.0 | Stages::bit(s))
    }

    /// This set with the stage named `name` added: every reader of a set of stages (JSON, a
    /// kiosk answer, a Python column) refuses the same way, an unknown name as
    /// `invalid_value` and a stage already in the set as `duplicate_value`.
    pub fn try_add(self, name: &str) -> Result<Stages, ErrorKind> {
        self.try_insert(Stage::parse(name).ok_or(ErrorKind::InvalidValue)?)
    }

    /// This set with `s` added; `duplicate_value` when it holds `s` already.
    pub const fn try_insert(self, s: Stage) -> Result<Stages, ErrorKind> {
        if self.contains(s) {
            return Err(ErrorKind::DuplicateValue);
        }
        Ok(self.with(s))
    }

    /// Whether `s` is in the set.
    pub const fn contains(self, s: Stage) -> bool {
        self.0 & Stages::bit(s) != 0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Whether every stage is in the set.
    pub fn is_all(self) -> bool {
        Stage::ALL.iter().all(|s| self.contains(*s))
    }
}

impl serde::Serialize for Stages {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(None)?;
        for st in Stage::ALL.iter().filter(|st| self.contains(**st)) {
            seq.serialize_element(st)?;
        }
        seq.end()
    }
}

string_enum! {
    /// A regional health authority (ABR-03).
    Region {
        /// Helse Sør-Øst RHF.
        HelseSorOst = "helse_sor_ost",
        /// Helse Vest RHF.
        HelseVest = "helse_vest",
        /// Helse Midt-Norge RHF.
        HelseMidtNorge = "helse_midt_norge",
        /// Helse Nord RHF.
        HelseNord = "helse_nord",
    }
}

string_enum! {
    /// What kind of method the patient needs (ABR-05..ABR-07).
    Method {
        /// An established method, part of the Norwegian public offer.
        Established = "established",
        /// Experimental or trial treatment (ABR-05).
        Experimental = "experimental",
        /// Particle therapy, proton or carbon (ABR-06).
        ParticleTherapy = "particle_therapy",
        /// Pre-implantation genetic diagnostics (ABR-06).
        Pgd = "pgd",
        /// A new method not (yet) introduced through Nye metoder (ABR-07).
        NotIntroduced = "not_introduced",
    }
}

/// The patient (EEA-01, EEA-03, EEA-04, EEA-10, EEA-16, EEA-19, ABR-03, OTHER-02).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Patient {
    /// Member of folketrygden, or a family member it covers (EEA-01; NAV decides, IN-15).
    pub member_of_folketrygden: Option<bool>,
    /// The EU/EEA state where the patient is ordinarily resident (EEA-03).
    pub residence_country: Option<Country>,
    /// Holds an S1 for the treatment country (EEA-04).
    pub holds_s1_for_treatment_country: Option<bool>,
    /// Priority patient (rettighetspasient) (EEA-10).
    pub priority_patient: Option<bool>,
    /// Already holds an exemption card (frikort) (EEA-19).
    pub holds_exemption_card: Option<bool>,
    /// Seen or treated by the Norwegian specialist service for this condition (EEA-16, EEA-17).
    pub assessed_by_norwegian_specialist: Option<bool>,
    /// The home health region, when known directly (ABR-03).
    pub home_region: Option<Region>,
    /// The home county number (fylkesnummer), from which the region is derived (ABR-03).
    pub county_number: Option<u8>,
    /// Has one of the chronic diseases defined for treatment trips (OTHER-02).
    pub chronic_disease_for_treatment_trip: Option<bool>,
    /// A member of folketrygden staying abroad (OTHER-03, folketrygdloven § 5-24).
    pub member_staying_abroad: Option<bool>,
}

/// What Norway offers for the patient's need (ABR-01, ABR-05..ABR-07).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct NorwegianOffer {
    /// There is an adequate medical offer in Norway (ABR-01).
    pub adequate: Option<bool>,
    /// Treatment abroad is documented to be more effective than the Norwegian offer (ABR-01).
    pub abroad_documented_more_effective: Option<bool>,
    /// The kind of method needed (ABR-05..ABR-07).
    pub method: Option<Method>,
    /// The patient has a rare condition (ABR-05).
    pub rare_condition: Option<bool>,
    /// A child with therapy-resistant cancer in a Nordic drug protocol (ABR-05).
    pub child_in_nordic_cancer_protocol: Option<bool>,
}

/// Waiting for treatment in Norway (WAIT-01, WAIT-02).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Waiting {
    /// The specialist service gave the patient a deadline for treatment (WAIT-01).
    pub deadline_given: Option<bool>,
    /// That deadline (WAIT-01).
    pub deadline: Option<Date>,
    /// The patient was treated by the deadline (WAIT-01).
    pub treated_by_deadline: Option<bool>,
    /// The wait is medically indefensible (WAIT-02).
    pub medically_indefensible: Option<bool>,
    /// Helfo has granted an S2 (WAIT-02).
    pub s2_granted: Option<bool>,
}

/// One treatment date and how it was paid (EEA-14, EEA-19).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct TreatmentDate {
    /// The day of treatment.
    pub date: Date,
    /// Paid on the spot (`true`) or invoiced afterwards (`false`) (EEA-14).
    pub settled_on_the_spot: Option<bool>,
    /// The provider's first request for payment, when invoiced afterwards (EEA-14).
    pub invoice_date: Option<Date>,
    /// Outpatient specialist consultations on this date (EEA-19).
    pub outpatient_consultations: Option<u8>,
}

impl TreatmentDate {
    /// A treatment date with nothing else known.
    pub const fn on(date: Date) -> TreatmentDate {
        TreatmentDate {
            date,
            settled_on_the_spot: None,
            invoice_date: None,
            outpatient_consultations: None,
        }
    }
}

/// The care abroad (EEA-02, EEA-05..EEA-07, EEA-14, EEA-16..EEA-18).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Treatment {
    /// Where the care was or will be given (EEA-02).
    pub country: Option<Country>,
    /// Planned, arose during a stay, or urgent (EEA-05, EEA-06).
    pub need: Option<Need>,
    /// The care has already been given: a claim afterwards, not a plan (C-08). When absent,
    /// the treatment dates tell.
    pub care_given: Option<bool>,
    /// Inpatient or outpatient (EEA-19, RISK-01).
    pub setting: Option<Setting>,
    /// Given outside a hospital (EEA-16: then the provider's licence is required).
    pub outside_hospital: Option<bool>,
    /// Equal or comparable to Norwegian public specialist care (EEA-07).
    pub comparable_to_norwegian_care: Option<bool>,
    /// The referral the patient has (EEA-06).
    pub referral: Option<Referral>,
    /// The care concerns an occupational injury (EEA-17).
    pub occupational_injury: Option<bool>,
    /// All documents are in Norwegian, Danish, Swedish or English (EEA-18).
    pub documents_in_accepted_language: Option<bool>,
    /// The treatment dates; empty means unknown (EEA-14).
    pub dates: Vec<TreatmentDate, MAX_TREATMENT_DATES>,
}

/// What the care cost and what it would have cost in Norway (EEA-08, EEA-09).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Costs {
    /// Actual expenses, all items on the invoice (EEA-08).
    pub expenses: Option<Ore>,
    /// Private-patient surcharges within the expenses (EEA-09); zero when none.
    pub private_surcharges: Option<Ore>,
    /// The estimated cost of the same care in Norway (the DRG-based amount) (EEA-08).
    pub estimated_norwegian_cost: Option<Ore>,
    /// DRG points in thousandths, when the estimated cost is not given directly.
    pub drg_points_milli: Option<u32>,
}

/// Prior notification (forhåndstilsagn) (EEA-10, EEA-11, EEA-15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct PriorNotification {
    /// Where the application stands.
    pub status: Option<PriorNotificationStatus>,
    /// A formal written offer of treatment with its anticipated cost exists (EEA-10).
    pub formal_offer: Option<bool>,
    /// When Helfo received the complete application (EEA-15).
    pub application_received: Option<Date>,
    /// The maximum refund stated in the decision letter (EEA-10).
    pub max_refund: Option<Ore>,
    /// The stages granted (EEA-11).
    pub stages_granted: Option<Stages>,
    /// Care was given beyond what the notification names (EEA-11).
    pub care_beyond_granted: Option<bool>,
}

/// The refund claim (EEA-14, EEA-15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Claim {
    /// When Helfo received the claim with its documentation.
    pub received: Option<Date>,
}

/// Travel to be claimed (EEA-13).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Travel {
    /// The patient claims travel expenses.
    pub claimed: Option<bool>,
    /// Home (informational, for the explanation).
    pub home: Option<PlaceName>,
    /// The geographically nearest place in Norway where the care is given.
    pub nearest_place: Option<PlaceName>,
    /// Distance home → nearest place, one way, whole km.
    pub one_way_km: Option<u32>,
    /// The trip costs more than the local minimum fare on scheduled public transport.
    pub exceeds_local_minimum_fare: Option<bool>,
    /// How many round trips the care needed.
    pub round_trips: Option<u8>,
    /// For 300 km or more each way: the cheapest scheduled fare for one round trip.
    pub cheapest_scheduled_round_trip: Option<Ore>,
}

/// A set of facts, by their stable numbers (every number is below 128); its methods are with
/// the facts (`fact::FactSet`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct FactSet(pub(crate) u128);

/// One case: the evaluation date and every fact known so far.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Case {
    /// The caller's identifier, echoed into the decision; no rule reads it.
    pub id: Option<CallerId>,
    /// The day the question is asked (C-06): deadlines are judged on it. Never the clock.
    pub evaluation_date: Date,
    /// The facts the person said they do not know ("vet ikke"): the interview moves on, and
    /// the decision names them for a caseworker to settle (C-04). For a per-date fact, every
    /// date.
    pub declined: FactSet,
    /// Who answers the interview: the questions asked, and what is left to a caseworker.
    pub audience: Audience,
    /// The patient.
    pub patient: Patient,
    /// The care abroad.
    pub treatment: Treatment,
    /// The money.
    pub costs: Costs,
    /// Prior notification.
    pub prior_notification: PriorNotification,
    /// The refund claim.
    pub claim: Claim,
    /// Travel.
    pub travel: Travel,
    /// What Norway offers (ABR-*).
    pub norwegian_offer: NorwegianOffer,
    /// Waiting in Norway (WAIT-*).
    pub waiting: Waiting,
}

impl Case {
    /// A case where nothing is known yet but the evaluation date.
    pub fn new(evaluation_date: Date) -> Case {
        Case {
            id: None,
            evaluation_date,
            declined: FactSet(0),
            audience: Audience::Caseworker,
            patient: Patient::default(),
            treatment: Treatment::default(),
            costs: Costs::default(),
            prior_notification: PriorNotification::default(),
            claim: Claim::default(),
            travel: Travel::default(),
            norwegian_offer: NorwegianOffer::default(),
            waiting: Waiting::default(),
        }
    }

    /// The earliest treatment date, the date amounts are judged on (C-06).
    pub fn first_treatment_date(&self) -> Option<Date> {
        self.treatment.dates.iter().map(|d| d.date).min()
    }

    /// Whether care has already been given on the evaluation date (C-08: routes that need a
    /// decision before the care are closed then): as stated, or else from the treatment dates
    /// (one before the evaluation date); `None` while neither is known.
    pub fn care_given(&self) -> Option<bool> {
        self.treatment.care_given.or_else(|| {
            self.first_treatment_date()
                .map(|d| d < self.evaluation_date)
        })
    }

    /// Whether the care was urgent or its need arose during a stay: never planned ahead
    /// (C-08, EEA-10).
    pub fn unplanned(&self) -> bool {
        matches!(self.treatment.need, Some(Need::AroseAbroad | Need::Urgent))
    }

    /// The latest treatment date.
    pub fn last_treatment_date(&self) -> Option<Date> {
        self.treatment.dates.iter().map(|d| d.date).max()
    }
}
