//! Document checklists: EEA-16 (prior notification), EEA-17 and EEA-18 (refund claim), and the
//! travel claim form (EEA-13). A document that depends on a fact the case does not state yet
//! is listed as `if_applicable` rather than left out.

use crate::case::{Case, Need, PriorNotificationStatus, Referral};
use crate::document::{DocumentCode as D, DocumentItem, Requirement};
use crate::fact::Verdict;
use crate::ledger::Ledger;
use crate::outbound::decision::{Documents, PriorNotificationOutcome};
use crate::reason::ReasonCode as R;

fn by_fact(fact: Option<bool>) -> Option<Requirement> {
    match fact {
        Some(true) => Some(Requirement::Required),
        Some(false) => None,
        None => Some(Requirement::IfApplicable),
    }
}

pub(crate) fn checklists(
    case: &Case,
    pn: &PriorNotificationOutcome,
    l: &mut Ledger<'_, '_>,
) -> Documents {
    let mut docs = Documents::default();
    let mut add_pn = |d: D, r: Option<Requirement>| {
        if let Some(requirement) = r {
            let _ = docs.prior_notification.push(DocumentItem {
                document: d,
                requirement,
            });
        }
    };
    let may_apply = pn.availability != Verdict::NotEligible
        && matches!(
            pn.status,
            None | Some(PriorNotificationStatus::NotApplied | PriorNotificationStatus::Pending)
        );
    if may_apply {
        let p = &case.patient;
        add_pn(D::PnEntitlementLetter, Some(Requirement::Required));
        add_pn(D::PnFormalOffer, Some(Requirement::Required));
        add_pn(
            D::PnProviderLicence,
            by_fact(case.treatment.outside_hospital),
        );
        add_pn(
            D::PnSpecialistAssessment,
            by_fact(p.assessed_by_norwegian_specialist),
        );
    }

    let mut add = |d: D, r: Option<Requirement>| {
        if let Some(requirement) = r {
            let _ = docs.refund_claim.push(DocumentItem {
                document: d,
                requirement,
            });
        }
    };
    let t = &case.treatment;
    let referral_doc = match (t.need, t.referral) {
        (Some(Need::Urgent), _) => Some(D::EmergencyDischargeSummary),
        (_, Some(Referral::Norwegian)) => Some(D::ReferralNorwegian),
        (_, Some(Referral::TreatmentCountry)) => Some(D::ReferralTreatmentCountry),
        (_, Some(Referral::ConsultationDocumented)) => Some(D::ConsultationDocumentation),
        (_, Some(Referral::OngoingNorwegianCourse)) => Some(D::OngoingTreatmentDocuments),
        _ => None,
    };
    if let Some(d) = referral_doc {
        add(d, Some(Requirement::Required));
    }
    add(D::DischargeSummaryAbroad, Some(Requirement::Required));
    add(D::ItemisedInvoice, Some(Requirement::Required));
    add(D::ProofOfPayment, Some(Requirement::Required));
    add(
        D::SpecialistAssessment,
        by_fact(case.patient.assessed_by_norwegian_specialist),
    );
    let entitled = case.patient.priority_patient == Some(true)
        || case.prior_notification.status == Some(PriorNotificationStatus::Granted);
    add(
        D::EntitlementOrAppointmentLetter,
        if entitled {
            Some(Requirement::Required)
        } else {
            by_fact(case.patient.priority_patient)
        },
    );
    add(
        D::OccupationalInjuryDecision,
        by_fact(t.occupational_injury),
    );
    if case.travel.claimed == Some(true) {
        add(D::TravelClaimForm, Some(Requirement::Required));
    }
    // EEA-18: Helfo may ask for a translation of a document in another language; it is not a
    // document every such claim must carry.
    add(
        D::TranslationWithOriginal,
        match t.documents_in_accepted_language {
            Some(true) => None,
            Some(false) => Some(Requirement::OnRequest),
            None => Some(Requirement::IfApplicable),
        },
    );
    if t.documents_in_accepted_language == Some(false) {
        l.reason(R::EeaTranslationAtOwnCost);
    }
    add(D::OtherRelevant, Some(Requirement::Optional));
    docs
}
