//! Labels for the values of the kernel's enums: routes, verdicts, coverage, applicants,
//! requirements, parameters, and the options a question offers.

use crate::case::{Method, Need, PriorNotificationStatus, Referral, Region, Setting, Stage};
use crate::document::Requirement;
use crate::fact::Verdict;
use crate::outbound::routes::{Applicant, Extent, Route};
use crate::params::ParamId;
use crate::text::value_labels;

value_labels! {
    Route {
        TreatmentAbroad => "Rett til behandling i utlandet (ABR)", "Right to treatment abroad (ABR)";
        IndefensibleWaitS2 => "Uforsvarlig ventetid, S2 (WAIT-02)", "Indefensible wait, S2 (WAIT-02)";
        WaitingTimeBreach => "Fristbrudd, Helfo pasientformidling (WAIT-01)", "Deadline breach, Helfo patient referral (WAIT-01)";
        EeaRefund => "Refusjon fra Helfo, EU/EØS (EEA)", "Helfo refund, EU/EEA (EEA)";
        Ehic => "Europeisk helsetrygdkort (OTHER-01)", "European Health Insurance Card (OTHER-01)";
        MemberAbroad => "Medlem i utlandet, ftrl. § 5-24 (OTHER-03)", "Member abroad, § 5-24 (OTHER-03)";
        TreatmentTrip => "Behandlingsreiser (OTHER-02)", "Treatment trips (OTHER-02)";
    }
    Verdict {
        Eligible => "OPPFYLT", "ELIGIBLE";
        NotEligible => "IKKE OPPFYLT", "NOT ELIGIBLE";
        Undetermined => "UAVKLART", "UNDETERMINED";
        Discretion => "KAN SØKES (SKJØNN)", "MAY APPLY (DISCRETION)";
    }
    Extent {
        Full => "hele behandlingen", "all treatment";
        CappedAtNorwegianCost => "behandling opp til norsk kostnad", "treatment up to the Norwegian cost";
        LocalPublicTerms => "behandling på landets offentlige vilkår", "treatment on local public terms";
        Stay => "opphold ved institusjon", "a stay at an institution";
        Unknown => "uavklart", "not stated";
    }
    Applicant {
        Patient => "pasienten", "the patient";
        TreatingDoctor => "behandlende lege", "the treating doctor";
        HospitalDepartment => "en utpekt sykehusavdeling avgjør", "a designated hospital department decides";
    }
    Requirement {
        Required => "påkrevd", "required";
        IfApplicable => "hvis aktuelt", "if applicable";
        Optional => "valgfritt", "optional";
        OnRequest => "hvis Helfo ber om det", "if Helfo asks for it";
    }
    ParamId {
        EeaRate => "refusjonssats", "refund rate";
        EeaDeadlineMonths => "frist for krav (måneder)", "claim deadline (months)";
        EeaProcessingPriorWeeks => "saksbehandlingstid forhåndstilsagn (uker)", "processing time, prior notification (weeks)";
        EeaProcessingRefundWeeks => "saksbehandlingstid refusjon (uker)", "processing time, refund (weeks)";
        TravelMinKm => "minste reiseavstand (km én vei)", "minimum trip (km one way)";
        TravelLongTripKm => "lang reise (km én vei)", "long trip (km one way)";
        TravelRate => "kilometersats for pasientreiser", "patient-travel rate per km";
        TravelUserFee => "egenandel for pasientreiser", "patient-travel user fee";
        FrikortCeiling => "egenandelstak", "exemption-card ceiling";
        OutpatientFee => "egenandel for poliklinisk konsultasjon", "outpatient consultation fee";
        DrgUnitPrice => "enhetspris per DRG-poeng", "DRG unit price";
        InTemporaryMonths => "midlertidig opphold (måneder)", "temporary stay (months)";
        RiskMrsaMonths => "MRSA-testing etter opphold (måneder)", "MRSA testing after a stay (months)";
        HelseNordAtOus => "Helse Nord ved Oslo universitetssykehus", "Helse Nord at Oslo universitetssykehus";
        NordicChildProtocols => "nordiske barneprotokoller", "Nordic child protocols";
        UkInEeaRefund => "Storbritannia i EØS-refusjonen", "the United Kingdom in the EEA refund";
        UkTempStayCover => "dekning for britiske pasienter på midlertidig opphold", "cover for UK residents on a temporary stay";
        InQuebecScope => "omfanget av retten for pasienter fra Québec", "the scope of care for residents of Québec";
        MetMeetings => "møtekalenderen for Nye metoder", "the Nye metoder meeting calendar";
        MetWebApplication => "legemiddelsoknader.no i bruk", "legemiddelsoknader.no in use";
    }
    Need {
        Planned => "planlagt behandling", "planned treatment";
        AroseAbroad => "behovet oppstod under opphold", "the need arose during a stay";
        Urgent => "øyeblikkelig hjelp", "urgent care";
    }
    Referral {
        Norwegian => "henvisning fra Norge", "referral from Norway";
        TreatmentCountry => "henvisning fra behandlingslandet", "referral from the treatment country";
        ConsultationDocumented => "dokumentert konsultasjon (landet har ikke henvisningssystem)", "documented consultation (no referral system there)";
        OngoingNorwegianCourse => "pågående behandlingsforløp i Norge", "ongoing course of treatment in Norway";
        None => "ingen henvisning", "no referral";
    }
    Setting {
        Inpatient => "innlagt", "admitted";
        Outpatient => "poliklinisk", "outpatient";
    }
    PriorNotificationStatus {
        NotApplied => "ikke søkt", "not applied for";
        Pending => "søkt, ikke avgjort", "applied for, not decided";
        Granted => "innvilget", "granted";
        Refused => "avslått", "refused";
    }
    Stage {
        Diagnostics => "utredning", "diagnostics";
        Treatment => "behandling", "treatment";
        FollowUp => "oppfølging", "follow-up";
    }
    Region {
        HelseSorOst => "Helse Sør-Øst", "Helse Sør-Øst";
        HelseVest => "Helse Vest", "Helse Vest";
        HelseMidtNorge => "Helse Midt-Norge", "Helse Midt-Norge";
        HelseNord => "Helse Nord", "Helse Nord";
    }
    Method {
        Established => "etablert behandling", "established treatment";
        Experimental => "utprøvende eller eksperimentell behandling", "experimental or trial treatment";
        ParticleTherapy => "partikkelterapi (proton/karbon)", "particle therapy (proton/carbon)";
        Pgd => "preimplantasjonsdiagnostikk (PGD)", "pre-implantation genetic diagnostics (PGD)";
        NotIntroduced => "ny metode, ikke innført i Nye metoder", "new method not introduced through Nye metoder";
    }
}
