//! Methods not approved for the public specialist service (seed 004, Helse Bergen HF's
//! procedure, MET-01..MET-09): every route in the procedure's order, with who applies, where it
//! is anchored, who assesses, the channel and form, who bears the cost, and the access
//! scheme's cut-off.

/// The method case (it lives beside the outbound one, in `case`, below the fact table).
pub use crate::case::method as case;
#[cfg(feature = "methods")]
mod deadline;
pub mod decision;
#[cfg(feature = "methods")]
mod routes;

pub use crate::case::method::MethodCase;
pub use decision::MethodDecision;

#[cfg(feature = "methods")]
use crate::error::{Error, ErrorKind};
#[cfg(feature = "methods")]
use crate::fact::{Fact, Missing, Question, SetError, Verdict};
#[cfg(feature = "methods")]
use crate::ledger::{Found, Ledger};
#[cfg(feature = "methods")]
use crate::params::Params;
#[cfg(feature = "methods")]
use crate::reason::ReasonCode as R;
#[cfg(feature = "methods")]
use case::NyeMetoderStatus;
#[cfg(feature = "methods")]
use decision::{MethodRoute, METHOD_DECISION_SCHEMA};
#[cfg(feature = "methods")]
use heapless::Vec;

#[cfg(feature = "methods")]
/// Decides a method question with the built-in parameters.
pub fn evaluate_method(case: &MethodCase) -> Result<MethodDecision<'static>, Error> {
    evaluate_method_with(case, Params::builtin())
}

#[cfg(feature = "methods")]
/// Decides a method question with a caller's parameter table (the meeting calendar
/// P-MET-MEETINGS goes here).
pub fn evaluate_method_with<'p>(
    case: &MethodCase,
    params: Params<'p>,
) -> Result<MethodDecision<'p>, Error> {
    check(case)?;
    let mut kept = Found::new();
    let mut l = Ledger::into_found(params, &mut kept);
    let mut outcomes: Vec<_, { MethodRoute::ALL.len() }> = Vec::new();
    let mut overflow = false;
    for r in MethodRoute::ALL {
        let e = routes::decide(*r, case, &mut l);
        overflow |= e.t.overflow;
        overflow |= outcomes.push(e.into_outcome(*r)).is_err();
    }
    // Ranked: certain routes first, then those a body decides, then the open questions, each
    // in the procedure's order (C-07: discretion below anything certain).
    let mut rank = 0u8;
    for v in [
        Verdict::Eligible,
        Verdict::Discretion,
        Verdict::Undetermined,
    ] {
        for o in outcomes.iter_mut().filter(|o| o.verdict == v) {
            rank += 1;
            o.rank = Some(rank);
        }
    }
    let first = |v: Verdict| outcomes.iter().find(|o| o.verdict == v).map(|o| o.route);
    let recommended = first(Verdict::Eligible);
    let apply_first = if recommended.is_none() {
        first(Verdict::Discretion)
    } else {
        None
    };
    // Missing: what an open question needs, then what an open route needs for where to
    // apply; each in the table's order, which asks about the method before the patient, the
    // trials and the assessments (the method's kind and status settle the most routes).
    for v in [Verdict::Undetermined, Verdict::Discretion] {
        for f in Fact::METHOD {
            let wanted = outcomes
                .iter()
                .any(|o| o.verdict == v && o.missing.contains(f));
            if wanted {
                l.lacks(*f);
            }
        }
    }
    let access_open = outcomes
        .iter()
        .any(|o| o.route == MethodRoute::AccessScheme && o.verdict == Verdict::Discretion);
    let access_deadline = if access_open {
        deadline::access_deadline(case.evaluation_date, &mut l)
    } else {
        None
    };
    if case.method.nye_metoder_status == Some(NyeMetoderStatus::UnderAssessment) {
        l.reason(R::MetUnderAssessmentNotUsed);
    }
    let not_used = outcomes.iter().all(|o| o.verdict == Verdict::NotEligible);
    if not_used {
        l.reason(R::MetNotUsed);
    }
    if overflow || l.overflow {
        return Err(Error::at_root(ErrorKind::Internal));
    }
    // A fact the person said they do not know is not asked again (C-04).
    let next_question = l.missing.iter().find_map(|m| match m {
        Missing::Fact { fact, .. } if case.declined.contains(*fact) => None,
        Missing::Fact { fact, index } => Some(Question {
            fact: *fact,
            index: *index,
        }),
        Missing::Parameter { .. } => None,
    });
    Ok(MethodDecision {
        schema: METHOD_DECISION_SCHEMA,
        id: case.id.clone(),
        evaluation_date: case.evaluation_date,
        routes: outcomes,
        recommended,
        apply_first,
        not_used,
        access_deadline,
        reasons: kept.reasons,
        missing: kept.missing,
        parameters: kept.used,
        next_question,
        declined: case.declined,
        receipt: crate::receipt::Receipt::new(
            crate::case::method::METHOD_CASE_SCHEMA,
            METHOD_DECISION_SCHEMA,
            case.evaluation_date,
            params,
        ),
    })
}

#[cfg(feature = "methods")]
/// Checks a case built in code as the JSON reader checks it, and the facts that contradict
/// each other, naming the later field.
fn check(case: &MethodCase) -> Result<(), Error> {
    for f in Fact::METHOD {
        if let Err(SetError::Invalid(e)) = crate::fact::check(*f, None, case.get(*f)) {
            return Err(e);
        }
    }
    let bad = |f: Fact| Err(Error::new(ErrorKind::Inconsistent, f.field_path(None)));
    let m = &case.method;
    let drug = m.kind == Some(case::MethodKind::Drug);
    let drug_facts = [
        (
            m.marketing_authorisation.is_some(),
            Fact::MarketingAuthorisation,
        ),
        (
            m.within_approved_indication.is_some(),
            Fact::WithinApprovedIndication,
        ),
        (
            m.on_group_pre_approval_list.is_some(),
            Fact::OnGroupPreApprovalList,
        ),
        (
            m.blue_prescription_possible.is_some(),
            Fact::BluePrescriptionPossible,
        ),
    ];
    // A drug's facts for a device or procedure contradict its kind.
    if m.kind.is_some() && !drug {
        if let Some((_, f)) = drug_facts.iter().find(|(given, _)| *given) {
            return bad(*f);
        }
    }
    // An indication is the marketing authorisation's: without one there is none to be within.
    if m.marketing_authorisation == Some(false) && m.within_approved_indication.is_some() {
        return bad(Fact::WithinApprovedIndication);
    }
    if case.trial.ongoing_trial_available == Some(false)
        && case.trial.meets_inclusion_criteria.is_some()
    {
        return bad(Fact::MeetsInclusionCriteria);
    }
    Ok(())
}
