//! Money in whole øre and exact rates (C-01). No floating point anywhere.
//!
//! [`Ore`] is never negative and never above [`Ore::MAX`], so sums of a few amounts cannot
//! overflow `i64`; every operation is still checked and returns `None` rather than wrapping.

use core::fmt;

/// An amount of money in øre (1 NOK = 100 øre), `0..=Ore::MAX`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
#[serde(transparent)]
pub struct Ore(i64);

/// Why an amount was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
#[non_exhaustive]
pub enum MoneyError {
    /// Below zero.
    Negative,
    /// Above [`Ore::MAX`], or an operation overflowed.
    Overflow,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MoneyError::Negative => "amount is negative",
            MoneyError::Overflow => "amount exceeds 10^15 øre (10 000 000 000 000 NOK)",
        })
    }
}

impl core::error::Error for MoneyError {}

impl Ore {
    /// Zero øre.
    pub const ZERO: Ore = Ore(0);
    /// The largest amount accepted: 10^15 øre (ten trillion kroner), far above any real
    /// claim yet far below `i64::MAX / 10_000`, so a product with a rate fits in `i128` math.
    pub const MAX: Ore = Ore(1_000_000_000_000_000);

    /// A checked amount.
    pub const fn new(ore: i64) -> Result<Ore, MoneyError> {
        if ore < 0 {
            Err(MoneyError::Negative)
        } else if ore > Ore::MAX.0 {
            Err(MoneyError::Overflow)
        } else {
            Ok(Ore(ore))
        }
    }

    /// Whole kroner, checked.
    pub const fn from_nok(nok: i64) -> Result<Ore, MoneyError> {
        match nok.checked_mul(100) {
            Some(v) => Ore::new(v),
            None => Err(MoneyError::Overflow),
        }
    }

    /// The amount in øre.
    pub const fn get(self) -> i64 {
        self.0
    }

    /// `self + other`, or `None` past [`Ore::MAX`].
    pub const fn checked_add(self, other: Ore) -> Option<Ore> {
        match self.0.checked_add(other.0) {
            Some(v) if v <= Ore::MAX.0 => Some(Ore(v)),
            _ => None,
        }
    }

    /// `self - other`, or `None` below zero.
    pub const fn checked_sub(self, other: Ore) -> Option<Ore> {
        if other.0 > self.0 {
            None
        } else {
            Some(Ore(self.0 - other.0))
        }
    }

    /// `self × n`, or `None` past [`Ore::MAX`].
    pub const fn checked_mul_int(self, n: i64) -> Option<Ore> {
        match self.0.checked_mul(n) {
            Some(v) if v >= 0 && v <= Ore::MAX.0 => Some(Ore(v)),
            _ => None,
        }
    }

    /// `self × numerator / denominator`, rounded once with [`Rounding::HalfUp`] (C-01).
    pub const fn mul_ratio(self, numerator: i64, denominator: i64) -> Option<Ore> {
        if numerator < 0 || denominator <= 0 {
            return None;
        }
        let p = self.0 as i128 * numerator as i128;
        let d = denominator as i128;
        // Half up on a non-negative quotient: floor((2p + d) / 2d).
        let q = (2 * p + d) / (2 * d);
        if q > Ore::MAX.0 as i128 {
            None
        } else {
            Some(Ore(q as i64))
        }
    }

    /// `self × rate`, rounded once half up (C-01).
    pub const fn apply(self, rate: BasisPoints) -> Option<Ore> {
        self.mul_ratio(rate.0 as i64, BasisPoints::ONE.0 as i64)
    }

    /// The smaller of two amounts.
    pub const fn min(self, other: Ore) -> Ore {
        if other.0 < self.0 {
            other
        } else {
            self
        }
    }
}

impl fmt::Display for Ore {
    /// `NOK 1 234 567.89`, grouped with spaces as in Norwegian usage.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kroner = self.0 / 100;
        let ore = self.0 % 100;
        f.write_str("NOK ")?;
        write_grouped(f, kroner)?;
        write!(f, ".{ore:02}")
    }
}

fn write_grouped(f: &mut fmt::Formatter<'_>, n: i64) -> fmt::Result {
    if n >= 1000 {
        write_grouped(f, n / 1000)?;
        write!(f, " {:03}", n % 1000)
    } else {
        write!(f, "{n}")
    }
}

/// A rate in basis points: 10 000 = 100 %. Exact, never a float (C-01).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
#[serde(transparent)]
pub struct BasisPoints(pub u32);

impl BasisPoints {
    /// 100 %.
    pub const ONE: BasisPoints = BasisPoints(10_000);
}

impl fmt::Display for BasisPoints {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = self.0 / 100;
        let frac = self.0 % 100;
        if frac == 0 {
            write!(f, "{whole} %")
        } else {
            write!(f, "{whole}.{frac:02} %")
        }
    }
}

/// The one rounding rule the kernel uses, named in every result that rounds (C-01).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// Once, at the end, to whole øre; exact halves go up (away from zero).
    HalfUpToOre,
}

/// A whole number of øre as each language writes the amount: `kr 145 000,00` in bokmål,
/// `NOK 145 000.00` in English (groups of three with a space in both), a minus sign after the
/// currency for a difference (`kr -6 340,00`). The one formatter of amounts: the explanation
/// and the bindings use it.
pub struct Kroner(pub i64, pub crate::text::Lang);

impl fmt::Display for Kroner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        let (prefix, sep) = match self.1 {
            crate::text::Lang::Nb => ("kr ", ','),
            crate::text::Lang::En => ("NOK ", '.'),
        };
        let v = self.0.unsigned_abs();
        let mut b = heapless::String::<48>::new();
        b.write_str(prefix)?;
        if self.0 < 0 {
            b.write_char('-')?;
        }
        grouped(&mut b, v / 100)?;
        write!(b, "{sep}{:02}", v % 100)?;
        f.pad(b.as_str())
    }
}

/// `n` with a space between groups of three digits (`145 000`): the one digit grouping of
/// amounts, for the explanation and the patient view.
pub(crate) fn grouped(w: &mut impl fmt::Write, n: u64) -> fmt::Result {
    if n >= 1000 {
        grouped(w, n / 1000)?;
        write!(w, " {:03}", n % 1000)
    } else {
        write!(w, "{n}")
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn c_01_amounts_as_each_language_writes_them() {
        use crate::text::Lang;
        let f = |ore, lang| alloc_free(Kroner(ore, lang));
        assert_eq!(f(14_500_000, Lang::Nb), "kr 145 000,00");
        assert_eq!(f(11_390_064, Lang::En), "NOK 113 900.64");
        assert_eq!(f(5, Lang::Nb), "kr 0,05");
        assert_eq!(f(-634_000, Lang::Nb), "kr -6 340,00");
        assert_eq!(
            f(1_000_000_000_000_000, Lang::Nb),
            "kr 10 000 000 000 000,00"
        );
        assert_eq!(f(i64::MIN, Lang::En), "NOK -92 233 720 368 547 758.08");
    }

    fn alloc_free(k: Kroner) -> heapless::String<48> {
        use core::fmt::Write;
        let mut s = heapless::String::new();
        write!(s, "{k}").unwrap();
        s
    }
    use super::*;

    #[test]
    fn c_01_amounts_are_checked() {
        assert_eq!(Ore::new(-1), Err(MoneyError::Negative));
        assert_eq!(Ore::new(Ore::MAX.get() + 1), Err(MoneyError::Overflow));
        assert_eq!(Ore::from_nok(i64::MAX), Err(MoneyError::Overflow));
        assert_eq!(Ore::MAX.checked_add(Ore(1)), None);
        assert_eq!(Ore(5).checked_sub(Ore(6)), None);
        assert_eq!(Ore(5).checked_sub(Ore(5)), Some(Ore::ZERO));
        assert_eq!(Ore(7).checked_mul_int(-1), None);
        assert_eq!(Ore::from_nok(3), Ok(Ore(300)));
        assert_eq!(Ore(5).min(Ore(3)), Ore(3));
        assert_eq!(Ore(3).min(Ore(5)), Ore(3));
        // The messages name the limit, for the error a caller reads.
        let mut b = heapless::String::<96>::new();
        let _ = core::fmt::Write::write_fmt(&mut b, format_args!("{}", MoneyError::Overflow));
        assert!(b.contains("10^15"));
        let mut b = heapless::String::<96>::new();
        let _ = core::fmt::Write::write_fmt(&mut b, format_args!("{}", MoneyError::Negative));
        assert_eq!(b.as_str(), "amount is negative");
    }

    #[test]
    fn c_01_rounds_once_half_up() {
        // 80 % of 1 øre = 0.8 → 1; 80 % of 3 øre = 2.4 → 2; 50 % of 5 øre = 2.5 → 3.
        assert_eq!(Ore(1).apply(BasisPoints(8000)), Some(Ore(1)));
        assert_eq!(Ore(3).apply(BasisPoints(8000)), Some(Ore(2)));
        assert_eq!(Ore(5).apply(BasisPoints(5000)), Some(Ore(3)));
        assert_eq!(
            Ore(12_345_678).apply(BasisPoints::ONE),
            Some(Ore(12_345_678))
        );
        // 2.180 DRG points × NOK 52 248 = NOK 113 900.64 exactly.
        assert_eq!(Ore(5_224_800).mul_ratio(2180, 1000), Some(Ore(11_390_064)));
        // 1/3 of 100 øre = 33.33 → 33; 2/3 = 66.67 → 67.
        assert_eq!(Ore(100).mul_ratio(1, 3), Some(Ore(33)));
        assert_eq!(Ore(100).mul_ratio(2, 3), Some(Ore(67)));
        assert_eq!(Ore::MAX.mul_ratio(2, 1), None);
        assert_eq!(Ore(1).mul_ratio(1, 0), None);
    }

    #[test]
    fn c_01_displays_grouped_kroner() {
        assert_eq!(format!("{}", Ore(11_390_064)), "NOK 113 900.64");
        assert_eq!(format!("{}", Ore(5)), "NOK 0.05");
        assert_eq!(format!("{}", Ore(100_000_000)), "NOK 1 000 000.00");
        assert_eq!(format!("{}", BasisPoints(8000)), "80 %");
        assert_eq!(format!("{}", BasisPoints(1250)), "12.50 %");
    }
}
