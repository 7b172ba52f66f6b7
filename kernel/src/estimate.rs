//! An explicit estimate for a year the parameter table has no value for (issue 24). The
//! default is none: a rate missing for the year leaves the amount undetermined and names the
//! parameter and the year (C-04). A caller may ask, per call or in its table file, for a
//! missing year's rate to be carried forward from the latest sourced value before it,
//! uprated by an index per year it gives. Every amount computed so is marked `estimated`, the
//! decision lists each estimate with its basis, the receipt records that estimation was on,
//! and the texts say «anslag».

use crate::date::Date;
use crate::params::{ParamEntry, ParamId, Params, Unit};

pub use crate::params::Estimate;

/// The most estimated values one decision lists.
pub const MAX_ESTIMATES: usize = 6;

/// One value a decision estimated, with its basis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Estimated<'p> {
    /// The parameter.
    pub id: ParamId,
    /// The date it was needed for.
    pub on: Date,
    /// The value used.
    pub value: i64,
    /// The latest sourced entry before that date, carried forward.
    pub basis: &'p ParamEntry<'p>,
    /// The uprating applied per year.
    pub uprate_bp_per_year: u32,
}

impl serde::Serialize for Estimated<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Estimated", 6)?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("on", &self.on)?;
        st.serialize_field("value", &self.value)?;
        st.serialize_field("basis_value", &self.basis.value)?;
        st.serialize_field("basis_until", &self.basis.until)?;
        st.serialize_field("uprate_bp_per_year", &self.uprate_bp_per_year)?;
        st.end()
    }
}

/// Whether `id` is a yearly rate an amount is computed with, and so may be estimated.
pub const fn estimable(id: ParamId) -> bool {
    matches!(id.unit(), Unit::Ore | Unit::OrePerKm)
}

/// The estimate of `id` on `on`: the latest entry that ended on or before `on`, uprated once
/// per calendar year from its last year to `on`'s year. `None` when no earlier value exists or
/// the result leaves the parameter's range.
pub(crate) fn carry_forward<'p>(
    params: Params<'p>,
    id: ParamId,
    on: Date,
    e: Estimate,
) -> Option<(i64, &'p ParamEntry<'p>)> {
    if !estimable(id) {
        return None;
    }
    let basis = params
        .entries()
        .iter()
        .filter(|x| x.id == id && x.until.is_some_and(|u| u <= on))
        .max_by_key(|x| x.until)?;
    let last_year = basis.until?.add_days(-1)?.year();
    // In i64 (no 128-bit division on a Cortex-M4): an uprating that would leave the range
    // gives no estimate rather than a wrong one.
    let mut v = basis.value;
    for _ in last_year..on.year() {
        v = v
            .checked_mul(i64::from(e.uprate_bp_per_year))?
            .checked_add(5_000)?
            / 10_000;
    }
    (0..=id.max_value()).contains(&v).then_some((v, basis))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p_a_missing_year_is_carried_forward_only_when_asked_and_uprated_per_year() {
        let p = Params::builtin();
        let on = Date::ymd(2026, 10, 4);
        // The 2025 km rate (NOK 3.10), one year on.
        let (v, basis) =
            carry_forward(p, ParamId::TravelRate, on, Estimate::CARRY_FORWARD).unwrap();
        assert_eq!((v, basis.value), (310, 310));
        let up = Estimate {
            uprate_bp_per_year: 10_300,
        };
        let (v, _) = carry_forward(p, ParamId::TravelRate, on, up).unwrap();
        assert_eq!(v, 319, "310 × 1.03 = 319.3 → 319");
        let (v, _) = carry_forward(p, ParamId::DrgUnitPrice, on, up).unwrap();
        assert_eq!(
            v, 5_542_990,
            "5 224 800 × 1.03 = 5 381 544; × 1.03 = 5 542 990.32"
        );
        // Not a rate: never estimated.
        assert!(carry_forward(p, ParamId::EeaDeadlineMonths, on, up).is_none());
        // Nothing before: nothing to carry forward.
        assert!(carry_forward(p, ParamId::TravelRate, Date::ymd(2010, 1, 1), up).is_none());
    }
}
