//! The inbound decision: what the patient is entitled to, who pays, what the hospital copies
//! at admission and attaches to the invoice, and what the desk does next (seed 002).

use crate::case::string_enum;
use crate::date::Date;
use crate::fact::{Missing, Question, Verdict};
use crate::ledger::{MAX_MISSING, MAX_REASONS};
use crate::params::{ParamEntry, MAX_PARAMS_USED};
use crate::reason::ReasonCode;
use heapless::Vec;

/// The most documents one list carries.
pub const MAX_DOCUMENTS: usize = 8;
/// The most next steps one decision carries.
pub const MAX_STEPS: usize = 12;

/// The inbound decision's JSON schema version.
pub const INBOUND_DECISION_SCHEMA: &str = "helserett.inbound_decision/5";

string_enum! {
    /// What the patient is entitled to during the stay.
    Scope {
        /// Care that becomes necessary during the stay, including what is needed to continue
        /// the stay safely; not planned treatment (IN-02).
        NecessaryCare = "necessary_care",
        /// Necessary care and planned treatment (IN-12, S1).
        NecessaryAndPlanned = "necessary_and_planned",
        /// Exactly the treatment an entitlement document describes, for its period (S2, S3).
        DocumentScope = "document_scope",
        /// Nothing: the patient pays or uses private insurance.
        None = "none",
        /// Not settled yet: the missing facts or parameters say what would settle it.
        Undetermined = "undetermined",
    }
}

string_enum! {
    /// Who pays the hospital.
    Payer {
        /// Folketrygden through Helfo, invoiced through Altinn (IN-14).
        Helfo = "helfo",
        /// Folketrygden through Helfo utland (outside the EU/EEA and Switzerland).
        HelfoUtland = "helfo_utland",
        /// The health trust itself (helseforetaket), for a member resident in Norway.
        HealthTrust = "health_trust",
        /// The patient (or the patient's private insurance).
        Patient = "patient",
        /// Not settled yet.
        Undetermined = "undetermined",
    }
}

string_enum! {
    /// What the patient pays.
    UserFee {
        /// The user fees of members of folketrygden.
        MemberFees = "member_fees",
        /// The full cost of the care.
        FullCost = "full_cost",
        /// Not settled yet.
        Undetermined = "undetermined",
    }
}

string_enum! {
    /// The category the invoice is marked with (IN-14): the ground the entitlement rests on.
    InvoiceCategory {
        /// Convention patient from another EU/EEA state or Switzerland, with an EHIC.
        EeaConventionPatient = "eea_convention_patient",
        /// Convention patient resident in the United Kingdom.
        UkConventionPatient = "uk_convention_patient",
        /// Resident of the Isle of Man or Jersey (passport and proof of residence).
        CrownDependencyPatient = "crown_dependency_patient",
        /// Convention patient from another Nordic country.
        NordicConventionPatient = "nordic_convention_patient",
        /// Convention patient from Australia.
        AustraliaConventionPatient = "australia_convention_patient",
        /// Convention patient from Québec.
        QuebecConventionPatient = "quebec_convention_patient",
        /// Norwegian pensioner resident in another EU/EEA state or Switzerland.
        NorwegianPensionerAbroad = "norwegian_pensioner_abroad",
        /// Voluntary member of folketrygden (folketrygdloven § 2-8).
        VoluntaryMember = "voluntary_member",
        /// Compulsory member of folketrygden.
        CompulsoryMember = "compulsory_member",
        /// Worker in Norway for an employer from another EU/EEA state or Switzerland, with
        /// S1/E106.
        ForeignEmployerS1 = "foreign_employer_s1",
        /// Holder of an S1 resident in Norway.
        S1Holder = "s1_holder",
        /// Holder of an S2 (E112).
        S2Holder = "s2_holder",
        /// Retired frontier worker with an S3.
        S3Holder = "s3_holder",
        /// Self-paying: no entitlement.
        SelfPaying = "self_paying",
    }
}

string_enum! {
    /// A document the hospital copies at admission or attaches to the invoice.
    DocumentKind {
        /// The European Health Insurance Card, copied at admission and signed and dated by
        /// the hospital (IN-14).
        EhicCopy = "ehic_copy",
        /// The Norwegian-issued EHIC (IN-12).
        NorwegianEhicCopy = "norwegian_ehic_copy",
        /// The Norwegian-issued EHIC with the yellow back (IN-11).
        NorwegianEhicYellowBackCopy = "norwegian_ehic_yellow_back_copy",
        /// The provisional replacement certificate (hasteblankett), in place of the EHIC.
        ProvisionalCertificate = "provisional_certificate",
        /// A passport or national identity card showing citizenship (IN-11).
        PassportOrNationalIdCopy = "passport_or_national_id_copy",
        /// A passport (IN-14's invoice list, IN-05, IN-10).
        PassportCopy = "passport_copy",
        /// Any identity document (Nordic patients, IN-07).
        IdentityDocumentCopy = "identity_document_copy",
        /// A passport or the Australian Medicare card (IN-09).
        PassportOrMedicareCopy = "passport_or_medicare_copy",
        /// Proof of residence (Isle of Man, Jersey; IN-05).
        ProofOfResidence = "proof_of_residence",
        /// The home address in the country of residence.
        HomeAddress = "home_address",
        /// NAV's decision on membership (IN-12).
        NavMembershipDecision = "nav_membership_decision",
        /// The S1 or E106.
        S1Copy = "s1_copy",
        /// The S2 or E112.
        S2Copy = "s2_copy",
        /// The S3.
        S3Copy = "s3_copy",
        /// The private travel insurance (IN-08).
        TravelInsurance = "travel_insurance",
        /// The completed invoice-basis form for convention patients (IN-14).
        InvoiceBasisForm = "invoice_basis_form",
    }
}

string_enum! {
    /// Whether the hospital has a document.
    DocumentStatus {
        /// Held (copied).
        Held = "held",
        /// Not held: to be requested.
        Missing = "missing",
        /// Not known yet.
        Unknown = "unknown",
        /// The hospital fills it in.
        ToPrepare = "to_prepare",
    }
}

string_enum! {
    /// Where the EHIC part of the case stands (IN-06).
    EhicState {
        /// Shown at admission.
        InOrder = "in_order",
        /// Not needed: the entitlement rests on something else, or there is none.
        NotNeeded = "not_needed",
        /// Missing: a provisional certificate is being requested.
        AwaitingCertificate = "awaiting_certificate",
        /// None by discharge: the patient is self-paying and is invoiced.
        SelfPaying = "self_paying",
        /// A valid certificate came after discharge: withdraw the patient's invoice and
        /// invoice Helfo with the certificate.
        CertificateAfterDischarge = "certificate_after_discharge",
        /// A provisional certificate is held in place of the card.
        CertificateHeld = "certificate_held",
        /// Not settled yet.
        Undetermined = "undetermined",
    }
}

string_enum! {
    /// A next step for the admission desk.
    StepKind {
        /// Ask the patient or next of kin for a provisional replacement certificate
        /// (hasteblankett) from the issuing country (IN-06).
        RequestProvisionalCertificate = "request_provisional_certificate",
        /// Ask Helfo for a provisional certificate for a Norwegian-issued EHIC (IN-06).
        RequestCertificateFromHelfo = "request_certificate_from_helfo",
        /// Invoice the patient (self-paying).
        InvoicePatient = "invoice_patient",
        /// If a valid certificate arrives later: withdraw the patient's invoice and invoice
        /// Helfo with the certificate attached (IN-06).
        WithdrawIfCertificateArrives = "withdraw_if_certificate_arrives",
        /// A valid certificate came after discharge: withdraw the patient's invoice and
        /// invoice Helfo with it attached (IN-06).
        WithdrawPatientInvoice = "withdraw_patient_invoice",
        /// Ask the patient for a copy of the passport (IN-06).
        RequestPassportCopy = "request_passport_copy",
        /// Ask the patient for a missing document.
        RequestDocument = "request_document",
        /// Ask Helfo to confirm that the patient holds S1/E106 (IN-12).
        ConfirmS1WithHelfo = "confirm_s1_with_helfo",
        /// Give the patient an itemised receipt of the care and its cost (IN-08).
        ItemisedReceipt = "itemised_receipt",
        /// The extra cost of transport home can be covered (IN-07).
        TransportHomeExtraCost = "transport_home_extra_cost",
        /// Use the identity number of the patient's country, not a Norwegian one (IN-07).
        UseForeignIdentityNumber = "use_foreign_identity_number",
        /// Agree the treatment with the patient in advance; the hospital decides (IN-03).
        AgreeTreatmentInAdvance = "agree_treatment_in_advance",
        /// Mark the invoice with the category and send it to Helfo through Altinn (IN-14).
        InvoiceHelfoThroughAltinn = "invoice_helfo_through_altinn",
        /// The health trust bears the cost itself (IN-12).
        HealthTrustPays = "health_trust_pays",
        /// NAV decides membership: refer the question to NAV (IN-15).
        AskNavAboutMembership = "ask_nav_about_membership",
    }
}

/// One document, with its status and the rule that asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct DocumentItem {
    /// Which document.
    pub document: DocumentKind,
    /// Whether the hospital has it.
    pub status: DocumentStatus,
    /// The rule that asks for it.
    pub rule: &'static str,
}

/// One step for the desk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Step {
    /// What to do.
    pub step: StepKind,
    /// The document it concerns, where it concerns one.
    pub document: Option<DocumentKind>,
    /// The rule behind it.
    pub rule: &'static str,
}

/// The inbound decision.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct InboundDecision<'p> {
    /// [`INBOUND_DECISION_SCHEMA`].
    pub schema: &'static str,
    /// The case's `id`, as the caller gave it (`None`: not given).
    pub id: Option<crate::case::CallerId>,
    /// The evaluation date (C-06).
    pub evaluation_date: Date,
    /// What the patient is entitled to.
    pub scope: Scope,
    /// Whether the care in question is covered: three-valued, plus discretion (C-07: the
    /// hospital decides; never shown as eligible).
    pub covered: Verdict,
    /// Who pays.
    pub payer: Payer,
    /// What the patient pays.
    pub user_fee: UserFee,
    /// The category to mark the invoice with, once the ground is known.
    pub invoice_category: Option<InvoiceCategory>,
    /// Where the EHIC part stands (IN-06).
    pub ehic_state: EhicState,
    /// The first and last day of the stay the entitlement document covers, when its validity
    /// covers only part of the stay (an S2, an EHIC or a provisional certificate: IN-13,
    /// revision 3); the days outside are not covered by it. `None`: the whole stay, or no
    /// document period to check.
    pub covered_from: Option<Date>,
    /// See `covered_from`.
    pub covered_until: Option<Date>,
    /// What the hospital copies at admission.
    pub admission_copies: Vec<DocumentItem, MAX_DOCUMENTS>,
    /// What goes with the invoice to Helfo (empty when Helfo is not invoiced).
    pub invoice_attachments: Vec<DocumentItem, MAX_DOCUMENTS>,
    /// What the desk does next, in order.
    pub steps: Vec<Step, MAX_STEPS>,
    /// Why, citing IN-* rules.
    pub reasons: Vec<ReasonCode, MAX_REASONS>,
    /// The facts and parameters that would settle what is open, most decisive first.
    pub missing: Vec<Missing, MAX_MISSING>,
    /// The dated parameters used, each with its validity and source.
    pub parameters: Vec<&'p ParamEntry<'p>, MAX_PARAMS_USED>,
    /// The next question (the first missing fact), or `None` when settled.
    pub next_question: Option<Question>,
    /// The facts the person answered "vet ikke" to (the case's `declined`): not asked again.
    /// Not in the JSON (the case has it).
    #[serde(skip)]
    pub declined: crate::fact::FactSet,
    /// What produced this decision: kernel, schemas, evaluation date, the table's hash.
    pub receipt: crate::receipt::Receipt,
}
