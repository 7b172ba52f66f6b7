//! The scheme verdict: EEA-01..EEA-07 with G-04. Each check returns its own verdict; the
//! scheme's is their conjunction, and every check runs so that all reasons and all missing
//! facts are reported at once.

use crate::case::{Case, Need, Referral};
use crate::country::Country;
use crate::fact::{Fact, Verdict};
use crate::ledger::Ledger;
use crate::params::ParamId;
use crate::reason::ReasonCode as R;

/// The scheme's verdict; the reason of every check that closed it goes to `closing`, so that the
/// EEA refund's route carries the reason that made its "no" (issue 27), as every route does.
/// `closing` keeps the first that fit; the decision's own reasons have them all.
pub(crate) fn decide<const N: usize>(
    case: &Case,
    l: &mut Ledger<'_, '_>,
    closing: &mut heapless::Vec<R, N>,
) -> Verdict {
    type Check = fn(&Case, &mut Ledger<'_, '_>) -> Verdict;
    let checks: [Check; 6] = [
        treatment_country,
        membership,
        residence,
        s1,
        referral,
        comparable,
    ];
    let mut v = Verdict::Eligible;
    for check in checks {
        let before = l.reasons.len();
        let this = check(case, l);
        // The check's last reason is the one that closed it (a check may first say what it
        // found, then why that is not enough: planned care, then no referral).
        if this == Verdict::NotEligible {
            if let Some(r) = l.reasons[before..].last() {
                let _ = closing.push(*r);
            }
        }
        v = v.and(this);
    }
    v
}

fn verdict(l: &mut Ledger<'_, '_>, ok: bool, yes: R, no: R) -> Verdict {
    if ok {
        l.reason(yes);
        Verdict::Eligible
    } else {
        l.reason(no);
        Verdict::NotEligible
    }
}

/// EEA-02 (with G-01, G-04): an EU/EEA state other than Norway; Switzerland goes to the EHIC.
fn treatment_country(case: &Case, l: &mut Ledger<'_, '_>) -> Verdict {
    let Some(c) = case.treatment.country else {
        return l.lacks(Fact::TreatmentCountry);
    };
    if c.is_norway() {
        l.reason(R::EeaCountryNorway);
        return Verdict::NotEligible;
    }
    if c == Country::CH {
        l.reason(R::EeaSwitzerlandEhic);
        return Verdict::NotEligible;
    }
    if c.is_former_eu_uk() {
        return uk(case, l);
    }
    verdict(
        l,
        c.is_eu_eea(),
        R::EeaCountryInScheme,
        R::EeaCountryOutsideEea,
    )
}

/// G-04: the UK counts as an EU state only for care while P-UK-IN-EEA-REFUND is in force.
/// Every treatment date must fall within it: care after the transition period is outside
/// the scheme even when earlier care in the same case was inside.
fn uk(case: &Case, l: &mut Ledger<'_, '_>) -> Verdict {
    if case.treatment.dates.is_empty() {
        return l.lacks(Fact::TreatmentDates);
    }
    let mut inside = true;
    for t in &case.treatment.dates {
        // The flag has no entry after its end date: "not in force" is the answer, not a gap.
        let in_force = l
            .peek(ParamId::UkInEeaRefund, t.date)
            .is_some_and(|e| e.value == 1);
        if in_force {
            l.param(ParamId::UkInEeaRefund, t.date, "G-04");
        }
        inside &= in_force;
    }
    verdict(l, inside, R::EeaUkBeforeBrexit, R::EeaUkAfterBrexit)
}

/// EEA-01: a member of folketrygden (or a family member it covers, as the caller states).
fn membership(case: &Case, l: &mut Ledger<'_, '_>) -> Verdict {
    match case.patient.member_of_folketrygden {
        None => l.lacks(Fact::MemberOfFolketrygden),
        Some(m) => verdict(l, m, R::EeaMember, R::EeaNotMember),
    }
}

/// EEA-03: no refund in the EU/EEA state where the patient ordinarily lives.
fn residence(case: &Case, l: &mut Ledger<'_, '_>) -> Verdict {
    let Some(home) = case.patient.residence_country else {
        return l.lacks(Fact::ResidenceCountry);
    };
    let Some(there) = case.treatment.country else {
        // Already asked for by EEA-02.
        return Verdict::Undetermined;
    };
    verdict(
        l,
        home.state() != there.state(),
        R::EeaNotResidentInTreatmentCountry,
        R::EeaResidentInTreatmentCountry,
    )
}

/// EEA-04: an S1 holder goes to the treatment country's social security authorities.
fn s1(case: &Case, l: &mut Ledger<'_, '_>) -> Verdict {
    match case.patient.holds_s1_for_treatment_country {
        None => l.lacks(Fact::HoldsS1),
        Some(has) => verdict(l, !has, R::EeaNoS1, R::EeaS1Holder),
    }
}

/// EEA-05 and EEA-06: planned care needs a Norwegian referral (or an ongoing Norwegian course,
/// EEA-17); care whose need arose abroad a referral from the treatment country (or a documented
/// consultation where it has no referral system); urgent care none.
fn referral(case: &Case, l: &mut Ledger<'_, '_>) -> Verdict {
    let Some(need) = case.treatment.need else {
        l.lacks(Fact::Need);
        if case.treatment.referral.is_none() {
            l.lacks(Fact::Referral);
        }
        return Verdict::Undetermined;
    };
    if need != Need::Urgent {
        l.reason(R::EeaPlannedOrDuringStay);
    }
    if need == Need::Urgent {
        l.reason(R::EeaUrgentNoReferral);
        return Verdict::Eligible;
    }
    let Some(r) = case.treatment.referral else {
        return l.lacks(Fact::Referral);
    };
    let ok = match (need, r) {
        (Need::Planned, Referral::Norwegian) => Some(R::EeaReferralNorwegian),
        (_, Referral::OngoingNorwegianCourse) => Some(R::EeaReferralOngoingCourse),
        (Need::AroseAbroad, Referral::TreatmentCountry) => Some(R::EeaReferralTreatmentCountry),
        (Need::AroseAbroad, Referral::ConsultationDocumented) => {
            Some(R::EeaReferralConsultationDocumented)
        }
        _ => None,
    };
    match ok {
        Some(reason) => {
            l.reason(reason);
            Verdict::Eligible
        }
        None => {
            l.reason(R::EeaReferralMissing);
            Verdict::NotEligible
        }
    }
}

/// EEA-07: only care equal or comparable to the Norwegian public specialist service's. Helfo
/// judges it; when it has granted a prior notification it has judged it already, for the care
/// the notification describes (seed 001: «Ved søknad om forhåndstilsagn skal Helfo ta stilling
/// til om den behandlingen du ønsker tilsvarer …»; Jorunn «vet at behandlingen hun har søkt om
/// vil bli godkjent for refusjon»), so care within a granted notification needs no judgement
/// again. Care beyond it does (EEA-11).
fn comparable(case: &Case, l: &mut Ledger<'_, '_>) -> Verdict {
    let pn = &case.prior_notification;
    let granted = pn.status == Some(crate::case::PriorNotificationStatus::Granted);
    match case.treatment.comparable_to_norwegian_care {
        Some(c) => verdict(l, c, R::EeaComparableCare, R::EeaNotComparableCare),
        None if granted && pn.care_beyond_granted == Some(false) => {
            l.reason(R::EeaComparableByPriorNotification);
            Verdict::Eligible
        }
        None => l.lacks(Fact::ComparableCare),
    }
}
