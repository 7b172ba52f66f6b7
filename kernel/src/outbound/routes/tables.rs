//! Where each route applies and what it covers, as tables.

use super::abr::{decided_elsewhere, home_region};
use super::{Appeal, Applicant, Application, Body, Channel, Coverage, Extent, Payer, Route};
use crate::case::{Case, Method};
use crate::ledger::Ledger;
use crate::params::ParamId;
use crate::region;

/// What each route covers and who pays (ABR-02, WAIT-*, EEA-08, OTHER-*): data, not logic.
pub(super) fn coverage(route: Route) -> Coverage {
    let c = |treatment, travel, stay, pays_up_front, payer| Coverage {
        treatment,
        travel,
        stay,
        pays_up_front,
        payer,
    };
    match route {
        Route::TreatmentAbroad => c(
            Extent::Full,
            true,
            true,
            false,
            Payer::RegionalHealthAuthority,
        ),
        Route::IndefensibleWaitS2 => c(Extent::Full, false, false, false, Payer::HelfoS2),
        Route::WaitingTimeBreach => c(
            Extent::Full,
            true,
            false,
            false,
            Payer::HelfoPasientformidling,
        ),
        Route::EeaRefund => c(
            Extent::CappedAtNorwegianCost,
            true,
            false,
            true,
            Payer::HelfoRefund,
        ),
        Route::Ehic => c(
            Extent::LocalPublicTerms,
            false,
            false,
            false,
            Payer::TreatmentCountry,
        ),
        Route::MemberAbroad => c(Extent::Unknown, false, false, true, Payer::Folketrygden),
        Route::TreatmentTrip => c(Extent::Stay, true, true, false, Payer::StateBudget),
    }
}

/// Who applies, to which body, through which channel, and where to appeal (ABR-03, ABR-04,
/// ABR-06, WAIT-*, EEA-20, OTHER-*).
pub(super) fn application(route: Route, case: &Case, l: &mut Ledger<'_, '_>) -> Application {
    let a = |applicant, body, channel, appeal| Application {
        applicant,
        body,
        channel,
        appeal,
    };
    match route {
        Route::TreatmentAbroad => {
            if decided_elsewhere(case) {
                let particle_or_pgd = case
                    .norwegian_offer
                    .method
                    .is_some_and(|m| matches!(m, Method::ParticleTherapy | Method::Pgd));
                let body = if particle_or_pgd {
                    Body::DesignatedDepartments
                } else {
                    Body::PaediatricOncology
                };
                return a(
                    Applicant::HospitalDepartment,
                    Some(body),
                    Channel::HospitalReferral,
                    None,
                );
            }
            let nord_at_ous = l.flag(ParamId::HelseNordAtOus, case.evaluation_date);
            let body = home_region(case).and_then(|(r, _)| region::office(r, nord_at_ous));
            a(
                Applicant::TreatingDoctor,
                body,
                Channel::DoctorToOffice,
                Some(Appeal::AbrAppealBoard),
            )
        }
        Route::IndefensibleWaitS2 => a(
            Applicant::Patient,
            Some(Body::Helfo),
            Channel::HelfoS2Application,
            None,
        ),
        Route::WaitingTimeBreach => a(
            Applicant::Patient,
            Some(Body::HelfoPasientformidling),
            Channel::HelfoPasientformidling,
            None,
        ),
        Route::EeaRefund => a(
            Applicant::Patient,
            Some(Body::Helfo),
            Channel::HelfoRefundForm,
            None,
        ),
        Route::Ehic => a(Applicant::Patient, None, Channel::ShowEhic, None),
        Route::MemberAbroad => a(
            Applicant::Patient,
            Some(Body::Helfo),
            Channel::HelfoMemberAbroad,
            None,
        ),
        Route::TreatmentTrip => a(
            Applicant::Patient,
            Some(Body::TreatmentTripSection),
            Channel::TreatmentTripApplication,
            None,
        ),
    }
}
