//! GENERATED from the fact table (`kernel/src/fact/table.rs`, the method facts) by
//! `kernel/tests/generated.rs`: run `HELSERETT_REGEN=1 cargo test -p helserett --test
//! generated` after changing the table. Do not edit by hand.
//!
//! The fixed-size method case (a method not approved for the public specialist service) filled field by field, and its translation to and
//! from the kernel's `MethodCase` through `MethodCase::set`/`get`.

#![allow(non_camel_case_types)]

use super::*;
use kernel::methods::MethodCase;

/// The `method` facts of a method case.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_method_method {
    /// A `helserett_method_kind` (0: unknown). What kind of method is it: a drug, a device, a procedure or diagnostics? (MET-01)
    pub kind: u32,
    /// A `helserett_nye_metoder_status` (0: unknown). Where does the method stand in Nye metoder: not proposed, under assessment, decided not introduced, or introduced? (MET-01)
    pub nye_metoder_status: u32,
    /// A `helserett_tristate`. Does the drug have marketing authorisation in Norway? (MET-07)
    pub marketing_authorisation: u32,
    /// A `helserett_tristate`. Is the drug to be used within its approved indication (the summary of product characteristics)? (MET-06)
    pub within_approved_indication: u32,
    /// A `helserett_tristate`. Is the drug on Helse Bergen's group pre-approval list for off-label/off-licence use? (MET-06)
    pub on_group_pre_approval_list: u32,
    /// A `helserett_tristate`. Can the drug be prescribed directly on blue prescription? (MET-03)
    pub blue_prescription_possible: u32,
    /// A `helserett_tristate`. Have the relevant pre-approved or marketed drugs been tried, or are they unsuitable for the patient? (MET-03)
    pub alternatives_tried_or_unusable: u32,
    /// A `helserett_tristate`. Is the treatment trial treatment, that is, its effect and safety not documented well enough for it to be part of ordinary care? (MET-05)
    pub trial_treatment: u32,
}

/// The `patient` facts of a method case.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_method_patient {
    /// A `helserett_patient_scope` (0: unknown). Is it for one patient or for a defined group of patients? (MET-01)
    pub scope: u32,
    /// A `helserett_tristate`. Does the patient have a serious, life-shortening disease? (MET-08)
    pub serious_life_shortening_disease: u32,
    /// A `helserett_tristate`. Does the patient have a rare condition or disease? (MET-09)
    pub rare_condition: u32,
}

/// The `trial` facts of a method case.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_method_trial {
    /// A `helserett_tristate`. Is there an ongoing clinical trial the patient could join? (MET-04)
    pub ongoing_trial_available: u32,
    /// A `helserett_tristate`. Does the patient meet the trial's inclusion criteria? (MET-04)
    pub meets_inclusion_criteria: u32,
    /// A `helserett_tristate`. Can a new clinical trial be set up? (MET-04)
    pub new_trial_feasible: u32,
    /// A `helserett_tristate`. Is IMPRESS Norway relevant (personalised trials of cancer drugs)? (MET-04)
    pub impress_relevant: u32,
}

/// The `assessment` facts of a method case.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_method_assessment {
    /// A `helserett_tristate`. Has the special prudence assessment been made? (MET-05)
    pub prudence_assessment: u32,
    /// A `helserett_tristate`. Is there a clear treatment plan? (MET-05)
    pub treatment_plan: u32,
    /// A `helserett_tristate`. Has the patient given informed consent? (MET-05)
    pub informed_consent: u32,
    /// A `helserett_tristate`. Have indication and priority been discussed in the professional collegium and with line management? (MET-08)
    pub discussed_with_collegium: u32,
    /// A `helserett_tristate`. Has Ekspertpanelet recommended trial treatment? (MET-08)
    pub ekspertpanelet_recommendation: u32,
    /// A `helserett_tristate`. Is the application anchored with the level-2 leader? (MET-05)
    pub anchored_with_level2_leader: u32,
    /// A `helserett_tristate`. Has the level-2 leader decided that the medical director also assesses the case? (MET-05)
    pub medical_director_involved: u32,
    /// A `helserett_tristate`. Is legemiddelsoknader.no down? (MET-06)
    pub web_application_down: u32,
}

/// The `abroad` facts of a method case.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_method_abroad {
    /// A `helserett_tristate`. Is there an adequate offer in Norway? (MET-09)
    pub adequate_offer_in_norway: u32,
    /// A `helserett_tristate`. Is care abroad documented to be more effective than the Norwegian offer? (MET-09)
    pub more_effective_abroad_documented: u32,
    /// A `helserett_tristate`. Is the patient entitled to necessary specialist care? (MET-09)
    pub priority_patient: u32,
    /// A `helserett_region` (0: unknown). Which health region does the patient live in? (MET-09)
    pub home_region: u32,
}

/// One method case (a method not approved for the public specialist service), filled field by field: the `method` member of a
/// `helserett_case` (start from `helserett_case_init`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_method_case {
    /// The day the case is decided on (required).
    pub evaluation_date: helserett_date,
    /// The caller's identifier, NUL-terminated UTF-8 (empty: none), echoed into the decision.
    pub id: [c_char; HELSERETT_ID_CAPACITY],
    /// The facts the person said they do not know: bit `n % 32` of word `n / 32` for
    /// `HELSERETT_FACT_*` number `n` ("vet ikke" through `helserett_case_answer`).
    pub declined: [u32; 4],
    /// The `method` facts.
    pub method: helserett_method_method,
    /// The `patient` facts.
    pub patient: helserett_method_patient,
    /// The `trial` facts.
    pub trial: helserett_method_trial,
    /// The `assessment` facts.
    pub assessment: helserett_method_assessment,
    /// The `abroad` facts.
    pub abroad: helserett_method_abroad,
}

impl helserett_method_case {
    /// The empty method case on `evaluation_date`: every fact unknown.
    pub fn empty(evaluation_date: helserett_date) -> helserett_method_case {
        helserett_method_case {
            evaluation_date,
            id: [0; HELSERETT_ID_CAPACITY],
            declined: [0; 4],
            method: helserett_method_method {
                kind: 0,
                nye_metoder_status: 0,
                marketing_authorisation: 0,
                within_approved_indication: 0,
                on_group_pre_approval_list: 0,
                blue_prescription_possible: 0,
                alternatives_tried_or_unusable: 0,
                trial_treatment: 0,
            },
            patient: helserett_method_patient {
                scope: 0,
                serious_life_shortening_disease: 0,
                rare_condition: 0,
            },
            trial: helserett_method_trial {
                ongoing_trial_available: 0,
                meets_inclusion_criteria: 0,
                new_trial_feasible: 0,
                impress_relevant: 0,
            },
            assessment: helserett_method_assessment {
                prudence_assessment: 0,
                treatment_plan: 0,
                informed_consent: 0,
                discussed_with_collegium: 0,
                ekspertpanelet_recommendation: 0,
                anchored_with_level2_leader: 0,
                medical_director_involved: 0,
                web_application_down: 0,
            },
            abroad: helserett_method_abroad {
                adequate_offer_in_norway: 0,
                more_effective_abroad_documented: 0,
                priority_patient: 0,
                home_region: 0,
            },
        }
    }
}

/// Translates the C method case into the kernel's: every value goes through `MethodCase::set`.
pub(crate) fn method_to_kernel(c: &helserett_method_case) -> Result<MethodCase, Failure> {
    let mut k = MethodCase::new(required_date(
        c.evaluation_date,
        FieldPath::of(&["evaluation_date"]),
    )?);
    k.id = caller_id(&c.id)?;
    k.declined = declined_of(kernel::fact::CaseKind::Method, &c.declined)?;
    k.set(
        Fact::MethodKind,
        choice(&c.method.kind, Fact::MethodKind, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::NyeMetoderStatus,
        choice(&c.method.nye_metoder_status, Fact::NyeMetoderStatus, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::MarketingAuthorisation,
        tri(
            &c.method.marketing_authorisation,
            Fact::MarketingAuthorisation,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::WithinApprovedIndication,
        tri(
            &c.method.within_approved_indication,
            Fact::WithinApprovedIndication,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::OnGroupPreApprovalList,
        tri(
            &c.method.on_group_pre_approval_list,
            Fact::OnGroupPreApprovalList,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::BluePrescriptionPossible,
        tri(
            &c.method.blue_prescription_possible,
            Fact::BluePrescriptionPossible,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::AlternativesTriedOrUnusable,
        tri(
            &c.method.alternatives_tried_or_unusable,
            Fact::AlternativesTriedOrUnusable,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::TrialTreatment,
        tri(&c.method.trial_treatment, Fact::TrialTreatment, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::MethodPatientScope,
        choice(&c.patient.scope, Fact::MethodPatientScope, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::SeriousLifeShorteningDisease,
        tri(
            &c.patient.serious_life_shortening_disease,
            Fact::SeriousLifeShorteningDisease,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::MethodRareCondition,
        tri(&c.patient.rare_condition, Fact::MethodRareCondition, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::OngoingTrialAvailable,
        tri(
            &c.trial.ongoing_trial_available,
            Fact::OngoingTrialAvailable,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::MeetsInclusionCriteria,
        tri(
            &c.trial.meets_inclusion_criteria,
            Fact::MeetsInclusionCriteria,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::NewTrialFeasible,
        tri(&c.trial.new_trial_feasible, Fact::NewTrialFeasible, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::ImpressRelevant,
        tri(&c.trial.impress_relevant, Fact::ImpressRelevant, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::PrudenceAssessment,
        tri(
            &c.assessment.prudence_assessment,
            Fact::PrudenceAssessment,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::TreatmentPlan,
        tri(&c.assessment.treatment_plan, Fact::TreatmentPlan, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::InformedConsent,
        tri(&c.assessment.informed_consent, Fact::InformedConsent, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::DiscussedWithCollegium,
        tri(
            &c.assessment.discussed_with_collegium,
            Fact::DiscussedWithCollegium,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::EkspertpaneletRecommendation,
        tri(
            &c.assessment.ekspertpanelet_recommendation,
            Fact::EkspertpaneletRecommendation,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::AnchoredWithLevel2Leader,
        tri(
            &c.assessment.anchored_with_level2_leader,
            Fact::AnchoredWithLevel2Leader,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::MedicalDirectorInvolved,
        tri(
            &c.assessment.medical_director_involved,
            Fact::MedicalDirectorInvolved,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::WebApplicationDown,
        tri(
            &c.assessment.web_application_down,
            Fact::WebApplicationDown,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::AdequateOfferInNorway,
        tri(
            &c.abroad.adequate_offer_in_norway,
            Fact::AdequateOfferInNorway,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::MoreEffectiveAbroadDocumented,
        tri(
            &c.abroad.more_effective_abroad_documented,
            Fact::MoreEffectiveAbroadDocumented,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::MethodPriorityPatient,
        tri(
            &c.abroad.priority_patient,
            Fact::MethodPriorityPatient,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::MethodHomeRegion,
        choice(&c.abroad.home_region, Fact::MethodHomeRegion, None)?,
    )
    .map_err(Failure::Kernel)?;
    Ok(k)
}

/// The kernel's method case in the C representation.
pub(crate) fn method_from_kernel(k: &MethodCase) -> helserett_method_case {
    let mut c = helserett_method_case::empty(c_date(Some(k.evaluation_date)));
    c.id = c_caller_id(k.id.as_ref());
    c.declined = k.declined.words();
    c.method.kind = c_choice(k.get(Fact::MethodKind));
    c.method.nye_metoder_status = c_choice(k.get(Fact::NyeMetoderStatus));
    c.method.marketing_authorisation = c_tri(k.get(Fact::MarketingAuthorisation));
    c.method.within_approved_indication = c_tri(k.get(Fact::WithinApprovedIndication));
    c.method.on_group_pre_approval_list = c_tri(k.get(Fact::OnGroupPreApprovalList));
    c.method.blue_prescription_possible = c_tri(k.get(Fact::BluePrescriptionPossible));
    c.method.alternatives_tried_or_unusable = c_tri(k.get(Fact::AlternativesTriedOrUnusable));
    c.method.trial_treatment = c_tri(k.get(Fact::TrialTreatment));
    c.patient.scope = c_choice(k.get(Fact::MethodPatientScope));
    c.patient.serious_life_shortening_disease = c_tri(k.get(Fact::SeriousLifeShorteningDisease));
    c.patient.rare_condition = c_tri(k.get(Fact::MethodRareCondition));
    c.trial.ongoing_trial_available = c_tri(k.get(Fact::OngoingTrialAvailable));
    c.trial.meets_inclusion_criteria = c_tri(k.get(Fact::MeetsInclusionCriteria));
    c.trial.new_trial_feasible = c_tri(k.get(Fact::NewTrialFeasible));
    c.trial.impress_relevant = c_tri(k.get(Fact::ImpressRelevant));
    c.assessment.prudence_assessment = c_tri(k.get(Fact::PrudenceAssessment));
    c.assessment.treatment_plan = c_tri(k.get(Fact::TreatmentPlan));
    c.assessment.informed_consent = c_tri(k.get(Fact::InformedConsent));
    c.assessment.discussed_with_collegium = c_tri(k.get(Fact::DiscussedWithCollegium));
    c.assessment.ekspertpanelet_recommendation = c_tri(k.get(Fact::EkspertpaneletRecommendation));
    c.assessment.anchored_with_level2_leader = c_tri(k.get(Fact::AnchoredWithLevel2Leader));
    c.assessment.medical_director_involved = c_tri(k.get(Fact::MedicalDirectorInvolved));
    c.assessment.web_application_down = c_tri(k.get(Fact::WebApplicationDown));
    c.abroad.adequate_offer_in_norway = c_tri(k.get(Fact::AdequateOfferInNorway));
    c.abroad.more_effective_abroad_documented = c_tri(k.get(Fact::MoreEffectiveAbroadDocumented));
    c.abroad.priority_patient = c_tri(k.get(Fact::MethodPriorityPatient));
    c.abroad.home_region = c_choice(k.get(Fact::MethodHomeRegion));
    c
}
