//! Travel (EEA-13): refunded only as in Norway, the round trip home → nearest Norwegian place
//! of treatment at the km rate; more than 10 km each way and above the local minimum fare;
//! 300 km or more each way at the cheapest scheduled fare (pasientreiseforskriften § 21).

use crate::case::Case;
use crate::error::{Error, ErrorKind};
use crate::fact::{Fact, Verdict};
use crate::ledger::{overflow, Ledger};
use crate::money::Ore;
use crate::outbound::decision::{TravelBasis, TravelOutcome};
use crate::params::ParamId;
use crate::reason::ReasonCode as R;

pub(crate) fn decide(
    case: &Case,
    scheme: Verdict,
    l: &mut Ledger<'_, '_>,
) -> Result<Option<TravelOutcome>, Error> {
    let t = &case.travel;
    match t.claimed {
        Some(false) => return Ok(None),
        Some(true) => {}
        None => {
            l.lacks(Fact::TravelClaimed);
            return Ok(None);
        }
    }
    l.reason(R::EeaTravelNeverCovered);
    let mut out = TravelOutcome {
        verdict: scheme,
        basis: None,
        home: t.home.clone(),
        nearest_place: t.nearest_place.clone(),
        one_way_km: t.one_way_km,
        round_trips: t.round_trips,
        rate_ore_per_km: None,
        per_round_trip_ore: None,
        user_fee_ore: None,
        amount_ore: None,
        estimated: false,
    };
    let v = covered(case, &mut out, l)?;
    out.verdict = scheme.and(v);
    if out.verdict == Verdict::NotEligible {
        out.amount_ore = Some(Ore::ZERO);
        out.per_round_trip_ore = None;
    }
    Ok(Some(out))
}

fn covered(case: &Case, out: &mut TravelOutcome, l: &mut Ledger<'_, '_>) -> Result<Verdict, Error> {
    let t = &case.travel;
    let rule = "EEA-13";
    // The distance rules do not depend on the date; take them on the first treatment date
    // when known, else on the evaluation date.
    let on = case.first_treatment_date().unwrap_or(case.evaluation_date);
    let Some(km) = t.one_way_km else {
        l.lacks(Fact::TravelOneWayKm);
        return Ok(Verdict::Undetermined);
    };
    let Some(min_km) = l.param(ParamId::TravelMinKm, on, rule) else {
        return Ok(Verdict::Undetermined);
    };
    if (km as i64) <= min_km {
        l.reason(R::EeaTravelTooShort);
        if km as i64 == min_km {
            // RULES.md ambiguity: the seed says "longer than", § 8 excludes "under".
            l.reason(R::AssumptionTravelExactly10Km);
        }
        return Ok(Verdict::NotEligible);
    }
    match t.exceeds_local_minimum_fare {
        Some(true) => {}
        Some(false) => {
            l.reason(R::EeaTravelBelowMinimumFare);
            return Ok(Verdict::NotEligible);
        }
        None => {
            l.lacks(Fact::TravelExceedsMinimumFare);
            return Ok(Verdict::Undetermined);
        }
    }
    let Some(long_km) = l.param(ParamId::TravelLongTripKm, on, rule) else {
        return Ok(Verdict::Undetermined);
    };
    let per_trip = if km as i64 >= long_km {
        out.basis = Some(TravelBasis::ScheduledFare);
        l.reason(R::EeaTravelLongTrip);
        match t.cheapest_scheduled_round_trip {
            Some(fare) => Some(fare),
            None => {
                l.lacks(Fact::TravelScheduledFare);
                None
            }
        }
    } else {
        out.basis = Some(TravelBasis::KmRate);
        l.reason(R::EeaTravelKmRate);
        km_rate_trip(case, km, out, l)?
    };
    out.per_round_trip_ore = per_trip;
    let Some(trips) = t.round_trips else {
        l.lacks(Fact::TravelRoundTrips);
        return Ok(Verdict::Undetermined);
    };
    let Some(per_trip) = per_trip else {
        return Ok(Verdict::Undetermined);
    };
    // In range each, the fare times the trips can still pass 10^15 øre: an amount no claim
    // can hold. Neither value is out of range on its own, so the error names both factors:
    // the per-trip amount's field (the fare, or the distance) and the trips.
    let fare_at_fault = || {
        let fact = match out.basis {
            Some(TravelBasis::ScheduledFare) => Fact::TravelScheduledFare,
            _ => Fact::TravelOneWayKm,
        };
        static TRIPS: [&str; 2] = [
            Fact::TravelRoundTrips.group(),
            Fact::TravelRoundTrips.field(),
        ];
        Error::new(
            ErrorKind::ProductOverflow { with: &TRIPS },
            fact.field_path(None),
        )
    };
    let gross = per_trip
        .checked_mul_int(trips as i64)
        .ok_or_else(fare_at_fault)?;
    // EEA-13: the claim goes to Helfo with the refund claim; once the treatment is granted,
    // Helfo forwards it to Pasientreiser, which decides and pays it.
    l.reason(R::EeaTravelPasientreiserPays);
    let Some(fees) = user_fees(case, trips, l)? else {
        return Ok(Verdict::Undetermined);
    };
    out.user_fee_ore = Some(fees);
    out.amount_ore = Some(gross.checked_sub(fees).unwrap_or(Ore::ZERO));
    Ok(Verdict::Eligible)
}

/// "Only what you would have received in Norway" (EEA-13): a patient travelling in Norway pays
/// the patient-travel user fee (P-TRAVEL-USER-FEE) per one-way trip, two per round trip, and
/// none with an exemption card. Deducting it is a documented assumption, named in the result.
fn user_fees(case: &Case, trips: u8, l: &mut Ledger<'_, '_>) -> Result<Option<Ore>, Error> {
    l.reason(R::AssumptionTravelUserFee);
    match case.patient.holds_exemption_card {
        None => {
            l.lacks(Fact::HoldsExemptionCard);
            return Ok(None);
        }
        Some(true) => return Ok(Some(Ore::ZERO)),
        Some(false) => {}
    }
    let Some(on) = case.first_treatment_date() else {
        l.lacks(Fact::TreatmentDates);
        return Ok(None);
    };
    let Some(fee) = l.param(ParamId::TravelUserFee, on, "EEA-13") else {
        return Ok(None);
    };
    let fee = Ore::new(fee).map_err(|_| overflow())?;
    Ok(Some(
        fee.checked_mul_int(2 * i64::from(trips))
            .ok_or_else(overflow)?,
    ))
}

/// 2 × km × the rate in force on the first treatment date.
fn km_rate_trip(
    case: &Case,
    km: u32,
    out: &mut TravelOutcome,
    l: &mut Ledger<'_, '_>,
) -> Result<Option<Ore>, Error> {
    let Some(on) = case.first_treatment_date() else {
        l.lacks(Fact::TreatmentDates);
        return Ok(None);
    };
    let Some(rate) = l.param(ParamId::TravelRate, on, "EEA-13") else {
        return Ok(None);
    };
    let rate = Ore::new(rate).map_err(|_| overflow())?;
    out.rate_ore_per_km = Some(rate);
    Ok(Some(
        rate.checked_mul_int(2 * km as i64).ok_or_else(overflow)?,
    ))
}
