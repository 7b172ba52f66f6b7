//! The outbound domain: a Norwegian resident treated or to be treated abroad. The EEA refund
//! rules (`eea`, EEA-01..EEA-21), the routes it is ranked against (`routes`: ABR, WAIT,
//! OTHER), the risk notes (RISK-01..RISK-04) and the interview, all on one [`Ledger`].
//!
//! One pass, in the order a caseworker would go: the scheme verdict first, then (unless it is
//! "not eligible") prior notification, the refund, the user fee, travel, deadlines and the
//! document checklists, then the routes. Each step records its reasons and the facts it lacks
//! in the ledger; the order of recording is the order of the `missing` list, most decisive
//! first.

pub mod audience;
pub mod decision;
mod eea;
pub mod interview;
mod risk;
pub mod routes;
mod settle;

use crate::ledger::Ledger;
use eea::{amounts, deadlines, documents, scheme, travel};

use crate::case::Case;
use crate::error::{Error, ErrorKind, FieldPath, Segment};
use crate::fact::{CheckedCase, Verdict};
use crate::outbound::decision::{
    Decision, Documents, PriorNotificationOutcome, Processing, Scheme, DECISION_SCHEMA,
};
use crate::params::Params;
use crate::reason::ReasonCode;
use heapless::Vec;

#[cfg(feature = "outbound")]
/// Evaluates a case against the built-in parameters.
pub fn evaluate(case: &Case) -> Result<Decision<'static>, Error> {
    evaluate_with(case, Params::builtin())
}

#[cfg(feature = "outbound")]
/// Evaluates a case against a caller's parameter table (what-if analysis).
pub fn evaluate_with<'p>(case: &Case, params: Params<'p>) -> Result<Decision<'p>, Error> {
    evaluate_checked(case.checked()?, params)
}

#[cfg(feature = "outbound")]
/// Evaluates a case whose values are already checked (see [`CheckedCase`]): the same decision
/// as [`evaluate_with`], without checking every value a second time.
pub fn evaluate_checked<'p>(
    case: CheckedCase<'_>,
    params: Params<'p>,
) -> Result<Decision<'p>, Error> {
    let case = case.case();
    validate_across(case)?;
    let mut d = blank(case, params);
    decide_into(case, &mut d, params)?;
    Ok(d)
}

#[cfg(feature = "outbound")]
/// Decides a checked case and hands the decision to `then` where it was made, rather than
/// returning it: a caller that only writes it somewhere (JSON, a C struct) has no copy of its
/// 2.6 KB on the stack and makes none (issue 15). `then`'s error is returned as it is.
pub fn evaluate_checked_with<'p, R, E: From<Error>>(
    case: CheckedCase<'_>,
    params: Params<'p>,
    then: impl FnOnce(&Decision<'p>) -> Result<R, E>,
) -> Result<R, E> {
    let case = case.case();
    validate_across(case)?;
    let mut d = blank(case, params);
    decide_into(case, &mut d, params)?;
    then(&d)
}

/// The decision before any rule has run: what the case says of itself, every finding empty.
// Inlined into both callers, as `decide_into` is: as calls of their own, the two cost
// `evaluate` 1.4 KB more stack (kernel/tests/stack.rs).
#[cfg(feature = "outbound")]
#[inline(always)]
fn blank<'p>(case: &Case, params: Params<'p>) -> Decision<'p> {
    Decision {
        schema: DECISION_SCHEMA,
        id: case.id.clone(),
        evaluation_date: case.evaluation_date,
        scheme: Scheme::EeaRefund,
        verdict: Verdict::Undetermined,
        reasons: Vec::new(),
        missing: Vec::new(),
        to_settle: Vec::new(),
        declined: case.declined,
        audience: case.audience,
        prior_notification: PriorNotificationOutcome {
            availability: Verdict::Undetermined,
            status: None,
            guaranteed_stages: None,
            max_refund_ore: None,
        },
        refund: None,
        user_fee: None,
        travel: None,
        deadlines: Vec::new(),
        processing: Processing {
            prior_notification_decision_by: None,
            refund_decision_by: None,
        },
        documents: Documents::default(),
        risks: Vec::new(),
        parameters: Vec::new(),
        estimates: Vec::new(),
        routes: Vec::new(),
        recommended: None,
        next_question: None,
        receipt: crate::receipt::Receipt::new(
            crate::case::CASE_SCHEMA,
            DECISION_SCHEMA,
            case.evaluation_date,
            params,
        ),
    }
}

#[cfg(feature = "outbound")]
/// Runs the rules, writing what they find into `d` (made by [`blank`]). The ledger writes its
/// reasons, missing facts and parameters straight into `d`: no second copy of those lists.
#[inline(always)]
fn decide_into<'p>(case: &Case, d: &mut Decision<'p>, params: Params<'p>) -> Result<(), Error> {
    let mut l = Ledger::new(params, &mut d.reasons, &mut d.missing, &mut d.parameters)
        .estimating(&mut d.estimates);
    // In the order the reasons were always recorded: the scheme, prior notification, risks.
    let mut closing: heapless::Vec<ReasonCode, { routes::MAX_ROUTE_REASONS }> =
        heapless::Vec::new();
    let verdict = scheme::decide(case, &mut l, &mut closing);
    d.verdict = verdict;
    d.prior_notification = amounts::prior_notification(case, verdict, &mut l);
    d.risks = risk::notes(case, &mut l);
    if verdict != Verdict::NotEligible {
        // Issue 24: an amount computed while the ledger estimated a rate is an estimate.
        let before = l.estimated();
        d.refund = amounts::refund(case, verdict, &mut l)?;
        let after_refund = l.estimated();
        d.user_fee = amounts::user_fee(case, verdict, &mut l)?;
        let after_fee = l.estimated();
        d.travel = travel::decide(case, verdict, &mut l)?;
        let after_travel = l.estimated();
        if let Some(r) = d.refund.as_mut() {
            r.estimated = after_refund > before;
        }
        if let Some(u) = d.user_fee.as_mut() {
            u.estimated = after_fee > after_refund;
        }
        if let Some(t) = d.travel.as_mut() {
            t.estimated = after_travel > after_fee;
        }
        d.deadlines = deadlines::per_date(case, &mut l);
        d.processing = deadlines::processing(case, &mut l);
        d.documents = documents::checklists(case, &d.prior_notification, &mut l);
        l.reason(ReasonCode::EeaPayFirst);
        l.reason(ReasonCode::EeaWhereToSend);
        l.reason(ReasonCode::EeaFindProvider);
        // C-04, EEA-14: with no treatment date known, a deadline may already have passed, so
        // "eligible" is not settled yet (unless the care is still to come).
        if d.verdict == Verdict::Eligible
            && case.treatment.dates.is_empty()
            && case.care_given() != Some(false)
        {
            d.verdict = Verdict::Undetermined;
        }
        // C-04, EEA-14: the same for a date of care already given whose deadline is not known
        // (its length is a parameter the table lacks, or whether it runs from an invoice is
        // not known and the earliest possible deadline has passed): it may have expired.
        let open_deadline = case.treatment.dates.iter().any(|t| {
            t.date <= case.evaluation_date
                && !d
                    .deadlines
                    .iter()
                    .any(|x| x.treatment_date == t.date && x.expired.is_some())
        });
        if d.verdict == Verdict::Eligible && open_deadline {
            d.verdict = Verdict::Undetermined;
        }
        // EEA-14: when every treatment date's claim deadline has passed, no refund is left.
        if !d.deadlines.is_empty() && d.deadlines.iter().all(|x| x.expired == Some(true)) {
            d.verdict = Verdict::NotEligible;
            let _ = closing.push(ReasonCode::EeaDeadlineExpired);
            d.refund = None;
            d.user_fee = None;
            d.travel = None;
            d.documents = Documents::default();
        } else if d.deadlines.iter().any(|x| x.expired == Some(true)) {
            // EEA-14: each date has its own deadline; only the care of the dates still in time
            // is refunded. The case gives one total, so the split is not known: the refund is
            // left open, naming why, rather than paying for the expired dates too.
            if let Some(r) = d.refund.as_mut() {
                r.verdict = Verdict::Undetermined;
                r.refund_ore = None;
                r.limited_by = None;
                r.patient_share_ore = None;
            }
            l.reason(ReasonCode::EeaDeadlinePartlyExpired);
        }
    }
    // EEA-19: what Helfo pays, once the refund and the fee are known.
    let refund_ore = d.refund.as_ref().and_then(|r| r.refund_ore);
    if let Some(u) = d.user_fee.as_mut() {
        u.payout_ore = amounts::payout(refund_ore, u);
    }
    if d.verdict == Verdict::NotEligible {
        // No unknown fact can change a "no": asking for one would waste the patient's time.
        l.missing.clear();
    }
    d.routes = routes::decide(case, d.verdict, &closing, &mut l)?;
    if l.overflow {
        return Err(Error::at_root(ErrorKind::Internal));
    }
    d.recommended = d
        .routes
        .first()
        .filter(|r| r.rank == Some(1))
        .map(|r| r.route);
    if d.recommended == Some(routes::Route::WaitingTimeBreach) {
        risk::under_contract(&mut d.risks);
    }
    if d.recommended.is_some() {
        d.reasons_push(ReasonCode::AssumptionRouteRanking)?;
    }
    d.to_settle = settle::to_settle(case, d);
    d.next_question = interview::next_question(d);
    Ok(())
}

#[cfg(feature = "outbound")]
/// Cross-field checks the types cannot express, in one place for JSON and typed callers alike
/// (the JSON reader, [`Case::check`] and [`Case::set`] check each field on its own).
fn validate_across(case: &Case) -> Result<(), Error> {
    let c = &case.costs;
    if let (Some(e), Some(s)) = (c.expenses, c.private_surcharges) {
        // EEA-09: the surcharges are part of the expenses.
        if s > e {
            return Err(Error::new(
                ErrorKind::Inconsistent,
                FieldPath::of(&["costs", "private_surcharges_ore"]),
            ));
        }
    }
    // C-08: "already given" and the treatment dates must tell the same story.
    if let (Some(stated), Some(first)) = (case.treatment.care_given, case.first_treatment_date()) {
        let past = first < case.evaluation_date;
        let future = first > case.evaluation_date;
        if (stated && future) || (!stated && past) {
            return Err(Error::new(
                ErrorKind::Inconsistent,
                crate::fact::Fact::CareGiven.field_path(None),
            ));
        }
    }
    use crate::fact::{not_after_evaluation, Fact};
    let eval = case.evaluation_date;
    let pn = case.prior_notification.application_received;
    not_after_evaluation(Fact::ApplicationReceived, None, pn, eval)?;
    not_after_evaluation(Fact::ClaimReceived, None, case.claim.received, eval)?;
    for (i, t) in case.treatment.dates.iter().enumerate() {
        not_after_evaluation(Fact::InvoiceDate, Some(i), t.invoice_date, eval)?;
        let at = |field: &'static &'static str| {
            FieldPath::of(&["treatment", "dates"])
                .child(Segment::Index(i as u16))
                .child(Segment::Field(field))
        };
        if let Some(inv) = t.invoice_date {
            // EEA-14: the invoice is the first request for payment *after* the treatment.
            if t.settled_on_the_spot == Some(true) || inv < t.date {
                return Err(Error::new(ErrorKind::Inconsistent, at(&"invoice_date")));
            }
        }
    }
    Ok(())
}

impl Decision<'_> {
    fn reasons_push(&mut self, r: ReasonCode) -> Result<(), Error> {
        if self.reasons.contains(&r) {
            return Ok(());
        }
        self.reasons
            .push(r)
            .map_err(|_| Error::at_root(ErrorKind::Internal))
    }
}
