//! The C enums and their mapping to the kernel's types.
//!
//! C passes enums as plain integers (`uint32_t` fields): an integer that is not one of the
//! values gets `HELSERETT_RESULT_INVALID_ENUM` naming the field, never undefined behaviour.
//! Zero is "unknown" (or "none") everywhere, so a zero-initialised case is an empty case.
//! The numbers are part of the ABI and never change; a test checks that every kernel value has
//! one.

#![allow(non_camel_case_types)]

use crate::boundary::Failure;
use crate::result::helserett_result;
use kernel::case::{Method, Need, PriorNotificationStatus, Referral, Region, Setting};
use kernel::document::Requirement;
use kernel::error::FieldPath;
use kernel::fact::{Fact, Verdict};
use kernel::question::AnswerKind;
use kernel::routes::Route;
use kernel::Lang;

/// A language for texts.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_lang {
    /// Norwegian bokmål.
    Nb = 0,
    /// English.
    En = 1,
}

/// A yes/no fact that may be unknown.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_tristate {
    /// Not known yet.
    Unknown = 0,
    /// No.
    No = 1,
    /// Yes.
    Yes = 2,
}

/// A verdict (C-04).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_verdict {
    /// Not assessed (the part does not apply, for example the refund of a "no").
    NotAssessed = 0,
    /// Eligible / covered.
    Eligible = 1,
    /// Not eligible / not covered.
    NotEligible = 2,
    /// A fact or parameter is missing.
    Undetermined = 3,
}

/// `treatment.need` (EEA-06).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_need {
    /// Not known yet.
    Unknown = 0,
    /// Planned care.
    Planned = 1,
    /// The need arose during a stay abroad.
    AroseAbroad = 2,
    /// Urgent care.
    Urgent = 3,
}

/// `treatment.referral` (EEA-06).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_referral {
    /// Not known yet.
    Unknown = 0,
    /// A Norwegian referral.
    Norwegian = 1,
    /// A referral from the treatment country.
    TreatmentCountry = 2,
    /// A documented consultation.
    ConsultationDocumented = 3,
    /// An ongoing Norwegian course of treatment.
    OngoingNorwegianCourse = 4,
    /// No referral.
    None = 5,
}

/// `treatment.setting` (EEA-19).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_setting {
    /// Not known yet.
    Unknown = 0,
    /// Admitted.
    Inpatient = 1,
    /// Outpatient.
    Outpatient = 2,
}

/// `prior_notification.status` (EEA-10).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_pn_status {
    /// Not known yet.
    Unknown = 0,
    /// Not applied for.
    NotApplied = 1,
    /// Applied for, not decided.
    Pending = 2,
    /// Granted.
    Granted = 3,
    /// Refused.
    Refused = 4,
}

/// `patient.home_region` (ABR-03).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_region {
    /// Not known yet.
    Unknown = 0,
    /// Helse Sør-Øst.
    HelseSorOst = 1,
    /// Helse Vest.
    HelseVest = 2,
    /// Helse Midt-Norge.
    HelseMidtNorge = 3,
    /// Helse Nord.
    HelseNord = 4,
}

/// `norwegian_offer.method` (ABR-05..ABR-07).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_method {
    /// Not known yet.
    Unknown = 0,
    /// An established method.
    Established = 1,
    /// Experimental treatment.
    Experimental = 2,
    /// Particle (proton) therapy.
    ParticleTherapy = 3,
    /// Preimplantation genetic diagnostics.
    Pgd = 4,
    /// Not introduced in Norway through Nye metoder.
    NotIntroduced = 5,
}

/// An outbound route (issue 3), in ranking order.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_route {
    /// No route.
    None = 0,
    /// The right to treatment abroad (ABR-01..ABR-07).
    TreatmentAbroad = 1,
    /// An S2 after a medically indefensible wait (WAIT-02).
    IndefensibleWaitS2 = 2,
    /// Helfo pasientformidling after a breached deadline (WAIT-01).
    WaitingTimeBreach = 3,
    /// The EEA refund through Helfo (EEA-*).
    EeaRefund = 4,
    /// The European Health Insurance Card (OTHER-01).
    Ehic = 5,
    /// Members staying abroad (OTHER-03).
    MemberAbroad = 6,
    /// Treatment trips (OTHER-02).
    TreatmentTrip = 7,
}

/// What kind of answer a question takes.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_answer_kind {
    /// No question.
    None = 0,
    /// `yes` or `no` (`ja`/`nei` are accepted too).
    YesNo = 1,
    /// One of the options.
    Choice = 2,
    /// Any number of the options, separated by commas.
    Choices = 3,
    /// A date `YYYY-MM-DD`.
    Date = 4,
    /// One or more dates `YYYY-MM-DD`, separated by commas.
    Dates = 5,
    /// An ISO 3166-1 alpha-2 code.
    Country = 6,
    /// An amount in øre.
    AmountOre = 7,
    /// A whole number.
    Number = 8,
}

/// How firmly a document is required (EEA-16..EEA-18).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_requirement {
    /// No document.
    None = 0,
    /// Required.
    Required = 1,
    /// Required if a fact not yet stated turns out to hold.
    IfApplicable = 2,
    /// Up to the patient.
    Optional = 3,
}

/// Which candidate set the refund (EEA-08, EEA-10).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_limit {
    /// Not known.
    None = 0,
    /// The expenses after surcharges.
    Expenses = 1,
    /// Rate × estimated Norwegian cost.
    RateAmount = 2,
    /// The prior-notification maximum.
    PriorNotification = 3,
}

/// `prior_notification.stages_granted`: a bit set of these, or `HELSERETT_UNKNOWN`.
pub const HELSERETT_STAGE_DIAGNOSTICS: i32 = 1;
/// See [`HELSERETT_STAGE_DIAGNOSTICS`].
pub const HELSERETT_STAGE_TREATMENT: i32 = 2;
/// See [`HELSERETT_STAGE_DIAGNOSTICS`].
pub const HELSERETT_STAGE_FOLLOW_UP: i32 = 4;

/// Maps an integer from C to a kernel value (`None`: unknown) and back.
pub(crate) trait CEnum: Sized + Copy + 'static {
    /// The kernel's type.
    type Kernel: Copy + PartialEq + 'static;
    /// Every C value but zero, with its kernel value.
    const MAP: &'static [(u32, Self::Kernel)];

    /// The kernel value for a C integer at `path`: zero is `None`, an unlisted value an error.
    fn decode(n: u32, path: FieldPath) -> Result<Option<Self::Kernel>, Failure> {
        if n == 0 {
            return Ok(None);
        }
        Self::MAP
            .iter()
            .find(|(c, _)| *c == n)
            .map(|(_, k)| Some(*k))
            .ok_or(Failure::Boundary(helserett_result::InvalidEnum, path))
    }

    /// The C integer for a kernel value (`None`: zero).
    fn encode(k: Option<Self::Kernel>) -> u32 {
        k.and_then(|k| Self::MAP.iter().find(|(_, v)| *v == k).map(|(c, _)| *c))
            .unwrap_or(0)
    }
}

macro_rules! c_enum {
    ($c:ident => $k:ty { $($cv:ident => $kv:expr),* $(,)? }) => {
        impl CEnum for $c {
            type Kernel = $k;
            const MAP: &'static [(u32, $k)] = &[$(($c::$cv as u32, $kv)),*];
        }
    };
}

c_enum!(helserett_tristate => bool { No => false, Yes => true });
c_enum!(helserett_verdict => Verdict {
    Eligible => Verdict::Eligible,
    NotEligible => Verdict::NotEligible,
    Undetermined => Verdict::Undetermined,
});
c_enum!(helserett_need => Need {
    Planned => Need::Planned,
    AroseAbroad => Need::AroseAbroad,
    Urgent => Need::Urgent,
});
c_enum!(helserett_referral => Referral {
    Norwegian => Referral::Norwegian,
    TreatmentCountry => Referral::TreatmentCountry,
    ConsultationDocumented => Referral::ConsultationDocumented,
    OngoingNorwegianCourse => Referral::OngoingNorwegianCourse,
    None => Referral::None,
});
c_enum!(helserett_setting => Setting {
    Inpatient => Setting::Inpatient,
    Outpatient => Setting::Outpatient,
});
c_enum!(helserett_pn_status => PriorNotificationStatus {
    NotApplied => PriorNotificationStatus::NotApplied,
    Pending => PriorNotificationStatus::Pending,
    Granted => PriorNotificationStatus::Granted,
    Refused => PriorNotificationStatus::Refused,
});
c_enum!(helserett_region => Region {
    HelseSorOst => Region::HelseSorOst,
    HelseVest => Region::HelseVest,
    HelseMidtNorge => Region::HelseMidtNorge,
    HelseNord => Region::HelseNord,
});
c_enum!(helserett_method => Method {
    Established => Method::Established,
    Experimental => Method::Experimental,
    ParticleTherapy => Method::ParticleTherapy,
    Pgd => Method::Pgd,
    NotIntroduced => Method::NotIntroduced,
});
c_enum!(helserett_route => Route {
    TreatmentAbroad => Route::TreatmentAbroad,
    IndefensibleWaitS2 => Route::IndefensibleWaitS2,
    WaitingTimeBreach => Route::WaitingTimeBreach,
    EeaRefund => Route::EeaRefund,
    Ehic => Route::Ehic,
    MemberAbroad => Route::MemberAbroad,
    TreatmentTrip => Route::TreatmentTrip,
});
c_enum!(helserett_requirement => Requirement {
    Required => Requirement::Required,
    IfApplicable => Requirement::IfApplicable,
    Optional => Requirement::Optional,
});
c_enum!(helserett_limit => kernel::decision::Limit {
    Expenses => kernel::decision::Limit::Expenses,
    RateAmount => kernel::decision::Limit::RateAmount,
    PriorNotification => kernel::decision::Limit::PriorNotification,
});

/// The language for a C integer.
pub(crate) fn lang(n: u32) -> Result<Lang, Failure> {
    match n {
        x if x == helserett_lang::Nb as u32 => Ok(Lang::Nb),
        x if x == helserett_lang::En as u32 => Ok(Lang::En),
        _ => Err(Failure::at(helserett_result::InvalidEnum, &"lang")),
    }
}

/// The C number of an answer kind.
pub(crate) fn answer_kind(k: AnswerKind) -> helserett_answer_kind {
    use helserett_answer_kind as A;
    match k {
        AnswerKind::YesNo => A::YesNo,
        AnswerKind::Choice(_) => A::Choice,
        AnswerKind::Choices(_) => A::Choices,
        AnswerKind::Date => A::Date,
        AnswerKind::Dates => A::Dates,
        AnswerKind::Country => A::Country,
        AnswerKind::Amount => A::AmountOre,
        AnswerKind::Number => A::Number,
    }
}

/// A fact of the case, as the interview asks for it (`HELSERETT_FACT_NONE`: no fact).
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum helserett_fact {
    /// No fact.
    None = 0,
    /// `treatment.country` (EEA-02)
    TreatmentCountry = 1,
    /// `patient.member_of_folketrygden` (EEA-01)
    MemberOfFolketrygden = 2,
    /// `patient.residence_country` (EEA-03)
    ResidenceCountry = 3,
    /// `patient.holds_s1_for_treatment_country` (EEA-04)
    HoldsS1 = 4,
    /// `treatment.need` (EEA-06)
    Need = 5,
    /// `treatment.referral` (EEA-06)
    Referral = 6,
    /// `treatment.comparable_to_norwegian_care` (EEA-07)
    ComparableCare = 7,
    /// `treatment.dates` (EEA-14)
    TreatmentDates = 8,
    /// `costs.expenses_ore` (EEA-08)
    Expenses = 9,
    /// `costs.private_surcharges_ore` (EEA-09)
    PrivateSurcharges = 10,
    /// `costs.estimated_norwegian_cost_ore` (EEA-08)
    EstimatedNorwegianCost = 11,
    /// `prior_notification.status` (EEA-10)
    PriorNotificationStatus = 12,
    /// `prior_notification.max_refund_ore` (EEA-10)
    PriorNotificationMax = 13,
    /// `prior_notification.stages_granted` (EEA-11)
    StagesGranted = 14,
    /// `prior_notification.care_beyond_granted` (EEA-11)
    CareBeyondGranted = 15,
    /// `patient.priority_patient` (EEA-10)
    PriorityPatient = 16,
    /// `prior_notification.formal_offer` (EEA-10)
    FormalOffer = 17,
    /// `treatment.setting` (EEA-19)
    Setting = 18,
    /// `treatment.dates.outpatient_consultations` (EEA-19)
    OutpatientConsultations = 19,
    /// `patient.holds_exemption_card` (EEA-19)
    HoldsExemptionCard = 20,
    /// `travel.claimed` (EEA-13)
    TravelClaimed = 21,
    /// `travel.one_way_km` (EEA-13)
    TravelOneWayKm = 22,
    /// `travel.exceeds_local_minimum_fare` (EEA-13)
    TravelExceedsMinimumFare = 23,
    /// `travel.round_trips` (EEA-13)
    TravelRoundTrips = 24,
    /// `travel.cheapest_scheduled_round_trip_ore` (EEA-13)
    TravelScheduledFare = 25,
    /// `treatment.dates.settled_on_the_spot` (EEA-14)
    SettledOnTheSpot = 26,
    /// `treatment.dates.invoice_date` (EEA-14)
    InvoiceDate = 27,
    /// `norwegian_offer.method` (ABR-05)
    OfferMethod = 28,
    /// `norwegian_offer.adequate` (ABR-01)
    AdequateOffer = 29,
    /// `norwegian_offer.abroad_documented_more_effective` (ABR-01)
    MoreEffectiveAbroad = 30,
    /// `norwegian_offer.rare_condition` (ABR-05)
    RareCondition = 31,
    /// `norwegian_offer.child_in_nordic_cancer_protocol` (ABR-05)
    ChildInNordicProtocol = 32,
    /// `patient.home_region` (ABR-03)
    HomeRegion = 33,
    /// `waiting.medically_indefensible` (WAIT-02)
    MedicallyIndefensibleWait = 34,
    /// `waiting.deadline_given` (WAIT-01)
    WaitingDeadlineGiven = 35,
    /// `waiting.deadline` (WAIT-01)
    WaitingDeadline = 36,
    /// `waiting.treated_by_deadline` (WAIT-01)
    TreatedByDeadline = 37,
    /// `patient.chronic_disease_for_treatment_trip` (OTHER-02)
    ChronicDiseaseTrip = 38,
    /// `patient.member_staying_abroad` (OTHER-03)
    MemberStayingAbroad = 39,
}

/// The C number of every kernel fact.
const FACTS: [(helserett_fact, Fact); 39] = [
    (helserett_fact::TreatmentCountry, Fact::TreatmentCountry),
    (
        helserett_fact::MemberOfFolketrygden,
        Fact::MemberOfFolketrygden,
    ),
    (helserett_fact::ResidenceCountry, Fact::ResidenceCountry),
    (helserett_fact::HoldsS1, Fact::HoldsS1),
    (helserett_fact::Need, Fact::Need),
    (helserett_fact::Referral, Fact::Referral),
    (helserett_fact::ComparableCare, Fact::ComparableCare),
    (helserett_fact::TreatmentDates, Fact::TreatmentDates),
    (helserett_fact::Expenses, Fact::Expenses),
    (helserett_fact::PrivateSurcharges, Fact::PrivateSurcharges),
    (
        helserett_fact::EstimatedNorwegianCost,
        Fact::EstimatedNorwegianCost,
    ),
    (
        helserett_fact::PriorNotificationStatus,
        Fact::PriorNotificationStatus,
    ),
    (
        helserett_fact::PriorNotificationMax,
        Fact::PriorNotificationMax,
    ),
    (helserett_fact::StagesGranted, Fact::StagesGranted),
    (helserett_fact::CareBeyondGranted, Fact::CareBeyondGranted),
    (helserett_fact::PriorityPatient, Fact::PriorityPatient),
    (helserett_fact::FormalOffer, Fact::FormalOffer),
    (helserett_fact::Setting, Fact::Setting),
    (
        helserett_fact::OutpatientConsultations,
        Fact::OutpatientConsultations,
    ),
    (helserett_fact::HoldsExemptionCard, Fact::HoldsExemptionCard),
    (helserett_fact::TravelClaimed, Fact::TravelClaimed),
    (helserett_fact::TravelOneWayKm, Fact::TravelOneWayKm),
    (
        helserett_fact::TravelExceedsMinimumFare,
        Fact::TravelExceedsMinimumFare,
    ),
    (helserett_fact::TravelRoundTrips, Fact::TravelRoundTrips),
    (
        helserett_fact::TravelScheduledFare,
        Fact::TravelScheduledFare,
    ),
    (helserett_fact::SettledOnTheSpot, Fact::SettledOnTheSpot),
    (helserett_fact::InvoiceDate, Fact::InvoiceDate),
    (helserett_fact::OfferMethod, Fact::OfferMethod),
    (helserett_fact::AdequateOffer, Fact::AdequateOffer),
    (
        helserett_fact::MoreEffectiveAbroad,
        Fact::MoreEffectiveAbroad,
    ),
    (helserett_fact::RareCondition, Fact::RareCondition),
    (
        helserett_fact::ChildInNordicProtocol,
        Fact::ChildInNordicProtocol,
    ),
    (helserett_fact::HomeRegion, Fact::HomeRegion),
    (
        helserett_fact::MedicallyIndefensibleWait,
        Fact::MedicallyIndefensibleWait,
    ),
    (
        helserett_fact::WaitingDeadlineGiven,
        Fact::WaitingDeadlineGiven,
    ),
    (helserett_fact::WaitingDeadline, Fact::WaitingDeadline),
    (helserett_fact::TreatedByDeadline, Fact::TreatedByDeadline),
    (helserett_fact::ChronicDiseaseTrip, Fact::ChronicDiseaseTrip),
    (
        helserett_fact::MemberStayingAbroad,
        Fact::MemberStayingAbroad,
    ),
];

/// The C number of a kernel fact.
pub(crate) fn fact_number(f: Fact) -> u32 {
    FACTS
        .iter()
        .find(|(_, k)| *k == f)
        .map_or(helserett_fact::None as u32, |(c, _)| *c as u32)
}

/// The fact with this C number.
pub(crate) fn fact_from_number(n: u32) -> Result<Fact, Failure> {
    FACTS
        .iter()
        .find(|(c, _)| *c as u32 == n)
        .map(|(_, k)| *k)
        .ok_or(Failure::at(helserett_result::InvalidEnum, &"fact"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn covers<C: CEnum>(all: &[C::Kernel]) {
        for k in all {
            let n = C::encode(Some(*k));
            assert_ne!(n, 0);
            assert!(C::decode(n, FieldPath::ROOT).unwrap() == Some(*k));
        }
        assert_eq!(C::MAP.len(), all.len());
        assert!(C::decode(0, FieldPath::ROOT).unwrap().is_none());
        assert!(C::decode(u32::MAX, FieldPath::ROOT).is_err());
    }

    #[test]
    fn every_kernel_value_has_a_c_number() {
        covers::<helserett_tristate>(&[false, true]);
        covers::<helserett_verdict>(Verdict::ALL);
        covers::<helserett_need>(Need::ALL);
        covers::<helserett_referral>(Referral::ALL);
        covers::<helserett_setting>(Setting::ALL);
        covers::<helserett_pn_status>(PriorNotificationStatus::ALL);
        covers::<helserett_region>(Region::ALL);
        covers::<helserett_method>(Method::ALL);
        covers::<helserett_route>(Route::ALL);
        covers::<helserett_requirement>(Requirement::ALL);
        covers::<helserett_limit>(kernel::decision::Limit::ALL);
        for f in Fact::ALL {
            assert_ne!(fact_number(*f), 0, "{f:?} has no C number");
            assert_eq!(fact_from_number(fact_number(*f)).unwrap(), *f);
        }
        assert_eq!(FACTS.len(), Fact::ALL.len());
        assert!(fact_from_number(0).is_err());
        assert!(fact_from_number(Fact::ALL.len() as u32 + 1).is_err());
    }
}
