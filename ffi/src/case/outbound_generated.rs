//! GENERATED from the fact table (`kernel/src/fact/table.rs`) by
//! `kernel/tests/generated.rs`: run `HELSERETT_REGEN=1 cargo test -p helserett --test
//! generated` after changing the table. Do not edit by hand.
//!
//! The fixed-size case a kiosk fills field by field, the C numbers of the facts, of
//! the choices and of the text kinds, and the translation to and from the kernel's `Case` through
//! `Case::set`/`Case::get` (so every check is the kernel's).

#![allow(non_camel_case_types)]

use super::*;

/// `patient.home_region` (ABR-03): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_region {
    /// Not known yet.
    Unknown = 0,
    /// `"helse_sor_ost"`.
    HelseSorOst = 1,
    /// `"helse_vest"`.
    HelseVest = 2,
    /// `"helse_midt_norge"`.
    HelseMidtNorge = 3,
    /// `"helse_nord"`.
    HelseNord = 4,
}

/// `treatment.need` (EEA-06): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_need {
    /// Not known yet.
    Unknown = 0,
    /// `"planned"`.
    Planned = 1,
    /// `"arose_abroad"`.
    AroseAbroad = 2,
    /// `"urgent"`.
    Urgent = 3,
}

/// `treatment.setting` (EEA-19): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_setting {
    /// Not known yet.
    Unknown = 0,
    /// `"inpatient"`.
    Inpatient = 1,
    /// `"outpatient"`.
    Outpatient = 2,
}

/// `treatment.referral` (EEA-06): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_referral {
    /// Not known yet.
    Unknown = 0,
    /// `"norwegian"`.
    Norwegian = 1,
    /// `"treatment_country"`.
    TreatmentCountry = 2,
    /// `"consultation_documented"`.
    ConsultationDocumented = 3,
    /// `"ongoing_norwegian_course"`.
    OngoingNorwegianCourse = 4,
    /// `"none"`.
    None = 5,
}

/// `prior_notification.status` (EEA-10): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_pn_status {
    /// Not known yet.
    Unknown = 0,
    /// `"not_applied"`.
    NotApplied = 1,
    /// `"pending"`.
    Pending = 2,
    /// `"granted"`.
    Granted = 3,
    /// `"refused"`.
    Refused = 4,
}

/// `norwegian_offer.method` (ABR-05): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_method {
    /// Not known yet.
    Unknown = 0,
    /// `"established"`.
    Established = 1,
    /// `"experimental"`.
    Experimental = 2,
    /// `"particle_therapy"`.
    ParticleTherapy = 3,
    /// `"pgd"`.
    Pgd = 4,
    /// `"not_introduced"`.
    NotIntroduced = 5,
}

/// `patient.residence_subdivision` (IN-10): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_subdivision {
    /// Not known yet.
    Unknown = 0,
    /// `"QC"`.
    QC = 1,
    /// `"other"`.
    Other = 2,
}

/// `patient.category` (IN-11): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_patient_category {
    /// Not known yet.
    Unknown = 0,
    /// `"tourist"`.
    Tourist = 1,
    /// `"student"`.
    Student = 2,
    /// `"posted_norwegian_worker"`.
    PostedNorwegianWorker = 3,
    /// `"worker_in_norway_living_abroad"`.
    WorkerInNorwayLivingAbroad = 4,
    /// `"worker_for_foreign_employer"`.
    WorkerForForeignEmployer = 5,
    /// `"norwegian_pensioner_abroad"`.
    NorwegianPensionerAbroad = 6,
    /// `"diplomat"`.
    Diplomat = 7,
    /// `"retired_frontier_worker"`.
    RetiredFrontierWorker = 8,
    /// `"other"`.
    Other = 9,
}

/// `patient.membership` (IN-15): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_membership {
    /// Not known yet.
    Unknown = 0,
    /// `"none"`.
    None = 1,
    /// `"voluntary"`.
    Voluntary = 2,
    /// `"compulsory"`.
    Compulsory = 3,
}

/// `care.kind` (IN-02): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_care_kind {
    /// Not known yet.
    Unknown = 0,
    /// `"acute"`.
    Acute = 1,
    /// `"chronic"`.
    Chronic = 2,
    /// `"planned"`.
    Planned = 3,
    /// `"s3_continuation"`.
    S3Continuation = 4,
    /// `"oxygen_or_dialysis"`.
    OxygenOrDialysis = 5,
}

/// `documents.identity_document` (IN-14): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_identity_document {
    /// Not known yet.
    Unknown = 0,
    /// `"passport"`.
    Passport = 1,
    /// `"national_id_card"`.
    NationalIdCard = 2,
    /// `"other"`.
    Other = 3,
    /// `"none"`.
    None = 4,
}

/// `method.kind` (MET-01): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_method_kind {
    /// Not known yet.
    Unknown = 0,
    /// `"drug"`.
    Drug = 1,
    /// `"device"`.
    Device = 2,
    /// `"procedure"`.
    Procedure = 3,
    /// `"diagnostics"`.
    Diagnostics = 4,
}

/// `method.nye_metoder_status` (MET-01): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_nye_metoder_status {
    /// Not known yet.
    Unknown = 0,
    /// `"not_proposed"`.
    NotProposed = 1,
    /// `"under_assessment"`.
    UnderAssessment = 2,
    /// `"decided_not_introduced"`.
    DecidedNotIntroduced = 3,
    /// `"introduced"`.
    Introduced = 4,
}

/// `patient.scope` (MET-01): the number of each option; 0 is unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_patient_scope {
    /// Not known yet.
    Unknown = 0,
    /// `"single_patient"`.
    SinglePatient = 1,
    /// `"patient_group"`.
    PatientGroup = 2,
}

/// A kind of text in the kernel's catalogue, for `helserett_text`.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_text_kind {
    /// `reason`.
    Reason = 1,
    /// `document`.
    Document = 2,
    /// `question`.
    Question = 3,
    /// `route`.
    Route = 4,
    /// `verdict`.
    Verdict = 5,
    /// `payer`.
    Payer = 6,
    /// `channel`.
    Channel = 7,
    /// `body`.
    Body = 8,
    /// `appeal`.
    Appeal = 9,
    /// `extent`.
    Extent = 10,
    /// `applicant`.
    Applicant = 11,
    /// `requirement`.
    Requirement = 12,
    /// `label`.
    Label = 13,
    /// `parameter`.
    Parameter = 14,
    /// `error`.
    Error = 15,
    /// `country`.
    Country = 16,
}

/// A fact of the case, as the interview asks for it (`HELSERETT_FACT_NONE`: no fact).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_fact {
    /// No fact.
    None = 0,
    /// `treatment.country` (EEA-02)
    TreatmentCountry = 1,
    /// `patient.member_of_folketrygden` (EEA-01)
    MemberOfFolketrygden = 2,
    /// `patient.residence_country` (EEA-03)
    ResidenceCountry = 3,
    /// `patient.holds_s1_for_treatment_country` (EEA-04)
    HoldsS1 = 4,
    /// `treatment.need` (EEA-06)
    Need = 5,
    /// `treatment.referral` (EEA-06)
    Referral = 6,
    /// `treatment.comparable_to_norwegian_care` (EEA-07)
    ComparableCare = 7,
    /// `treatment.dates` (EEA-14)
    TreatmentDates = 8,
    /// `costs.expenses_ore` (EEA-08)
    Expenses = 9,
    /// `costs.private_surcharges_ore` (EEA-09)
    PrivateSurcharges = 10,
    /// `costs.estimated_norwegian_cost_ore` (EEA-08)
    EstimatedNorwegianCost = 11,
    /// `prior_notification.status` (EEA-10)
    PriorNotificationStatus = 12,
    /// `prior_notification.max_refund_ore` (EEA-10)
    PriorNotificationMax = 13,
    /// `prior_notification.stages_granted` (EEA-11)
    StagesGranted = 14,
    /// `prior_notification.care_beyond_granted` (EEA-11)
    CareBeyondGranted = 15,
    /// `patient.priority_patient` (EEA-10)
    PriorityPatient = 16,
    /// `prior_notification.formal_offer` (EEA-10)
    FormalOffer = 17,
    /// `treatment.setting` (EEA-19)
    Setting = 18,
    /// `treatment.dates.outpatient_consultations` (EEA-19)
    OutpatientConsultations = 19,
    /// `patient.holds_exemption_card` (EEA-19)
    HoldsExemptionCard = 20,
    /// `travel.claimed` (EEA-13)
    TravelClaimed = 21,
    /// `travel.one_way_km` (EEA-13)
    TravelOneWayKm = 22,
    /// `travel.exceeds_local_minimum_fare` (EEA-13)
    TravelExceedsMinimumFare = 23,
    /// `travel.round_trips` (EEA-13)
    TravelRoundTrips = 24,
    /// `travel.cheapest_scheduled_round_trip_ore` (EEA-13)
    TravelScheduledFare = 25,
    /// `treatment.dates.settled_on_the_spot` (EEA-14)
    SettledOnTheSpot = 26,
    /// `treatment.dates.invoice_date` (EEA-14)
    InvoiceDate = 27,
    /// `norwegian_offer.method` (ABR-05)
    OfferMethod = 28,
    /// `norwegian_offer.adequate` (ABR-01)
    AdequateOffer = 29,
    /// `norwegian_offer.abroad_documented_more_effective` (ABR-01)
    MoreEffectiveAbroad = 30,
    /// `norwegian_offer.rare_condition` (ABR-05)
    RareCondition = 31,
    /// `norwegian_offer.child_in_nordic_cancer_protocol` (ABR-05)
    ChildInNordicProtocol = 32,
    /// `patient.home_region` (ABR-03)
    HomeRegion = 33,
    /// `waiting.medically_indefensible` (WAIT-02)
    MedicallyIndefensibleWait = 34,
    /// `waiting.deadline_given` (WAIT-01)
    WaitingDeadlineGiven = 35,
    /// `waiting.deadline` (WAIT-01)
    WaitingDeadline = 36,
    /// `waiting.treated_by_deadline` (WAIT-01)
    TreatedByDeadline = 37,
    /// `patient.chronic_disease_for_treatment_trip` (OTHER-02)
    ChronicDiseaseTrip = 38,
    /// `patient.member_staying_abroad` (OTHER-03)
    MemberStayingAbroad = 39,
    /// `patient.assessed_by_norwegian_specialist` (EEA-16)
    AssessedByNorwegianSpecialist = 40,
    /// `patient.county_number` (ABR-03)
    CountyNumber = 41,
    /// `treatment.outside_hospital` (EEA-16)
    OutsideHospital = 42,
    /// `treatment.occupational_injury` (EEA-17)
    OccupationalInjury = 43,
    /// `treatment.documents_in_accepted_language` (EEA-18)
    DocumentsInAcceptedLanguage = 44,
    /// `costs.drg_points_milli` (EEA-08)
    DrgPoints = 45,
    /// `prior_notification.application_received` (EEA-15)
    ApplicationReceived = 46,
    /// `claim.received` (EEA-14)
    ClaimReceived = 47,
    /// `travel.home` (EEA-13)
    TravelHome = 48,
    /// `travel.nearest_place` (EEA-13)
    TravelNearestPlace = 49,
    /// `waiting.s2_granted` (WAIT-02)
    S2Granted = 50,
    /// `treatment.care_given` (C-08)
    CareGiven = 51,
    /// `stay.admission_date` (IN-01)
    AdmissionDate = 52,
    /// `stay.discharge_date` (IN-06)
    DischargeDate = 53,
    /// `stay.intended_stay_months` (IN-01)
    IntendedStayMonths = 54,
    /// `patient.residence_country` (IN-02)
    StayResidenceCountry = 55,
    /// `patient.residence_subdivision` (IN-10)
    ResidenceSubdivision = 56,
    /// `patient.citizenship` (IN-04)
    Citizenship = 57,
    /// `patient.second_citizenship` (IN-04)
    SecondCitizenship = 58,
    /// `patient.category` (IN-11)
    PatientCategory = 59,
    /// `patient.dependant` (IN-12)
    Dependant = 60,
    /// `patient.membership` (IN-15)
    Membership = 61,
    /// `patient.covered_by_nordic_legislation` (IN-07)
    CoveredByNordicLegislation = 62,
    /// `care.kind` (IN-02)
    CareKind = 63,
    /// `care.prior_agreement` (IN-03)
    PriorAgreement = 64,
    /// `care.transport_home_needed` (IN-07)
    TransportHomeNeeded = 65,
    /// `documents.ehic` (IN-02)
    EhicHeld = 66,
    /// `documents.ehic_issuer` (IN-04)
    EhicIssuer = 67,
    /// `documents.provisional_certificate` (IN-06)
    ProvisionalCertificate = 68,
    /// `documents.provisional_certificate_date` (IN-06)
    ProvisionalCertificateDate = 69,
    /// `documents.identity_document` (IN-14)
    IdentityDocument = 70,
    /// `documents.proof_of_residence` (IN-05)
    ProofOfResidence = 71,
    /// `documents.home_address` (IN-14)
    HomeAddress = 72,
    /// `documents.medicare_card` (IN-09)
    MedicareCard = 73,
    /// `documents.s1` (IN-13)
    HoldsS1E106 = 74,
    /// `documents.s2` (IN-13)
    HoldsS2 = 75,
    /// `documents.s2_covers_this_care` (IN-13)
    S2CoversThisCare = 76,
    /// `documents.s2_valid_from` (IN-13)
    S2ValidFrom = 77,
    /// `documents.s2_valid_until` (IN-13)
    S2ValidUntil = 78,
    /// `documents.s3` (IN-13)
    HoldsS3 = 79,
    /// `documents.nav_decision` (IN-12)
    NavDecision = 80,
    /// `documents.travel_insurance` (IN-08)
    TravelInsurance = 81,
    /// `method.kind` (MET-01)
    MethodKind = 82,
    /// `method.nye_metoder_status` (MET-01)
    NyeMetoderStatus = 83,
    /// `method.marketing_authorisation` (MET-07)
    MarketingAuthorisation = 84,
    /// `method.within_approved_indication` (MET-06)
    WithinApprovedIndication = 85,
    /// `method.on_group_pre_approval_list` (MET-06)
    OnGroupPreApprovalList = 86,
    /// `method.blue_prescription_possible` (MET-03)
    BluePrescriptionPossible = 87,
    /// `method.alternatives_tried_or_unusable` (MET-03)
    AlternativesTriedOrUnusable = 88,
    /// `patient.scope` (MET-01)
    MethodPatientScope = 89,
    /// `patient.serious_life_shortening_disease` (MET-08)
    SeriousLifeShorteningDisease = 90,
    /// `patient.rare_condition` (MET-09)
    MethodRareCondition = 91,
    /// `trial.ongoing_trial_available` (MET-04)
    OngoingTrialAvailable = 92,
    /// `trial.meets_inclusion_criteria` (MET-04)
    MeetsInclusionCriteria = 93,
    /// `trial.new_trial_feasible` (MET-04)
    NewTrialFeasible = 94,
    /// `trial.impress_relevant` (MET-04)
    ImpressRelevant = 95,
    /// `assessment.prudence_assessment` (MET-05)
    PrudenceAssessment = 96,
    /// `assessment.treatment_plan` (MET-05)
    TreatmentPlan = 97,
    /// `assessment.informed_consent` (MET-05)
    InformedConsent = 98,
    /// `assessment.discussed_with_collegium` (MET-08)
    DiscussedWithCollegium = 99,
    /// `assessment.ekspertpanelet_recommendation` (MET-08)
    EkspertpaneletRecommendation = 100,
    /// `assessment.anchored_with_level2_leader` (MET-05)
    AnchoredWithLevel2Leader = 101,
    /// `assessment.medical_director_involved` (MET-05)
    MedicalDirectorInvolved = 102,
    /// `abroad.adequate_offer_in_norway` (MET-09)
    AdequateOfferInNorway = 103,
    /// `abroad.more_effective_abroad_documented` (MET-09)
    MoreEffectiveAbroadDocumented = 104,
    /// `abroad.priority_patient` (MET-09)
    MethodPriorityPatient = 105,
    /// `abroad.home_region` (MET-09)
    MethodHomeRegion = 106,
    /// `method.trial_treatment` (MET-05)
    TrialTreatment = 107,
    /// `assessment.web_application_down` (MET-06)
    WebApplicationDown = 108,
    /// `documents.ehic_valid_from` (IN-13)
    EhicValidFrom = 109,
    /// `documents.ehic_valid_until` (IN-13)
    EhicValidUntil = 110,
}

/// The `patient` facts.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_patient {
    /// A `helserett_tristate`. Are you a member of the National Insurance Scheme (or covered as a family member)? (EEA-01)
    pub member_of_folketrygden: u32,
    /// ISO 3166-1 alpha-2, NUL-terminated; `""` is unknown. In which country do you ordinarily live? (EEA-03)
    pub residence_country: [c_char; 3],
    /// A `helserett_tristate`. Do you hold an S1 form for the treatment country? (EEA-04)
    pub holds_s1_for_treatment_country: u32,
    /// A `helserett_tristate`. Has the specialist service assessed you as entitled to necessary care (priority patient)? (EEA-10)
    pub priority_patient: u32,
    /// A `helserett_tristate`. Do you hold an exemption card (frikort)? (EEA-19)
    pub holds_exemption_card: u32,
    /// A `helserett_tristate`. Has the Norwegian specialist service examined or treated you for the condition? (EEA-16)
    pub assessed_by_norwegian_specialist: u32,
    /// A `helserett_region` (0: unknown). Which health region do you live in? (ABR-03)
    pub home_region: u32,
    /// 1..=99, or `HELSERETT_UNKNOWN`. What is the number of the county you live in? (ABR-03)
    pub county_number: i64,
    /// A `helserett_tristate`. Do you have one of the chronic diseases defined for treatment trips? (OTHER-02)
    pub chronic_disease_for_treatment_trip: u32,
    /// A `helserett_tristate`. Are you staying abroad as a member of the National Insurance Scheme? (OTHER-03)
    pub member_staying_abroad: u32,
}

/// The `treatment` facts.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_treatment {
    /// ISO 3166-1 alpha-2, NUL-terminated; `""` is unknown. In which country do or did you get the treatment? (EEA-02)
    pub country: [c_char; 3],
    /// A `helserett_need` (0: unknown). Is the treatment planned, did the need arise during a stay, or was it urgent care? (EEA-06)
    pub need: u32,
    /// A `helserett_tristate`. Have you already had the treatment (are you claiming for care already received)? (C-08)
    pub care_given: u32,
    /// A `helserett_setting` (0: unknown). Were you admitted, or treated as an outpatient? (EEA-19)
    pub setting: u32,
    /// A `helserett_tristate`. Is or was the treatment given outside a hospital? (EEA-16)
    pub outside_hospital: u32,
    /// A `helserett_tristate`. Is the treatment equal or comparable to what the Norwegian public service would give? (EEA-07)
    pub comparable_to_norwegian_care: u32,
    /// A `helserett_referral` (0: unknown). What referral do you have? (EEA-06)
    pub referral: u32,
    /// A `helserett_tristate`. Does the treatment concern an occupational injury? (EEA-17)
    pub occupational_injury: u32,
    /// A `helserett_tristate`. Are all the documents in Norwegian, Danish, Swedish or English? (EEA-18)
    pub documents_in_accepted_language: u32,
    /// How many of `dates` are filled in.
    pub dates_len: u32,
    /// On which dates were you treated? (EEA-14)
    pub dates: [helserett_treatment_date; HELSERETT_MAX_TREATMENT_DATES],
}

/// One treatment date.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_treatment_date {
    /// The date (required for every entry below `dates_len`).
    pub date: helserett_date,
    /// A `helserett_tristate`. Did you pay on the spot on this date? (EEA-14)
    pub settled_on_the_spot: u32,
    /// A date; all zero is unknown. When did you get the first request for payment (invoice) for this treatment? If you paid on the spot, answer "on the spot". (EEA-14)
    pub invoice_date: helserett_date,
    /// 0..=255, or `HELSERETT_UNKNOWN`. How many outpatient consultations did you have on this date? (EEA-19)
    pub outpatient_consultations: i64,
}

/// The `costs` facts.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_costs {
    /// Øre, or `HELSERETT_UNKNOWN`. How much did you pay for the treatment in all? (EEA-08)
    pub expenses_ore: i64,
    /// Øre, or `HELSERETT_UNKNOWN`. How much of it were private-patient surcharges (extra doctors' fees, room upgrades)? (EEA-09)
    pub private_surcharges_ore: i64,
    /// Øre, or `HELSERETT_UNKNOWN`. What is the estimated cost of the same care in Norway (DRG amount)? (EEA-08)
    pub estimated_norwegian_cost_ore: i64,
    /// 0..=1000000, or `HELSERETT_UNKNOWN`. How many DRG points (in thousandths) does the treatment count? (EEA-08)
    pub drg_points_milli: i64,
}

/// The `prior_notification` facts.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_prior_notification {
    /// A `helserett_pn_status` (0: unknown). Have you applied to Helfo for prior notification? (EEA-10)
    pub status: u32,
    /// A `helserett_tristate`. Do you have a written offer of treatment with its anticipated cost? (EEA-10)
    pub formal_offer: u32,
    /// A date; all zero is unknown. On what date did Helfo receive the complete application for prior notification? (EEA-15)
    pub application_received: helserett_date,
    /// Øre, or `HELSERETT_UNKNOWN`. What is the maximum refund in the prior notification? (EEA-10)
    pub max_refund_ore: i64,
    /// `HELSERETT_STAGE_*` bits, or `HELSERETT_UNKNOWN`. Which stages does the prior notification cover? (EEA-11)
    pub stages_granted: i32,
    /// A `helserett_tristate`. Did you get care beyond what the prior notification names? (EEA-11)
    pub care_beyond_granted: u32,
}

/// The `claim` facts.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_claim {
    /// A date; all zero is unknown. On what date did Helfo receive the claim with its documentation? (EEA-14)
    pub received: helserett_date,
}

/// The `travel` facts.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_travel {
    /// A `helserett_tristate`. Do you want to claim travel expenses? (EEA-13)
    pub claimed: u32,
    /// NUL-terminated UTF-8; `""` is unknown. Where do you live (place)? (EEA-13)
    pub home: [c_char; HELSERETT_PLACE_CAPACITY],
    /// NUL-terminated UTF-8; `""` is unknown. Which place in Norway is the nearest where the treatment is given? (EEA-13)
    pub nearest_place: [c_char; HELSERETT_PLACE_CAPACITY],
    /// 0..=10000, or `HELSERETT_UNKNOWN`. How many km is it one way from home to the nearest place of treatment in Norway? (EEA-13)
    pub one_way_km: i64,
    /// A `helserett_tristate`. Does the trip cost more than the local minimum fare on scheduled transport? (EEA-13)
    pub exceeds_local_minimum_fare: u32,
    /// 0..=100, or `HELSERETT_UNKNOWN`. How many round trips did the treatment need? (EEA-13)
    pub round_trips: i64,
    /// Øre, or `HELSERETT_UNKNOWN`. What is the cheapest scheduled round-trip fare? (EEA-13)
    pub cheapest_scheduled_round_trip_ore: i64,
}

/// The `norwegian_offer` facts.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_norwegian_offer {
    /// A `helserett_tristate`. Is there an adequate offer in Norway for the treatment? (ABR-01)
    pub adequate: u32,
    /// A `helserett_tristate`. Is the treatment abroad documented to be more effective than the Norwegian offer? (ABR-01)
    pub abroad_documented_more_effective: u32,
    /// A `helserett_method` (0: unknown). What kind of treatment do you need? (ABR-05)
    pub method: u32,
    /// A `helserett_tristate`. Do you have a rare condition or disease? (ABR-05)
    pub rare_condition: u32,
    /// A `helserett_tristate`. Is this a child with therapy-resistant cancer in a Nordic drug protocol? (ABR-05)
    pub child_in_nordic_cancer_protocol: u32,
}

/// The `waiting` facts.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_waiting {
    /// A `helserett_tristate`. Has the specialist service given you a treatment deadline? (WAIT-01)
    pub deadline_given: u32,
    /// A date; all zero is unknown. What date is the deadline? (WAIT-01)
    pub deadline: helserett_date,
    /// A `helserett_tristate`. Were you treated by the deadline? (WAIT-01)
    pub treated_by_deadline: u32,
    /// A `helserett_tristate`. Is the wait in Norway medically indefensible? (WAIT-02)
    pub medically_indefensible: u32,
    /// A `helserett_tristate`. Has Helfo granted you an S2? (WAIT-02)
    pub s2_granted: u32,
}

/// One outbound case (a Norwegian resident treated or to be treated abroad), filled field
/// by field: the `outbound` member of a `helserett_case` (start from `helserett_case_init`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_outbound_case {
    /// The day the case is decided on (required): deadlines count from it.
    pub evaluation_date: helserett_date,
    /// The caller's identifier, NUL-terminated UTF-8 (empty: none), echoed into the decision.
    pub id: [c_char; HELSERETT_ID_CAPACITY],
    /// The facts the person said they do not know: bit `n % 32` of word `n / 32` for
    /// `HELSERETT_FACT_*` number `n` (the kiosk's "vet ikke" sets it through
    /// `helserett_case_answer`).
    pub declined: [u32; 4],
    /// Who answers the interview, a `helserett_audience` (0, the default: a caseworker;
    /// 1: a patient, never asked what only Helfo or Pasientreiser establishes).
    pub audience: u32,
    /// The `patient` facts.
    pub patient: helserett_patient,
    /// The `treatment` facts.
    pub treatment: helserett_treatment,
    /// The `costs` facts.
    pub costs: helserett_costs,
    /// The `prior_notification` facts.
    pub prior_notification: helserett_prior_notification,
    /// The `claim` facts.
    pub claim: helserett_claim,
    /// The `travel` facts.
    pub travel: helserett_travel,
    /// The `norwegian_offer` facts.
    pub norwegian_offer: helserett_norwegian_offer,
    /// The `waiting` facts.
    pub waiting: helserett_waiting,
}

impl helserett_outbound_case {
    /// The empty case on `evaluation_date`: every fact unknown.
    pub fn empty(evaluation_date: helserett_date) -> helserett_outbound_case {
        let date = helserett_treatment_date {
            date: helserett_date::ZERO,
            settled_on_the_spot: 0,
            invoice_date: helserett_date::ZERO,
            outpatient_consultations: HELSERETT_UNKNOWN,
        };
        helserett_outbound_case {
            evaluation_date,
            id: [0; HELSERETT_ID_CAPACITY],
            declined: [0; 4],
            audience: 0,
            patient: helserett_patient {
                member_of_folketrygden: 0,
                residence_country: [0; 3],
                holds_s1_for_treatment_country: 0,
                priority_patient: 0,
                holds_exemption_card: 0,
                assessed_by_norwegian_specialist: 0,
                home_region: 0,
                county_number: HELSERETT_UNKNOWN,
                chronic_disease_for_treatment_trip: 0,
                member_staying_abroad: 0,
            },
            treatment: helserett_treatment {
                country: [0; 3],
                need: 0,
                care_given: 0,
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
                expenses_ore: HELSERETT_UNKNOWN,
                private_surcharges_ore: HELSERETT_UNKNOWN,
                estimated_norwegian_cost_ore: HELSERETT_UNKNOWN,
                drg_points_milli: HELSERETT_UNKNOWN,
            },
            prior_notification: helserett_prior_notification {
                status: 0,
                formal_offer: 0,
                application_received: helserett_date::ZERO,
                max_refund_ore: HELSERETT_UNKNOWN,
                stages_granted: HELSERETT_UNKNOWN as i32,
                care_beyond_granted: 0,
            },
            claim: helserett_claim {
                received: helserett_date::ZERO,
            },
            travel: helserett_travel {
                claimed: 0,
                home: [0; HELSERETT_PLACE_CAPACITY],
                nearest_place: [0; HELSERETT_PLACE_CAPACITY],
                one_way_km: HELSERETT_UNKNOWN,
                exceeds_local_minimum_fare: 0,
                round_trips: HELSERETT_UNKNOWN,
                cheapest_scheduled_round_trip_ore: HELSERETT_UNKNOWN,
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
                deadline: helserett_date::ZERO,
                treated_by_deadline: 0,
                medically_indefensible: 0,
                s2_granted: 0,
            },
        }
    }
}

/// Translates the C case into the kernel's, every value stored (`Case::store`) and none
/// checked yet: `to_kernel` and `decide` (in `case/mod.rs`) check the whole case once (a C
/// decoding error, such as an enum number out of range, is reported before that check).
pub(crate) fn outbound_to_kernel(c: &helserett_outbound_case) -> Result<Case, Failure> {
    let mut k = Case::new(required_date(
        c.evaluation_date,
        FieldPath::of(&["evaluation_date"]),
    )?);
    k.id = caller_id(&c.id)?;
    k.declined = declined(&c.declined)?;
    k.audience = crate::enums::audience(c.audience)?;
    put(
        &mut k,
        Fact::MemberOfFolketrygden,
        None,
        tri(
            &c.patient.member_of_folketrygden,
            Fact::MemberOfFolketrygden,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::ResidenceCountry,
        None,
        country(&c.patient.residence_country, Fact::ResidenceCountry, None)?,
    )?;
    put(
        &mut k,
        Fact::HoldsS1,
        None,
        tri(
            &c.patient.holds_s1_for_treatment_country,
            Fact::HoldsS1,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::PriorityPatient,
        None,
        tri(&c.patient.priority_patient, Fact::PriorityPatient, None)?,
    )?;
    put(
        &mut k,
        Fact::HoldsExemptionCard,
        None,
        tri(
            &c.patient.holds_exemption_card,
            Fact::HoldsExemptionCard,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::AssessedByNorwegianSpecialist,
        None,
        tri(
            &c.patient.assessed_by_norwegian_specialist,
            Fact::AssessedByNorwegianSpecialist,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::HomeRegion,
        None,
        choice(&c.patient.home_region, Fact::HomeRegion, None)?,
    )?;
    put(
        &mut k,
        Fact::CountyNumber,
        None,
        number(&c.patient.county_number, Fact::CountyNumber, None)?,
    )?;
    put(
        &mut k,
        Fact::ChronicDiseaseTrip,
        None,
        tri(
            &c.patient.chronic_disease_for_treatment_trip,
            Fact::ChronicDiseaseTrip,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::MemberStayingAbroad,
        None,
        tri(
            &c.patient.member_staying_abroad,
            Fact::MemberStayingAbroad,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::TreatmentCountry,
        None,
        country(&c.treatment.country, Fact::TreatmentCountry, None)?,
    )?;
    put(
        &mut k,
        Fact::Need,
        None,
        choice(&c.treatment.need, Fact::Need, None)?,
    )?;
    put(
        &mut k,
        Fact::CareGiven,
        None,
        tri(&c.treatment.care_given, Fact::CareGiven, None)?,
    )?;
    put(
        &mut k,
        Fact::Setting,
        None,
        choice(&c.treatment.setting, Fact::Setting, None)?,
    )?;
    put(
        &mut k,
        Fact::OutsideHospital,
        None,
        tri(&c.treatment.outside_hospital, Fact::OutsideHospital, None)?,
    )?;
    put(
        &mut k,
        Fact::ComparableCare,
        None,
        tri(
            &c.treatment.comparable_to_norwegian_care,
            Fact::ComparableCare,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::Referral,
        None,
        choice(&c.treatment.referral, Fact::Referral, None)?,
    )?;
    put(
        &mut k,
        Fact::OccupationalInjury,
        None,
        tri(
            &c.treatment.occupational_injury,
            Fact::OccupationalInjury,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::DocumentsInAcceptedLanguage,
        None,
        tri(
            &c.treatment.documents_in_accepted_language,
            Fact::DocumentsInAcceptedLanguage,
            None,
        )?,
    )?;
    let dates = dates(&c.treatment, &mut k)?;
    for (i, d) in dates.iter().enumerate() {
        let i = Some(i);
        put(
            &mut k,
            Fact::SettledOnTheSpot,
            i,
            tri(&d.settled_on_the_spot, Fact::SettledOnTheSpot, i)?,
        )?;
        put(
            &mut k,
            Fact::InvoiceDate,
            i,
            date(&d.invoice_date, Fact::InvoiceDate, i)?,
        )?;
        put(
            &mut k,
            Fact::OutpatientConsultations,
            i,
            number(
                &d.outpatient_consultations,
                Fact::OutpatientConsultations,
                i,
            )?,
        )?;
    }
    put(
        &mut k,
        Fact::Expenses,
        None,
        number(&c.costs.expenses_ore, Fact::Expenses, None)?,
    )?;
    put(
        &mut k,
        Fact::PrivateSurcharges,
        None,
        number(
            &c.costs.private_surcharges_ore,
            Fact::PrivateSurcharges,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::EstimatedNorwegianCost,
        None,
        number(
            &c.costs.estimated_norwegian_cost_ore,
            Fact::EstimatedNorwegianCost,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::DrgPoints,
        None,
        number(&c.costs.drg_points_milli, Fact::DrgPoints, None)?,
    )?;
    put(
        &mut k,
        Fact::PriorNotificationStatus,
        None,
        choice(
            &c.prior_notification.status,
            Fact::PriorNotificationStatus,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::FormalOffer,
        None,
        tri(&c.prior_notification.formal_offer, Fact::FormalOffer, None)?,
    )?;
    put(
        &mut k,
        Fact::ApplicationReceived,
        None,
        date(
            &c.prior_notification.application_received,
            Fact::ApplicationReceived,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::PriorNotificationMax,
        None,
        number(
            &c.prior_notification.max_refund_ore,
            Fact::PriorNotificationMax,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::StagesGranted,
        None,
        stages(
            &c.prior_notification.stages_granted,
            Fact::StagesGranted,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::CareBeyondGranted,
        None,
        tri(
            &c.prior_notification.care_beyond_granted,
            Fact::CareBeyondGranted,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::ClaimReceived,
        None,
        date(&c.claim.received, Fact::ClaimReceived, None)?,
    )?;
    put(
        &mut k,
        Fact::TravelClaimed,
        None,
        tri(&c.travel.claimed, Fact::TravelClaimed, None)?,
    )?;
    put(
        &mut k,
        Fact::TravelHome,
        None,
        text(&c.travel.home, Fact::TravelHome, None)?,
    )?;
    put(
        &mut k,
        Fact::TravelNearestPlace,
        None,
        text(&c.travel.nearest_place, Fact::TravelNearestPlace, None)?,
    )?;
    put(
        &mut k,
        Fact::TravelOneWayKm,
        None,
        number(&c.travel.one_way_km, Fact::TravelOneWayKm, None)?,
    )?;
    put(
        &mut k,
        Fact::TravelExceedsMinimumFare,
        None,
        tri(
            &c.travel.exceeds_local_minimum_fare,
            Fact::TravelExceedsMinimumFare,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::TravelRoundTrips,
        None,
        number(&c.travel.round_trips, Fact::TravelRoundTrips, None)?,
    )?;
    put(
        &mut k,
        Fact::TravelScheduledFare,
        None,
        number(
            &c.travel.cheapest_scheduled_round_trip_ore,
            Fact::TravelScheduledFare,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::AdequateOffer,
        None,
        tri(&c.norwegian_offer.adequate, Fact::AdequateOffer, None)?,
    )?;
    put(
        &mut k,
        Fact::MoreEffectiveAbroad,
        None,
        tri(
            &c.norwegian_offer.abroad_documented_more_effective,
            Fact::MoreEffectiveAbroad,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::OfferMethod,
        None,
        choice(&c.norwegian_offer.method, Fact::OfferMethod, None)?,
    )?;
    put(
        &mut k,
        Fact::RareCondition,
        None,
        tri(&c.norwegian_offer.rare_condition, Fact::RareCondition, None)?,
    )?;
    put(
        &mut k,
        Fact::ChildInNordicProtocol,
        None,
        tri(
            &c.norwegian_offer.child_in_nordic_cancer_protocol,
            Fact::ChildInNordicProtocol,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::WaitingDeadlineGiven,
        None,
        tri(&c.waiting.deadline_given, Fact::WaitingDeadlineGiven, None)?,
    )?;
    put(
        &mut k,
        Fact::WaitingDeadline,
        None,
        date(&c.waiting.deadline, Fact::WaitingDeadline, None)?,
    )?;
    put(
        &mut k,
        Fact::TreatedByDeadline,
        None,
        tri(
            &c.waiting.treated_by_deadline,
            Fact::TreatedByDeadline,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::MedicallyIndefensibleWait,
        None,
        tri(
            &c.waiting.medically_indefensible,
            Fact::MedicallyIndefensibleWait,
            None,
        )?,
    )?;
    put(
        &mut k,
        Fact::S2Granted,
        None,
        tri(&c.waiting.s2_granted, Fact::S2Granted, None)?,
    )?;
    Ok(k)
}

/// The kernel's case in the C representation (every kernel value has one).
pub(crate) fn outbound_from_kernel(k: &Case) -> helserett_outbound_case {
    let mut c = helserett_outbound_case::empty(c_date(Some(k.evaluation_date)));
    c.id = c_caller_id(k.id.as_ref());
    c.declined = k.declined.words();
    c.audience = k.audience as u32;
    c.patient.member_of_folketrygden = c_tri(k.get(Fact::MemberOfFolketrygden, None));
    c.patient.residence_country = c_country(k.get(Fact::ResidenceCountry, None));
    c.patient.holds_s1_for_treatment_country = c_tri(k.get(Fact::HoldsS1, None));
    c.patient.priority_patient = c_tri(k.get(Fact::PriorityPatient, None));
    c.patient.holds_exemption_card = c_tri(k.get(Fact::HoldsExemptionCard, None));
    c.patient.assessed_by_norwegian_specialist =
        c_tri(k.get(Fact::AssessedByNorwegianSpecialist, None));
    c.patient.home_region = c_choice(k.get(Fact::HomeRegion, None));
    c.patient.county_number = c_number(k.get(Fact::CountyNumber, None));
    c.patient.chronic_disease_for_treatment_trip = c_tri(k.get(Fact::ChronicDiseaseTrip, None));
    c.patient.member_staying_abroad = c_tri(k.get(Fact::MemberStayingAbroad, None));
    c.treatment.country = c_country(k.get(Fact::TreatmentCountry, None));
    c.treatment.need = c_choice(k.get(Fact::Need, None));
    c.treatment.care_given = c_tri(k.get(Fact::CareGiven, None));
    c.treatment.setting = c_choice(k.get(Fact::Setting, None));
    c.treatment.outside_hospital = c_tri(k.get(Fact::OutsideHospital, None));
    c.treatment.comparable_to_norwegian_care = c_tri(k.get(Fact::ComparableCare, None));
    c.treatment.referral = c_choice(k.get(Fact::Referral, None));
    c.treatment.occupational_injury = c_tri(k.get(Fact::OccupationalInjury, None));
    c.treatment.documents_in_accepted_language =
        c_tri(k.get(Fact::DocumentsInAcceptedLanguage, None));
    c.treatment.dates_len = k.treatment.dates.len() as u32;
    for (i, (o, d)) in c
        .treatment
        .dates
        .iter_mut()
        .zip(&k.treatment.dates)
        .enumerate()
    {
        let i = Some(i);
        o.date = c_date(Some(d.date));
        o.settled_on_the_spot = c_tri(k.get(Fact::SettledOnTheSpot, i));
        o.invoice_date = c_date_value(k.get(Fact::InvoiceDate, i));
        o.outpatient_consultations = c_number(k.get(Fact::OutpatientConsultations, i));
    }
    c.costs.expenses_ore = c_number(k.get(Fact::Expenses, None));
    c.costs.private_surcharges_ore = c_number(k.get(Fact::PrivateSurcharges, None));
    c.costs.estimated_norwegian_cost_ore = c_number(k.get(Fact::EstimatedNorwegianCost, None));
    c.costs.drg_points_milli = c_number(k.get(Fact::DrgPoints, None));
    c.prior_notification.status = c_choice(k.get(Fact::PriorNotificationStatus, None));
    c.prior_notification.formal_offer = c_tri(k.get(Fact::FormalOffer, None));
    c.prior_notification.application_received =
        c_date_value(k.get(Fact::ApplicationReceived, None));
    c.prior_notification.max_refund_ore = c_number(k.get(Fact::PriorNotificationMax, None));
    c.prior_notification.stages_granted = c_stages(k.get(Fact::StagesGranted, None));
    c.prior_notification.care_beyond_granted = c_tri(k.get(Fact::CareBeyondGranted, None));
    c.claim.received = c_date_value(k.get(Fact::ClaimReceived, None));
    c.travel.claimed = c_tri(k.get(Fact::TravelClaimed, None));
    c.travel.home = c_text(k.get(Fact::TravelHome, None));
    c.travel.nearest_place = c_text(k.get(Fact::TravelNearestPlace, None));
    c.travel.one_way_km = c_number(k.get(Fact::TravelOneWayKm, None));
    c.travel.exceeds_local_minimum_fare = c_tri(k.get(Fact::TravelExceedsMinimumFare, None));
    c.travel.round_trips = c_number(k.get(Fact::TravelRoundTrips, None));
    c.travel.cheapest_scheduled_round_trip_ore = c_number(k.get(Fact::TravelScheduledFare, None));
    c.norwegian_offer.adequate = c_tri(k.get(Fact::AdequateOffer, None));
    c.norwegian_offer.abroad_documented_more_effective =
        c_tri(k.get(Fact::MoreEffectiveAbroad, None));
    c.norwegian_offer.method = c_choice(k.get(Fact::OfferMethod, None));
    c.norwegian_offer.rare_condition = c_tri(k.get(Fact::RareCondition, None));
    c.norwegian_offer.child_in_nordic_cancer_protocol =
        c_tri(k.get(Fact::ChildInNordicProtocol, None));
    c.waiting.deadline_given = c_tri(k.get(Fact::WaitingDeadlineGiven, None));
    c.waiting.deadline = c_date_value(k.get(Fact::WaitingDeadline, None));
    c.waiting.treated_by_deadline = c_tri(k.get(Fact::TreatedByDeadline, None));
    c.waiting.medically_indefensible = c_tri(k.get(Fact::MedicallyIndefensibleWait, None));
    c.waiting.s2_granted = c_tri(k.get(Fact::S2Granted, None));
    c
}
