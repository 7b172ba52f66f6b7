//! MET-02: the access scheme's cut-off. Helse Bergen must have forwarded the application to the
//! Nye metoder secretariat by 12:00 on the Friday of the week before the next meeting. The
//! meetings are the caller's calendar, P-MET-MEETINGS (one entry per meeting day).

use super::decision::AccessDeadline;
use crate::date::Date;
use crate::ledger::Ledger;
use crate::params::ParamId;
use crate::reason::ReasonCode as R;

/// The Friday of the week (Monday to Sunday) before the one `meeting` is in.
pub(crate) fn cut_off(meeting: Date) -> Option<Date> {
    let monday = meeting.add_days(-i32::from(meeting.weekday()))?;
    monday.add_days(-3)
}

/// The first meeting whose cut-off is still open on the evaluation date, with that cut-off;
/// `None` (naming the parameter) when the calendar has no such meeting.
pub(crate) fn access_deadline(on: Date, l: &mut Ledger<'_, '_>) -> Option<AccessDeadline> {
    let mut missed = None;
    let mut next: Option<(Date, Date)> = None;
    for e in l.entries_of(ParamId::MetMeetings) {
        let (Some(meeting), 1) = (e.from, e.value) else {
            continue;
        };
        if meeting <= on {
            continue;
        }
        let Some(cut) = cut_off(meeting) else {
            continue;
        };
        if cut < on {
            // Still ahead, but too late for it.
            if missed.is_none_or(|m| meeting < m) {
                missed = Some(meeting);
            }
            continue;
        }
        if next.is_none_or(|(m, _)| meeting < m) {
            next = Some((meeting, cut));
        }
    }
    let Some((meeting, cut)) = next else {
        if missed.is_some() {
            l.reason(R::MetCutOffPassed);
        }
        l.lacks_param(ParamId::MetMeetings, on, "MET-02");
        l.reason(R::MetMeetingCalendarMissing);
        return None;
    };
    l.use_entries_on(ParamId::MetMeetings, meeting);
    if missed.is_some() {
        l.reason(R::MetCutOffPassed);
    }
    Some(AccessDeadline {
        meeting,
        cut_off: cut,
        cut_off_time: "12:00",
        days_left: on.days_until(cut),
        missed_meeting: missed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn met_02_cut_off_is_the_friday_of_the_week_before() {
        // Meeting Friday 2026-01-16: the week before runs 5-11 January; its Friday is the 9th.
        assert_eq!(cut_off(Date::ymd(2026, 1, 16)), Some(Date::ymd(2026, 1, 9)));
        // A meeting on a Monday: the previous week's Friday is three days before.
        assert_eq!(cut_off(Date::ymd(2026, 1, 12)), Some(Date::ymd(2026, 1, 9)));
        assert_eq!(Date::ymd(2026, 1, 16).weekday(), 4);
        assert_eq!(Date::ymd(1970, 1, 1).weekday(), 3);
    }
}
