//! Putting a kiosk's answer text into the case: which field a fact is, and reading the text as
//! that field's type with the kernel's own parsers. Nothing is decided here; the kernel checks
//! the resulting case before it is handed back.

use crate::boundary::Failure;
use crate::result::helserett_result;
use kernel::case::{
    Case, Method, Need, PriorNotificationStatus, Referral, Region, Setting, Stage, Stages,
    TreatmentDate,
};
use kernel::error::{Error, ErrorKind, FieldPath, Segment};
use kernel::fact::Fact;
use kernel::{Country, Date, Ore};

const FACT_COUNT: usize = Fact::ALL.len();

/// Each fact's path as a static, so an error can point at it.
static PATHS: [&str; FACT_COUNT] = {
    let mut paths = [""; FACT_COUNT];
    let mut i = 0;
    while i < FACT_COUNT {
        paths[i] = Fact::ALL[i].path();
        i += 1;
    }
    paths
};

/// Where an answer to `fact` goes, for error messages.
fn path_of(fact: Fact, index: Option<usize>) -> FieldPath {
    let per_date = |name: &'static &'static str, i: usize| {
        FieldPath::of(&["treatment", "dates"])
            .child(Segment::Index(i as u16))
            .child(Segment::Field(name))
    };
    match (fact, index) {
        (Fact::SettledOnTheSpot, Some(i)) => per_date(&"settled_on_the_spot", i),
        (Fact::InvoiceDate, Some(i)) => per_date(&"invoice_date", i),
        (Fact::OutpatientConsultations, Some(i)) => per_date(&"outpatient_consultations", i),
        _ => {
            let i = Fact::ALL.iter().position(|f| *f == fact).unwrap_or(0);
            FieldPath::ROOT.child(Segment::Field(&PATHS[i]))
        }
    }
}

struct Answer<'a> {
    text: &'a str,
    path: FieldPath,
}

impl Answer<'_> {
    fn fail(&self, kind: ErrorKind) -> Failure {
        Failure::Kernel(Error::new(kind, self.path))
    }

    fn yes_no(&self) -> Result<Option<bool>, Failure> {
        let t = self.text;
        let is = |words: &[&str]| words.iter().any(|w| t.eq_ignore_ascii_case(w));
        if is(&["yes", "y", "ja", "j"]) {
            Ok(Some(true))
        } else if is(&["no", "n", "nei"]) {
            Ok(Some(false))
        } else {
            Err(self.fail(ErrorKind::InvalidValue))
        }
    }

    fn choice<T>(&self, parse: fn(&str) -> Option<T>) -> Result<Option<T>, Failure> {
        parse(self.text)
            .map(Some)
            .ok_or(self.fail(ErrorKind::InvalidValue))
    }

    fn date(&self) -> Result<Option<Date>, Failure> {
        Date::parse_iso(self.text)
            .map(Some)
            .map_err(|e| self.fail(ErrorKind::InvalidDate(e)))
    }

    /// A country code; lower case is accepted at a kiosk keyboard.
    fn country(&self) -> Result<Option<Country>, Failure> {
        let code = match self.text.as_bytes() {
            [a, b] => [a.to_ascii_uppercase(), b.to_ascii_uppercase()],
            _ => [0, 0],
        };
        let upper = match code {
            [0, 0] => self.text,
            _ => core::str::from_utf8(&code).unwrap_or(self.text),
        };
        Country::parse(upper)
            .map(Some)
            .map_err(|e| self.fail(ErrorKind::InvalidCountry(e)))
    }

    fn integer(&self) -> Result<i64, Failure> {
        let t = self.text;
        let digits = t.strip_prefix('-').unwrap_or(t);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(self.fail(ErrorKind::InvalidValue));
        }
        t.parse::<i64>()
            .map_err(|_| self.fail(ErrorKind::NumberOutOfRange))
    }

    fn ore(&self) -> Result<Option<Ore>, Failure> {
        let n = self.integer()?;
        Ore::new(n).map(Some).map_err(|e| {
            self.fail(match e {
                kernel::money::MoneyError::Negative => ErrorKind::NegativeAmount,
                _ => ErrorKind::AmountOverflow,
            })
        })
    }

    fn number<T: TryFrom<i64>>(&self) -> Result<Option<T>, Failure> {
        T::try_from(self.integer()?)
            .map(Some)
            .map_err(|_| self.fail(ErrorKind::NumberOutOfRange))
    }

    fn stages(&self) -> Result<Option<Stages>, Failure> {
        let mut s = Stages::NONE;
        for part in self
            .text
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let st = Stage::parse(part).ok_or(self.fail(ErrorKind::InvalidValue))?;
            s = s.with(st);
        }
        Ok(Some(s))
    }

    /// The treatment dates, keeping what is known about a date that was there before.
    fn dates(&self, old: &[TreatmentDate]) -> Result<heapless::Vec<TreatmentDate, 8>, Failure> {
        let mut out = heapless::Vec::new();
        for part in self.text.split(',').map(str::trim) {
            let d = Date::parse_iso(part).map_err(|e| self.fail(ErrorKind::InvalidDate(e)))?;
            let entry = old
                .iter()
                .find(|t| t.date == d)
                .copied()
                .unwrap_or(TreatmentDate::on(d));
            out.push(entry).map_err(|_| self.fail(ErrorKind::TooMany))?;
        }
        Ok(out)
    }
}

/// Sets `fact` in `case` from the answer text.
pub(crate) fn apply(case: &mut Case, fact: Fact, index: i32, text: &str) -> Result<(), Failure> {
    let per_date = matches!(
        fact,
        Fact::SettledOnTheSpot | Fact::InvoiceDate | Fact::OutpatientConsultations
    );
    let date_index = if per_date {
        let i = usize::try_from(index)
            .ok()
            .filter(|i| *i < case.treatment.dates.len())
            .ok_or(Failure::at(helserett_result::IndexOutOfRange, &"index"))?;
        Some(i)
    } else {
        None
    };
    let a = Answer {
        text: text.trim(),
        path: path_of(fact, date_index),
    };
    let p = &mut case.patient;
    let t = &mut case.treatment;
    let o = &mut case.norwegian_offer;
    let w = &mut case.waiting;
    let pn = &mut case.prior_notification;
    let tr = &mut case.travel;
    match fact {
        Fact::TreatmentCountry => t.country = a.country()?,
        Fact::MemberOfFolketrygden => p.member_of_folketrygden = a.yes_no()?,
        Fact::ResidenceCountry => p.residence_country = a.country()?,
        Fact::HoldsS1 => p.holds_s1_for_treatment_country = a.yes_no()?,
        Fact::Need => t.need = a.choice(Need::parse)?,
        Fact::Referral => t.referral = a.choice(Referral::parse)?,
        Fact::ComparableCare => t.comparable_to_norwegian_care = a.yes_no()?,
        Fact::TreatmentDates => t.dates = a.dates(&t.dates)?,
        Fact::Expenses => case.costs.expenses = a.ore()?,
        Fact::PrivateSurcharges => case.costs.private_surcharges = a.ore()?,
        Fact::EstimatedNorwegianCost => case.costs.estimated_norwegian_cost = a.ore()?,
        Fact::PriorNotificationStatus => pn.status = a.choice(PriorNotificationStatus::parse)?,
        Fact::PriorNotificationMax => pn.max_refund = a.ore()?,
        Fact::StagesGranted => pn.stages_granted = a.stages()?,
        Fact::CareBeyondGranted => pn.care_beyond_granted = a.yes_no()?,
        Fact::PriorityPatient => p.priority_patient = a.yes_no()?,
        Fact::FormalOffer => pn.formal_offer = a.yes_no()?,
        Fact::Setting => t.setting = a.choice(Setting::parse)?,
        Fact::HoldsExemptionCard => p.holds_exemption_card = a.yes_no()?,
        Fact::TravelClaimed => tr.claimed = a.yes_no()?,
        Fact::TravelOneWayKm => tr.one_way_km = a.number()?,
        Fact::TravelExceedsMinimumFare => tr.exceeds_local_minimum_fare = a.yes_no()?,
        Fact::TravelRoundTrips => tr.round_trips = a.number()?,
        Fact::TravelScheduledFare => tr.cheapest_scheduled_round_trip = a.ore()?,
        Fact::OfferMethod => o.method = a.choice(Method::parse)?,
        Fact::AdequateOffer => o.adequate = a.yes_no()?,
        Fact::MoreEffectiveAbroad => o.abroad_documented_more_effective = a.yes_no()?,
        Fact::RareCondition => o.rare_condition = a.yes_no()?,
        Fact::ChildInNordicProtocol => o.child_in_nordic_cancer_protocol = a.yes_no()?,
        Fact::HomeRegion => p.home_region = a.choice(Region::parse)?,
        Fact::MedicallyIndefensibleWait => w.medically_indefensible = a.yes_no()?,
        Fact::WaitingDeadlineGiven => w.deadline_given = a.yes_no()?,
        Fact::WaitingDeadline => w.deadline = a.date()?,
        Fact::TreatedByDeadline => w.treated_by_deadline = a.yes_no()?,
        Fact::ChronicDiseaseTrip => p.chronic_disease_for_treatment_trip = a.yes_no()?,
        Fact::MemberStayingAbroad => p.member_staying_abroad = a.yes_no()?,
        Fact::SettledOnTheSpot | Fact::InvoiceDate | Fact::OutpatientConsultations => {
            // `date_index` is Some for exactly these facts.
            let d = &mut t.dates[date_index.unwrap_or(0)];
            match fact {
                Fact::SettledOnTheSpot => d.settled_on_the_spot = a.yes_no()?,
                Fact::InvoiceDate => d.invoice_date = a.date()?,
                _ => d.outpatient_consultations = a.number()?,
            }
        }
        // A fact added to the kernel but not here: the kiosk cannot answer it yet.
        _ => return Err(Failure::at(helserett_result::InvalidEnum, &"fact")),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fact the interview can ask is one this module can record: otherwise a kiosk would
    /// be stuck on a question it cannot answer.
    #[test]
    fn every_fact_can_be_answered() {
        for f in Fact::ALL {
            let mut c = Case::new(Date::ymd(2024, 6, 1));
            c.treatment
                .dates
                .push(TreatmentDate::on(Date::ymd(2024, 3, 4)))
                .unwrap();
            let q = kernel::question::Question {
                fact: *f,
                index: Some(0),
            };
            let text = match q.kind() {
                kernel::question::AnswerKind::YesNo => "yes",
                kernel::question::AnswerKind::Choice(o)
                | kernel::question::AnswerKind::Choices(o) => o[0],
                kernel::question::AnswerKind::Date | kernel::question::AnswerKind::Dates => {
                    "2024-03-04"
                }
                kernel::question::AnswerKind::Country => "de",
                kernel::question::AnswerKind::Amount | kernel::question::AnswerKind::Number => "1",
            };
            let before = c.clone();
            apply(&mut c, *f, 0, text).unwrap_or_else(|e| panic!("{f:?}: {e:?}"));
            assert!(
                c != before || *f == Fact::TreatmentDates,
                "{f:?} changed nothing"
            );
        }
    }
}
