//! The built-in parameter table's sources in bokmål. The table (`params.rs`) writes each source
//! once, in English, as it travels in the decision JSON; the explanation in bokmål shows the
//! text here instead. A caller's own table is shown as the caller wrote it.

use crate::text::Lang;

/// (English as in the table, bokmål).
static SOURCES: &[(&str, &str)] = &[
    (
        "NorCRIN, 'Patient travel' (https://www.norcrin.no/en/patient-travel/): NOK 149 each way; in force 2018-2019 by the amendment list of pasientreiseforskriften § 24",
        "NorCRIN, «Patient travel» (https://www.norcrin.no/en/patient-travel/): kr 149 hver vei; i kraft 2018–2019 etter endringslisten til pasientreiseforskriften § 24",
    ),
    (
        "helsenorge.no, 'Exemption card for public health services': NOK 3,278 (the year 2025 from a secondary source)",
        "helsenorge.no, «Frikort for helsetjenester»: kr 3 278 (året 2025 fra en sekundærkilde)",
    ),
    (
        "MET-06; Helse Bergen HF, procedure 1.2.2.5 on methods not approved in Norway (adopted by the executive management 31 August 2021): legemiddelsoknader.no launched in Helse Vest September/October 2025, taken as 2025-10-01 (a documented choice: before it, the manual procedure)",
        "MET-06; Helse Bergen HF, prosedyre 1.2.2.5 om metoder som ikke er godkjent i Norge (behandlet i foretaksledelsen 31. august 2021): legemiddelsoknader.no ble lansert i Helse Vest i september/oktober 2025, her regnet fra 1. oktober 2025 (et dokumentert valg: før det gjelder den manuelle prosedyren)",
    ),
    (
        "IN-05; 'What care is a foreign national entitled to during a temporary stay in Norway?' (guidance for hospitals, first published 26 April 2019); EEA EFTA Separation Agreement, Prop. 10 LS (2020-2021): EHIC as for the EU/EEA until 2020-12-31",
        "IN-05; «Hva slags helsehjelp har en utenlandsk statsborger krav på under midlertidig opphold i Norge?» (veiledning for sykehus, først publisert 26. april 2019); separasjonsavtalen mellom EØS/EFTA-statene og Storbritannia, Prop. 10 LS (2020–2021): helsetrygdkort som for EU/EØS til og med 31.12.2020",
    ),
    (
        "IN-05; Norway-UK convention on social security of 19 June 1990 with its protocol on medical treatment, revised from 2021-01-01 (regjeringen.no, ASD press release December 2020): UK and Norwegian nationals resident in the UK, immediate care, valid passport",
        "IN-05; trygdeavtalen mellom Norge og Storbritannia av 19. juni 1990 med sykehjelpsprotokollen, revidert fra 1.1.2021 (regjeringen.no, ASDs pressemelding desember 2020): britiske og norske statsborgere bosatt i Storbritannia, øyeblikkelig hjelp, gyldig pass",
    ),
    (
        "IN-05; convention of 30 June 2023 between Iceland, Liechtenstein, Norway and the UK, folketrygdloven § 1-3 b letter e (Prop. 5 LS (2023-2024)); helsenorge.no: UK GHIC/EHIC regardless of citizenship, members' terms",
        "IN-05; konvensjonen av 30. juni 2023 mellom Island, Liechtenstein, Norge og Storbritannia, folketrygdloven § 1-3 b bokstav e (Prop. 5 LS (2023–2024)); helsenorge.no: britisk GHIC/EHIC uansett statsborgerskap, på medlemmers vilkår",
    ),
    (
        "EEA-08; Helfo, 'Hospital treatment and other specialised health services in EU/EEA countries' (helsenorge.no, updated 2 October 2023): 80 % of the estimated DRG cost before 2 October 2023",
        "EEA-08; Helfo, «Sykehusbehandling og andre spesialisthelsetjenester i EU/EØS-land» (helsenorge.no, oppdatert 2. oktober 2023): 80 % av antatt DRG-kostnad før 2. oktober 2023",
    ),
    (
        "EEA-08; Helfo, 'Hospital treatment and other specialised health services in EU/EEA countries' (helsenorge.no, updated 2 October 2023): 100 % from 2 October 2023",
        "EEA-08; Helfo, «Sykehusbehandling og andre spesialisthelsetjenester i EU/EØS-land» (helsenorge.no, oppdatert 2. oktober 2023): 100 % fra 2. oktober 2023",
    ),
    (
        "EEA-13; Helfo, 'Hospital treatment and other specialised health services in EU/EEA countries' (helsenorge.no, updated 2 October 2023): longer than ten kilometres each way",
        "EEA-13; Helfo, «Sykehusbehandling og andre spesialisthelsetjenester i EU/EØS-land» (helsenorge.no, oppdatert 2. oktober 2023): lengre enn ti kilometer hver vei",
    ),
    (
        "pasientreiseforskriften § 21: 300 km or more each way at the cheapest scheduled transport",
        "pasientreiseforskriften § 21: 300 km eller mer hver vei etter billigste rutegående transport",
    ),
    (
        "helsenorge.no, patient-travel rates page (2018 version)",
        "helsenorge.no, siden om satser for pasientreiser (2018-utgaven)",
    ),
    (
        "helsenorge.no, patient-travel rates page (2019 version)",
        "helsenorge.no, siden om satser for pasientreiser (2019-utgaven)",
    ),
    ("pasientreiseforskriften § 24 (2024)", "pasientreiseforskriften § 24 (2024)"),
    (
        "pasientreiseforskriften §§ 21 and 24 as amended by FOR-2025-01-22-96, in force 2025-03-03: NOK 3.10 per km (standard rate, trips under 300 km each way); user fee NOK 171 each way (Norsk Lovtidend avd. I 2025)",
        "pasientreiseforskriften §§ 21 og 24 endret ved FOR-2025-01-22-96, i kraft 3. mars 2025: kr 3,10 per kilometer (standardsats, reiser kortere enn 300 km hver vei); egenandel kr 171 hver vei (Norsk Lovtidend avd. I 2025)",
    ),
    (
        "pasientreiseforskriften § 21 (FOR 19.12.2023 nr. 2234)",
        "pasientreiseforskriften § 21 (FOR 19.12.2023 nr. 2234)",
    ),
    (
        "Helsedirektoratet / regjeringen.no (2020 tak 1, 2021)",
        "Helsedirektoratet / regjeringen.no (2020 tak 1, 2021)",
    ),
    ("state budget 2022", "statsbudsjettet 2022"),
    (
        "Helsedirektoratet circular, folketrygdloven § 5-3",
        "rundskriv fra Helsedirektoratet, folketrygdloven § 5-3",
    ),
    (
        "helsenorge.no, payment at hospitals",
        "helsenorge.no, siden om betaling på sykehus",
    ),
    ("secondary source only (2026)", "bare sekundærkilde (2026)"),
    (
        "unn.no (until 2023-06-30; start of 2023 assumed)",
        "unn.no (til 2023-06-30; antatt fra starten av 2023)",
    ),
    ("unn.no (from 2023-07-01)", "unn.no (fra 2023-07-01)"),
    (
        "helsenorge.no (2024; start date unconfirmed)",
        "helsenorge.no (2024; startdato ikke bekreftet)",
    ),
    ("Helsedirektoratet, ISF pages (2018)", "Helsedirektoratet, ISF-sidene (2018)"),
    ("Helsedirektoratet, ISF pages (2020)", "Helsedirektoratet, ISF-sidene (2020)"),
    (
        "Helsedirektoratet, ISF pages (2024, preliminary)",
        "Helsedirektoratet, ISF-sidene (2024, foreløpig)",
    ),
    (
        "IN-01; 'What care is a foreign national entitled to during a temporary stay in Norway?' (guidance for hospitals, first published 26 April 2019): «inntil tolv måneder»",
        "IN-01; «Hva slags helsehjelp har en utenlandsk statsborger krav på under midlertidig opphold i Norge?» (veiledning for sykehus, først publisert 26. april 2019): «inntil tolv måneder»",
    ),
    (
        "RISK-01; Helfo, 'Hospital treatment and other specialised health services in EU/EEA countries' (helsenorge.no, updated 2 October 2023)",
        "RISK-01; Helfo, «Sykehusbehandling og andre spesialisthelsetjenester i EU/EØS-land» (helsenorge.no, oppdatert 2. oktober 2023)",
    ),
    (
        "ABR-03; Nasjonalt nettverk for utenlandsbehandling, annual report 2021: 'from 2016', taken as 2016-01-01 (a documented choice)",
        "ABR-03; Nasjonalt nettverk for utenlandsbehandling, årsrapport 2021: «fra 2016», regnet fra 2016-01-01 (et dokumentert valg)",
    ),
    (
        "ABR-05; Nasjonalt nettverk for utenlandsbehandling, annual report 2021, section 3.8",
        "ABR-05; Nasjonalt nettverk for utenlandsbehandling, årsrapport 2021, avsnitt 3.8",
    ),
    (
        "G-04; EEA EFTA Separation Agreement (transition period ended 2020-12-31)",
        "G-04; separasjonsavtalen mellom EØS/EFTA-statene og Storbritannia (overgangsperioden sluttet 2020-12-31)",
    ),
    (
        "Helfo, 'Hospital treatment and other specialised health services in EU/EEA countries' (helsenorge.no, updated 2 October 2023); forskrift 22. november 2010 om stønad til helsetjeneste mottatt i et annet EØS-land",
        "Helfo, «Sykehusbehandling og andre spesialisthelsetjenester i EU/EØS-land» (helsenorge.no, oppdatert 2. oktober 2023); forskrift 22. november 2010 om stønad til helsetjeneste mottatt i et annet EØS-land",
    ),
];

/// A parameter source in `lang`: the bokmål of a built-in source, or the source as given.
pub fn source(source: &str, lang: Lang) -> &str {
    match lang {
        Lang::En => source,
        Lang::Nb => SOURCES
            .iter()
            .find(|(en, _)| *en == source)
            .map_or(source, |(_, nb)| nb),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::params::Params;

    /// C-05: every source of the built-in table has its bokmål.
    #[test]
    fn c_05_every_builtin_source_has_bokmal() {
        for e in Params::builtin().entries() {
            assert!(
                SOURCES.iter().any(|(en, _)| *en == e.source),
                "no bokmål for {:?}",
                e.source
            );
        }
    }
}
