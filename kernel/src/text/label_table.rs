//! The labels of the explanation (`explain`): headings, row labels and short phrases.

use super::texts;

texts! {
    /// A label of the explanation.
    Label {
        DecisionAsOf = "decision_as_of", nb: "Vurdering per", en: "Decision as of";
        Recommended = "recommended", nb: "Anbefalt", en: "Recommended";
        NoRouteSettled = "no_route_settled", nb: "Ingen ordning er avklart ennå.", en: "No route is settled yet.";
        EeaVerdict = "eea_verdict", nb: "Refusjon fra Helfo for EU/EØS (EEA)", en: "Helfo refund for the EU/EEA (EEA)";
        Routes = "routes", nb: "Ordninger, i anbefalt rekkefølge", en: "Routes, in recommended order";
        OtherRoutes = "other_routes", nb: "Andre ordninger som ikke gjelder saken", en: "Other routes that do not apply";
        Covers = "covers", nb: "dekker", en: "covers";
        Travel = "travel", nb: "reise", en: "travel";
        Stay = "stay", nb: "opphold", en: "stay";
        PayUpFront = "pay_up_front", nb: "utlegg", en: "pay up front";
        Yes = "yes", nb: "ja", en: "yes";
        No = "no", nb: "nei", en: "no";
        PaidBy = "paid_by", nb: "betaler", en: "paid by";
        ApplyTo = "apply_to", nb: "søk til", en: "apply to";
        Applicant = "applicant", nb: "søker", en: "applicant";
        AppealTo = "appeal_to", nb: "klage", en: "appeal";
        RefundTitle = "refund_title", nb: "Refusjon (EEA-08..EEA-11)", en: "Refund (EEA-08..EEA-11)";
        ActualExpenses = "actual_expenses", nb: "Faktiske utgifter", en: "Actual expenses";
        LessSurcharges = "less_surcharges", nb: "− privatpasienttillegg", en: "− private-patient surcharges";
        RefundableExpenses = "refundable_expenses", nb: "= refunderbare utgifter", en: "= refundable expenses";
        EstimatedCost = "estimated_cost", nb: "Antatt kostnad i Norge", en: "Estimated Norwegian cost";
        DrgPoints = "drg_points", nb: "DRG-poeng", en: "DRG points";
        TimesRate = "times_rate", nb: "× sats", en: "× rate";
        PriorNotificationMax = "prior_notification_max", nb: "Tak i forhåndstilsagn", en: "Prior-notification maximum";
        LimitedByExpenses = "limited_by_expenses", nb: "begrenset av utgiftene", en: "limited by the expenses";
        LimitedByRate = "limited_by_rate", nb: "begrenset av satsbeløpet", en: "limited by the rate amount";
        LimitedByPriorNotification = "limited_by_prior_notification", nb: "begrenset av forhåndstilsagnet", en: "limited by the prior notification";
        RefundLowest = "refund_lowest", nb: "Refusjon (laveste)", en: "Refund (the lowest)";
        YouPay = "you_pay", nb: "Du betaler selv", en: "You pay yourself";
        Unknown = "unknown", nb: "ukjent", en: "unknown";
        UserFeeTitle = "user_fee_title", nb: "Egenandel (EEA-19)", en: "User fee (EEA-19)";
        UserFee = "user_fee", nb: "Egenandel", en: "User fee";
        Consultations = "consultations", nb: "konsultasjoner", en: "consultations";
        PaidOutWithRefund = "paid_out_with_refund", nb: "Utbetales med refusjonen (frikort).", en: "Paid out with the refund (exemption card).";
        CountsTowardsCard = "counts_towards_card", nb: "Teller mot frikort.", en: "Counts towards the exemption card.";
        TravelTitle = "travel_title", nb: "Reise (EEA-13)", en: "Travel (EEA-13)";
        CheapestScheduled = "cheapest_scheduled", nb: "billigste rutegående", en: "cheapest scheduled fare";
        PerRoundTrip = "per_round_trip", nb: "Per tur-retur", en: "Per round trip";
        RoundTrip = "round_trip", nb: "tur-retur", en: "round trip";
        LessTravelUserFees = "less_travel_user_fees", nb: "− egenandeler for pasientreiser", en: "− patient-travel user fees";
        TravelInAll = "travel_in_all", nb: "Reise i alt", en: "Travel in all";
        DeadlinesTitle = "deadlines_title", nb: "Frister (EEA-14)", en: "Deadlines (EEA-14)";
        FromTreatmentDate = "from_treatment_date", nb: "fra behandlingsdato", en: "from the treatment date";
        FromInvoiceDate = "from_invoice_date", nb: "fra fakturadato", en: "from the invoice date";
        StartUnknown = "start_unknown", nb: "startdato ukjent", en: "start unknown";
        Treatment = "treatment", nb: "Behandling", en: "Treatment";
        DaysLeft = "days_left", nb: "dager igjen", en: "days left";
        ExpiredFor = "expired_for", nb: "utløpt for", en: "expired";
        DaysAgo = "days_ago", nb: "dager siden", en: "days ago";
        OnDate = "on_date", nb: "per", en: "on";
        ClaimInTime = "claim_in_time", nb: "kravet kom i tide", en: "the claim came in time";
        ClaimTooLate = "claim_too_late", nb: "kravet kom for sent", en: "the claim came too late";
        SafeBy = "safe_by", nb: "senest trygt", en: "safe by";
        PriorNotificationDecisionBy = "pn_decision_by", nb: "Svar på forhåndstilsagn ventes innen", en: "Prior-notification decision expected by";
        RefundDecisionBy = "refund_decision_by", nb: "Svar på refusjonskrav ventes innen", en: "Refund decision expected by";
        PriorNotificationDocuments = "pn_documents", nb: "Dokumenter til søknad om forhåndstilsagn (EEA-16)", en: "Documents for prior notification (EEA-16)";
        ClaimDocuments = "claim_documents", nb: "Dokumenter til refusjonskravet (EEA-17, EEA-18)", en: "Documents for the refund claim (EEA-17, EEA-18)";
        Reasons = "reasons", nb: "Begrunnelse", en: "Reasons";
        WorthKnowing = "worth_knowing", nb: "Verdt å vite", en: "Worth knowing";
        Until = "until", nb: "til", en: "until";
        From = "from", nb: "fra", en: "from";
        NextQuestion = "next_question", nb: "Neste spørsmål", en: "Next question";
        TreatmentDateNo = "treatment_date_no", nb: "behandlingsdato nr.", en: "treatment date no.";
        Answers = "answers", nb: "Svar", en: "Answers";
        Missing = "missing", nb: "Mangler", en: "Missing";
        NothingMissing = "nothing_missing", nb: "Ingenting: saken er avklart.", en: "Nothing: the case is settled.";
        NoSourcedValue = "no_sourced_value", nb: "ingen kildebelagt verdi", en: "no sourced value";
        ParametersUsed = "parameters_used", nb: "Parametere brukt", en: "Parameters used";
        Source = "source", nb: "kilde", en: "source";
        InboundTitle = "inbound_title", nb: "Utenlandsk pasient på midlertidig opphold i Norge (IN)", en: "Foreign patient on a temporary stay in Norway (IN)";
        Entitlement = "entitlement", nb: "Rett til", en: "Entitled to";
        CareCovered = "care_covered", nb: "Denne helsehjelpen dekkes", en: "This care is covered";
        Payer = "payer", nb: "Betaler", en: "Payer";
        PatientPays = "patient_pays", nb: "Pasienten betaler", en: "The patient pays";
        InvoiceCategory = "invoice_category", nb: "Kategori på fakturaen", en: "Invoice category";
        EhicStatus = "ehic_status", nb: "Helsetrygdkort (IN-06)", en: "Health insurance card (IN-06)";
        AdmissionCopies = "admission_copies", nb: "Kopier ved innleggelse", en: "Copies at admission";
        InvoiceAttachments = "invoice_attachments", nb: "Vedlegg til fakturaen til Helfo (IN-14)", en: "Attachments to the invoice to Helfo (IN-14)";
        NextSteps = "next_steps", nb: "Neste steg", en: "Next steps";
        NotYetKnown = "not_yet_known", nb: "ikke avklart", en: "not settled";
    }
}
