//! The inbound decision as the admission desk reads it, in bokmål or English: entitlement,
//! payer, the EHIC's state, the copies and attachments, the next steps, the reasons and what
//! is missing. Every word comes from the text catalogue.

use super::{missing_section, parameters_section, Out};
use crate::inbound::decision::{DocumentItem, InboundDecision};
use crate::text::{Label, Lang};
use core::fmt::{self, Display, Formatter};

/// The summary of an inbound decision in `lang`; format it with `{}`.
pub fn explain_inbound<'a>(decision: &'a InboundDecision<'a>, lang: Lang) -> ExplainInbound<'a> {
    ExplainInbound { d: decision, lang }
}

/// See [`explain_inbound`].
pub struct ExplainInbound<'a> {
    d: &'a InboundDecision<'a>,
    lang: Lang,
}

impl Display for ExplainInbound<'_> {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        let (d, lang) = (self.d, self.lang);
        let l = |label: Label| label.text(lang);
        writeln!(f, "{}", l(Label::InboundTitle))?;
        let date = crate::view::LongDate(d.evaluation_date, lang);
        writeln!(f, "{} {date}", l(Label::DecisionAsOf))?;
        writeln!(f, "  {:<32} {}", l(Label::Entitlement), d.scope.label(lang))?;
        // A care decision the hospital makes is not applied for (IN-03, C-07): it says so.
        let covered = match d.covered {
            crate::fact::Verdict::Discretion => l(Label::HospitalDecides),
            v => v.label(lang),
        };
        writeln!(f, "  {:<32} {}", l(Label::CareCovered), covered)?;
        if let (Some(from), Some(until)) = (d.covered_from, d.covered_until) {
            let (from, until) = (
                crate::view::LongDate(from, lang),
                crate::view::LongDate(until, lang),
            );
            writeln!(f, "  {:<32} {from} – {until}", l(Label::CoveredDays))?;
        }
        writeln!(f, "  {:<32} {}", l(Label::Payer), d.payer.label(lang))?;
        writeln!(
            f,
            "  {:<32} {}",
            l(Label::PatientPays),
            d.user_fee.label(lang)
        )?;
        let category = d
            .invoice_category
            .map_or(l(Label::NotYetKnown), |c| c.label(lang));
        writeln!(f, "  {:<32} {}", l(Label::InvoiceCategory), category)?;
        writeln!(
            f,
            "  {:<32} {}",
            l(Label::EhicStatus),
            d.ehic_state.label(lang)
        )?;
        self.documents(f, Label::AdmissionCopies, &d.admission_copies)?;
        self.documents(f, Label::InvoiceAttachments, &d.invoice_attachments)?;
        if !d.steps.is_empty() {
            writeln!(f, "\n{}", l(Label::NextSteps))?;
            for (i, s) in d.steps.iter().enumerate() {
                write!(f, "  {}. {}", i + 1, s.step.label(lang))?;
                if let Some(doc) = s.document {
                    write!(f, " ({})", doc.label(lang))?;
                }
                writeln!(f, " [{}]", s.rule)?;
            }
        }
        // A heading never stands empty.
        if !d.reasons.is_empty() {
            writeln!(f, "\n{}", l(Label::Reasons))?;
            for r in &d.reasons {
                writeln!(f, "  [{}] {}", r.rule(), r.text(lang))?;
            }
        }
        let documents_missing = d
            .admission_copies
            .iter()
            .chain(&d.invoice_attachments)
            .any(|x| x.status == crate::inbound::decision::DocumentStatus::Missing);
        let m = super::MissingOf {
            missing: &d.missing,
            next: d.next_question,
            declined: d.declined,
            documents_missing,
        };
        missing_section(f, m, lang)?;
        parameters_section(f, &d.parameters, lang)
    }
}

impl ExplainInbound<'_> {
    fn documents(&self, f: Out<'_, '_>, title: Label, items: &[DocumentItem]) -> fmt::Result {
        if items.is_empty() {
            return Ok(());
        }
        writeln!(f, "\n{}", title.text(self.lang))?;
        for i in items {
            writeln!(
                f,
                "  - {} [{}; {}]",
                i.document.label(self.lang),
                i.status.label(self.lang),
                i.rule
            )?;
        }
        Ok(())
    }
}
