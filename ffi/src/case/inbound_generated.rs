//! GENERATED from the fact table (`kernel/src/fact/table.rs`, the inbound facts) by
//! `kernel/tests/generated.rs`: run `HELSERETT_REGEN=1 cargo test -p helserett --test
//! generated` after changing the table. Do not edit by hand.
//!
//! The fixed-size inbound case (a patient living abroad, on a temporary stay in a Norwegian hospital) filled field by field, and its translation to and
//! from the kernel's `InboundCase` through `InboundCase::set`/`get`.

#![allow(non_camel_case_types)]

use super::*;
use kernel::inbound::InboundCase;

/// The `stay` facts of a inbound case.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_inbound_stay {
    /// A date; all zero is unknown. On what date was the patient admitted, or first given care? (IN-01)
    pub admission_date: helserett_date,
    /// A date; all zero is unknown. On what date is or was the patient discharged? (IN-06)
    pub discharge_date: helserett_date,
    /// 0..=600, or `HELSERETT_UNKNOWN`. How many months in all does the patient intend to stay in Norway? (IN-01)
    pub intended_stay_months: i64,
}

/// The `patient` facts of a inbound case.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_inbound_patient {
    /// ISO 3166-1 alpha-2, NUL-terminated; `""` is unknown. In which country does the patient ordinarily live? (IN-02)
    pub residence_country: [c_char; 3],
    /// A `helserett_subdivision` (0: unknown). Does the patient live in Québec? (IN-10)
    pub residence_subdivision: u32,
    /// ISO 3166-1 alpha-2, NUL-terminated; `""` is unknown. What is the patient's citizenship? (IN-04)
    pub citizenship: [c_char; 3],
    /// ISO 3166-1 alpha-2, NUL-terminated; `""` is unknown. Does the patient hold a second citizenship? Which? (IN-04)
    pub second_citizenship: [c_char; 3],
    /// A `helserett_patient_category` (0: unknown). Which group does the patient belong to (tourist, student, worker, pensioner …)? For a dependant: the group of the person they accompany. (IN-11)
    pub category: u32,
    /// A `helserett_tristate`. Is the patient a dependant family member accompanying a person in this group? (IN-12)
    pub dependant: u32,
    /// A `helserett_membership` (0: unknown). Is the patient a member of folketrygden as NAV decided (none, voluntary, compulsory)? (IN-15)
    pub membership: u32,
    /// A `helserett_tristate`. Is the patient covered by the legislation of a Nordic country (insured there)? (IN-07)
    pub covered_by_nordic_legislation: u32,
}

/// The `care` facts of a inbound case.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_inbound_care {
    /// A `helserett_care_kind` (0: unknown). What care is needed: acute, for a chronic or known condition, planned, continued treatment under an S3, or oxygen/dialysis? (IN-02)
    pub kind: u32,
    /// A `helserett_tristate`. Did the patient and the hospital or department agree on the treatment in advance? (IN-03)
    pub prior_agreement: u32,
    /// A `helserett_tristate`. Does the patient need transport home? (IN-07)
    pub transport_home_needed: u32,
}

/// The `documents` facts of a inbound case.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_inbound_documents {
    /// A `helserett_tristate`. Did the patient show a valid European Health Insurance Card at admission? (IN-02)
    pub ehic: u32,
    /// ISO 3166-1 alpha-2, NUL-terminated; `""` is unknown. Which country issued the health insurance card (or the provisional certificate)? (IN-04)
    pub ehic_issuer: [c_char; 3],
    /// A `helserett_tristate`. Has the hospital received a provisional replacement certificate (hasteblankett)? (IN-06)
    pub provisional_certificate: u32,
    /// A date; all zero is unknown. On what date did the provisional certificate arrive? (IN-06)
    pub provisional_certificate_date: helserett_date,
    /// A date; all zero is unknown. From what date is the EHIC (or the provisional certificate) valid? (IN-13)
    pub ehic_valid_from: helserett_date,
    /// A date; all zero is unknown. Up to and including what date is the EHIC (or the provisional certificate) valid? (IN-13)
    pub ehic_valid_until: helserett_date,
    /// A `helserett_identity_document` (0: unknown). Which identity document was copied (passport, national ID card, other, none)? (IN-14)
    pub identity_document: u32,
    /// A `helserett_tristate`. Has the patient shown proof of residence? (IN-05)
    pub proof_of_residence: u32,
    /// A `helserett_tristate`. Has the patient given the home address in the country of residence? (IN-14)
    pub home_address: u32,
    /// A `helserett_tristate`. Does the patient hold an Australian Medicare card? (IN-09)
    pub medicare_card: u32,
    /// A `helserett_tristate`. Does the patient hold an S1 (or E106), shown or confirmed by Helfo? (IN-13)
    pub s1: u32,
    /// A `helserett_tristate`. Does the patient hold an S2 (or E112)? (IN-13)
    pub s2: u32,
    /// A `helserett_tristate`. Does the S2 describe and guarantee payment for this very treatment? (IN-13)
    pub s2_covers_this_care: u32,
    /// A date; all zero is unknown. From what date is the S2 valid? (IN-13)
    pub s2_valid_from: helserett_date,
    /// A date; all zero is unknown. Up to and including what date is the S2 valid? (IN-13)
    pub s2_valid_until: helserett_date,
    /// A `helserett_tristate`. Does the patient hold an S3? (IN-13)
    pub s3: u32,
    /// A `helserett_tristate`. Does the patient hold NAV's decision on membership of folketrygden? (IN-12)
    pub nav_decision: u32,
    /// A `helserett_tristate`. Does the patient hold private travel insurance? (IN-08)
    pub travel_insurance: u32,
}

/// One inbound case (a patient living abroad, on a temporary stay in a Norwegian hospital), filled field by field: the `inbound` member of a
/// `helserett_case` (start from `helserett_case_init`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct helserett_inbound_case {
    /// The day the case is decided on (required).
    pub evaluation_date: helserett_date,
    /// The caller's identifier, NUL-terminated UTF-8 (empty: none), echoed into the decision.
    pub id: [c_char; HELSERETT_ID_CAPACITY],
    /// The facts the person said they do not know: bit `n % 32` of word `n / 32` for
    /// `HELSERETT_FACT_*` number `n` ("vet ikke" through `helserett_case_answer`).
    pub declined: [u32; 4],
    /// The `stay` facts.
    pub stay: helserett_inbound_stay,
    /// The `patient` facts.
    pub patient: helserett_inbound_patient,
    /// The `care` facts.
    pub care: helserett_inbound_care,
    /// The `documents` facts.
    pub documents: helserett_inbound_documents,
}

impl helserett_inbound_case {
    /// The empty inbound case on `evaluation_date`: every fact unknown.
    pub fn empty(evaluation_date: helserett_date) -> helserett_inbound_case {
        helserett_inbound_case {
            evaluation_date,
            id: [0; HELSERETT_ID_CAPACITY],
            declined: [0; 4],
            stay: helserett_inbound_stay {
                admission_date: helserett_date::ZERO,
                discharge_date: helserett_date::ZERO,
                intended_stay_months: HELSERETT_UNKNOWN,
            },
            patient: helserett_inbound_patient {
                residence_country: [0; 3],
                residence_subdivision: 0,
                citizenship: [0; 3],
                second_citizenship: [0; 3],
                category: 0,
                dependant: 0,
                membership: 0,
                covered_by_nordic_legislation: 0,
            },
            care: helserett_inbound_care {
                kind: 0,
                prior_agreement: 0,
                transport_home_needed: 0,
            },
            documents: helserett_inbound_documents {
                ehic: 0,
                ehic_issuer: [0; 3],
                provisional_certificate: 0,
                provisional_certificate_date: helserett_date::ZERO,
                ehic_valid_from: helserett_date::ZERO,
                ehic_valid_until: helserett_date::ZERO,
                identity_document: 0,
                proof_of_residence: 0,
                home_address: 0,
                medicare_card: 0,
                s1: 0,
                s2: 0,
                s2_covers_this_care: 0,
                s2_valid_from: helserett_date::ZERO,
                s2_valid_until: helserett_date::ZERO,
                s3: 0,
                nav_decision: 0,
                travel_insurance: 0,
            },
        }
    }
}

/// Translates the C inbound case into the kernel's: every value goes through `InboundCase::set`.
pub(crate) fn inbound_to_kernel(c: &helserett_inbound_case) -> Result<InboundCase, Failure> {
    let mut k = InboundCase::new(required_date(
        c.evaluation_date,
        FieldPath::of(&["evaluation_date"]),
    )?);
    k.id = caller_id(&c.id)?;
    k.declined = declined_of(kernel::fact::CaseKind::Inbound, &c.declined)?;
    k.set(
        Fact::AdmissionDate,
        date(&c.stay.admission_date, Fact::AdmissionDate, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::DischargeDate,
        date(&c.stay.discharge_date, Fact::DischargeDate, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::IntendedStayMonths,
        number(&c.stay.intended_stay_months, Fact::IntendedStayMonths, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::StayResidenceCountry,
        country(
            &c.patient.residence_country,
            Fact::StayResidenceCountry,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::ResidenceSubdivision,
        choice(
            &c.patient.residence_subdivision,
            Fact::ResidenceSubdivision,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::Citizenship,
        country(&c.patient.citizenship, Fact::Citizenship, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::SecondCitizenship,
        country(&c.patient.second_citizenship, Fact::SecondCitizenship, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::PatientCategory,
        choice(&c.patient.category, Fact::PatientCategory, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::Dependant,
        tri(&c.patient.dependant, Fact::Dependant, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::Membership,
        choice(&c.patient.membership, Fact::Membership, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::CoveredByNordicLegislation,
        tri(
            &c.patient.covered_by_nordic_legislation,
            Fact::CoveredByNordicLegislation,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(Fact::CareKind, choice(&c.care.kind, Fact::CareKind, None)?)
        .map_err(Failure::Kernel)?;
    k.set(
        Fact::PriorAgreement,
        tri(&c.care.prior_agreement, Fact::PriorAgreement, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::TransportHomeNeeded,
        tri(
            &c.care.transport_home_needed,
            Fact::TransportHomeNeeded,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::EhicHeld,
        tri(&c.documents.ehic, Fact::EhicHeld, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::EhicIssuer,
        country(&c.documents.ehic_issuer, Fact::EhicIssuer, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::ProvisionalCertificate,
        tri(
            &c.documents.provisional_certificate,
            Fact::ProvisionalCertificate,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::ProvisionalCertificateDate,
        date(
            &c.documents.provisional_certificate_date,
            Fact::ProvisionalCertificateDate,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::EhicValidFrom,
        date(&c.documents.ehic_valid_from, Fact::EhicValidFrom, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::EhicValidUntil,
        date(&c.documents.ehic_valid_until, Fact::EhicValidUntil, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::IdentityDocument,
        choice(&c.documents.identity_document, Fact::IdentityDocument, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::ProofOfResidence,
        tri(
            &c.documents.proof_of_residence,
            Fact::ProofOfResidence,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::HomeAddress,
        tri(&c.documents.home_address, Fact::HomeAddress, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::MedicareCard,
        tri(&c.documents.medicare_card, Fact::MedicareCard, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::HoldsS1E106,
        tri(&c.documents.s1, Fact::HoldsS1E106, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(Fact::HoldsS2, tri(&c.documents.s2, Fact::HoldsS2, None)?)
        .map_err(Failure::Kernel)?;
    k.set(
        Fact::S2CoversThisCare,
        tri(
            &c.documents.s2_covers_this_care,
            Fact::S2CoversThisCare,
            None,
        )?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::S2ValidFrom,
        date(&c.documents.s2_valid_from, Fact::S2ValidFrom, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::S2ValidUntil,
        date(&c.documents.s2_valid_until, Fact::S2ValidUntil, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(Fact::HoldsS3, tri(&c.documents.s3, Fact::HoldsS3, None)?)
        .map_err(Failure::Kernel)?;
    k.set(
        Fact::NavDecision,
        tri(&c.documents.nav_decision, Fact::NavDecision, None)?,
    )
    .map_err(Failure::Kernel)?;
    k.set(
        Fact::TravelInsurance,
        tri(&c.documents.travel_insurance, Fact::TravelInsurance, None)?,
    )
    .map_err(Failure::Kernel)?;
    Ok(k)
}

/// The kernel's inbound case in the C representation.
pub(crate) fn inbound_from_kernel(k: &InboundCase) -> helserett_inbound_case {
    let mut c = helserett_inbound_case::empty(c_date(Some(k.evaluation_date)));
    c.id = c_caller_id(k.id.as_ref());
    c.declined = k.declined.words();
    c.stay.admission_date = c_date_value(k.get(Fact::AdmissionDate));
    c.stay.discharge_date = c_date_value(k.get(Fact::DischargeDate));
    c.stay.intended_stay_months = c_number(k.get(Fact::IntendedStayMonths));
    c.patient.residence_country = c_country(k.get(Fact::StayResidenceCountry));
    c.patient.residence_subdivision = c_choice(k.get(Fact::ResidenceSubdivision));
    c.patient.citizenship = c_country(k.get(Fact::Citizenship));
    c.patient.second_citizenship = c_country(k.get(Fact::SecondCitizenship));
    c.patient.category = c_choice(k.get(Fact::PatientCategory));
    c.patient.dependant = c_tri(k.get(Fact::Dependant));
    c.patient.membership = c_choice(k.get(Fact::Membership));
    c.patient.covered_by_nordic_legislation = c_tri(k.get(Fact::CoveredByNordicLegislation));
    c.care.kind = c_choice(k.get(Fact::CareKind));
    c.care.prior_agreement = c_tri(k.get(Fact::PriorAgreement));
    c.care.transport_home_needed = c_tri(k.get(Fact::TransportHomeNeeded));
    c.documents.ehic = c_tri(k.get(Fact::EhicHeld));
    c.documents.ehic_issuer = c_country(k.get(Fact::EhicIssuer));
    c.documents.provisional_certificate = c_tri(k.get(Fact::ProvisionalCertificate));
    c.documents.provisional_certificate_date =
        c_date_value(k.get(Fact::ProvisionalCertificateDate));
    c.documents.ehic_valid_from = c_date_value(k.get(Fact::EhicValidFrom));
    c.documents.ehic_valid_until = c_date_value(k.get(Fact::EhicValidUntil));
    c.documents.identity_document = c_choice(k.get(Fact::IdentityDocument));
    c.documents.proof_of_residence = c_tri(k.get(Fact::ProofOfResidence));
    c.documents.home_address = c_tri(k.get(Fact::HomeAddress));
    c.documents.medicare_card = c_tri(k.get(Fact::MedicareCard));
    c.documents.s1 = c_tri(k.get(Fact::HoldsS1E106));
    c.documents.s2 = c_tri(k.get(Fact::HoldsS2));
    c.documents.s2_covers_this_care = c_tri(k.get(Fact::S2CoversThisCare));
    c.documents.s2_valid_from = c_date_value(k.get(Fact::S2ValidFrom));
    c.documents.s2_valid_until = c_date_value(k.get(Fact::S2ValidUntil));
    c.documents.s3 = c_tri(k.get(Fact::HoldsS3));
    c.documents.nav_decision = c_tri(k.get(Fact::NavDecision));
    c.documents.travel_insurance = c_tri(k.get(Fact::TravelInsurance));
    c
}
