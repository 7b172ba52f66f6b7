//! The case schema (`kernel/schema/case.schema.json`, version `helserett.case/2`) as readers.
//! Field names here are the JSON contract: money fields end in `_ore`, dates are `YYYY-MM-DD`.

use super::read::{field, Cx, Object, ObjectSeed, StrSeed};
use crate::case::{
    range, Case, Claim, Costs, Method, Need, NorwegianOffer, Patient, PriorNotification,
    PriorNotificationStatus, Referral, Region, Setting, Stage, Stages, Travel, Treatment,
    TreatmentDate, Waiting, MAX_PLACE_NAME,
};
use crate::date::Date;
use crate::error::ErrorKind;
use serde::de::MapAccess;

/// The case schema this kernel reads. Version 2 added the routing facts (`norwegian_offer`,
/// `waiting`, the patient's region); every version-1 case is a valid version-2 case.
pub const CASE_SCHEMA: &str = "helserett.case/2";
/// The earlier schema versions still read.
const OLDER_CASE_SCHEMAS: &[&str] = &["helserett.case/1"];

/// A case being read: `evaluation_date` is required, so it starts unknown.
pub(crate) struct CaseRaw {
    evaluation_date: Option<Date>,
    pub(crate) case: Case,
}

impl CaseRaw {
    pub(crate) fn into_case(self) -> Case {
        self.case
    }
}

impl Default for CaseRaw {
    fn default() -> Self {
        CaseRaw {
            evaluation_date: None,
            case: Case::new(Date::ymd(1970, 1, 1)),
        }
    }
}

impl Object for CaseRaw {
    const FIELDS: &'static [&'static str] = &[
        "schema",
        "evaluation_date",
        "patient",
        "treatment",
        "costs",
        "prior_notification",
        "claim",
        "travel",
        "norwegian_offer",
        "waiting",
    ];

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        let c = &mut self.case;
        match i {
            0 => {
                let ok = |s: &str| {
                    if s == CASE_SCHEMA || OLDER_CASE_SCHEMAS.contains(&s) {
                        Ok(())
                    } else {
                        Err(ErrorKind::UnsupportedSchema)
                    }
                };
                map.next_value_seed(StrSeed(cx, ok))?;
            }
            1 => self.evaluation_date = field::date(map, cx)?,
            2 => c.patient = field::object(map, cx)?.unwrap_or_default(),
            3 => c.treatment = field::object(map, cx)?.unwrap_or_default(),
            4 => c.costs = field::object(map, cx)?.unwrap_or_default(),
            5 => c.prior_notification = field::object(map, cx)?.unwrap_or_default(),
            6 => c.claim = field::object(map, cx)?.unwrap_or_default(),
            7 => c.travel = field::object(map, cx)?.unwrap_or_default(),
            8 => c.norwegian_offer = field::object(map, cx)?.unwrap_or_default(),
            _ => c.waiting = field::object(map, cx)?.unwrap_or_default(),
        }
        Ok(())
    }

    fn finish(&mut self, _cx: Cx<'_>) -> Result<(), (ErrorKind, &'static &'static str)> {
        match self.evaluation_date {
            Some(d) => {
                self.case.evaluation_date = d;
                Ok(())
            }
            None => Err((ErrorKind::MissingField, &"evaluation_date")),
        }
    }
}

impl Object for Patient {
    const FIELDS: &'static [&'static str] = &[
        "member_of_folketrygden",
        "residence_country",
        "holds_s1_for_treatment_country",
        "priority_patient",
        "holds_exemption_card",
        "assessed_by_norwegian_specialist",
        "home_region",
        "county_number",
        "chronic_disease_for_treatment_trip",
        "member_staying_abroad",
    ];

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        match i {
            0 => self.member_of_folketrygden = field::bool(map)?,
            1 => self.residence_country = field::country(map, cx)?,
            2 => self.holds_s1_for_treatment_country = field::bool(map)?,
            3 => self.priority_patient = field::bool(map)?,
            4 => self.holds_exemption_card = field::bool(map)?,
            5 => self.assessed_by_norwegian_specialist = field::bool(map)?,
            6 => self.home_region = field::choice(map, cx, Region::parse)?,
            7 => self.county_number = field::int(map, cx, range::COUNTY_NUMBER)?.map(|v| v as u8),
            8 => self.chronic_disease_for_treatment_trip = field::bool(map)?,
            _ => self.member_staying_abroad = field::bool(map)?,
        }
        Ok(())
    }
}

/// A treatment date being read: `date` is required.
pub(crate) struct TreatmentDateRaw {
    date: Option<Date>,
    rest: TreatmentDate,
}

impl Default for TreatmentDateRaw {
    fn default() -> Self {
        TreatmentDateRaw {
            date: None,
            rest: TreatmentDate::on(Date::ymd(1970, 1, 1)),
        }
    }
}

impl Object for TreatmentDateRaw {
    const FIELDS: &'static [&'static str] = &[
        "date",
        "settled_on_the_spot",
        "invoice_date",
        "outpatient_consultations",
    ];

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        match i {
            0 => self.date = field::date(map, cx)?,
            1 => self.rest.settled_on_the_spot = field::bool(map)?,
            2 => self.rest.invoice_date = field::date(map, cx)?,
            _ => {
                self.rest.outpatient_consultations =
                    field::int(map, cx, range::OUTPATIENT_CONSULTATIONS)?.map(|v| v as u8)
            }
        }
        Ok(())
    }

    fn finish(&mut self, _cx: Cx<'_>) -> Result<(), (ErrorKind, &'static &'static str)> {
        let Some(date) = self.date else {
            return Err((ErrorKind::MissingField, &"date"));
        };
        self.rest.date = date;
        Ok(())
    }
}

impl super::read::Sink for heapless::Vec<TreatmentDate, { crate::case::MAX_TREATMENT_DATES }> {
    type Item = TreatmentDateRaw;
    fn push_item(&mut self, item: TreatmentDateRaw) -> Result<(), ()> {
        self.push(item.rest).map_err(|_| ())
    }
}

impl Object for Treatment {
    const FIELDS: &'static [&'static str] = &[
        "country",
        "need",
        "setting",
        "outside_hospital",
        "comparable_to_norwegian_care",
        "referral",
        "occupational_injury",
        "documents_in_accepted_language",
        "dates",
    ];

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        match i {
            0 => self.country = field::country(map, cx)?,
            1 => self.need = field::choice(map, cx, Need::parse)?,
            2 => self.setting = field::choice(map, cx, Setting::parse)?,
            3 => self.outside_hospital = field::bool(map)?,
            4 => self.comparable_to_norwegian_care = field::bool(map)?,
            5 => self.referral = field::choice(map, cx, Referral::parse)?,
            6 => self.occupational_injury = field::bool(map)?,
            7 => self.documents_in_accepted_language = field::bool(map)?,
            _ => {
                let dates = field::array(
                    map,
                    cx,
                    ObjectSeed::<TreatmentDateRaw>::new,
                    heapless::Vec::new(),
                )?;
                self.dates = dates.unwrap_or_default();
            }
        }
        Ok(())
    }
}

impl Object for Costs {
    const FIELDS: &'static [&'static str] = &[
        "expenses_ore",
        "private_surcharges_ore",
        "estimated_norwegian_cost_ore",
        "drg_points_milli",
    ];

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        match i {
            0 => self.expenses = field::ore(map, cx)?,
            1 => self.private_surcharges = field::ore(map, cx)?,
            2 => self.estimated_norwegian_cost = field::ore(map, cx)?,
            // Up to 1000 DRG points: far above any real DRG weight.
            _ => {
                self.drg_points_milli =
                    field::int(map, cx, range::DRG_POINTS_MILLI)?.map(|v| v as u32)
            }
        }
        Ok(())
    }
}

/// Parses one stage name.
type StageParser = fn(&str) -> Result<Stage, ErrorKind>;

fn stage_seed(cx: Cx<'_>) -> StrSeed<'_, StageParser> {
    StrSeed(cx, |s| Stage::parse(s).ok_or(ErrorKind::InvalidValue))
}

/// A set of stages read from a JSON array; a stage given twice is an error.
pub(crate) struct StageSet(Stages);

impl super::read::Sink for StageSet {
    type Item = Stage;
    fn push_item(&mut self, s: Stage) -> Result<(), ()> {
        if self.0.contains(s) {
            return Err(());
        }
        self.0 = self.0.with(s);
        Ok(())
    }
}

impl Object for PriorNotification {
    const FIELDS: &'static [&'static str] = &[
        "status",
        "formal_offer",
        "application_received",
        "max_refund_ore",
        "stages_granted",
        "care_beyond_granted",
    ];

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        match i {
            0 => self.status = field::choice(map, cx, PriorNotificationStatus::parse)?,
            1 => self.formal_offer = field::bool(map)?,
            2 => self.application_received = field::date(map, cx)?,
            3 => self.max_refund = field::ore(map, cx)?,
            4 => {
                self.stages_granted =
                    field::array(map, cx, stage_seed, StageSet(Stages::NONE))?.map(|s| s.0)
            }
            _ => self.care_beyond_granted = field::bool(map)?,
        }
        Ok(())
    }
}

impl Object for Claim {
    const FIELDS: &'static [&'static str] = &["received"];

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        _i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        self.received = field::date(map, cx)?;
        Ok(())
    }
}

impl Object for Travel {
    const FIELDS: &'static [&'static str] = &[
        "claimed",
        "home",
        "nearest_place",
        "one_way_km",
        "exceeds_local_minimum_fare",
        "round_trips",
        "cheapest_scheduled_round_trip_ore",
    ];

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        match i {
            0 => self.claimed = field::bool(map)?,
            1 => self.home = field::text::<A, MAX_PLACE_NAME>(map, cx)?,
            2 => self.nearest_place = field::text::<A, MAX_PLACE_NAME>(map, cx)?,
            // Norway is about 2 000 km long; 10 000 km is room for any real trip.
            3 => self.one_way_km = field::int(map, cx, range::ONE_WAY_KM)?.map(|v| v as u32),
            4 => self.exceeds_local_minimum_fare = field::bool(map)?,
            5 => self.round_trips = field::int(map, cx, range::ROUND_TRIPS)?.map(|v| v as u8),
            _ => self.cheapest_scheduled_round_trip = field::ore(map, cx)?,
        }
        Ok(())
    }
}

impl Object for NorwegianOffer {
    const FIELDS: &'static [&'static str] = &[
        "adequate",
        "abroad_documented_more_effective",
        "method",
        "rare_condition",
        "child_in_nordic_cancer_protocol",
    ];

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        match i {
            0 => self.adequate = field::bool(map)?,
            1 => self.abroad_documented_more_effective = field::bool(map)?,
            2 => self.method = field::choice(map, cx, Method::parse)?,
            3 => self.rare_condition = field::bool(map)?,
            _ => self.child_in_nordic_cancer_protocol = field::bool(map)?,
        }
        Ok(())
    }
}

impl Object for Waiting {
    const FIELDS: &'static [&'static str] = &[
        "deadline_given",
        "deadline",
        "treated_by_deadline",
        "medically_indefensible",
        "s2_granted",
    ];

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        match i {
            0 => self.deadline_given = field::bool(map)?,
            1 => self.deadline = field::date(map, cx)?,
            2 => self.treated_by_deadline = field::bool(map)?,
            3 => self.medically_indefensible = field::bool(map)?,
            _ => self.s2_granted = field::bool(map)?,
        }
        Ok(())
    }
}
