//! The inbound case: what the admission desk knows about a patient who lives abroad and needs
//! care during a temporary stay in Norway (seed 002). Every fact may be unknown (C-04); the
//! facts are declared in the one fact table (`fact/table.rs`, scope `stay`).

use super::string_enum;
use crate::country::Country;
use crate::date::Date;

/// The inbound case schema this kernel reads.
pub const INBOUND_CASE_SCHEMA: &str = "helserett.inbound_case/1";

/// The allowed ranges of the inbound case's numeric facts.
pub mod range {
    use core::ops::RangeInclusive;

    /// `stay.intended_stay_months`: fifty years is beyond any stay that could be temporary.
    pub const INTENDED_STAY_MONTHS: RangeInclusive<i64> = 0..=600;
}

string_enum! {
    /// A subdivision of the residence country that the rules treat apart (C-03).
    Subdivision {
        /// Québec, Canada (IN-10): ISO 3166-2 `CA-QC`, written `QC` as C-03 names it.
        Quebec = "QC",
        /// Any other part of the residence country.
        Other = "other",
    }
}

string_enum! {
    /// The patient's category, as seed 002 lists them (IN-09..IN-13).
    PatientCategory {
        /// On holiday or visiting.
        Tourist = "tourist",
        /// A student.
        Student = "student",
        /// A Norwegian worker posted to another EU/EEA state or Switzerland.
        PostedNorwegianWorker = "posted_norwegian_worker",
        /// A worker from the EU/EEA or Switzerland working in Norway without living here.
        WorkerInNorwayLivingAbroad = "worker_in_norway_living_abroad",
        /// Living and working in Norway for an employer from another state (for example
        /// embassy staff posted to Oslo, or a worker posted from Québec).
        WorkerForForeignEmployer = "worker_for_foreign_employer",
        /// A Norwegian pensioner living in another EU/EEA state or Switzerland.
        NorwegianPensionerAbroad = "norwegian_pensioner_abroad",
        /// A diplomat.
        Diplomat = "diplomat",
        /// A retired frontier worker who worked in Norway and lived in another EU/EEA state or
        /// Switzerland.
        RetiredFrontierWorker = "retired_frontier_worker",
        /// None of these (for example a worker on a Norwegian-registered ship).
        Other = "other",
    }
}

string_enum! {
    /// Membership of folketrygden as NAV decided it (IN-15): an input, never inferred.
    Membership {
        /// Not a member.
        None = "none",
        /// Voluntary member (folketrygdloven § 2-8).
        Voluntary = "voluntary",
        /// Compulsory member.
        Compulsory = "compulsory",
    }
}

string_enum! {
    /// The kind of care needed (IN-02, IN-03, IN-09, IN-13).
    CareKind {
        /// Care that became necessary during the stay (acute illness or injury).
        Acute = "acute",
        /// Care for a chronic or already known condition (dialysis, oxygen, chemotherapy …).
        Chronic = "chronic",
        /// Planned treatment.
        Planned = "planned",
        /// Continuation of treatment begun while working in Norway (S3).
        S3Continuation = "s3_continuation",
        /// Persistent, regular oxygen or dialysis treatment (the Australian agreement).
        OxygenOrDialysis = "oxygen_or_dialysis",
    }
}

string_enum! {
    /// The identity document the hospital copied (IN-11, IN-14).
    IdentityDocument {
        /// A passport.
        Passport = "passport",
        /// A national identity card showing citizenship.
        NationalIdCard = "national_id_card",
        /// Another identity document.
        Other = "other",
        /// None shown.
        None = "none",
    }
}

/// The stay: when the care began and ends, and how long the patient means to stay.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stay {
    /// The first day of care (admission or the first consultation).
    pub admission_date: Option<Date>,
    /// The day of discharge, planned or done.
    pub discharge_date: Option<Date>,
    /// How many months the patient intends to stay in Norway in all (IN-01).
    pub intended_stay_months: Option<u32>,
}

/// Who the patient is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Patient {
    /// The country of residence (C-03: territories as their own codes).
    pub residence_country: Option<Country>,
    /// The subdivision the rules treat apart (Québec).
    pub residence_subdivision: Option<Subdivision>,
    /// A citizenship.
    pub citizenship: Option<Country>,
    /// A second citizenship, where the patient has one.
    pub second_citizenship: Option<Country>,
    /// The patient's category.
    pub category: Option<PatientCategory>,
    /// A dependant family member accompanying a person of this category.
    pub dependant: Option<bool>,
    /// Membership of folketrygden as NAV decided it.
    pub membership: Option<Membership>,
    /// Covered by the legislation of a Nordic country (IN-07).
    pub covered_by_nordic_legislation: Option<bool>,
}

/// The care needed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Care {
    /// Its kind.
    pub kind: Option<CareKind>,
    /// A prior agreement between patient and hospital for a chronic or known condition (IN-03).
    pub prior_agreement: Option<bool>,
    /// Transport home is needed (IN-07).
    pub transport_home_needed: Option<bool>,
}

/// The documents the patient holds or has shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Documents {
    /// A European Health Insurance Card shown at admission.
    pub ehic: Option<bool>,
    /// The country that issued the EHIC (or the provisional certificate).
    pub ehic_issuer: Option<Country>,
    /// A provisional replacement certificate (hasteblankett) has been received.
    pub provisional_certificate: Option<bool>,
    /// The day the provisional certificate was received.
    pub provisional_certificate_date: Option<Date>,
    /// The first day the EHIC (or the provisional certificate in its place) is valid.
    pub ehic_valid_from: Option<Date>,
    /// The last day the EHIC (or the provisional certificate in its place) is valid.
    pub ehic_valid_until: Option<Date>,
    /// The identity document copied.
    pub identity_document: Option<IdentityDocument>,
    /// Proof of residence (Isle of Man, Jersey).
    pub proof_of_residence: Option<bool>,
    /// The home address abroad has been given.
    pub home_address: Option<bool>,
    /// An Australian Medicare card.
    pub medicare_card: Option<bool>,
    /// An S1 (or E106).
    pub s1: Option<bool>,
    /// An S2 (or E112).
    pub s2: Option<bool>,
    /// The S2 describes and guarantees payment for this care.
    pub s2_covers_this_care: Option<bool>,
    /// The first day the S2 is valid.
    pub s2_valid_from: Option<Date>,
    /// The last day the S2 is valid.
    pub s2_valid_until: Option<Date>,
    /// An S3.
    pub s3: Option<bool>,
    /// NAV's decision on membership of folketrygden.
    pub nav_decision: Option<bool>,
    /// Private travel insurance.
    pub travel_insurance: Option<bool>,
}

/// An inbound case: a patient living abroad, treated during a temporary stay in Norway.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InboundCase {
    /// The caller's identifier, echoed into the decision; no rule reads it.
    pub id: Option<crate::case::CallerId>,
    /// The day the question is asked (C-06): "is the patient discharged yet", "has the
    /// certificate come".
    pub evaluation_date: Date,
    /// The facts the desk clerk said are not known ("vet ikke"): the interview moves on, and
    /// the explanation lists them as still open (C-04).
    pub declined: crate::case::FactSet,
    /// The stay.
    pub stay: Stay,
    /// The patient.
    pub patient: Patient,
    /// The care.
    pub care: Care,
    /// The documents.
    pub documents: Documents,
}

impl InboundCase {
    /// A case with every fact unknown.
    pub fn new(evaluation_date: Date) -> InboundCase {
        InboundCase {
            id: None,
            evaluation_date,
            declined: crate::case::FactSet::EMPTY,
            stay: Stay::default(),
            patient: Patient::default(),
            care: Care::default(),
            documents: Documents::default(),
        }
    }
}
