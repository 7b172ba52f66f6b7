//! What the hospital copies at admission and attaches to the invoice, per ground (IN-05,
//! IN-07, IN-09..IN-14), with whether it is held. A document whose status is unknown is asked
//! for after every fact that decides the entitlement.

use super::case::{IdentityDocument, InboundCase};
use super::certificate::card_replaced_by_certificate;
use super::decision::{DocumentItem, DocumentKind as D, DocumentStatus, Payer, MAX_DOCUMENTS};
use super::entitlement::{Found, Ground};
use crate::fact::{Fact, Verdict};
use crate::ledger::Ledger;
use crate::reason::ReasonCode as R;
use heapless::Vec;

type List = Vec<DocumentItem, MAX_DOCUMENTS>;
/// Documents with the rule that asks for each.
type Wanted = &'static [(D, &'static str)];

/// The admission copies and the invoice attachments for an entitlement.
pub(crate) fn documents(
    c: &InboundCase,
    l: &mut Ledger<'_, '_>,
    f: &Found,
    awaiting_late_certificate: bool,
) -> (List, List) {
    let mut admission = List::new();
    let mut invoice = List::new();
    // A patient who pays for care that is not covered needs no entitlement documents; one who
    // is self-paying only for want of a certificate keeps them (a certificate may still come).
    if f.covered == Verdict::NotEligible
        && f.ground != Ground::SelfPaying
        && !awaiting_late_certificate
    {
        return (admission, invoice);
    }
    let card = if card_replaced_by_certificate(c, f.ground) {
        D::ProvisionalCertificate
    } else {
        match f.ground {
            Ground::PensionerEhic => D::NorwegianEhicYellowBackCopy,
            Ground::MemberEhic => D::NorwegianEhicCopy,
            _ => D::EhicCopy,
        }
    };
    let (adm, inv, assumed): (Wanted, Wanted, bool) = match f.ground {
        Ground::Unknown | Ground::HealthTrust => (&[], &[], false),
        Ground::Ehic { uk: false } => (
            &[
                (D::PassportOrNationalIdCopy, "IN-11"),
                (D::EhicCopy, "IN-14"),
            ],
            &[(D::PassportCopy, "IN-14"), (D::EhicCopy, "IN-14")],
            false,
        ),
        Ground::Ehic { uk: true } => (
            &[(D::PassportCopy, "IN-05"), (D::EhicCopy, "IN-14")],
            &[(D::PassportCopy, "IN-14"), (D::EhicCopy, "IN-14")],
            false,
        ),
        Ground::PensionerEhic => (&[(D::EhicCopy, "IN-11")], &[(D::EhicCopy, "IN-14")], true),
        Ground::MemberEhic => (&[(D::EhicCopy, "IN-12")], &[(D::EhicCopy, "IN-14")], true),
        Ground::MemberPlanned => (&[], &[], true),
        Ground::NavDecision => (
            &[(D::NavMembershipDecision, "IN-12")],
            &[(D::NavMembershipDecision, "IN-12")],
            true,
        ),
        Ground::S1 => (&[(D::S1Copy, "IN-13")], &[(D::S1Copy, "IN-13")], true),
        Ground::S2 => (&[(D::S2Copy, "IN-13")], &[(D::S2Copy, "IN-13")], true),
        Ground::S3 => (&[(D::S3Copy, "IN-13")], &[(D::S3Copy, "IN-13")], true),
        Ground::UkProtocol => (
            &[(D::PassportCopy, "IN-05")],
            &[(D::PassportCopy, "IN-05")],
            true,
        ),
        Ground::CrownDependency => (
            &[(D::PassportCopy, "IN-05"), (D::ProofOfResidence, "IN-05")],
            &[(D::PassportCopy, "IN-05"), (D::ProofOfResidence, "IN-05")],
            true,
        ),
        // The home address is noted with the invoice, not copied at admission (revision 3).
        Ground::Nordic => (
            &[(D::IdentityDocumentCopy, "IN-07")],
            &[
                (D::IdentityDocumentCopy, "IN-14"),
                (D::HomeAddress, "IN-14"),
            ],
            false,
        ),
        Ground::Australia => (
            &[(D::PassportOrMedicareCopy, "IN-09")],
            &[
                (D::PassportOrMedicareCopy, "IN-14"),
                (D::HomeAddress, "IN-14"),
            ],
            false,
        ),
        Ground::Quebec => (
            &[(D::PassportCopy, "IN-10")],
            &[(D::PassportCopy, "IN-14"), (D::HomeAddress, "IN-14")],
            false,
        ),
        Ground::SelfPaying => (&[(D::TravelInsurance, "IN-08")], &[], false),
    };
    // The card slot names the card this ground copies (or the certificate in its place).
    let named = |d: D| if d == D::EhicCopy { card } else { d };
    for (d, rule) in adm {
        let d = named(*d);
        let s = status(c, l, d);
        push(l, &mut admission, d, s, rule);
    }
    // A voluntary member's NAV decision is copied where there is one (IN-12: "eventuelt").
    let voluntary = c.patient.membership == Some(super::case::Membership::Voluntary);
    let member_ground = matches!(f.ground, Ground::MemberEhic | Ground::MemberPlanned);
    if member_ground && voluntary && c.documents.nav_decision == Some(true) {
        push(
            l,
            &mut admission,
            D::NavMembershipDecision,
            DocumentStatus::Held,
            "IN-12",
        );
    }
    if matches!(f.payer, Payer::Helfo | Payer::HelfoUtland) {
        for (d, rule) in inv {
            let d = named(*d);
            let s = status(c, l, d);
            push(l, &mut invoice, d, s, rule);
        }
        push(
            l,
            &mut invoice,
            D::InvoiceBasisForm,
            DocumentStatus::ToPrepare,
            "IN-14",
        );
        if assumed {
            l.reason(R::AssumptionInvoiceAttachments);
        }
        let passport_asked = invoice.iter().any(|i| i.document == D::PassportCopy);
        let id_card = c.documents.identity_document == Some(IdentityDocument::NationalIdCard);
        if passport_asked && id_card {
            l.reason(R::InInvoiceAsksPassport);
        }
    }
    (admission, invoice)
}

fn push(
    l: &mut Ledger<'_, '_>,
    list: &mut List,
    document: D,
    status: DocumentStatus,
    rule: &'static str,
) {
    debug_assert!(rule.len() <= crate::reason::MAX_RULE_ID);
    if list.iter().any(|i| i.document == document) {
        return;
    }
    if list
        .push(DocumentItem {
            document,
            status,
            rule,
        })
        .is_err()
    {
        l.overflow = true;
    }
}

/// Whether the hospital holds `d`, from the case's document facts; an unknown one is asked.
fn status(c: &InboundCase, l: &mut Ledger<'_, '_>, d: D) -> DocumentStatus {
    let docs = &c.documents;
    let id = docs.identity_document;
    let ask = |l: &mut Ledger<'_, '_>, v: Option<bool>, fact: Fact| match v {
        Some(true) => DocumentStatus::Held,
        Some(false) => DocumentStatus::Missing,
        None => {
            l.lacks(fact);
            DocumentStatus::Unknown
        }
    };
    match d {
        D::EhicCopy | D::NorwegianEhicCopy | D::NorwegianEhicYellowBackCopy => {
            ask(l, docs.ehic, Fact::EhicHeld)
        }
        D::ProvisionalCertificate => DocumentStatus::Held,
        D::PassportOrNationalIdCopy => ask(
            l,
            id.map(|i| {
                matches!(
                    i,
                    IdentityDocument::Passport | IdentityDocument::NationalIdCard
                )
            }),
            Fact::IdentityDocument,
        ),
        D::PassportCopy => ask(
            l,
            id.map(|i| i == IdentityDocument::Passport),
            Fact::IdentityDocument,
        ),
        D::IdentityDocumentCopy => ask(
            l,
            id.map(|i| i != IdentityDocument::None),
            Fact::IdentityDocument,
        ),
        D::PassportOrMedicareCopy => match (id, docs.medicare_card) {
            (Some(IdentityDocument::Passport), _) | (_, Some(true)) => DocumentStatus::Held,
            (None, _) => ask(l, None, Fact::IdentityDocument),
            (Some(_), m) => ask(l, m, Fact::MedicareCard),
        },
        D::ProofOfResidence => ask(l, docs.proof_of_residence, Fact::ProofOfResidence),
        D::HomeAddress => ask(l, docs.home_address, Fact::HomeAddress),
        D::NavMembershipDecision => ask(l, docs.nav_decision, Fact::NavDecision),
        D::S1Copy => ask(l, docs.s1, Fact::HoldsS1E106),
        D::S2Copy => ask(l, docs.s2, Fact::HoldsS2),
        D::S3Copy => ask(l, docs.s3, Fact::HoldsS3),
        D::TravelInsurance => ask(l, docs.travel_insurance, Fact::TravelInsurance),
        D::InvoiceBasisForm => DocumentStatus::ToPrepare,
    }
}
