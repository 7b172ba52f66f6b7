//! The waiting-time routes: a breached deadline (WAIT-01, WAIT-03) and a medically
//! indefensible wait with an S2 (WAIT-02).

use super::{planned_only, Eval};
use crate::case::Case;
use crate::fact::{Fact, Verdict};
use crate::reason::ReasonCode as R;

/// WAIT-02: a medically indefensible wait, deadline breached or not; for members, for
/// hospital treatment in another EEA country (an S2 is no use elsewhere). A destination not
/// chosen yet leaves the route open: the S2 is then used in the EEA country chosen.
pub(super) fn indefensible_wait(case: &Case) -> Eval {
    let mut e = Eval::new();
    let w = &case.waiting;
    planned_only(&mut e, case, R::WaitS2PlannedCareOnly);
    if e.verdict == Verdict::NotEligible {
        return e;
    }
    if let Some(c) = case.treatment.country {
        if c.is_norway() || !c.is_eu_eea() {
            e.no(R::WaitS2EeaOnly);
            return e;
        }
    }
    e.condition(
        case.patient.member_of_folketrygden,
        Fact::MemberOfFolketrygden,
        None,
        R::WaitS2MembersOnly,
    );
    if e.verdict == Verdict::NotEligible {
        return e;
    }
    e.condition(
        w.medically_indefensible,
        Fact::MedicallyIndefensibleWait,
        Some(R::WaitIndefensibleApplyS2),
        R::WaitNotIndefensible,
    );
    if e.verdict == Verdict::Eligible && w.s2_granted == Some(true) {
        e.yes(R::WaitS2NoUpfrontPayment);
    }
    e
}

/// WAIT-01 (and WAIT-03): a deadline given, passed on the evaluation date, not treated by it.
pub(super) fn waiting_time_breach(case: &Case) -> Eval {
    let mut e = Eval::new();
    let w = &case.waiting;
    planned_only(&mut e, case, R::WaitPlannedCareOnly);
    if e.verdict == Verdict::NotEligible {
        return e;
    }
    match w.deadline_given {
        None => e.lacks(Fact::WaitingDeadlineGiven),
        Some(false) => e.no(R::WaitNoDeadline),
        Some(true) => match w.deadline {
            None => e.lacks(Fact::WaitingDeadline),
            Some(d) if case.evaluation_date <= d => e.no(R::WaitDeadlineNotPassed),
            Some(_) => e.condition(
                w.treated_by_deadline.map(|t| !t),
                Fact::TreatedByDeadline,
                Some(R::WaitDeadlineBreached),
                R::WaitTreatedInTime,
            ),
        },
    }
    if e.verdict == Verdict::Eligible {
        e.yes(R::WaitContractCoveredByNpe);
    }
    e
}
