//! Verdicts and the facts that settle them (C-04).
//!
//! A rule whose outcome depends on an unknown fact is `undetermined` and names that fact. The
//! decision lists the missing facts most decisive first: the first one is the kiosk's next
//! question.

use crate::date::Date;
use crate::params::ParamId;
use core::fmt;

crate::case::string_enum! {
    /// Three-valued outcome of a rule or a scheme.
    Verdict {
        /// Every condition is met.
        Eligible = "eligible",
        /// At least one condition fails: no unknown fact can change that.
        NotEligible = "not_eligible",
        /// No condition fails, but at least one depends on an unknown fact.
        Undetermined = "undetermined",
    }
}

impl Verdict {
    /// Conjunction: not eligible beats undetermined beats eligible.
    pub const fn and(self, other: Verdict) -> Verdict {
        match (self, other) {
            (Verdict::NotEligible, _) | (_, Verdict::NotEligible) => Verdict::NotEligible,
            (Verdict::Undetermined, _) | (_, Verdict::Undetermined) => Verdict::Undetermined,
            _ => Verdict::Eligible,
        }
    }
}

macro_rules! facts {
    ($($variant:ident => $path:literal, $rule:literal;)*) => {
        /// A fact of the case the kernel may need. Its path is the JSON field.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "defmt", derive(defmt::Format))]
        #[non_exhaustive]
        pub enum Fact {
            $(
                #[doc = concat!("`", $path, "` (", $rule, ")")]
                $variant,
            )*
        }

        impl Fact {
            /// Every fact, in declaration order.
            pub const ALL: &'static [Fact] = &[$(Fact::$variant),*];

            /// The JSON path of the field; `dates[]` fields come with an index apart.
            pub const fn path(self) -> &'static str {
                match self { $(Fact::$variant => $path,)* }
            }

            /// The rule that needs it.
            pub const fn rule(self) -> &'static str {
                match self { $(Fact::$variant => $rule,)* }
            }
        }
    };
}

facts! {
    TreatmentCountry => "treatment.country", "EEA-02";
    MemberOfFolketrygden => "patient.member_of_folketrygden", "EEA-01";
    ResidenceCountry => "patient.residence_country", "EEA-03";
    HoldsS1 => "patient.holds_s1_for_treatment_country", "EEA-04";
    Need => "treatment.need", "EEA-06";
    Referral => "treatment.referral", "EEA-06";
    ComparableCare => "treatment.comparable_to_norwegian_care", "EEA-07";
    TreatmentDates => "treatment.dates", "EEA-14";
    Expenses => "costs.expenses_ore", "EEA-08";
    PrivateSurcharges => "costs.private_surcharges_ore", "EEA-09";
    EstimatedNorwegianCost => "costs.estimated_norwegian_cost_ore", "EEA-08";
    PriorNotificationStatus => "prior_notification.status", "EEA-10";
    PriorNotificationMax => "prior_notification.max_refund_ore", "EEA-10";
    StagesGranted => "prior_notification.stages_granted", "EEA-11";
    CareBeyondGranted => "prior_notification.care_beyond_granted", "EEA-11";
    PriorityPatient => "patient.priority_patient", "EEA-10";
    FormalOffer => "prior_notification.formal_offer", "EEA-10";
    Setting => "treatment.setting", "EEA-19";
    OutpatientConsultations => "treatment.dates.outpatient_consultations", "EEA-19";
    HoldsExemptionCard => "patient.holds_exemption_card", "EEA-19";
    TravelClaimed => "travel.claimed", "EEA-13";
    TravelOneWayKm => "travel.one_way_km", "EEA-13";
    TravelExceedsMinimumFare => "travel.exceeds_local_minimum_fare", "EEA-13";
    TravelRoundTrips => "travel.round_trips", "EEA-13";
    TravelScheduledFare => "travel.cheapest_scheduled_round_trip_ore", "EEA-13";
    SettledOnTheSpot => "treatment.dates.settled_on_the_spot", "EEA-14";
    InvoiceDate => "treatment.dates.invoice_date", "EEA-14";
    OfferMethod => "norwegian_offer.method", "ABR-05";
    AdequateOffer => "norwegian_offer.adequate", "ABR-01";
    MoreEffectiveAbroad => "norwegian_offer.abroad_documented_more_effective", "ABR-01";
    RareCondition => "norwegian_offer.rare_condition", "ABR-05";
    ChildInNordicProtocol => "norwegian_offer.child_in_nordic_cancer_protocol", "ABR-05";
    HomeRegion => "patient.home_region", "ABR-03";
    MedicallyIndefensibleWait => "waiting.medically_indefensible", "WAIT-02";
    WaitingDeadlineGiven => "waiting.deadline_given", "WAIT-01";
    WaitingDeadline => "waiting.deadline", "WAIT-01";
    TreatedByDeadline => "waiting.treated_by_deadline", "WAIT-01";
    ChronicDiseaseTrip => "patient.chronic_disease_for_treatment_trip", "OTHER-02";
    MemberStayingAbroad => "patient.member_staying_abroad", "OTHER-03";
}

impl serde::Serialize for Fact {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.path())
    }
}

impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path())
    }
}

/// Something the decision needs and does not have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Missing {
    /// A fact of the case; `index` names the treatment date for `treatment.dates.*` facts.
    Fact {
        /// Which fact.
        fact: Fact,
        /// Position in `treatment.dates`, for per-date facts.
        index: Option<u8>,
    },
    /// A dated parameter with no value in force on that date (a real gap in the sources).
    Parameter {
        /// Which parameter.
        id: ParamId,
        /// The date it was needed for.
        on: Date,
        /// The rule that needs it.
        rule: &'static str,
    },
}

impl Missing {
    /// A case fact, not per date.
    pub const fn fact(fact: Fact) -> Missing {
        Missing::Fact { fact, index: None }
    }

    /// The rule that needs it.
    pub const fn rule(&self) -> &'static str {
        match self {
            Missing::Fact { fact, .. } => fact.rule(),
            Missing::Parameter { rule, .. } => rule,
        }
    }
}

impl serde::Serialize for Missing {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        match self {
            Missing::Fact { fact, index } => {
                let mut st = s.serialize_struct("Missing", 3)?;
                st.serialize_field("fact", fact.path())?;
                if let Some(i) = index {
                    st.serialize_field("index", i)?;
                }
                st.serialize_field("rule", fact.rule())?;
                st.end()
            }
            Missing::Parameter { id, on, rule } => {
                let mut st = s.serialize_struct("Missing", 3)?;
                st.serialize_field("parameter", id)?;
                st.serialize_field("on", on)?;
                st.serialize_field("rule", rule)?;
                st.end()
            }
        }
    }
}

impl fmt::Display for Missing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Missing::Fact { fact, index: None } => write!(f, "{} ({})", fact.path(), fact.rule()),
            Missing::Fact {
                fact,
                index: Some(i),
            } => {
                let (head, tail) = fact.path().split_at("treatment.dates".len());
                write!(f, "{head}[{i}]{tail} ({})", fact.rule())
            }
            Missing::Parameter { id, on, rule } => write!(f, "{id} on {on} ({rule})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_04_verdict_conjunction() {
        use Verdict::*;
        assert_eq!(Eligible.and(Eligible), Eligible);
        assert_eq!(Eligible.and(Undetermined), Undetermined);
        assert_eq!(Undetermined.and(NotEligible), NotEligible);
        assert_eq!(NotEligible.and(Eligible), NotEligible);
    }

    #[test]
    fn c_04_per_date_facts_print_their_index() {
        let m = Missing::Fact {
            fact: Fact::SettledOnTheSpot,
            index: Some(2),
        };
        assert_eq!(
            format!("{m}"),
            "treatment.dates[2].settled_on_the_spot (EEA-14)"
        );
        for f in Fact::ALL {
            if f.path().starts_with("treatment.dates.") {
                assert!(f.path().len() > "treatment.dates".len());
            }
        }
    }
}
