//! The method decision as a clinician or administrator reads it, in bokmål or English: the
//! routes in order with who applies, anchoring, assessment, channel, form and cost; the access
//! scheme's cut-off; reasons; what is missing. Every word comes from the text catalogue.

use super::{missing_section, parameters_section, Out};
use crate::fact::Verdict;
use crate::methods::decision::{MethodDecision, MethodRouteOutcome};
use crate::text::{Label, Lang};
use core::fmt::{self, Display, Formatter};

/// The summary of a method decision in `lang`; format it with `{}`.
pub fn explain_method<'a>(decision: &'a MethodDecision<'a>, lang: Lang) -> ExplainMethod<'a> {
    ExplainMethod { d: decision, lang }
}

/// See [`explain_method`].
pub struct ExplainMethod<'a> {
    d: &'a MethodDecision<'a>,
    lang: Lang,
}

impl Display for ExplainMethod<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let (d, lang) = (self.d, self.lang);
        let l = |label: Label| label.text(lang);
        writeln!(f, "{}", l(Label::MethodTitle))?;
        let date = crate::view::LongDate(d.evaluation_date, lang);
        writeln!(f, "{} {date}", l(Label::DecisionAsOf))?;
        match (d.recommended, d.apply_first) {
            (Some(r), _) => writeln!(f, "{}: {}", l(Label::Recommended), r.label(lang))?,
            (None, Some(r)) => writeln!(f, "{}: {}", l(Label::ApplyFirst), r.label(lang))?,
            (None, None) if d.not_used => writeln!(f, "{}", l(Label::MethodNotUsed))?,
            (None, None) => writeln!(f, "{}", l(Label::NoRouteSettled))?,
        }
        if let Some(a) = d.access_deadline {
            let days = if a.days_left == 1 {
                l(Label::DayLeft)
            } else {
                l(Label::DaysLeft)
            };
            writeln!(
                f,
                "{}: {} {} {} ({} {days}; {} {})",
                l(Label::AccessCutOff),
                crate::view::LongDate(a.cut_off, lang),
                l(Label::AtTime),
                clock(a.cut_off_time, lang),
                a.days_left,
                l(Label::Meeting),
                crate::view::LongDate(a.meeting, lang)
            )?;
        }
        writeln!(f, "\n{}", l(Label::Routes))?;
        let mut ranked: heapless::Vec<&MethodRouteOutcome, 16> = heapless::Vec::new();
        for o in d.routes.iter().filter(|o| o.rank.is_some()) {
            let _ = ranked.push(o);
        }
        ranked.sort_unstable_by_key(|o| o.rank);
        for o in &ranked {
            self.route(f, o)?;
        }
        let mut first = true;
        for o in d
            .routes
            .iter()
            .filter(|o| o.verdict == Verdict::NotEligible)
        {
            if first {
                writeln!(f, "\n{}", l(Label::OtherRoutes))?;
                first = false;
            }
            writeln!(
                f,
                "  -  {} [{}]",
                o.route.label(lang),
                o.verdict.label(lang)
            )?;
            for r in &o.reasons {
                writeln!(f, "       {} {}", r.rule(), r.text(lang))?;
            }
        }
        if !d.reasons.is_empty() {
            writeln!(f, "\n{}", l(Label::Reasons))?;
            for r in &d.reasons {
                writeln!(f, "  [{}] {}", r.rule(), r.text(lang))?;
            }
        }
        let m = super::MissingOf {
            missing: &d.missing,
            next: d.next_question,
            declined: d.declined,
            documents_missing: false,
        };
        missing_section(f, m, lang)?;
        parameters_section(f, &d.parameters, lang)
    }
}

impl ExplainMethod<'_> {
    fn route(&self, f: Out<'_, '_>, o: &MethodRouteOutcome) -> fmt::Result {
        let lang = self.lang;
        let l = |label: Label| label.text(lang);
        writeln!(
            f,
            "  {}. {} [{}]",
            o.rank.unwrap_or(0),
            o.route.label(lang),
            o.verdict.label(lang)
        )?;
        if let Some(a) = o.applicant {
            writeln!(f, "       {}: {}", l(Label::Applicant), a.label(lang))?;
        }
        if o.anchored_with_level2_leader {
            writeln!(f, "       {}", l(Label::AnchoredLevel2))?;
        }
        if let Some(a) = o.assessed_by {
            writeln!(f, "       {}: {}", l(Label::AssessedBy), a.label(lang))?;
        }
        if let Some(c) = o.channel {
            write!(f, "       {}: {}", l(Label::Channel), c.label(lang))?;
            match o.form {
                Some(form) => writeln!(f, "; {}", form.label(lang))?,
                None => writeln!(f)?,
            }
        }
        writeln!(
            f,
            "       {}: {}",
            l(Label::CostBorneBy),
            o.cost.label(lang)
        )?;
        for r in &o.reasons {
            writeln!(f, "       {} {}", r.rule(), r.text(lang))?;
        }
        Ok(())
    }
}

/// A time of day as each language writes it: `12.00` in bokmål, `12:00` in English.
fn clock(t: &str, lang: Lang) -> impl Display + '_ {
    struct Clock<'t>(&'t str, Lang);
    impl Display for Clock<'_> {
        fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
            match self.1 {
                Lang::Nb => {
                    for c in self.0.chars() {
                        fmt::Write::write_char(f, if c == ':' { '.' } else { c })?;
                    }
                    Ok(())
                }
                Lang::En => f.write_str(self.0),
            }
        }
    }
    Clock(t, lang)
}
