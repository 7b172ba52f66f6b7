//! Country names in bokmål and English, for answers typed at a kiosk or a desk ("Tyskland",
//! "Germany") and for texts that name a country. Every EU/EEA state, Switzerland, the United
//! Kingdom with its Crown Dependencies and Gibraltar, the Nordic territories, and the
//! countries Norwegians are most often treated in or come from; any other country is answered
//! by its ISO 3166-1 alpha-2 code, which every interface also takes.

use super::Country;
use crate::text::Lang;

/// Code, bokmål name, English name.
const NAMES: &[([u8; 2], &str, &str)] = &[
    // The EU/EEA states (G-01).
    (*b"AT", "Østerrike", "Austria"),
    (*b"BE", "Belgia", "Belgium"),
    (*b"BG", "Bulgaria", "Bulgaria"),
    (*b"HR", "Kroatia", "Croatia"),
    (*b"CY", "Kypros", "Cyprus"),
    (*b"CZ", "Tsjekkia", "Czechia"),
    (*b"DK", "Danmark", "Denmark"),
    (*b"EE", "Estland", "Estonia"),
    (*b"FI", "Finland", "Finland"),
    (*b"FR", "Frankrike", "France"),
    (*b"DE", "Tyskland", "Germany"),
    (*b"GR", "Hellas", "Greece"),
    (*b"HU", "Ungarn", "Hungary"),
    (*b"IE", "Irland", "Ireland"),
    (*b"IT", "Italia", "Italy"),
    (*b"LV", "Latvia", "Latvia"),
    (*b"LT", "Litauen", "Lithuania"),
    (*b"LU", "Luxembourg", "Luxembourg"),
    (*b"MT", "Malta", "Malta"),
    (*b"NL", "Nederland", "Netherlands"),
    (*b"PL", "Polen", "Poland"),
    (*b"PT", "Portugal", "Portugal"),
    (*b"RO", "Romania", "Romania"),
    (*b"SK", "Slovakia", "Slovakia"),
    (*b"SI", "Slovenia", "Slovenia"),
    (*b"ES", "Spania", "Spain"),
    (*b"SE", "Sverige", "Sweden"),
    (*b"IS", "Island", "Iceland"),
    (*b"LI", "Liechtenstein", "Liechtenstein"),
    (*b"NO", "Norge", "Norway"),
    // Switzerland (G-03), the United Kingdom (G-04) and the territories the rules name.
    (*b"CH", "Sveits", "Switzerland"),
    (*b"GB", "Storbritannia", "United Kingdom"),
    (*b"JE", "Jersey", "Jersey"),
    (*b"GG", "Guernsey", "Guernsey"),
    (*b"IM", "Man", "Isle of Man"),
    (*b"GI", "Gibraltar", "Gibraltar"),
    (*b"FO", "Færøyene", "Faroe Islands"),
    (*b"GL", "Grønland", "Greenland"),
    (*b"AX", "Åland", "Åland Islands"),
    (*b"SJ", "Svalbard og Jan Mayen", "Svalbard and Jan Mayen"),
    // Frequent elsewhere.
    (*b"US", "USA", "United States"),
    (*b"CA", "Canada", "Canada"),
    (*b"AU", "Australia", "Australia"),
    (*b"NZ", "New Zealand", "New Zealand"),
    (*b"TH", "Thailand", "Thailand"),
    (*b"TR", "Tyrkia", "Türkiye"),
    (*b"RS", "Serbia", "Serbia"),
    (*b"BA", "Bosnia-Hercegovina", "Bosnia and Herzegovina"),
    (*b"ME", "Montenegro", "Montenegro"),
    (*b"MK", "Nord-Makedonia", "North Macedonia"),
    (*b"AL", "Albania", "Albania"),
    (*b"UA", "Ukraina", "Ukraine"),
    (*b"RU", "Russland", "Russia"),
    (*b"EG", "Egypt", "Egypt"),
    (*b"MA", "Marokko", "Morocco"),
    (*b"TN", "Tunisia", "Tunisia"),
    (*b"IL", "Israel", "Israel"),
    (
        *b"AE",
        "De forente arabiske emirater",
        "United Arab Emirates",
    ),
    (*b"IN", "India", "India"),
    (*b"PK", "Pakistan", "Pakistan"),
    (*b"LK", "Sri Lanka", "Sri Lanka"),
    (*b"PH", "Filippinene", "Philippines"),
    (*b"VN", "Vietnam", "Viet Nam"),
    (*b"CN", "Kina", "China"),
    (*b"JP", "Japan", "Japan"),
    (*b"MX", "Mexico", "Mexico"),
    (*b"BR", "Brasil", "Brazil"),
    (*b"ZA", "Sør-Afrika", "South Africa"),
    (*b"SO", "Somalia", "Somalia"),
    (*b"ER", "Eritrea", "Eritrea"),
    (*b"IR", "Iran", "Iran"),
    (*b"IQ", "Irak", "Iraq"),
    (*b"SY", "Syria", "Syria"),
];

/// Other names people type for the same country.
const ALIASES: &[([u8; 2], &str)] = &[
    (*b"CZ", "Czech Republic"),
    (*b"CZ", "Den tsjekkiske republikk"),
    (*b"GR", "Grekenland"),
    (*b"NL", "Holland"),
    (*b"NL", "The Netherlands"),
    (*b"GB", "UK"),
    (*b"GB", "Great Britain"),
    (*b"GB", "Det forente kongerike"),
    (*b"GB", "England"),
    (*b"GB", "Skottland"),
    (*b"GB", "Scotland"),
    (*b"GB", "Wales"),
    (*b"GB", "Nord-Irland"),
    (*b"GB", "Northern Ireland"),
    (*b"US", "Amerika"),
    (*b"US", "United States of America"),
    (*b"TR", "Turkey"),
    (*b"SJ", "Svalbard"),
    (*b"AX", "Aland"),
];

/// Whether `a` and `b` are the same name, ignoring case (Norwegian letters too), the
/// difference between a hyphen and a space, and spaces around the whole name.
fn same_name(a: &str, b: &str) -> bool {
    fold(a).eq(fold(b))
}

fn fold(s: &str) -> impl Iterator<Item = char> + '_ {
    s.trim()
        .chars()
        .map(|c| if c == '-' { ' ' } else { c })
        .flat_map(char::to_lowercase)
}

impl Country {
    /// The country a person names ("Tyskland", "germany", "Storbritannia", "UK"), in bokmål
    /// or English; `None` for a name not in the table (the ISO code then does).
    pub fn from_name(name: &str) -> Option<Country> {
        let code = NAMES
            .iter()
            .find(|(_, nb, en)| same_name(name, nb) || same_name(name, en))
            .map(|(c, _, _)| *c)
            .or_else(|| {
                ALIASES
                    .iter()
                    .find(|(_, alias)| same_name(name, alias))
                    .map(|(c, _)| *c)
            })?;
        Country::parse(core::str::from_utf8(&code).ok()?).ok()
    }

    /// The country's name in `lang`, where the table has it.
    pub fn name(self, lang: Lang) -> Option<&'static str> {
        NAMES
            .iter()
            .find(|(c, _, _)| *c == self.code())
            .map(|(_, nb, en)| match lang {
                Lang::Nb => *nb,
                Lang::En => *en,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_04_countries_by_name_in_bokmal_and_english() {
        for (name, code) in [
            ("Tyskland", "DE"),
            ("tyskland", "DE"),
            ("Germany", "DE"),
            ("Norge", "NO"),
            ("ØSTERRIKE", "AT"),
            ("Sveits", "CH"),
            ("UK", "GB"),
            ("storbritannia", "GB"),
            ("Bosnia Hercegovina", "BA"),
            (" Spania ", "ES"),
            ("Færøyene", "FO"),
        ] {
            assert_eq!(
                Country::from_name(name).map(|c| c.code()),
                Some(*code.as_bytes().first_chunk().unwrap()),
                "{name}"
            );
        }
        assert_eq!(Country::from_name("Atlantis"), None);
        assert_eq!(Country::from_name(""), None);
        let de = Country::parse("DE").unwrap();
        assert_eq!(de.name(Lang::Nb), Some("Tyskland"));
        assert_eq!(de.name(Lang::En), Some("Germany"));
    }

    /// Every code in the tables is an assigned code, and no name means two countries.
    #[test]
    fn c_04_the_name_tables_are_sound() {
        let all = NAMES
            .iter()
            .flat_map(|(c, nb, en)| [(*c, *nb), (*c, *en)])
            .chain(ALIASES.iter().copied());
        for (code, name) in all.clone() {
            assert!(
                Country::parse(core::str::from_utf8(&code).unwrap()).is_ok(),
                "{name}"
            );
            for (other, n) in all.clone() {
                assert!(
                    other == code || !same_name(name, n),
                    "{name} is {code:?} and {other:?}"
                );
            }
        }
        // Every EU/EEA state has its names.
        for (code, _, _) in NAMES.iter().take(30) {
            let c = Country::parse(core::str::from_utf8(code).unwrap()).unwrap();
            assert!(c.is_eu_eea(), "{code:?}");
        }
    }
}
