//! The texts of the outbound routes' coverage and application: who pays, how to apply, the
//! body applied to, and where to appeal.

use super::texts;

texts! {
    /// Who pays for a route.
    Payer {
        RegionalHealthAuthority = "regional_health_authority",
            nb: "det regionale helseforetaket (utenlandskontoret)",
            en: "the regional health authority (office for treatment abroad)";
        HelfoS2 = "helfo_s2",
            nb: "folketrygden ved Helfo (S2)",
            en: "the National Insurance Scheme through Helfo (S2)";
        HelfoPasientformidling = "helfo_pasientformidling",
            nb: "det regionale helseforetaket, gjennom Helfo pasientformidling",
            en: "the regional health authority, through Helfo pasientformidling";
        HelfoRefund = "helfo_refund",
            nb: "folketrygden ved Helfo (refusjon etterpå)",
            en: "the National Insurance Scheme through Helfo (refund afterwards)";
        TreatmentCountry = "treatment_country",
            nb: "behandlingslandets offentlige helsetjeneste, med oppgjør mot Norge",
            en: "the treatment country's public system, settled with Norway";
        Folketrygden = "folketrygden",
            nb: "folketrygden (folketrygdloven § 5-24)",
            en: "the National Insurance Scheme (folketrygdloven § 5-24)";
        StateBudget = "state_budget",
            nb: "statsbudsjettet (Seksjon for behandlingsreiser)",
            en: "the state budget (Seksjon for behandlingsreiser)";
    }
}

texts! {
    /// How to apply for a route.
    Channel {
        DoctorToOffice = "doctor_to_office",
            nb: "behandlende lege sender søknad til utenlandskontoret i helseregionen",
            en: "the treating doctor sends an application to the home region's office for treatment abroad";
        HospitalReferral = "hospital_referral",
            nb: "henvisning fra behandlende sykehus; utenlandskontoret administrerer reise, fakturaer og oppgjør",
            en: "referral by the treating hospital; the office administers travel, invoices and settlement";
        HelfoS2Application = "helfo_s2_application",
            nb: "søknad til Helfo om dekning av behandling i utlandet med S2",
            en: "application to Helfo for treatment abroad with an S2";
        HelfoPasientformidling = "helfo_pasientformidling",
            nb: "kontakt Helfo pasientformidling, som skaffer et annet behandlingssted",
            en: "contact Helfo pasientformidling, which finds another provider";
        HelfoRefundForm = "helfo_refund_form",
            nb: "Helfos digitale skjema, eller papirskjema til Helfo, Postboks 2415, 3104 Tønsberg",
            en: "Helfo's digital form, or paper forms to Helfo, Postboks 2415, 3104 Tønsberg";
        ShowEhic = "show_ehic",
            nb: "vis Europeisk helsetrygdkort hos offentlig behandler",
            en: "show the European Health Insurance Card to the public provider";
        HelfoMemberAbroad = "helfo_member_abroad",
            nb: "søknad til Helfo (folketrygdloven § 5-24)",
            en: "application to Helfo (folketrygdloven § 5-24)";
        TreatmentTripApplication = "treatment_trip_application",
            nb: "søknad til Seksjon for behandlingsreiser",
            en: "application to Seksjon for behandlingsreiser";
    }
}

texts! {
    /// The body an application goes to, or that decides (ABR-03, ABR-06, WAIT-*, OTHER-*).
    Body {
        Helfo = "helfo",
            nb: "Helfo",
            en: "Helfo";
        HelfoPasientformidling = "helfo_pasientformidling",
            nb: "Helfo pasientformidling",
            en: "Helfo pasientformidling";
        TreatmentTripSection = "treatment_trip_section",
            nb: "Seksjon for behandlingsreiser, Oslo universitetssykehus",
            en: "Seksjon for behandlingsreiser, Oslo universitetssykehus";
        OfficeOus = "office_ous",
            nb: "Utenlandskontoret, Oslo universitetssykehus HF",
            en: "Utenlandskontoret, Oslo universitetssykehus HF";
        OfficeOusForHelseNord = "office_ous_for_helse_nord",
            nb: "Utenlandskontoret, Oslo universitetssykehus HF (for Helse Nord)",
            en: "Utenlandskontoret, Oslo universitetssykehus HF (for Helse Nord)";
        OfficeHelseBergen = "office_helse_bergen",
            nb: "Enhet for utenlandsbehandling, Helse Bergen HF",
            en: "Enhet for utenlandsbehandling, Helse Bergen HF";
        OfficeStOlav = "office_st_olav",
            nb: "Kontor for utenlandsbehandling, St. Olavs hospital HF",
            en: "Kontor for utenlandsbehandling, St. Olavs hospital HF";
        PaediatricOncology = "paediatric_oncology",
            nb: "det barneonkologiske fagmiljøet (henvisning), godkjent utenfor utenlandskontorene",
            en: "the paediatric oncology community (referral), approved outside the offices";
        DesignatedDepartments = "designated_departments",
            nb: "utpekt avdeling ved universitetssykehus (partikkelterapi) eller organet som godkjenner PGD",
            en: "designated university hospital department (particle therapy) or the PGD approval body";
        Pasientreiser = "pasientreiser",
            nb: "Pasientreiser",
            en: "Pasientreiser";
    }
}

texts! {
    /// Where a refusal can be appealed (ABR-04).
    Appeal {
        AbrAppealBoard = "abr_appeal_board",
            nb: "Klagenemnda for behandling i utlandet (Helseklage), etter klage til utenlandskontoret selv",
            en: "Klagenemnda for behandling i utlandet (Helseklage), after the office itself";
    }
}

/// Payer, channel, body and appeal appear in the decision JSON by code (`helserett.decision/8`:
/// codes in JSON, words in the catalogue).
macro_rules! serialize_as_code {
    ($($t:ty),*) => {$(
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                crate::name::Name(self.code()).serialize(s)
            }
        }
    )*};
}
serialize_as_code!(Payer, Channel, Body, Appeal);
