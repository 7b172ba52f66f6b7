//! One line that says which parameter table is in use and what it lacks for a year, for the
//! header of a kiosk or a desk (issue 24): its SHA-256 (the decisions' receipts name the same
//! hash), and the rates still to be entered for that year, in words.

use super::texts::ViewText as T;
use crate::params::{ParamId, Params};
use crate::text::Lang;
use core::fmt::{self, Display, Formatter};

/// The summary of `params` for `year` in `lang`; format it with `{}`.
pub fn table_summary(params: Params<'_>, year: u16, lang: Lang) -> TableSummary<'_> {
    TableSummary { params, year, lang }
}

/// See [`table_summary`].
pub struct TableSummary<'p> {
    params: Params<'p>,
    year: u16,
    lang: Lang,
}

impl Display for TableSummary<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let t = |x: T| x.text(self.lang);
        write!(f, "{} ", t(T::Table))?;
        for b in &self.params.sha256()[..6] {
            write!(f, "{b:02x}")?;
        }
        // The years the yearly rates cover, first to last (gaps between are listed for the
        // year asked about).
        let rates = || {
            self.params
                .entries()
                .iter()
                .filter(|e| crate::estimate::estimable(e.id))
        };
        let first = rates().filter_map(|e| e.from).map(|d| d.year()).min();
        let last = rates()
            .filter_map(|e| e.until.and_then(|u| u.add_days(-1)))
            .map(|d| d.year())
            .max();
        if let (Some(a), Some(b)) = (first, last) {
            write!(f, " ({} {a}–{b})", t(T::RatesFor))?;
        }
        let mut missing = ParamId::ALL
            .iter()
            .filter(|id| {
                self.params
                    .gaps(**id, self.year, self.year)
                    .next()
                    .is_some()
            })
            .peekable();
        if missing.peek().is_none() {
            return write!(f, ": {} {}.", t(T::AllRatesFor), self.year);
        }
        write!(f, ": {} {}:", t(T::MissingFor), self.year)?;
        for (i, id) in missing.enumerate() {
            let sep = if i == 0 { " " } else { ", " };
            write!(f, "{sep}{}", id.label(self.lang))?;
        }
        f.write_str(".")?;
        if self.params.estimate().is_some() {
            write!(f, " {}", t(T::EstimatesOn))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p_the_summary_names_the_table_and_what_it_lacks() {
        let mut out = heapless::String::<512>::new();
        use core::fmt::Write;
        write!(out, "{}", table_summary(Params::builtin(), 2026, Lang::Nb)).unwrap();
        assert!(out.starts_with("Parametertabell "), "{out}");
        assert!(out.contains("mangler for 2026: "), "{out}");
        assert!(out.contains("kilometersats for pasientreiser"), "{out}");
        assert!(!out.contains("refusjonssats"), "in force every day: {out}");
        out.clear();
        write!(out, "{}", table_summary(Params::builtin(), 2024, Lang::En)).unwrap();
        assert!(out.ends_with("every rate is entered for 2024."), "{out}");
    }
}
