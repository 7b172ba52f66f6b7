//! A readable summary of a decision in bokmål or English, written through `core::fmt` (no
//! allocation), so the command line, the C ABI and Python all print the same text.

use crate::decision::{DeadlineStart, Decision, Limit, TravelBasis};
use crate::fact::{Missing, Verdict};
use crate::money::Ore;
use crate::reason::Lang;
use crate::routes::{Extent, Route};
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

impl Explain<'_> {
    fn t(&self, nb: &'static str, en: &'static str) -> &'static str {
        match self.lang {
            Lang::Nb => nb,
            Lang::En => en,
        }
    }

    fn verdict(&self, v: Verdict) -> &'static str {
        match v {
            Verdict::Eligible => self.t("OPPFYLT", "ELIGIBLE"),
            Verdict::NotEligible => self.t("IKKE OPPFYLT", "NOT ELIGIBLE"),
            Verdict::Undetermined => self.t("UAVKLART", "UNDETERMINED"),
        }
    }

    fn money(
        &self,
        f: &mut Formatter<'_>,
        label: &str,
        amount: Option<Ore>,
        note: &str,
    ) -> fmt::Result {
        match amount {
            Some(a) => writeln!(f, "  {label:<34} {:>18}  {note}", DisplayOre(a)),
            None => writeln!(
                f,
                "  {label:<34} {:>18}  {note}",
                self.t("ukjent", "unknown")
            ),
        }
    }
}

/// `Ore`'s display padded as a unit (fmt width applies to the whole).
struct DisplayOre(Ore);

impl Display for DisplayOre {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let mut buf = Buf::<32>::new();
        let _ = write!(buf, "{}", self.0);
        f.pad(buf.as_str())
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

/// Strings joined with " | ".
struct Joined<'a>(&'a [&'a str]);

impl Display for Joined<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" | ")?;
            }
            f.write_str(s)?;
        }
        Ok(())
    }
}

impl Explain<'_> {
    fn route_name(&self, r: Route) -> &'static str {
        match r {
            Route::TreatmentAbroad => self.t(
                "Rett til behandling i utlandet (ABR)",
                "Right to treatment abroad (ABR)",
            ),
            Route::IndefensibleWaitS2 => self.t(
                "Uforsvarlig ventetid, S2 (WAIT-02)",
                "Indefensible wait, S2 (WAIT-02)",
            ),
            Route::WaitingTimeBreach => self.t(
                "Fristbrudd, Helfo pasientformidling (WAIT-01)",
                "Deadline breach, Helfo patient referral (WAIT-01)",
            ),
            Route::EeaRefund => self.t(
                "Refusjon fra Helfo, EU/EØS (EEA)",
                "Helfo refund, EU/EEA (EEA)",
            ),
            Route::Ehic => self.t(
                "Europeisk helsetrygdkort (OTHER-01)",
                "European Health Insurance Card (OTHER-01)",
            ),
            Route::MemberAbroad => self.t(
                "Medlem i utlandet, ftrl. § 5-24 (OTHER-03)",
                "Member abroad, § 5-24 (OTHER-03)",
            ),
            Route::TreatmentTrip => {
                self.t("Behandlingsreiser (OTHER-02)", "Treatment trips (OTHER-02)")
            }
        }
    }

    fn routes(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let d = self.d;
        writeln!(
            f,
            "\n{}",
            self.t(
                "Ordninger, i anbefalt rekkefølge",
                "Routes, in recommended order"
            )
        )?;
        for r in &d.routes {
            match r.rank {
                Some(k) => write!(f, "  {k}. ")?,
                None => write!(f, "  -  ")?,
            }
            writeln!(
                f,
                "{} [{}]",
                self.route_name(r.route),
                self.verdict(r.verdict)
            )?;
            if r.verdict == Verdict::NotEligible {
                continue;
            }
            let c = &r.coverage;
            writeln!(
                f,
                "       {}: {}{}{}; {}: {}; {}: {}",
                self.t("dekker", "covers"),
                match c.treatment {
                    Extent::Full => self.t("hele behandlingen", "all treatment"),
                    Extent::CappedAtNorwegianCost => self.t(
                        "behandling opp til norsk kostnad",
                        "treatment up to the Norwegian cost"
                    ),
                    Extent::LocalPublicTerms => self.t(
                        "behandling på landets offentlige vilkår",
                        "treatment on local public terms"
                    ),
                    Extent::Stay => self.t("opphold ved institusjon", "a stay at an institution"),
                    Extent::Unknown => self.t("uavklart", "not stated"),
                },
                if c.travel {
                    self.t(", reise", ", travel")
                } else {
                    ""
                },
                if c.stay {
                    self.t(", opphold", ", stay")
                } else {
                    ""
                },
                self.t("utlegg", "pay up front"),
                if c.pays_up_front {
                    self.t("ja", "yes")
                } else {
                    self.t("nei", "no")
                },
                self.t("betaler", "paid by"),
                c.payer.text(self.lang),
            )?;
            if let Some(body) = r.apply.body {
                writeln!(f, "       {}: {body}", self.t("søk til", "apply to"))?;
            }
            if r.verdict == Verdict::Eligible {
                writeln!(f, "       {}", r.apply.channel.text(self.lang))?;
            }
        }
        Ok(())
    }
}

impl Display for Explain<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let d = self.d;
        let l = self.lang;
        writeln!(
            f,
            "{} {}",
            self.t("Vurdering per", "Decision as of"),
            d.evaluation_date
        )?;
        match d.recommended {
            Some(r) => writeln!(
                f,
                "{}: {}",
                self.t("Anbefalt", "Recommended"),
                self.route_name(r)
            )?,
            None => writeln!(
                f,
                "{}",
                self.t("Ingen ordning er avklart ennå.", "No route is settled yet.")
            )?,
        }
        writeln!(
            f,
            "{}: {}",
            self.t(
                "Refusjon fra Helfo for EU/EØS (EEA)",
                "Helfo refund for the EU/EEA (EEA)"
            ),
            self.verdict(d.verdict)
        )?;
        self.routes(f)?;
        if let Some(r) = &d.refund {
            writeln!(
                f,
                "\n{} [{}]",
                self.t("Refusjon (EEA-08..EEA-11)", "Refund (EEA-08..EEA-11)"),
                self.verdict(r.verdict)
            )?;
            self.money(
                f,
                self.t("Faktiske utgifter", "Actual expenses"),
                r.expenses_ore,
                "",
            )?;
            self.money(
                f,
                self.t("− privatpasienttillegg", "− private-patient surcharges"),
                r.private_surcharges_ore,
                "EEA-09",
            )?;
            self.money(
                f,
                self.t("= refunderbare utgifter", "= refundable expenses"),
                r.refundable_expenses_ore,
                "",
            )?;
            let mut basis = Buf::<96>::new();
            if let (Some(p), Some(price)) = (r.drg_points_milli, r.drg_unit_price_ore) {
                let _ = write!(basis, "{}.{:03} DRG × {}", p / 1000, p % 1000, price);
            }
            self.money(
                f,
                self.t("Antatt kostnad i Norge", "Estimated Norwegian cost"),
                r.estimated_norwegian_cost_ore,
                basis.as_str(),
            )?;
            let mut rate = Buf::<64>::new();
            if let (Some(bp), Some(on)) = (r.rate_bp, r.rate_date) {
                let _ = write!(rate, "{bp}, {on}");
            }
            self.money(
                f,
                self.t("× sats", "× rate"),
                r.rate_amount_ore,
                rate.as_str(),
            )?;
            if r.prior_notification_max_ore.is_some() {
                self.money(
                    f,
                    self.t("Tak i forhåndstilsagn", "Prior-notification maximum"),
                    r.prior_notification_max_ore,
                    "EEA-10",
                )?;
            }
            let limit = match r.limited_by {
                Some(Limit::Expenses) => {
                    self.t("begrenset av utgiftene", "limited by the expenses")
                }
                Some(Limit::RateAmount) => {
                    self.t("begrenset av satsbeløpet", "limited by the rate amount")
                }
                Some(Limit::PriorNotification) => self.t(
                    "begrenset av forhåndstilsagnet",
                    "limited by the prior notification",
                ),
                None => "",
            };
            self.money(
                f,
                self.t("Refusjon (laveste)", "Refund (the lowest)"),
                r.refund_ore,
                limit,
            )?;
            self.money(
                f,
                self.t("Pasientens egen andel", "Patient's own share"),
                r.patient_share_ore,
                "",
            )?;
        }
        if let Some(u) = &d.user_fee {
            writeln!(
                f,
                "\n{} [{}]",
                self.t("Egenandel (EEA-19)", "User fee (EEA-19)"),
                self.verdict(u.verdict)
            )?;
            let mut n = Buf::<48>::new();
            if let Some(c) = u.consultations {
                let _ = write!(n, "{c} {}", self.t("konsultasjoner", "consultations"));
            }
            self.money(f, self.t("Egenandel", "User fee"), u.amount_ore, n.as_str())?;
            match u.paid_out_with_refund {
                Some(true) => writeln!(
                    f,
                    "  {}",
                    self.t(
                        "Utbetales med refusjonen (frikort).",
                        "Paid out with the refund (exemption card)."
                    )
                )?,
                Some(false) => writeln!(
                    f,
                    "  {}",
                    self.t("Teller mot frikort.", "Counts towards the exemption card.")
                )?,
                None => {}
            }
        }
        if let Some(t) = &d.travel {
            writeln!(
                f,
                "\n{} [{}]",
                self.t("Reise (EEA-13)", "Travel (EEA-13)"),
                self.verdict(t.verdict)
            )?;
            if let (Some(h), Some(n)) = (&t.home, &t.nearest_place) {
                writeln!(f, "  {h} – {n} – {h}")?;
            }
            let mut how = Buf::<96>::new();
            match (t.basis, t.one_way_km, t.rate_ore_per_km) {
                (Some(TravelBasis::KmRate), Some(km), Some(rate)) => {
                    let _ = write!(how, "2 × {km} km × {rate}");
                }
                (Some(TravelBasis::ScheduledFare), _, _) => {
                    let _ = write!(
                        how,
                        "{}",
                        self.t("billigste rutegående", "cheapest scheduled fare")
                    );
                }
                _ => {}
            }
            self.money(
                f,
                self.t("Per tur-retur", "Per round trip"),
                t.per_round_trip_ore,
                how.as_str(),
            )?;
            let mut trips = Buf::<32>::new();
            if let Some(n) = t.round_trips {
                let _ = write!(trips, "{n} × {}", self.t("tur-retur", "round trip"));
            }
            self.money(
                f,
                self.t("Reise i alt", "Travel in all"),
                t.amount_ore,
                trips.as_str(),
            )?;
        }
        if !d.deadlines.is_empty() {
            writeln!(f, "\n{}", self.t("Frister (EEA-14)", "Deadlines (EEA-14)"))?;
            for x in &d.deadlines {
                let from = match x.runs_from {
                    Some(DeadlineStart::TreatmentDate) => {
                        self.t("fra behandlingsdato", "from the treatment date")
                    }
                    Some(DeadlineStart::InvoiceDate) => {
                        self.t("fra fakturadato", "from the invoice date")
                    }
                    None => self.t("startdato ukjent", "start unknown"),
                };
                write!(
                    f,
                    "  {} {}: ",
                    self.t("Behandling", "Treatment"),
                    x.treatment_date
                )?;
                match (x.deadline, x.days_left) {
                    (Some(dl), Some(n)) if n >= 0 => writeln!(
                        f,
                        "{dl} ({from}), {n} {}",
                        self.t("dager igjen", "days left")
                    )?,
                    (Some(dl), Some(n)) => writeln!(
                        f,
                        "{dl} ({from}), {} {} {}",
                        self.t("utløpt for", "expired"),
                        -n,
                        self.t("dager siden", "days ago")
                    )?,
                    _ => writeln!(
                        f,
                        "{} {} ({from})",
                        self.t("senest trygt", "safe by"),
                        x.safe_deadline
                    )?,
                }
            }
        }
        let p = &d.processing;
        if let Some(by) = p.prior_notification_decision_by {
            writeln!(
                f,
                "  {} {by} (EEA-15)",
                self.t(
                    "Svar på forhåndstilsagn ventes innen",
                    "Prior-notification decision expected by"
                )
            )?;
        }
        if let Some(by) = p.refund_decision_by {
            writeln!(
                f,
                "  {} {by} (EEA-15)",
                self.t(
                    "Svar på refusjonskrav ventes innen",
                    "Refund decision expected by"
                )
            )?;
        }
        for (title, list) in [
            (
                self.t(
                    "Dokumenter til søknad om forhåndstilsagn (EEA-16)",
                    "Documents for prior notification (EEA-16)",
                ),
                d.documents.prior_notification.as_slice(),
            ),
            (
                self.t(
                    "Dokumenter til refusjonskravet (EEA-17, EEA-18)",
                    "Documents for the refund claim (EEA-17, EEA-18)",
                ),
                d.documents.refund_claim.as_slice(),
            ),
        ] {
            if list.is_empty() {
                continue;
            }
            writeln!(f, "\n{title}")?;
            for item in list {
                let req = match item.requirement {
                    crate::document::Requirement::Required => self.t("påkrevd", "required"),
                    crate::document::Requirement::IfApplicable => {
                        self.t("hvis aktuelt", "if applicable")
                    }
                    crate::document::Requirement::Optional => self.t("valgfritt", "optional"),
                };
                writeln!(f, "  [{req}] {}", item.document.text(l))?;
            }
        }
        writeln!(f, "\n{}", self.t("Begrunnelse", "Reasons"))?;
        for r in &d.reasons {
            writeln!(f, "  {} {}", r.rule(), r.text(l))?;
        }
        if !d.risks.is_empty() {
            writeln!(f, "\n{}", self.t("Verdt å vite", "Worth knowing"))?;
            for r in &d.risks {
                write!(f, "  {} {}", r.reason.rule(), r.reason.text(l))?;
                match r.until {
                    Some(u) => writeln!(f, " ({} {u})", self.t("til", "until"))?,
                    None => writeln!(f)?,
                }
            }
        }
        if let Some(q) = &d.next_question {
            writeln!(f, "\n{}", self.t("Neste spørsmål", "Next question"))?;
            write!(f, "  {}", q.text(l))?;
            if let Some(i) = q.index {
                write!(
                    f,
                    " ({} {})",
                    self.t("behandlingsdato nr.", "treatment date no."),
                    i + 1
                )?;
            }
            writeln!(f, " [{}]", q.fact.path())?;
            let options = q.kind().options();
            if !options.is_empty() {
                writeln!(f, "  {}: {}", self.t("Svar", "Answers"), Joined(options))?;
            }
        }
        writeln!(f, "\n{}", self.t("Mangler", "Missing"))?;
        if d.missing.is_empty() {
            writeln!(
                f,
                "  {}",
                self.t(
                    "Ingenting: saken er avklart.",
                    "Nothing: the case is settled."
                )
            )?;
        }
        for (i, m) in d.missing.iter().enumerate() {
            let mark = if i == 0 {
                self.t("neste spørsmål", "next question")
            } else {
                ""
            };
            match m {
                Missing::Parameter { .. } => writeln!(
                    f,
                    "  {m} — {} {mark}",
                    self.t("ingen kildebelagt verdi", "no sourced value")
                )?,
                _ => writeln!(f, "  {m} {mark}")?,
            }
        }
        writeln!(f, "\n{}", self.t("Parametere brukt", "Parameters used"))?;
        for e in &d.parameters {
            write!(f, "  {} = {}", e.id, e.value)?;
            if let Some(from) = e.from {
                write!(f, " {} {from}", self.t("fra", "from"))?;
            }
            if let Some(until) = e.until {
                write!(f, " {} {until}", self.t("til", "until"))?;
            }
            writeln!(f, " — {}", e.source)?;
        }
        Ok(())
    }
}
