//! The method case: a drug, device, procedure or diagnostic method that is not (yet) approved
//! for the public specialist service, and the patient it is for (seed 004, Helse Bergen HF's
//! procedure). Every fact may be unknown (C-04); the facts are declared in the one fact table
//! (`fact/table.rs`, scope `method`).

use super::{string_enum, Region};
use crate::date::Date;

/// The method case schema this kernel reads.
pub const METHOD_CASE_SCHEMA: &str = "helserett.method_case/1";

string_enum! {
    /// What kind of method it is.
    MethodKind {
        /// A drug.
        Drug = "drug",
        /// A medical device.
        Device = "device",
        /// A procedure.
        Procedure = "procedure",
        /// A diagnostic method.
        Diagnostics = "diagnostics",
    }
}

string_enum! {
    /// Where the method stands in Nye metoder.
    NyeMetoderStatus {
        /// Not proposed.
        NotProposed = "not_proposed",
        /// Under national assessment.
        UnderAssessment = "under_assessment",
        /// Decided not to be introduced.
        DecidedNotIntroduced = "decided_not_introduced",
        /// Introduced.
        Introduced = "introduced",
    }
}

string_enum! {
    /// Whom the use is for.
    PatientScope {
        /// One patient.
        SinglePatient = "single_patient",
        /// A defined group of patients.
        PatientGroup = "patient_group",
    }
}

/// The method.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Method {
    /// Its kind.
    pub kind: Option<MethodKind>,
    /// Its status in Nye metoder.
    pub nye_metoder_status: Option<NyeMetoderStatus>,
    /// A drug with marketing authorisation in Norway.
    pub marketing_authorisation: Option<bool>,
    /// Used within the approved indication (the summary of product characteristics).
    pub within_approved_indication: Option<bool>,
    /// On Helse Bergen's group pre-approval list for off-label/off-licence use.
    pub on_group_pre_approval_list: Option<bool>,
    /// Can be prescribed directly on blue prescription.
    pub blue_prescription_possible: Option<bool>,
    /// The relevant pre-approved or marketed drugs were tried or cannot be used.
    pub alternatives_tried_or_unusable: Option<bool>,
    /// Trial treatment («utprøvende behandling», seed 004's definition): effect and safety not
    /// documented enough for ordinary care.
    pub trial_treatment: Option<bool>,
}

/// The patient (or group).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Patient {
    /// One patient or a defined group.
    pub scope: Option<PatientScope>,
    /// A serious, life-shortening disease.
    pub serious_life_shortening_disease: Option<bool>,
    /// A rare condition.
    pub rare_condition: Option<bool>,
}

/// Clinical trials.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Trial {
    /// An ongoing clinical trial the patient could join.
    pub ongoing_trial_available: Option<bool>,
    /// The patient meets its inclusion criteria.
    pub meets_inclusion_criteria: Option<bool>,
    /// A new trial can be set up.
    pub new_trial_feasible: Option<bool>,
    /// IMPRESS Norway is relevant (personalised cancer drug trials).
    pub impress_relevant: Option<bool>,
}

/// What has been assessed, discussed and decided.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assessment {
    /// The special prudence assessment is made.
    pub prudence_assessment: Option<bool>,
    /// A clear treatment plan exists.
    pub treatment_plan: Option<bool>,
    /// The patient has given informed consent.
    pub informed_consent: Option<bool>,
    /// Indication and priority were discussed in the professional collegium and with line
    /// management.
    pub discussed_with_collegium: Option<bool>,
    /// Ekspertpanelet recommended trial treatment.
    pub ekspertpanelet_recommendation: Option<bool>,
    /// The application is anchored with the level-2 leader.
    pub anchored_with_level2_leader: Option<bool>,
    /// The level-2 leader decided that the medical director also assesses.
    pub medical_director_involved: Option<bool>,
    /// legemiddelsoknader.no is down (the manual procedure is used meanwhile).
    pub web_application_down: Option<bool>,
}

/// Treatment abroad (MET-09, decided by the outbound ABR rules).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Abroad {
    /// Norway has an adequate offer.
    pub adequate_offer_in_norway: Option<bool>,
    /// Treatment abroad is documented to be more effective.
    pub more_effective_abroad_documented: Option<bool>,
    /// The patient is entitled to necessary specialist care.
    pub priority_patient: Option<bool>,
    /// The patient's home health region.
    pub home_region: Option<Region>,
}

/// A method question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodCase {
    /// The caller's identifier, echoed into the decision; no rule reads it.
    pub id: Option<crate::case::CallerId>,
    /// The day the question is asked (C-06): the access scheme's cut-off counts from it.
    pub evaluation_date: Date,
    /// The facts the clinician said are not known ("vet ikke"): the interview moves on, and
    /// the explanation lists them as still open (C-04).
    pub declined: crate::case::FactSet,
    /// The method.
    pub method: Method,
    /// The patient.
    pub patient: Patient,
    /// Clinical trials.
    pub trial: Trial,
    /// Assessments and anchoring.
    pub assessment: Assessment,
    /// Treatment abroad.
    pub abroad: Abroad,
}

impl MethodCase {
    /// A case with every fact unknown.
    pub fn new(evaluation_date: Date) -> MethodCase {
        MethodCase {
            id: None,
            evaluation_date,
            declined: crate::case::FactSet::EMPTY,
            method: Method::default(),
            patient: Patient::default(),
            trial: Trial::default(),
            assessment: Assessment::default(),
            abroad: Abroad::default(),
        }
    }
}
