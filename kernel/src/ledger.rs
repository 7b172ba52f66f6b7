//! The bookkeeping of one evaluation. A [`Ledger`] serves a whole decision: the reasons found,
//! the facts and parameters missing (most decisive first: the order of recording), the dated
//! parameters used (the one way rules read parameters), and a capacity overflow reported as
//! an internal error rather than dropped. A [`Tally`] is one route's own verdict, reasons and
//! missing facts, recorded the same way.

use crate::date::Date;
use crate::error::{Error, ErrorKind};
use crate::estimate::{Estimated, MAX_ESTIMATES};
use crate::fact::{Fact, Missing, Verdict};
use crate::params::{ParamEntry, ParamId, Params, MAX_PARAMS_USED};
use crate::reason::ReasonCode;
use heapless::Vec;

/// The most reasons one decision carries.
pub const MAX_REASONS: usize = 40;
/// The most missing facts one decision lists.
pub const MAX_MISSING: usize = 40;

/// What one evaluation finds, written where the decision keeps it.
pub(crate) struct Found<'p> {
    pub(crate) reasons: Vec<ReasonCode, MAX_REASONS>,
    pub(crate) missing: Vec<Missing, MAX_MISSING>,
    pub(crate) used: Vec<&'p ParamEntry<'p>, MAX_PARAMS_USED>,
}

impl Found<'_> {
    pub(crate) const fn new() -> Self {
        Found {
            reasons: Vec::new(),
            missing: Vec::new(),
            used: Vec::new(),
        }
    }
}

/// What one evaluation has found so far. It writes into the lists of the decision being made
/// (or of a [`Found`]), not into lists of its own that are copied at the end: the missing list
/// alone is close to a kilobyte, and a decision's stack is what an embedded caller budgets for
/// (issue 15).
pub(crate) struct Ledger<'d, 'p> {
    params: Params<'p>,
    pub(crate) reasons: &'d mut Vec<ReasonCode, MAX_REASONS>,
    pub(crate) missing: &'d mut Vec<Missing, MAX_MISSING>,
    pub(crate) used: &'d mut Vec<&'p ParamEntry<'p>, MAX_PARAMS_USED>,
    /// Where the values estimated for missing years go (issue 24); `None`: this evaluation
    /// estimates nothing, whatever the table says.
    estimates: Option<&'d mut Vec<Estimated<'p>, MAX_ESTIMATES>>,
    /// A capacity was exceeded: reported as [`ErrorKind::Internal`], never a panic.
    pub(crate) overflow: bool,
}

impl<'d, 'p> Ledger<'d, 'p> {
    /// A ledger writing into these lists (empty when the evaluation starts).
    pub(crate) fn new(
        params: Params<'p>,
        reasons: &'d mut Vec<ReasonCode, MAX_REASONS>,
        missing: &'d mut Vec<Missing, MAX_MISSING>,
        used: &'d mut Vec<&'p ParamEntry<'p>, MAX_PARAMS_USED>,
    ) -> Self {
        Ledger {
            params,
            reasons,
            missing,
            used,
            estimates: None,
            overflow: false,
        }
    }

    /// This ledger, writing the values it estimates for missing years into `estimates` when
    /// the table asks for estimates (`Params::with_estimate`).
    pub(crate) fn estimating(
        mut self,
        estimates: &'d mut Vec<Estimated<'p>, MAX_ESTIMATES>,
    ) -> Self {
        self.estimates = Some(estimates);
        self
    }

    /// How many values have been estimated so far: an amount computed while it grew is an
    /// estimate.
    pub(crate) fn estimated(&self) -> usize {
        self.estimates.as_ref().map_or(0, |e| e.len())
    }

    /// A ledger writing into `found`.
    pub(crate) fn into_found(params: Params<'p>, found: &'d mut Found<'p>) -> Self {
        Ledger::new(
            params,
            &mut found.reasons,
            &mut found.missing,
            &mut found.used,
        )
    }

    /// Records a reason once.
    pub(crate) fn reason(&mut self, r: ReasonCode) {
        if !self.reasons.contains(&r) && self.reasons.push(r).is_err() {
            self.overflow = true;
        }
    }

    /// Records a missing fact once and returns `Undetermined`, for `return l.lacks(..)`.
    pub(crate) fn lacks(&mut self, f: Fact) -> Verdict {
        self.lacks_item(Missing::fact(f))
    }

    /// Records a missing per-date fact.
    pub(crate) fn lacks_at(&mut self, f: Fact, index: usize) -> Verdict {
        self.lacks_item(Missing::Fact {
            fact: f,
            index: Some(index as u8),
        })
    }

    fn lacks_item(&mut self, m: Missing) -> Verdict {
        // A missing parameter's rule is given by the caller of `param`: within the schemas'
        // bound (a fact's is asserted with the fact table).
        debug_assert!(m.rule().len() <= crate::reason::MAX_RULE_ID);
        if !self.missing.contains(&m) && self.missing.push(m).is_err() {
            self.overflow = true;
        }
        Verdict::Undetermined
    }

    /// The value of `id` in force on `on`, recording the entry used; when none is in force,
    /// records the gap as missing (for `rule`) and returns `None`.
    /// With estimates asked for, a missing year's rate is carried forward from the latest value
    /// before it and recorded as an estimate, with its basis (issue 24).
    pub(crate) fn param(&mut self, id: ParamId, on: Date, rule: &'static str) -> Option<i64> {
        if let Some(e) = self.params.lookup(id, on) {
            self.record_use(e);
            return Some(e.value);
        }
        if let (Some(how), Some(list)) = (self.params.estimate(), self.estimates.as_deref_mut()) {
            if let Some((value, basis)) = crate::estimate::carry_forward(self.params, id, on, how) {
                let item = Estimated {
                    id,
                    on,
                    value,
                    basis,
                    uprate_bp_per_year: how.uprate_bp_per_year,
                };
                if !list.contains(&item) && list.push(item).is_err() {
                    self.overflow = true;
                }
                self.record_use(basis);
                self.reason(ReasonCode::ParameterEstimated);
                return Some(value);
            }
        }
        self.lacks_item(Missing::Parameter { id, on, rule });
        self.reason(ReasonCode::ParameterNotEntered);
        None
    }

    /// The value of `id` in force on `on`, recording the entry used; a gap is not missing: the
    /// value informs the patient and settles nothing.
    pub(crate) fn informative(&mut self, id: ParamId, on: Date) -> Option<i64> {
        let e = self.params.lookup(id, on)?;
        self.record_use(e);
        Some(e.value)
    }

    /// A dated flag (value 1: in force), recording the entry used; a flag with no entry in
    /// force is simply off, not missing.
    pub(crate) fn flag(&mut self, id: ParamId, on: Date) -> bool {
        let Some(e) = self.params.lookup(id, on) else {
            return false;
        };
        self.record_use(e);
        e.value == 1
    }

    fn record_use(&mut self, e: &'p ParamEntry<'p>) {
        if !self.used.iter().any(|u| core::ptr::eq(*u, e)) && self.used.push(e).is_err() {
            self.overflow = true;
        }
    }

    /// Every entry of `id` (a parameter that is a list, such as a meeting calendar), without
    /// recording them.
    pub(crate) fn entries_of(&self, id: ParamId) -> impl Iterator<Item = &'p ParamEntry<'p>> {
        self.params.entries().iter().filter(move |e| e.id == id)
    }

    /// Records the entries of `id` in force on `on` as used.
    pub(crate) fn use_entries_on(&mut self, id: ParamId, on: Date) {
        let entries = self.params.entries();
        for e in entries.iter().filter(|e| e.id == id && e.in_force(on)) {
            self.record_use(e);
        }
    }

    /// Records a parameter with no usable value on `on` as missing (for `rule`).
    pub(crate) fn lacks_param(&mut self, id: ParamId, on: Date, rule: &'static str) {
        self.lacks_item(Missing::Parameter { id, on, rule });
    }

    /// The entry of `id` in force on `on`, without recording anything (to compare dates).
    pub(crate) fn peek(&self, id: ParamId, on: Date) -> Option<&'p ParamEntry<'p>> {
        self.params.lookup(id, on)
    }
}

/// Turns an arithmetic failure into the typed error (only an extreme what-if table gets here).
pub(crate) fn overflow() -> Error {
    Error::at_root(ErrorKind::ArithmeticOverflow)
}

/// One option's verdict, reasons and missing facts (a route of the outbound ranking).
pub(crate) struct Tally<const R: usize, const M: usize> {
    pub(crate) verdict: Verdict,
    pub(crate) reasons: Vec<ReasonCode, R>,
    pub(crate) missing: Vec<Fact, M>,
    /// A capacity was exceeded: reported as an internal error, never dropped silently.
    pub(crate) overflow: bool,
}

impl<const R: usize, const M: usize> Tally<R, M> {
    pub(crate) fn new() -> Self {
        Tally {
            verdict: Verdict::Eligible,
            reasons: Vec::new(),
            missing: Vec::new(),
            overflow: false,
        }
    }

    /// A reason that does not change the verdict.
    pub(crate) fn yes(&mut self, r: ReasonCode) {
        // A reason is said once (the MET-05 to-do line was printed twice).
        if !self.reasons.contains(&r) {
            self.overflow |= self.reasons.push(r).is_err();
        }
    }

    /// A reason that leaves the option to a body's discretion (C-07): the patient may apply.
    pub(crate) fn discretion(&mut self, r: ReasonCode) {
        self.yes(r);
        self.verdict = self.verdict.and(Verdict::Discretion);
    }

    /// A reason that closes the option.
    pub(crate) fn no(&mut self, r: ReasonCode) {
        self.yes(r);
        self.verdict = self.verdict.and(Verdict::NotEligible);
    }

    /// A fact the verdict depends on, unknown.
    pub(crate) fn lacks(&mut self, f: Fact) {
        self.needs(f);
        self.verdict = self.verdict.and(Verdict::Undetermined);
    }

    /// A fact the option needs for where to apply, not for its verdict.
    pub(crate) fn needs(&mut self, f: Fact) {
        if !self.missing.contains(&f) {
            self.overflow |= self.missing.push(f).is_err();
        }
    }

    /// A yes/no condition: `Some(true)` passes with `yes`, `Some(false)` fails with `no`.
    pub(crate) fn condition(
        &mut self,
        v: Option<bool>,
        fact: Fact,
        yes: Option<ReasonCode>,
        no: ReasonCode,
    ) {
        match v {
            Some(true) => {
                if let Some(r) = yes {
                    self.yes(r);
                }
            }
            Some(false) => self.no(no),
            None => self.lacks(fact),
        }
    }
}
