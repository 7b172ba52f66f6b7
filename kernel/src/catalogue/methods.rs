//! Labels of the method case's choices and of the method decision's values (seed 004), in
//! bokmål and English.

use crate::case::method::{MethodKind, NyeMetoderStatus, PatientScope};
use crate::methods::decision::{
    ApplicationForm, Assessor, CostBearer, MethodApplicant, MethodChannel, MethodRoute,
};
use crate::text::value_labels;

value_labels! {
    MethodKind {
        Drug => "legemiddel", "drug";
        Device => "medisinsk utstyr", "medical device";
        Procedure => "prosedyre", "procedure";
        Diagnostics => "diagnostikk", "diagnostics";
    }
    NyeMetoderStatus {
        NotProposed => "ikke foreslått", "not proposed";
        UnderAssessment => "til vurdering", "under assessment";
        DecidedNotIntroduced => "besluttet ikke innført", "decided not introduced";
        Introduced => "innført", "introduced";
    }
    PatientScope {
        SinglePatient => "én pasient", "one patient";
        PatientGroup => "en definert pasientgruppe", "a defined group of patients";
    }
    MethodRoute {
        ClinicalTrial => "klinisk behandlingsstudie", "clinical trial";
        GroupPreApproval => "gruppegodkjenning (off-label/off-licence)", "group pre-approval (off-label/off-licence)";
        ExceptionScheme => "unntaksordningen i Nye metoder", "the Nye metoder exception scheme";
        AccessScheme => "tilgangsordningen («JA etter NEI»)", "the access scheme (\"yes after no\")";
        BluePrescription => "individuell stønad på blå resept (§ 3)", "individual benefit on blue prescription (§ 3)";
        TrialOutsideTrial => "utprøvende behandling utenfor studie", "trial treatment outside a trial";
        OffLabelApplication => "søknad om off-label-bruk", "off-label application";
        OffLicence => "off-licence (før markedsføringstillatelse)", "off-licence (before marketing authorisation)";
        Ekspertpanelet => "Ekspertpanelet", "Ekspertpanelet";
        TreatmentAbroad => "behandling i utlandet", "treatment abroad";
        MiniMethodAssessment => "minimetodevurdering", "mini method assessment";
    }
    MethodApplicant {
        TreatingSeniorConsultant => "behandlingsansvarlig overlege", "the treating senior consultant";
        SeniorConsultantWithPatient => "behandlingsansvarlig overlege i samråd med pasienten", "the treating senior consultant in consultation with the patient";
        Prescriber => "behandler (forskrivende lege)", "the prescriber";
        TreatingDoctor => "behandler", "the treating doctor";
    }
    Assessor {
        StaffLevel2LeadersAndMedicalDirector => "fagpersoner i staber, nivå 2-ledere og fagdirektør/assisterende fagdirektør (ledet av fagdirektør)", "professionals from the staff units, level-2 leaders and the medical director or deputy (led by the medical director)";
        StaffAndMedicalDirector => "fagpersoner i staber og fagdirektør/assisterende fagdirektør (ledet av fagdirektør)", "professionals from the staff units and the medical director or deputy (led by the medical director)";
        Level2Leader => "nivå 2-leder, som tar stilling til om fagdirektør også skal vurdere", "the level-2 leader, who decides whether the medical director also assesses";
        Level2LeaderAndMedicalDirector => "nivå 2-leder og fagdirektør", "the level-2 leader and the medical director";
        NyeMetoder => "Nye metoder", "Nye metoder";
        Helfo => "Helfo", "Helfo";
        RegionalProcedure => "regional prosedyre for nye legemidler før markedsføringstillatelse", "the regional procedure for new drugs before marketing authorisation";
        Ekspertpanelet => "Ekspertpanelet (rådgivende)", "Ekspertpanelet (advisory)";
        RegionalUnit => "enheten for utenlandsbehandling i pasientens helseregion", "the unit for treatment abroad of the patient's home region";
        Trial => "studien (protokoll og inklusjonskriterier)", "the trial (its protocol and inclusion criteria)";
        Hospital => "sykehuset, med vurdering fra en ekstern fagfelle", "the hospital, with an external peer's assessment";
        Undetermined => "ikke angitt i kilden", "not stated in the source";
    }
    MethodChannel {
        WebApplication => "legemiddelsoknader.no", "legemiddelsoknader.no";
        ManualProcedure => "manuell prosedyre etter flytskjema", "the manual procedure with its flowchart";
        HelfoApplication => "Helfos søknadsløsning for individuell stønad", "Helfo's application solution for individual benefit";
        NyeMetoderSecretariat => "via Helse Bergen til sekretariatet for Nye metoder", "through Helse Bergen to the Nye metoder secretariat";
        EkspertpaneletReferral => "henvendelse til Ekspertpanelet", "referral to Ekspertpanelet";
        CompassionateUse => "retningslinje for compassionate use og regional prosedyre", "the compassionate-use guideline and the regional procedure";
        TreatmentAbroadApplication => "søknad om godkjenning av utenlandsbehandling", "application for approval of treatment abroad";
        TrialInclusion => "inklusjon i studien", "inclusion in the trial";
        MiniMethodForm => "skjema for minimetodevurdering", "the mini method assessment form";
        PreApprovalList => "forskrivning etter listen over gruppegodkjenning", "prescribing as the pre-approval list says";
    }
    ApplicationForm {
        SinglePatient => "skjema for enkeltpasient", "the single-patient form";
        PatientGroup => "skjema for pasientgruppe", "the patient-group form";
    }
    CostBearer {
        CommonCostCentreLevel1 => "felles kostnadssted på nivå 1", "a common cost centre at level 1";
        HelseBergen => "Helse Bergen", "Helse Bergen";
        Helfo => "Helfo", "Helfo";
        RegionalUnit => "enheten for utenlandsbehandling i helseregionen", "the region's unit for treatment abroad";
        Undetermined => "ikke angitt i kilden", "not stated in the source";
    }
}
