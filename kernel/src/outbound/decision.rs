//! The decision: verdict, amounts with their breakdown, deadlines, documents, reasons and the
//! facts still missing. Every field is always present in JSON (`null` when not known), so the
//! schema is the same for every case.

use crate::case::{PlaceName, PriorNotificationStatus, Stages, MAX_TREATMENT_DATES};
use crate::date::Date;
use crate::document::DocumentItem;
use crate::fact::Question;
use crate::fact::{Missing, Verdict};
pub use crate::ledger::{MAX_MISSING, MAX_REASONS};
use crate::money::{BasisPoints, Ore, Rounding};
use crate::outbound::routes::{Route, RouteOutcome, ROUTE_COUNT};
pub use crate::outbound::settle::{ToSettle, MAX_TO_SETTLE};
use crate::params::ParamEntry;
pub use crate::params::MAX_PARAMS_USED;
use crate::reason::ReasonCode;
use heapless::Vec;
use serde::Serialize;

/// Version of the decision schema (`kernel/schema/decision.schema.json`).
/// Version 3 (from 2); routes can be `discretion` (C-07), a document can be `on_request`
/// (EEA-18), and new reason codes and fact paths; the shape is unchanged.
pub const DECISION_SCHEMA: &str = "helserett.decision/8";
/// The most risk notes.
pub const MAX_RISKS: usize = 4;
/// The longest prior-notification checklist.
pub const MAX_PN_DOCUMENTS: usize = 4;
/// The longest refund-claim checklist.
pub const MAX_CLAIM_DOCUMENTS: usize = 14;

crate::case::string_enum! {
    /// The scheme a decision is about.
    Scheme {
        /// Refund for specialist care in another EU/EEA country, through Helfo (EEA-*).
        EeaRefund = "eea_refund",
    }
}

crate::case::string_enum! {
    /// Where the estimated Norwegian cost came from (EEA-08).
    EstimateBasis {
        /// Given by the caller.
        Given = "given",
        /// DRG points × the unit price in force (an assumption, named in the reasons).
        DrgPoints = "drg_points",
    }
}

crate::case::string_enum! {
    /// Which candidate set the refund (EEA-08, EEA-10).
    Limit {
        /// The actual expenses after surcharges.
        Expenses = "expenses",
        /// Rate × estimated Norwegian cost.
        RateAmount = "rate_amount",
        /// The prior-notification maximum.
        PriorNotification = "prior_notification",
    }
}

crate::case::string_enum! {
    /// How travel is refunded (EEA-13).
    TravelBasis {
        /// The km rate for the round trip.
        KmRate = "km_rate",
        /// The cheapest scheduled transport (300 km or more each way).
        ScheduledFare = "scheduled_fare",
    }
}

crate::case::string_enum! {
    /// What a claim deadline runs from (EEA-14).
    DeadlineStart {
        /// The treatment date.
        TreatmentDate = "treatment_date",
        /// The first invoice date (invoiced afterwards).
        InvoiceDate = "invoice_date",
    }
}

/// Prior notification (EEA-10, EEA-11, EEA-15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct PriorNotificationOutcome {
    /// Whether the patient may apply: eligible = may apply (EEA-10).
    pub availability: Verdict,
    /// The status the caller gave.
    pub status: Option<PriorNotificationStatus>,
    /// Stages guaranteed by a granted notification (EEA-11).
    pub guaranteed_stages: Option<Stages>,
    /// The maximum refund of a granted notification (EEA-10).
    pub max_refund_ore: Option<Ore>,
}

/// The refund and its breakdown (EEA-08..EEA-11). A caseworker can redo it by hand:
/// `refund = min(expenses − surcharges, rate × estimated cost [, prior-notification max])`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Refund {
    /// Eligible when the amount is settled; undetermined when a fact or parameter is missing.
    pub verdict: Verdict,
    /// Actual expenses.
    pub expenses_ore: Option<Ore>,
    /// Private-patient surcharges removed (EEA-09).
    pub private_surcharges_ore: Option<Ore>,
    /// Expenses minus surcharges.
    pub refundable_expenses_ore: Option<Ore>,
    /// Estimated cost of the same care in Norway.
    pub estimated_norwegian_cost_ore: Option<Ore>,
    /// Where the estimate came from.
    pub estimate_basis: Option<EstimateBasis>,
    /// DRG points in thousandths, when the estimate came from them.
    pub drg_points_milli: Option<u32>,
    /// The DRG unit price used.
    pub drg_unit_price_ore: Option<Ore>,
    /// The date the rate was taken on (the first treatment date).
    pub rate_date: Option<Date>,
    /// The rate in force (basis points).
    pub rate_bp: Option<BasisPoints>,
    /// Rate × estimated cost, rounded once.
    pub rate_amount_ore: Option<Ore>,
    /// The prior-notification maximum, when it caps the refund.
    pub prior_notification_max_ore: Option<Ore>,
    /// The refund.
    pub refund_ore: Option<Ore>,
    /// Whether the amounts rest on a rate estimated for a year the table lacks (`estimates`
    /// names it): an «anslag», never the settled figure (issue 24).
    pub estimated: bool,
    /// The most the refund can be, from what is known (issue 23: an amount that waits on a
    /// fact is bounded, never guessed, C-04): the lowest of the expenses (less the surcharges
    /// when known), rate × estimated cost, and a granted prior notification's maximum when no
    /// care went beyond it (EEA-11). The refund itself once it is settled; `None` when nothing
    /// bounds it yet.
    pub refund_at_most_ore: Option<Ore>,
    /// Which candidate set the refund.
    pub limited_by: Option<Limit>,
    /// The patient's own share of the expenses: expenses − refund.
    pub patient_share_ore: Option<Ore>,
    /// The rounding rule (C-01).
    pub rounding: Rounding,
}

/// The user fee Helfo computes (EEA-19), reported apart from the refund.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct UserFee {
    /// Eligible when the amount is settled.
    pub verdict: Verdict,
    /// Outpatient consultations counted (0 for an inpatient stay).
    pub consultations: Option<u16>,
    /// The sum of the outpatient fees in force on each date.
    pub amount_ore: Option<Ore>,
    /// Whether the fee rests on an estimated rate (issue 24).
    pub estimated: bool,
    /// Counts towards the exemption card.
    pub counts_towards_exemption_card: bool,
    /// Paid out with the refund (the patient already holds an exemption card).
    pub paid_out_with_refund: Option<bool>,
    /// The exemption-card ceiling (egenandelstak, P-FRIKORT-CEILING) in force on the first
    /// treatment date, which this fee counts towards; `None` with no sourced value that year.
    pub exemption_card_ceiling_ore: Option<Ore>,
    /// What Helfo pays for the claim: the refund less this fee, which it keeps back and
    /// registers towards the exemption card, or the whole refund when the patient already holds
    /// one (the fee paid out with it). `None` while the refund or the fee is open.
    pub payout_ore: Option<Ore>,
}

/// Travel (EEA-13).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct TravelOutcome {
    /// Eligible: covered; not eligible: not covered; undetermined: a fact or rate is missing.
    pub verdict: Verdict,
    /// How it is refunded.
    pub basis: Option<TravelBasis>,
    /// Home.
    pub home: Option<PlaceName>,
    /// Nearest place of treatment in Norway.
    pub nearest_place: Option<PlaceName>,
    /// Distance one way.
    pub one_way_km: Option<u32>,
    /// Round trips.
    pub round_trips: Option<u8>,
    /// The km rate in force on the first treatment date.
    pub rate_ore_per_km: Option<Ore>,
    /// One round trip: 2 × km × rate, or the scheduled fare.
    pub per_round_trip_ore: Option<Ore>,
    /// The patient-travel user fees deducted, as a patient travelling in Norway pays them: one
    /// per one-way trip, none with an exemption card (EEA-13, a named assumption).
    pub user_fee_ore: Option<Ore>,
    /// All round trips, less the user fees.
    pub amount_ore: Option<Ore>,
    /// Whether the amount rests on an estimated rate (issue 24).
    pub estimated: bool,
}

/// The claim deadline for one treatment date (EEA-14).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Deadline {
    /// The treatment date.
    pub treatment_date: Date,
    /// What the 6 months run from; `null` while it is not known whether the patient paid on the spot.
    pub runs_from: Option<DeadlineStart>,
    /// The deadline: the claim must reach Helfo on or before it.
    pub deadline: Option<Date>,
    /// The earliest the deadline can be (counted from the treatment date): safe to go by
    /// while `deadline` is unknown.
    pub safe_deadline: Date,
    /// Days from the evaluation date to the deadline (negative once passed).
    pub days_left: Option<i32>,
    /// Whether the deadline passed on the evaluation date without the claim having reached
    /// Helfo in time (`false` once `claim_in_time` is true, whatever the evaluation date).
    pub expired: Option<bool>,
    /// Whether the claim reached Helfo in time, when its date is given.
    pub claim_in_time: Option<bool>,
}

/// Expected decision dates (EEA-15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Processing {
    /// Prior notification: application received + 4 weeks.
    pub prior_notification_decision_by: Option<Date>,
    /// Refund: claim received + 12 weeks.
    pub refund_decision_by: Option<Date>,
}

/// The document checklists (EEA-16..EEA-18).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Default)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Documents {
    /// For an application for prior notification (EEA-16); empty when not available.
    pub prior_notification: Vec<DocumentItem, MAX_PN_DOCUMENTS>,
    /// For the refund claim (EEA-17, EEA-18, EEA-13).
    pub refund_claim: Vec<DocumentItem, MAX_CLAIM_DOCUMENTS>,
}

/// Information attached to the decision (RISK-*), with no effect on eligibility.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct RiskNote {
    /// The note.
    pub reason: ReasonCode,
    /// Until when it applies (RISK-01: last treatment date + 12 months).
    pub until: Option<Date>,
}

impl Serialize for RiskNote {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Risk", 3)?;
        st.serialize_field("code", &crate::name::Name(self.reason.code()))?;
        st.serialize_field("rule", &crate::name::Name(self.reason.rule()))?;
        st.serialize_field("until", &self.until)?;
        st.end()
    }
}

/// The reasons that close the EEA refund (the conditions of [`CONDITION_RULES`], and the
/// deadline of EEA-14 once it has passed): what a patient told "no" is shown as "why" (the
/// view), and what the "why" of a refusal holds (the why module), without the conditions that
/// held. A test checks that every refusal in the shared vectors has one.
pub const REFUSALS: &[ReasonCode] = {
    use ReasonCode as R;
    &[
        R::EeaNotMember,
        R::EeaCountryNorway,
        R::EeaSwitzerlandEhic,
        R::EeaCountryOutsideEea,
        R::EeaUkAfterBrexit,
        R::EeaResidentInTreatmentCountry,
        R::EeaS1Holder,
        R::EeaReferralMissing,
        R::EeaNotComparableCare,
        R::EeaDeadlineExpired,
    ]
};

/// The rules of the EEA scheme's conditions (who: EEA-01, EEA-03, EEA-04; where: EEA-02 and,
/// for the United Kingdom, G-04; what care: EEA-06, EEA-07): the reasons citing them say why
/// the refund is open. EEA-05 only says the scheme covers planned and acute care alike, and the
/// deadline (EEA-14) decides only once it has passed, as a refusal.
pub const CONDITION_RULES: &[&str] = &[
    "EEA-01", "EEA-02", "EEA-03", "EEA-04", "EEA-06", "EEA-07", "G-04",
];

/// The full answer for one case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Decision<'p> {
    /// [`DECISION_SCHEMA`].
    pub schema: &'static str,
    /// The case's `id`, as the caller gave it (`None`: not given).
    pub id: Option<crate::case::CallerId>,
    /// The date the decision was made for (C-06).
    pub evaluation_date: Date,
    /// The scheme decided.
    pub scheme: Scheme,
    /// The scheme verdict.
    pub verdict: Verdict,
    /// Why, with rule IDs (C-05).
    pub reasons: Vec<ReasonCode, MAX_REASONS>,
    /// What is missing, most decisive first (C-04). Empty when the case is settled.
    pub missing: Vec<Missing, MAX_MISSING>,
    /// The missing facts the person could not answer (`Case::declined`), for a caseworker to
    /// settle, each with the body to turn to. The interview does not ask them again.
    pub to_settle: Vec<ToSettle, MAX_TO_SETTLE>,
    /// Every fact the person declined (the case's `declined`), uncapped: the interview never
    /// asks one of them, however many `to_settle` can list. Not in the JSON (the case has it).
    #[serde(skip)]
    pub declined: crate::fact::FactSet,
    /// Who answers the interview (the case's `audience`): what the next question may be, and
    /// what is left to a body in `to_settle`. Not in the JSON (the case has it).
    #[serde(skip)]
    pub audience: crate::case::Audience,
    /// Prior notification.
    pub prior_notification: PriorNotificationOutcome,
    /// The refund; `null` when the scheme does not apply.
    pub refund: Option<Refund>,
    /// The user fee; `null` when the scheme does not apply.
    pub user_fee: Option<UserFee>,
    /// Travel; `null` when not claimed or the scheme does not apply.
    pub travel: Option<TravelOutcome>,
    /// One deadline per treatment date.
    pub deadlines: Vec<Deadline, MAX_TREATMENT_DATES>,
    /// Expected decision dates.
    pub processing: Processing,
    /// What to send.
    pub documents: Documents,
    /// Risk notes.
    pub risks: Vec<RiskNote, MAX_RISKS>,
    /// The dated parameters used, each with its validity and source.
    pub parameters: Vec<&'p ParamEntry<'p>, MAX_PARAMS_USED>,
    /// The rates estimated for years the table has no value for, each with its basis; empty
    /// unless the table asked for estimates (issue 24).
    pub estimates: Vec<crate::estimate::Estimated<'p>, { crate::estimate::MAX_ESTIMATES }>,
    /// Every outbound route, open ones first in ranking order (ABR-*, WAIT-*, OTHER-*).
    pub routes: Vec<RouteOutcome, ROUTE_COUNT>,
    /// The route to take first: the open route ranked highest.
    pub recommended: Option<Route>,
    /// The kiosk's next question: the most decisive unknown fact across all routes, or `null`
    /// when the case is settled.
    pub next_question: Option<Question>,
    /// What produced this decision: kernel, schemas, evaluation date, the table's hash.
    pub receipt: crate::receipt::Receipt,
}
