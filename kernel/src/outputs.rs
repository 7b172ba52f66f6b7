//! The few scalars of a decision that an analysis keeps for each case: a column each in
//! Python's `evaluate_columns`, and the headline attributes of a Python `Decision`. Declared
//! here, once per kind, so that no binding lists them (issue 25): a new kind adds its lines
//! here and every binding shows them.

use crate::any::AnyDecision;
use crate::date::Date;
use crate::fact::{CaseKind, Verdict};

/// What an output holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutputKind {
    /// One of these names (a kernel enum's JSON spellings), by position.
    Choice(&'static [&'static str]),
    /// One of the kind's facts (the next question), by position in [`CaseKind::facts`].
    Fact,
    /// A whole number (øre, basis points, days).
    Int,
    /// A date.
    Date,
    /// Yes or no.
    Flag,
}

/// One output's value for one decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scalar {
    /// Position in the output's names (or in the kind's facts).
    Choice(u8),
    /// A whole number.
    Int(i64),
    /// A date.
    Date(Date),
    /// Yes or no.
    Flag(bool),
}

/// One output: its name (a column's, an attribute's), what it holds, and how it is read.
pub struct Output {
    /// The column's name.
    pub name: &'static str,
    /// What it holds.
    pub kind: OutputKind,
    /// Its value for a decision of its kind (`None`: not known, or not applicable).
    pub read: fn(AnyDecision<'_, '_>) -> Option<Scalar>,
}

/// The most outputs a kind has (a row of values fits a fixed array).
pub const MAX_OUTPUTS: usize = 8;

/// Position of `v` in `all`, as a choice.
fn choice<T: PartialEq>(all: &[T], v: T) -> Option<Scalar> {
    all.iter()
        .position(|x| *x == v)
        .and_then(|i| u8::try_from(i).ok())
        .map(Scalar::Choice)
}

/// The next question, as a position in the decision's kind's facts.
const NEXT_QUESTION: Output = Output {
    name: "next_question",
    kind: OutputKind::Fact,
    read: |d| {
        let q = d.next_question()?;
        choice(d.kind().facts(), q.fact)
    },
};

#[cfg(feature = "outbound")]
mod outbound {
    use super::*;
    use crate::outbound::decision::Decision;
    use crate::outbound::routes::Route;

    fn of<'d, 'p>(d: AnyDecision<'d, 'p>) -> Option<&'d Decision<'p>> {
        d.treatment_abroad()
    }

    /// Treatment abroad: the EEA refund's verdict and amounts, the route, the first deadline.
    pub(super) const OUTPUTS: &[Output] = &[
        Output {
            name: "verdict",
            kind: OutputKind::Choice(Verdict::NAMES),
            read: |d| choice(Verdict::ALL, of(d)?.verdict),
        },
        Output {
            name: "recommended",
            kind: OutputKind::Choice(Route::NAMES),
            read: |d| choice(Route::ALL, of(d)?.recommended?),
        },
        Output {
            name: "refund_ore",
            kind: OutputKind::Int,
            read: |d| Some(Scalar::Int(of(d)?.refund.as_ref()?.refund_ore?.get())),
        },
        Output {
            name: "patient_share_ore",
            kind: OutputKind::Int,
            read: |d| {
                Some(Scalar::Int(
                    of(d)?.refund.as_ref()?.patient_share_ore?.get(),
                ))
            },
        },
        Output {
            name: "rate_bp",
            kind: OutputKind::Int,
            read: |d| Some(Scalar::Int(i64::from(of(d)?.refund.as_ref()?.rate_bp?.0))),
        },
        Output {
            name: "deadline",
            kind: OutputKind::Date,
            read: |d| Some(Scalar::Date(of(d)?.deadlines.first()?.deadline?)),
        },
        Output {
            name: "days_left",
            kind: OutputKind::Int,
            read: |d| Some(Scalar::Int(i64::from(of(d)?.deadlines.first()?.days_left?))),
        },
        NEXT_QUESTION,
    ];
}

#[cfg(feature = "inbound")]
mod inbound {
    use super::*;
    use crate::inbound::decision::*;
    use crate::inbound::InboundDecision;

    fn of<'d, 'p>(d: AnyDecision<'d, 'p>) -> Option<&'d InboundDecision<'p>> {
        match d {
            AnyDecision::Inbound(d) => Some(d),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    /// A temporary stay in Norway: entitlement, cover, payer, fee, invoice category, EHIC.
    pub(super) const OUTPUTS: &[Output] = &[
        Output {
            name: "scope",
            kind: OutputKind::Choice(Scope::NAMES),
            read: |d| choice(Scope::ALL, of(d)?.scope),
        },
        Output {
            name: "covered",
            kind: OutputKind::Choice(Verdict::NAMES),
            read: |d| choice(Verdict::ALL, of(d)?.covered),
        },
        Output {
            name: "payer",
            kind: OutputKind::Choice(Payer::NAMES),
            read: |d| choice(Payer::ALL, of(d)?.payer),
        },
        Output {
            name: "user_fee",
            kind: OutputKind::Choice(UserFee::NAMES),
            read: |d| choice(UserFee::ALL, of(d)?.user_fee),
        },
        Output {
            name: "invoice_category",
            kind: OutputKind::Choice(InvoiceCategory::NAMES),
            read: |d| choice(InvoiceCategory::ALL, of(d)?.invoice_category?),
        },
        Output {
            name: "ehic_state",
            kind: OutputKind::Choice(EhicState::NAMES),
            read: |d| choice(EhicState::ALL, of(d)?.ehic_state),
        },
        NEXT_QUESTION,
    ];
}

#[cfg(feature = "methods")]
mod methods {
    use super::*;
    use crate::methods::decision::MethodRoute;
    use crate::methods::MethodDecision;

    fn of<'d, 'p>(d: AnyDecision<'d, 'p>) -> Option<&'d MethodDecision<'p>> {
        match d {
            AnyDecision::Method(d) => Some(d),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    /// A method not approved: the route, the first to apply for, whether it is used at all,
    /// the access scheme's cut-off.
    pub(super) const OUTPUTS: &[Output] = &[
        Output {
            name: "recommended",
            kind: OutputKind::Choice(MethodRoute::NAMES),
            read: |d| choice(MethodRoute::ALL, of(d)?.recommended?),
        },
        Output {
            name: "apply_first",
            kind: OutputKind::Choice(MethodRoute::NAMES),
            read: |d| choice(MethodRoute::ALL, of(d)?.apply_first?),
        },
        Output {
            name: "not_used",
            kind: OutputKind::Flag,
            read: |d| Some(Scalar::Flag(of(d)?.not_used)),
        },
        Output {
            name: "access_cut_off",
            kind: OutputKind::Date,
            read: |d| Some(Scalar::Date(of(d)?.access_deadline.as_ref()?.cut_off)),
        },
        Output {
            name: "access_days_left",
            kind: OutputKind::Int,
            read: |d| {
                let days = of(d)?.access_deadline.as_ref()?.days_left;
                Some(Scalar::Int(i64::from(days)))
            },
        },
        NEXT_QUESTION,
    ];
}

/// The outputs of `kind`'s decisions, in column order.
pub fn outputs(kind: CaseKind) -> &'static [Output] {
    match kind {
        #[cfg(feature = "outbound")]
        CaseKind::Outbound => outbound::OUTPUTS,
        #[cfg(feature = "inbound")]
        CaseKind::Inbound => inbound::OUTPUTS,
        #[cfg(feature = "methods")]
        CaseKind::Method => methods::OUTPUTS,
        #[allow(unreachable_patterns)]
        _ => &[],
    }
}

/// Every output of the decision's kind, read once, in column order (a kind has at most
/// [`MAX_OUTPUTS`]; the rest are `None`).
pub fn values(d: AnyDecision<'_, '_>) -> [Option<Scalar>; MAX_OUTPUTS] {
    let mut out = [None; MAX_OUTPUTS];
    for (o, spec) in out.iter_mut().zip(outputs(d.kind())) {
        *o = (spec.read)(d);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::any::AnyCase;
    use crate::params::Params;

    #[test]
    // Safe code deciding three cases: minutes under Miri for nothing it could find (the
    // kernel has no `unsafe`); the integration tests decide the same on every build.
    #[cfg_attr(miri, ignore)]
    fn every_kind_has_its_outputs_within_the_bound_and_they_read_its_decisions() {
        for kind in CaseKind::ALL {
            let outs = outputs(*kind);
            assert!(!outs.is_empty() && outs.len() <= MAX_OUTPUTS, "{kind:?}");
            let mut names: heapless::Vec<&str, MAX_OUTPUTS> = heapless::Vec::new();
            for o in outs {
                assert!(!names.contains(&o.name), "{kind:?}: {} twice", o.name);
                let _ = names.push(o.name);
            }
            let case = AnyCase::new(*kind, Date::ymd(2024, 7, 3)).unwrap();
            case.decide(Params::builtin(), |d| {
                // An empty case: the next question is known, and is one of the kind's facts.
                let q = outs.iter().find(|o| o.name == "next_question").unwrap();
                let Some(Scalar::Choice(i)) = (q.read)(d) else {
                    panic!("{kind:?}: no next question")
                };
                assert!(usize::from(i) < kind.facts().len());
                for o in outs {
                    if let (Some(Scalar::Choice(i)), OutputKind::Choice(names)) =
                        ((o.read)(d), o.kind)
                    {
                        assert!(usize::from(i) < names.len(), "{}", o.name);
                    }
                }
                Ok::<_, crate::Error>(())
            })
            .unwrap();
        }
    }
}
