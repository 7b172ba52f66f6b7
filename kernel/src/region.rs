//! Home health region (ABR-03): given directly, or derived from the county number with a dated
//! table. Norway's counties changed on 2018-01-01 (Trøndelag), 2020-01-01 (regional reform) and
//! 2024-01-01 (Viken, Vestfold og Telemark, Troms og Finnmark split). The kernel assumes the
//! region follows the county (`ASSUMPTION_REGION_FOLLOWS_COUNTY`): a few municipalities near
//! regional borders are served by another region, which a caller states with `home_region`.

use crate::case::Region;
use crate::date::Date;
use crate::text::Body;

/// One county number in force for `[from, until)`, and its health region.
struct County {
    number: u8,
    from: Option<Date>,
    until: Option<Date>,
    region: Region,
}

const fn county(number: u8, from: Option<Date>, until: Option<Date>, region: Region) -> County {
    County {
        number,
        from,
        until,
        region,
    }
}

const Y2018: Option<Date> = Some(Date::ymd(2018, 1, 1));
const Y2020: Option<Date> = Some(Date::ymd(2020, 1, 1));
const Y2024: Option<Date> = Some(Date::ymd(2024, 1, 1));

use Region::{
    HelseMidtNorge as MIDT, HelseNord as NORD, HelseSorOst as SOR_OST, HelseVest as VEST,
};

/// Source: Statistics Norway's county classification (fylkesinndeling) for each period.
static COUNTIES: &[County] = &[
    // Until 2019.
    county(1, None, Y2020, SOR_OST),  // Østfold
    county(2, None, Y2020, SOR_OST),  // Akershus
    county(4, None, Y2020, SOR_OST),  // Hedmark
    county(5, None, Y2020, SOR_OST),  // Oppland
    county(6, None, Y2020, SOR_OST),  // Buskerud
    county(7, None, Y2020, SOR_OST),  // Vestfold
    county(8, None, Y2020, SOR_OST),  // Telemark
    county(9, None, Y2020, SOR_OST),  // Aust-Agder
    county(10, None, Y2020, SOR_OST), // Vest-Agder
    county(12, None, Y2020, VEST),    // Hordaland
    county(14, None, Y2020, VEST),    // Sogn og Fjordane
    county(16, None, Y2018, MIDT),    // Sør-Trøndelag
    county(17, None, Y2018, MIDT),    // Nord-Trøndelag
    county(19, None, Y2020, NORD),    // Troms
    county(20, None, Y2020, NORD),    // Finnmark
    // Unchanged throughout.
    county(3, None, None, SOR_OST), // Oslo
    county(11, None, None, VEST),   // Rogaland
    county(15, None, None, MIDT),   // Møre og Romsdal
    county(18, None, None, NORD),   // Nordland
    county(50, Y2018, None, MIDT),  // Trøndelag
    // 2020-2023.
    county(30, Y2020, Y2024, SOR_OST), // Viken
    county(38, Y2020, Y2024, SOR_OST), // Vestfold og Telemark
    county(54, Y2020, Y2024, NORD),    // Troms og Finnmark
    // From 2020.
    county(34, Y2020, None, SOR_OST), // Innlandet
    county(42, Y2020, None, SOR_OST), // Agder
    county(46, Y2020, None, VEST),    // Vestland
    // From 2024.
    county(31, Y2024, None, SOR_OST), // Østfold
    county(32, Y2024, None, SOR_OST), // Akershus
    county(33, Y2024, None, SOR_OST), // Buskerud
    county(39, Y2024, None, SOR_OST), // Vestfold
    county(40, Y2024, None, SOR_OST), // Telemark
    county(55, Y2024, None, NORD),    // Troms
    county(56, Y2024, None, NORD),    // Finnmark
];

/// The region of county `number` as the counties were on `on`; `None` when no county had that
/// number then.
pub fn region_of_county(number: u8, on: Date) -> Option<Region> {
    COUNTIES
        .iter()
        .find(|c| {
            c.number == number && c.from.is_none_or(|f| f <= on) && c.until.is_none_or(|u| on < u)
        })
        .map(|c| c.region)
}

/// Where a region's applications for treatment abroad go (ABR-03). Helse Nord's cases have
/// been handled by Oslo universitetssykehus since 2016 (P-HELSE-NORD-AT-OUS); before that the
/// sources name no office for Helse Nord, so the caller gets `None`.
pub fn office(region: Region, helse_nord_at_ous: bool) -> Option<Body> {
    match region {
        Region::HelseSorOst => Some(Body::OfficeOus),
        Region::HelseNord if helse_nord_at_ous => Some(Body::OfficeOusForHelseNord),
        Region::HelseNord => None,
        Region::HelseVest => Some(Body::OfficeHelseBergen),
        Region::HelseMidtNorge => Some(Body::OfficeStOlav),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn abr_03_region_from_county_follows_the_reforms() {
        assert_eq!(
            region_of_county(18, on("2024-05-01")),
            Some(Region::HelseNord)
        );
        assert_eq!(
            region_of_county(54, on("2023-12-31")),
            Some(Region::HelseNord)
        );
        assert_eq!(region_of_county(54, on("2024-01-01")), None);
        assert_eq!(
            region_of_county(55, on("2024-01-01")),
            Some(Region::HelseNord)
        );
        assert_eq!(
            region_of_county(12, on("2019-12-31")),
            Some(Region::HelseVest)
        );
        assert_eq!(region_of_county(12, on("2020-01-01")), None);
        assert_eq!(
            region_of_county(46, on("2020-01-01")),
            Some(Region::HelseVest)
        );
        assert_eq!(
            region_of_county(16, on("2017-06-01")),
            Some(Region::HelseMidtNorge)
        );
        assert_eq!(region_of_county(50, on("2017-06-01")), None);
        assert_eq!(
            region_of_county(3, on("2010-01-01")),
            Some(Region::HelseSorOst)
        );
        assert_eq!(region_of_county(99, on("2024-01-01")), None);
        // No two entries claim one number on one day.
        for d in ["2017-01-01", "2018-01-01", "2020-01-01", "2024-01-01"] {
            for n in 0..=u8::MAX {
                let hits = COUNTIES.iter().filter(|c| {
                    c.number == n
                        && c.from.is_none_or(|f| f <= on(d))
                        && c.until.is_none_or(|u| on(d) < u)
                });
                assert!(hits.count() <= 1, "{n} on {d}");
            }
        }
    }

    #[test]
    fn abr_03_offices_by_region() {
        let text = |r| office(r, true).unwrap().text(crate::text::Lang::Nb);
        assert!(text(Region::HelseVest).contains("Helse Bergen"));
        assert!(text(Region::HelseMidtNorge).contains("St. Olavs"));
        assert!(text(Region::HelseNord).contains("Oslo universitetssykehus"));
        assert_eq!(office(Region::HelseNord, false), None);
    }
}
