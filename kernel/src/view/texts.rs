//! The words of the patient view, in plain bokmål and English: no rule codes, no field names
//! (issue 23; Språkrådet's klarspråk). The caseworker's explanation keeps its own labels.

use crate::outbound::routes::Route;
use crate::text::{texts, Lang};

texts! {
    /// A phrase of the patient view.
    ViewText {
        AnswerAsOf = "answer_as_of", nb: "Svar per", en: "Answer as of";
        Eligible = "eligible", nb: "Du kan få dette dekket.", en: "You can have this covered.";
        NotEligible = "not_eligible", nb: "Du har ikke rett til dette.", en: "You are not entitled to this.";
        Undetermined = "undetermined", nb: "Ikke avklart ennå.", en: "Not settled yet.";
        Discretion = "discretion", nb: "Du kan søke. Den som avgjør, vurderer saken etter skjønn.", en: "You may apply. The body that decides uses its discretion.";
        NoRoute = "no_route", nb: "Ingen ordning dekker behandlingen etter det du har svart.", en: "No scheme covers the treatment from what you have answered.";
        NoRouteYet = "no_route_yet", nb: "Det er ikke avklart ennå hvilken ordning som gjelder.", en: "It is not settled yet which scheme applies.";
        OtherRouteOpen = "other_route_open", nb: "Det er ikke avklart ennå om en annen ordning gjelder.", en: "It is not settled yet whether another scheme applies.";
        AlsoApply = "also_apply", nb: "Du kan også søke om:", en: "You may also apply for:";
        Decides = "decides", nb: "avgjør", en: "decides";
        Settles = "settles", nb: "avklarer dette:", en: "settles this:";
        YouDidNotKnow = "you_did_not_know", nb: "(du svarte «vet ikke»)", en: "(you answered \"don't know\")";
        CaseworkerSettles = "caseworker_settles", nb: "Du svarte «vet ikke» på dette; en saksbehandler avklarer det:", en: "You answered \"don't know\" to this; a caseworker settles it:";
        Why = "why", nb: "Hvorfor:", en: "Why:";
        Refund = "refund", nb: "Refusjon:", en: "Refund:";
        UpTo = "up_to", nb: "inntil", en: "up to";
        HelfoSetsAmount = "helfo_sets_amount", nb: "Helfo fastsetter beløpet.", en: "Helfo sets the amount.";
        YouPay = "you_pay", nb: "Du betaler selv:", en: "You pay yourself:";
        AtLeast = "at_least", nb: "minst", en: "at least";
        UserFee = "user_fee", nb: "Egenandel:", en: "User fee:";
        None = "none", nb: "ingen", en: "none";
        HelfoComputesFee = "helfo_computes_fee", nb: "Helfo beregner egenandelen når kravet behandles.", en: "Helfo computes the user fee when it handles the claim.";
        FeeKeptBack = "fee_kept_back", nb: "(trekkes fra refusjonen)", en: "(deducted from the refund)";
        FeeKeptBackUnlessCard = "fee_kept_back_unless_card", nb: "(trekkes fra refusjonen, eller betales ut med den om du har frikort)", en: "(deducted from the refund, or paid out with it if you hold an exemption card)";
        FeePaidOut = "fee_paid_out", nb: "(betales ut med refusjonen, fordi du har frikort)", en: "(paid out with the refund, as you hold an exemption card)";
        Travel = "travel", nb: "Reiseutgifter:", en: "Travel:";
        TravelByPasientreiser = "travel_by_pasientreiser", nb: "Du får dekket det en reise tur-retur fra hjemmet til nærmeste behandlingssted i Norge ville kostet; Pasientreiser beregner beløpet.", en: "You are covered for what a round trip from home to the nearest place of treatment in Norway would cost; Pasientreiser computes the amount.";
        TravelNotCovered = "travel_not_covered", nb: "dekkes ikke", en: "not covered";
        RateFor = "rate_for", nb: "Satsen for", en: "The rate for";
        NotEnteredYet = "not_entered_yet", nb: "er ikke lagt inn ennå", en: "is not entered yet";
        ComputesAmount = "computes_amount", nb: "beregner beløpet.", en: "computes the amount.";
        Deadline = "deadline", nb: "Frist for kravet:", en: "Claim deadline:";
        DaysLeft = "days_left", nb: "dager igjen", en: "days left";
        DayLeft = "day_left", nb: "dag igjen", en: "day left";
        MayHavePassed = "may_have_passed", nb: "kan ha gått ut", en: "may have passed on";
        HelfoDecidesDeadline = "helfo_decides_deadline", nb: "Fristen regnes fra første betalingskrav hvis du fikk regning senere; send kravet så snart du kan, så avgjør Helfo om det kom i tide.", en: "The deadline runs from the first request for payment if you were invoiced later; send the claim as soon as you can, and Helfo decides whether it was in time.";
        DeadlinePassed = "deadline_passed", nb: "Fristen gikk ut", en: "The deadline passed on";
        ClaimInTime = "claim_in_time", nb: "Kravet kom fram til Helfo i tide.", en: "The claim reached Helfo in time.";
        ForTreatmentOn = "for_treatment_on", nb: "for behandlingen", en: "for the treatment on";
        AtTheLatest = "at_the_latest", nb: "senest", en: "by";
        IfInvoicedLater = "if_invoiced_later", nb: "Fikk du regning etter behandlingen, regnes fristen fra første betalingskrav.", en: "If you were invoiced after the treatment, the deadline runs from the first request for payment.";
        Covers = "covers", nb: "Dekker:", en: "Covers:";
        PaidBy = "paid_by", nb: "Betales av:", en: "Paid by:";
        PayUpFront = "pay_up_front", nb: "Du betaler først selv og får pengene tilbake etterpå.", en: "You pay first yourself and get the money back afterwards.";
        WhoApplies = "who_applies", nb: "Hvem søker:", en: "Who applies:";
        ApplyTo = "apply_to", nb: "Søk til:", en: "Apply to:";
        HowToApply = "how_to_apply", nb: "Slik søker du:", en: "How to apply:";
        Appeal = "appeal", nb: "Klage:", en: "Appeal:";
        DocumentsRequired = "documents_required", nb: "Dokumenter du må sende:", en: "Documents to send:";
        DocumentsIfApplicable = "documents_if_applicable", nb: "Send også, hvis det gjelder deg:", en: "Also send, if it applies to you:";
        DocumentsOnRequest = "documents_on_request", nb: "Hvis Helfo ber om det:", en: "If Helfo asks for it:";
        DocumentsOptional = "documents_optional", nb: "Du kan også sende:", en: "You may also send:";
        PleaseNote = "please_note", nb: "Vær oppmerksom på:", en: "Please note:";
        NotAnswered = "not_answered", nb: "Ikke besvart ennå:", en: "Not answered yet:";
        Estimate = "estimate", nb: "(anslag)", en: "(estimate)";
        EstimateFor = "estimate_for", nb: "Anslag: satsen for", en: "Estimate: the rate for";
        EstimateBasis = "estimate_basis", nb: "er ikke lagt inn ennå; satsen fra", en: "is not entered yet; the rate from";
        EstimateUsed = "estimate_used", nb: "er brukt. Helfo fastsetter det endelige beløpet.", en: "is used. Helfo sets the final amount.";
        EstimatesOn = "estimates_on", nb: "Satser som mangler, anslås fra siste kjente sats.", en: "Missing rates are estimated from the latest known rate.";
        Table = "table", nb: "Parametertabell", en: "Parameter table";
        RatesFor = "rates_for", nb: "satser for", en: "rates for";
        MissingFor = "missing_for", nb: "mangler for", en: "missing for";
        AllRatesFor = "all_rates_for", nb: "alle satser er lagt inn for", en: "every rate is entered for";
        KioskTitle = "kiosk_title", nb: "Behandling i utlandet: hva dekkes, og hvordan søker du?", en: "Treatment abroad: what is covered, and how do you apply?";
        KioskIntro = "kiosk_intro", nb: "Svar på ett spørsmål om gangen. Skriv «vet ikke» hvis du ikke vet, og «tilbake» for å endre forrige svar.", en: "Answer one question at a time. Write \"don't know\" if you do not know, and \"back\" to change the previous answer.";
        Question = "question", nb: "Spørsmål", en: "Question";
        DontKnowOrBack = "dont_know_or_back", nb: "Skriv «vet ikke» hvis du ikke vet, eller «tilbake» for å endre forrige svar.", en: "Write \"don't know\" if you do not know, or \"back\" to change the previous answer.";
        DontKnow = "dont_know", nb: "Skriv «vet ikke» hvis du ikke vet.", en: "Write \"don't know\" if you do not know.";
        TakenBack = "taken_back", nb: "Forrige svar er tatt tilbake.", en: "The previous answer is taken back.";
        FirstQuestion = "first_question", nb: "Dette er det første spørsmålet.", en: "This is the first question.";
        NotUnderstood = "not_understood", nb: "Det svaret ble ikke forstått.", en: "That answer was not understood.";
        Done = "done", nb: "Takk. Her er svaret ut fra det du har svart.", en: "Thank you. Here is the answer from what you have told us.";
        Aborted = "aborted", nb: "Avbrutt. Svaret under er foreløpig, ut fra det du rakk å svare.", en: "Stopped. The answer below is provisional, from what you had answered.";
        NextPatient = "next_patient", nb: "Trykk Enter når du er ferdig. Da tømmes skjermen for neste person.", en: "Press Enter when you are done. The screen is then cleared for the next person.";
        TimedOut = "timed_out", nb: "Ingen har svart på en stund, så skjermen er tømt for neste person.", en: "Nobody has answered for a while, so the screen has been cleared for the next person.";
        DontKnowButton = "dont_know_button", nb: "Vet ikke", en: "Don't know";
        BackButton = "back_button", nb: "Tilbake", en: "Back";
        NextButton = "next_button", nb: "Neste", en: "Next";
        NewPatientButton = "new_patient_button", nb: "Ny pasient", en: "New patient";
        OtherLanguage = "other_language", nb: "English", en: "Norsk";
        QuestionNumber = "question_number", nb: "Spørsmål nr.", en: "Question no.";
        AnsweredSoFar = "answered_so_far", nb: "besvart så langt", en: "answered so far";
        YourAnswer = "your_answer", nb: "Ditt svar", en: "Your answer";
        ResultHeading = "result_heading", nb: "Svaret ditt", en: "Your answer";
        ParamsFile = "params_file", nb: "Parameterfil (valgfritt)", en: "Parameter file (optional)";
        StartButton = "start_button", nb: "Start", en: "Start";
        WebIdle = "web_idle", nb: "Skjermen tømmes etter en stund uten svar.", en: "The screen is cleared after a while without an answer.";
    }
}

impl ViewText {
    /// The phrase with this code (`next_patient`), for a screen that names its texts.
    pub fn from_code(code: &str) -> Option<ViewText> {
        ViewText::ALL.iter().copied().find(|t| t.code() == code)
    }
}

/// A route's name as a patient knows it: no rule code.
pub(super) const fn route_name(route: Route, lang: Lang) -> &'static str {
    match (route, lang) {
        (Route::TreatmentAbroad, Lang::Nb) => "Rett til behandling i utlandet",
        (Route::TreatmentAbroad, Lang::En) => "Right to treatment abroad",
        (Route::IndefensibleWaitS2, Lang::Nb) => {
            "For lang ventetid: behandling i et annet EØS-land med blankett S2"
        }
        (Route::IndefensibleWaitS2, Lang::En) => {
            "Too long a wait: treatment in another EEA country with an S2 form"
        }
        (Route::WaitingTimeBreach, Lang::Nb) => {
            "Fristbrudd: Helfo pasientformidling finner et annet behandlingssted"
        }
        (Route::WaitingTimeBreach, Lang::En) => {
            "Missed deadline: Helfo pasientformidling finds another provider"
        }
        (Route::EeaRefund, Lang::Nb) => "Refusjon fra Helfo for behandling i EU/EØS",
        (Route::EeaRefund, Lang::En) => "Refund from Helfo for treatment in the EU/EEA",
        (Route::Ehic, Lang::Nb) => "Europeisk helsetrygdkort",
        (Route::Ehic, Lang::En) => "European Health Insurance Card",
        (Route::MemberAbroad, Lang::Nb) => {
            "Helsehjelp for medlemmer av folketrygden som oppholder seg i utlandet"
        }
        (Route::MemberAbroad, Lang::En) => {
            "Health care for members of the National Insurance Scheme staying abroad"
        }
        (Route::TreatmentTrip, Lang::Nb) => "Behandlingsreiser til utlandet",
        (Route::TreatmentTrip, Lang::En) => "Treatment trips to a warmer climate",
    }
}
