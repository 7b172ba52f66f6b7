//! The fixed-size decision a kiosk reads back: verdicts, amounts, deadlines, documents,
//! reasons, routes and the next question. Texts are not copied in; they come from
//! `helserett_reason_text`, `helserett_document_text` and friends by number and language, so
//! the struct stays small and the same for every language.
//!
//! The JSON decision (`helserett_evaluate_json`) carries everything; this struct carries what a
//! kiosk screen shows. A test checks each field against the kernel's decision.

#![allow(non_camel_case_types)]

use crate::case::{
    c_date, helserett_date, helserett_fact, HELSERETT_MAX_TREATMENT_DATES, HELSERETT_UNKNOWN,
};
use crate::enums::*;
use kernel::decision::{
    Decision, MAX_CLAIM_DOCUMENTS, MAX_MISSING, MAX_PN_DOCUMENTS, MAX_REASONS, MAX_RISKS,
};
use kernel::document::DocumentItem;
use kernel::fact::{Missing, Verdict};
use kernel::question::Question;
use kernel::routes::{Applicant, ROUTE_COUNT};
use kernel::text::{Body, Channel};
use kernel::{AnyDecision, Ore};

/// The most reasons a decision carries.
pub const HELSERETT_MAX_REASONS: usize = 40;
/// The most missing facts a decision lists.
pub const HELSERETT_MAX_MISSING: usize = 40;
/// The number of routes.
pub const HELSERETT_ROUTE_COUNT: usize = 7;
/// The longest prior-notification checklist.
pub const HELSERETT_MAX_PN_DOCUMENTS: usize = 4;
/// The longest refund-claim checklist.
pub const HELSERETT_MAX_CLAIM_DOCUMENTS: usize = 14;
/// The most risk notes.
pub const HELSERETT_MAX_RISKS: usize = 4;
/// The most declined facts a decision lists for a caseworker.
pub const HELSERETT_MAX_TO_SETTLE: usize = 8;

// The header needs literal numbers; these keep them equal to the kernel's capacities.
const _: () = assert!(HELSERETT_MAX_REASONS == MAX_REASONS);
const _: () = assert!(HELSERETT_MAX_MISSING == MAX_MISSING);
const _: () = assert!(HELSERETT_ROUTE_COUNT == ROUTE_COUNT);
const _: () = assert!(HELSERETT_MAX_PN_DOCUMENTS == MAX_PN_DOCUMENTS);
const _: () = assert!(HELSERETT_MAX_CLAIM_DOCUMENTS == MAX_CLAIM_DOCUMENTS);
const _: () = assert!(HELSERETT_MAX_RISKS == MAX_RISKS);
const _: () = assert!(HELSERETT_MAX_TO_SETTLE == kernel::decision::MAX_TO_SETTLE);

/// The question to ask next (`fact` is `HELSERETT_FACT_NONE` when the case is settled).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct helserett_question {
    /// A `helserett_fact`.
    pub fact: u32,
    /// For a per-date fact, the index into `treatment.dates`; otherwise -1.
    pub index: i32,
    /// A `helserett_answer_kind`.
    pub answer_kind: u32,
    /// How many options a choice has (`helserett_question_option` gives each).
    pub options_len: u32,
}

impl helserett_question {
    pub(crate) fn from_kernel(q: Option<Question>) -> helserett_question {
        match q {
            None => helserett_question {
                fact: helserett_fact::None as u32,
                index: -1,
                answer_kind: helserett_answer_kind::None as u32,
                options_len: 0,
            },
            Some(q) => helserett_question {
                fact: fact_number(q.fact),
                index: q.index.map_or(-1, i32::from),
                answer_kind: answer_kind(q.kind()) as u32,
                options_len: q.kind().options().len() as u32,
            },
        }
    }
}

/// The refund (EEA-08..EEA-11); amounts in øre or `HELSERETT_UNKNOWN`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct helserett_refund {
    /// A `helserett_verdict`; `NOT_ASSESSED` when the scheme verdict is "not eligible".
    pub verdict: u32,
    /// The expenses.
    pub expenses_ore: i64,
    /// The expenses after private surcharges.
    pub refundable_expenses_ore: i64,
    /// The estimated Norwegian cost.
    pub estimated_norwegian_cost_ore: i64,
    /// The rate, basis points (10 000 = 100 %), or `HELSERETT_UNKNOWN`.
    pub rate_bp: i64,
    /// The date the rate was taken on.
    pub rate_date: helserett_date,
    /// Rate × estimated cost.
    pub rate_amount_ore: i64,
    /// The prior-notification maximum.
    pub prior_notification_max_ore: i64,
    /// The refund.
    pub refund_ore: i64,
    /// A `helserett_limit`: which candidate set the refund.
    pub limited_by: u32,
    /// What the patient bears.
    pub patient_share_ore: i64,
}

/// The user fee (EEA-19).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct helserett_user_fee {
    /// A `helserett_verdict`.
    pub verdict: u32,
    /// The fee, øre, or `HELSERETT_UNKNOWN`.
    pub amount_ore: i64,
}

/// Travel (EEA-13).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct helserett_travel_outcome {
    /// A `helserett_verdict`.
    pub verdict: u32,
    /// The refund for travel, øre, or `HELSERETT_UNKNOWN`.
    pub amount_ore: i64,
}

/// The claim deadline of one treatment date (EEA-14).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct helserett_deadline {
    /// The treatment date.
    pub treatment_date: helserett_date,
    /// The deadline, or all zero while unknown (go by `safe_deadline`).
    pub deadline: helserett_date,
    /// The earliest the deadline can be.
    pub safe_deadline: helserett_date,
    /// Days left from the evaluation date (negative once passed), or `INT32_MIN` unknown.
    pub days_left: i32,
    /// A `helserett_tristate`: passed without a claim in time.
    pub expired: u32,
}

/// A document on a checklist (EEA-16..EEA-18).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct helserett_document {
    /// The document's number (`helserett_document_text`).
    pub document: u32,
    /// A `helserett_requirement`.
    pub requirement: u32,
}

/// A missing fact (`fact`), or a parameter with no value in force (`fact` is NONE).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct helserett_missing {
    /// A `helserett_fact`, or `HELSERETT_FACT_NONE` for a parameter gap.
    pub fact: u32,
    /// The treatment date index for per-date facts, or -1.
    pub index: i32,
}

/// A fact the person could not answer, left for a caseworker, and the body to turn to.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct helserett_to_settle {
    /// A `helserett_fact`.
    pub fact: u32,
    /// The treatment date index for per-date facts, or -1.
    pub index: i32,
    /// The body: a `HELSERETT_TEXT_KIND_BODY` number, 0 when the sources name none.
    pub body: u32,
}

/// One route's verdict (issue 3).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct helserett_route_outcome {
    /// A `helserett_route`.
    pub route: u32,
    /// A `helserett_verdict`.
    pub verdict: u32,
    /// Who applies: a `HELSERETT_TEXT_KIND_APPLICANT` number for `helserett_text`.
    pub applicant: u32,
    /// The body that decides: a `HELSERETT_TEXT_KIND_BODY` number, 0 when none is named.
    pub body: u32,
    /// How to apply (form, address): a `HELSERETT_TEXT_KIND_CHANNEL` number.
    pub channel: u32,
}

/// A risk note (RISK-01..RISK-04).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct helserett_risk {
    /// The reason number (`helserett_reason_text`).
    pub reason: u32,
    /// Until when the note applies, or all zero.
    pub until: helserett_date,
}

/// A decision, for a kiosk to read back.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct helserett_decision {
    /// A `helserett_case_kind`: the kind of case decided. The fields from `verdict` to
    /// `refund_decision_by`, `deadlines`, `to_settle`, `routes`, the checklists and `risks`
    /// are the EEA refund scheme's, filled for an outbound case (none, zero or unknown for the
    /// others, whose own fields are in the JSON decision).
    pub kind: u32,
    /// The day decided on.
    pub evaluation_date: helserett_date,
    /// The case's `id`, echoed (NUL-terminated; empty when the case had none).
    pub id: [core::ffi::c_char; crate::HELSERETT_ID_CAPACITY],
    /// A `helserett_verdict`: the EEA refund scheme's verdict.
    pub verdict: u32,
    /// A `helserett_route`: the best open route, or `HELSERETT_ROUTE_NONE`.
    pub recommended: u32,
    /// The next question of the interview.
    pub next_question: helserett_question,
    /// The refund.
    pub refund: helserett_refund,
    /// The user fee.
    pub user_fee: helserett_user_fee,
    /// Travel.
    pub travel: helserett_travel_outcome,
    /// A `helserett_verdict`: whether prior notification is available (EEA-10).
    pub prior_notification_availability: u32,
    /// When Helfo should decide a prior notification (EEA-15), or all zero.
    pub prior_notification_decision_by: helserett_date,
    /// When Helfo should decide a refund claim (EEA-15), or all zero.
    pub refund_decision_by: helserett_date,
    /// How many `deadlines` are filled in.
    pub deadlines_len: u32,
    /// One deadline per treatment date.
    pub deadlines: [helserett_deadline; HELSERETT_MAX_TREATMENT_DATES],
    /// How many `reasons` are filled in.
    pub reasons_len: u32,
    /// Reason numbers (`helserett_reason_text`, `helserett_reason_code`).
    pub reasons: [u32; HELSERETT_MAX_REASONS],
    /// How many `missing` are filled in.
    pub missing_len: u32,
    /// The facts still missing for the EEA refund, most decisive first.
    pub missing: [helserett_missing; HELSERETT_MAX_MISSING],
    /// How many `to_settle` are filled in.
    pub to_settle_len: u32,
    /// What the person could not answer ("vet ikke"), for a caseworker to settle.
    pub to_settle: [helserett_to_settle; HELSERETT_MAX_TO_SETTLE],
    /// How many `routes` are filled in.
    pub routes_len: u32,
    /// Every route, ranked.
    pub routes: [helserett_route_outcome; HELSERETT_ROUTE_COUNT],
    /// How many `prior_notification_documents` are filled in.
    pub prior_notification_documents_len: u32,
    /// The prior-notification checklist (EEA-16).
    pub prior_notification_documents: [helserett_document; HELSERETT_MAX_PN_DOCUMENTS],
    /// How many `claim_documents` are filled in.
    pub claim_documents_len: u32,
    /// The refund-claim checklist (EEA-17, EEA-18).
    pub claim_documents: [helserett_document; HELSERETT_MAX_CLAIM_DOCUMENTS],
    /// How many `risks` are filled in.
    pub risks_len: u32,
    /// Risk notes.
    pub risks: [helserett_risk; HELSERETT_MAX_RISKS],
    /// The receipt's SHA-256 of the parameter table used (the JSON's
    /// `receipt.params_sha256`, as bytes).
    pub params_sha256: [u8; 32],
}

fn ore(v: Option<Ore>) -> i64 {
    v.map_or(HELSERETT_UNKNOWN, Ore::get)
}

/// A value's number in its text table (1-based, as `helserett_text` takes it).
fn text_number<T: PartialEq>(all: &[T], v: T) -> u32 {
    all.iter().position(|x| *x == v).map_or(0, |i| i as u32 + 1)
}

fn verdict(v: Option<Verdict>) -> u32 {
    helserett_verdict::encode(v)
}

/// Copies a list into a fixed array, returning the count (the arrays have the kernel's own
/// capacities, so nothing is ever dropped).
fn fill<T, U: Copy>(out: &mut [U], items: impl Iterator<Item = T>, f: impl Fn(T) -> U) -> u32 {
    let mut n = 0;
    for (o, item) in out.iter_mut().zip(items) {
        *o = f(item);
        n += 1;
    }
    n
}

fn document(d: &DocumentItem) -> helserett_document {
    helserett_document {
        document: u32::from(d.document.number()),
        requirement: helserett_requirement::encode(Some(d.requirement)),
    }
}

/// The kernel's decision of any kind in the C representation: the common part from every
/// decision, the EEA refund scheme's part from a decision on treatment abroad.
pub(crate) fn from_kernel(any: AnyDecision<'_, '_>) -> helserett_decision {
    let none_date = helserett_date::default();
    let mut c = helserett_decision {
        kind: any.kind() as u32,
        evaluation_date: c_date(Some(any.evaluation_date())),
        id: crate::case::c_caller_id(any.id()),
        verdict: verdict(None),
        recommended: helserett_route::encode(None),
        next_question: helserett_question::from_kernel(any.next_question()),
        refund: helserett_refund {
            verdict: 0,
            expenses_ore: HELSERETT_UNKNOWN,
            refundable_expenses_ore: HELSERETT_UNKNOWN,
            estimated_norwegian_cost_ore: HELSERETT_UNKNOWN,
            rate_bp: HELSERETT_UNKNOWN,
            rate_date: none_date,
            rate_amount_ore: HELSERETT_UNKNOWN,
            prior_notification_max_ore: HELSERETT_UNKNOWN,
            refund_ore: HELSERETT_UNKNOWN,
            limited_by: 0,
            patient_share_ore: HELSERETT_UNKNOWN,
        },
        user_fee: helserett_user_fee {
            verdict: 0,
            amount_ore: HELSERETT_UNKNOWN,
        },
        travel: helserett_travel_outcome {
            verdict: 0,
            amount_ore: HELSERETT_UNKNOWN,
        },
        prior_notification_availability: verdict(None),
        prior_notification_decision_by: none_date,
        refund_decision_by: none_date,
        deadlines_len: 0,
        deadlines: [helserett_deadline {
            treatment_date: none_date,
            deadline: none_date,
            safe_deadline: none_date,
            days_left: i32::MIN,
            expired: 0,
        }; HELSERETT_MAX_TREATMENT_DATES],
        reasons_len: 0,
        reasons: [0; HELSERETT_MAX_REASONS],
        missing_len: 0,
        missing: [helserett_missing { fact: 0, index: -1 }; HELSERETT_MAX_MISSING],
        to_settle_len: 0,
        to_settle: [helserett_to_settle {
            fact: 0,
            index: -1,
            body: 0,
        }; HELSERETT_MAX_TO_SETTLE],
        routes_len: 0,
        routes: [helserett_route_outcome {
            route: 0,
            verdict: 0,
            applicant: 0,
            body: 0,
            channel: 0,
        }; HELSERETT_ROUTE_COUNT],
        prior_notification_documents_len: 0,
        prior_notification_documents: [helserett_document {
            document: 0,
            requirement: 0,
        }; HELSERETT_MAX_PN_DOCUMENTS],
        claim_documents_len: 0,
        claim_documents: [helserett_document {
            document: 0,
            requirement: 0,
        }; HELSERETT_MAX_CLAIM_DOCUMENTS],
        risks_len: 0,
        risks: [helserett_risk {
            reason: 0,
            until: none_date,
        }; HELSERETT_MAX_RISKS],
        params_sha256: any.receipt().params_sha256,
    };
    c.reasons_len = fill(&mut c.reasons, any.reasons().iter(), |r| {
        u32::from(r.number())
    });
    c.missing_len = fill(&mut c.missing, any.missing().iter(), |m| match m {
        Missing::Fact { fact, index } => helserett_missing {
            fact: fact_number(*fact),
            index: index.map_or(-1, i32::from),
        },
        _ => helserett_missing {
            fact: helserett_fact::None as u32,
            index: -1,
        },
    });
    if let Some(d) = any.treatment_abroad() {
        treatment_abroad(&mut c, d);
    }
    c
}

/// The EEA refund scheme's part: verdict, route, amounts, deadlines, routes, checklists.
fn treatment_abroad(c: &mut helserett_decision, d: &Decision<'_>) {
    c.verdict = verdict(Some(d.verdict));
    c.recommended = helserett_route::encode(d.recommended);
    c.prior_notification_availability = verdict(Some(d.prior_notification.availability));
    c.prior_notification_decision_by = c_date(d.processing.prior_notification_decision_by);
    c.refund_decision_by = c_date(d.processing.refund_decision_by);
    if let Some(r) = &d.refund {
        c.refund = helserett_refund {
            verdict: verdict(Some(r.verdict)),
            expenses_ore: ore(r.expenses_ore),
            refundable_expenses_ore: ore(r.refundable_expenses_ore),
            estimated_norwegian_cost_ore: ore(r.estimated_norwegian_cost_ore),
            rate_bp: r.rate_bp.map_or(HELSERETT_UNKNOWN, |b| i64::from(b.0)),
            rate_date: c_date(r.rate_date),
            rate_amount_ore: ore(r.rate_amount_ore),
            prior_notification_max_ore: ore(r.prior_notification_max_ore),
            refund_ore: ore(r.refund_ore),
            limited_by: helserett_limit::encode(r.limited_by),
            patient_share_ore: ore(r.patient_share_ore),
        };
    }
    if let Some(u) = &d.user_fee {
        c.user_fee = helserett_user_fee {
            verdict: verdict(Some(u.verdict)),
            amount_ore: ore(u.amount_ore),
        };
    }
    if let Some(t) = &d.travel {
        c.travel = helserett_travel_outcome {
            verdict: verdict(Some(t.verdict)),
            amount_ore: ore(t.amount_ore),
        };
    }
    c.deadlines_len = fill(&mut c.deadlines, d.deadlines.iter(), |x| {
        helserett_deadline {
            treatment_date: c_date(Some(x.treatment_date)),
            deadline: c_date(x.deadline),
            safe_deadline: c_date(Some(x.safe_deadline)),
            days_left: x.days_left.unwrap_or(i32::MIN),
            expired: helserett_tristate::encode(x.expired),
        }
    });
    c.to_settle_len = fill(&mut c.to_settle, d.to_settle.iter(), |t| {
        helserett_to_settle {
            fact: fact_number(t.fact),
            index: t.index.map_or(-1, i32::from),
            body: t.body.map_or(0, |b| text_number(Body::ALL, b)),
        }
    });
    c.routes_len = fill(&mut c.routes, d.routes.iter(), |o| {
        helserett_route_outcome {
            route: helserett_route::encode(Some(o.route)),
            verdict: verdict(Some(o.verdict)),
            applicant: text_number(Applicant::ALL, o.apply.applicant),
            body: o.apply.body.map_or(0, |b| text_number(Body::ALL, b)),
            channel: text_number(Channel::ALL, o.apply.channel),
        }
    });
    c.prior_notification_documents_len = fill(
        &mut c.prior_notification_documents,
        d.documents.prior_notification.iter(),
        document,
    );
    c.claim_documents_len = fill(
        &mut c.claim_documents,
        d.documents.refund_claim.iter(),
        document,
    );
    c.risks_len = fill(&mut c.risks, d.risks.iter(), |r| helserett_risk {
        reason: u32::from(r.reason.number()),
        until: c_date(r.until),
    });
}
