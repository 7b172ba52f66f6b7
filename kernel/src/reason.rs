//! Reason codes (C-05): every outcome says why, citing a rule ID from RULES.md and, where the
//! source names one, the law; each code has a short text in Norwegian bokmål and in English.
//!
//! Codes are stable strings (`EEA_RATE_IN_FORCE`); numbers are never reused. The table is data
//! in one place so that the C ABI and Python read the very same texts.

use core::fmt;

pub use crate::text::Lang;

/// The longest rule ID the kernel cites (`OTHER-01`): what a decision's `rule` fields hold at
/// most, a bound its schemas state so that the longest decision JSON is known
/// (`json::MAX_DECISION_JSON`, issue 29). Each table of rules asserts it at compile time; the
/// rules a decision names outside the tables (a missing parameter's, an inbound document's or
/// step's) are checked where they are stored.
pub const MAX_RULE_ID: usize = 8;

const _: () = {
    let mut i = 0;
    while i < ReasonCode::ALL.len() {
        assert!(ReasonCode::ALL[i].rule().len() <= MAX_RULE_ID);
        i += 1;
    }
};

const EEA_REG: &str =
    "forskrift 22. november 2010 om stønad til helsetjeneste mottatt i et annet EØS-land";
const EEA_REG_TRAVEL: &str = "forskrift 22. november 2010 om stønad til helsetjeneste mottatt i et annet EØS-land; pasientreiseforskriften";
/// For Norway the UK's transition end rests on the EEA EFTA Separation Agreement (the EU-UK
/// Withdrawal Agreement art. 126 is the EU's instrument).
const WITHDRAWAL: &str = "EEA EFTA Separation Agreement (UK transition period)";
const EHIC: &str = "EU regulation 883/2004 (European Health Insurance Card)";
const FTRL_5_3: &str = "folketrygdloven § 5-3 (egenandelstak)";
const NONE: &str = "";
const PBRL_2_4A: &str =
    "pasient- og brukerrettighetsloven § 2-4 a andre ledd; prioriteringsforskriften § 3";
const TRIPS: &str = "forskrift 16. juni 2017 om behandlingsreiser til utlandet";
const FTRL_5_24: &str = "folketrygdloven § 5-24";

const SHTL: &str = "spesialisthelsetjenesteloven § 5-3; rundskriv I-3/2017";
const REG_883: &str = "EU regulation 883/2004; spesialisthelsetjenesteloven § 5-3";
const NORDIC_CONV: &str = "Nordic convention on social security (2012) art. 7";
const AUSTRALIA: &str =
    "agreement on social security between Norway and Australia; spesialisthelsetjenesteloven § 5-3";
const UK_1990: &str =
    "Norway-UK convention on social security of 19 June 1990, protocol on medical treatment";
const UK_2023: &str =
    "convention of 30 June 2023 (Iceland, Liechtenstein, Norway, UK); folketrygdloven § 1-3 b";
const FTRL_2_8: &str = "folketrygdloven § 2-8; spesialisthelsetjenesteloven § 5-3";
const NYE_METODER: &str =
    "spesialisthelsetjenesteloven § 4-4 (Nye metoder); Helse Bergen HF procedure 1.2.2.5";
const BLUE: &str = "blåreseptforskriften § 3";
const TRIALS: &str =
    "Nasjonal veileder for utprøvende behandling; Helse Bergen HF procedure 1.2.2.5";
const HB: &str = "Helse Bergen HF procedure 1.2.2.5";
const FTRL_CH2: &str = "folketrygdloven kapittel 2; spesialisthelsetjenesteloven § 5-3";

macro_rules! reasons {
    ($($variant:ident = $num:literal, $code:literal, $rule:literal, $cite:expr,
        nb: $nb:literal, en: $en:literal;)*) => {
        /// Why an outcome is what it is. Each code cites one rule ID of RULES.md.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "defmt", derive(defmt::Format))]
        #[non_exhaustive]
        #[repr(u16)]
        pub enum ReasonCode {
            $(
                #[doc = $en]
                $variant = $num,
            )*
        }

        impl ReasonCode {
            /// Every code, in table order.
            pub const ALL: &'static [ReasonCode] = &[$(ReasonCode::$variant),*];

            /// The stable code string, for example `EEA_RATE_IN_FORCE`.
            pub const fn code(self) -> &'static str {
                match self { $(ReasonCode::$variant => $code,)* }
            }

            /// The rule ID in RULES.md, for example `EEA-08`.
            pub const fn rule(self) -> &'static str {
                match self { $(ReasonCode::$variant => $rule,)* }
            }

            /// The law or regulation the source names, or `""` where it names none.
            pub const fn citation(self) -> &'static str {
                match self { $(ReasonCode::$variant => $cite,)* }
            }

            /// The short text in the given language.
            pub const fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (ReasonCode::$variant, Lang::Nb) => $nb,
                        (ReasonCode::$variant, Lang::En) => $en,
                    )*
                }
            }

            /// The stable number (for the C ABI).
            pub const fn number(self) -> u16 {
                self as u16
            }

            /// The code with this number.
            pub fn from_number(n: u16) -> Option<ReasonCode> {
                ReasonCode::ALL.iter().copied().find(|c| c.number() == n)
            }

            /// The code with this string.
            pub fn from_code(s: &str) -> Option<ReasonCode> {
                ReasonCode::ALL.iter().copied().find(|c| c.code() == s)
            }
        }
    };
}

reasons! {
    EeaMember = 101, "EEA_MEMBER", "EEA-01", EEA_REG,
        nb: "Pasienten er medlem av folketrygden.",
        en: "The patient is a member of the Norwegian National Insurance Scheme.";
    EeaNotMember = 102, "EEA_NOT_MEMBER", "EEA-01", EEA_REG,
        nb: "Ordningen gjelder bare medlemmer av folketrygden.",
        en: "The scheme applies only to members of the National Insurance Scheme.";
    EeaCountryInScheme = 111, "EEA_COUNTRY_IN_SCHEME", "EEA-02", EEA_REG,
        nb: "Behandlingslandet er et annet EU/EØS-land enn Norge.",
        en: "The treatment country is an EU/EEA state other than Norway.";
    EeaCountryNorway = 112, "EEA_COUNTRY_NORWAY", "EEA-02", EEA_REG,
        nb: "Behandling i Norge er ikke behandling i et annet EØS-land.",
        en: "Treatment in Norway is not treatment in another EEA state.";
    EeaSwitzerlandEhic = 113, "EEA_SWITZERLAND_EHIC", "EEA-02", EHIC,
        nb: "Ordningen gjelder ikke i Sveits; der dekkes helsehjelp i det offentlige etter reglene for Europeisk helsetrygdkort.",
        en: "The scheme does not apply in Switzerland; public care there is covered under the European Health Insurance Card rules.";
    EeaCountryOutsideEea = 114, "EEA_COUNTRY_OUTSIDE_EEA", "EEA-02", EEA_REG,
        nb: "Behandlingslandet er ikke et EU/EØS-land.",
        en: "The treatment country is not an EU/EEA state.";
    EeaUkBeforeBrexit = 115, "EEA_UK_BEFORE_BREXIT", "G-04", WITHDRAWAL,
        nb: "Storbritannia regnes som EU-land for behandling til og med 31. desember 2020 (overgangsperioden).",
        en: "The United Kingdom counts as an EU state for treatment up to 31 December 2020 (transition period).";
    EeaUkAfterBrexit = 116, "EEA_UK_AFTER_BREXIT", "G-04", WITHDRAWAL,
        nb: "Storbritannia er ikke lenger med i ordningen etter overgangsperioden (fra 1. januar 2021).",
        en: "The United Kingdom is no longer in the scheme after the transition period (from 1 January 2021).";
    EeaResidentInTreatmentCountry = 121, "EEA_RESIDENT_IN_TREATMENT_COUNTRY", "EEA-03", EEA_REG,
        nb: "Det gis ikke stønad for behandling i det EU/EØS-landet pasienten er bosatt i.",
        en: "No refund for treatment in the EU/EEA state where the patient is ordinarily resident.";
    EeaNotResidentInTreatmentCountry = 122, "EEA_NOT_RESIDENT_IN_TREATMENT_COUNTRY", "EEA-03", EEA_REG,
        nb: "Pasienten er ikke bosatt i behandlingslandet.",
        en: "The patient is not resident in the treatment country.";
    EeaS1Holder = 131, "EEA_S1_HOLDER", "EEA-04", EEA_REG,
        nb: "Pasienten har S1 for behandlingslandet og må kontakte trygdemyndighetene der.",
        en: "The patient holds an S1 for the treatment country and must contact its social security authorities.";
    EeaNoS1 = 132, "EEA_NO_S1", "EEA-04", EEA_REG,
        nb: "Pasienten har ikke S1 for behandlingslandet.",
        en: "The patient holds no S1 for the treatment country.";
    EeaPlannedOrDuringStay = 141, "EEA_PLANNED_OR_DURING_STAY", "EEA-05", EEA_REG,
        nb: "Ordningen gjelder både planlagt behandling og behov som oppstår under opphold i landet.",
        en: "The scheme covers both planned treatment and a need that arose during a stay.";
    EeaReferralNorwegian = 151, "EEA_REFERRAL_NORWEGIAN", "EEA-06", EEA_REG,
        nb: "Planlagt behandling med henvisning fra helsepersonell i Norge.",
        en: "Planned care with a referral from a health professional practising in Norway.";
    EeaReferralTreatmentCountry = 152, "EEA_REFERRAL_TREATMENT_COUNTRY", "EEA-06", EEA_REG,
        nb: "Behovet oppstod i utlandet; henvisning fra tilsvarende helsepersonell i behandlingslandet.",
        en: "The need arose abroad; referral from a comparable professional in the treatment country.";
    EeaReferralConsultationDocumented = 153, "EEA_REFERRAL_CONSULTATION_DOCUMENTED", "EEA-06", EEA_REG,
        nb: "Behandlingslandet har ikke henvisningsordning; det er dokumentert at tilsvarende helsepersonell ble konsultert først.",
        en: "The treatment country has no referral system; a prior consultation with a comparable professional is documented.";
    EeaReferralOngoingCourse = 154, "EEA_REFERRAL_ONGOING_COURSE", "EEA-06", EEA_REG,
        nb: "Ingen henvisning, men pågående behandlingsforløp i spesialisthelsetjenesten i Norge som viser behov for videre behandling.",
        en: "No referral, but an ongoing course of treatment in the Norwegian specialist service showing the need for further treatment.";
    EeaUrgentNoReferral = 155, "EEA_URGENT_NO_REFERRAL", "EEA-06", EEA_REG,
        nb: "Øyeblikkelig hjelp krever ikke henvisning.",
        en: "Urgent care needs no referral.";
    EeaReferralMissing = 156, "EEA_REFERRAL_MISSING", "EEA-06", EEA_REG,
        nb: "Henvisningen ordningen krever for denne typen behov mangler.",
        en: "The referral the scheme requires for this kind of need is missing.";
    EeaComparableCare = 161, "EEA_COMPARABLE_CARE", "EEA-07", EEA_REG,
        nb: "Helsehjelpen tilsvarer det den offentlige spesialisthelsetjenesten i Norge ville gitt.",
        en: "The care is equal or comparable to what the Norwegian public specialist service would give.";
    EeaNotComparableCare = 162, "EEA_NOT_COMPARABLE_CARE", "EEA-07", EEA_REG,
        nb: "Det gis ikke refusjon for annen eller mer omfattende helsehjelp enn den norske spesialisthelsetjenesten tilbyr.",
        en: "No refund for other or more extensive care than the Norwegian specialist service offers.";
    EeaComparableByPriorNotification = 163, "EEA_COMPARABLE_BY_PRIOR_NOTIFICATION", "EEA-07", EEA_REG,
        nb: "Helfo tok stilling til om behandlingen tilsvarer norsk offentlig behandling da forhåndstilsagnet ble innvilget; tilsagnet er bindende for helsehjelpen det beskriver.",
        en: "Helfo judged whether the treatment is comparable to Norwegian public care when it granted the prior notification; the grant is binding for the care it describes.";
    EeaRateInForce = 171, "EEA_RATE_IN_FORCE", "EEA-08", EEA_REG,
        nb: "Refusjonen er satsen på behandlingsdatoen ganger antatt kostnad i Norge (80 % før 2. oktober 2023, 100 % fra den datoen).",
        en: "The refund is the rate in force on the treatment date times the estimated Norwegian cost (80 % before 2 October 2023, 100 % from then).";
    EeaLowerOfCandidates = 172, "EEA_LOWER_OF_CANDIDATES", "EEA-08", EEA_REG,
        nb: "Refusjonen er det laveste av faktiske utgifter og satsbeløpet (og et eventuelt forhåndstilsagn).",
        en: "The refund is the lowest of the actual expenses and the rate amount (and any prior-notification maximum).";
    EeaRateChangesWithinCase = 173, "EEA_RATE_CHANGES_WITHIN_CASE", "EEA-08", EEA_REG,
        nb: "Behandlingsdatoene har ulike satser; kravet må deles per behandlingsdato.",
        en: "The treatment dates fall under different rates; the claim must be split per treatment date.";
    AssumptionDrgPoints = 174, "ASSUMPTION_DRG_POINTS", "EEA-08", NONE,
        nb: "Antakelse: antatt kostnad i Norge er DRG-poeng ganger enhetsprisen på behandlingsdatoen.",
        en: "Assumption: the estimated Norwegian cost is DRG points times the unit price on the treatment date.";
    EeaSurchargesRemoved = 181, "EEA_SURCHARGES_REMOVED", "EEA-09", EEA_REG,
        nb: "Tillegg for privatpasienter (ekstra legehonorar, bedre rom o.l.) dekkes ikke og er trukket fra utgiftene.",
        en: "Private-patient surcharges (extra doctors' fees, room upgrades and the like) are not covered and were removed from the expenses.";
    EeaPriorNotificationAvailable = 191, "EEA_PRIOR_NOTIFICATION_AVAILABLE", "EEA-10", EEA_REG,
        nb: "Forhåndstilsagn er frivillig og kan søkes: pasienten er rettighetspasient og har et formelt behandlingstilbud.",
        en: "Prior notification is voluntary and may be applied for: the patient is a priority patient with a formal offer of treatment.";
    EeaPriorNotificationNotPriorityPatient = 192, "EEA_PRIOR_NOTIFICATION_NOT_PRIORITY_PATIENT", "EEA-10", EEA_REG,
        nb: "Forhåndstilsagn gis bare til rettighetspasienter.",
        en: "Prior notification is granted only to priority patients.";
    EeaPriorNotificationNeedsOffer = 193, "EEA_PRIOR_NOTIFICATION_NEEDS_OFFER", "EEA-10", EEA_REG,
        nb: "Søknad om forhåndstilsagn krever et formelt skriftlig behandlingstilbud med behandling og antatt kostnad.",
        en: "An application for prior notification needs a formal written offer showing the treatment and its anticipated cost.";
    EeaPriorNotificationOnlyPlanned = 194, "EEA_PRIOR_NOTIFICATION_ONLY_PLANNED", "EEA-10", EEA_REG,
        nb: "Forhåndstilsagn søkes før planlagt behandling; det er ikke aktuelt når behovet oppstod under opphold.",
        en: "Prior notification is applied for before planned care; it does not apply to a need that arose during a stay.";
    EeaPriorNotificationBeforeCare = 196, "EEA_PRIOR_NOTIFICATION_BEFORE_CARE", "C-08", EEA_REG,
        nb: "Forhåndstilsagn søkes før behandlingen; for behandling som alt er gitt, kan det ikke søkes.",
        en: "Prior notification is applied for before the treatment; it cannot be applied for once the care has been given.";
    EeaPriorNotificationCap = 195, "EEA_PRIOR_NOTIFICATION_CAP", "EEA-10", EEA_REG,
        nb: "Forhåndstilsagnet er bindende for Helfo, gjelder bare helsehjelpen det nevner, og setter et tak for refusjonen.",
        en: "The prior notification binds Helfo, covers only the care it names, and caps the refund.";
    EeaStagedGuarantee = 201, "EEA_STAGED_GUARANTEE", "EEA-11", EEA_REG,
        nb: "Forhåndstilsagnet er gitt i stadier: bare de innvilgede stadiene er garantert.",
        en: "The prior notification is staged: only the granted stages are guaranteed.";
    EeaExtraCareJudgedAfterwards = 202, "EEA_EXTRA_CARE_JUDGED_AFTERWARDS", "EEA-11", EEA_REG,
        nb: "Helsehjelp utover tilsagnet vurderes i etterkant mot det som ville vært gitt i Norge; taket i tilsagnet gjelder bare det innvilgede.",
        en: "Care beyond the notification is judged afterwards against what Norway would have given; its maximum caps only the granted care.";
    EeaPayFirst = 211, "EEA_PAY_FIRST", "EEA-12", EEA_REG,
        nb: "Pasienten betaler behandlingsstedet selv og søker refusjon etterpå.",
        en: "The patient pays the provider first and claims the refund afterwards.";
    EeaTravelKmRate = 221, "EEA_TRAVEL_KM_RATE", "EEA-13", EEA_REG_TRAVEL,
        nb: "Reise dekkes som i Norge: tur-retur hjem til nærmeste behandlingssted i Norge etter standardsats per kilometer.",
        en: "Travel is covered as in Norway: the round trip from home to the nearest place of treatment in Norway at the standard rate per km.";
    EeaTravelTooShort = 222, "EEA_TRAVEL_TOO_SHORT", "EEA-13", EEA_REG_TRAVEL,
        nb: "Reisen må være lengre enn 10 km hver vei for å dekkes.",
        en: "The trip must be longer than 10 km each way to be covered.";
    AssumptionTravelExactly10Km = 223, "ASSUMPTION_TRAVEL_EXACTLY_10_KM", "EEA-13", NONE,
        nb: "Antakelse: nøyaktig 10 km dekkes ikke (veiledningen krever lengre enn 10 km; pasientreiseforskriften § 8 utelukker under 10 km).",
        en: "Assumption: exactly 10 km is not covered (the guide requires longer than 10 km; pasientreiseforskriften § 8 excludes under 10 km).";
    EeaTravelBelowMinimumFare = 224, "EEA_TRAVEL_BELOW_MINIMUM_FARE", "EEA-13", EEA_REG_TRAVEL,
        nb: "Reisen koster ikke mer enn laveste takst med rutegående transport lokalt og dekkes ikke.",
        en: "The trip costs no more than the local minimum scheduled fare and is not covered.";
    EeaTravelLongTrip = 225, "EEA_TRAVEL_LONG_TRIP", "EEA-13", "pasientreiseforskriften § 21",
        nb: "Reiser på 300 km eller mer hver vei dekkes med billigste rutegående transport, ikke kilometersats.",
        en: "Trips of 300 km or more each way are covered at the cheapest scheduled transport, not the km rate.";
    EeaTravelNeverCovered = 226, "EEA_TRAVEL_NEVER_COVERED", "EEA-13", EEA_REG_TRAVEL,
        nb: "Ledsager, ekstra sete, annen transportform og opphold i utlandet i påvente av hjemreise dekkes aldri.",
        en: "Companion travel, an extra seat, another means of transport and waiting abroad before flying home are never covered.";
    AssumptionTravelUserFee = 228, "ASSUMPTION_TRAVEL_USER_FEE", "EEA-13", EEA_REG_TRAVEL,
        nb: "Antakelse: som for pasientreiser i Norge trekkes egenandelen per enkeltreise fra (to per tur-retur); ingen med frikort.",
        en: "Assumption: as for patient travel in Norway, the user fee per one-way trip is deducted (two per round trip); none with an exemption card.";
    EeaTravelPasientreiserPays = 227, "EEA_TRAVEL_PASIENTREISER_PAYS", "EEA-13", EEA_REG_TRAVEL,
        nb: "Reisekravet sendes til Helfo sammen med refusjonskravet; når behandlingen er innvilget, sender Helfo det til Pasientreiser, som avgjør og betaler det.",
        en: "The travel claim goes to Helfo with the refund claim; once the treatment is granted, Helfo forwards it to Pasientreiser, which decides and pays it.";
    EeaDeadlineFromTreatmentDate = 231, "EEA_DEADLINE_FROM_TREATMENT_DATE", "EEA-14", EEA_REG,
        nb: "Kravet må sendes til Helfo innen 6 måneder fra hver behandlingsdato.",
        en: "The claim must be sent to Helfo within 6 months of each treatment date.";
    EeaDeadlineFromInvoiceDate = 232, "EEA_DEADLINE_FROM_INVOICE_DATE", "EEA-14", EEA_REG,
        nb: "Pasienten ble fakturert i etterkant; de 6 månedene regnes fra første betalingskrav.",
        en: "The patient was invoiced afterwards; the 6 months run from the first request for payment.";
    EeaDeadlineExpired = 233, "EEA_DEADLINE_EXPIRED", "EEA-14", EEA_REG,
        nb: "Fristen for minst én behandlingsdato er ute på vurderingsdatoen.",
        en: "The deadline for at least one treatment date has passed on the evaluation date.";
    EeaDeadlinePartlyExpired = 234, "EEA_DEADLINE_PARTLY_EXPIRED", "EEA-14", EEA_REG,
        nb: "Fristen er ute for noen av behandlingsdatoene: bare utgiftene for datoene som fortsatt er innenfor fristen refunderes, og fordelingen på datoene er ikke oppgitt.",
        en: "The deadline has passed for some treatment dates: only the expenses of the dates still in time are refunded, and the split by date is not given.";
    EeaTreatmentStillToCome = 235, "EEA_TREATMENT_STILL_TO_COME", "EEA-14", EEA_REG,
        nb: "Minst én behandlingsdato ligger etter vurderingsdatoen: refusjonen gjelder behandling som ennå ikke er gitt, og kravet kan først sendes etter behandlingen.",
        en: "At least one treatment date lies after the evaluation date: the refund is for care still to come, and the claim can only be sent after the treatment.";
    EeaProcessingTimes = 241, "EEA_PROCESSING_TIMES", "EEA-15", EEA_REG,
        nb: "Normal saksbehandlingstid: forhåndstilsagn inntil 4 uker etter mottatt komplett søknad, refusjon inntil 12 uker.",
        en: "Normal processing time: prior notification up to 4 weeks from a complete application, refund up to 12 weeks.";
    EeaTranslationAtOwnCost = 251, "EEA_TRANSLATION_AT_OWN_COST", "EEA-18", EEA_REG,
        nb: "Dokumenter som ikke er på norsk, dansk, svensk eller engelsk kan måtte oversettes for egen regning; originalen sendes med.",
        en: "Documents not in Norwegian, Danish, Swedish or English may need a translation at the patient's cost, sent with the original.";
    AssumptionUserFeeOutpatient = 261, "ASSUMPTION_USER_FEE_OUTPATIENT", "EEA-19", FTRL_5_3,
        nb: "Antakelse: egenandelen er den pasienten ville betalt i Norge, poliklinisk egenandel per konsultasjon, ingen ved innleggelse.",
        en: "Assumption: the user fee is what the patient would have paid in Norway: the outpatient fee per consultation, none for an inpatient stay.";
    EeaUserFeeTowardsExemptionCard = 262, "EEA_USER_FEE_TOWARDS_EXEMPTION_CARD", "EEA-19", FTRL_5_3,
        nb: "Egenandelen registreres i egenandelsregisteret og teller mot frikort.",
        en: "The user fee is registered and counts towards the exemption card.";
    EeaUserFeePaidOut = 263, "EEA_USER_FEE_PAID_OUT", "EEA-19", FTRL_5_3,
        nb: "Pasienten har frikort; egenandelen utbetales sammen med refusjonen.",
        en: "The patient holds an exemption card; the user fee is paid out with the refund.";
    EeaEhicFeesNotCounted = 264, "EEA_EHIC_FEES_NOT_COUNTED", "EEA-19", FTRL_5_3,
        nb: "Egenandeler betalt med Europeisk helsetrygdkort teller ikke mot frikort i Norge.",
        en: "User fees paid under the European Health Insurance Card do not count towards the Norwegian exemption card.";
    EeaWhereToSend = 271, "EEA_WHERE_TO_SEND", "EEA-20", EEA_REG,
        nb: "Send til Helfo via digitalt skjema, eller på papir til Helfo, Postboks 2415, 3104 Tønsberg. Veiledning: +47 23 32 70 00, hverdager 08:00-15:30.",
        en: "Send to Helfo with the digital form, or on paper to Helfo, Postboks 2415, 3104 Tønsberg. Guidance: +47 23 32 70 00, weekdays 08:00-15:30.";
    EeaFindProvider = 281, "EEA_FIND_PROVIDER", "EEA-21", EEA_REG,
        nb: "Pasienten må selv finne behandler og sjekke autorisasjonen; Helfo har ingen liste. Nasjonalt kontaktpunkt i landet kan gi oversikt.",
        en: "The patient must find the provider and check its licence; Helfo keeps no list. The destination's National Contact Point can list providers.";
    AbrNoAdequateOffer = 301, "ABR_NO_ADEQUATE_OFFER", "ABR-01", PBRL_2_4A,
        nb: "Det finnes ikke et adekvat medisinsk tilbud i Norge: pasienten har rett til helsehjelpen i utlandet.",
        en: "There is no adequate medical offer in Norway: the patient has a right to the care abroad.";
    AbrMoreEffectiveAbroad = 302, "ABR_MORE_EFFECTIVE_ABROAD", "ABR-01", PBRL_2_4A,
        nb: "Behandlingen i utlandet er dokumentert mer virkningsfull enn det offentlige tilbudet i Norge.",
        en: "Treatment abroad is documented to be more effective than the Norwegian public offer.";
    AbrAdequateOfferInNorway = 303, "ABR_ADEQUATE_OFFER_IN_NORWAY", "ABR-01", PBRL_2_4A,
        nb: "Det finnes et adekvat tilbud i Norge, og behandling i utlandet er ikke dokumentert mer virkningsfull.",
        en: "Norway has an adequate offer, and treatment abroad is not documented to be more effective.";
    AbrNotEntitled = 304, "ABR_NOT_ENTITLED", "ABR-01", PBRL_2_4A,
        nb: "Retten gjelder bare pasienter med rett til nødvendig helsehjelp i spesialisthelsetjenesten.",
        en: "The right applies only to patients entitled to necessary specialist care.";
    AbrPlannedCareOnly = 305, "ABR_PLANNED_CARE_ONLY", "ABR-01", PBRL_2_4A,
        nb: "Retten til behandling i utlandet søkes før planlagt behandling; den gjelder ikke behov som oppstod under opphold.",
        en: "The right to treatment abroad is applied for before planned care; it does not cover a need that arose during a stay.";
    AbrCoversAll = 311, "ABR_COVERS_ALL", "ABR-02", PBRL_2_4A,
        nb: "Alle behandlingsutgifter dekkes, i tillegg til reise og opphold i utlandet.",
        en: "All treatment costs are covered, plus travel and stay abroad.";
    AbrDoctorApplies = 321, "ABR_DOCTOR_APPLIES", "ABR-03", PBRL_2_4A,
        nb: "Behandlende lege sender søknaden til utenlandskontoret i pasientens helseregion.",
        en: "The treating doctor sends the application to the office for treatment abroad of the patient's health region.";
    AssumptionRegionFollowsCounty = 322, "ASSUMPTION_REGION_FOLLOWS_COUNTY", "ABR-03", NONE,
        nb: "Antakelse: helseregionen følger fylket pasienten bor i.",
        en: "Assumption: the health region follows the patient's home county.";
    AbrAppeal = 331, "ABR_APPEAL", "ABR-04", PBRL_2_4A,
        nb: "Avslag kan påklages, først til utenlandskontoret, deretter til Klagenemnda for behandling i utlandet (Helseklage).",
        en: "A refusal can be appealed, first to the office, then to Klagenemnda for behandling i utlandet (Helseklage).";
    AbrExperimentalNotCovered = 341, "ABR_EXPERIMENTAL_NOT_COVERED", "ABR-05", PBRL_2_4A,
        nb: "Eksperimentell og utprøvende behandling dekkes som hovedregel ikke.",
        en: "Experimental and trial treatment is as a rule not covered.";
    AbrExperimentalRareCondition = 342, "ABR_EXPERIMENTAL_RARE_CONDITION", "ABR-05", PBRL_2_4A,
        nb: "Ved sjelden tilstand kan pasienten i spesielle tilfeller søke om eksperimentell eller utprøvende behandling i utlandet; utenlandskontoret avgjør.",
        en: "With a rare condition the patient may, in special cases, apply for experimental or trial treatment abroad; the office decides.";
    AbrNordicChildProtocol = 343, "ABR_NORDIC_CHILD_PROTOCOL", "ABR-05", NONE,
        nb: "Barn med terapiresistent kreft i nordisk legemiddelprotokoll: utgifter protokollen ikke dekker, dekkes av utenlandskontorene (fra 2016).",
        en: "Children with therapy-resistant cancer in a Nordic drug protocol: costs the protocol does not cover are covered by the offices (from 2016).";
    AbrChildProtocolSwedenDenmarkOnly = 344, "ABR_CHILD_PROTOCOL_SWEDEN_DENMARK_ONLY", "ABR-05", PBRL_2_4A,
        nb: "Unntaket for barn i nordiske kreftprotokoller gjelder behandling i Sverige eller Danmark.",
        en: "The exception for children in Nordic cancer protocols is for treatment in Sweden or Denmark.";
    AbrParticlePgdDecidedElsewhere = 351, "ABR_PARTICLE_PGD_DECIDED_ELSEWHERE", "ABR-06", NONE,
        nb: "Partikkelterapi avgjøres av utpekte universitetssykehusavdelinger og PGD godkjennes andre steder; utenlandskontoret administrerer reise, fakturaer og oppgjør.",
        en: "Particle therapy is decided by designated university hospital departments and PGD is approved elsewhere; the office administers travel, invoices and settlement.";
    AbrSeeMethodQuestion = 362, "ABR_SEE_METHOD_QUESTION", "ABR-07", NONE,
        nb: "En metode som ikke er innført gjennom Nye metoder, har egne veier (studier, unntaksordningen, tilgangsordningen, utprøvende behandling): se veiene for metoder som ikke er godkjent (helserett.method_case/1).",
        en: "A method not introduced through Nye metoder has its own routes (trials, the exception scheme, the access scheme, trial treatment): ask the method question (helserett.method_case/1).";
    AbrNewMethodNotIntroduced = 361, "ABR_NEW_METHOD_NOT_INTRODUCED", "ABR-07", NONE,
        nb: "Nye metoder regnes som tilgjengelige i Norge først når de er innført gjennom Nye metoder; en metode som ikke er innført, gir ikke alene rett til behandling i utlandet (antagelse).",
        en: "New methods count as available in Norway only once introduced through Nye metoder; a method not introduced does not by itself give a right to treatment abroad (assumption).";
    WaitDeadlineBreached = 401, "WAIT_DEADLINE_BREACHED", "WAIT-01", NONE,
        nb: "Fristen for behandling er brutt: Helfo pasientformidling skal skaffe et annet tilbud, eventuelt i utlandet.",
        en: "The treatment deadline was breached: Helfo's patient referral unit must find another provider, possibly abroad.";
    WaitNoDeadline = 402, "WAIT_NO_DEADLINE", "WAIT-01", NONE,
        nb: "Spesialisthelsetjenesten har ikke gitt pasienten en frist for behandling.",
        en: "The specialist service gave the patient no treatment deadline.";
    WaitDeadlineNotPassed = 403, "WAIT_DEADLINE_NOT_PASSED", "WAIT-01", NONE,
        nb: "Fristen for behandling er ikke passert på vurderingsdatoen.",
        en: "The treatment deadline has not passed on the evaluation date.";
    WaitTreatedInTime = 404, "WAIT_TREATED_IN_TIME", "WAIT-01", NONE,
        nb: "Pasienten fikk behandling innen fristen.",
        en: "The patient was treated by the deadline.";
    WaitPlannedCareOnly = 405, "WAIT_PLANNED_CARE_ONLY", "WAIT-01", NONE,
        nb: "Fristbrudd gjelder ventetid på planlagt behandling i Norge.",
        en: "A deadline breach concerns waiting for planned treatment in Norway.";
    WaitS2PlannedCareOnly = 406, "WAIT_S2_PLANNED_CARE_ONLY", "WAIT-02", NONE,
        nb: "Uforsvarlig ventetid gjelder ventetid på planlagt behandling i Norge.",
        en: "An indefensible wait concerns waiting for planned treatment in Norway.";
    WaitIndefensibleApplyS2 = 411, "WAIT_INDEFENSIBLE_APPLY_S2", "WAIT-02", NONE,
        nb: "Medisinsk uforsvarlig lang ventetid: pasienten kan søke Helfo om å få dekket behandling i utlandet med S2.",
        en: "Medically indefensible wait: the patient may apply to Helfo for treatment abroad to be covered with an S2.";
    WaitS2NoUpfrontPayment = 412, "WAIT_S2_NO_UPFRONT_PAYMENT", "WAIT-02", NONE,
        nb: "Med S2 trenger pasienten ikke legge ut for sykehusbehandling i et annet EØS-land.",
        en: "With an S2 the patient need not pay up front for hospital treatment in another EEA country.";
    WaitNotIndefensible = 413, "WAIT_NOT_INDEFENSIBLE", "WAIT-02", NONE,
        nb: "Ventetiden er ikke medisinsk uforsvarlig.",
        en: "The wait is not medically indefensible.";
    WaitS2EeaOnly = 414, "WAIT_S2_EEA_ONLY", "WAIT-02", EHIC,
        nb: "S2 gjelder bare sykehusbehandling i et annet EØS-land.",
        en: "An S2 is only for hospital treatment in another EEA country.";
    WaitS2MembersOnly = 415, "WAIT_S2_MEMBERS_ONLY", "WAIT-02", NONE,
        nb: "S2 etter uforsvarlig ventetid gjelder bare medlemmer av folketrygden.",
        en: "An S2 after an indefensible wait is only for members of the National Insurance Scheme.";
    WaitContractCoveredByNpe = 421, "WAIT_CONTRACT_COVERED_BY_NPE", "WAIT-03", NONE,
        nb: "Behandling kjøpt av norsk helsetjeneste etter avtale dekkes av Norsk pasientskadeerstatning; annen behandling i utlandet gjør ikke det.",
        en: "Treatment bought by the Norwegian health service under a contract is covered by the patient injury scheme (NPE); other treatment abroad is not.";
    EhicNecessaryCare = 501, "EHIC_NECESSARY_CARE", "OTHER-01", EHIC,
        nb: "Europeisk helsetrygdkort: nødvendig helsehjelp under midlertidig opphold, i det offentlige, på landets vilkår og egenandeler.",
        en: "European Health Insurance Card: necessary care during a temporary stay, in the public system, on that country's terms and user fees.";
    EhicNotForPlannedCare = 502, "EHIC_NOT_FOR_PLANNED_CARE", "OTHER-01", EHIC,
        nb: "Helsetrygdkortet dekker ikke planlagt behandling.",
        en: "The health insurance card does not cover planned treatment.";
    EhicCountryNotIssuing = 503, "EHIC_COUNTRY_NOT_ISSUING", "OTHER-01", EHIC,
        nb: "Behandlingslandet er ikke med i ordningen med Europeisk helsetrygdkort.",
        en: "The treatment country is not in the European Health Insurance Card scheme.";
    EhicNotTemporaryStay = 504, "EHIC_NOT_TEMPORARY_STAY", "OTHER-01", EHIC,
        nb: "Pasienten bor i behandlingslandet; helsetrygdkortet gjelder midlertidige opphold.",
        en: "The patient lives in the treatment country; the card is for temporary stays.";
    TripDefinedChronicDisease = 511, "TRIP_DEFINED_CHRONIC_DISEASE", "OTHER-02", TRIPS,
        nb: "Pasienter med definerte kroniske sykdommer kan søke Seksjon for behandlingsreiser (Oslo universitetssykehus) om opphold ved institusjon i varmere klima.",
        en: "Patients with defined chronic diseases may apply to Seksjon for behandlingsreiser (Oslo universitetssykehus) for a stay at an institution in a warmer climate.";
    TripNotDefinedDisease = 512, "TRIP_NOT_DEFINED_DISEASE", "OTHER-02", TRIPS,
        nb: "Behandlingsreiser gjelder bare definerte kroniske sykdommer.",
        en: "Treatment trips are only for defined chronic diseases.";
    MemberAbroadRouteOnly = 521, "MEMBER_ABROAD_ROUTE_ONLY", "OTHER-03", FTRL_5_24,
        nb: "Medlem som oppholder seg i utlandet kan ha rett til stønad etter folketrygdloven § 5-24; kildene gir ikke beløp.",
        en: "A member staying abroad may have benefits under folketrygdloven § 5-24; the sources give no amounts.";
    MemberAbroadNotStaying = 522, "MEMBER_ABROAD_NOT_STAYING", "OTHER-03", FTRL_5_24,
        nb: "Pasienten oppholder seg ikke i utlandet som medlem av folketrygden.",
        en: "The patient is not a member staying abroad.";
    ParameterNotEntered = 604, "PARAMETER_NOT_ENTERED", "C-04", NONE,
        nb: "En sats for året mangler i parametertabellen; beløpet som trenger den, beregnes ikke før satsen er lagt inn (hvilken og for hvilken dato står under det som mangler).",
        en: "A rate for the year is missing from the parameter table; the amount that needs it is not computed until the rate is entered (which one, for which date, is listed as missing).";
    ParameterEstimated = 605, "PARAMETER_ESTIMATED", "C-04", NONE,
        nb: "Anslag: en sats som mangler for året, er videreført fra siste kildebelagte verdi; beløp som bygger på den, er anslag, ikke endelige beløp.",
        en: "Estimate: a rate missing for the year is carried forward from the latest sourced value; amounts that rest on it are estimates, not final amounts.";
    PriorRouteCareGiven = 603, "PRIOR_ROUTE_CARE_GIVEN", "C-08", NONE,
        nb: "Ordningen må avgjøres før behandlingen, og behandlingen er allerede gitt.",
        en: "The route must be decided before the treatment, and the treatment has already been given.";
    // 601 ROUTE_RANKING (cited ABR-02) retired: the seeds give no ranking.
    AssumptionRouteRanking = 602, "ASSUMPTION_ROUTE_RANKING", "C-05", NONE,
        nb: "Antakelse (kildene gir ingen rangering): rekkefølge: behandling i utlandet (dekker alt) før S2 (ingen utlegg), pasientformidling ved fristbrudd, EØS-refusjon (begrenset til norsk kostnad, pasienten legger ut) og helsetrygdkort (lokale vilkår).",
        en: "Assumption (the sources give no ranking): order: treatment abroad (covers everything) before an S2 (nothing paid up front), patient referral after a breach, the EEA refund (capped at the Norwegian cost, paid up front) and the EHIC (local terms).";
    RiskMrsaScreening = 901, "RISK_MRSA_SCREENING", "RISK-01", NONE,
        nb: "Innleggelse eller omfattende poliklinisk behandling eller tannbehandling utenfor Norden: fastlegen må teste for antibiotikaresistente bakterier (for eksempel MRSA) før behandling ved sykehus i Norge de neste 12 månedene.",
        en: "Hospital stay or extensive outpatient or dental care outside the Nordic area: the GP must test for antibiotic-resistant bacteria (MRSA, for example) before treatment at a Norwegian hospital for the next 12 months.";
    RiskInjuryNordic = 911, "RISK_INJURY_NORDIC", "RISK-02", NONE,
        nb: "Pasientskade i et nordisk land: krav fremmes etter det landets ordning; Norsk pasientskadeerstatning (NPE) gir råd.",
        en: "Patient injury in a Nordic country: claim through that country's scheme; NPE advises.";
    RiskInjuryContractNpe = 913, "RISK_INJURY_CONTRACT_NPE", "RISK-02", NONE,
        nb: "Pasientskade: behandling som norsk helsetjeneste kjøper etter avtale (for eksempel etter fristbrudd) dekkes av Norsk pasientskadeerstatning (NPE).",
        en: "Patient injury: treatment bought by the Norwegian health service under a contract (for example after a deadline breach) is covered by the Norwegian patient injury scheme (NPE).";
    RiskInjuryTreatmentCountry = 912, "RISK_INJURY_TREATMENT_COUNTRY", "RISK-02", NONE,
        nb: "Pasientskade: behandlingslandets regler gjelder, og pasienten må selv fremme kravet. Pasientskadeloven gjelder ikke.",
        en: "Patient injury: the treatment country's rules apply and the patient claims personally. The Norwegian Patient Injury Act does not apply.";
    RiskRepatriationNordic = 921, "RISK_REPATRIATION_NORDIC", "RISK-03", NONE,
        nb: "Ved dødsfall i et nordisk land dekker folketrygden båretransport.",
        en: "After death in a Nordic country, repatriation is covered by the National Insurance Scheme.";
    RiskRepatriationNotCovered = 922, "RISK_REPATRIATION_NOT_COVERED", "RISK-03", NONE,
        nb: "Båretransport ved dødsfall utenfor Norden dekkes ikke av folketrygden.",
        en: "Repatriation after death outside the Nordic area is not covered by the National Insurance Scheme.";
    RiskFollowUpWaitingList = 931, "RISK_FOLLOW_UP_WAITING_LIST", "RISK-04", NONE,
        nb: "Oppfølging i Norge etter behandling i utlandet skjer på ordinær venteliste.",
        en: "Follow-up care in Norway after treatment abroad joins the ordinary waiting list.";
    InTemporaryStay = 1001, "IN_TEMPORARY_STAY", "IN-01", SHTL,
        nb: "Midlertidig opphold: pasienten har tenkt å være i Norge ikke lenger enn tolv måneder (P-IN-TEMPORARY-MONTHS).",
        en: "A temporary stay: the patient intends to stay in Norway no longer than twelve months (P-IN-TEMPORARY-MONTHS).";
    InStayNotTemporary = 1002, "IN_STAY_NOT_TEMPORARY", "IN-01", SHTL,
        nb: "Oppholdet er lengre enn grensen for midlertidig opphold (P-IN-TEMPORARY-MONTHS): kilden gir ingen regel for det. NAV avgjør om pasienten blir medlem av folketrygden.",
        en: "The stay is longer than the limit for a temporary stay (P-IN-TEMPORARY-MONTHS): the source gives no rule for it. NAV decides whether the patient becomes a member of folketrygden.";
    InEhicNecessaryCare = 1011, "IN_EHIC_NECESSARY_CARE", "IN-02", REG_883,
        nb: "Pasient fra EU/EØS eller Sveits med gyldig helsetrygdkort: nødvendig helsehjelp under oppholdet, på samme vilkår og med samme egenandeler som medlemmer av folketrygden.",
        en: "A patient from the EU/EEA or Switzerland with a valid EHIC: care that becomes necessary during the stay, on the terms and user fees of members of folketrygden.";
    InNecessityConcrete = 1013, "IN_NECESSITY_CONCRETE", "IN-02", REG_883,
        nb: "Hva som er nødvendig helsehjelp, avgjøres konkret i hvert tilfelle av den som behandler, ut fra hva slags helsetjeneste det gjelder og hvor lenge pasienten skal være i Norge.",
        en: "What care is necessary is judged case by case by the treating clinician, from the kind of care and how long the patient means to stay in Norway.";
    InPlannedNotCovered = 1012, "IN_PLANNED_NOT_COVERED", "IN-02", REG_883,
        nb: "Planlagt behandling dekkes ikke; bare helsehjelp som trengs for å fortsette oppholdet på medisinsk forsvarlig vis.",
        en: "Planned treatment is not covered; only the care needed to continue the stay safely.";
    InPriorAgreement = 1021, "IN_PRIOR_AGREEMENT", "IN-03", REG_883,
        nb: "Kronisk eller kjent sykdom: behandlingen er avtalt på forhånd mellom pasienten og sykehuset.",
        en: "A chronic or known condition: the treatment was agreed in advance between patient and hospital.";
    InPriorAgreementHospitalDecides = 1022, "IN_PRIOR_AGREEMENT_HOSPITAL_DECIDES", "IN-03", REG_883,
        nb: "Kronisk eller kjent sykdom uten avtale på forhånd: i prinsippet kreves avtale; sykehuset avgjør om behandlingen kan gis.",
        en: "A chronic or known condition without a prior agreement: in principle one is required; the hospital decides whether it can give the treatment.";
    InThirdCountryNational = 1031, "IN_THIRD_COUNTRY_NATIONAL", "IN-04", REG_883,
        nb: "Tredjelandsborger: helsetrygdkortet gir som hovedregel ikke rett; pasienten betaler selv eller bruker privat reiseforsikring.",
        en: "A third-country national: as a rule the EHIC gives no right; the patient pays or uses private travel insurance.";
    InDutchEhic = 1032, "IN_DUTCH_EHIC", "IN-04", REG_883,
        nb: "Tredjelandsborger med helsetrygdkort fra Nederland: vurderes som EU/EØS-borger.",
        en: "A third-country national with an EHIC from the Netherlands: treated as an EU/EEA citizen.";
    InEeaCitizen = 1033, "IN_EEA_CITIZEN", "IN-04", REG_883,
        nb: "Pasienten er statsborger i et EU/EØS-land eller Sveits.",
        en: "The patient is a citizen of an EU/EEA state or Switzerland.";
    InUkAsEea = 1041, "IN_UK_AS_EEA", "IN-05", REG_883,
        nb: "Bosatt i Storbritannia (også Gibraltar, Orknøyene og Shetland) før 2021: behandles som EU/EØS-borgere, med pass og helsetrygdkort.",
        en: "Resident in the United Kingdom (also Gibraltar, Orkney and Shetland) before 2021: as the EU/EEA, with passport and EHIC.";
    InUkProtocol = 1042, "IN_UK_PROTOCOL", "IN-05", UK_1990,
        nb: "Bosatt i Storbritannia 2021–2023: sykehjelpsprotokollen gir britiske og norske statsborgere øyeblikkelig hjelp mot gyldig pass.",
        en: "Resident in the United Kingdom 2021-2023: the protocol on medical treatment gives UK and Norwegian nationals immediate care on a valid passport.";
    InUkProtocolNotNational = 1043, "IN_UK_PROTOCOL_NOT_NATIONAL", "IN-05", UK_1990,
        nb: "Sykehjelpsprotokollen gjelder bare britiske og norske statsborgere bosatt i Storbritannia.",
        en: "The protocol covers only UK and Norwegian nationals resident in the United Kingdom.";
    InUkConvention2023 = 1044, "IN_UK_CONVENTION_2023", "IN-05", UK_2023,
        nb: "Bosatt i Storbritannia fra 2024: nødvendig helsehjelp mot britisk GHIC/EHIC uansett statsborgerskap, på medlemmers vilkår.",
        en: "Resident in the United Kingdom from 2024: necessary care on a UK GHIC/EHIC regardless of citizenship, on members' terms.";
    InCrownDependency = 1045, "IN_CROWN_DEPENDENCY", "IN-05", UK_1990,
        nb: "Isle of Man og Jersey: får ikke helsetrygdkort; pass og bostedsbevis i stedet.",
        en: "Isle of Man and Jersey: no EHIC is issued; passport and proof of residence instead.";
    InOtherBritishTerritory = 1046, "IN_OTHER_BRITISH_TERRITORY", "IN-05", NONE,
        nb: "Andre britiske kronbesittelser og territorier (for eksempel Guernsey, Bermuda og Falklandsøyene) er ikke omfattet: pasienten betaler selv.",
        en: "Other British crown dependencies and territories (for example Guernsey, Bermuda and the Falkland Islands) are not covered: the patient pays.";
    AssumptionCrownDependencyPayer = 1047, "ASSUMPTION_CROWN_DEPENDENCY_PAYER", "IN-05", NONE,
        nb: "Antakelse (kilden nevner ingen betaler): pasienter fra Isle of Man og Jersey faktureres Helfo, som konvensjonspasienter fra Storbritannia.",
        en: "Assumption (the source names no payer): patients from the Isle of Man and Jersey are invoiced to Helfo, as the UK's convention patients are.";
    InProofOfResidenceMissing = 1048, "IN_PROOF_OF_RESIDENCE_MISSING", "IN-05", UK_1990,
        nb: "Bostedsbevis mangler: det erstatter helsetrygdkortet for Isle of Man og Jersey, og hvem som betaler avgjøres når det foreligger.",
        en: "The proof of residence is missing: it stands in for the EHIC for the Isle of Man and Jersey, and who pays is settled once it is there.";
    InEhicMissing = 1051, "IN_EHIC_MISSING", "IN-06", REG_883,
        nb: "Helsetrygdkort mangler: sykehuset ber pasienten eller pårørende om hasteblankett (for kort utstedt av Norge: fra Helfo).",
        en: "The EHIC is missing: the hospital asks the patient or next of kin for a provisional certificate (for a Norwegian-issued card: from Helfo).";
    InNoCertificateByDischarge = 1052, "IN_NO_CERTIFICATE_BY_DISCHARGE", "IN-06", REG_883,
        nb: "Ingen hasteblankett før utskrivning: pasienten er selvbetalende og får faktura. Kommer gyldig hasteblankett senere, trekkes fakturaen tilbake og Helfo faktureres.",
        en: "No provisional certificate by discharge: the patient is self-paying and is invoiced. If a valid one arrives later, that invoice is withdrawn and Helfo is invoiced.";
    InHelfoDidNotConfirm = 1058, "IN_HELFO_DID_NOT_CONFIRM", "IN-12", REG_883,
        nb: "Helfo har ikke bekreftet retten (ingen hasteblankett fra Helfo) før utskrivning: pasienten er selvbetalende og får faktura. Bekrefter Helfo senere, trekkes fakturaen tilbake og Helfo faktureres.",
        en: "Helfo has not confirmed the right (no provisional certificate from Helfo) by discharge: the patient is self-paying and is invoiced. If Helfo confirms later, that invoice is withdrawn and Helfo is invoiced.";
    InCertificateAfterDischarge = 1053, "IN_CERTIFICATE_AFTER_DISCHARGE", "IN-06", REG_883,
        nb: "Gyldig hasteblankett kom etter utskrivning: fakturaen til pasienten trekkes tilbake, og ny faktura sendes Helfo med hasteblanketten vedlagt.",
        en: "A valid provisional certificate came after discharge: the patient's invoice is withdrawn and a new one goes to Helfo with the certificate attached.";
    InCertificateHeld = 1054, "IN_CERTIFICATE_HELD", "IN-06", REG_883,
        nb: "Hasteblankett mottatt: den erstatter helsetrygdkortet og legges ved fakturaen.",
        en: "Provisional certificate received: it stands in for the EHIC and goes with the invoice.";
    InAwaitingCertificate = 1055, "IN_AWAITING_CERTIFICATE", "IN-06", REG_883,
        nb: "Venter på hasteblankett: kommer den før utskrivning, betaler Helfo; ellers er pasienten selvbetalende.",
        en: "Awaiting the provisional certificate: if it comes before discharge Helfo pays; otherwise the patient is self-paying.";
    InPassportCopyMissing = 1056, "IN_PASSPORT_COPY_MISSING", "IN-06", NONE,
        nb: "Kopi av pass mangler: sykehuset ber pasienten om å fremskaffe den.",
        en: "The passport copy is missing: the hospital asks the patient for it.";
    InNordicResident = 1061, "IN_NORDIC_RESIDENT", "IN-07", NORDIC_CONV,
        nb: "Bosatt i et annet nordisk land: nødvendig helsehjelp uten helsetrygdkort, mot kopi av identitetsbevis og bostedsadresse; ikke krav til statsborgerskap når pasienten er omfattet av et nordisk lands lovgivning.",
        en: "Resident in another Nordic country: necessary care without an EHIC, on a copy of an identity document and the home address; no citizenship requirement when covered by a Nordic country's legislation.";
    InNordicNotCovered = 1062, "IN_NORDIC_NOT_COVERED", "IN-07", NORDIC_CONV,
        nb: "Ikke omfattet av et nordisk lands lovgivning: reglene for helsetrygdkort gjelder.",
        en: "Not covered by a Nordic country's legislation: the EHIC rules apply.";
    InTransportHome = 1063, "IN_TRANSPORT_HOME", "IN-07", NORDIC_CONV,
        nb: "Merutgiften til transport hjem kan dekkes.",
        en: "The extra cost of transport home can be covered.";
    InEmigratedNorwegian = 1064, "IN_EMIGRATED_NORWEGIAN", "IN-07", NORDIC_CONV,
        nb: "Utvandret nordmann: bruk identifikasjonsnummeret fra bostedslandet, ikke norsk personnummer.",
        en: "An emigrated Norwegian: use the identity number of the country of residence, not a Norwegian one.";
    InRestOfWorld = 1071, "IN_REST_OF_WORLD", "IN-08", SHTL,
        nb: "Ingen rett etter avtale: pasienten viser privat reiseforsikring eller betaler behandlingen selv, og får spesifisert kvittering.",
        en: "No right under an agreement: the patient shows private travel insurance or pays for the treatment, and gets an itemised receipt.";
    InAustraliaImmediate = 1081, "IN_AUSTRALIA_IMMEDIATE", "IN-09", AUSTRALIA,
        nb: "Bosatt i Australia: øyeblikkelig nødvendig behandling på medlemmers vilkår, ikke planlagt behandling.",
        en: "Resident in Australia: immediately necessary treatment on members' terms, not planned treatment.";
    InAustraliaOxygenDialysis = 1082, "IN_AUSTRALIA_OXYGEN_DIALYSIS", "IN-09", AUSTRALIA,
        nb: "Vedvarende og regelmessig behov for oksygen eller dialyse: dekkes etter avtalen med Australia.",
        en: "A persistent, regular need for oxygen or dialysis: covered under the agreement with Australia.";
    InAustraliaStudentOrDiplomat = 1083, "IN_AUSTRALIA_STUDENT_OR_DIPLOMAT", "IN-09", AUSTRALIA,
        nb: "Avtalen med Australia gjelder ikke studenter og diplomater.",
        en: "The agreement with Australia does not cover students and diplomats.";
    InImmediateNeedClinicianJudges = 1084, "IN_IMMEDIATE_NEED_CLINICIAN_JUDGES", "IN-09", AUSTRALIA,
        nb: "Kronisk eller kjent sykdom: dekkes bare når tilstanden krever omgående medisinsk tilsyn; behandleren vurderer.",
        en: "A chronic or known condition: covered only when it needs prompt medical attention; the clinician judges.";
    InQuebecStudentOrPosted = 1091, "IN_QUEBEC_STUDENT_OR_POSTED", "IN-10", SHTL,
        nb: "Québec: gjelder studenter og utsendte arbeidstakere med forsørgede, medfølgende familiemedlemmer.",
        en: "Québec: students and posted workers, with their dependent accompanying family members.";
    InQuebecNotTourists = 1092, "IN_QUEBEC_NOT_TOURISTS", "IN-10", SHTL,
        nb: "Avtalen med Québec gjelder ikke turister.",
        en: "The agreement with Québec does not cover tourists.";
    InQuebecScopeNotStated = 1093, "IN_QUEBEC_SCOPE_NOT_STATED", "IN-10", SHTL,
        nb: "Kilden sier ikke hvilken helsehjelp pasienter fra Québec har rett til; den må gis som parameteren P-IN-QUEBEC-SCOPE.",
        en: "The source does not say what care residents of Québec are entitled to; it must be supplied as the parameter P-IN-QUEBEC-SCOPE.";
    InQuebecEveryValueCovers = 1095, "IN_QUEBEC_EVERY_VALUE_COVERS", "IN-10", SHTL,
        nb: "Denne helsehjelpen dekkes uansett hvilken helsehjelp avtalen med Québec gir rett til (nødvendig helsehjelp, eller også planlagt behandling): avgjort uten parameteren.",
        en: "This care is covered whichever care the agreement with Québec gives a right to (necessary care, or planned treatment too): decided without the parameter.";
    AssumptionQuebecHelfoUtland = 1094, "ASSUMPTION_QUEBEC_HELFO_UTLAND", "IN-10", NONE,
        nb: "Antakelse (kilden nevner ingen betaler): pasienter fra Québec faktureres Helfo utland, som for Australia, den andre avtalen utenfor EØS.",
        en: "Assumption (the source names no payer): patients from Québec are invoiced to Helfo utland, as for Australia, the other agreement outside the EEA.";
    InNorwegianPensionerAbroad = 1101, "IN_NORWEGIAN_PENSIONER_ABROAD", "IN-11", SHTL,
        nb: "Norsk pensjonist bosatt i et annet EU/EØS-land eller Sveits, ikke medlem: nødvendig helsehjelp mot kopi av norsk helsetrygdkort med gul bakside.",
        en: "A Norwegian pensioner resident in another EU/EEA state or Switzerland, not a member: necessary care on a copy of the Norwegian EHIC with the yellow back.";
    InVoluntaryMember = 1111, "IN_VOLUNTARY_MEMBER", "IN-12", FTRL_2_8,
        nb: "Frivillig medlem av folketrygden: nødvendig helsehjelp og planlagt behandling.",
        en: "A voluntary member of folketrygden: necessary care and planned treatment.";
    InCompulsoryMember = 1112, "IN_COMPULSORY_MEMBER", "IN-12", FTRL_CH2,
        nb: "Pliktig medlem av folketrygden: nødvendig helsehjelp og planlagt behandling.",
        en: "A compulsory member of folketrygden: necessary care and planned treatment.";
    InMemberResidentInNorway = 1113, "IN_MEMBER_RESIDENT_IN_NORWAY", "IN-12", FTRL_CH2,
        nb: "Medlem bosatt i Norge: helseforetaket bærer kostnaden.",
        en: "A member resident in Norway: the health trust bears the cost.";
    InMemberInEea = 1114, "IN_MEMBER_IN_EEA", "IN-12", FTRL_CH2,
        nb: "Medlem bosatt i et annet EU/EØS-land eller Sveits: Helfo betaler, mot kopi av helsetrygdkort utstedt av Norge (eller hasteblankett fra Helfo).",
        en: "A member resident in another EU/EEA state or Switzerland: Helfo pays, on a copy of the Norwegian-issued EHIC (or a provisional certificate from Helfo).";
    InMemberOutsideEea = 1115, "IN_MEMBER_OUTSIDE_EEA", "IN-12", FTRL_CH2,
        nb: "Medlem bosatt utenfor EU/EØS og Sveits, eller pliktig medlem uten EU/EØS-statsborgerskap bosatt i et annet EU/EØS-land: Helfo utland betaler, mot medlemskapsvedtak fra NAV.",
        en: "A member resident outside the EU/EEA and Switzerland, or a compulsory member without EU/EEA citizenship living in another EU/EEA state: Helfo utland pays, on NAV's membership decision.";
    InForeignEmployerS1 = 1116, "IN_FOREIGN_EMPLOYER_S1", "IN-12", REG_883,
        nb: "Arbeidstaker bosatt i Norge med arbeidsgiver fra et annet EU/EØS-land eller Sveits: Helfo betaler, på vilkår av S1/E106 (Helfo kan bekrefte den).",
        en: "A worker resident in Norway employed by an employer from another EU/EEA state or Switzerland: Helfo pays, on condition of an S1/E106 (Helfo can confirm it).";
    InForeignEmployerNoS1 = 1117, "IN_FOREIGN_EMPLOYER_NO_S1", "IN-12", REG_883,
        nb: "Uten S1/E106 er vilkåret for dekning ikke oppfylt.",
        en: "Without an S1/E106 the condition for cover is not met.";
    AssumptionMemberInNorway = 1118, "ASSUMPTION_MEMBER_IN_NORWAY", "IN-12", NONE,
        nb: "Antakelse (kilden nevner bare utsendte arbeidstakere): et medlem bosatt i Norge behandles som andre innbyggere, og helseforetaket bærer kostnaden.",
        en: "Assumption (the source names only posted workers): a member resident in Norway is treated as any resident, and the health trust bears the cost.";
    InS1NotEeaCitizen = 1128, "IN_S1_NOT_EEA_CITIZEN", "IN-13", REG_883,
        nb: "S1 gjelder for EØS-borgere som er bosatt i Norge: pasienten er ikke EØS-borger (eller sveitsisk), og S1 gir ingen rett.",
        en: "The S1 is for EEA citizens resident in Norway: the patient is not an EEA (or Swiss) citizen, and the S1 gives no right.";
    InS1 = 1121, "IN_S1", "IN-13", REG_883,
        nb: "S1: rett til helsetjenester som for norske borgere.",
        en: "S1: care as for Norwegian citizens.";
    InS2Covers = 1122, "IN_S2_COVERS", "IN-13", REG_883,
        nb: "S2/E112: rett til den behandlingen blanketten beskriver og garanterer for, i perioden den gjelder.",
        en: "S2/E112: the treatment the form describes and guarantees payment for, within its period.";
    InS2NotThisCare = 1123, "IN_S2_NOT_THIS_CARE", "IN-13", REG_883,
        nb: "S2-blanketten dekker ikke denne behandlingen eller denne datoen.",
        en: "The S2 does not cover this treatment or this date.";
    InDocumentCoversPartOfStay = 1127, "IN_DOCUMENT_COVERS_PART_OF_STAY", "IN-13", REG_883,
        nb: "Dokumentet som retten bygger på, gjelder bare for en del av oppholdet: dagene utenfor gyldighetsperioden dekkes ikke av det. Del opp oppholdet, og vurder dagene utenfor for seg.",
        en: "The document the right rests on is valid for only part of the stay: the days outside its period are not covered by it. Split the stay, and judge the days outside on their own.";
    InEhicNotValidForStay = 1057, "IN_EHIC_NOT_VALID_FOR_STAY", "IN-06", REG_883,
        nb: "Helsetrygdkortet gjelder ikke for noen dag av oppholdet: det regnes som manglende.",
        en: "The EHIC is not valid on any day of the stay: it counts as missing.";
    InS3 = 1124, "IN_S3", "IN-13", REG_883,
        nb: "S3: pensjonert grensearbeider får fortsatt behandling som ble påbegynt mens vedkommende var i arbeid.",
        en: "S3: a retired frontier worker keeps treatment begun while still working.";
    AssumptionDocumentTerms = 1125, "ASSUMPTION_DOCUMENT_TERMS", "IN-13", REG_883,
        nb: "Antakelse (kilden sier det ikke): med S1, S2 eller S3 betaler pasienten samme egenandel som medlemmer (som om pasienten var trygdet her), og Helfo faktureres.",
        en: "Assumption (the source does not say): with an S1, S2 or S3 the patient pays members' user fees (benefits as if insured here), and Helfo is invoiced.";
    InResidentNotMember = 1126, "IN_RESIDENT_NOT_MEMBER", "IN-13", FTRL_CH2,
        nb: "Bosatt i Norge uten medlemskap og uten S1: kilden gir ingen rett. NAV avgjør medlemskap.",
        en: "Resident in Norway with neither membership nor an S1: the source gives no right. NAV decides membership.";
    InInvoiceHelfoAltinn = 1131, "IN_INVOICE_HELFO_ALTINN", "IN-14", SHTL,
        nb: "Fakturaen merkes med pasientens kategori og sendes Helfo via Altinn med skjema for fakturagrunnlag, av daglig leder registrert i Enhetsregisteret eller en med rettighet i Altinn.",
        en: "The invoice is marked with the patient's category and sent to Helfo through Altinn with the invoice-basis form, by the general manager registered in the Central Coordinating Register or someone holding the Altinn right.";
    InHelfoChoosesSettlement = 1132, "IN_HELFO_CHOOSES_SETTLEMENT", "IN-14", SHTL,
        nb: "Helfo avgjør om oppgjøret skjer etter EØS-reglene, forordning 883/2004 eller folketrygden.",
        en: "Helfo decides whether settlement follows the EEA rules, regulation 883/2004 or folketrygden.";
    InInvoiceAsksPassport = 1133, "IN_INVOICE_ASKS_PASSPORT", "IN-14", SHTL,
        nb: "Vedleggslisten for fakturaen krever kopi av pass, selv om pass eller nasjonalt ID-kort holder for retten.",
        en: "The invoice attachment list asks for a passport copy, though a passport or national ID card suffices for the right.";
    AssumptionInvoiceAttachments = 1134, "ASSUMPTION_INVOICE_ATTACHMENTS", "IN-14", NONE,
        nb: "Antakelse (vedleggslisten nevner ikke denne gruppen): dokumentene retten bygger på, legges ved fakturaen.",
        en: "Assumption (the attachment list does not name this group): the documents the right rests on go with the invoice.";
    InNavDecidesMembership = 1141, "IN_NAV_DECIDES_MEMBERSHIP", "IN-15", FTRL_CH2,
        nb: "NAV avgjør hvem som er medlem av folketrygden; sykehuset legger NAVs vedtak til grunn.",
        en: "NAV decides who is a member of folketrygden; the hospital goes by NAV's decision.";
    MetUnderAssessmentNotUsed = 1201, "MET_UNDER_ASSESSMENT_NOT_USED", "MET-01", NYE_METODER,
        nb: "Metoder som er til vurdering i Nye metoder, skal som hovedregel ikke tas i bruk.",
        en: "A method under assessment in Nye metoder is as a rule not used.";
    MetExceptionScheme = 1202, "MET_EXCEPTION_SCHEME", "MET-01", NYE_METODER,
        nb: "Unntaksordningen: søknad for en enkeltpasient eller en definert pasientgruppe.",
        en: "The exception scheme: an application for a single patient or a defined group.";
    MetExceptionDrugProcedure = 1210, "MET_EXCEPTION_DRUG_PROCEDURE", "MET-01", NYE_METODER,
        nb: "For et legemiddel: søknaden forankres hos nivå 2-leder og vurderes av fagpersoner i staber, nivå 2-ledere og fagdirektør/assisterende fagdirektør, ledet av fagdirektør; kostnaden ved innvilget søknad dekkes over et felles kostnadssted på nivå 1.",
        en: "For a drug: the application is anchored with the level-2 leader and assessed by professionals from the staff units, level-2 leaders and the medical director or deputy, led by the medical director; the cost of a granted application goes to a common cost centre at level 1.";
    MetExceptionOnlyUnderAssessment = 1203, "MET_EXCEPTION_ONLY_UNDER_ASSESSMENT", "MET-01", NYE_METODER,
        nb: "Unntaksordningen gjelder metoder som er til vurdering i Nye metoder.",
        en: "The exception scheme is for methods under assessment in Nye metoder.";
    MetExceptionProcedureForDrugs = 1204, "MET_EXCEPTION_PROCEDURE_FOR_DRUGS", "MET-01", HB,
        nb: "Prosedyren beskriver søknader etter unntaksordningen for legemidler; for andre metoder sier den ikke hvor søknaden forankres, hvem som vurderer eller hvem som bærer kostnaden.",
        en: "The procedure describes exception-scheme applications for drugs; for other methods it does not say where the application is anchored, who assesses or who bears the cost.";
    MetWebApplication = 1205, "MET_WEB_APPLICATION", "MET-06", HB,
        nb: "Søknaden sendes og saksbehandles i legemiddelsoknader.no; ved nedetid brukes den manuelle prosedyren etter flytskjemaet.",
        en: "The application is filed and handled in legemiddelsoknader.no; when it is down, the manual procedure with its flowchart.";
    MetManualProcedure = 1206, "MET_MANUAL_PROCEDURE", "MET-06", HB,
        nb: "Før legemiddelsoknader.no ble tatt i bruk i Helse Vest: den manuelle prosedyren etter flytskjemaet.",
        en: "Before legemiddelsoknader.no was in use in Helse Vest: the manual procedure with its flowchart.";
    MetFollowUp = 1207, "MET_FOLLOW_UP", "MET-01", HB,
        nb: "Fagdirektør fører oversikt over sakene på Helse Bergen-nivå, og de følges opp i Kjernegruppen for HF-finansierte legemidler.",
        en: "The medical director keeps the overview of the cases for Helse Bergen, followed up in Kjernegruppen for HF-financed drugs.";
    MetNotUsed = 1208, "MET_NOT_USED", "MET-01", NYE_METODER,
        nb: "Ingen vei er åpen: metoden tas ikke i bruk.",
        en: "No route is open: the method is not used.";
    MetMiniMethodClosedAfterNo = 1218, "MET_MINI_METHOD_CLOSED_AFTER_NO", "MET-02", NYE_METODER,
        nb: "Metoden er besluttet ikke innført: bruk for én pasient går gjennom tilgangsordningen, ikke gjennom en minimetodevurdering.",
        en: "The method is decided not introduced: use for one patient goes through the access scheme, not a mini method assessment.";
    MetWebApplicationDown = 1219, "MET_WEB_APPLICATION_DOWN", "MET-06", HB,
        nb: "legemiddelsoknader.no er nede: søknaden følger den manuelle prosedyren etter flytskjemaet.",
        en: "legemiddelsoknader.no is down: the application follows the manual procedure with its flowchart.";
    MetMiniMethodNotForDrugs = 1216, "MET_MINI_METHOD_NOT_FOR_DRUGS", "MET-01", HB,
        nb: "Minimetodevurdering gjelder ikke legemidler.",
        en: "A mini method assessment is not for drugs.";
    MetAnchorFirst = 1217, "MET_ANCHOR_FIRST", "MET-05", HB,
        nb: "Søknaden må forankres hos nivå 2-leder før den sendes.",
        en: "The application must be anchored with the level-2 leader before it is sent.";
    MetIncludeInTrial = 1237, "MET_INCLUDE_IN_TRIAL", "MET-04", TRIALS,
        nb: "Pasienten oppfyller inklusjonskriteriene for en pågående studie: vurder inklusjon; studien avgjør.",
        en: "The patient meets an ongoing trial's inclusion criteria: consider inclusion; the trial decides.";
    MetOutsideTrialToDo = 1246, "MET_OUTSIDE_TRIAL_TO_DO", "MET-05", TRIALS,
        nb: "Den særskilte forsvarlighetsvurderingen og en klar behandlingsplan må foreligge før søknaden sendes.",
        en: "The special prudence assessment and a clear treatment plan must be in place before the application is sent.";
    MetIntroducedOrdinaryCare = 1247, "MET_INTRODUCED_ORDINARY_CARE", "MET-05", TRIALS,
        nb: "Metoden er innført: den er ordinær behandling, ikke utprøvende behandling.",
        en: "The method is introduced: it is ordinary care, not trial treatment.";
    MetEkspertpaneletSinglePatient = 1275, "MET_EKSPERTPANELET_SINGLE_PATIENT", "MET-08", HB,
        nb: "Søknad etter anbefaling fra Ekspertpanelet gjelder én pasient.",
        en: "An application after Ekspertpanelet's recommendation is for one patient.";
    MetMiniMethodAssessment = 1209, "MET_MINI_METHOD_ASSESSMENT", "MET-01", HB,
        nb: "Minimetodevurdering støtter sykehusets egen beslutning om å innføre en metode, med vurdering fra en ekstern fagfelle (gjelder ikke legemidler); råd fra Regionalt kompetansemiljø for metodevurderinger.",
        en: "A mini method assessment supports the hospital's own decision to introduce a method, with an external peer's assessment (not for drugs); advice from the regional competence centre for method assessments.";
    MetAccessScheme = 1211, "MET_ACCESS_SCHEME", "MET-02", NYE_METODER,
        nb: "Tilgangsordningen («JA etter NEI»): for en metode som er besluttet ikke innført, for én pasient. Helse Bergen må ha videresendt søknaden til sekretariatet for Nye metoder senest fredag kl. 12.00 uken før neste møte.",
        en: "The access scheme (\"yes after no\"): for a method decided not introduced, for one patient. Helse Bergen must have forwarded the application to the Nye metoder secretariat by 12:00 on the Friday of the week before the next meeting.";
    MetAccessOnlyAfterNo = 1212, "MET_ACCESS_ONLY_AFTER_NO", "MET-02", NYE_METODER,
        nb: "Tilgangsordningen gjelder metoder som er besluttet ikke innført.",
        en: "The access scheme is for methods decided not introduced.";
    MetAccessSinglePatientOnly = 1213, "MET_ACCESS_SINGLE_PATIENT_ONLY", "MET-02", NYE_METODER,
        nb: "Tilgangsordningen gjelder én pasient, ikke en gruppe.",
        en: "The access scheme is for one patient, not a group.";
    MetMeetingCalendarMissing = 1214, "MET_MEETING_CALENDAR_MISSING", "MET-02", NONE,
        nb: "Møtekalenderen for Nye metoder (parameteren P-MET-MEETINGS) har ikke noe møte med åpen frist etter vurderingsdatoen: fristen kan ikke beregnes.",
        en: "The Nye metoder meeting calendar (the parameter P-MET-MEETINGS) has no meeting whose cut-off is still open after the evaluation date: the cut-off cannot be computed.";
    MetCutOffPassed = 1215, "MET_CUT_OFF_PASSED", "MET-02", NYE_METODER,
        nb: "Fristen for det første møtet er passert; søknaden rekker det neste møtet.",
        en: "The cut-off for the first meeting has passed; the application can still make the next one.";
    MetBluePrescription = 1221, "MET_BLUE_PRESCRIPTION", "MET-03", BLUE,
        nb: "Legemidlet kan ikke forskrives direkte på blå resept, og relevante alternativer er forsøkt eller kan ikke brukes: behandler kan søke Helfo om individuell stønad.",
        en: "The drug cannot be prescribed directly on blue prescription, and the relevant alternatives were tried or cannot be used: the prescriber may apply to Helfo for individual benefit.";
    MetBluePrescriptionDirect = 1222, "MET_BLUE_PRESCRIPTION_DIRECT", "MET-03", BLUE,
        nb: "Legemidlet kan forskrives direkte på blå resept: ingen søknad trengs.",
        en: "The drug can be prescribed directly on blue prescription: no application is needed.";
    MetBlueAlternativesFirst = 1223, "MET_BLUE_ALTERNATIVES_FIRST", "MET-03", BLUE,
        nb: "Relevante forhåndsgodkjente eller markedsførte legemidler må være forsøkt, eller ikke kunne brukes.",
        en: "The relevant pre-approved or marketed drugs must have been tried, or be unusable.";
    MetBluePrescriptionIf = 1224, "MET_BLUE_PRESCRIPTION_IF", "MET-03", BLUE,
        nb: "Hvis legemidlet ikke kan forskrives direkte på blå resept, og relevante alternativer er forsøkt eller ikke kan brukes, kan behandler søke Helfo om individuell stønad.",
        en: "If the drug cannot be prescribed directly on blue prescription, and the relevant alternatives were tried or cannot be used, the prescriber may apply to Helfo for individual benefit.";
    MetOngoingTrial = 1231, "MET_ONGOING_TRIAL", "MET-04", TRIALS,
        nb: "Utprøvende behandling gis som hovedregel i kliniske studier; inklusjon i en pågående studie vurderes først.",
        en: "Trial treatment is as a rule given in clinical trials; inclusion in an ongoing trial comes first.";
    MetNotIncluded = 1232, "MET_NOT_INCLUDED", "MET-04", TRIALS,
        nb: "Pasienten oppfyller ikke inklusjonskriteriene for den pågående studien.",
        en: "The patient does not meet the ongoing trial's inclusion criteria.";
    MetNewTrial = 1233, "MET_NEW_TRIAL", "MET-04", TRIALS,
        nb: "Ingen pågående studie passer: en ny klinisk behandlingsstudie kan opprettes (FoU Forsking og innovasjon gir støtte).",
        en: "No ongoing trial fits: a new clinical trial can be set up (FoU Forsking og innovasjon supports it).";
    MetNoTrialPossible = 1234, "MET_NO_TRIAL_POSSIBLE", "MET-04", TRIALS,
        nb: "Ingen pågående studie passer, og en ny kan ikke gjennomføres.",
        en: "No ongoing trial fits, and a new one cannot be carried out.";
    MetImpress = 1235, "MET_IMPRESS", "MET-04", TRIALS,
        nb: "IMPRESS Norway (fra 2021) er infrastrukturen for persontilpasset utprøving av kreftlegemidler.",
        en: "IMPRESS Norway (from 2021) is the infrastructure for personalised trials of cancer drugs.";
    MetTrialCostNotStated = 1236, "MET_TRIAL_COST_NOT_STATED", "MET-04", NONE,
        nb: "Prosedyren sier ikke hvem som bærer kostnaden ved deltakelse i en studie.",
        en: "The procedure does not say who bears the cost of taking part in a trial.";
    MetOutsideTrial = 1241, "MET_OUTSIDE_TRIAL", "MET-05", TRIALS,
        nb: "Utprøvende behandling utenfor studie, unntaksvis for én pasient: særskilt forsvarlighetskrav, klar behandlingsplan og informert samtykke; forankret hos nivå 2-leder, som tar stilling til om fagdirektør også skal vurdere; kostnaden dekkes over et felles kostnadssted på nivå 1.",
        en: "Trial treatment outside a trial, by exception for one patient: the special prudence requirement, a clear treatment plan and informed consent; anchored with the level-2 leader, who decides whether the medical director also assesses; the cost goes to a common cost centre at level 1.";
    MetTrialFirst = 1242, "MET_TRIAL_FIRST", "MET-05", TRIALS,
        nb: "En klinisk studie er mulig for pasienten: behandlingen skal da gis i studien.",
        en: "A clinical trial is possible for the patient: the treatment is then given in the trial.";
    MetOutsideTrialSinglePatient = 1243, "MET_OUTSIDE_TRIAL_SINGLE_PATIENT", "MET-05", TRIALS,
        nb: "Utprøvende behandling utenfor studie gjelder bare enkeltpasienter.",
        en: "Trial treatment outside a trial is for single patients only.";
    MetOutsideTrialRequirements = 1244, "MET_OUTSIDE_TRIAL_REQUIREMENTS", "MET-05", TRIALS,
        nb: "Utprøvende behandling utenfor studie krever pasientens informerte samtykke.",
        en: "Trial treatment outside a trial requires the patient's informed consent.";
    MetNotTrialTreatment = 1248, "MET_NOT_TRIAL_TREATMENT", "MET-05", TRIALS,
        nb: "Behandlingen er ikke utprøvende (effekt og sikkerhet er dokumentert nok til ordinært tilbud): ikke utprøvende behandling utenfor studie.",
        en: "The treatment is not trial treatment (its effect and safety are documented enough for ordinary care): not trial treatment outside a trial.";
    MetMedicalDirectorAssesses = 1245, "MET_MEDICAL_DIRECTOR_ASSESSES", "MET-05", HB,
        nb: "Nivå 2-leder har bestemt at fagdirektør også vurderer saken.",
        en: "The level-2 leader has decided that the medical director also assesses the case.";
    MetPreApprovalList = 1251, "MET_PRE_APPROVAL_LIST", "MET-06", HB,
        nb: "Legemidlet står på listen over gruppegodkjenning for off-label/off-licence-bruk: det brukes på Helse Bergens regning, forskrevet slik listen angir.",
        en: "The drug is on the group pre-approval list for off-label/off-licence use: it is used at Helse Bergen's cost, prescribed as the list says.";
    MetNotOnList = 1252, "MET_NOT_ON_LIST", "MET-06", HB,
        nb: "Legemidlet står ikke på listen over gruppegodkjenning.",
        en: "The drug is not on the group pre-approval list.";
    MetOffLabel = 1253, "MET_OFF_LABEL", "MET-06", HB,
        nb: "Bruk utenfor godkjent indikasjon (off-label): søknad forankret hos nivå 2-leder og vurdert av fagpersoner i staber og fagdirektør (ledet av fagdirektør, uten nivå 2-ledere); kostnaden dekkes over et felles kostnadssted på nivå 1.",
        en: "Use outside the approved indication (off-label): an application anchored with the level-2 leader and assessed by staff and the medical director (led by the medical director, without level-2 leaders); the cost goes to a common cost centre at level 1.";
    MetWithinIndication = 1254, "MET_WITHIN_INDICATION", "MET-06", HB,
        nb: "Legemidlet brukes innenfor godkjent indikasjon: ikke off-label.",
        en: "The drug is used within its approved indication: not off-label.";
    MetChapter8Consent = 1256, "MET_CHAPTER_8_CONSENT", "MET-06", TRIALS,
        nb: "Off-label- og off-licence-bruk er utprøvende behandling utenfor studie (prosedyrens kapittel 8), som krever pasientens informerte samtykke.",
        en: "Off-label and off-licence use is trial treatment outside a trial (chapter 8 of the procedure), which requires the patient's informed consent.";
    MetOnlyDrugs = 1255, "MET_ONLY_DRUGS", "MET-06", HB,
        nb: "Gjelder bare legemidler.",
        en: "For drugs only.";
    MetOffLicence = 1261, "MET_OFF_LICENCE", "MET-07", HB,
        nb: "Uten markedsføringstillatelse i Norge (off-licence): retningslinjen for bruk av nye legemidler før markedsføringstillatelse (compassionate use) og den regionale prosedyren.",
        en: "Without marketing authorisation in Norway (off-licence): the guideline for new drugs before marketing authorisation (compassionate use) and the regional procedure.";
    MetOffLicenceCostLevel1 = 1264, "MET_OFF_LICENCE_COST_LEVEL_1", "MET-07", TRIALS,
        nb: "Off-licence er utprøvende behandling med legemidler utenfor studie (prosedyrens punkt 8.1.2): kostnaden dekkes, som for hele kapittel 8, over et felles kostnadssted på nivå 1.",
        en: "Off-licence use is trial treatment with drugs outside a trial (section 8.1.2 of the procedure): the cost goes, as for all of chapter 8, to a common cost centre at level 1.";
    MetHasMarketingAuthorisation = 1263, "MET_HAS_MARKETING_AUTHORISATION", "MET-07", HB,
        nb: "Legemidlet har markedsføringstillatelse i Norge: ikke off-licence.",
        en: "The drug has marketing authorisation in Norway: not off-licence.";
    MetEkspertpanelet = 1271, "MET_EKSPERTPANELET", "MET-08", HB,
        nb: "Ekspertpanelet kan gi pasienter med alvorlig livsforkortende sykdom en ny vurdering av behandlingsmulighetene, også deltakelse i studier; behandlingsansvarlig overlege henvender seg i samråd med pasienten.",
        en: "Ekspertpanelet can give patients with a serious, life-shortening disease a new assessment of their options, trials included; the responsible senior consultant refers together with the patient.";
    MetDiscussFirst = 1272, "MET_DISCUSS_FIRST", "MET-08", HB,
        nb: "Før henvendelsen skal indikasjon og prioritering diskuteres i det faglige kollegiet og med linjeledelsen.",
        en: "Before the referral, indication and priority must be discussed in the professional collegium and with line management.";
    MetEkspertpaneletSeriousOnly = 1273, "MET_EKSPERTPANELET_SERIOUS_ONLY", "MET-08", HB,
        nb: "Ekspertpanelet er for pasienter med alvorlig livsforkortende sykdom.",
        en: "Ekspertpanelet is for patients with a serious, life-shortening disease.";
    MetEkspertpaneletGroupAssesses = 1276, "MET_EKSPERTPANELET_GROUP_ASSESSES", "MET-08", HB,
        nb: "Ekspertpanelet har anbefalt behandlingen: søknaden vurderes alltid av fagpersoner i staber, nivå 2-ledere og fagdirektør (ledet av fagdirektør), ikke av nivå 2-leder alene.",
        en: "Ekspertpanelet has recommended the treatment: the application is always assessed by staff, level-2 leaders and the medical director (led by the medical director), not by the level-2 leader alone.";
    MetEkspertpaneletOnePatient = 1277, "MET_EKSPERTPANELET_ONE_PATIENT", "MET-08", HB,
        nb: "Ekspertpanelet gjelder én pasient: behandlingsansvarlig overlege henvender seg i samråd med pasienten.",
        en: "Ekspertpanelet is for one patient: the responsible senior consultant refers together with the patient.";
    MetEkspertpaneletApplication = 1274, "MET_EKSPERTPANELET_APPLICATION", "MET-08", HB,
        nb: "Søknad om utprøvende behandling etter anbefaling fra Ekspertpanelet, for én pasient: forankret hos nivå 2-leder og alltid vurdert av fagpersoner i staber, nivå 2-ledere og fagdirektør (ledet av fagdirektør); kostnaden dekkes over et felles kostnadssted på nivå 1.",
        en: "An application for trial treatment recommended by Ekspertpanelet, for one patient: anchored with the level-2 leader and always assessed by staff, level-2 leaders and the medical director (led by the medical director); the cost goes to a common cost centre at level 1.";
    MetTreatmentAbroad = 1281, "MET_TREATMENT_ABROAD", "MET-09", PBRL_2_4A,
        nb: "Behandling i utlandet: behandler sender søknaden til enheten for utenlandsbehandling i helseregionen pasienten bor i, som dekker kostnaden.",
        en: "Treatment abroad: the treating doctor sends the application to the unit for treatment abroad of the patient's home region, which bears the cost.";
}

impl fmt::Display for ReasonCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A reason as it appears in the decision JSON: `{"code":"EEA_RATE_IN_FORCE","rule":"EEA-08"}`.
impl serde::Serialize for ReasonCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Reason", 2)?;
        st.serialize_field("code", &crate::name::Name(self.code()))?;
        st.serialize_field("rule", &crate::name::Name(self.rule()))?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_05_every_code_has_rule_and_both_texts() {
        for (i, c) in ReasonCode::ALL.iter().enumerate() {
            assert!(!c.text(Lang::Nb).is_empty(), "{c}");
            assert!(!c.text(Lang::En).is_empty(), "{c}");
            assert_ne!(c.text(Lang::Nb), c.text(Lang::En), "{c}");
            let r = c.rule();
            let (group, num) = r.split_once('-').expect("rule ID has a dash");
            assert!(
                ["EEA", "G", "RISK", "C", "ABR", "WAIT", "OTHER", "IN", "MET"].contains(&group),
                "{c}: {r}"
            );
            assert_eq!(num.len(), 2, "{c}: {r}");
            assert_eq!(ReasonCode::from_number(c.number()), Some(*c));
            assert_eq!(ReasonCode::from_code(c.code()), Some(*c));
            for other in &ReasonCode::ALL[..i] {
                assert_ne!(other.code(), c.code());
            }
        }
    }
}
