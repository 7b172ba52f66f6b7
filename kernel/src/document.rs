//! Document checklists (EEA-16 for prior notification, EEA-17 and EEA-18 for a refund claim).

use crate::reason::Lang;

// Every document's rule fits the decision schemas' bound (`reason::MAX_RULE_ID`).
const _: () = {
    let mut i = 0;
    while i < DocumentCode::ALL.len() {
        assert!(DocumentCode::ALL[i].rule().len() <= crate::reason::MAX_RULE_ID);
        i += 1;
    }
};

macro_rules! documents {
    ($($variant:ident = $num:literal, $code:literal, $rule:literal, nb: $nb:literal, en: $en:literal;)*) => {
        /// A document to send with an application or claim.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "defmt", derive(defmt::Format))]
        #[non_exhaustive]
        #[repr(u16)]
        pub enum DocumentCode {
            $(#[doc = $en] $variant = $num,)*
        }

        impl DocumentCode {
            /// Every code, in table order.
            pub const ALL: &'static [DocumentCode] = &[$(DocumentCode::$variant),*];

            /// The stable code string.
            pub const fn code(self) -> &'static str {
                match self { $(DocumentCode::$variant => $code,)* }
            }

            /// The rule ID in RULES.md.
            pub const fn rule(self) -> &'static str {
                match self { $(DocumentCode::$variant => $rule,)* }
            }

            /// The text in the given language.
            pub const fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (DocumentCode::$variant, Lang::Nb) => $nb,
                        (DocumentCode::$variant, Lang::En) => $en,
                    )*
                }
            }

            /// The stable number (for the C ABI).
            pub const fn number(self) -> u16 {
                self as u16
            }

            /// The code with this number.
            pub fn from_number(n: u16) -> Option<DocumentCode> {
                DocumentCode::ALL.iter().copied().find(|c| c.number() == n)
            }
        }
    };
}

documents! {
    PnEntitlementLetter = 1, "PN_ENTITLEMENT_LETTER", "EEA-16",
        nb: "Brev fra spesialisthelsetjenesten om at du har rett til nødvendig helsehjelp",
        en: "Letter from the specialist service that you are entitled to necessary care";
    PnFormalOffer = 2, "PN_FORMAL_OFFER", "EEA-16",
        nb: "Bekreftelse på formelt behandlingstilbud i utlandet, med behandling og antatt kostnad",
        en: "Confirmation of a formal offer of treatment abroad, with the treatment and its estimated cost";
    PnProviderLicence = 3, "PN_PROVIDER_LICENCE", "EEA-16",
        nb: "Kopi av behandlerens autorisasjon og spesialistgodkjenning i behandlingslandet (behandling utenfor sykehus)",
        en: "Copy of the provider's licence and specialist authorisation in the treatment country (treatment outside a hospital)";
    PnSpecialistAssessment = 4, "PN_SPECIALIST_ASSESSMENT", "EEA-16",
        nb: "Kopi av spesialistens vurdering fra spesialisthelsetjenesten i Norge",
        en: "Copy of the Norwegian specialist's assessment";
    ReferralNorwegian = 11, "REFERRAL_NORWEGIAN", "EEA-17",
        nb: "Kopi av henvisning fra helsepersonell i Norge",
        en: "Copy of the referral from a health professional practising in Norway";
    ReferralTreatmentCountry = 12, "REFERRAL_TREATMENT_COUNTRY", "EEA-17",
        nb: "Kopi av henvisning fra helsepersonell i behandlingslandet",
        en: "Copy of the referral from a health professional in the treatment country";
    ConsultationDocumentation = 13, "CONSULTATION_DOCUMENTATION", "EEA-17",
        nb: "Dokumentasjon på at tilsvarende helsepersonell ble konsultert før behandlingen",
        en: "Documentation that a comparable professional was consulted before treatment";
    EmergencyDischargeSummary = 14, "EMERGENCY_DISCHARGE_SUMMARY", "EEA-17",
        nb: "Epikrise som viser at det var øyeblikkelig hjelp",
        en: "Discharge summary proving the care was an emergency";
    OngoingTreatmentDocuments = 15, "ONGOING_TREATMENT_DOCUMENTS", "EEA-17",
        nb: "Dokumenter fra pågående behandlingsforløp i Norge som viser behov for videre behandling",
        en: "Documents from the ongoing course of treatment in Norway showing the need for further treatment";
    DischargeSummaryAbroad = 16, "DISCHARGE_SUMMARY_ABROAD", "EEA-17",
        nb: "Journal eller epikrise fra behandlingen i utlandet",
        en: "Summary care record or discharge summary from abroad";
    ItemisedInvoice = 17, "ITEMISED_INVOICE", "EEA-17",
        nb: "Original spesifisert faktura med pris per behandling",
        en: "Original itemised invoice with the price per treatment";
    ProofOfPayment = 18, "PROOF_OF_PAYMENT", "EEA-17",
        nb: "Original kvittering eller annen betalingsdokumentasjon, for eksempel kontoutskrift",
        en: "Original receipt or other proof of payment, for example a bank statement";
    SpecialistAssessment = 19, "SPECIALIST_ASSESSMENT", "EEA-17",
        nb: "Kopi av vurdering fra spesialisthelsetjenesten i Norge",
        en: "Copy of the Norwegian specialist service's assessment";
    EntitlementOrAppointmentLetter = 20, "ENTITLEMENT_OR_APPOINTMENT_LETTER", "EEA-17",
        nb: "Brev om rett til helsehjelp eller innkallingsbrev",
        en: "Letter of entitlement or appointment letter";
    OccupationalInjuryDecision = 21, "OCCUPATIONAL_INJURY_DECISION", "EEA-17",
        nb: "Kopi av vedtak om yrkesskade",
        en: "Copy of the decision on the occupational injury";
    OtherRelevant = 22, "OTHER_RELEVANT", "EEA-17",
        nb: "Annen dokumentasjon du mener er relevant",
        en: "Other documents you find relevant";
    TravelClaimForm = 23, "TRAVEL_CLAIM_FORM", "EEA-13",
        nb: "Reiseregningsskjema med reisedokumentene",
        en: "Travel claim form (reiseregningsskjema) with the travel documents";
    TranslationWithOriginal = 24, "TRANSLATION_WITH_ORIGINAL", "EEA-18",
        nb: "Oversettelse til norsk, dansk, svensk eller engelsk, sendt sammen med originalen",
        en: "Translation into Norwegian, Danish, Swedish or English, sent with the original";
}

crate::case::string_enum! {
    /// How firmly a document is required.
    Requirement {
        /// Always, or the case shows it is relevant.
        Required = "required",
        /// Required if a fact the case does not state yet turns out to hold.
        IfApplicable = "if_applicable",
        /// Up to the patient (EEA-17: "other documents the patient finds relevant").
        Optional = "optional",
        /// Only if Helfo asks for it (EEA-18: a translation Helfo may request).
        OnRequest = "on_request",
    }
}

/// One line of a checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct DocumentItem {
    /// Which document.
    pub document: DocumentCode,
    /// How firmly.
    pub requirement: Requirement,
}

impl serde::Serialize for DocumentItem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Document", 3)?;
        st.serialize_field("code", &crate::name::Name(self.document.code()))?;
        st.serialize_field("rule", &crate::name::Name(self.document.rule()))?;
        st.serialize_field("requirement", &self.requirement)?;
        st.end()
    }
}
