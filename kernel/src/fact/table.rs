//! The fact table: every field of a case, declared once.
//!
//! Each line: the fact, its stable C number (never reused), whether it is a field of the case
//! or of one treatment date, its JSON group and name, the Rust field it lives in, its kind
//! (with range, capacity or options), the rule it settles, and its question in bokmål and
//! English. The JSON reader, `Case::get`/`set`, the kiosk's answers, the C struct and its
//! `helserett_fact` enum, the Python columns and the schemas' enum lists are all derived from
//! it (by the macro in `macros.rs`, or by generators whose output is checked in and guarded by
//! freshness tests). Table order is the order of the case schema and of the C struct.
//!
//! Kinds: `bool`, `country`, `date`, `dates`, `amount` (øre), `int(range)`, `text(capacity)`,
//! `stages`, `choice(Enum, "c_name")`.

use crate::case::range;
use crate::case::MAX_PLACE_NAME;

facts! {
    MemberOfFolketrygden = 2, case "patient"."member_of_folketrygden"
        => patient.member_of_folketrygden: bool, "EEA-01",
        nb: "Er du medlem av folketrygden (eller dekket som familiemedlem)?",
        en: "Are you a member of the National Insurance Scheme (or covered as a family member)?";
    ResidenceCountry = 3, case "patient"."residence_country"
        => patient.residence_country: country, "EEA-03",
        nb: "I hvilket land bor du fast?",
        en: "In which country do you ordinarily live?";
    HoldsS1 = 4, case "patient"."holds_s1_for_treatment_country"
        => patient.holds_s1_for_treatment_country: bool, "EEA-04",
        nb: "Har du blankett S1 for behandlingslandet?",
        en: "Do you hold an S1 form for the treatment country?";
    PriorityPatient = 16, case "patient"."priority_patient"
        => patient.priority_patient: bool, "EEA-10",
        nb: "Har spesialisthelsetjenesten vurdert at du har rett til nødvendig helsehjelp (rettighetspasient)?",
        en: "Has the specialist service assessed you as entitled to necessary care (priority patient)?";
    HoldsExemptionCard = 20, case "patient"."holds_exemption_card"
        => patient.holds_exemption_card: bool, "EEA-19",
        nb: "Har du frikort for helsetjenester?",
        en: "Do you hold an exemption card (frikort)?";
    AssessedByNorwegianSpecialist = 40, case "patient"."assessed_by_norwegian_specialist"
        => patient.assessed_by_norwegian_specialist: bool, "EEA-16",
        nb: "Har spesialisthelsetjenesten i Norge undersøkt eller behandlet deg for tilstanden?",
        en: "Has the Norwegian specialist service examined or treated you for the condition?";
    HomeRegion = 33, case "patient"."home_region"
        => patient.home_region: choice(Region, "region"), "ABR-03",
        nb: "Hvilken helseregion bor du i?",
        en: "Which health region do you live in?";
    CountyNumber = 41, case "patient"."county_number"
        => patient.county_number: int(range::COUNTY_NUMBER), "ABR-03",
        nb: "Hvilket fylkesnummer har fylket du bor i?",
        en: "What is the number of the county you live in?";
    ChronicDiseaseTrip = 38, case "patient"."chronic_disease_for_treatment_trip"
        => patient.chronic_disease_for_treatment_trip: bool, "OTHER-02",
        nb: "Har du en av de kroniske sykdommene som gir rett til behandlingsreise?",
        en: "Do you have one of the chronic diseases defined for treatment trips?";
    MemberStayingAbroad = 39, case "patient"."member_staying_abroad"
        => patient.member_staying_abroad: bool, "OTHER-03",
        nb: "Oppholder du deg i utlandet som medlem av folketrygden?",
        en: "Are you staying abroad as a member of the National Insurance Scheme?";

    TreatmentCountry = 1, case "treatment"."country"
        => treatment.country: country, "EEA-02",
        nb: "I hvilket land får eller fikk du behandlingen?",
        en: "In which country do or did you get the treatment?";
    Need = 5, case "treatment"."need"
        => treatment.need: choice(Need, "need"), "EEA-06",
        nb: "Er behandlingen planlagt, oppstod behovet under opphold i landet, eller var det øyeblikkelig hjelp?",
        en: "Is the treatment planned, did the need arise during a stay, or was it urgent care?";
    CareGiven = 51, case "treatment"."care_given"
        => treatment.care_given: bool, "C-08",
        nb: "Har du allerede fått behandlingen (søker du refusjon for behandling du har fått)?",
        en: "Have you already had the treatment (are you claiming for care already received)?";
    Setting = 18, case "treatment"."setting"
        => treatment.setting: choice(Setting, "setting"), "EEA-19",
        nb: "Var du innlagt, eller fikk du poliklinisk behandling?",
        en: "Were you admitted, or treated as an outpatient?";
    OutsideHospital = 42, case "treatment"."outside_hospital"
        => treatment.outside_hospital: bool, "EEA-16",
        nb: "Blir eller ble behandlingen gitt utenfor sykehus?",
        en: "Is or was the treatment given outside a hospital?";
    ComparableCare = 7, case "treatment"."comparable_to_norwegian_care"
        => treatment.comparable_to_norwegian_care: bool, "EEA-07",
        nb: "Tilsvarer behandlingen det det offentlige i Norge ville gitt?",
        en: "Is the treatment equal or comparable to what the Norwegian public service would give?";
    Referral = 6, case "treatment"."referral"
        => treatment.referral: choice(Referral, "referral"), "EEA-06",
        nb: "Hvilken henvisning har du?",
        en: "What referral do you have?";
    OccupationalInjury = 43, case "treatment"."occupational_injury"
        => treatment.occupational_injury: bool, "EEA-17",
        nb: "Gjelder behandlingen en yrkesskade?",
        en: "Does the treatment concern an occupational injury?";
    DocumentsInAcceptedLanguage = 44, case "treatment"."documents_in_accepted_language"
        => treatment.documents_in_accepted_language: bool, "EEA-18",
        nb: "Er alle dokumentene på norsk, dansk, svensk eller engelsk?",
        en: "Are all the documents in Norwegian, Danish, Swedish or English?";
    TreatmentDates = 8, case "treatment"."dates"
        => treatment.dates: dates, "EEA-14",
        nb: "Hvilke datoer fikk du behandling?",
        en: "On which dates were you treated?";
    SettledOnTheSpot = 26, date "treatment.dates"."settled_on_the_spot"
        => settled_on_the_spot: bool, "EEA-14",
        nb: "Betalte du på stedet denne datoen?",
        en: "Did you pay on the spot on this date?";
    InvoiceDate = 27, date "treatment.dates"."invoice_date"
        => invoice_date: date, "EEA-14",
        nb: "Når fikk du første betalingskrav (regning) for denne behandlingen? Betalte du på stedet, svar «på stedet».",
        en: "When did you get the first request for payment (invoice) for this treatment? If you paid on the spot, answer \"on the spot\".";
    OutpatientConsultations = 19, date "treatment.dates"."outpatient_consultations"
        => outpatient_consultations: int(range::OUTPATIENT_CONSULTATIONS), "EEA-19",
        nb: "Hvor mange polikliniske konsultasjoner hadde du denne datoen?",
        en: "How many outpatient consultations did you have on this date?";

    Expenses = 9, case "costs"."expenses_ore"
        => costs.expenses: amount, "EEA-08",
        nb: "Hvor mye betalte du i alt for behandlingen?",
        en: "How much did you pay for the treatment in all?";
    PrivateSurcharges = 10, case "costs"."private_surcharges_ore"
        => costs.private_surcharges: amount, "EEA-09",
        nb: "Hvor mye av dette var tillegg som privatpasient (ekstra legehonorar, bedre rom o.l.)?",
        en: "How much of it were private-patient surcharges (extra doctors' fees, room upgrades)?";
    EstimatedNorwegianCost = 11, case "costs"."estimated_norwegian_cost_ore"
        => costs.estimated_norwegian_cost: amount, "EEA-08",
        nb: "Hva er antatt kostnad for samme behandling i Norge (DRG-beløp)?",
        en: "What is the estimated cost of the same care in Norway (DRG amount)?";
    DrgPoints = 45, case "costs"."drg_points_milli"
        => costs.drg_points_milli: int(range::DRG_POINTS_MILLI), "EEA-08",
        nb: "Hvor mange DRG-poeng (i tusendeler) gjelder behandlingen?",
        en: "How many DRG points (in thousandths) does the treatment count?";

    PriorNotificationStatus = 12, case "prior_notification"."status"
        => prior_notification.status: choice(PriorNotificationStatus, "pn_status"), "EEA-10",
        nb: "Har du søkt Helfo om forhåndstilsagn?",
        en: "Have you applied to Helfo for prior notification?";
    FormalOffer = 17, case "prior_notification"."formal_offer"
        => prior_notification.formal_offer: bool, "EEA-10",
        nb: "Har du et skriftlig behandlingstilbud med behandling og antatt kostnad?",
        en: "Do you have a written offer of treatment with its anticipated cost?";
    ApplicationReceived = 46, case "prior_notification"."application_received"
        => prior_notification.application_received: date, "EEA-15",
        nb: "Hvilken dato mottok Helfo den komplette søknaden om forhåndstilsagn?",
        en: "On what date did Helfo receive the complete application for prior notification?";
    PriorNotificationMax = 13, case "prior_notification"."max_refund_ore"
        => prior_notification.max_refund: amount, "EEA-10",
        nb: "Hva er høyeste refusjonsbeløp i forhåndstilsagnet?",
        en: "What is the maximum refund in the prior notification?";
    StagesGranted = 14, case "prior_notification"."stages_granted"
        => prior_notification.stages_granted: stages, "EEA-11",
        nb: "Hvilke stadier gjelder forhåndstilsagnet?",
        en: "Which stages does the prior notification cover?";
    CareBeyondGranted = 15, case "prior_notification"."care_beyond_granted"
        => prior_notification.care_beyond_granted: bool, "EEA-11",
        nb: "Fikk du helsehjelp utover det forhåndstilsagnet nevner?",
        en: "Did you get care beyond what the prior notification names?";

    ClaimReceived = 47, case "claim"."received"
        => claim.received: date, "EEA-14",
        nb: "Hvilken dato mottok Helfo kravet med dokumentasjon?",
        en: "On what date did Helfo receive the claim with its documentation?";

    TravelClaimed = 21, case "travel"."claimed"
        => travel.claimed: bool, "EEA-13",
        nb: "Vil du søke om dekning av reiseutgifter?",
        en: "Do you want to claim travel expenses?";
    TravelHome = 48, case "travel"."home"
        => travel.home: text(MAX_PLACE_NAME), "EEA-13",
        nb: "Hvor bor du (sted)?",
        en: "Where do you live (place)?";
    TravelNearestPlace = 49, case "travel"."nearest_place"
        => travel.nearest_place: text(MAX_PLACE_NAME), "EEA-13",
        nb: "Hvilket sted i Norge er nærmeste sted der behandlingen gis?",
        en: "Which place in Norway is the nearest where the treatment is given?";
    TravelOneWayKm = 22, case "travel"."one_way_km"
        => travel.one_way_km: int(range::ONE_WAY_KM), "EEA-13",
        nb: "Hvor mange kilometer er det én vei fra hjemmet til nærmeste behandlingssted i Norge?",
        en: "How many km is it one way from home to the nearest place of treatment in Norway?";
    TravelExceedsMinimumFare = 23, case "travel"."exceeds_local_minimum_fare"
        => travel.exceeds_local_minimum_fare: bool, "EEA-13",
        nb: "Koster reisen mer enn laveste takst med lokal rutetransport?",
        en: "Does the trip cost more than the local minimum fare on scheduled transport?";
    TravelRoundTrips = 24, case "travel"."round_trips"
        => travel.round_trips: int(range::ROUND_TRIPS), "EEA-13",
        nb: "Hvor mange tur-retur-reiser krevde behandlingen?",
        en: "How many round trips did the treatment need?";
    TravelScheduledFare = 25, case "travel"."cheapest_scheduled_round_trip_ore"
        => travel.cheapest_scheduled_round_trip: amount, "EEA-13",
        nb: "Hva koster billigste rutegående transport tur-retur?",
        en: "What is the cheapest scheduled round-trip fare?";

    AdequateOffer = 29, case "norwegian_offer"."adequate"
        => norwegian_offer.adequate: bool, "ABR-01",
        nb: "Finnes det et adekvat tilbud i Norge for behandlingen?",
        en: "Is there an adequate offer in Norway for the treatment?";
    MoreEffectiveAbroad = 30, case "norwegian_offer"."abroad_documented_more_effective"
        => norwegian_offer.abroad_documented_more_effective: bool, "ABR-01",
        nb: "Er behandlingen i utlandet dokumentert mer virkningsfull enn tilbudet i Norge?",
        en: "Is the treatment abroad documented to be more effective than the Norwegian offer?";
    OfferMethod = 28, case "norwegian_offer"."method"
        => norwegian_offer.method: choice(Method, "method"), "ABR-05",
        nb: "Hva slags behandling trenger du?",
        en: "What kind of treatment do you need?";
    RareCondition = 31, case "norwegian_offer"."rare_condition"
        => norwegian_offer.rare_condition: bool, "ABR-05",
        nb: "Har du en sjelden tilstand eller sykdom?",
        en: "Do you have a rare condition or disease?";
    ChildInNordicProtocol = 32, case "norwegian_offer"."child_in_nordic_cancer_protocol"
        => norwegian_offer.child_in_nordic_cancer_protocol: bool, "ABR-05",
        nb: "Gjelder det et barn med terapiresistent kreft i en nordisk legemiddelprotokoll?",
        en: "Is this a child with therapy-resistant cancer in a Nordic drug protocol?";

    WaitingDeadlineGiven = 35, case "waiting"."deadline_given"
        => waiting.deadline_given: bool, "WAIT-01",
        nb: "Har spesialisthelsetjenesten gitt deg en frist for behandling?",
        en: "Has the specialist service given you a treatment deadline?";
    WaitingDeadline = 36, case "waiting"."deadline"
        => waiting.deadline: date, "WAIT-01",
        nb: "Hvilken dato er fristen?",
        en: "What date is the deadline?";
    TreatedByDeadline = 37, case "waiting"."treated_by_deadline"
        => waiting.treated_by_deadline: bool, "WAIT-01",
        nb: "Fikk du behandling innen fristen?",
        en: "Were you treated by the deadline?";
    MedicallyIndefensibleWait = 34, case "waiting"."medically_indefensible"
        => waiting.medically_indefensible: bool, "WAIT-02",
        nb: "Er ventetiden i Norge medisinsk uforsvarlig lang?",
        en: "Is the wait in Norway medically indefensible?";
    S2Granted = 50, case "waiting"."s2_granted"
        => waiting.s2_granted: bool, "WAIT-02",
        nb: "Har Helfo innvilget deg blankett S2?",
        en: "Has Helfo granted you an S2?";

    // The inbound case (seed 002): a patient living abroad, on a temporary stay in Norway.
    AdmissionDate = 52, stay "stay"."admission_date"
        => stay.admission_date: date, "IN-01",
        nb: "Hvilken dato ble pasienten innlagt, eller fikk helsehjelpen første gang?",
        en: "On what date was the patient admitted, or first given care?";
    DischargeDate = 53, stay "stay"."discharge_date"
        => stay.discharge_date: date, "IN-06",
        nb: "Hvilken dato blir eller ble pasienten utskrevet?",
        en: "On what date is or was the patient discharged?";
    IntendedStayMonths = 54, stay "stay"."intended_stay_months"
        => stay.intended_stay_months: int(crate::case::inbound::range::INTENDED_STAY_MONTHS), "IN-01",
        nb: "Hvor mange måneder har pasienten tenkt å oppholde seg i Norge i alt?",
        en: "How many months in all does the patient intend to stay in Norway?";
    StayResidenceCountry = 55, stay "patient"."residence_country"
        => patient.residence_country: country, "IN-02",
        nb: "I hvilket land bor pasienten fast?",
        en: "In which country does the patient ordinarily live?";
    ResidenceSubdivision = 56, stay "patient"."residence_subdivision"
        => patient.residence_subdivision: choice(Subdivision, "subdivision"), "IN-10",
        nb: "Bor pasienten i Québec?",
        en: "Does the patient live in Québec?";
    Citizenship = 57, stay "patient"."citizenship"
        => patient.citizenship: country, "IN-04",
        nb: "Hvilket statsborgerskap har pasienten?",
        en: "What is the patient's citizenship?";
    SecondCitizenship = 58, stay "patient"."second_citizenship"
        => patient.second_citizenship: country, "IN-04",
        nb: "Har pasienten et annet statsborgerskap i tillegg? Hvilket?",
        en: "Does the patient hold a second citizenship? Which?";
    PatientCategory = 59, stay "patient"."category"
        => patient.category: choice(PatientCategory, "patient_category"), "IN-11",
        nb: "Hvilken gruppe hører pasienten til (turist, student, arbeidstaker, pensjonist …)? For et forsørget familiemedlem: gruppen til den det følger.",
        en: "Which group does the patient belong to (tourist, student, worker, pensioner …)? For a dependant: the group of the person they accompany.";
    Dependant = 60, stay "patient"."dependant"
        => patient.dependant: bool, "IN-12",
        nb: "Er pasienten et forsørget familiemedlem som følger en person i denne gruppen?",
        en: "Is the patient a dependant family member accompanying a person in this group?";
    Membership = 61, stay "patient"."membership"
        => patient.membership: choice(Membership, "membership"), "IN-15",
        nb: "Er pasienten medlem av folketrygden etter NAVs vedtak (ikke medlem, frivillig, pliktig)?",
        en: "Is the patient a member of folketrygden as NAV decided (none, voluntary, compulsory)?";
    CoveredByNordicLegislation = 62, stay "patient"."covered_by_nordic_legislation"
        => patient.covered_by_nordic_legislation: bool, "IN-07",
        nb: "Er pasienten omfattet av lovgivningen i et nordisk land (trygdet der)?",
        en: "Is the patient covered by the legislation of a Nordic country (insured there)?";
    CareKind = 63, stay "care"."kind"
        => care.kind: choice(CareKind, "care_kind"), "IN-02",
        nb: "Hva slags helsehjelp trengs: akutt, for kronisk eller kjent sykdom, planlagt, fortsatt behandling etter S3, eller oksygen/dialyse?",
        en: "What care is needed: acute, for a chronic or known condition, planned, continued treatment under an S3, or oxygen/dialysis?";
    PriorAgreement = 64, stay "care"."prior_agreement"
        => care.prior_agreement: bool, "IN-03",
        nb: "Er det gjort avtale på forhånd mellom pasienten og sykehuset/avdelingen om behandlingen?",
        en: "Did the patient and the hospital or department agree on the treatment in advance?";
    TransportHomeNeeded = 65, stay "care"."transport_home_needed"
        => care.transport_home_needed: bool, "IN-07",
        nb: "Trenger pasienten transport hjem?",
        en: "Does the patient need transport home?";
    EhicHeld = 66, stay "documents"."ehic"
        => documents.ehic: bool, "IN-02",
        nb: "Viste pasienten gyldig Europeisk helsetrygdkort ved innleggelsen?",
        en: "Did the patient show a valid European Health Insurance Card at admission?";
    EhicIssuer = 67, stay "documents"."ehic_issuer"
        => documents.ehic_issuer: country, "IN-04",
        nb: "Hvilket land har utstedt helsetrygdkortet (eller hasteblanketten)?",
        en: "Which country issued the health insurance card (or the provisional certificate)?";
    ProvisionalCertificate = 68, stay "documents"."provisional_certificate"
        => documents.provisional_certificate: bool, "IN-06",
        nb: "Har sykehuset mottatt hasteblankett (provisorisk erstatningsbevis)?",
        en: "Has the hospital received a provisional replacement certificate (hasteblankett)?";
    ProvisionalCertificateDate = 69, stay "documents"."provisional_certificate_date"
        => documents.provisional_certificate_date: date, "IN-06",
        nb: "Hvilken dato kom hasteblanketten?",
        en: "On what date did the provisional certificate arrive?";
    EhicValidFrom = 109, stay "documents"."ehic_valid_from"
        => documents.ehic_valid_from: date, "IN-13",
        nb: "Fra hvilken dato gjelder helsetrygdkortet (eller hasteblanketten)?",
        en: "From what date is the EHIC (or the provisional certificate) valid?";
    EhicValidUntil = 110, stay "documents"."ehic_valid_until"
        => documents.ehic_valid_until: date, "IN-13",
        nb: "Til og med hvilken dato gjelder helsetrygdkortet (eller hasteblanketten)?",
        en: "Up to and including what date is the EHIC (or the provisional certificate) valid?";
    IdentityDocument = 70, stay "documents"."identity_document"
        => documents.identity_document: choice(IdentityDocument, "identity_document"), "IN-14",
        nb: "Hvilket identitetsbevis er kopiert (pass, nasjonalt ID-kort, annet, ingen)?",
        en: "Which identity document was copied (passport, national ID card, other, none)?";
    ProofOfResidence = 71, stay "documents"."proof_of_residence"
        => documents.proof_of_residence: bool, "IN-05",
        nb: "Har pasienten lagt fram bostedsbevis?",
        en: "Has the patient shown proof of residence?";
    HomeAddress = 72, stay "documents"."home_address"
        => documents.home_address: bool, "IN-14",
        nb: "Har pasienten oppgitt bostedsadressen i hjemlandet?",
        en: "Has the patient given the home address in the country of residence?";
    MedicareCard = 73, stay "documents"."medicare_card"
        => documents.medicare_card: bool, "IN-09",
        nb: "Har pasienten australsk Medicare-kort?",
        en: "Does the patient hold an Australian Medicare card?";
    HoldsS1E106 = 74, stay "documents"."s1"
        => documents.s1: bool, "IN-13",
        nb: "Har pasienten S1 (eller E106), vist fram eller bekreftet av Helfo?",
        en: "Does the patient hold an S1 (or E106), shown or confirmed by Helfo?";
    HoldsS2 = 75, stay "documents"."s2"
        => documents.s2: bool, "IN-13",
        nb: "Har pasienten S2 (eller E112)?",
        en: "Does the patient hold an S2 (or E112)?";
    S2CoversThisCare = 76, stay "documents"."s2_covers_this_care"
        => documents.s2_covers_this_care: bool, "IN-13",
        nb: "Beskriver og garanterer S2-blanketten for nettopp denne behandlingen?",
        en: "Does the S2 describe and guarantee payment for this very treatment?";
    S2ValidFrom = 77, stay "documents"."s2_valid_from"
        => documents.s2_valid_from: date, "IN-13",
        nb: "Fra hvilken dato gjelder S2-blanketten?",
        en: "From what date is the S2 valid?";
    S2ValidUntil = 78, stay "documents"."s2_valid_until"
        => documents.s2_valid_until: date, "IN-13",
        nb: "Til og med hvilken dato gjelder S2-blanketten?",
        en: "Up to and including what date is the S2 valid?";
    HoldsS3 = 79, stay "documents"."s3"
        => documents.s3: bool, "IN-13",
        nb: "Har pasienten S3?",
        en: "Does the patient hold an S3?";
    NavDecision = 80, stay "documents"."nav_decision"
        => documents.nav_decision: bool, "IN-12",
        nb: "Har pasienten NAVs vedtak om medlemskap i folketrygden?",
        en: "Does the patient hold NAV's decision on membership of folketrygden?";
    TravelInsurance = 81, stay "documents"."travel_insurance"
        => documents.travel_insurance: bool, "IN-08",
        nb: "Har pasienten privat reiseforsikring?",
        en: "Does the patient hold private travel insurance?";

    // The method case (seed 004): a method not approved for the public specialist service.
    MethodKind = 82, method "method"."kind"
        => method.kind: choice(MethodKind, "method_kind"), "MET-01",
        nb: "Hva slags metode er det: legemiddel, medisinsk utstyr, prosedyre eller diagnostikk?",
        en: "What kind of method is it: a drug, a device, a procedure or diagnostics?";
    NyeMetoderStatus = 83, method "method"."nye_metoder_status"
        => method.nye_metoder_status: choice(NyeMetoderStatus, "nye_metoder_status"), "MET-01",
        nb: "Hvor står metoden i Nye metoder: ikke foreslått, til vurdering, besluttet ikke innført, eller innført?",
        en: "Where does the method stand in Nye metoder: not proposed, under assessment, decided not introduced, or introduced?";
    MarketingAuthorisation = 84, method "method"."marketing_authorisation"
        => method.marketing_authorisation: bool, "MET-07",
        nb: "Har legemidlet markedsføringstillatelse i Norge?",
        en: "Does the drug have marketing authorisation in Norway?";
    WithinApprovedIndication = 85, method "method"."within_approved_indication"
        => method.within_approved_indication: bool, "MET-06",
        nb: "Skal legemidlet brukes innenfor godkjent indikasjon (preparatomtalen)?",
        en: "Is the drug to be used within its approved indication (the summary of product characteristics)?";
    OnGroupPreApprovalList = 86, method "method"."on_group_pre_approval_list"
        => method.on_group_pre_approval_list: bool, "MET-06",
        nb: "Står legemidlet på listen over gruppegodkjenning for off-label/off-licence-bruk i Helse Bergen?",
        en: "Is the drug on Helse Bergen's group pre-approval list for off-label/off-licence use?";
    BluePrescriptionPossible = 87, method "method"."blue_prescription_possible"
        => method.blue_prescription_possible: bool, "MET-03",
        nb: "Kan legemidlet forskrives direkte på blå resept?",
        en: "Can the drug be prescribed directly on blue prescription?";
    AlternativesTriedOrUnusable = 88, method "method"."alternatives_tried_or_unusable"
        => method.alternatives_tried_or_unusable: bool, "MET-03",
        nb: "Er relevante forhåndsgodkjente eller markedsførte legemidler enten forsøkt eller uaktuelle for pasienten?",
        en: "Have the relevant pre-approved or marketed drugs been tried, or are they unsuitable for the patient?";
    TrialTreatment = 107, method "method"."trial_treatment"
        => method.trial_treatment: bool, "MET-05",
        nb: "Er behandlingen utprøvende, det vil si at effekt og sikkerhet ikke er godt nok dokumentert til at den kan inngå i det ordinære tilbudet?",
        en: "Is the treatment trial treatment, that is, its effect and safety not documented well enough for it to be part of ordinary care?";
    MethodPatientScope = 89, method "patient"."scope"
        => patient.scope: choice(PatientScope, "patient_scope"), "MET-01",
        nb: "Gjelder det én pasient eller en definert pasientgruppe?",
        en: "Is it for one patient or for a defined group of patients?";
    SeriousLifeShorteningDisease = 90, method "patient"."serious_life_shortening_disease"
        => patient.serious_life_shortening_disease: bool, "MET-08",
        nb: "Har pasienten en alvorlig, livsforkortende sykdom?",
        en: "Does the patient have a serious, life-shortening disease?";
    MethodRareCondition = 91, method "patient"."rare_condition"
        => patient.rare_condition: bool, "MET-09",
        nb: "Har pasienten en sjelden tilstand eller sykdom?",
        en: "Does the patient have a rare condition or disease?";
    OngoingTrialAvailable = 92, method "trial"."ongoing_trial_available"
        => trial.ongoing_trial_available: bool, "MET-04",
        nb: "Finnes det en pågående klinisk behandlingsstudie pasienten kan delta i?",
        en: "Is there an ongoing clinical trial the patient could join?";
    MeetsInclusionCriteria = 93, method "trial"."meets_inclusion_criteria"
        => trial.meets_inclusion_criteria: bool, "MET-04",
        nb: "Oppfyller pasienten inklusjonskriteriene for studien?",
        en: "Does the patient meet the trial's inclusion criteria?";
    NewTrialFeasible = 94, method "trial"."new_trial_feasible"
        => trial.new_trial_feasible: bool, "MET-04",
        nb: "Er det mulig å opprette en ny klinisk behandlingsstudie?",
        en: "Can a new clinical trial be set up?";
    ImpressRelevant = 95, method "trial"."impress_relevant"
        => trial.impress_relevant: bool, "MET-04",
        nb: "Er IMPRESS Norway aktuelt (persontilpasset utprøving av kreftlegemidler)?",
        en: "Is IMPRESS Norway relevant (personalised trials of cancer drugs)?";
    PrudenceAssessment = 96, method "assessment"."prudence_assessment"
        => assessment.prudence_assessment: bool, "MET-05",
        nb: "Er det gjort en særskilt forsvarlighetsvurdering?",
        en: "Has the special prudence assessment been made?";
    TreatmentPlan = 97, method "assessment"."treatment_plan"
        => assessment.treatment_plan: bool, "MET-05",
        nb: "Finnes det en klar behandlingsplan?",
        en: "Is there a clear treatment plan?";
    InformedConsent = 98, method "assessment"."informed_consent"
        => assessment.informed_consent: bool, "MET-05",
        nb: "Har pasienten gitt informert samtykke?",
        en: "Has the patient given informed consent?";
    DiscussedWithCollegium = 99, method "assessment"."discussed_with_collegium"
        => assessment.discussed_with_collegium: bool, "MET-08",
        nb: "Er indikasjon og prioritering diskutert i det faglige kollegiet og med linjeledelsen?",
        en: "Have indication and priority been discussed in the professional collegium and with line management?";
    EkspertpaneletRecommendation = 100, method "assessment"."ekspertpanelet_recommendation"
        => assessment.ekspertpanelet_recommendation: bool, "MET-08",
        nb: "Har Ekspertpanelet anbefalt utprøvende behandling?",
        en: "Has Ekspertpanelet recommended trial treatment?";
    AnchoredWithLevel2Leader = 101, method "assessment"."anchored_with_level2_leader"
        => assessment.anchored_with_level2_leader: bool, "MET-05",
        nb: "Er søknaden forankret hos nivå 2-leder?",
        en: "Is the application anchored with the level-2 leader?";
    MedicalDirectorInvolved = 102, method "assessment"."medical_director_involved"
        => assessment.medical_director_involved: bool, "MET-05",
        nb: "Har nivå 2-leder bestemt at saken også skal vurderes av fagdirektør?",
        en: "Has the level-2 leader decided that the medical director also assesses the case?";
    WebApplicationDown = 108, method "assessment"."web_application_down"
        => assessment.web_application_down: bool, "MET-06",
        nb: "Er legemiddelsoknader.no nede (nedetid)?",
        en: "Is legemiddelsoknader.no down?";
    AdequateOfferInNorway = 103, method "abroad"."adequate_offer_in_norway"
        => abroad.adequate_offer_in_norway: bool, "MET-09",
        nb: "Finnes det et forsvarlig tilbud i Norge?",
        en: "Is there an adequate offer in Norway?";
    MoreEffectiveAbroadDocumented = 104, method "abroad"."more_effective_abroad_documented"
        => abroad.more_effective_abroad_documented: bool, "MET-09",
        nb: "Er det dokumentert mer virkningsfull helsehjelp i utlandet enn det som tilbys i Norge?",
        en: "Is care abroad documented to be more effective than the Norwegian offer?";
    MethodPriorityPatient = 105, method "abroad"."priority_patient"
        => abroad.priority_patient: bool, "MET-09",
        nb: "Har pasienten rett til nødvendig helsehjelp fra spesialisthelsetjenesten?",
        en: "Is the patient entitled to necessary specialist care?";
    MethodHomeRegion = 106, method "abroad"."home_region"
        => abroad.home_region: choice(Region, "region"), "MET-09",
        nb: "Hvilken helseregion bor pasienten i?",
        en: "Which health region does the patient live in?";
}
