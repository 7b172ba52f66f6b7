//! The days of a stay an entitlement document covers (IN-13, revision 3): an S2, an EHIC or a
//! provisional certificate «gjelder for en tidsbestemt periode» (seed 002), so the days of the
//! stay outside that period are not covered by it. Checked against every day of the stay, not
//! only the admission day.

use crate::date::Date;

/// Which days of the stay the document's validity covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Days {
    /// Every day of the stay (or the validity is not stated: nothing to check).
    Whole,
    /// Only `first..=last`: the days outside are not covered by the document.
    Part { first: Date, last: Date },
    /// No day of the stay.
    None,
}

/// The days of the stay `admitted..=last_day` within `from..=until` (either end open).
pub(crate) fn covered(
    admitted: Date,
    last_day: Date,
    from: Option<Date>,
    until: Option<Date>,
) -> Days {
    let first = from.map_or(admitted, |f| f.max(admitted));
    let last = until.map_or(last_day, |u| u.min(last_day));
    if first > last {
        Days::None
    } else if first == admitted && last == last_day {
        Days::Whole
    } else {
        Days::Part { first, last }
    }
}

/// The stay's last day as far as the case tells: the discharge date; still in hospital, at
/// least the evaluation date; a stay not yet begun, its admission day.
pub(crate) fn last_day(admitted: Date, discharged: Option<Date>, evaluation: Date) -> Date {
    discharged.unwrap_or(admitted.max(evaluation))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    /// IN-13: a planned stay 1-10 July under an S2 valid to 3 July is covered 1-3 July only.
    #[test]
    fn in_13_a_document_covers_only_the_days_of_its_validity() {
        let (a, z) = (d("2024-07-01"), d("2024-07-10"));
        assert_eq!(
            covered(a, z, Some(d("2024-06-01")), Some(d("2024-07-03"))),
            Days::Part {
                first: a,
                last: d("2024-07-03")
            }
        );
        assert_eq!(covered(a, z, None, Some(d("2024-07-10"))), Days::Whole);
        assert_eq!(covered(a, z, Some(d("2024-07-11")), None), Days::None);
        assert_eq!(covered(a, z, None, Some(d("2024-06-30"))), Days::None);
        assert_eq!(
            covered(a, z, Some(d("2024-07-05")), None),
            Days::Part {
                first: d("2024-07-05"),
                last: z
            }
        );
        assert_eq!(covered(a, z, None, None), Days::Whole);
        assert_eq!(last_day(a, None, d("2024-07-04")), d("2024-07-04"));
        assert_eq!(last_day(a, None, d("2024-06-04")), a);
        assert_eq!(last_day(a, Some(z), d("2024-07-04")), z);
    }
}
