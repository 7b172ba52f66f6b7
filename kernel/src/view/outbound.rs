//! The answer as a patient reads it (issue 23), for a kiosk screen or a web page: the scheme
//! and where it stands, what Helfo or Pasientreiser still settles and why, the refund or the
//! most it can be, travel, the deadline with the days left, where and how to apply, the
//! documents and the notes. No rule codes, field names or ISO dates; an unknown amount always
//! says who settles it; a decision that is not eligible shows no amounts. The caseworker's
//! `explain` keeps the codes and the breakdown.

use super::format::{Amount, LongDate};
use super::texts::{route_name, ViewText as T};
use crate::document::Requirement;
use crate::fact::{Missing, Verdict};
use crate::outbound::decision::Decision;
use crate::outbound::interview;
use crate::outbound::routes::{Route, RouteOutcome};
use crate::params::ParamId;
use crate::text::{Body, Lang};
use core::fmt::{self, Display, Formatter};

/// The patient view of `decision` in `lang`; format it with `{}`.
pub fn patient_view<'a>(decision: &'a Decision<'a>, lang: Lang) -> PatientView<'a> {
    PatientView { d: decision, lang }
}

/// See [`patient_view`].
pub struct PatientView<'a> {
    d: &'a Decision<'a>,
    lang: Lang,
}

type Out<'f, 'g> = &'f mut Formatter<'g>;

/// The width of the label column, in characters.
const LABEL: usize = 18;

impl Display for PatientView<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let d = self.d;
        writeln!(
            f,
            "{} {}",
            self.t(T::AnswerAsOf),
            LongDate(d.evaluation_date, self.lang)
        )?;
        let route =
            interview::route_in_view(d).and_then(|r| d.routes.iter().find(|o| o.route == r));
        match route {
            Some(o) => {
                self.route(f, o)?;
                self.also(f, o.route)?;
            }
            None if d.routes.iter().all(|o| o.verdict == Verdict::NotEligible) => {
                writeln!(f, "{}", self.t(T::NoRoute))?;
                self.why(f, refusals(d))?;
            }
            // The refund is closed, another route still open: why not the refund, then what
            // is still to answer about the others.
            None if d.verdict == Verdict::NotEligible => {
                writeln!(f, "{}", route_name(Route::EeaRefund, self.lang))?;
                writeln!(f, "  {}", self.t(T::NotEligible))?;
                self.why(f, refusals(d))?;
                writeln!(f, "{}", self.t(T::OtherRouteOpen))?;
                self.to_settle(f)?;
            }
            None => {
                writeln!(f, "{}", self.t(T::NoRouteYet))?;
                self.to_settle(f)?;
            }
        }
        self.unanswered(f)?;
        self.risks(f)
    }
}

impl PatientView<'_> {
    fn t(&self, t: T) -> &'static str {
        t.text(self.lang)
    }

    /// A row: the label padded to the column, then the value.
    fn row(&self, f: Out<'_, '_>, label: T, value: impl Display) -> fmt::Result {
        let label = self.t(label);
        let pad = LABEL.saturating_sub(label.chars().count());
        writeln!(f, "  {label}{:pad$} {value}", "")
    }

    /// A line under a row, in the value column.
    fn more(&self, f: Out<'_, '_>, value: impl Display) -> fmt::Result {
        writeln!(f, "  {:LABEL$} {value}", "")
    }

    fn route(&self, f: Out<'_, '_>, o: &RouteOutcome) -> fmt::Result {
        let d = self.d;
        writeln!(f, "{}", route_name(o.route, self.lang))?;
        let verdict = match o.verdict {
            Verdict::Eligible => T::Eligible,
            Verdict::NotEligible => T::NotEligible,
            Verdict::Undetermined => T::Undetermined,
            Verdict::Discretion => T::Discretion,
        };
        writeln!(f, "  {}", self.t(verdict))?;
        if o.verdict == Verdict::NotEligible {
            return if o.route == Route::EeaRefund {
                self.why(f, refusals(d))
            } else {
                self.why(f, o.reasons.iter().copied())
            };
        }
        self.to_settle(f)?;
        if o.route == Route::EeaRefund {
            self.refund(f)?;
            self.user_fee(f)?;
            self.travel(f)?;
            self.estimates(f)?;
            self.deadlines(f)?;
        } else {
            self.row(f, T::Covers, o.coverage.treatment.label(self.lang))?;
            self.row(f, T::PaidBy, o.coverage.payer.text(self.lang))?;
        }
        if o.coverage.pays_up_front {
            writeln!(f, "  {}", self.t(T::PayUpFront))?;
        }
        self.row(f, T::WhoApplies, o.apply.applicant.label(self.lang))?;
        if let Some(b) = o.apply.body {
            self.row(f, T::ApplyTo, b.text(self.lang))?;
        }
        self.row(f, T::HowToApply, o.apply.channel.text(self.lang))?;
        if let Some(a) = o.apply.appeal {
            self.row(f, T::Appeal, a.text(self.lang))?;
        }
        if o.route == Route::EeaRefund {
            self.documents(f)?;
        }
        Ok(())
    }

    /// What a body still settles, by body, as the questions it answers.
    fn to_settle(&self, f: Out<'_, '_>) -> fmt::Result {
        let items = &self.d.to_settle;
        for (i, item) in items.iter().enumerate() {
            if items[..i].iter().any(|p| p.body == item.body) {
                continue;
            }
            match item.body {
                Some(body) => writeln!(f, "  {} {}", body.text(self.lang), self.t(T::Settles))?,
                None => writeln!(f, "  {}", self.t(T::CaseworkerSettles))?,
            }
            for it in items[i..].iter().filter(|x| x.body == item.body) {
                write!(f, "    - {}", it.fact.question(self.lang))?;
                self.at_date(f, it.index)?;
                if item.body.is_some() && self.d.declined.contains(it.fact) {
                    write!(f, " {}", self.t(T::YouDidNotKnow))?;
                }
                writeln!(f)?;
            }
        }
        Ok(())
    }

    /// ` (4. mars 2024)` for a question about one treatment date.
    fn at_date(&self, f: Out<'_, '_>, index: Option<u8>) -> fmt::Result {
        let date = index.and_then(|i| self.d.deadlines.get(usize::from(i)));
        match date {
            Some(x) => write!(f, " ({})", LongDate(x.treatment_date, self.lang)),
            None => Ok(()),
        }
    }

    fn refund(&self, f: Out<'_, '_>) -> fmt::Result {
        let Some(r) = &self.d.refund else {
            return Ok(());
        };
        match (r.refund_ore, r.refund_at_most_ore) {
            // EEA-11: the notification's part is guaranteed, the care beyond it judged later.
            (Some(a), Some(max)) if max > a => {
                let range = format_args!(
                    "{} {}, {} {}",
                    self.t(T::AtLeast),
                    Amount(a, self.lang),
                    self.t(T::UpTo),
                    Amount(max, self.lang)
                );
                self.row(f, T::Refund, range)?;
                self.more(f, self.t(T::HelfoSetsAmount))?;
            }
            (Some(a), _) if r.estimated => self.row(
                f,
                T::Refund,
                Join(Amount(a, self.lang), self.t(T::Estimate)),
            )?,
            (Some(a), _) => self.row(f, T::Refund, Amount(a, self.lang))?,
            (None, Some(max)) => {
                let up_to = Join(self.t(T::UpTo), Amount(max, self.lang));
                self.row(f, T::Refund, up_to)?;
                self.more(f, self.t(T::HelfoSetsAmount))?;
            }
            (None, None) => self.row(f, T::Refund, self.t(T::HelfoSetsAmount))?,
        }
        self.missing_rates(f, |rule| !rule.starts_with("EEA-13") && rule != "EEA-19")?;
        match (r.patient_share_ore, r.refund_at_most_ore, r.expenses_ore) {
            (Some(share), _, _) if r.estimated => self.row(
                f,
                T::YouPay,
                Join(Amount(share, self.lang), self.t(T::Estimate)),
            ),
            (Some(share), _, _) => self.row(f, T::YouPay, Amount(share, self.lang)),
            (None, Some(max), Some(e)) if e > max => {
                let least = e.checked_sub(max).unwrap_or(e);
                self.row(
                    f,
                    T::YouPay,
                    Join(self.t(T::AtLeast), Amount(least, self.lang)),
                )
            }
            _ => Ok(()),
        }
    }

    fn user_fee(&self, f: Out<'_, '_>) -> fmt::Result {
        let Some(u) = &self.d.user_fee else {
            return Ok(());
        };
        match u.amount_ore {
            Some(a) if a.get() == 0 => self.row(f, T::UserFee, self.t(T::None)),
            Some(a) if u.estimated => self.row(
                f,
                T::UserFee,
                Join(Amount(a, self.lang), self.t(T::Estimate)),
            ),
            Some(a) => {
                let how = match u.paid_out_with_refund {
                    Some(true) => self.t(T::FeePaidOut),
                    Some(false) => self.t(T::FeeKeptBack),
                    None => self.t(T::FeeKeptBackUnlessCard),
                };
                self.row(f, T::UserFee, Join(Amount(a, self.lang), how))
            }
            None => self.row(f, T::UserFee, self.t(T::HelfoComputesFee)),
        }?;
        self.missing_rates(f, |rule| rule == "EEA-19")
    }

    fn travel(&self, f: Out<'_, '_>) -> fmt::Result {
        let Some(t) = &self.d.travel else {
            return Ok(());
        };
        match (t.verdict, t.amount_ore) {
            (Verdict::NotEligible, _) => self.row(f, T::Travel, self.t(T::TravelNotCovered))?,
            (_, Some(a)) if t.estimated => self.row(
                f,
                T::Travel,
                Join(Amount(a, self.lang), self.t(T::Estimate)),
            )?,
            (_, Some(a)) => self.row(f, T::Travel, Amount(a, self.lang))?,
            (_, None) => self.row(f, T::Travel, self.t(T::TravelByPasientreiser))?,
        }
        self.missing_rates(f, |rule| rule.starts_with("EEA-13"))
    }

    /// "The rate for 2026 is not entered yet (…); Helfo computes the amount." for each dated
    /// parameter an amount lacks, once.
    fn missing_rates(&self, f: Out<'_, '_>, of: impl Fn(&str) -> bool) -> fmt::Result {
        let gaps = || {
            self.d.missing.iter().filter_map(|m| match m {
                Missing::Parameter { id, on, rule } if of(rule) => Some((*id, *on, *rule)),
                _ => None,
            })
        };
        for (i, (id, on, rule)) in gaps().enumerate() {
            let seen = gaps()
                .take(i)
                .any(|(p, o, _)| p == id && o.year() == on.year());
            if seen || !is_amount_rate(id) {
                continue;
            }
            let body = if rule.starts_with("EEA-13") {
                Body::Pasientreiser
            } else {
                Body::Helfo
            };
            self.more(
                f,
                format_args!(
                    "{} {} {} ({}); {} {}",
                    self.t(T::RateFor),
                    on.year(),
                    self.t(T::NotEnteredYet),
                    id.label(self.lang),
                    body.text(self.lang),
                    self.t(T::ComputesAmount)
                ),
            )?;
        }
        Ok(())
    }

    /// Each rate estimated for a year the table lacks (issue 24): which, and from which year.
    fn estimates(&self, f: Out<'_, '_>) -> fmt::Result {
        for e in &self.d.estimates {
            let basis = e
                .basis
                .until
                .and_then(|u| u.add_days(-1))
                .map_or(0, |d| d.year());
            self.more(
                f,
                format_args!(
                    "{} {} ({}) {} {basis} {}",
                    self.t(T::EstimateFor),
                    e.on.year(),
                    e.id.label(self.lang),
                    self.t(T::EstimateBasis),
                    self.t(T::EstimateUsed)
                ),
            )?;
        }
        Ok(())
    }

    fn deadlines(&self, f: Out<'_, '_>) -> fmt::Result {
        let several = self.d.deadlines.len() > 1;
        for x in &self.d.deadlines {
            let on = LongDate(x.treatment_date, self.lang);
            match (x.deadline, x.days_left, x.expired) {
                (_, _, _) if x.claim_in_time == Some(true) => {
                    self.row(f, T::Deadline, self.t(T::ClaimInTime))?
                }
                (Some(dl), _, Some(true)) => self.row(
                    f,
                    T::Deadline,
                    Join(self.t(T::DeadlinePassed), Dot(LongDate(dl, self.lang))),
                )?,
                (Some(dl), Some(n), _) => self.row(
                    f,
                    T::Deadline,
                    format_args!("{} ({})", LongDate(dl, self.lang), DaysLeft(n, self.lang)),
                )?,
                _ => {
                    let safe = LongDate(x.safe_deadline, self.lang);
                    let left = self.d.evaluation_date.days_until(x.safe_deadline);
                    if left < 0 {
                        // The earliest deadline has passed; whether the real one has depends
                        // on when the first request for payment came.
                        self.row(f, T::Deadline, Join(self.t(T::MayHavePassed), Dot(safe)))?;
                        self.more(f, self.t(T::HelfoDecidesDeadline))?;
                    } else {
                        let left = DaysLeft(left, self.lang);
                        let at = self.t(T::AtTheLatest);
                        self.row(f, T::Deadline, format_args!("{at} {safe} ({left})"))?;
                        self.more(f, self.t(T::IfInvoicedLater))?;
                    }
                }
            }
            if several {
                self.more(f, Join(self.t(T::ForTreatmentOn), on))?;
            }
        }
        Ok(())
    }

    fn documents(&self, f: Out<'_, '_>) -> fmt::Result {
        let docs = &self.d.documents.refund_claim;
        for (req, heading) in [
            (Requirement::Required, T::DocumentsRequired),
            (Requirement::IfApplicable, T::DocumentsIfApplicable),
            (Requirement::OnRequest, T::DocumentsOnRequest),
            (Requirement::Optional, T::DocumentsOptional),
        ] {
            let mut of = docs.iter().filter(|x| x.requirement == req).peekable();
            if of.peek().is_none() {
                continue;
            }
            writeln!(f, "{}", self.t(heading))?;
            for x in of {
                writeln!(f, "  - {}", x.document.text(self.lang))?;
            }
        }
        Ok(())
    }

    fn why(&self, f: Out<'_, '_>, reasons: impl Iterator<Item = crate::ReasonCode>) -> fmt::Result {
        writeln!(f, "{}", self.t(T::Why))?;
        for r in reasons.filter(|r| !r.code().starts_with("ASSUMPTION_ROUTE")) {
            writeln!(f, "  - {}", r.text(self.lang))?;
        }
        Ok(())
    }

    /// The other routes open to the patient (certain, or for a body to decide), each with
    /// the body that decides it.
    fn also(&self, f: Out<'_, '_>, shown: Route) -> fmt::Result {
        let mut open = self
            .d
            .routes
            .iter()
            .filter(|o| o.route != shown)
            .filter(|o| matches!(o.verdict, Verdict::Eligible | Verdict::Discretion))
            .peekable();
        if open.peek().is_none() {
            return Ok(());
        }
        writeln!(f, "{}", self.t(T::AlsoApply))?;
        for o in open {
            write!(f, "  - {}", route_name(o.route, self.lang))?;
            if let Some(b) = o.apply.body {
                write!(f, " ({} {})", b.text(self.lang), self.t(T::Decides))?;
            }
            writeln!(f)?;
        }
        Ok(())
    }

    /// What the interview would still ask (only when it stopped early).
    fn unanswered(&self, f: Out<'_, '_>) -> fmt::Result {
        let mut open = interview::unanswered(self.d).peekable();
        if open.peek().is_none() {
            return Ok(());
        }
        writeln!(f, "{}", self.t(T::NotAnswered))?;
        for q in open {
            write!(f, "  - {}", q.fact.question(self.lang))?;
            self.at_date(f, q.index)?;
            writeln!(f)?;
        }
        Ok(())
    }

    fn risks(&self, f: Out<'_, '_>) -> fmt::Result {
        if self.d.risks.is_empty() {
            return Ok(());
        }
        writeln!(f, "{}", self.t(T::PleaseNote))?;
        for r in &self.d.risks {
            writeln!(f, "  - {}", r.reason.text(self.lang))?;
        }
        Ok(())
    }
}

/// The reasons in `d` that close the EEA refund.
fn refusals<'d>(d: &'d Decision<'_>) -> impl Iterator<Item = crate::ReasonCode> + 'd {
    d.reasons
        .iter()
        .copied()
        .filter(|r| crate::outbound::decision::REFUSALS.contains(r))
}

/// Whether a missing parameter is a rate an amount is computed with (not a date or a count
/// the rules read, which are never missing from the built-in table).
fn is_amount_rate(id: ParamId) -> bool {
    matches!(
        id,
        ParamId::EeaRate
            | ParamId::DrgUnitPrice
            | ParamId::TravelRate
            | ParamId::TravelUserFee
            | ParamId::OutpatientFee
    )
}

/// Two parts with a space between.
struct Join<A, B>(A, B);

impl<A: Display, B: Display> Display for Join<A, B> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0, self.1)
    }
}

/// "158 dager igjen", "1 dag igjen".
struct DaysLeft(i32, Lang);

impl Display for DaysLeft {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let word = if self.0 == 1 { T::DayLeft } else { T::DaysLeft };
        write!(f, "{} {}", self.0, word.text(self.1))
    }
}

/// A part ending a sentence.
struct Dot<A>(A);

impl<A: Display> Display for Dot<A> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(f, "{}.", self.0)
    }
}
