//! The kiosk interview: the single most decisive unknown fact across all routes, as a question
//! in bokmål and English with its allowed answers, or `None` when the case is settled.
//!
//! "Most decisive": routes are looked at in ranking order (see [`crate::routes`]). Facts of an
//! undetermined route ranked above the best open route can still change the recommendation,
//! so they come first; then the facts the best open route needs for its amounts, deadlines and
//! where to apply. Facts of routes ranked below an open route cannot change the recommendation
//! and are never asked. A parameter gap is not a question (no patient can answer it).

use crate::case::Case;
pub use crate::fact::{AnswerKind, Question};
use crate::fact::{Missing, Verdict};
use crate::outbound::decision::Decision;
use crate::outbound::routes::Route;

/// The next question for a decided case, or `None` when it is settled.
pub fn next_question(decision: &Decision<'_>) -> Option<Question> {
    // A fact the person could not answer is not asked again: a caseworker settles it.
    candidates(decision).find(|q| !decision.declined.contains(q.fact))
}

/// Every question that could still change the answer, most decisive first.
pub fn candidates<'a>(d: &'a Decision<'a>) -> impl Iterator<Item = Question> + 'a {
    let verdict = |r: Route| d.routes.iter().find(|o| o.route == r).map(|o| o.verdict);
    let best = Route::ALL
        .iter()
        .position(|r| verdict(*r) == Some(Verdict::Eligible));
    let above = &Route::ALL[..best.unwrap_or(Route::ALL.len())];
    let undecided = above
        .iter()
        .copied()
        .filter(move |r| verdict(*r) == Some(Verdict::Undetermined));
    let best_route = best.map(|i| Route::ALL[i]);
    undecided
        .chain(best_route)
        .flat_map(move |r| route_questions(d, r))
}

fn route_questions<'a>(d: &'a Decision<'a>, r: Route) -> impl Iterator<Item = Question> + 'a {
    let own = d
        .routes
        .iter()
        .filter(move |o| o.route == r && r != Route::EeaRefund)
        .flat_map(|o| {
            o.missing.iter().map(|f| Question {
                fact: *f,
                index: None,
            })
        });
    let eea = d
        .missing
        .iter()
        .filter(move |_| r == Route::EeaRefund)
        .filter_map(|m| match m {
            Missing::Fact { fact, index } => Some(Question {
                fact: *fact,
                index: *index,
            }),
            Missing::Parameter { .. } => None,
        });
    own.chain(eea)
}

/// Whether the case is settled: no question could change the answer, and nothing the person
/// could not answer is left for a caseworker.
pub fn is_settled(decision: &Decision<'_>) -> bool {
    let declined_missing = candidates(decision).any(|q| decision.declined.contains(q.fact));
    next_question(decision).is_none() && !declined_missing
}

/// Evaluates and returns the next question in one call.
pub fn interview(case: &Case) -> Result<Option<Question>, crate::Error> {
    let d = crate::evaluate(case)?;
    Ok(next_question(&d))
}
