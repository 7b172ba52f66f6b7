//! Labels of the inbound case's choices and of the inbound decision's values (seed 002), in
//! bokmål and English.

use crate::case::inbound::{CareKind, IdentityDocument, Membership, PatientCategory, Subdivision};
use crate::inbound::decision::{
    DocumentKind, DocumentStatus, EhicState, InvoiceCategory, Payer, Scope, StepKind, UserFee,
};
use crate::text::value_labels;

value_labels! {
    Subdivision {
        Quebec => "Québec", "Québec";
        Other => "annen del av landet", "another part of the country";
    }
    PatientCategory {
        Tourist => "turist", "tourist";
        Student => "student", "student";
        PostedNorwegianWorker => "norsk arbeidstaker stasjonert i et annet EU/EØS-land eller Sveits", "Norwegian worker posted to another EU/EEA state or Switzerland";
        WorkerInNorwayLivingAbroad => "arbeidstaker fra EU/EØS eller Sveits som jobber i Norge uten å bo her", "worker from the EU/EEA or Switzerland working in Norway without living here";
        WorkerForForeignEmployer => "arbeidstaker i Norge med utenlandsk arbeidsgiver (ambassadepersonell i Oslo; utsendt arbeidstaker, for eksempel fra Québec)", "worker in Norway for a foreign employer (embassy staff in Oslo; a posted worker, for example from Québec)";
        NorwegianPensionerAbroad => "norsk pensjonist bosatt i et annet EU/EØS-land eller Sveits", "Norwegian pensioner living in another EU/EEA state or Switzerland";
        Diplomat => "diplomat", "diplomat";
        RetiredFrontierWorker => "pensjonert grensearbeider", "retired frontier worker";
        Other => "annen", "other";
    }
    Membership {
        None => "ikke medlem", "not a member";
        Voluntary => "frivillig medlem (§ 2-8)", "voluntary member (§ 2-8)";
        Compulsory => "pliktig medlem", "compulsory member";
    }
    CareKind {
        Acute => "akutt nødvendig helsehjelp", "acute necessary care";
        Chronic => "kronisk eller kjent sykdom", "chronic or known condition";
        Planned => "planlagt behandling", "planned treatment";
        S3Continuation => "fortsatt behandling etter S3", "continued treatment under an S3";
        OxygenOrDialysis => "oksygen- eller dialysebehandling", "oxygen or dialysis treatment";
    }
    IdentityDocument {
        Passport => "pass", "passport";
        NationalIdCard => "nasjonalt ID-kort", "national ID card";
        Other => "annet identitetsbevis", "other identity document";
        None => "ingen", "none";
    }
    Scope {
        NecessaryCare => "nødvendig helsehjelp under oppholdet", "care that becomes necessary during the stay";
        NecessaryAndPlanned => "nødvendig helsehjelp og planlagt behandling", "necessary care and planned treatment";
        DocumentScope => "det som rettighetsdokumentet dekker, i perioden det gjelder", "what the entitlement document covers, for its period";
        None => "ingen rett (selvbetalende)", "no entitlement (self-paying)";
        Undetermined => "ikke avklart", "not settled";
    }
    Payer {
        Helfo => "folketrygden v/Helfo", "folketrygden through Helfo";
        HelfoUtland => "folketrygden v/Helfo utland", "folketrygden through Helfo utland";
        HealthTrust => "helseforetaket", "the health trust";
        Patient => "pasienten", "the patient";
        Undetermined => "ikke avklart", "not settled";
    }
    UserFee {
        MemberFees => "samme egenandel som medlemmer av folketrygden", "the same user fees as members of folketrygden";
        FullCost => "hele kostnaden", "the full cost";
        Undetermined => "ikke avklart", "not settled";
    }
    InvoiceCategory {
        EeaConventionPatient => "konvensjonspasient fra et annet EU/EØS-land eller Sveits", "convention patient from another EU/EEA state or Switzerland";
        UkConventionPatient => "konvensjonspasient fra Storbritannia", "convention patient from the United Kingdom";
        CrownDependencyPatient => "pasient fra Isle of Man eller Jersey", "patient from the Isle of Man or Jersey";
        NordicConventionPatient => "konvensjonspasient fra et annet nordisk land", "convention patient from another Nordic country";
        AustraliaConventionPatient => "konvensjonspasient fra Australia", "convention patient from Australia";
        QuebecConventionPatient => "konvensjonspasient fra Québec i Canada", "convention patient from Québec, Canada";
        NorwegianPensionerAbroad => "norsk pensjonist bosatt i et annet EU/EØS-land eller Sveits", "Norwegian pensioner living in another EU/EEA state or Switzerland";
        VoluntaryMember => "frivillig medlem av folketrygden", "voluntary member of folketrygden";
        CompulsoryMember => "pliktig medlem av folketrygden", "compulsory member of folketrygden";
        ForeignEmployerS1 => "arbeidstaker for arbeidsgiver fra et annet EU/EØS-land eller Sveits (S1/E106)", "worker for an employer from another EU/EEA state or Switzerland (S1/E106)";
        S1Holder => "innehaver av S1", "S1 holder";
        S2Holder => "innehaver av S2/E112", "S2/E112 holder";
        S3Holder => "pensjonert grensearbeider med S3", "retired frontier worker with an S3";
        SelfPaying => "selvbetalende", "self-paying";
    }
    DocumentKind {
        EhicCopy => "kopi av Europeisk helsetrygdkort, tatt ved innleggelsen og signert av sykehuset med dato", "copy of the European Health Insurance Card, taken at admission and signed and dated by the hospital";
        NorwegianEhicCopy => "kopi av Europeisk helsetrygdkort utstedt av Norge", "copy of the Norwegian-issued European Health Insurance Card";
        NorwegianEhicYellowBackCopy => "kopi av Europeisk helsetrygdkort fra Norge (med gul bakside)", "copy of the Norwegian European Health Insurance Card (with the yellow back)";
        ProvisionalCertificate => "hasteblankett (provisorisk erstatningsbevis)", "provisional replacement certificate (hasteblankett)";
        PassportOrNationalIdCopy => "kopi av pass eller nasjonalt ID-kort med statsborgerskap", "copy of passport or national ID card showing citizenship";
        PassportCopy => "kopi av pass", "copy of passport";
        IdentityDocumentCopy => "kopi av identitetsbevis", "copy of an identity document";
        PassportOrMedicareCopy => "kopi av pass, eventuelt Medicare-kort utstedt av Australia", "copy of passport, or the Australian Medicare card";
        ProofOfResidence => "bostedsbevis", "proof of residence";
        HomeAddress => "bostedsadresse i hjemlandet", "home address in the country of residence";
        NavMembershipDecision => "medlemskapsvedtak fra NAV", "NAV's membership decision";
        S1Copy => "kopi av S1/E106", "copy of the S1/E106";
        S2Copy => "kopi av S2/E112", "copy of the S2/E112";
        S3Copy => "kopi av S3", "copy of the S3";
        TravelInsurance => "privat reiseforsikring", "private travel insurance";
        InvoiceBasisForm => "skjema for fakturagrunnlag – konvensjonspasienter og medlemmer av folketrygden bosatt utenfor Norge – helseforetak", "invoice-basis form for convention patients and members of folketrygden living outside Norway – health trusts";
    }
    DocumentStatus {
        Held => "foreligger", "held";
        Missing => "mangler", "missing";
        Unknown => "ikke kjent", "not known";
        ToPrepare => "fylles ut av sykehuset", "to be filled in by the hospital";
    }
    EhicState {
        InOrder => "i orden", "in order";
        NotNeeded => "trengs ikke", "not needed";
        AwaitingCertificate => "venter på hasteblankett", "awaiting a provisional certificate";
        SelfPaying => "ingen hasteblankett før utskrivning: selvbetalende", "no certificate by discharge: self-paying";
        CertificateAfterDischarge => "hasteblankett kom etter utskrivning", "certificate came after discharge";
        CertificateHeld => "hasteblankett mottatt", "certificate received";
        Undetermined => "ikke avklart", "not settled";
    }
    StepKind {
        RequestProvisionalCertificate => "Be pasienten eller pårørende om å fremskaffe hasteblankett.", "Ask the patient or next of kin to obtain a provisional certificate (hasteblankett).";
        RequestCertificateFromHelfo => "Be Helfo om hasteblankett (helsetrygdkortet er utstedt av Norge).", "Ask Helfo for a provisional certificate (the card is Norwegian-issued).";
        InvoicePatient => "Send faktura til pasienten.", "Invoice the patient.";
        WithdrawIfCertificateArrives => "Kommer gyldig hasteblankett senere: trekk fakturaen tilbake og send ny faktura til Helfo med hasteblanketten vedlagt.", "If a valid certificate arrives later: withdraw the invoice and send a new one to Helfo with the certificate attached.";
        WithdrawPatientInvoice => "Trekk tilbake fakturaen til pasienten og send ny faktura til Helfo med hasteblanketten vedlagt.", "Withdraw the patient's invoice and send a new one to Helfo with the certificate attached.";
        RequestPassportCopy => "Be pasienten om å fremskaffe kopi av pass.", "Ask the patient for a copy of the passport.";
        RequestDocument => "Be pasienten om opplysningen eller dokumentet.", "Ask the patient for the information or the document.";
        ConfirmS1WithHelfo => "Kontakt Helfo for å få bekreftet at pasienten har S1/E106.", "Ask Helfo to confirm that the patient holds an S1/E106.";
        ItemisedReceipt => "Gi pasienten spesifisert kvittering for behandlingen og hva den kostet.", "Give the patient an itemised receipt of the treatment and its cost.";
        TransportHomeExtraCost => "Merutgiften til transport hjem kan dekkes.", "The extra cost of transport home can be covered.";
        UseForeignIdentityNumber => "Bruk identifikasjonsnummeret fra bostedslandet, ikke norsk personnummer.", "Use the identity number of the country of residence, not a Norwegian one.";
        AgreeTreatmentInAdvance => "Avtal behandlingen med pasienten på forhånd; sykehuset avgjør om den kan gis.", "Agree the treatment with the patient in advance; the hospital decides whether it can be given.";
        InvoiceHelfoThroughAltinn => "Merk fakturaen med pasientens kategori og send den til Helfo via Altinn med vedleggene.", "Mark the invoice with the patient's category and send it to Helfo through Altinn with the attachments.";
        HealthTrustPays => "Helseforetaket bærer kostnaden; ingen faktura til Helfo.", "The health trust bears the cost; no invoice to Helfo.";
        AskNavAboutMembership => "NAV avgjør medlemskap i folketrygden: be pasienten ta kontakt med NAV.", "NAV decides membership of folketrygden: refer the patient to NAV.";
    }
}
