//! Countries (C-03) and the country groups the rules use (G-01..G-04).
//!
//! A [`Country`] is an assigned ISO 3166-1 alpha-2 code. Territories that the rules treat
//! apart have their own codes (AX, FO, GL, SJ, GI, IM, JE, GG, BM, FK …); Orkney and Shetland
//! are GB. Group membership is code, not data: it changes by treaty, and the one dated change
//! (the UK, G-04) goes through the parameter `P-UK-IN-EEA-REFUND`.

use core::fmt;

/// Every assigned ISO 3166-1 alpha-2 code, sorted, two bytes each.
const ASSIGNED: &[u8] =
    b"ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZ\
CACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGL\
GMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLR\
LSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPK\
PLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTR\
TTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";

/// `ASSIGNED` as one bit per code `AA`..`ZZ` (26 × 26 bits), built at compile time: parsing a
/// country is a lookup, not a scan of 249 codes (it runs for every row of a population).
const ASSIGNED_BITS: [u64; 11] = {
    let mut bits = [0u64; 11];
    let mut i = 0;
    while i < ASSIGNED.len() {
        let n = bit_index([ASSIGNED[i], ASSIGNED[i + 1]]);
        bits[n / 64] |= 1 << (n % 64);
        i += 2;
    }
    bits
};

/// The bit of an upper-case two-letter code.
const fn bit_index(code: [u8; 2]) -> usize {
    (code[0] - b'A') as usize * 26 + (code[1] - b'A') as usize
}

/// Whether an upper-case two-letter code is assigned.
fn is_assigned(code: [u8; 2]) -> bool {
    let n = bit_index(code);
    ASSIGNED_BITS[n / 64] & (1 << (n % 64)) != 0
}

/// A country or territory: an assigned ISO 3166-1 alpha-2 code (C-03).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Country([u8; 2]);

/// Why a country code was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
#[non_exhaustive]
pub enum CountryError {
    /// Not two upper-case ASCII letters.
    Format,
    /// Well-formed but not an assigned ISO 3166-1 alpha-2 code.
    Unknown,
}

impl fmt::Display for CountryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CountryError::Format => "expected two upper-case letters (ISO 3166-1 alpha-2)",
            CountryError::Unknown => "not an assigned ISO 3166-1 alpha-2 country code",
        })
    }
}

impl core::error::Error for CountryError {}

const fn two(code: &str) -> [u8; 2] {
    let b = code.as_bytes();
    [b[0], b[1]]
}

macro_rules! countries {
    ($($name:ident = $code:literal),* $(,)?) => {
        impl Country {
            $(
                #[doc = concat!("ISO code ", $code, ".")]
                pub const $name: Country = Country(two($code));
            )*
        }
    };
}

countries! {
    NO = "NO", SJ = "SJ", SE = "SE", FI = "FI", AX = "AX", IS = "IS", DK = "DK",
    FO = "FO", GL = "GL", DE = "DE", CH = "CH", GB = "GB", GI = "GI", NL = "NL",
    ES = "ES", FR = "FR", PL = "PL", US = "US", TH = "TH", AU = "AU", CA = "CA",
    IM = "IM", JE = "JE", GG = "GG", BM = "BM", FK = "FK",
}

impl Country {
    /// Parses an assigned ISO 3166-1 alpha-2 code. Lower case is rejected rather than
    /// guessed: the JSON contract says upper case.
    pub fn parse(s: &str) -> Result<Country, CountryError> {
        let b = s.as_bytes();
        if b.len() != 2 || !b[0].is_ascii_uppercase() || !b[1].is_ascii_uppercase() {
            return Err(CountryError::Format);
        }
        let code = [b[0], b[1]];
        if is_assigned(code) {
            Ok(Country(code))
        } else {
            Err(CountryError::Unknown)
        }
    }

    /// The two-letter code.
    pub fn as_str(&self) -> &str {
        // Only built from validated ASCII upper-case letters.
        core::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// The two ASCII bytes of the code.
    pub const fn code(self) -> [u8; 2] {
        self.0
    }

    /// G-01: an EU member state or EEA state (Norway included), with the territories that are
    /// part of the EU: Åland (AX, part of Finland) and France's outermost regions (GF, GP, MQ,
    /// RE, YT, MF). The Faroe Islands and Greenland are not (outside the EU); Svalbard (SJ) is
    /// Norway but outside the EEA Agreement. The UK is handled by G-04, not here.
    pub fn is_eu_eea(self) -> bool {
        matches!(
            &self.0,
            b"AT"
                | b"BE"
                | b"BG"
                | b"HR"
                | b"CY"
                | b"CZ"
                | b"DK"
                | b"EE"
                | b"FI"
                | b"FR"
                | b"DE"
                | b"GR"
                | b"HU"
                | b"IE"
                | b"IT"
                | b"LV"
                | b"LT"
                | b"LU"
                | b"MT"
                | b"NL"
                | b"PL"
                | b"PT"
                | b"RO"
                | b"SK"
                | b"SI"
                | b"ES"
                | b"SE"
                | b"IS"
                | b"LI"
                | b"NO"
                | b"AX"
                | b"GF"
                | b"GP"
                | b"MQ"
                | b"RE"
                | b"YT"
                | b"MF"
        )
    }

    /// G-02: the countries issuing the European Health Insurance Card as listed in seed 002
    /// (the EU/EEA states, the United Kingdom and Switzerland), with the EU territories of
    /// G-01 that belong to an issuing state.
    pub fn issues_ehic(self) -> bool {
        self.is_eu_eea() || matches!(&self.0, b"GB" | b"CH")
    }

    /// G-03: the Nordic area: Norway with Svalbard and Jan Mayen, Sweden, Finland, Åland,
    /// Iceland, Denmark, the Faroe Islands and Greenland.
    pub fn is_nordic(self) -> bool {
        matches!(
            &self.0,
            b"NO" | b"SJ" | b"SE" | b"FI" | b"AX" | b"IS" | b"DK" | b"FO" | b"GL"
        )
    }

    /// G-04: the United Kingdom as it was in the EU until the end of the Brexit transition
    /// period: Great Britain and Northern Ireland (GB) and Gibraltar (GI). The Isle of Man and
    /// the Channel Islands were never in the EU.
    pub fn is_former_eu_uk(self) -> bool {
        matches!(&self.0, b"GB" | b"GI")
    }

    /// The state a territory belongs to for EEA-03 ("the EU/EEA state where the patient is
    /// ordinarily resident"): Åland is Finland, France's outermost regions are France, Svalbard
    /// and Jan Mayen are Norway. Any other code is its own state.
    pub fn state(self) -> Country {
        match &self.0 {
            b"AX" => Country::FI,
            b"GF" | b"GP" | b"MQ" | b"RE" | b"YT" | b"MF" => Country::FR,
            b"SJ" => Country::NO,
            _ => self,
        }
    }

    /// IN-05: British crown dependencies and overseas territories outside the convention with
    /// the United Kingdom (Guernsey, Bermuda, the Falkland Islands and the others): their
    /// residents pay. The Isle of Man and Jersey are apart (passport and proof of residence).
    pub fn is_other_british_territory(self) -> bool {
        matches!(
            &self.0,
            b"GG"
                | b"BM"
                | b"FK"
                | b"AI"
                | b"IO"
                | b"KY"
                | b"MS"
                | b"PN"
                | b"SH"
                | b"TC"
                | b"VG"
                | b"GS"
        )
    }

    /// Norway itself, Svalbard and Jan Mayen included: treatment there is not "abroad".
    pub fn is_norway(self) -> bool {
        matches!(&self.0, b"NO" | b"SJ")
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Country {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

mod names;

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Country {
        Country::parse(s).unwrap()
    }

    #[test]
    fn c_03_parses_assigned_codes_only() {
        assert_eq!(ASSIGNED.len(), 249 * 2);
        assert!(ASSIGNED
            .chunks_exact(2)
            .zip(ASSIGNED.chunks_exact(2).skip(1))
            .all(|(a, b)| a < b));
        // The bitmap says exactly what the list says, for every upper-case pair.
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                let listed = ASSIGNED.chunks_exact(2).any(|c| c == [a, b]);
                assert_eq!(is_assigned([a, b]), listed, "{}{}", a as char, b as char);
            }
        }
        assert_eq!(c("DE").as_str(), "DE");
        assert_eq!(Country::parse("XK"), Err(CountryError::Unknown));
        assert_eq!(Country::parse("ZZ"), Err(CountryError::Unknown));
        assert_eq!(Country::parse("de"), Err(CountryError::Format));
        assert_eq!(Country::parse("DEU"), Err(CountryError::Format));
        assert_eq!(Country::parse(""), Err(CountryError::Format));
        for t in ["AX", "FO", "GL", "SJ", "GI", "IM", "JE", "GG", "BM", "FK"] {
            assert!(Country::parse(t).is_ok(), "{t}");
        }
    }

    #[test]
    fn g_01_eu_eea_states() {
        let members = [
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS",
            "LI", "NO",
        ];
        for m in members {
            assert!(c(m).is_eu_eea(), "{m}");
        }
        for non in ["CH", "GB", "FO", "GL", "SJ", "US", "TR", "IM", "JE"] {
            assert!(!c(non).is_eu_eea(), "{non}");
        }
        assert!(c("AX").is_eu_eea());
        assert!(c("RE").is_eu_eea());
    }

    #[test]
    fn g_02_ehic_countries() {
        let listed = [
            "BE", "BG", "DK", "EE", "FI", "FR", "GR", "IE", "IS", "IT", "HR", "CY", "LV", "LI",
            "LT", "LU", "MT", "NL", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "GB", "SE", "CZ",
            "DE", "HU", "AT", "CH",
        ];
        assert_eq!(listed.len(), 32);
        for m in listed {
            assert!(c(m).issues_ehic(), "{m}");
        }
        for non in ["US", "AU", "IM", "JE", "GG", "TR", "FO"] {
            assert!(!c(non).issues_ehic(), "{non}");
        }
    }

    #[test]
    fn g_03_nordic_area() {
        for m in ["NO", "SJ", "SE", "FI", "AX", "IS", "DK", "FO", "GL"] {
            assert!(c(m).is_nordic(), "{m}");
        }
        for non in ["DE", "EE", "GB", "NL"] {
            assert!(!c(non).is_nordic(), "{non}");
        }
    }

    #[test]
    fn territories_belong_to_their_state() {
        assert_eq!(c("AX").state(), c("FI"));
        assert_eq!(c("RE").state(), c("FR"));
        assert_eq!(c("SJ").state(), c("NO"));
        assert_eq!(c("DE").state(), c("DE"));
    }

    #[test]
    fn g_04_uk_is_its_own_group() {
        assert!(c("GB").is_former_eu_uk());
        assert!(c("GI").is_former_eu_uk());
        assert!(!c("IM").is_former_eu_uk());
        assert!(!c("GB").is_eu_eea());
    }
}
