//! The desk's next steps, in the order it takes them: the certificate (IN-06), confirmations
//! and agreements, the documents to request, the Nordic extras (IN-07), and the invoice.

use super::case::{CareKind, InboundCase, PatientCategory};
use super::decision::{
    DocumentItem, DocumentKind, DocumentStatus, Payer, Step, StepKind, MAX_STEPS,
};
use super::entitlement::{Found, Ground};
use crate::country::Country;
use crate::fact::Verdict;
use crate::ledger::Ledger;
use crate::reason::ReasonCode as R;
use heapless::Vec;

type Steps = Vec<Step, MAX_STEPS>;

/// The steps for an entitlement, its certificate steps and its documents.
pub(crate) fn steps(
    c: &InboundCase,
    l: &mut Ledger<'_, '_>,
    f: &Found,
    certificate: &[Option<StepKind>],
    admission: &[DocumentItem],
    invoice: &[DocumentItem],
) -> Steps {
    let mut out = Steps::new();
    let mut add = |l: &mut Ledger<'_, '_>, step, document, rule: &'static str| {
        debug_assert!(rule.len() <= crate::reason::MAX_RULE_ID);
        if out
            .push(Step {
                step,
                document,
                rule,
            })
            .is_err()
        {
            l.overflow = true;
        }
    };
    for s in certificate.iter().flatten() {
        add(l, *s, None, "IN-06");
    }
    let employer = c.patient.category == Some(PatientCategory::WorkerForForeignEmployer);
    if employer
        && c.documents.s1.is_none()
        && c.patient.residence_country.is_some_and(|r| r.is_norway())
    {
        add(
            l,
            StepKind::ConfirmS1WithHelfo,
            Some(DocumentKind::S1Copy),
            "IN-12",
        );
    }
    if f.covered == Verdict::Discretion
        && matches!(
            c.care.kind,
            Some(CareKind::Chronic | CareKind::OxygenOrDialysis)
        )
        && c.care.prior_agreement == Some(false)
    {
        add(l, StepKind::AgreeTreatmentInAdvance, None, "IN-03");
    }
    let mut requested: Vec<DocumentKind, 16> = Vec::new();
    for item in admission.iter().chain(invoice) {
        // A patient without insurance pays: nothing to request.
        if item.status != DocumentStatus::Missing
            || requested.contains(&item.document)
            || item.document == DocumentKind::TravelInsurance
        {
            continue;
        }
        let _ = requested.push(item.document);
        // A missing card is the certificate's business (IN-06), already above.
        if matches!(
            item.document,
            DocumentKind::EhicCopy
                | DocumentKind::NorwegianEhicCopy
                | DocumentKind::NorwegianEhicYellowBackCopy
        ) {
            continue;
        }
        if item.document == DocumentKind::PassportCopy {
            l.reason(R::InPassportCopyMissing);
            add(
                l,
                StepKind::RequestPassportCopy,
                Some(item.document),
                "IN-06",
            );
        } else {
            add(l, StepKind::RequestDocument, Some(item.document), item.rule);
        }
    }
    if f.ground == Ground::Nordic {
        if c.care.transport_home_needed == Some(true) {
            l.reason(R::InTransportHome);
            add(l, StepKind::TransportHomeExtraCost, None, "IN-07");
        }
        let norwegian = |x: Country| x == Country::NO;
        if c.patient.citizenship.is_some_and(norwegian)
            || c.patient.second_citizenship.is_some_and(norwegian)
        {
            l.reason(R::InEmigratedNorwegian);
            add(l, StepKind::UseForeignIdentityNumber, None, "IN-07");
        }
    }
    let not_member_here = l
        .reasons
        .iter()
        .any(|r| matches!(r, R::InStayNotTemporary | R::InResidentNotMember));
    if not_member_here {
        add(l, StepKind::AskNavAboutMembership, None, "IN-15");
    }
    if f.covered != Verdict::Undetermined {
        match f.payer {
            Payer::Helfo | Payer::HelfoUtland => {
                add(l, StepKind::InvoiceHelfoThroughAltinn, None, "IN-14")
            }
            Payer::HealthTrust => add(l, StepKind::HealthTrustPays, None, "IN-12"),
            Payer::Patient if !certificate.contains(&Some(StepKind::InvoicePatient)) => {
                add(
                    l,
                    StepKind::InvoicePatient,
                    None,
                    f.ground.self_paying_rule(),
                );
                if f.ground.outside_eea() {
                    add(l, StepKind::ItemisedReceipt, None, "IN-08");
                }
            }
            _ => {}
        }
    }
    out
}
