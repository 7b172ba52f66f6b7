//! The kiosk interview: the single most decisive unknown fact across all routes that the
//! person answering can give, as a question in bokmål and English with its allowed answers, or
//! `None` when nothing they can say would change the answer.
//!
//! "Most decisive": routes are looked at in ranking order (see [`crate::routes`]). Facts of an
//! undetermined route ranked above the best open route can still change the recommendation,
//! so they come first; then the facts the best open route needs for its amounts, deadlines and
//! where to apply. Facts of routes ranked below an open route cannot change the recommendation
//! and are never asked. A route that waits only on what the person cannot answer (a fact a
//! body establishes, a "vet ikke", a parameter gap) counts as open here: nothing the person
//! says could settle it, and asking about routes below it would only lengthen the interview
//! (issue 23). Within a route, what can end or turn the case comes first (the situation, the
//! country, membership, the dates that decide the deadline), then the amounts.

use crate::case::Case;
pub use crate::fact::{AnswerKind, Question};
use crate::fact::{Fact, Missing, Verdict};
use crate::outbound::decision::Decision;
use crate::outbound::routes::Route;

/// The order the EEA refund's questions are asked in, as far as it is not the order the rules
/// find them missing: what can end the claim or turn it to another scheme first, the dates
/// that decide the deadline before any amount (EEA-14), then the rest of eligibility. Facts
/// not listed follow in the order the rules lack them (the amounts, travel, documents).
const ASK_FIRST: &[Fact] = &[
    Fact::Need,
    Fact::CareGiven,
    Fact::TreatmentCountry,
    Fact::MemberOfFolketrygden,
    Fact::TreatmentDates,
    Fact::InvoiceDate,
    Fact::SettledOnTheSpot,
    Fact::ResidenceCountry,
    Fact::HoldsS1,
    Fact::Referral,
    Fact::ComparableCare,
    // For a patient, who is not asked to judge comparability, a granted prior notification
    // settles it for the care it names (EEA-07, EEA-10).
    Fact::PriorNotificationStatus,
    Fact::PriorNotificationMax,
    Fact::CareBeyondGranted,
];

/// Where `fact` stands in [`ASK_FIRST`]; after every listed fact when it is not listed.
fn rank(fact: Fact) -> usize {
    ASK_FIRST
        .iter()
        .position(|f| *f == fact)
        .unwrap_or(ASK_FIRST.len())
}

/// Whether the person answering is asked `fact`: not when they said they do not know it, and
/// not when a body establishes it that they cannot speak for (see `outbound::audience`).
fn asks(d: &Decision<'_>, fact: Fact) -> bool {
    !d.declined.contains(fact) && d.audience.asks(fact)
}

/// The next question for a decided case, or `None` when nothing the person answering can say
/// would change it.
pub fn next_question(decision: &Decision<'_>) -> Option<Question> {
    routes_to_ask(decision).find_map(|r| {
        route_questions(decision, r)
            .filter(|q| asks(decision, q.fact))
            .min_by_key(|q| rank(q.fact))
    })
}

/// Every question that could still change the answer, route by route in ranking order, each
/// route's in the order its rules lack them (the interview asks the askable ones, most
/// decisive first; the rest are left to a caseworker in `to_settle`).
pub fn candidates<'a>(d: &'a Decision<'a>) -> impl Iterator<Item = Question> + 'a {
    routes_to_ask(d).flat_map(move |r| route_questions(d, r))
}

/// The questions the person answering would still be asked about the route the next
/// question is for (what an interview stopped early leaves open), most decisive first, each
/// fact at a date once. Questions of other routes are not listed: answering these may make
/// them moot.
pub fn unanswered<'a>(d: &'a Decision<'a>) -> impl Iterator<Item = Question> + 'a {
    let route = routes_to_ask(d).find(|r| route_questions(d, *r).any(|q| asks(d, q.fact)));
    route
        .into_iter()
        .flat_map(move |r| {
            route_questions(d, r)
                .enumerate()
                .map(move |(i, q)| (r, i, q))
        })
        .filter(move |(r, i, q)| {
            asks(d, q.fact) && !route_questions(d, *r).take(*i).any(|p| p == *q)
        })
        .map(|(_, _, q)| q)
}

/// The routes whose questions can change the answer: the undetermined ones ranked above the
/// best open route, then that route. A route undetermined only on what the person cannot
/// answer counts as open: nothing they say would settle it.
fn routes_to_ask<'a>(d: &'a Decision<'a>) -> impl Iterator<Item = Route> + 'a {
    let verdict = |r: Route| d.routes.iter().find(|o| o.route == r).map(|o| o.verdict);
    let open = |r: Route| match verdict(r) {
        Some(Verdict::Eligible) => true,
        Some(Verdict::Undetermined) => !route_questions(d, r).any(|q| asks(d, q.fact)),
        _ => false,
    };
    let best = Route::ALL.iter().position(|r| open(*r));
    let above = &Route::ALL[..best.unwrap_or(Route::ALL.len())];
    let undecided = above
        .iter()
        .copied()
        .filter(move |r| verdict(*r) == Some(Verdict::Undetermined));
    undecided.chain(best.map(|i| Route::ALL[i]))
}

/// The route the answer is about: the recommended one, else the undetermined route the
/// interview stopped at because nothing the person can say would settle it (it waits for a
/// body, a rate not yet in the table, or what they said they do not know), the route a
/// patient should expect to go through. `None` when every route is closed, when a question
/// is still open, or when the situation itself (planned or not, care given or not) is not
/// known: then no route is in view.
pub fn route_in_view(d: &Decision<'_>) -> Option<Route> {
    let situation_known =
        |r: Route| !route_questions(d, r).any(|q| matches!(q.fact, Fact::Need | Fact::CareGiven));
    d.recommended.or_else(|| {
        routes_to_ask(d).last().filter(|r| {
            d.routes
                .iter()
                .any(|o| o.route == *r && o.verdict == Verdict::Undetermined)
                && !route_questions(d, *r).any(|q| asks(d, q.fact))
                && situation_known(*r)
        })
    })
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
/// could not answer is left for a caseworker or another body.
pub fn is_settled(decision: &Decision<'_>) -> bool {
    // Every candidate the person can answer would be the next question.
    candidates(decision).next().is_none()
}

#[cfg(feature = "outbound")]
/// Evaluates and returns the next question in one call.
pub fn interview(case: &Case) -> Result<Option<Question>, crate::Error> {
    let d = crate::evaluate(case)?;
    Ok(next_question(&d))
}
