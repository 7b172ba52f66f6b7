//! Foreign patients on a temporary stay in Norway (seed 002, IN-01..IN-15): the hospital's
//! question. What the patient is entitled to, who pays, what the hospital copies at admission
//! and attaches to the invoice, and what the desk does next.

/// The inbound case (it lives beside the outbound one, in `case`, below the fact table).
pub use crate::case::inbound as case;
#[cfg(feature = "inbound")]
mod certificate;
pub mod decision;
#[cfg(feature = "inbound")]
mod documents;
#[cfg(feature = "inbound")]
mod entitlement;
#[cfg(feature = "inbound")]
mod period;
#[cfg(feature = "inbound")]
mod steps;

pub use case::{range, InboundCase};
pub use decision::InboundDecision;

#[cfg(feature = "inbound")]
use crate::error::{Error, ErrorKind};
#[cfg(feature = "inbound")]
use crate::fact::{Fact, Missing, Question, SetError, Verdict};
#[cfg(feature = "inbound")]
use crate::ledger::{Found, Ledger};
#[cfg(feature = "inbound")]
use crate::params::Params;
#[cfg(feature = "inbound")]
use crate::reason::ReasonCode as R;
#[cfg(feature = "inbound")]
use decision::{EhicState, InvoiceCategory, Payer, UserFee};

#[cfg(feature = "inbound")]
/// Decides an inbound case with the built-in parameters.
pub fn evaluate_inbound(case: &InboundCase) -> Result<InboundDecision<'static>, Error> {
    evaluate_inbound_with(case, Params::builtin())
}

#[cfg(feature = "inbound")]
/// Decides an inbound case with a caller's parameter table.
pub fn evaluate_inbound_with<'p>(
    case: &InboundCase,
    params: Params<'p>,
) -> Result<InboundDecision<'p>, Error> {
    check(case)?;
    let mut kept = Found::new();
    let mut l = Ledger::into_found(params, &mut kept);
    let found = entitlement::entitlement(case, &mut l);
    let cert = certificate::certificate(case, &mut l, found);
    let mut found = cert.found;
    // Care that is not covered is the patient's to pay, on no category of the convention lists.
    // The invoice category follows the payer (issue 23): a patient discharged without a
    // certificate is invoiced as self-paying; should a valid one arrive later, that invoice is
    // withdrawn and Helfo is invoiced under the convention category (IN-06), which the
    // decision for that day says.
    if found.covered == Verdict::NotEligible {
        found.payer = Payer::Patient;
        found.category = Some(InvoiceCategory::SelfPaying);
    }
    let late = cert.state == EhicState::SelfPaying;
    let (admission_copies, invoice_attachments) = documents::documents(case, &mut l, &found, late);
    let steps = steps::steps(
        case,
        &mut l,
        &found,
        &cert.steps,
        &admission_copies,
        &invoice_attachments,
    );
    if matches!(found.payer, Payer::Helfo | Payer::HelfoUtland)
        && found.covered != Verdict::Undetermined
    {
        l.reason(R::InInvoiceHelfoAltinn);
        l.reason(R::InHelfoChoosesSettlement);
    }
    let user_fee = match found.covered {
        Verdict::Eligible | Verdict::Discretion => UserFee::MemberFees,
        Verdict::NotEligible => UserFee::FullCost,
        Verdict::Undetermined => UserFee::Undetermined,
    };
    if l.overflow {
        return Err(Error::at_root(ErrorKind::Internal));
    }
    // A fact the person said they do not know is not asked again (C-04).
    let next_question = l.missing.iter().find_map(|m| match m {
        Missing::Fact { fact, .. } if case.declined.contains(*fact) => None,
        Missing::Fact { fact, index } => Some(Question {
            fact: *fact,
            index: *index,
        }),
        Missing::Parameter { .. } => None,
    });
    Ok(InboundDecision {
        schema: decision::INBOUND_DECISION_SCHEMA,
        id: case.id.clone(),
        evaluation_date: case.evaluation_date,
        scope: found.scope,
        covered: found.covered,
        payer: found.payer,
        user_fee,
        invoice_category: found.category,
        ehic_state: cert.state,
        covered_from: found.days.map(|(first, _)| first),
        covered_until: found.days.map(|(_, last)| last),
        admission_copies,
        invoice_attachments,
        steps,
        reasons: kept.reasons,
        missing: kept.missing,
        parameters: kept.used,
        next_question,
        declined: case.declined,
        receipt: crate::receipt::Receipt::new(
            crate::case::inbound::INBOUND_CASE_SCHEMA,
            decision::INBOUND_DECISION_SCHEMA,
            case.evaluation_date,
            params,
        ),
    })
}

#[cfg(feature = "inbound")]
/// Checks a case built in code as the JSON reader checks it (kinds, ranges), and the facts
/// that contradict each other, naming the later field.
fn check(case: &InboundCase) -> Result<(), Error> {
    for f in Fact::INBOUND {
        if let Err(SetError::Invalid(e)) = crate::fact::check(*f, None, case.get(*f)) {
            return Err(e);
        }
    }
    let bad = |f: Fact| Err(Error::new(ErrorKind::Inconsistent, f.field_path(None)));
    let s = &case.stay;
    if let (Some(a), Some(d)) = (s.admission_date, s.discharge_date) {
        if d < a {
            return bad(Fact::DischargeDate);
        }
    }
    let d = &case.documents;
    if let (Some(from), Some(until)) = (d.s2_valid_from, d.s2_valid_until) {
        if until < from {
            return bad(Fact::S2ValidUntil);
        }
    }
    crate::fact::not_after_evaluation(
        Fact::ProvisionalCertificateDate,
        None,
        d.provisional_certificate_date,
        case.evaluation_date,
    )?;
    if let (Some(from), Some(until)) = (d.ehic_valid_from, d.ehic_valid_until) {
        if until < from {
            return bad(Fact::EhicValidUntil);
        }
    }
    if d.provisional_certificate == Some(false) && d.provisional_certificate_date.is_some() {
        return bad(Fact::ProvisionalCertificateDate);
    }
    // A Norwegian-issued EHIC belongs to a member, or to a Norwegian pensioner abroad who is
    // not one (IN-11); for anyone else who is no member it is a contradiction.
    use case::{Membership, PatientCategory};
    let norwegian_card = d.ehic_issuer == Some(crate::Country::NO);
    let no_member = case.patient.membership == Some(Membership::None);
    let pensioner = case.patient.category == Some(PatientCategory::NorwegianPensionerAbroad);
    if norwegian_card && no_member && case.patient.category.is_some() && !pensioner {
        return bad(Fact::EhicIssuer);
    }
    Ok(())
}
