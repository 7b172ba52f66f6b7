//! The kiosk interview: the single most decisive unknown fact across all routes, as a question
//! in bokmål and English with its allowed answers, or `None` when the case is settled.
//!
//! "Most decisive": routes are looked at in ranking order (see [`crate::routes`]). Facts of an
//! undetermined route ranked above the best open route can still change the recommendation,
//! so they come first; then the facts the best open route needs for its amounts, deadlines and
//! where to apply. Facts of routes ranked below an open route cannot change the recommendation
//! and are never asked. A parameter gap is not a question (no patient can answer it).

use crate::case::{Case, Method, Need, PriorNotificationStatus, Referral, Region, Setting, Stage};
use crate::decision::Decision;
use crate::fact::{Fact, Missing, Verdict};
use crate::reason::Lang;
use crate::routes::Route;

/// What kind of answer a question takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum AnswerKind {
    /// `true` or `false`.
    YesNo,
    /// One of the listed strings.
    Choice(&'static [&'static str]),
    /// Any number of the listed strings.
    Choices(&'static [&'static str]),
    /// A date `YYYY-MM-DD`.
    Date,
    /// One or more dates `YYYY-MM-DD` (treatment dates).
    Dates,
    /// An ISO 3166-1 alpha-2 code.
    Country,
    /// An amount in øre.
    Amount,
    /// A whole number.
    Number,
}

impl AnswerKind {
    /// The stable name (`yes_no`, `choice`, …).
    pub const fn name(self) -> &'static str {
        match self {
            AnswerKind::YesNo => "yes_no",
            AnswerKind::Choice(_) => "choice",
            AnswerKind::Choices(_) => "choices",
            AnswerKind::Date => "date",
            AnswerKind::Dates => "dates",
            AnswerKind::Country => "country",
            AnswerKind::Amount => "amount_ore",
            AnswerKind::Number => "number",
        }
    }

    /// The allowed strings, for choices.
    pub const fn options(self) -> &'static [&'static str] {
        match self {
            AnswerKind::Choice(o) | AnswerKind::Choices(o) => o,
            _ => &[],
        }
    }
}

impl serde::Serialize for AnswerKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

macro_rules! names {
    ($t:ty) => {{
        const N: usize = <$t>::ALL.len();
        const NAMES: [&str; N] = {
            let mut out = [""; N];
            let mut i = 0;
            while i < N {
                out[i] = <$t>::ALL[i].as_str();
                i += 1;
            }
            out
        };
        &NAMES
    }};
}

/// The question for a fact: answer kind, bokmål, English.
pub const fn question(fact: Fact) -> (AnswerKind, &'static str, &'static str) {
    use AnswerKind::*;
    match fact {
        Fact::TreatmentCountry => (Country, "I hvilket land får eller fikk du behandlingen?", "In which country do or did you get the treatment?"),
        Fact::MemberOfFolketrygden => (YesNo, "Er du medlem av folketrygden (eller dekket som familiemedlem)?", "Are you a member of the National Insurance Scheme (or covered as a family member)?"),
        Fact::ResidenceCountry => (Country, "I hvilket land bor du fast?", "In which country do you ordinarily live?"),
        Fact::HoldsS1 => (YesNo, "Har du blankett S1 for behandlingslandet?", "Do you hold an S1 form for the treatment country?"),
        Fact::Need => (Choice(names!(Need)), "Er behandlingen planlagt, oppstod behovet under opphold i landet, eller var det øyeblikkelig hjelp?", "Is the treatment planned, did the need arise during a stay, or was it urgent care?"),
        Fact::Referral => (Choice(names!(Referral)), "Hvilken henvisning har du?", "What referral do you have?"),
        Fact::ComparableCare => (YesNo, "Tilsvarer behandlingen det det offentlige i Norge ville gitt?", "Is the treatment equal or comparable to what the Norwegian public service would give?"),
        Fact::TreatmentDates => (Dates, "Hvilke datoer fikk du behandling?", "On which dates were you treated?"),
        Fact::Expenses => (Amount, "Hvor mye betalte du i alt for behandlingen?", "How much did you pay for the treatment in all?"),
        Fact::PrivateSurcharges => (Amount, "Hvor mye av dette var tillegg som privatpasient (ekstra legehonorar, bedre rom o.l.)?", "How much of it were private-patient surcharges (extra doctors' fees, room upgrades)?"),
        Fact::EstimatedNorwegianCost => (Amount, "Hva er antatt kostnad for samme behandling i Norge (DRG-beløp)?", "What is the estimated cost of the same care in Norway (DRG amount)?"),
        Fact::PriorNotificationStatus => (Choice(names!(PriorNotificationStatus)), "Har du søkt Helfo om forhåndstilsagn?", "Have you applied to Helfo for prior notification?"),
        Fact::PriorNotificationMax => (Amount, "Hva er høyeste refusjonsbeløp i forhåndstilsagnet?", "What is the maximum refund in the prior notification?"),
        Fact::StagesGranted => (Choices(names!(Stage)), "Hvilke trinn gjelder forhåndstilsagnet?", "Which stages does the prior notification cover?"),
        Fact::CareBeyondGranted => (YesNo, "Fikk du helsehjelp utover det forhåndstilsagnet nevner?", "Did you get care beyond what the prior notification names?"),
        Fact::PriorityPatient => (YesNo, "Har spesialisthelsetjenesten vurdert at du har rett til nødvendig helsehjelp (rettighetspasient)?", "Has the specialist service assessed you as entitled to necessary care (priority patient)?"),
        Fact::FormalOffer => (YesNo, "Har du et skriftlig behandlingstilbud med behandling og antatt kostnad?", "Do you have a written offer of treatment with its anticipated cost?"),
        Fact::Setting => (Choice(names!(Setting)), "Var du innlagt, eller fikk du poliklinisk behandling?", "Were you admitted, or treated as an outpatient?"),
        Fact::OutpatientConsultations => (Number, "Hvor mange polikliniske konsultasjoner hadde du denne datoen?", "How many outpatient consultations did you have on this date?"),
        Fact::HoldsExemptionCard => (YesNo, "Har du frikort for helsetjenester?", "Do you hold an exemption card (frikort)?"),
        Fact::TravelClaimed => (YesNo, "Vil du søke om dekning av reiseutgifter?", "Do you want to claim travel expenses?"),
        Fact::TravelOneWayKm => (Number, "Hvor mange kilometer er det én vei fra hjemmet til nærmeste behandlingssted i Norge?", "How many km is it one way from home to the nearest place of treatment in Norway?"),
        Fact::TravelExceedsMinimumFare => (YesNo, "Koster reisen mer enn laveste takst med lokal rutetransport?", "Does the trip cost more than the local minimum fare on scheduled transport?"),
        Fact::TravelRoundTrips => (Number, "Hvor mange tur-retur-reiser krevde behandlingen?", "How many round trips did the treatment need?"),
        Fact::TravelScheduledFare => (Amount, "Hva koster billigste rutegående transport tur-retur?", "What is the cheapest scheduled round-trip fare?"),
        Fact::SettledOnTheSpot => (YesNo, "Betalte du på stedet denne datoen?", "Did you pay on the spot on this date?"),
        Fact::InvoiceDate => (Date, "Hvilken dato hadde første betalingskrav for denne behandlingen?", "What date was the first request for payment for this treatment?"),
        Fact::OfferMethod => (Choice(names!(Method)), "Hva slags behandling trenger du?", "What kind of treatment do you need?"),
        Fact::AdequateOffer => (YesNo, "Finnes det et adekvat tilbud i Norge for behandlingen?", "Is there an adequate offer in Norway for the treatment?"),
        Fact::MoreEffectiveAbroad => (YesNo, "Er behandlingen i utlandet dokumentert mer virkningsfull enn tilbudet i Norge?", "Is the treatment abroad documented to be more effective than the Norwegian offer?"),
        Fact::RareCondition => (YesNo, "Har du en sjelden tilstand eller sykdom?", "Do you have a rare condition or disease?"),
        Fact::ChildInNordicProtocol => (YesNo, "Gjelder det et barn med terapiresistent kreft i en nordisk legemiddelprotokoll?", "Is this a child with therapy-resistant cancer in a Nordic drug protocol?"),
        Fact::HomeRegion => (Choice(names!(Region)), "Hvilken helseregion bor du i?", "Which health region do you live in?"),
        Fact::MedicallyIndefensibleWait => (YesNo, "Er ventetiden i Norge medisinsk uforsvarlig lang?", "Is the wait in Norway medically indefensible?"),
        Fact::WaitingDeadlineGiven => (YesNo, "Har spesialisthelsetjenesten gitt deg en frist for behandling?", "Has the specialist service given you a treatment deadline?"),
        Fact::WaitingDeadline => (Date, "Hvilken dato er fristen?", "What date is the deadline?"),
        Fact::TreatedByDeadline => (YesNo, "Fikk du behandling innen fristen?", "Were you treated by the deadline?"),
        Fact::ChronicDiseaseTrip => (YesNo, "Har du en av de kroniske sykdommene som gir rett til behandlingsreise?", "Do you have one of the chronic diseases defined for treatment trips?"),
        Fact::MemberStayingAbroad => (YesNo, "Oppholder du deg i utlandet som medlem av folketrygden?", "Are you staying abroad as a member of the National Insurance Scheme?"),
    }
}

/// A question to ask next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Question {
    /// The fact it settles.
    pub fact: Fact,
    /// The treatment date it is about, for per-date facts.
    pub index: Option<u8>,
}

impl Question {
    /// The answer kind.
    pub const fn kind(&self) -> AnswerKind {
        question(self.fact).0
    }

    /// The question text.
    pub const fn text(&self, lang: Lang) -> &'static str {
        let (_, nb, en) = question(self.fact);
        match lang {
            Lang::Nb => nb,
            Lang::En => en,
        }
    }
}

impl serde::Serialize for Question {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Question", 5)?;
        st.serialize_field("fact", self.fact.path())?;
        st.serialize_field("index", &self.index)?;
        st.serialize_field("rule", self.fact.rule())?;
        st.serialize_field("answer", &self.kind())?;
        st.serialize_field("options", self.kind().options())?;
        st.end()
    }
}

/// The next question for a decided case, or `None` when it is settled.
pub fn next_question(decision: &Decision<'_>) -> Option<Question> {
    candidates(decision).next()
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

/// Whether the case is settled: no question could change the answer.
pub fn is_settled(decision: &Decision<'_>) -> bool {
    next_question(decision).is_none()
}

/// Evaluates and returns the next question in one call.
pub fn interview(case: &Case) -> Result<Option<Question>, crate::Error> {
    let d = crate::evaluate(case)?;
    Ok(next_question(&d))
}
