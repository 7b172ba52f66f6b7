//! Dates and amounts as a person reads them (Språkrådet's klarspråk): `4. mars 2024` and
//! `kr 110 000` in bokmål, `4 March 2024` and `NOK 110 000` in English; øre only when there
//! are some (`kr 113 900,64`). The explanation for caseworkers keeps its own columns.

use crate::date::Date;
use crate::money::Ore;
use crate::text::Lang;
use core::fmt::{self, Display, Formatter};

const MONTHS_NB: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date written out: `4. mars 2024`, `4 March 2024`.
pub struct LongDate(pub Date, pub Lang);

impl Display for LongDate {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let d = self.0;
        let m = usize::from(d.month()).saturating_sub(1) % 12;
        match self.1 {
            Lang::Nb => write!(f, "{}. {} {}", d.day(), MONTHS_NB[m], d.year()),
            Lang::En => write!(f, "{} {} {}", d.day(), MONTHS_EN[m], d.year()),
        }
    }
}

/// An amount in kroner with digit groups: `kr 110 000`, `kr 1 234,50`, `NOK 1 234.50`.
pub struct Amount(pub Ore, pub Lang);

impl Display for Amount {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let v = self.0.get().unsigned_abs();
        let (prefix, sep) = match self.1 {
            Lang::Nb => ("kr ", ','),
            Lang::En => ("NOK ", '.'),
        };
        f.write_str(prefix)?;
        crate::money::grouped(f, v / 100)?;
        if !v.is_multiple_of(100) {
            write!(f, "{sep}{:02}", v % 100)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(d: impl Display) -> heapless::String<64> {
        use core::fmt::Write;
        let mut out = heapless::String::new();
        write!(out, "{d}").unwrap();
        out
    }

    #[test]
    fn c_02_dates_and_c_01_amounts_as_a_person_reads_them() {
        assert_eq!(s(LongDate(Date::ymd(2024, 3, 4), Lang::Nb)), "4. mars 2024");
        assert_eq!(
            s(LongDate(Date::ymd(2024, 12, 31), Lang::En)),
            "31 December 2024"
        );
        let a = |ore, l| s(Amount(Ore::new(ore).unwrap(), l));
        assert_eq!(a(11_000_000, Lang::Nb), "kr 110 000");
        assert_eq!(a(11_000_000, Lang::En), "NOK 110 000");
        assert_eq!(a(11_390_064, Lang::Nb), "kr 113 900,64");
        assert_eq!(a(123_450, Lang::En), "NOK 1 234.50");
        assert_eq!(a(5, Lang::Nb), "kr 0,05");
        assert_eq!(a(100_000_000_000, Lang::Nb), "kr 1 000 000 000");
    }
}
