//! A readable summary of a decision in bokmål or English, written through `core::fmt` (no
//! allocation), so the command line, the C ABI and Python all print the same text. Every
//! word comes from the text catalogue (`crate::text`); each section is one short function.

#[cfg(feature = "inbound")]
mod inbound;
#[cfg(feature = "methods")]
mod method;

#[cfg(feature = "inbound")]
pub use inbound::{explain_inbound, ExplainInbound};
#[cfg(feature = "methods")]
pub use method::{explain_method, ExplainMethod};

use crate::fact::{Missing, Verdict};
use crate::money::{BasisPoints, Ore};
use crate::outbound::decision::{DeadlineStart, Decision, Limit, TravelBasis};
use crate::outbound::routes::RouteOutcome;
use crate::text::{Label, Lang};
use core::fmt::{self, Display, Formatter, Write};

/// The summary of `decision` in `lang`; format it with `{}`.
pub fn explain<'a>(decision: &'a Decision<'a>, lang: Lang) -> Explain<'a> {
    Explain { d: decision, lang }
}

/// See [`explain`].
pub struct Explain<'a> {
    d: &'a Decision<'a>,
    lang: Lang,
}

pub(crate) type Out<'f, 'g> = &'f mut Formatter<'g>;

impl Display for Explain<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        self.header(f)?;
        self.routes(f)?;
        self.refund(f)?;
        self.user_fee(f)?;
        self.travel(f)?;
        self.deadlines(f)?;
        self.processing(f)?;
        self.documents(f)?;
        self.reasons(f)?;
        self.risks(f)?;
        self.next_question(f)?;
        self.missing(f)?;
        self.parameters(f)
    }
}

impl Explain<'_> {
    fn l(&self, label: Label) -> &'static str {
        label.text(self.lang)
    }

    /// A row: label, amount (or "unknown"), note. The small buffers here are sized for their
    /// longest content; a value that would not fit is left out rather than failing the text.
    fn money(&self, f: Out<'_, '_>, label: Label, amount: Option<Ore>, note: &str) -> fmt::Result {
        let mut a = Buf::<40>::new();
        let _ = match amount {
            Some(v) => write!(a, "{}", Money(v, self.lang)),
            None => a.write_str(self.l(Label::Unknown)),
        };
        if note.is_empty() {
            writeln!(f, "  {:<34} {:>18}", self.l(label), a.as_str())
        } else {
            writeln!(f, "  {:<34} {:>18}  {note}", self.l(label), a.as_str())
        }
    }

    fn header(&self, f: Out<'_, '_>) -> fmt::Result {
        let d = self.d;
        writeln!(f, "{} {}", self.l(Label::DecisionAsOf), d.evaluation_date)?;
        match d.recommended {
            Some(r) => writeln!(f, "{}: {}", self.l(Label::Recommended), r.label(self.lang))?,
            None => writeln!(f, "{}", self.l(Label::NoRouteSettled))?,
        }
        writeln!(
            f,
            "{}: {}",
            self.l(Label::EeaVerdict),
            d.verdict.label(self.lang)
        )
    }

    fn routes(&self, f: Out<'_, '_>) -> fmt::Result {
        let open = |r: &&RouteOutcome| r.verdict != Verdict::NotEligible;
        writeln!(f, "\n{}", self.l(Label::Routes))?;
        for r in self.d.routes.iter().filter(open) {
            self.route(f, r)?;
        }
        let closed = self.d.routes.iter().filter(|r| !open(r));
        let mut first = true;
        for r in closed {
            if first {
                writeln!(f, "\n{}", self.l(Label::OtherRoutes))?;
                first = false;
            }
            writeln!(
                f,
                "  -  {} [{}]",
                r.route.label(self.lang),
                r.verdict.label(self.lang)
            )?;
            for reason in &r.reasons {
                writeln!(f, "       {} {}", reason.rule(), reason.text(self.lang))?;
            }
        }
        Ok(())
    }

    fn route(&self, f: Out<'_, '_>, r: &RouteOutcome) -> fmt::Result {
        let lang = self.lang;
        match r.rank {
            Some(k) => write!(f, "  {k}. ")?,
            None => write!(f, "  -  ")?,
        }
        writeln!(f, "{} [{}]", r.route.label(lang), r.verdict.label(lang))?;
        let c = &r.coverage;
        write!(
            f,
            "       {}: {}",
            self.l(Label::Covers),
            c.treatment.label(lang)
        )?;
        if c.travel {
            write!(f, ", {}", self.l(Label::Travel))?;
        }
        if c.stay {
            write!(f, ", {}", self.l(Label::Stay))?;
        }
        let up_front = if c.pays_up_front {
            Label::Yes
        } else {
            Label::No
        };
        writeln!(
            f,
            "; {}: {}; {}: {}",
            self.l(Label::PayUpFront),
            self.l(up_front),
            self.l(Label::PaidBy),
            c.payer.text(lang)
        )?;
        let a = &r.apply;
        write!(
            f,
            "       {}: {}",
            self.l(Label::Applicant),
            a.applicant.label(lang)
        )?;
        match a.body {
            Some(body) => writeln!(f, "; {}: {}", self.l(Label::ApplyTo), body.text(lang))?,
            None => writeln!(f)?,
        }
        if matches!(r.verdict, Verdict::Eligible | Verdict::Discretion) {
            writeln!(f, "       {}", a.channel.text(lang))?;
        }
        if let Some(appeal) = a.appeal {
            writeln!(
                f,
                "       {}: {}",
                self.l(Label::AppealTo),
                appeal.text(lang)
            )?;
        }
        for reason in &r.reasons {
            writeln!(f, "       {} {}", reason.rule(), reason.text(lang))?;
        }
        Ok(())
    }

    fn refund(&self, f: Out<'_, '_>) -> fmt::Result {
        let Some(r) = &self.d.refund else {
            return Ok(());
        };
        writeln!(
            f,
            "\n{} [{}]",
            self.l(Label::RefundTitle),
            r.verdict.label(self.lang)
        )?;
        self.money(f, Label::ActualExpenses, r.expenses_ore, "")?;
        self.money(f, Label::LessSurcharges, r.private_surcharges_ore, "EEA-09")?;
        self.money(f, Label::RefundableExpenses, r.refundable_expenses_ore, "")?;
        let mut basis = Buf::<96>::new();
        if let (Some(p), Some(price)) = (r.drg_points_milli, r.drg_unit_price_ore) {
            let sep = self.decimal_separator();
            let points = self.l(Label::DrgPoints);
            let price = Money(price, self.lang);
            let _ = write!(basis, "{}{sep}{:03} {points} × {price}", p / 1000, p % 1000);
        }
        self.money(
            f,
            Label::EstimatedCost,
            r.estimated_norwegian_cost_ore,
            basis.as_str(),
        )?;
        let mut rate = Buf::<64>::new();
        if let (Some(bp), Some(on)) = (r.rate_bp, r.rate_date) {
            let _ = write!(rate, "{}, {on}", Rate(bp, self.lang));
        }
        self.money(f, Label::TimesRate, r.rate_amount_ore, rate.as_str())?;
        if r.prior_notification_max_ore.is_some() {
            self.money(
                f,
                Label::PriorNotificationMax,
                r.prior_notification_max_ore,
                "EEA-10",
            )?;
        }
        let limit = match r.limited_by {
            Some(Limit::Expenses) => self.l(Label::LimitedByExpenses),
            Some(Limit::RateAmount) => self.l(Label::LimitedByRate),
            Some(Limit::PriorNotification) => self.l(Label::LimitedByPriorNotification),
            None => "",
        };
        self.money(f, Label::RefundLowest, r.refund_ore, limit)?;
        self.money(f, Label::YouPay, r.patient_share_ore, "")
    }

    fn user_fee(&self, f: Out<'_, '_>) -> fmt::Result {
        let Some(u) = &self.d.user_fee else {
            return Ok(());
        };
        writeln!(
            f,
            "\n{} [{}]",
            self.l(Label::UserFeeTitle),
            u.verdict.label(self.lang)
        )?;
        let mut n = Buf::<48>::new();
        if let Some(c) = u.consultations {
            let _ = write!(n, "{c} {}", self.l(Label::Consultations));
        }
        self.money(f, Label::UserFee, u.amount_ore, n.as_str())?;
        match u.paid_out_with_refund {
            Some(true) => writeln!(f, "  {}", self.l(Label::PaidOutWithRefund))?,
            Some(false) => writeln!(f, "  {}", self.l(Label::CountsTowardsCard))?,
            None => {}
        }
        if u.exemption_card_ceiling_ore.is_some() {
            self.money(
                f,
                Label::ExemptionCardCeiling,
                u.exemption_card_ceiling_ore,
                "P-FRIKORT-CEILING",
            )?;
        }
        if u.payout_ore.is_some() {
            self.money(f, Label::HelfoPays, u.payout_ore, "EEA-19")?;
        }
        Ok(())
    }

    fn travel(&self, f: Out<'_, '_>) -> fmt::Result {
        let Some(t) = &self.d.travel else {
            return Ok(());
        };
        writeln!(
            f,
            "\n{} [{}]",
            self.l(Label::TravelTitle),
            t.verdict.label(self.lang)
        )?;
        if let (Some(h), Some(n)) = (&t.home, &t.nearest_place) {
            writeln!(f, "  {h} – {n} – {h}")?;
        }
        let mut how = Buf::<96>::new();
        match (t.basis, t.one_way_km, t.rate_ore_per_km) {
            (Some(TravelBasis::KmRate), Some(km), Some(rate)) => {
                let _ = write!(how, "2 × {km} km × {}", Money(rate, self.lang));
            }
            (Some(TravelBasis::ScheduledFare), _, _) => {
                let _ = how.write_str(self.l(Label::CheapestScheduled));
            }
            _ => {}
        }
        self.money(f, Label::PerRoundTrip, t.per_round_trip_ore, how.as_str())?;
        let mut trips = Buf::<32>::new();
        if let Some(n) = t.round_trips {
            let _ = write!(trips, "{n} × {}", self.l(Label::RoundTrip));
        }
        if t.user_fee_ore.is_some() {
            self.money(f, Label::LessTravelUserFees, t.user_fee_ore, "EEA-13")?;
        }
        self.money(f, Label::TravelInAll, t.amount_ore, trips.as_str())
    }

    fn deadlines(&self, f: Out<'_, '_>) -> fmt::Result {
        if self.d.deadlines.is_empty() {
            return Ok(());
        }
        writeln!(f, "\n{}", self.l(Label::DeadlinesTitle))?;
        for x in &self.d.deadlines {
            let from = match x.runs_from {
                Some(DeadlineStart::TreatmentDate) => self.l(Label::FromTreatmentDate),
                Some(DeadlineStart::InvoiceDate) => self.l(Label::FromInvoiceDate),
                None => self.l(Label::StartUnknown),
            };
            write!(f, "  {} {}: ", self.l(Label::Treatment), x.treatment_date)?;
            let Some(dl) = x.deadline else {
                writeln!(f, "{} {} ({from})", self.l(Label::SafeBy), x.safe_deadline)?;
                continue;
            };
            // The line agrees with `expired` and `claim_in_time`, not with the days alone.
            match (x.claim_in_time, x.expired, x.days_left) {
                (Some(true), _, _) => writeln!(f, "{dl} ({from}), {}", self.l(Label::ClaimInTime))?,
                (Some(false), _, _) => {
                    writeln!(f, "{dl} ({from}), {}", self.l(Label::ClaimTooLate))?
                }
                (_, Some(true), Some(n)) => writeln!(
                    f,
                    "{dl} ({from}), {} {} {}",
                    self.l(Label::ExpiredFor),
                    -n,
                    self.l(Label::DaysAgo)
                )?,
                (_, _, Some(n)) => writeln!(f, "{dl} ({from}), {n} {}", self.l(Label::DaysLeft))?,
                _ => writeln!(f, "{dl} ({from})")?,
            }
        }
        Ok(())
    }

    fn processing(&self, f: Out<'_, '_>) -> fmt::Result {
        let p = &self.d.processing;
        if let Some(by) = p.prior_notification_decision_by {
            writeln!(
                f,
                "  {} {by} (EEA-15)",
                self.l(Label::PriorNotificationDecisionBy)
            )?;
        }
        if let Some(by) = p.refund_decision_by {
            writeln!(f, "  {} {by} (EEA-15)", self.l(Label::RefundDecisionBy))?;
        }
        Ok(())
    }

    fn documents(&self, f: Out<'_, '_>) -> fmt::Result {
        let docs = &self.d.documents;
        let lists = [
            (
                Label::PriorNotificationDocuments,
                docs.prior_notification.as_slice(),
            ),
            (Label::ClaimDocuments, docs.refund_claim.as_slice()),
        ];
        for (title, list) in lists.into_iter().filter(|(_, l)| !l.is_empty()) {
            writeln!(f, "\n{}", self.l(title))?;
            for item in list {
                let req = item.requirement.label(self.lang);
                writeln!(f, "  [{req}] {}", item.document.text(self.lang))?;
            }
        }
        Ok(())
    }

    fn reasons(&self, f: Out<'_, '_>) -> fmt::Result {
        if self.d.reasons.is_empty() {
            return Ok(());
        }
        writeln!(f, "\n{}", self.l(Label::Reasons))?;
        for r in &self.d.reasons {
            writeln!(f, "  {} {}", r.rule(), r.text(self.lang))?;
        }
        Ok(())
    }

    fn risks(&self, f: Out<'_, '_>) -> fmt::Result {
        if self.d.risks.is_empty() {
            return Ok(());
        }
        writeln!(f, "\n{}", self.l(Label::WorthKnowing))?;
        for r in &self.d.risks {
            write!(f, "  {} {}", r.reason.rule(), r.reason.text(self.lang))?;
            match r.until {
                Some(u) => writeln!(f, " ({} {u})", self.l(Label::Until))?,
                None => writeln!(f)?,
            }
        }
        Ok(())
    }

    fn next_question(&self, f: Out<'_, '_>) -> fmt::Result {
        let Some(q) = &self.d.next_question else {
            return Ok(());
        };
        writeln!(f, "\n{}", self.l(Label::NextQuestion))?;
        write!(f, "  {}", q.text(self.lang))?;
        if let Some(i) = q.index {
            write!(f, " ({} {})", self.l(Label::TreatmentDateNo), i + 1)?;
        }
        writeln!(f, " [{}]", q.fact.path())?;
        let count = q.fact.options().len();
        if count > 0 {
            write!(f, "  {}: ", self.l(Label::Answers))?;
            for i in 0..count {
                let label = q.fact.option_label(i, self.lang).unwrap_or("");
                let sep = if i + 1 < count { " | " } else { "\n" };
                write!(f, "{} = {label}{sep}", q.fact.options()[i])?;
            }
        }
        Ok(())
    }

    fn missing(&self, f: Out<'_, '_>) -> fmt::Result {
        // The first missing fact is the next question unless the patient could not answer it.
        let m = MissingOf {
            missing: &self.d.missing,
            next: self.d.next_question,
            declined: self.d.declined,
            documents_missing: false,
        };
        missing_section_marked(f, m, self.lang, true)?;
        self.to_settle(f)
    }

    /// What the patient could not answer, and whom to turn to.
    fn to_settle(&self, f: Out<'_, '_>) -> fmt::Result {
        if self.d.to_settle.is_empty() {
            return Ok(());
        }
        writeln!(f, "\n{}", self.l(Label::ToSettle))?;
        for t in &self.d.to_settle {
            write!(f, "  {}", t.fact.question(self.lang))?;
            if let Some(i) = t.index {
                write!(f, " ({} {})", self.l(Label::TreatmentDateNo), i + 1)?;
            }
            write!(f, " [{}]", t.fact.path())?;
            match t.body {
                Some(b) => writeln!(f, " — {} {}", self.l(Label::TurnTo), b.text(self.lang))?,
                None => writeln!(f)?,
            }
        }
        Ok(())
    }

    fn parameters(&self, f: Out<'_, '_>) -> fmt::Result {
        parameters_listed(f, &self.d.parameters, self.lang, true)?;
        if self.d.estimates.is_empty() {
            return Ok(());
        }
        writeln!(f, "\n{}", self.l(Label::Estimated))?;
        for e in &self.d.estimates {
            let basis = e.basis.until.map_or(0, |u| u.year());
            writeln!(
                f,
                "  {} ({}) {} = {} ← {} ({}), {} bp",
                e.id,
                e.id.label(self.lang),
                e.on,
                e.value,
                e.basis.value,
                basis.saturating_sub(1),
                e.uprate_bp_per_year
            )?;
        }
        Ok(())
    }

    fn decimal_separator(&self) -> char {
        match self.lang {
            Lang::Nb => ',',
            Lang::En => '.',
        }
    }
}

/// What the missing section of the desk's and the clinician's explanation knows about the
/// case: the next question (marked), the facts answered "vet ikke", and whether documents are
/// still missing (then "nothing missing" would be untrue).
pub(crate) struct MissingOf<'m> {
    pub(crate) missing: &'m [Missing],
    pub(crate) next: Option<crate::fact::Question>,
    pub(crate) declined: crate::fact::FactSet,
    pub(crate) documents_missing: bool,
}

/// The missing facts as the questions that would settle them, and the parameters in words
/// (shared by the inbound and the method explanation, whose readers are a desk clerk and a
/// clinician: no field paths).
pub(crate) fn missing_section(f: Out<'_, '_>, m: MissingOf<'_>, lang: Lang) -> fmt::Result {
    missing_section_marked(f, m, lang, false)
}

/// The missing facts and parameters, the next question marked; with `paths`, each fact's
/// field path too (for a caseworker).
fn missing_section_marked(
    f: Out<'_, '_>,
    m: MissingOf<'_>,
    lang: Lang,
    paths: bool,
) -> fmt::Result {
    let l = |label: Label| label.text(lang);
    writeln!(f, "\n{}", l(Label::Missing))?;
    if m.missing.is_empty() {
        let nothing = if m.documents_missing {
            Label::NoMoreQuestions
        } else {
            Label::NothingMissing
        };
        writeln!(f, "  {}", l(nothing))?;
    }
    for item in m.missing.iter() {
        match item {
            Missing::Parameter { id, on, rule } => {
                write!(
                    f,
                    "  {} {} {}",
                    id.label(lang),
                    l(Label::NotEntered),
                    crate::view::LongDate(*on, lang)
                )?;
                if paths {
                    write!(f, " ({id}, {rule})")?;
                }
                writeln!(f, " — {}", l(Label::NoSourcedValue))?;
            }
            Missing::Fact { fact, index } => {
                write!(f, "  {}", fact.question(lang))?;
                if paths {
                    write!(f, " ({item})")?;
                }
                if m.declined.contains(*fact) {
                    write!(f, " {}", l(Label::DeclinedMark))?;
                } else if m.next.is_some_and(|q| q.fact == *fact && q.index == *index) {
                    write!(f, " — {}", l(Label::NextQuestion))?;
                }
                writeln!(f)?;
            }
        }
    }
    Ok(())
}

/// The dated parameters used, with validity and source.
pub(crate) fn parameters_section(
    f: Out<'_, '_>,
    params: &[&crate::params::ParamEntry<'_>],
    lang: Lang,
) -> fmt::Result {
    parameters_listed(f, params, lang, false)
}

/// The dated parameters used; with `iso`, dates as `2024-03-04` (the caseworker's
/// explanation, which keeps the codes), else written out (`4. mars 2024`).
fn parameters_listed(
    f: Out<'_, '_>,
    params: &[&crate::params::ParamEntry<'_>],
    lang: Lang,
    iso: bool,
) -> fmt::Result {
    let l = |label: Label| label.text(lang);
    let date = |f: Out<'_, '_>, d: crate::date::Date| {
        if iso {
            write!(f, "{d}")
        } else {
            write!(f, "{}", crate::view::LongDate(d, lang))
        }
    };
    // A heading never stands empty.
    if params.is_empty() {
        return Ok(());
    }
    writeln!(f, "\n{}", l(Label::ParametersUsed))?;
    for e in params {
        write!(f, "  {} ({}) = {}", e.id, e.id.label(lang), e.value)?;
        if let Some(from) = e.from {
            write!(f, " {} ", l(Label::From))?;
            date(f, from)?;
        }
        if let Some(until) = e.until {
            write!(f, " {} ", l(Label::Until))?;
            date(f, until)?;
        }
        let source = crate::catalogue::source(e.source, lang);
        writeln!(f, " — {}: {source}", l(Label::Source))?;
    }
    Ok(())
}

/// An amount as each language writes it (`crate::money::Kroner`).
struct Money(Ore, Lang);

impl Display for Money {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        Display::fmt(&crate::money::Kroner(self.0.get(), self.1), f)
    }
}

/// A rate in basis points: `80 %`, `80,50 %` in bokmål, `80.50 %` in English.
struct Rate(BasisPoints, Lang);

impl Display for Rate {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let (whole, frac) = (self.0 .0 / 100, self.0 .0 % 100);
        let sep = if self.1 == Lang::Nb { ',' } else { '.' };
        if frac == 0 {
            write!(f, "{whole} %")
        } else {
            write!(f, "{whole}{sep}{frac:02} %")
        }
    }
}

/// A small fixed buffer for padding formatted values.
struct Buf<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> Buf<N> {
    fn new() -> Self {
        Buf {
            bytes: [0; N],
            len: 0,
        }
    }
    fn as_str(&self) -> &str {
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("")
    }
}

impl<const N: usize> Write for Buf<N> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        if end > N {
            return Err(fmt::Error);
        }
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}
