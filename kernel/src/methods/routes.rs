//! The routes of seed 004 (MET-01..MET-09), each decided on its own: its verdict, reasons and
//! missing facts, and who applies, where it is anchored, who assesses, the channel and form,
//! who bears the cost. Discretion (a body decides) is never eligible (C-07).

use super::case::{MethodCase, MethodKind, NyeMetoderStatus, PatientScope};
use super::decision::{
    ApplicationForm, Assessor, CostBearer, MethodApplicant as A, MethodChannel, MethodRoute,
    MethodRouteOutcome, MAX_METHOD_ROUTE_MISSING, MAX_METHOD_ROUTE_REASONS,
};
use crate::case::{Case, Method, Need};
use crate::fact::{Fact, Verdict};
use crate::ledger::{Ledger, Tally};
use crate::params::ParamId;
use crate::reason::ReasonCode as R;

type T = Tally<MAX_METHOD_ROUTE_REASONS, MAX_METHOD_ROUTE_MISSING>;

/// One route being decided.
pub(crate) struct Eval {
    pub(crate) t: T,
    applicant: Option<A>,
    anchored: bool,
    assessed_by: Option<Assessor>,
    channel: Option<MethodChannel>,
    form: Option<ApplicationForm>,
    cost: CostBearer,
    follow_up: bool,
}

impl Eval {
    fn new() -> Eval {
        Eval {
            t: T::new(),
            applicant: None,
            anchored: false,
            assessed_by: None,
            channel: None,
            form: None,
            cost: CostBearer::Undetermined,
            follow_up: false,
        }
    }

    fn closed(&self) -> bool {
        self.t.verdict == Verdict::NotEligible
    }

    pub(crate) fn into_outcome(self, route: MethodRoute) -> MethodRouteOutcome {
        MethodRouteOutcome {
            route,
            verdict: self.t.verdict,
            rank: None,
            reasons: self.t.reasons,
            missing: self.t.missing,
            applicant: self.applicant,
            anchored_with_level2_leader: self.anchored,
            assessed_by: self.assessed_by,
            channel: self.channel,
            form: self.form,
            cost: self.cost,
            follow_up_kjernegruppen: self.follow_up,
        }
    }
}

/// Decides `route` for the case.
pub(crate) fn decide(route: MethodRoute, c: &MethodCase, l: &mut Ledger<'_, '_>) -> Eval {
    match route {
        MethodRoute::ClinicalTrial => clinical_trial(c),
        MethodRoute::GroupPreApproval => group_pre_approval(c),
        MethodRoute::ExceptionScheme => exception_scheme(c, l),
        MethodRoute::AccessScheme => access_scheme(c),
        MethodRoute::BluePrescription => blue_prescription(c),
        MethodRoute::TrialOutsideTrial => trial_outside_trial(c),
        MethodRoute::OffLabelApplication => off_label(c, l),
        MethodRoute::OffLicence => off_licence(c),
        MethodRoute::Ekspertpanelet => ekspertpanelet(c),
        MethodRoute::TreatmentAbroad => treatment_abroad(c, l),
        MethodRoute::MiniMethodAssessment => mini_method(c),
    }
}

/// The kind of method: `None` with the fact recorded as missing.
fn kind(c: &MethodCase, e: &mut Eval) -> Option<MethodKind> {
    if c.method.kind.is_none() {
        e.t.lacks(Fact::MethodKind);
    }
    c.method.kind
}

/// Only for drugs (MET-03, MET-06, MET-07).
fn drug_only(c: &MethodCase, e: &mut Eval) {
    match kind(c, e) {
        Some(MethodKind::Drug) | None => {}
        Some(_) => e.t.no(R::MetOnlyDrugs),
    }
}

/// The form by scope: one patient or a group.
fn form(c: &MethodCase, e: &mut Eval) {
    e.form = match c.patient.scope {
        Some(PatientScope::SinglePatient) => Some(ApplicationForm::SinglePatient),
        Some(PatientScope::PatientGroup) => Some(ApplicationForm::PatientGroup),
        None => {
            e.t.needs(Fact::MethodPatientScope);
            None
        }
    };
}

/// legemiddelsoknader.no from its launch (P-MET-WEB-APPLICATION), the manual procedure before
/// it and while it is down (seed 004: «I tilfelle nedetid i løsningen, benyttes manuell
/// prosedyre»).
fn channel(c: &MethodCase, e: &mut Eval, l: &mut Ledger<'_, '_>) {
    if l.flag(ParamId::MetWebApplication, c.evaluation_date) {
        if c.assessment.web_application_down == Some(true) {
            e.channel = Some(MethodChannel::ManualProcedure);
            e.t.yes(R::MetWebApplicationDown);
        } else {
            e.channel = Some(MethodChannel::WebApplication);
            e.t.yes(R::MetWebApplication);
        }
    } else {
        e.channel = Some(MethodChannel::ManualProcedure);
        e.t.yes(R::MetManualProcedure);
    }
}

/// Whether a trial is open to the patient: `Some(true)` an ongoing one they can join or a new
/// one that can be set up; `Some(false)` neither; `None` not known (recorded).
fn trial_possible(c: &MethodCase, e: &mut Eval) -> Option<bool> {
    let t = &c.trial;
    match (
        t.ongoing_trial_available,
        t.meets_inclusion_criteria,
        t.new_trial_feasible,
    ) {
        (Some(true), Some(true), _) => Some(true),
        (Some(true), None, _) => {
            e.t.lacks(Fact::MeetsInclusionCriteria);
            None
        }
        // Not meeting the inclusion criteria is a ground of its own (MET-05).
        (Some(true), Some(false), _) => Some(false),
        (_, _, Some(true)) => Some(true),
        (Some(false), _, Some(false)) => Some(false),
        (None, _, _) => {
            e.t.lacks(Fact::OngoingTrialAvailable);
            None
        }
        (_, _, None) => {
            e.t.lacks(Fact::NewTrialFeasible);
            None
        }
    }
}

/// MET-04: trial treatment is as a rule given in clinical trials, an ongoing one considered
/// before a new one is set up. The seed does not say who bears the cost.
fn clinical_trial(c: &MethodCase) -> Eval {
    let mut e = Eval::new();
    let t = &c.trial;
    e.t.yes(R::MetOngoingTrial);
    match t.ongoing_trial_available {
        None => e.t.lacks(Fact::OngoingTrialAvailable),
        Some(true) => match t.meets_inclusion_criteria {
            None => e.t.lacks(Fact::MeetsInclusionCriteria),
            // The trial decides on inclusion (C-07).
            Some(true) => {
                e.t.discretion(R::MetIncludeInTrial);
                e.channel = Some(MethodChannel::TrialInclusion);
            }
            Some(false) => {
                e.t.yes(R::MetNotIncluded);
                new_trial(c, &mut e);
            }
        },
        Some(false) => new_trial(c, &mut e),
    }
    if t.impress_relevant == Some(true) {
        e.t.yes(R::MetImpress);
    }
    if !e.closed() {
        e.applicant = Some(A::TreatingSeniorConsultant);
        e.assessed_by = Some(Assessor::Trial);
        e.t.yes(R::MetTrialCostNotStated);
    }
    e
}

/// A new trial: the research system decides whether it is set up (C-07).
fn new_trial(c: &MethodCase, e: &mut Eval) {
    match c.trial.new_trial_feasible {
        None => e.t.lacks(Fact::NewTrialFeasible),
        Some(true) => {
            e.t.discretion(R::MetNewTrial);
            e.channel = Some(MethodChannel::TrialInclusion);
        }
        Some(false) => e.t.no(R::MetNoTrialPossible),
    }
}

/// Off-label (marketing authorisation, outside the indication) or off-licence (none):
/// `Some(true)`; within the indication: `Some(false)`; `None` not known (recorded).
fn off_label_or_licence(c: &MethodCase, e: &mut Eval) -> Option<bool> {
    match c.method.marketing_authorisation {
        None => {
            e.t.lacks(Fact::MarketingAuthorisation);
            None
        }
        Some(false) => Some(true),
        Some(true) => match c.method.within_approved_indication {
            None => {
                e.t.lacks(Fact::WithinApprovedIndication);
                None
            }
            Some(within) => Some(!within),
        },
    }
}

/// MET-06, MET-07: the group pre-approval list, checked first; used at Helse Bergen's cost.
fn group_pre_approval(c: &MethodCase) -> Eval {
    let mut e = Eval::new();
    drug_only(c, &mut e);
    if e.closed() {
        return e;
    }
    match off_label_or_licence(c, &mut e) {
        Some(false) => e.t.no(R::MetWithinIndication),
        Some(true) => e.t.condition(
            c.method.on_group_pre_approval_list,
            Fact::OnGroupPreApprovalList,
            Some(R::MetPreApprovalList),
            R::MetNotOnList,
        ),
        None => {}
    }
    if !e.closed() {
        e.applicant = Some(A::TreatingSeniorConsultant);
        e.channel = Some(MethodChannel::PreApprovalList);
        e.cost = CostBearer::HelseBergen;
    }
    e
}

/// The status in Nye metoder, recorded when unknown.
fn status(c: &MethodCase, e: &mut Eval) -> Option<NyeMetoderStatus> {
    if c.method.nye_metoder_status.is_none() {
        e.t.lacks(Fact::NyeMetoderStatus);
    }
    c.method.nye_metoder_status
}

/// MET-01: the exception scheme, for a method under assessment; for a drug, anchored with the
/// level-2 leader and assessed by staff, level-2 leaders and the medical director.
fn exception_scheme(c: &MethodCase, l: &mut Ledger<'_, '_>) -> Eval {
    let mut e = Eval::new();
    match status(c, &mut e) {
        Some(NyeMetoderStatus::UnderAssessment) | None => {}
        Some(_) => e.t.no(R::MetExceptionOnlyUnderAssessment),
    }
    if e.closed() {
        return e;
    }
    e.t.discretion(R::MetExceptionScheme);
    e.applicant = Some(A::TreatingSeniorConsultant);
    form(c, &mut e);
    match kind(c, &mut e) {
        // The procedure's anchoring, assessors and level-1 cost are the drug procedure's; for
        // any other method they are undetermined, and said so (RULES.md revision 3, MET-01).
        Some(MethodKind::Drug) => {
            e.t.yes(R::MetExceptionDrugProcedure);
            e.cost = CostBearer::CommonCostCentreLevel1;
            anchored(c, &mut e);
            e.assessed_by = Some(Assessor::StaffLevel2LeadersAndMedicalDirector);
            channel(c, &mut e, l);
            e.follow_up = true;
            e.t.yes(R::MetFollowUp);
        }
        Some(_) => {
            e.assessed_by = Some(Assessor::Undetermined);
            e.t.yes(R::MetExceptionProcedureForDrugs);
        }
        None => {}
    }
    e
}

/// MET-02: the access scheme, for a method decided not introduced, for one patient; Helse
/// Bergen forwards the application to the Nye metoder secretariat (the cut-off is the
/// decision's `access_deadline`).
fn access_scheme(c: &MethodCase) -> Eval {
    let mut e = Eval::new();
    match status(c, &mut e) {
        Some(NyeMetoderStatus::DecidedNotIntroduced) | None => {}
        Some(_) => e.t.no(R::MetAccessOnlyAfterNo),
    }
    if e.closed() {
        return e;
    }
    match c.patient.scope {
        None => e.t.lacks(Fact::MethodPatientScope),
        Some(PatientScope::SinglePatient) => {}
        Some(PatientScope::PatientGroup) => e.t.no(R::MetAccessSinglePatientOnly),
    }
    if e.closed() {
        return e;
    }
    e.t.discretion(R::MetAccessScheme);
    e.applicant = Some(A::TreatingSeniorConsultant);
    e.assessed_by = Some(Assessor::NyeMetoder);
    e.channel = Some(MethodChannel::NyeMetoderSecretariat);
    e.form = Some(ApplicationForm::SinglePatient);
    e
}

/// MET-03: individual benefit on blue prescription (§ 3), applied for to Helfo by the
/// prescriber, when the drug cannot go on blue prescription directly and the alternatives were
/// tried or cannot be used.
fn blue_prescription(c: &MethodCase) -> Eval {
    let mut e = Eval::new();
    drug_only(c, &mut e);
    if e.closed() {
        return e;
    }
    match c.method.blue_prescription_possible {
        None => e.t.lacks(Fact::BluePrescriptionPossible),
        Some(true) => e.t.no(R::MetBluePrescriptionDirect),
        Some(false) => e.t.condition(
            c.method.alternatives_tried_or_unusable,
            Fact::AlternativesTriedOrUnusable,
            None,
            R::MetBlueAlternativesFirst,
        ),
    }
    if !e.closed() {
        // A reason states only what the case says: while a condition is unknown, it is said
        // as a condition (issue 23).
        let settled = e.t.verdict != Verdict::Undetermined;
        e.t.discretion(if settled {
            R::MetBluePrescription
        } else {
            R::MetBluePrescriptionIf
        });
        e.applicant = Some(A::Prescriber);
        e.assessed_by = Some(Assessor::Helfo);
        e.channel = Some(MethodChannel::HelfoApplication);
        e.cost = CostBearer::Helfo;
    }
    e
}

/// MET-05: trial treatment outside a trial, by exception for one patient when no trial is
/// possible; the prudence requirement, a treatment plan and consent; anchored with the level-2
/// leader, who decides whether the medical director also assesses.
fn trial_outside_trial(c: &MethodCase) -> Eval {
    let mut e = Eval::new();
    if c.method.nye_metoder_status == Some(NyeMetoderStatus::Introduced) {
        e.t.no(R::MetIntroducedOrdinaryCare);
        return e;
    }
    match c.patient.scope {
        None => e.t.lacks(Fact::MethodPatientScope),
        Some(PatientScope::SinglePatient) => {}
        Some(PatientScope::PatientGroup) => e.t.no(R::MetOutsideTrialSinglePatient),
    }
    if e.closed() {
        return e;
    }
    if trial_possible(c, &mut e) == Some(true) {
        e.t.no(R::MetTrialFirst);
    }
    if e.closed() {
        return e;
    }
    // Only trial treatment (seed 004's definition) goes this way: asked here, where it turns
    // the route, unless the drug's use already says it (RULES.md revision 3).
    match is_trial_treatment(c) {
        Some(true) => {}
        Some(false) => e.t.no(R::MetNotTrialTreatment),
        None => e.t.lacks(Fact::TrialTreatment),
    }
    if e.closed() {
        return e;
    }
    let a = &c.assessment;
    // Consent refused closes the route; the prudence assessment and the treatment plan are
    // what the application must have before it is sent.
    e.t.condition(
        a.informed_consent,
        Fact::InformedConsent,
        None,
        R::MetOutsideTrialRequirements,
    );
    if e.closed() {
        return e;
    }
    for (v, f) in [
        (a.prudence_assessment, Fact::PrudenceAssessment),
        (a.treatment_plan, Fact::TreatmentPlan),
    ] {
        match v {
            Some(true) => {}
            Some(false) => e.t.yes(R::MetOutsideTrialToDo),
            None => e.t.needs(f),
        }
    }
    e.t.discretion(R::MetOutsideTrial);
    e.applicant = Some(A::TreatingSeniorConsultant);
    anchored(c, &mut e);
    e.assessed_by = Some(if a.ekspertpanelet_recommendation == Some(true) {
        // After Ekspertpanelet's recommendation the group assesses, never the level-2 leader
        // alone (seed 004 § 8.2; MET-08).
        e.t.yes(R::MetEkspertpaneletGroupAssesses);
        Assessor::StaffLevel2LeadersAndMedicalDirector
    } else if a.medical_director_involved == Some(true) {
        e.t.yes(R::MetMedicalDirectorAssesses);
        Assessor::Level2LeaderAndMedicalDirector
    } else {
        Assessor::Level2Leader
    });
    e.form = Some(ApplicationForm::SinglePatient);
    e.cost = CostBearer::CommonCostCentreLevel1;
    e
}

/// Anchored with the level-2 leader: asked for where to apply; not yet anchored is a step to
/// take before the application goes, not a bar.
fn anchored(c: &MethodCase, e: &mut Eval) {
    e.anchored = true;
    match c.assessment.anchored_with_level2_leader {
        Some(true) => {}
        Some(false) => e.t.yes(R::MetAnchorFirst),
        None => e.t.needs(Fact::AnchoredWithLevel2Leader),
    }
}

/// The pre-approval list comes first (MET-06): a drug on it takes that route, not an
/// application.
fn not_on_list(c: &MethodCase, e: &mut Eval) {
    match c.method.on_group_pre_approval_list {
        None => e.t.lacks(Fact::OnGroupPreApprovalList),
        Some(true) => e.t.no(R::MetPreApprovalList),
        Some(false) => {}
    }
}

/// MET-06: off-label use not on the pre-approval list: an application anchored with the
/// level-2 leader, assessed by staff and the medical director (no level-2 leaders).
fn off_label(c: &MethodCase, l: &mut Ledger<'_, '_>) -> Eval {
    let mut e = Eval::new();
    drug_only(c, &mut e);
    if e.closed() {
        return e;
    }
    match c.method.marketing_authorisation {
        None => e.t.lacks(Fact::MarketingAuthorisation),
        Some(false) => e.t.no(R::MetOffLicence),
        Some(true) => match c.method.within_approved_indication {
            None => e.t.lacks(Fact::WithinApprovedIndication),
            Some(true) => e.t.no(R::MetWithinIndication),
            Some(false) => not_on_list(c, &mut e),
        },
    }
    if e.closed() {
        return e;
    }
    chapter_8_consent(c, &mut e);
    if e.closed() {
        return e;
    }
    e.t.discretion(R::MetOffLabel);
    e.applicant = Some(A::TreatingSeniorConsultant);
    anchored(c, &mut e);
    e.assessed_by = Some(Assessor::StaffAndMedicalDirector);
    form(c, &mut e);
    channel(c, &mut e, l);
    e.cost = CostBearer::CommonCostCentreLevel1;
    e.follow_up = true;
    e.t.yes(R::MetFollowUp);
    e
}

/// MET-07: off-licence use (no marketing authorisation in Norway): compassionate use and the
/// regional procedure; the seed does not say who bears the cost.
fn off_licence(c: &MethodCase) -> Eval {
    let mut e = Eval::new();
    drug_only(c, &mut e);
    if e.closed() {
        return e;
    }
    match c.method.marketing_authorisation {
        None => e.t.lacks(Fact::MarketingAuthorisation),
        Some(true) => e.t.no(R::MetHasMarketingAuthorisation),
        Some(false) => not_on_list(c, &mut e),
    }
    if e.closed() {
        return e;
    }
    chapter_8_consent(c, &mut e);
    if e.closed() {
        return e;
    }
    e.t.discretion(R::MetOffLicence);
    // Chapter 8 puts all trial treatment outside studies at the level-1 cost centre, and
    // off-licence is its section 8.1.2 (RULES.md revision 3, MET-07).
    e.t.yes(R::MetOffLicenceCostLevel1);
    e.cost = CostBearer::CommonCostCentreLevel1;
    e.applicant = Some(A::TreatingSeniorConsultant);
    // Chapter 8: all trial use of drugs is anchored with the level-2 leader.
    anchored(c, &mut e);
    e.assessed_by = Some(Assessor::RegionalProcedure);
    e.channel = Some(MethodChannel::CompassionateUse);
    form(c, &mut e);
    e
}

/// Chapter 8 of seed 004 (trial treatment outside a trial, off-label § 8.1.1 and off-licence
/// § 8.1.2 inside it) «innebærer … informert samtykke»: refused consent closes the route; not
/// yet given, it is a condition the route lists (RULES.md revision 3, MET-06).
fn chapter_8_consent(c: &MethodCase, e: &mut Eval) {
    match c.assessment.informed_consent {
        Some(true) => {}
        Some(false) => e.t.no(R::MetChapter8Consent),
        None => e.t.needs(Fact::InformedConsent),
    }
}

/// Whether the treatment is «utprøvende» (seed 004: effect and safety not documented enough
/// for ordinary care): the fact when given; off-label and off-licence drug use are trial
/// treatment by the procedure's own chapters (8.1.1, 8.1.2); otherwise not known.
fn is_trial_treatment(c: &MethodCase) -> Option<bool> {
    let m = &c.method;
    if m.trial_treatment.is_some() {
        return m.trial_treatment;
    }
    let drug = m.kind == Some(MethodKind::Drug);
    let off_label_or_licence = m.marketing_authorisation == Some(false)
        || (m.marketing_authorisation == Some(true) && m.within_approved_indication == Some(false));
    (drug && off_label_or_licence).then_some(true)
}

/// MET-08: Ekspertpanelet, for a serious, life-shortening disease, after indication and
/// priority were discussed; a recommended trial treatment for one patient is then always
/// assessed by staff, level-2 leaders and the medical director.
fn ekspertpanelet(c: &MethodCase) -> Eval {
    let mut e = Eval::new();
    e.t.condition(
        c.patient.serious_life_shortening_disease,
        Fact::SeriousLifeShorteningDisease,
        None,
        R::MetEkspertpaneletSeriousOnly,
    );
    if e.closed() {
        return e;
    }
    let a = &c.assessment;
    // The referral is by the consultant «i samråd med pasienten», the application after it
    // «til enkeltpasient»: for one patient, never a group (RULES.md revision 3, MET-08).
    let recommended = a.ekspertpanelet_recommendation == Some(true);
    match c.patient.scope {
        None => e.t.lacks(Fact::MethodPatientScope),
        Some(PatientScope::SinglePatient) => {}
        Some(PatientScope::PatientGroup) => e.t.no(if recommended {
            R::MetEkspertpaneletSinglePatient
        } else {
            R::MetEkspertpaneletOnePatient
        }),
    }
    if e.closed() {
        return e;
    }
    if recommended {
        e.t.discretion(R::MetEkspertpaneletApplication);
        e.applicant = Some(A::TreatingSeniorConsultant);
        anchored(c, &mut e);
        e.assessed_by = Some(Assessor::StaffLevel2LeadersAndMedicalDirector);
        e.form = Some(ApplicationForm::SinglePatient);
        e.cost = CostBearer::CommonCostCentreLevel1;
        e.follow_up = true;
        e.t.yes(R::MetFollowUp);
        return e;
    }
    e.t.discretion(R::MetEkspertpanelet);
    // The discussion comes before the referral: a step, not a bar.
    match a.discussed_with_collegium {
        Some(true) => {}
        Some(false) => e.t.yes(R::MetDiscussFirst),
        None => e.t.needs(Fact::DiscussedWithCollegium),
    }
    e.applicant = Some(A::SeniorConsultantWithPatient);
    e.assessed_by = Some(Assessor::Ekspertpanelet);
    e.channel = Some(MethodChannel::EkspertpaneletReferral);
    e
}

/// MET-09: treatment abroad, decided by the outbound ABR rules on an outbound case made from
/// the method case (a planned need, before care; a method not introduced counts as not
/// available, ABR-07, unless a rare condition makes it experimental care, ABR-05).
fn treatment_abroad(c: &MethodCase, l: &mut Ledger<'_, '_>) -> Eval {
    let mut e = Eval::new();
    let mut o = Case::new(c.evaluation_date);
    o.treatment.need = Some(Need::Planned);
    o.treatment.care_given = Some(false);
    let a = &c.abroad;
    o.norwegian_offer.adequate = a.adequate_offer_in_norway;
    o.norwegian_offer.abroad_documented_more_effective = a.more_effective_abroad_documented;
    o.norwegian_offer.rare_condition = c.patient.rare_condition;
    o.norwegian_offer.child_in_nordic_cancer_protocol = Some(false);
    o.patient.priority_patient = a.priority_patient;
    o.patient.home_region = a.home_region;
    o.norwegian_offer.method = match (c.method.nye_metoder_status, c.patient.rare_condition) {
        (None, _) => {
            e.t.lacks(Fact::NyeMetoderStatus);
            None
        }
        (Some(NyeMetoderStatus::Introduced), _) => Some(Method::Established),
        (Some(_), Some(true)) => Some(Method::Experimental),
        (Some(_), Some(false)) => Some(Method::NotIntroduced),
        (Some(_), None) => {
            e.t.lacks(Fact::MethodRareCondition);
            None
        }
    };
    if o.norwegian_offer.method.is_none() {
        return e;
    }
    let abr = crate::outbound::routes::treatment_abroad(&o, l);
    e.t.verdict = e.t.verdict.and(abr.verdict);
    // The pointer to this very question is not one of its reasons.
    for r in abr
        .reasons
        .into_iter()
        .filter(|r| *r != R::AbrSeeMethodQuestion)
    {
        e.t.yes(r);
    }
    for f in abr.missing {
        // The outbound facts the ABR rules asked for are the method case's own.
        match method_fact(f) {
            Some(m) if abr.verdict == Verdict::Undetermined => e.t.lacks(m),
            Some(m) => e.t.needs(m),
            None => {}
        }
    }
    e.t.overflow |= abr.overflow;
    if !e.closed() {
        e.t.yes(R::MetTreatmentAbroad);
        e.applicant = Some(A::TreatingDoctor);
        e.assessed_by = Some(Assessor::RegionalUnit);
        e.channel = Some(MethodChannel::TreatmentAbroadApplication);
        e.cost = CostBearer::RegionalUnit;
    }
    e
}

/// The method case's fact for an outbound fact the ABR rules ask for.
fn method_fact(f: Fact) -> Option<Fact> {
    Some(match f {
        Fact::AdequateOffer => Fact::AdequateOfferInNorway,
        Fact::MoreEffectiveAbroad => Fact::MoreEffectiveAbroadDocumented,
        Fact::RareCondition => Fact::MethodRareCondition,
        Fact::PriorityPatient => Fact::MethodPriorityPatient,
        Fact::HomeRegion => Fact::MethodHomeRegion,
        _ => return None,
    })
}

/// A mini method assessment supports the hospital's own decision to introduce a method that
/// is not a drug.
fn mini_method(c: &MethodCase) -> Eval {
    let mut e = Eval::new();
    match c.method.nye_metoder_status {
        Some(NyeMetoderStatus::UnderAssessment) => {
            e.t.no(R::MetUnderAssessmentNotUsed);
            return e;
        }
        // After a national "no", use for one patient is the access scheme's (seed 004 § 5.2),
        // closed here as under assessment (RULES.md revision 3, MET-02).
        Some(NyeMetoderStatus::DecidedNotIntroduced) => {
            e.t.no(R::MetMiniMethodClosedAfterNo);
            return e;
        }
        _ => {}
    }
    match kind(c, &mut e) {
        Some(MethodKind::Drug) => e.t.no(R::MetMiniMethodNotForDrugs),
        Some(_) => {
            e.t.discretion(R::MetMiniMethodAssessment);
            e.applicant = Some(A::TreatingSeniorConsultant);
            e.assessed_by = Some(Assessor::Hospital);
            e.channel = Some(MethodChannel::MiniMethodForm);
        }
        None => {}
    }
    e
}
