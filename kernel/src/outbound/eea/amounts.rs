//! Prior notification (EEA-10, EEA-11), the refund (EEA-08, EEA-09) and the user fee (EEA-19).

use crate::case::{Case, Need, PriorNotificationStatus as Status, Setting};
use crate::error::Error;
use crate::fact::{Fact, Verdict};
use crate::ledger::{overflow, Ledger};
use crate::money::{BasisPoints, Ore, Rounding};
use crate::outbound::decision::{EstimateBasis, Limit, PriorNotificationOutcome, Refund, UserFee};
use crate::params::ParamId;
use crate::reason::ReasonCode as R;

/// EEA-10: whether the patient may apply for prior notification, and what a granted one says.
pub(crate) fn prior_notification(
    case: &Case,
    scheme: Verdict,
    l: &mut Ledger<'_, '_>,
) -> PriorNotificationOutcome {
    let pn = &case.prior_notification;
    let mut out = PriorNotificationOutcome {
        availability: Verdict::NotEligible,
        status: pn.status,
        guaranteed_stages: None,
        max_refund_ore: None,
    };
    if scheme == Verdict::NotEligible {
        return out;
    }
    if pn.status == Some(Status::Granted) {
        out.availability = Verdict::Eligible;
        out.guaranteed_stages = pn.stages_granted;
        out.max_refund_ore = pn.max_refund;
        l.reason(R::EeaPriorNotificationCap);
        if pn.stages_granted.is_some_and(|s| !s.is_all()) {
            l.reason(R::EeaStagedGuarantee);
        }
        return out;
    }
    // Where the patient stands is asked first; whether applying is open matters only to a
    // patient who has not applied. Unplanned care never had one (C-08): nothing to ask.
    if pn.status.is_none() && !case.unplanned() {
        l.lacks(Fact::PriorNotificationStatus);
    }
    let still_open = pn.status == Some(Status::NotApplied);
    out.availability = availability(case, l, still_open);
    if out.availability == Verdict::Eligible {
        l.reason(R::EeaPriorNotificationAvailable);
    }
    out
}

fn availability(case: &Case, l: &mut Ledger<'_, '_>, ask: bool) -> Verdict {
    let mut v = Verdict::Eligible;
    match case.treatment.need {
        Some(Need::AroseAbroad | Need::Urgent) => {
            l.reason(R::EeaPriorNotificationOnlyPlanned);
            return Verdict::NotEligible;
        }
        Some(Need::Planned) => {}
        None => v = Verdict::Undetermined, // asked for by EEA-06 already
    }
    // C-08: applied for before going abroad; care already given can no longer get one.
    if case.care_given() == Some(true) {
        l.reason(R::EeaPriorNotificationBeforeCare);
        return Verdict::NotEligible;
    }
    v = v.and(match case.patient.priority_patient {
        Some(true) => Verdict::Eligible,
        Some(false) => {
            l.reason(R::EeaPriorNotificationNotPriorityPatient);
            Verdict::NotEligible
        }
        None if ask => l.lacks(Fact::PriorityPatient),
        None => Verdict::Undetermined,
    });
    v.and(match case.prior_notification.formal_offer {
        Some(true) => Verdict::Eligible,
        Some(false) => {
            l.reason(R::EeaPriorNotificationNeedsOffer);
            Verdict::NotEligible
        }
        None if v == Verdict::NotEligible => Verdict::NotEligible,
        None if ask => l.lacks(Fact::FormalOffer),
        None => Verdict::Undetermined,
    })
}

/// EEA-08..EEA-11: refund = min(expenses − surcharges, rate × estimated cost, PN maximum).
pub(crate) fn refund(
    case: &Case,
    scheme: Verdict,
    l: &mut Ledger<'_, '_>,
) -> Result<Option<Refund>, Error> {
    let c = &case.costs;
    let mut r = Refund {
        verdict: scheme,
        expenses_ore: c.expenses,
        private_surcharges_ore: c.private_surcharges,
        refundable_expenses_ore: None,
        estimated_norwegian_cost_ore: None,
        estimate_basis: None,
        drg_points_milli: None,
        drg_unit_price_ore: None,
        rate_date: case.first_treatment_date(),
        rate_bp: None,
        rate_amount_ore: None,
        prior_notification_max_ore: None,
        refund_ore: None,
        estimated: false,
        refund_at_most_ore: None,
        limited_by: None,
        patient_share_ore: None,
        rounding: Rounding::HalfUpToOre,
    };
    let mut known = true;

    if r.rate_date.is_none() {
        l.lacks(Fact::TreatmentDates);
        known = false;
    }
    match (c.expenses, c.private_surcharges) {
        (Some(e), Some(s)) => {
            // validate_across() has checked s <= e.
            r.refundable_expenses_ore = e.checked_sub(s);
            if s > Ore::ZERO {
                l.reason(R::EeaSurchargesRemoved);
            }
        }
        (e, s) => {
            if e.is_none() {
                l.lacks(Fact::Expenses);
            }
            if s.is_none() {
                l.lacks(Fact::PrivateSurcharges);
            }
            known = false;
        }
    }
    known &= estimate(case, &mut r, l)?;
    known &= rate(case, &mut r, l)?;
    let (cap_known, extra_pending) = prior_notification_cap(case, &mut r, l);
    known &= cap_known;

    if known {
        let candidates = [
            (r.refundable_expenses_ore, Limit::Expenses),
            (r.rate_amount_ore, Limit::RateAmount),
            (r.prior_notification_max_ore, Limit::PriorNotification),
        ];
        let mut best: Option<(Ore, Limit)> = None;
        for (amount, limit) in candidates {
            if let Some(a) = amount {
                if best.is_none_or(|(b, _)| a < b) {
                    best = Some((a, limit));
                }
            }
        }
        if let Some((amount, limit)) = best {
            r.refund_ore = Some(amount);
            r.limited_by = Some(limit);
            r.patient_share_ore = c.expenses.and_then(|e| e.checked_sub(amount));
            l.reason(R::EeaLowerOfCandidates);
        }
        // EEA-11: the amount is what the notification guarantees; the care beyond it is judged
        // by Helfo afterwards, so the whole refund is not settled.
        if extra_pending {
            r.verdict = r.verdict.and(Verdict::Undetermined);
        }
    } else {
        r.verdict = Verdict::Undetermined;
    }
    // A settled refund is its own bound; the guaranteed part of a notification whose care went
    // beyond it is not (EEA-11: the extra part may add to it, up to the other candidates).
    r.refund_at_most_ore = match r.refund_ore {
        Some(settled) if r.verdict != Verdict::Undetermined => Some(settled),
        _ => at_most(case, r.refundable_expenses_ore, r.rate_amount_ore),
    };
    Ok(Some(r))
}

/// The most the refund can be from what is known (see [`Refund::refund_at_most_ore`]) while it
/// is not settled: each known candidate of EEA-08 caps it, the expenses cap it even before the
/// surcharges are known (EEA-09 only lowers it), and a granted prior notification caps it when
/// no care went beyond what it names (EEA-10, EEA-11).
// Its own small frame, taking the few amounts it reads: inlined with a reference to the whole
// `Refund`, it cost `evaluate` 700 bytes of stack (kernel/tests/stack.rs).
#[inline(never)]
fn at_most(case: &Case, refundable: Option<Ore>, rate_amount: Option<Ore>) -> Option<Ore> {
    let pn = &case.prior_notification;
    let pn_cap = match (pn.status, pn.care_beyond_granted) {
        (Some(Status::Granted), Some(false)) => pn.max_refund,
        _ => None,
    };
    let lower = |a: Option<Ore>, b: Option<Ore>| match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    lower(
        lower(refundable.or(case.costs.expenses), rate_amount),
        pn_cap,
    )
}

/// The estimated Norwegian cost: given, or DRG points × the unit price (an assumption).
fn estimate(case: &Case, r: &mut Refund, l: &mut Ledger<'_, '_>) -> Result<bool, Error> {
    let c = &case.costs;
    if let Some(e) = c.estimated_norwegian_cost {
        r.estimated_norwegian_cost_ore = Some(e);
        r.estimate_basis = Some(EstimateBasis::Given);
        return Ok(true);
    }
    let Some(points) = c.drg_points_milli else {
        l.lacks(Fact::EstimatedNorwegianCost);
        return Ok(false);
    };
    r.drg_points_milli = Some(points);
    r.estimate_basis = Some(EstimateBasis::DrgPoints);
    l.reason(R::AssumptionDrgPoints);
    let Some(on) = r.rate_date else {
        return Ok(false);
    };
    let Some(price) = l.param(ParamId::DrgUnitPrice, on, "EEA-08") else {
        return Ok(false);
    };
    let price = Ore::new(price).map_err(|_| overflow())?;
    r.drg_unit_price_ore = Some(price);
    r.estimated_norwegian_cost_ore =
        Some(price.mul_ratio(points as i64, 1000).ok_or_else(overflow)?);
    Ok(true)
}

/// P-EEA-RATE on the first treatment date; every date must fall under the same entry.
fn rate(case: &Case, r: &mut Refund, l: &mut Ledger<'_, '_>) -> Result<bool, Error> {
    let Some(on) = r.rate_date else {
        return Ok(false);
    };
    let first = l.peek(ParamId::EeaRate, on);
    let same =
        case.treatment
            .dates
            .iter()
            .all(|t| match (l.peek(ParamId::EeaRate, t.date), first) {
                (Some(a), Some(b)) => core::ptr::eq(a, b),
                _ => true, // a gap is reported by param() below
            });
    if !same {
        l.reason(R::EeaRateChangesWithinCase);
        return Ok(false);
    }
    let Some(bp) = l.param(ParamId::EeaRate, on, "EEA-08") else {
        return Ok(false);
    };
    // Params::new bounds the value (at most 100 000 bp), so the cast cannot truncate.
    let bp = BasisPoints(bp as u32);
    r.rate_bp = Some(bp);
    l.reason(R::EeaRateInForce);
    if let Some(est) = r.estimated_norwegian_cost_ore {
        r.rate_amount_ore = Some(est.apply(bp).ok_or_else(overflow)?);
    }
    Ok(r.rate_amount_ore.is_some())
}

/// EEA-10 and EEA-11: a granted notification's maximum caps the refund for the care it names.
/// Care beyond it is judged afterwards against what Norway would have given: the cap still
/// binds the granted part, and the extra part stays open. Returns (known, extra part open).
fn prior_notification_cap(case: &Case, r: &mut Refund, l: &mut Ledger<'_, '_>) -> (bool, bool) {
    let pn = &case.prior_notification;
    match pn.status {
        // Urgent care, or a need that arose abroad, had no prior notification (C-08).
        None if case.unplanned() => (true, false),
        None => {
            l.lacks(Fact::PriorNotificationStatus);
            (false, false)
        }
        Some(Status::Granted) => {
            let Some(max) = pn.max_refund else {
                l.lacks(Fact::PriorNotificationMax);
                return (false, false);
            };
            match pn.care_beyond_granted {
                None => {
                    l.lacks(Fact::CareBeyondGranted);
                    (false, false)
                }
                Some(beyond) => {
                    r.prior_notification_max_ore = Some(max);
                    if beyond {
                        l.reason(R::EeaExtraCareJudgedAfterwards);
                    }
                    (true, beyond)
                }
            }
        }
        Some(_) => (true, false),
    }
}

/// EEA-19: the user fee the patient would have paid in Norway (an assumption, named): the
/// outpatient fee in force on each date per consultation, none for an inpatient stay.
pub(crate) fn user_fee(
    case: &Case,
    scheme: Verdict,
    l: &mut Ledger<'_, '_>,
) -> Result<Option<UserFee>, Error> {
    let mut fee = UserFee {
        verdict: scheme,
        consultations: None,
        amount_ore: None,
        estimated: false,
        counts_towards_exemption_card: true,
        paid_out_with_refund: case.patient.holds_exemption_card,
        exemption_card_ceiling_ore: None,
        payout_ore: None,
    };
    l.reason(R::AssumptionUserFeeOutpatient);
    l.reason(R::EeaUserFeeTowardsExemptionCard);
    l.reason(R::EeaEhicFeesNotCounted);
    let mut known = true;
    match case.treatment.setting {
        None => {
            l.lacks(Fact::Setting);
            known = false;
        }
        Some(Setting::Inpatient) => {
            fee.consultations = Some(0);
            fee.amount_ore = Some(Ore::ZERO);
        }
        Some(Setting::Outpatient) => {
            if case.treatment.dates.is_empty() {
                l.lacks(Fact::TreatmentDates);
                known = false;
            }
            let mut count: u16 = 0;
            let mut sum = Ore::ZERO;
            for (i, t) in case.treatment.dates.iter().enumerate() {
                let Some(n) = t.outpatient_consultations else {
                    l.lacks_at(Fact::OutpatientConsultations, i);
                    known = false;
                    continue;
                };
                count += n as u16;
                if n == 0 {
                    continue;
                }
                match l.param(ParamId::OutpatientFee, t.date, "EEA-19") {
                    Some(per) => {
                        let per = Ore::new(per).map_err(|_| overflow())?;
                        let day = per.checked_mul_int(n as i64).ok_or_else(overflow)?;
                        sum = sum.checked_add(day).ok_or_else(overflow)?;
                    }
                    None => known = false,
                }
            }
            if known {
                fee.consultations = Some(count);
                fee.amount_ore = Some(sum);
            }
        }
    }
    let owed = fee.amount_ore.is_none_or(|a| a > Ore::ZERO);
    match case.patient.holds_exemption_card {
        Some(true) => l.reason(R::EeaUserFeePaidOut),
        Some(false) => {}
        // Whether it is paid out only matters when there is a fee.
        None if owed => {
            l.lacks(Fact::HoldsExemptionCard);
            known = false;
        }
        None => {}
    }
    // The ceiling the fee counts towards, for the patient's information: it settles nothing,
    // so a year without a sourced value leaves it out rather than asking for it.
    if let Some(first) = case.treatment.dates.first() {
        fee.exemption_card_ceiling_ore = l
            .informative(ParamId::FrikortCeiling, first.date)
            .and_then(|v| Ore::new(v).ok());
    }
    if !known {
        fee.verdict = Verdict::Undetermined;
    }
    Ok(Some(fee))
}

/// EEA-19 (seed 001): "Det blir beregnet en egenandel under saksbehandlingen … Hvis du allerede
/// har frikort, vil du få egenandelen utbetalt sammen med refusjonen": Helfo keeps the fee back
/// from the refund, unless the patient holds an exemption card. A fee above the refund keeps
/// back the whole refund, never more.
pub(crate) fn payout(refund: Option<Ore>, fee: &UserFee) -> Option<Ore> {
    let refund = refund?;
    match (fee.amount_ore, fee.paid_out_with_refund) {
        (_, Some(true)) => Some(refund),
        (Some(f), _) if f == Ore::ZERO => Some(refund),
        (Some(f), Some(false)) => Some(refund.checked_sub(f).unwrap_or(Ore::ZERO)),
        _ => None,
    }
}
