//! Who is entitled to what, and who pays (IN-01..IN-05, IN-07..IN-13, IN-15): the ground an
//! entitlement rests on, found from residence, membership, entitlement documents and the kind
//! of care. The documents, the EHIC's state (IN-06) and the steps follow from the ground
//! (`documents.rs`, `steps.rs`).

use super::case::{CareKind, InboundCase, Membership, PatientCategory, Subdivision};
use super::decision::{InvoiceCategory, Payer, Scope};
use super::period::{self, Days};
use crate::country::Country;
use crate::date::Date;
use crate::fact::{Fact, Verdict};
use crate::ledger::Ledger;
use crate::params::{ParamId, QuebecScope, UkCover};
use crate::reason::ReasonCode as R;

/// What the entitlement rests on: it decides the documents and the invoice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ground {
    /// Not known yet.
    Unknown,
    /// An EHIC from another EU/EEA state or Switzerland (IN-02); `uk`: from the UK (IN-05).
    Ehic { uk: bool },
    /// A Norwegian pensioner's Norwegian-issued EHIC with the yellow back (IN-11).
    PensionerEhic,
    /// A member resident in another EU/EEA state: the Norwegian-issued EHIC (IN-12).
    MemberEhic,
    /// The same for planned treatment: no card ("ved nødvendig helsehjelp"), NAV's decision
    /// where there is one (IN-12).
    MemberPlanned,
    /// A member outside the EU/EEA (or without EU/EEA citizenship): NAV's decision (IN-12).
    NavDecision,
    /// A member resident in Norway: the health trust pays (IN-12).
    HealthTrust,
    /// S1 or E106 (IN-12, IN-13).
    S1,
    /// S2 or E112 (IN-13).
    S2,
    /// S3 (IN-13).
    S3,
    /// The 1990 protocol with the UK: passport (IN-05, 2021-2023).
    UkProtocol,
    /// Isle of Man or Jersey: passport and proof of residence (IN-05).
    CrownDependency,
    /// Another Nordic country (IN-07).
    Nordic,
    /// Australia (IN-09).
    Australia,
    /// Québec (IN-10).
    Quebec,
    /// No entitlement: travel insurance or pay (IN-08).
    SelfPaying,
}

impl Ground {
    /// Whether the ground is a temporary stay's right (IN-01), rather than membership or an
    /// entitlement document.
    fn needs_temporary_stay(self) -> bool {
        matches!(
            self,
            Ground::Ehic { .. }
                | Ground::PensionerEhic
                | Ground::UkProtocol
                | Ground::CrownDependency
                | Ground::Nordic
                | Ground::Australia
                | Ground::Quebec
        )
    }

    /// Whether the ground needs an EHIC (or a provisional certificate in its place, IN-06).
    pub(crate) fn needs_ehic(self) -> bool {
        matches!(
            self,
            Ground::Ehic { .. } | Ground::PensionerEhic | Ground::MemberEhic
        )
    }

    /// Whether a provisional certificate comes from Helfo: for a Norwegian-issued card, the
    /// member's (IN-12, "Be eventuelt om hasteblankett fra Helfo") and the Norwegian
    /// pensioner's (IN-06, IN-11); everyone else asks the patient or next of kin.
    pub(crate) fn certificate_from_helfo(self) -> bool {
        matches!(self, Ground::MemberEhic | Ground::PensionerEhic)
    }

    /// The rule the patient's own invoice rests on when the care is not covered.
    pub(crate) fn self_paying_rule(self) -> &'static str {
        match self {
            Ground::S1 | Ground::S2 | Ground::S3 => "IN-13",
            Ground::Australia => "IN-09",
            Ground::Quebec => "IN-10",
            Ground::UkProtocol | Ground::CrownDependency => "IN-05",
            Ground::Nordic => "IN-07",
            Ground::SelfPaying | Ground::Unknown => "IN-08",
            _ => "IN-02",
        }
    }

    /// A ground outside the EU/EEA conventions: a patient who pays gets the rest of the
    /// world's itemised receipt (IN-08).
    pub(crate) fn outside_eea(self) -> bool {
        matches!(
            self,
            Ground::SelfPaying | Ground::Australia | Ground::Quebec | Ground::UkProtocol
        )
    }
}

/// The entitlement found: scope, whether this care is covered, payer, invoice category and
/// ground.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) scope: Scope,
    pub(crate) covered: Verdict,
    pub(crate) payer: Payer,
    pub(crate) category: Option<InvoiceCategory>,
    pub(crate) ground: Ground,
    /// The first and last day the document covers, when it covers only part of the stay.
    pub(crate) days: Option<(crate::date::Date, crate::date::Date)>,
}

impl Found {
    /// Nothing settled yet: the ledger names what is missing.
    const OPEN: Found = Found {
        scope: Scope::Undetermined,
        covered: Verdict::Undetermined,
        payer: Payer::Undetermined,
        category: None,
        ground: Ground::Unknown,
        days: None,
    };

    fn new(
        scope: Scope,
        covered: Verdict,
        payer: Payer,
        category: InvoiceCategory,
        ground: Ground,
    ) -> Found {
        Found {
            scope,
            covered,
            payer,
            category: Some(category),
            ground,
            days: None,
        }
    }

    /// No entitlement: the patient pays (IN-08).
    fn self_paying(l: &mut Ledger<'_, '_>) -> Found {
        l.reason(R::InRestOfWorld);
        Found::new(
            Scope::None,
            Verdict::NotEligible,
            Payer::Patient,
            InvoiceCategory::SelfPaying,
            Ground::SelfPaying,
        )
    }
}

/// The entitlement, most decisive fact first: residence, membership, then the ground's own
/// facts, then the temporary stay (IN-01).
pub(crate) fn entitlement(c: &InboundCase, l: &mut Ledger<'_, '_>) -> Found {
    let Some(res) = c.patient.residence_country else {
        l.lacks(Fact::StayResidenceCountry);
        return Found::OPEN;
    };
    let Some(membership) = membership(c, l, res) else {
        return Found::OPEN;
    };
    let found = match membership {
        Membership::Voluntary => member(c, l, res, false),
        Membership::Compulsory => member(c, l, res, true),
        Membership::None if res.is_norway() => resident_in_norway(c, l),
        Membership::None => match document_ground(c, l, res) {
            Some(f) => f,
            None => residence_ground(c, l, res),
        },
    };
    temporary_stay(c, l, found)
}

/// IN-15: membership as NAV decided it, when the caller states it. When it is unknown it is
/// asked where seed 002's lists turn on it: a patient living in Norway, a Norwegian citizen
/// (voluntary members abroad), and the categories its member lists name (posted Norwegian
/// workers, workers in Norway living abroad, Norwegian pensioners abroad, others such as
/// seafarers). For a tourist, student, diplomat, worker for a foreign employer or retired
/// frontier worker who is not Norwegian, the seed's entitlement for the category decides
/// without it: nothing is inferred, the member rules are simply not the ones that apply.
/// `None`: the category (or the membership) is still to be asked.
fn membership(c: &InboundCase, l: &mut Ledger<'_, '_>, res: Country) -> Option<Membership> {
    if let Some(m) = c.patient.membership {
        l.reason(R::InNavDecidesMembership);
        return Some(m);
    }
    let norwegian = |x: Country| x == Country::NO;
    // An S1 says the patient is insured in another state, and the foreign employer's worker's
    // right rests on one (IN-12, IN-13): the S1, not membership, is what to ask them.
    let s1_ground = c.documents.s1 == Some(true)
        || c.patient.category == Some(PatientCategory::WorkerForForeignEmployer);
    let relevant = (res.is_norway() && !s1_ground)
        || c.patient.citizenship.is_some_and(norwegian)
        || c.patient.second_citizenship.is_some_and(norwegian)
        || match c.patient.category {
            None => {
                l.lacks(Fact::PatientCategory);
                return None;
            }
            Some(cat) => matches!(
                cat,
                PatientCategory::PostedNorwegianWorker
                    | PatientCategory::WorkerInNorwayLivingAbroad
                    | PatientCategory::NorwegianPensionerAbroad
                    | PatientCategory::Other
            ),
        };
    if relevant {
        l.lacks(Fact::Membership);
        return None;
    }
    Some(Membership::None)
}

/// IN-01: a temporary stay lasts at most P-IN-TEMPORARY-MONTHS, judged from how long the
/// patient intends to stay. Asked only where it can change the answer.
fn temporary_stay(c: &InboundCase, l: &mut Ledger<'_, '_>, f: Found) -> Found {
    if !f.ground.needs_temporary_stay() || f.covered == Verdict::NotEligible {
        return f;
    }
    let on = c.stay.admission_date.unwrap_or(c.evaluation_date);
    let Some(limit) = l.param(ParamId::InTemporaryMonths, on, "IN-01") else {
        return Found {
            covered: Verdict::Undetermined,
            ..f
        };
    };
    match c.stay.intended_stay_months {
        None => {
            l.lacks(Fact::IntendedStayMonths);
            Found {
                covered: Verdict::Undetermined,
                ..f
            }
        }
        Some(m) if i64::from(m) > limit => {
            l.reason(R::InStayNotTemporary);
            // A longer stay may make the patient a member: NAV decides (IN-15).
            if c.patient.membership.is_none() {
                l.lacks(Fact::Membership);
                return Found::OPEN;
            }
            // NAV said "not a member": the seed gives no rule for a longer stay.
            Found::OPEN
        }
        Some(_) => {
            l.reason(R::InTemporaryStay);
            f
        }
    }
}

/// G-01 plus Switzerland, outside Norway: "another EU/EEA state or Switzerland". The UK counts
/// while P-UK-TEMP-STAY-COVER says it is covered as an EEA state; `None` when that depends on
/// an unknown date or a parameter gap.
fn in_eea_or_switzerland(c: &InboundCase, l: &mut Ledger<'_, '_>, res: Country) -> Option<bool> {
    if res.is_former_eu_uk() {
        return Some(uk_cover(c, l)? == UkCover::AsEea);
    }
    Some((res.is_eu_eea() && !res.is_norway()) || res == Country::CH)
}

/// The UK regime in force on the admission date (IN-05).
fn uk_cover(c: &InboundCase, l: &mut Ledger<'_, '_>) -> Option<UkCover> {
    let Some(on) = c.stay.admission_date else {
        l.lacks(Fact::AdmissionDate);
        return None;
    };
    UkCover::from_value(l.param(ParamId::UkTempStayCover, on, "IN-05")?)
}

/// Whether the patient is a citizen of an EU/EEA state or Switzerland (IN-04). A second
/// citizenship counts when stated; an absent one is taken as none (most patients have one).
/// `None`: the citizenship is unknown.
fn eea_citizen(c: &InboundCase, uk_as_eea: bool) -> Option<bool> {
    let is = |x: Country| x.is_eu_eea() || x == Country::CH || (uk_as_eea && x.is_former_eu_uk());
    let first = c.patient.citizenship?;
    Some(is(first) || c.patient.second_citizenship.is_some_and(is))
}

/// IN-12: voluntary and compulsory members get necessary care and planned treatment; the
/// payer and the document depend on residence (and, for a compulsory member in another EU/EEA
/// state, on EU/EEA citizenship).
fn member(c: &InboundCase, l: &mut Ledger<'_, '_>, res: Country, compulsory: bool) -> Found {
    let (reason, category) = if compulsory {
        (R::InCompulsoryMember, InvoiceCategory::CompulsoryMember)
    } else {
        (R::InVoluntaryMember, InvoiceCategory::VoluntaryMember)
    };
    l.reason(reason);
    let f = |payer, ground| {
        Found::new(
            Scope::NecessaryAndPlanned,
            Verdict::Eligible,
            payer,
            category,
            ground,
        )
    };
    if res.is_norway() {
        l.reason(R::InMemberResidentInNorway);
        let posted = c.patient.category == Some(PatientCategory::PostedNorwegianWorker);
        if !(compulsory && posted) {
            l.reason(R::AssumptionMemberInNorway);
        }
        return f(Payer::HealthTrust, Ground::HealthTrust);
    }
    let Some(in_eea) = in_eea_or_switzerland(c, l, res) else {
        return Found {
            payer: Payer::Undetermined,
            ground: Ground::Unknown,
            ..f(Payer::Undetermined, Ground::Unknown)
        };
    };
    if !in_eea {
        l.reason(R::InMemberOutsideEea);
        return f(Payer::HelfoUtland, Ground::NavDecision);
    }
    // A Norwegian posted worker is a Norwegian citizen; any other compulsory member in another
    // EU/EEA state is paid for by Helfo only with EU/EEA citizenship.
    let posted = c.patient.category == Some(PatientCategory::PostedNorwegianWorker);
    let citizen = if !compulsory || posted {
        Some(true)
    } else {
        eea_citizen(c, false)
    };
    match citizen {
        Some(true) => {
            l.reason(R::InMemberInEea);
            // The card is copied "ved nødvendig helsehjelp": planned treatment needs none.
            match c.care.kind {
                Some(CareKind::Planned) => f(Payer::Helfo, Ground::MemberPlanned),
                Some(_) => f(Payer::Helfo, Ground::MemberEhic),
                None => {
                    l.lacks(Fact::CareKind);
                    f(Payer::Helfo, Ground::MemberEhic)
                }
            }
        }
        Some(false) => {
            l.reason(R::InMemberOutsideEea);
            f(Payer::HelfoUtland, Ground::NavDecision)
        }
        None => {
            l.lacks(Fact::Citizenship);
            f(Payer::Undetermined, Ground::Unknown)
        }
    }
}

/// Not a member and resident in Norway: only an S1 (E106) gives a right (IN-12's embassy
/// staff, IN-13's EEA citizens resident here).
fn resident_in_norway(c: &InboundCase, l: &mut Ledger<'_, '_>) -> Found {
    let employer = c.patient.category == Some(PatientCategory::WorkerForForeignEmployer);
    match c.documents.s1 {
        None => {
            l.lacks(Fact::HoldsS1E106);
            Found::OPEN
        }
        Some(true) => {
            let category = if employer {
                l.reason(R::InForeignEmployerS1);
                InvoiceCategory::ForeignEmployerS1
            } else {
                // The S1 «gjelder for EØS-borgere som er bosatt i Norge» (seed 002): a holder
                // without EU/EEA (or Swiss) citizenship is not covered by it (revision 3).
                match eea_citizen(c, false) {
                    None => {
                        l.lacks(Fact::Citizenship);
                        return Found::OPEN;
                    }
                    Some(false) => {
                        l.reason(R::InS1NotEeaCitizen);
                        return Found::new(
                            Scope::None,
                            Verdict::NotEligible,
                            Payer::Patient,
                            InvoiceCategory::SelfPaying,
                            Ground::SelfPaying,
                        );
                    }
                    Some(true) => {}
                }
                l.reason(R::InS1);
                InvoiceCategory::S1Holder
            };
            l.reason(R::AssumptionDocumentTerms);
            Found::new(
                Scope::NecessaryAndPlanned,
                Verdict::Eligible,
                Payer::Helfo,
                category,
                Ground::S1,
            )
        }
        Some(false) => {
            l.reason(if employer {
                R::InForeignEmployerNoS1
            } else {
                R::InResidentNotMember
            });
            Found::new(
                Scope::None,
                Verdict::NotEligible,
                Payer::Patient,
                InvoiceCategory::SelfPaying,
                Ground::SelfPaying,
            )
        }
    }
}

/// IN-13: an S3 for continued treatment, an S2 for planned treatment: the document decides,
/// for exactly what it covers. `None`: no document ground; the residence decides.
fn document_ground(c: &InboundCase, l: &mut Ledger<'_, '_>, res: Country) -> Option<Found> {
    let doc = |covered| {
        Found::new(
            Scope::DocumentScope,
            covered,
            Payer::Helfo,
            InvoiceCategory::S2Holder,
            Ground::S2,
        )
    };
    match c.care.kind? {
        CareKind::S3Continuation => match c.documents.s3 {
            None => {
                l.lacks(Fact::HoldsS3);
                Some(Found::OPEN)
            }
            Some(true) => {
                l.reason(R::InS3);
                l.reason(R::AssumptionDocumentTerms);
                Some(Found {
                    category: Some(InvoiceCategory::S3Holder),
                    ground: Ground::S3,
                    ..doc(Verdict::Eligible)
                })
            }
            Some(false) => None,
        },
        CareKind::Planned => {
            if !in_eea_or_switzerland(c, l, res)? {
                return None;
            }
            match c.documents.s2 {
                None => {
                    l.lacks(Fact::HoldsS2);
                    Some(Found::OPEN)
                }
                Some(false) => None,
                Some(true) => {
                    let (covered, days) = s2_covers(c, l);
                    Some(Found {
                        days,
                        ..doc(covered)
                    })
                }
            }
        }
        _ => None,
    }
}

/// IN-13: an S2 covers the treatment it describes, within its period: every day of the stay
/// is checked, not only the admission day (revision 3); the days it covers, when only some.
fn s2_covers(c: &InboundCase, l: &mut Ledger<'_, '_>) -> (Verdict, Option<(Date, Date)>) {
    let d = &c.documents;
    let Some(this_care) = d.s2_covers_this_care else {
        return (l.lacks(Fact::S2CoversThisCare), None);
    };
    if !this_care {
        l.reason(R::InS2NotThisCare);
        return (Verdict::NotEligible, None);
    }
    let (Some(on), Some(from), Some(until)) =
        (c.stay.admission_date, d.s2_valid_from, d.s2_valid_until)
    else {
        if c.stay.admission_date.is_none() {
            l.lacks(Fact::AdmissionDate);
        }
        if d.s2_valid_from.is_none() {
            l.lacks(Fact::S2ValidFrom);
        }
        if d.s2_valid_until.is_none() {
            l.lacks(Fact::S2ValidUntil);
        }
        return (Verdict::Undetermined, None);
    };
    let last = period::last_day(on, c.stay.discharge_date, c.evaluation_date);
    match period::covered(on, last, Some(from), Some(until)) {
        Days::None => {
            l.reason(R::InS2NotThisCare);
            (Verdict::NotEligible, None)
        }
        days => {
            l.reason(R::InS2Covers);
            l.reason(R::AssumptionDocumentTerms);
            (Verdict::Eligible, part_of_stay(l, days))
        }
    }
}

/// The days a document covers when they are only part of the stay, said in a reason.
pub(crate) fn part_of_stay(l: &mut Ledger<'_, '_>, days: Days) -> Option<(Date, Date)> {
    match days {
        Days::Part { first, last } => {
            l.reason(R::InDocumentCoversPartOfStay);
            Some((first, last))
        }
        Days::Whole | Days::None => None,
    }
}

/// Not a member, living abroad, no entitlement document: the country of residence decides.
fn residence_ground(c: &InboundCase, l: &mut Ledger<'_, '_>, res: Country) -> Found {
    if res.is_nordic() {
        if let Some(f) = nordic(c, l) {
            return f;
        }
    }
    if res == Country::IM || res == Country::JE {
        return crown_dependency(c, l);
    }
    if res.is_other_british_territory() {
        l.reason(R::InOtherBritishTerritory);
        return Found::self_paying(l);
    }
    if res.is_former_eu_uk() {
        return uk(c, l);
    }
    if (res.is_eu_eea() && !res.is_norway()) || res == Country::CH {
        return ehic(c, l, true, InvoiceCategory::EeaConventionPatient);
    }
    // The right rests on the card: one issued by another EU/EEA state or Switzerland counts
    // wherever its holder lives (IN-02).
    // Only where the card can carry the right (an EU/EEA citizen, or a Dutch card): otherwise
    // the country of residence's own rules decide.
    let card = c.documents.ehic_issuer;
    let carries = eea_citizen(c, false) == Some(true) || card == Some(Country::NL);
    let eea_card = card.is_some_and(|i| i.issues_ehic() && !i.is_norway());
    if c.documents.ehic == Some(true) && eea_card && carries {
        return ehic(c, l, true, InvoiceCategory::EeaConventionPatient);
    }
    if res == Country::AU {
        return australia(c, l);
    }
    if res == Country::CA {
        return quebec(c, l);
    }
    Found::self_paying(l)
}

/// IN-05: the Isle of Man and Jersey get no EHIC: passport and proof of residence stand in for
/// it. The seed names no payer for them; Helfo, as for the UK's convention patients, is a
/// named assumption.
fn crown_dependency(c: &InboundCase, l: &mut Ledger<'_, '_>) -> Found {
    l.reason(R::InCrownDependency);
    l.reason(R::AssumptionCrownDependencyPayer);
    let f = necessary(
        c,
        l,
        Payer::Helfo,
        InvoiceCategory::CrownDependencyPatient,
        Ground::CrownDependency,
    );
    if f.covered == Verdict::NotEligible {
        return f;
    }
    match c.documents.proof_of_residence {
        Some(true) => f,
        // Without the proof that stands in for the card, who pays waits for it.
        Some(false) => {
            l.reason(R::InProofOfResidenceMissing);
            Found {
                covered: Verdict::Undetermined,
                payer: Payer::Undetermined,
                ..f
            }
        }
        None => {
            l.lacks(Fact::ProofOfResidence);
            Found {
                covered: Verdict::Undetermined,
                payer: Payer::Undetermined,
                ..f
            }
        }
    }
}

/// IN-02, IN-03: care that becomes necessary is covered; a chronic or known condition needs a
/// prior agreement in principle (the hospital decides without one: C-07); planned treatment is
/// not covered.
fn necessary_care(c: &InboundCase, l: &mut Ledger<'_, '_>) -> Verdict {
    match c.care.kind {
        None => l.lacks(Fact::CareKind),
        Some(CareKind::Acute) => {
            l.reason(R::InNecessityConcrete);
            Verdict::Eligible
        }
        // Continuing treatment of a known illness without an S3 is care for a known condition.
        Some(CareKind::Chronic | CareKind::OxygenOrDialysis | CareKind::S3Continuation) => {
            match c.care.prior_agreement {
                None => l.lacks(Fact::PriorAgreement),
                Some(true) => {
                    l.reason(R::InPriorAgreement);
                    Verdict::Eligible
                }
                Some(false) => {
                    l.reason(R::InPriorAgreementHospitalDecides);
                    Verdict::Discretion
                }
            }
        }
        Some(CareKind::Planned) => {
            l.reason(R::InPlannedNotCovered);
            Verdict::NotEligible
        }
    }
}

/// Necessary care on a ground, paid by `payer`.
fn necessary(
    c: &InboundCase,
    l: &mut Ledger<'_, '_>,
    payer: Payer,
    category: InvoiceCategory,
    ground: Ground,
) -> Found {
    let covered = necessary_care(c, l);
    Found::new(Scope::NecessaryCare, covered, payer, category, ground)
}

/// IN-02, IN-04, IN-11: an EHIC from another EU/EEA state or Switzerland. Third-country
/// nationals are not covered, except with a Dutch EHIC; a Norwegian-issued card is the
/// Norwegian pensioner's (IN-11).
fn ehic(
    c: &InboundCase,
    l: &mut Ledger<'_, '_>,
    citizenship_required: bool,
    category: InvoiceCategory,
) -> Found {
    let uk = category == InvoiceCategory::UkConventionPatient;
    let issuer = c.documents.ehic_issuer;
    let pensioner = c.patient.category == Some(PatientCategory::NorwegianPensionerAbroad)
        && c.patient.membership != Some(Membership::Voluntary)
        && c.patient.membership != Some(Membership::Compulsory);
    if issuer == Some(Country::NO) || pensioner {
        l.reason(R::InNorwegianPensionerAbroad);
        return necessary(
            c,
            l,
            Payer::Helfo,
            InvoiceCategory::NorwegianPensionerAbroad,
            Ground::PensionerEhic,
        );
    }
    if citizenship_required {
        match eea_citizen(c, uk) {
            Some(true) => l.reason(R::InEeaCitizen),
            _ if issuer == Some(Country::NL) => l.reason(R::InDutchEhic),
            Some(false) if issuer.is_some() || no_card_at_all(c) => {
                l.reason(R::InThirdCountryNational);
                return Found::self_paying(l);
            }
            Some(false) => {
                l.lacks(Fact::EhicIssuer);
                return Found::OPEN;
            }
            None => {
                l.lacks(Fact::Citizenship);
                return Found::OPEN;
            }
        }
    }
    l.reason(R::InEhicNecessaryCare);
    necessary(c, l, Payer::Helfo, category, Ground::Ehic { uk })
}

/// Neither a card nor a provisional certificate, now or to come: the issuer cannot matter.
fn no_card_at_all(c: &InboundCase) -> bool {
    c.documents.ehic == Some(false) && c.documents.provisional_certificate == Some(false)
}

/// IN-05: residents of the United Kingdom (Gibraltar, Orkney and Shetland included), on the
/// terms in force on the admission date (P-UK-TEMP-STAY-COVER).
fn uk(c: &InboundCase, l: &mut Ledger<'_, '_>) -> Found {
    let Some(cover) = uk_cover(c, l) else {
        return Found::OPEN;
    };
    match cover {
        UkCover::AsEea => {
            l.reason(R::InUkAsEea);
            ehic(c, l, true, InvoiceCategory::UkConventionPatient)
        }
        UkCover::Convention2023 => {
            l.reason(R::InUkConvention2023);
            ehic(c, l, false, InvoiceCategory::UkConventionPatient)
        }
        UkCover::BilateralProtocol => {
            l.reason(R::InUkProtocol);
            let national = |x: Country| x == Country::GB || x == Country::NO;
            let Some(first) = c.patient.citizenship else {
                l.lacks(Fact::Citizenship);
                return Found::OPEN;
            };
            if !(national(first) || c.patient.second_citizenship.is_some_and(national)) {
                l.reason(R::InUkProtocolNotNational);
                return Found::self_paying(l);
            }
            let covered = immediately_necessary(c, l, false);
            Found::new(
                Scope::NecessaryCare,
                covered,
                Payer::Helfo,
                InvoiceCategory::UkConventionPatient,
                Ground::UkProtocol,
            )
        }
    }
}

/// IN-09 (and the UK protocol's "without delay"): immediately necessary treatment; a chronic
/// condition only when it needs prompt attention (the clinician judges: C-07); oxygen or
/// dialysis under the Australian agreement; never planned treatment.
fn immediately_necessary(c: &InboundCase, l: &mut Ledger<'_, '_>, australia: bool) -> Verdict {
    match c.care.kind {
        None => l.lacks(Fact::CareKind),
        Some(CareKind::Acute) => Verdict::Eligible,
        Some(CareKind::OxygenOrDialysis) if australia => {
            l.reason(R::InAustraliaOxygenDialysis);
            Verdict::Eligible
        }
        Some(CareKind::Chronic | CareKind::OxygenOrDialysis | CareKind::S3Continuation) => {
            l.reason(R::InImmediateNeedClinicianJudges);
            Verdict::Discretion
        }
        Some(CareKind::Planned) => {
            l.reason(R::InPlannedNotCovered);
            Verdict::NotEligible
        }
    }
}

/// IN-07: residents of another Nordic country get necessary care without an EHIC; no
/// citizenship requirement when covered by a Nordic country's legislation. `None`: not covered
/// by one, so the EHIC rules decide.
fn nordic(c: &InboundCase, l: &mut Ledger<'_, '_>) -> Option<Found> {
    let covered_by = c.patient.covered_by_nordic_legislation;
    let citizen = eea_citizen(c, false) == Some(true);
    match covered_by {
        Some(false) => {
            l.reason(R::InNordicNotCovered);
            return None;
        }
        None if !citizen => {
            l.lacks(Fact::CoveredByNordicLegislation);
            return Some(Found::OPEN);
        }
        _ => {}
    }
    l.reason(R::InNordicResident);
    Some(necessary(
        c,
        l,
        Payer::Helfo,
        InvoiceCategory::NordicConventionPatient,
        Ground::Nordic,
    ))
}

/// IN-09: residents of Australia, except students and diplomats.
fn australia(c: &InboundCase, l: &mut Ledger<'_, '_>) -> Found {
    match c.patient.category {
        None => {
            l.lacks(Fact::PatientCategory);
            Found::OPEN
        }
        Some(PatientCategory::Student | PatientCategory::Diplomat) => {
            l.reason(R::InAustraliaStudentOrDiplomat);
            Found::self_paying(l)
        }
        Some(_) => {
            l.reason(R::InAustraliaImmediate);
            let covered = immediately_necessary(c, l, true);
            Found::new(
                Scope::NecessaryCare,
                covered,
                Payer::HelfoUtland,
                InvoiceCategory::AustraliaConventionPatient,
                Ground::Australia,
            )
        }
    }
}

/// IN-10: residents of Québec who are students or posted workers (with their dependants); the
/// scope of care is the parameter P-IN-QUEBEC-SCOPE, which the seed does not give.
fn quebec(c: &InboundCase, l: &mut Ledger<'_, '_>) -> Found {
    match c.patient.residence_subdivision {
        None => {
            l.lacks(Fact::ResidenceSubdivision);
            return Found::OPEN;
        }
        Some(Subdivision::Other) => return Found::self_paying(l),
        Some(Subdivision::Quebec) => {}
    }
    match c.patient.category {
        None => {
            l.lacks(Fact::PatientCategory);
            return Found::OPEN;
        }
        Some(PatientCategory::Student | PatientCategory::WorkerForForeignEmployer) => {}
        Some(PatientCategory::Tourist) => {
            l.reason(R::InQuebecNotTourists);
            return Found::self_paying(l);
        }
        Some(_) => return Found::self_paying(l),
    }
    l.reason(R::InQuebecStudentOrPosted);
    l.reason(R::AssumptionQuebecHelfoUtland);
    let open = Found::new(
        Scope::Undetermined,
        Verdict::Undetermined,
        Payer::HelfoUtland,
        InvoiceCategory::QuebecConventionPatient,
        Ground::Quebec,
    );
    let Some(on) = c.stay.admission_date else {
        l.lacks(Fact::AdmissionDate);
        return open;
    };
    if l.peek(ParamId::InQuebecScope, on).is_none() {
        // What every value of the parameter agrees on is decided without it (revision 3):
        // acute care, and a known condition agreed in advance, are covered under both; only
        // where the values differ (planned care, a known condition without agreement) is the
        // parameter asked for.
        let every_value_covers = match c.care.kind {
            None => {
                l.lacks(Fact::CareKind);
                return open;
            }
            Some(CareKind::Acute) => true,
            Some(CareKind::Chronic | CareKind::OxygenOrDialysis | CareKind::S3Continuation) => {
                c.care.prior_agreement == Some(true)
            }
            Some(CareKind::Planned) => false,
        };
        if every_value_covers {
            l.reason(R::InQuebecEveryValueCovers);
            return Found {
                scope: Scope::NecessaryCare,
                covered: necessary_care(c, l),
                ..open
            };
        }
    }
    let Some(value) = l.param(ParamId::InQuebecScope, on, "IN-10") else {
        l.reason(R::InQuebecScopeNotStated);
        return open;
    };
    match QuebecScope::from_value(value) {
        Some(QuebecScope::NecessaryCare) => Found {
            scope: Scope::NecessaryCare,
            covered: necessary_care(c, l),
            ..open
        },
        Some(QuebecScope::NecessaryAndPlanned) => Found {
            scope: Scope::NecessaryAndPlanned,
            covered: Verdict::Eligible,
            ..open
        },
        None => open,
    }
}
