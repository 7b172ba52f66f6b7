//! The method decision: every route of seed 004 ranked as the procedure orders them, each with
//! its verdict, reasons, who applies, where it is anchored, who assesses, the channel and form,
//! who bears the cost and the follow-up; and the access scheme's cut-off.

use crate::case::string_enum;
use crate::date::Date;
use crate::fact::{Fact, Missing, Question, Verdict};
use crate::ledger::{MAX_MISSING, MAX_REASONS};
use crate::params::{ParamEntry, MAX_PARAMS_USED};
use crate::reason::ReasonCode;
use heapless::Vec;

/// The method decision's JSON schema version.
pub const METHOD_DECISION_SCHEMA: &str = "helserett.method_decision/5";
/// The most reasons one route carries.
pub const MAX_METHOD_ROUTE_REASONS: usize = 6;
/// The most missing facts one route names.
pub const MAX_METHOD_ROUTE_MISSING: usize = 8;

string_enum! {
    /// A route to using the method, in the order the procedure considers them.
    MethodRoute {
        /// An ongoing (or a new) clinical trial (MET-04).
        ClinicalTrial = "clinical_trial",
        /// Helse Bergen's group pre-approval list for off-label/off-licence drugs (MET-06).
        GroupPreApproval = "group_pre_approval",
        /// The exception scheme of Nye metoder, for a method under assessment (MET-01).
        ExceptionScheme = "exception_scheme",
        /// The access scheme "JA etter NEI", for a method decided not introduced (MET-02).
        AccessScheme = "access_scheme",
        /// Individual benefit on blue prescription, § 3, through Helfo (MET-03).
        BluePrescription = "blue_prescription",
        /// Trial treatment outside a clinical trial, for a single patient (MET-05).
        TrialOutsideTrial = "trial_outside_trial",
        /// An application for off-label use (MET-06).
        OffLabelApplication = "off_label_application",
        /// Off-licence use, before marketing authorisation (MET-07).
        OffLicence = "off_licence",
        /// Ekspertpanelet (MET-08).
        Ekspertpanelet = "ekspertpanelet",
        /// Treatment abroad (MET-09, ABR-01).
        TreatmentAbroad = "treatment_abroad",
        /// A mini method assessment for the hospital's own decision (not for drugs).
        MiniMethodAssessment = "mini_method_assessment",
    }
}

string_enum! {
    /// Who applies or refers.
    MethodApplicant {
        /// The treating senior consultant (behandlingsansvarlig overlege).
        TreatingSeniorConsultant = "treating_senior_consultant",
        /// The treating senior consultant together with the patient (MET-08).
        SeniorConsultantWithPatient = "senior_consultant_with_patient",
        /// The prescriber (MET-03).
        Prescriber = "prescriber",
        /// The treating doctor (MET-09).
        TreatingDoctor = "treating_doctor",
    }
}

string_enum! {
    /// Who assesses or decides.
    Assessor {
        /// A group of staff, level-2 leaders and the medical director or deputy, led by the
        /// medical director (MET-01, MET-08).
        StaffLevel2LeadersAndMedicalDirector = "staff_level2_leaders_and_medical_director",
        /// A group of staff and the medical director or deputy, led by the medical director
        /// (MET-06; no level-2 leaders).
        StaffAndMedicalDirector = "staff_and_medical_director",
        /// The level-2 leader, who decides whether the medical director also assesses (MET-05).
        Level2Leader = "level2_leader",
        /// The level-2 leader and the medical director, when the leader has involved the
        /// medical director (MET-05).
        Level2LeaderAndMedicalDirector = "level2_leader_and_medical_director",
        /// Nye metoder (the access scheme, MET-02).
        NyeMetoder = "nye_metoder",
        /// Helfo (MET-03).
        Helfo = "helfo",
        /// The regional procedure for drugs before marketing authorisation (MET-07).
        RegionalProcedure = "regional_procedure",
        /// Ekspertpanelet, a national advisory body (MET-08).
        Ekspertpanelet = "ekspertpanelet",
        /// The health region's unit for treatment abroad (MET-09).
        RegionalUnit = "regional_unit",
        /// The trial (its protocol and inclusion criteria).
        Trial = "trial",
        /// The hospital itself (its own decision to introduce).
        Hospital = "hospital",
        /// The seed does not say.
        Undetermined = "undetermined",
    }
}

string_enum! {
    /// Through which channel the application goes.
    MethodChannel {
        /// The web application legemiddelsoknader.no.
        WebApplication = "legemiddelsoknader_no",
        /// The manual procedure with its flowchart (before the web application, or when it is
        /// down).
        ManualProcedure = "manual_procedure",
        /// Helfo's application solution for individual benefit on blue prescription.
        HelfoApplication = "helfo_application",
        /// Through Helse Bergen to the Nye metoder secretariat.
        NyeMetoderSecretariat = "nye_metoder_secretariat",
        /// A referral to Ekspertpanelet.
        EkspertpaneletReferral = "ekspertpanelet_referral",
        /// The guideline for compassionate use and the regional procedure.
        CompassionateUse = "compassionate_use",
        /// The application for approval of treatment abroad.
        TreatmentAbroadApplication = "treatment_abroad_application",
        /// Inclusion in the trial.
        TrialInclusion = "trial_inclusion",
        /// The mini method assessment form.
        MiniMethodForm = "mini_method_form",
        /// Prescribing under the pre-approval list.
        PreApprovalList = "pre_approval_list",
    }
}

string_enum! {
    /// Which application form.
    ApplicationForm {
        /// The form for a single patient.
        SinglePatient = "single_patient",
        /// The form for a group of patients.
        PatientGroup = "patient_group",
    }
}

string_enum! {
    /// Who bears the cost (MET-07 for the silences).
    CostBearer {
        /// A common cost centre at level 1.
        CommonCostCentreLevel1 = "common_cost_centre_level1",
        /// Helse Bergen (the pre-approval list).
        HelseBergen = "helse_bergen",
        /// Helfo (blue prescription).
        Helfo = "helfo",
        /// The health region's unit for treatment abroad.
        RegionalUnit = "regional_unit",
        /// The seed does not say.
        Undetermined = "undetermined",
    }
}

/// One route's outcome.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct MethodRouteOutcome {
    /// The route.
    pub route: MethodRoute,
    /// Its verdict (discretion: the named body decides; never eligible, C-07).
    pub verdict: Verdict,
    /// Its place among the open routes (1 = first), or `None` when it does not apply.
    pub rank: Option<u8>,
    /// Why.
    pub reasons: Vec<ReasonCode, MAX_METHOD_ROUTE_REASONS>,
    /// The facts that would settle it.
    pub missing: Vec<Fact, MAX_METHOD_ROUTE_MISSING>,
    /// Who applies or refers.
    pub applicant: Option<MethodApplicant>,
    /// Anchored with the level-2 leader.
    pub anchored_with_level2_leader: bool,
    /// Who assesses or decides.
    pub assessed_by: Option<Assessor>,
    /// Through which channel.
    pub channel: Option<MethodChannel>,
    /// Which form, where the seed names one per scope.
    pub form: Option<ApplicationForm>,
    /// Who bears the cost.
    pub cost: CostBearer,
    /// The medical director keeps the overview, followed up in Kjernegruppen for
    /// HF-financed drugs.
    pub follow_up_kjernegruppen: bool,
}

/// The access scheme's next cut-off (MET-02).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct AccessDeadline {
    /// The next Nye metoder meeting whose cut-off is still open on the evaluation date.
    pub meeting: Date,
    /// The cut-off: Friday of the week before the meeting, at 12:00, for Helse Bergen's
    /// forwarding to the secretariat.
    pub cut_off: Date,
    /// The time of day of the cut-off.
    pub cut_off_time: &'static str,
    /// Days from the evaluation date to the cut-off.
    pub days_left: i32,
    /// A meeting whose cut-off has already passed, if one is still ahead.
    pub missed_meeting: Option<Date>,
}

/// The method decision.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct MethodDecision<'p> {
    /// [`METHOD_DECISION_SCHEMA`].
    pub schema: &'static str,
    /// The case's `id`, as the caller gave it (`None`: not given).
    pub id: Option<crate::case::CallerId>,
    /// The evaluation date (C-06).
    pub evaluation_date: Date,
    /// Every route, in the procedure's order.
    pub routes: Vec<MethodRouteOutcome, { MethodRoute::ALL.len() }>,
    /// The route to take: the first eligible one (a certain route, never one at a body's
    /// discretion, C-07).
    pub recommended: Option<MethodRoute>,
    /// The first route to apply for, where no route is certain: the named body decides.
    pub apply_first: Option<MethodRoute>,
    /// No route is open: the method is not used (MET-01: as a rule not while under
    /// assessment).
    pub not_used: bool,
    /// The access scheme's cut-off, when that route is open and the calendar is known.
    pub access_deadline: Option<AccessDeadline>,
    /// Reasons that concern the whole question.
    pub reasons: Vec<ReasonCode, MAX_REASONS>,
    /// The facts and parameters that would settle what is open, most decisive first.
    pub missing: Vec<Missing, MAX_MISSING>,
    /// The dated parameters used.
    pub parameters: Vec<&'p ParamEntry<'p>, MAX_PARAMS_USED>,
    /// The next question, or `None` when settled.
    pub next_question: Option<Question>,
    /// The facts the person answered "vet ikke" to (the case's `declined`): not asked again.
    /// Not in the JSON (the case has it).
    #[serde(skip)]
    pub declined: crate::fact::FactSet,
    /// What produced this decision: kernel, schemas, evaluation date, the table's hash.
    pub receipt: crate::receipt::Receipt,
}
