//! IN-06: a missing EHIC, as a small state machine the desk follows. Missing at admission: ask
//! for a provisional certificate (hasteblankett; for a Norwegian-issued card, from Helfo).
//! None by discharge: the patient is self-paying and is invoiced. A valid one later: withdraw
//! that invoice and invoice Helfo with the certificate attached.

use super::case::InboundCase;
use super::decision::{EhicState, Payer, StepKind};
use super::entitlement::{Found, Ground};
use super::period::{self, Days};
use crate::fact::{Fact, Verdict};
use crate::ledger::Ledger;
use crate::reason::ReasonCode as R;

/// Where the EHIC stands, what it does to the entitlement found, and the steps it asks for.
pub(crate) struct Certificate {
    pub(crate) state: EhicState,
    pub(crate) found: Found,
    pub(crate) steps: [Option<StepKind>; 2],
}

/// Applies IN-06 to an entitlement whose ground needs an EHIC.
pub(crate) fn certificate(c: &InboundCase, l: &mut Ledger<'_, '_>, f: Found) -> Certificate {
    let done = |state, found| Certificate {
        state,
        found,
        steps: [None, None],
    };
    if f.ground == Ground::Unknown {
        return done(EhicState::Undetermined, f);
    }
    if !f.ground.needs_ehic() || f.covered == Verdict::NotEligible {
        return done(EhicState::NotNeeded, f);
    }
    let d = &c.documents;
    let Some(shown) = d.ehic else {
        l.lacks(Fact::EhicHeld);
        return done(EhicState::Undetermined, open(f));
    };
    // The card's own period (revision 3): a card not valid on any day of the stay is no card;
    // one valid for part of it covers those days only.
    let days = match c.stay.admission_date {
        Some(on) if d.ehic_valid_from.is_some() || d.ehic_valid_until.is_some() => {
            let last = period::last_day(on, c.stay.discharge_date, c.evaluation_date);
            period::covered(on, last, d.ehic_valid_from, d.ehic_valid_until)
        }
        _ => Days::Whole,
    };
    if shown && days == Days::None {
        l.reason(R::InEhicNotValidForStay);
    } else if shown {
        let days = super::entitlement::part_of_stay(l, days);
        return done(EhicState::InOrder, Found { days, ..f });
    } else if let Days::Part { .. } = days {
        // A provisional certificate's period, checked as the card's.
        let days = super::entitlement::part_of_stay(l, days);
        return certificate_in_place(c, l, Found { days, ..f });
    }
    certificate_in_place(c, l, f)
}

/// The card is missing (or not valid for the stay): the certificate in its place (IN-06).
fn certificate_in_place(c: &InboundCase, l: &mut Ledger<'_, '_>, f: Found) -> Certificate {
    let done = |state, found| Certificate {
        state,
        found,
        steps: [None, None],
    };
    let d = &c.documents;
    l.reason(R::InEhicMissing);
    let request = if f.ground.certificate_from_helfo() {
        StepKind::RequestCertificateFromHelfo
    } else {
        StepKind::RequestProvisionalCertificate
    };
    // Discharged once the discharge day is over: a certificate may still come that day.
    let discharged = c.stay.discharge_date.map(|dd| dd < c.evaluation_date);
    // The day it came says it came.
    let received = d
        .provisional_certificate
        .or(d.provisional_certificate_date.map(|_| true));
    match received {
        Some(true) => match (d.provisional_certificate_date, c.stay.discharge_date) {
            (Some(came), Some(out)) if came > out => {
                l.reason(R::InCertificateAfterDischarge);
                Certificate {
                    state: EhicState::CertificateAfterDischarge,
                    found: f,
                    steps: [Some(StepKind::WithdrawPatientInvoice), None],
                }
            }
            // Discharged, and when the certificate came is what tells whether the patient was
            // invoiced meanwhile.
            (None, Some(_)) if discharged == Some(true) => {
                l.lacks(Fact::ProvisionalCertificateDate);
                l.reason(R::InCertificateHeld);
                done(EhicState::CertificateHeld, f)
            }
            _ => {
                l.reason(R::InCertificateHeld);
                done(EhicState::CertificateHeld, f)
            }
        },
        None if discharged == Some(true) => {
            l.lacks(Fact::ProvisionalCertificate);
            done(EhicState::Undetermined, open(f))
        }
        None => {
            l.lacks(Fact::ProvisionalCertificate);
            Certificate {
                state: EhicState::AwaitingCertificate,
                found: open(f),
                steps: [Some(request), None],
            }
        }
        Some(false) => match discharged {
            Some(true) => {
                // From Helfo, the patient pays only because Helfo could not confirm the
                // right by discharge (revision 3, IN-12).
                l.reason(if f.ground.certificate_from_helfo() {
                    R::InHelfoDidNotConfirm
                } else {
                    R::InNoCertificateByDischarge
                });
                Certificate {
                    state: EhicState::SelfPaying,
                    found: Found {
                        covered: Verdict::NotEligible,
                        payer: Payer::Patient,
                        ..f
                    },
                    steps: [
                        Some(StepKind::InvoicePatient),
                        Some(StepKind::WithdrawIfCertificateArrives),
                    ],
                }
            }
            Some(false) | None => {
                if discharged.is_none() {
                    l.lacks(Fact::DischargeDate);
                }
                l.reason(R::InAwaitingCertificate);
                Certificate {
                    state: EhicState::AwaitingCertificate,
                    found: open(f),
                    steps: [Some(request), None],
                }
            }
        },
    }
}

/// The entitlement stands, but who pays waits on the certificate.
fn open(f: Found) -> Found {
    Found {
        covered: Verdict::Undetermined,
        payer: Payer::Undetermined,
        ..f
    }
}

/// Whether the entitlement's ground is one an EHIC is copied for, for the document list.
pub(crate) fn card_replaced_by_certificate(c: &InboundCase, ground: Ground) -> bool {
    let d = &c.documents;
    ground.needs_ehic()
        && d.ehic == Some(false)
        && (d.provisional_certificate == Some(true) || d.provisional_certificate_date.is_some())
}
