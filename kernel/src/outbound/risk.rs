//! Risk notes (RISK-01..RISK-04): information attached to every case treated abroad, with no
//! effect on eligibility.

use crate::case::Case;
use crate::ledger::Ledger;
use crate::outbound::decision::{RiskNote, MAX_RISKS};
use crate::params::ParamId;
use crate::reason::ReasonCode as R;
use heapless::Vec;

pub(crate) fn notes(case: &Case, l: &mut Ledger<'_, '_>) -> Vec<RiskNote, MAX_RISKS> {
    let mut out = Vec::new();
    let Some(country) = case.treatment.country else {
        return out;
    };
    if country.is_norway() {
        return out;
    }
    let nordic = country.is_nordic();
    let mut note = |reason, until| {
        let _ = out.push(RiskNote { reason, until });
    };
    if !nordic {
        // RISK-01: screening before Norwegian hospital treatment within 12 months of the stay.
        let until = case.last_treatment_date().and_then(|last| {
            l.param(ParamId::RiskMrsaMonths, last, "RISK-01")
                .and_then(|m| last.add_months(m as u16))
        });
        note(R::RiskMrsaScreening, until);
    }
    note(
        if nordic {
            R::RiskInjuryNordic
        } else {
            R::RiskInjuryTreatmentCountry
        },
        None,
    );
    note(
        if nordic {
            R::RiskRepatriationNordic
        } else {
            R::RiskRepatriationNotCovered
        },
        None,
    );
    note(R::RiskFollowUpWaitingList, None);
    out
}

/// RISK-02, WAIT-03: care Helfo pasientformidling arranges after a breach is bought by the
/// Norwegian health service under a contract, so the Norwegian patient injury scheme covers it:
/// when that route is the one recommended, its note replaces the treatment country's.
pub(crate) fn under_contract(notes: &mut Vec<RiskNote, MAX_RISKS>) {
    for n in notes.iter_mut() {
        if matches!(
            n.reason,
            R::RiskInjuryNordic | R::RiskInjuryTreatmentCountry
        ) {
            n.reason = R::RiskInjuryContractNpe;
        }
    }
}
