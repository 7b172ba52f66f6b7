//! Deadlines (EEA-14) and expected decision dates (EEA-15).

use crate::case::{Case, PriorNotificationStatus};
use crate::fact::Fact;
use crate::ledger::Ledger;
use crate::outbound::decision::{Deadline, DeadlineStart, Processing};
use crate::params::ParamId;
use crate::reason::ReasonCode as R;
use heapless::Vec;

/// EEA-14: 6 months from each treatment date, or from the first invoice when the patient was
/// invoiced afterwards. An invoice date given alone says the patient was invoiced afterwards.
pub(crate) fn per_date(
    case: &Case,
    l: &mut Ledger<'_, '_>,
) -> Vec<Deadline, { crate::case::MAX_TREATMENT_DATES }> {
    let mut out = Vec::new();
    let eval = case.evaluation_date;
    for (i, t) in case.treatment.dates.iter().enumerate() {
        // A treatment date may lie ahead (planned care); its deadline is then counted from a
        // day not yet come, which the decision says rather than presenting as a claim to send.
        if t.date > eval {
            l.reason(R::EeaTreatmentStillToCome);
        }
        let Some(months) = l.param(ParamId::EeaDeadlineMonths, t.date, "EEA-14") else {
            continue;
        };
        let months = months as u16; // bounded by Params::new
                                    // Date arithmetic reaches MAX_COMPUTED_YEAR, far past any accepted date plus any
                                    // table's months: a date without its deadline would be an internal fault, not a gap.
        let Some(safe) = t.date.add_months(months) else {
            continue;
        };
        let invoiced_afterwards = match (t.settled_on_the_spot, t.invoice_date) {
            (_, Some(_)) => Some(true),
            (s, None) => s.map(|on_spot| !on_spot),
        };
        let (runs_from, deadline) = match invoiced_afterwards {
            Some(false) => {
                l.reason(R::EeaDeadlineFromTreatmentDate);
                (Some(DeadlineStart::TreatmentDate), Some(safe))
            }
            Some(true) => match t.invoice_date {
                Some(inv) => {
                    l.reason(R::EeaDeadlineFromInvoiceDate);
                    (Some(DeadlineStart::InvoiceDate), inv.add_months(months))
                }
                None => {
                    l.lacks_at(Fact::InvoiceDate, i);
                    (Some(DeadlineStart::InvoiceDate), None)
                }
            },
            // One question settles both: the first request for payment, answered with its
            // date, or "on the spot" (`Case::answer`).
            None => {
                l.lacks_at(Fact::InvoiceDate, i);
                (None, None)
            }
        };
        // validate_across() ensures an invoice never precedes its treatment, so the real deadline
        // is never before `safe`: "not passed by `safe`" is already an answer.
        let days_left = deadline.map(|d| eval.days_until(d));
        let expired = match days_left {
            Some(n) => Some(n < 0),
            None if eval <= safe => Some(false),
            None => None,
        };
        let claim_in_time = case.claim.received.and_then(|r| match deadline {
            Some(d) => Some(r <= d),
            None if r <= safe => Some(true),
            None => None,
        });
        if expired == Some(true) && claim_in_time != Some(true) {
            l.reason(R::EeaDeadlineExpired);
        }
        let d = Deadline {
            treatment_date: t.date,
            runs_from,
            deadline,
            safe_deadline: safe,
            days_left,
            expired: if claim_in_time == Some(true) {
                Some(false)
            } else {
                expired
            },
            claim_in_time,
        };
        // One deadline per date and both vectors share MAX_TREATMENT_DATES.
        let _ = out.push(d);
    }
    out
}

/// EEA-15: prior notification up to 4 weeks from a complete application, refund up to 12
/// weeks from the claim.
pub(crate) fn processing(case: &Case, l: &mut Ledger<'_, '_>) -> Processing {
    let pn = &case.prior_notification;
    let pending = matches!(pn.status, Some(PriorNotificationStatus::Pending) | None);
    let prior = match (pn.application_received, pending) {
        (Some(received), true) => l
            .param(ParamId::EeaProcessingPriorWeeks, received, "EEA-15")
            .and_then(|w| received.add_weeks(w as u16)),
        _ => None,
    };
    let refund = case.claim.received.and_then(|received| {
        l.param(ParamId::EeaProcessingRefundWeeks, received, "EEA-15")
            .and_then(|w| received.add_weeks(w as u16))
    });
    if prior.is_some() || refund.is_some() {
        l.reason(R::EeaProcessingTimes);
    }
    Processing {
        prior_notification_decision_by: prior,
        refund_decision_by: refund,
    }
}
