//! Dated parameters (RULES.md section P): the law where the law is data.
//!
//! Each entry has a value, a validity interval `[from, until)` and its source. The kernel picks
//! the entry in force on the rule's relevant date (C-06) and names it in the decision. Callers
//! may pass their own table for what-if analysis; a parameter with no entry in force makes the
//! dependent answer `undetermined`, naming the parameter. A gap is never filled by a guess.

use crate::date::Date;
use core::fmt;

/// The most parameters one decision can name.
pub const MAX_PARAMS_USED: usize = 12;

/// A parameter's stable identifier (RULES.md section P).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
#[non_exhaustive]
pub enum ParamId {
    /// EEA-08 refund rate, basis points of the estimated Norwegian cost.
    EeaRate,
    /// EEA-14 claim deadline, months.
    EeaDeadlineMonths,
    /// EEA-15 processing time for prior notification, weeks.
    EeaProcessingPriorWeeks,
    /// EEA-15 processing time for a refund claim, weeks.
    EeaProcessingRefundWeeks,
    /// EEA-13 minimum distance each way, km (the trip must be strictly longer).
    TravelMinKm,
    /// EEA-13 / pasientreiseforskriften § 21: from this distance each way, km, the cheapest
    /// scheduled transport is refunded instead of the km rate.
    TravelLongTripKm,
    /// EEA-13 km rate, øre per km.
    TravelRate,
    /// Patient-travel user fee one way, øre.
    TravelUserFee,
    /// Exemption-card ceiling (egenandelstak), øre.
    FrikortCeiling,
    /// EEA-19 user fee per outpatient specialist consultation, øre.
    OutpatientFee,
    /// Price per DRG point (somatic), øre.
    DrgUnitPrice,
    /// IN-01 longest temporary stay, months.
    InTemporaryMonths,
    /// RISK-01 look-back for MRSA screening, months.
    RiskMrsaMonths,
    /// ABR-03 Helse Nord's cases handled at Oslo universitetssykehus (flag).
    HelseNordAtOus,
    /// ABR-05 Nordic drug protocols for children with therapy-resistant cancer (flag).
    NordicChildProtocols,
    /// G-04 the UK counts as an EU state for EEA-02 (flag).
    UkInEeaRefund,
    /// IN-05 the terms on which UK residents are covered on a temporary stay in Norway, as a
    /// [`UkCover`] number.
    UkTempStayCover,
    /// IN-10 what residents of Québec are entitled to, as a [`QuebecScope`] number: seed 002
    /// does not say, so there is no built-in value.
    InQuebecScope,
    /// MET-02 the Nye metoder meeting calendar: one entry per meeting day (`[day, day + 1)`,
    /// value 1). The seed gives no dates: the caller supplies them.
    MetMeetings,
    /// MET-01, MET-06 legemiddelsoknader.no in use in Helse Vest (flag).
    MetWebApplication,
}

/// The values of `P-UK-TEMP-STAY-COVER` (IN-05): the three regimes in force since 2019.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum UkCover {
    /// 1: as an EU/EEA state, with the EHIC (until the end of the transition period).
    AsEea = 1,
    /// 2: the Norway-UK convention of 1990 with its protocol on medical treatment: UK and
    /// Norwegian nationals resident in the UK, immediately necessary care, on a valid passport.
    BilateralProtocol = 2,
    /// 3: the convention of 30 June 2023 (Iceland, Liechtenstein, Norway, UK): a UK GHIC or
    /// EHIC, any nationality, necessary care on members' terms.
    Convention2023 = 3,
}

impl UkCover {
    /// The regime with this parameter value.
    pub const fn from_value(v: i64) -> Option<UkCover> {
        match v {
            1 => Some(UkCover::AsEea),
            2 => Some(UkCover::BilateralProtocol),
            3 => Some(UkCover::Convention2023),
            _ => None,
        }
    }
}

/// The values of `P-IN-QUEBEC-SCOPE` (IN-10).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum QuebecScope {
    /// 1: care that becomes necessary during the stay.
    NecessaryCare = 1,
    /// 2: necessary care and planned treatment.
    NecessaryAndPlanned = 2,
}

impl QuebecScope {
    /// The scope with this parameter value.
    pub const fn from_value(v: i64) -> Option<QuebecScope> {
        match v {
            1 => Some(QuebecScope::NecessaryCare),
            2 => Some(QuebecScope::NecessaryAndPlanned),
            _ => None,
        }
    }
}

/// The unit of a parameter's integer value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Unit {
    /// 10 000 = 100 %.
    BasisPoints,
    /// Calendar months.
    Months,
    /// Weeks of 7 days.
    Weeks,
    /// Kilometres.
    Km,
    /// Øre.
    Ore,
    /// Øre per kilometre.
    OrePerKm,
    /// 1 = in force.
    Flag,
    /// One of a numbered list of regimes (the parameter names its values).
    Regime,
}

impl Unit {
    /// Every unit.
    pub const ALL: [Unit; 8] = [
        Unit::BasisPoints,
        Unit::Months,
        Unit::Weeks,
        Unit::Km,
        Unit::Ore,
        Unit::OrePerKm,
        Unit::Flag,
        Unit::Regime,
    ];

    /// The unit's name in a parameter file (`basis_points`, `ore_per_km` …).
    pub const fn name(self) -> &'static str {
        match self {
            Unit::BasisPoints => "basis_points",
            Unit::Months => "months",
            Unit::Weeks => "weeks",
            Unit::Km => "km",
            Unit::Ore => "ore",
            Unit::OrePerKm => "ore_per_km",
            Unit::Flag => "flag",
            Unit::Regime => "regime",
        }
    }

    /// The unit with this name.
    pub fn from_name(s: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.name() == s)
    }
}

impl ParamId {
    /// Every parameter, in RULES.md order.
    pub const ALL: [ParamId; 20] = [
        ParamId::EeaRate,
        ParamId::EeaDeadlineMonths,
        ParamId::EeaProcessingPriorWeeks,
        ParamId::EeaProcessingRefundWeeks,
        ParamId::TravelMinKm,
        ParamId::TravelLongTripKm,
        ParamId::TravelRate,
        ParamId::TravelUserFee,
        ParamId::FrikortCeiling,
        ParamId::OutpatientFee,
        ParamId::DrgUnitPrice,
        ParamId::InTemporaryMonths,
        ParamId::RiskMrsaMonths,
        ParamId::HelseNordAtOus,
        ParamId::NordicChildProtocols,
        ParamId::UkInEeaRefund,
        ParamId::UkTempStayCover,
        ParamId::InQuebecScope,
        ParamId::MetMeetings,
        ParamId::MetWebApplication,
    ];

    /// The stable name used in RULES.md and in JSON, for example `P-EEA-RATE`.
    pub const fn name(self) -> &'static str {
        match self {
            ParamId::EeaRate => "P-EEA-RATE",
            ParamId::EeaDeadlineMonths => "P-EEA-DEADLINE-MONTHS",
            ParamId::EeaProcessingPriorWeeks => "P-EEA-PROCESSING-PRIOR-WEEKS",
            ParamId::EeaProcessingRefundWeeks => "P-EEA-PROCESSING-REFUND-WEEKS",
            ParamId::TravelMinKm => "P-TRAVEL-MIN-KM",
            ParamId::TravelLongTripKm => "P-TRAVEL-LONG-TRIP-KM",
            ParamId::TravelRate => "P-TRAVEL-RATE",
            ParamId::TravelUserFee => "P-TRAVEL-USER-FEE",
            ParamId::FrikortCeiling => "P-FRIKORT-CEILING",
            ParamId::OutpatientFee => "P-OUTPATIENT-FEE",
            ParamId::DrgUnitPrice => "P-DRG-UNIT-PRICE",
            ParamId::InTemporaryMonths => "P-IN-TEMPORARY-MONTHS",
            ParamId::RiskMrsaMonths => "P-RISK-MRSA-MONTHS",
            ParamId::HelseNordAtOus => "P-HELSE-NORD-AT-OUS",
            ParamId::NordicChildProtocols => "P-NORDIC-CHILD-PROTOCOLS",
            ParamId::UkInEeaRefund => "P-UK-IN-EEA-REFUND",
            ParamId::UkTempStayCover => "P-UK-TEMP-STAY-COVER",
            ParamId::InQuebecScope => "P-IN-QUEBEC-SCOPE",
            ParamId::MetMeetings => "P-MET-MEETINGS",
            ParamId::MetWebApplication => "P-MET-WEB-APPLICATION",
        }
    }

    /// The parameter with this name.
    pub fn from_name(name: &str) -> Option<ParamId> {
        ParamId::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The unit of the value.
    pub const fn unit(self) -> Unit {
        match self {
            ParamId::EeaRate => Unit::BasisPoints,
            ParamId::EeaDeadlineMonths | ParamId::InTemporaryMonths | ParamId::RiskMrsaMonths => {
                Unit::Months
            }
            ParamId::EeaProcessingPriorWeeks | ParamId::EeaProcessingRefundWeeks => Unit::Weeks,
            ParamId::TravelMinKm | ParamId::TravelLongTripKm => Unit::Km,
            ParamId::TravelRate => Unit::OrePerKm,
            ParamId::TravelUserFee
            | ParamId::FrikortCeiling
            | ParamId::OutpatientFee
            | ParamId::DrgUnitPrice => Unit::Ore,
            ParamId::HelseNordAtOus
            | ParamId::NordicChildProtocols
            | ParamId::UkInEeaRefund
            | ParamId::MetMeetings
            | ParamId::MetWebApplication => Unit::Flag,
            ParamId::UkTempStayCover | ParamId::InQuebecScope => Unit::Regime,
        }
    }

    /// The largest value that makes sense for the unit; a table entry above it is rejected,
    /// so that the arithmetic downstream cannot overflow on a what-if table.
    pub const fn max_value(self) -> i64 {
        match self.unit() {
            Unit::BasisPoints => 100_000, // 1000 %: what-if room, still exact
            Unit::Months | Unit::Weeks => 1200,
            Unit::Km => 100_000,
            Unit::Ore => 100_000_000_000, // NOK 1 000 000 000
            Unit::OrePerKm => 1_000_000,
            Unit::Flag => 1,
            Unit::Regime => match self {
                ParamId::UkTempStayCover => 3,
                _ => 2,
            },
        }
    }
}

impl fmt::Display for ParamId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for ParamId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::name::Name(self.name()).serialize(s)
    }
}

/// One dated value of a parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct ParamEntry<'a> {
    /// Which parameter.
    pub id: ParamId,
    /// The integer value, in the parameter's [`Unit`].
    pub value: i64,
    /// First day in force; `None`: since before any case the kernel decides.
    pub from: Option<Date>,
    /// First day no longer in force; `None`: still in force.
    pub until: Option<Date>,
    /// Where the value comes from (law, seed, page), so a caseworker can check it. Not in the
    /// decision JSON: a decision names the entry (id, value, validity) and its receipt names the
    /// table, whose file or listing (`helserett params`) carries the sources; `explain` shows
    /// them.
    #[serde(skip)]
    pub source: &'a str,
}

impl ParamEntry<'_> {
    /// Whether the entry is in force on `date`.
    pub fn in_force(&self, date: Date) -> bool {
        self.from.is_none_or(|f| f <= date) && self.until.is_none_or(|u| date < u)
    }
}

/// The longest source (or note) of one entry, in bytes of UTF-8: every table's limit, a file's,
/// Python rows' and a C struct's alike.
pub const MAX_PARAM_SOURCE: usize = 400;

/// Why a caller's parameter table was rejected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
#[non_exhaustive]
pub enum ParamTableError {
    /// Entry `index` has `from` on or after `until`.
    EmptyInterval {
        /// Position in the table.
        index: usize,
    },
    /// Entry `index` has a value outside `0..=max_value` for its unit.
    ValueOutOfRange {
        /// Position in the table.
        index: usize,
    },
    /// Entry `index` overlaps an earlier entry for the same parameter: the law in force on a
    /// date must be one value.
    Overlap {
        /// Position in the table.
        index: usize,
    },
    /// Entry `index` has a source that is empty, longer than the 400 bytes a source holds, or
    /// holds a control character: every decision cites it, and listings print it.
    Source {
        /// Position in the table.
        index: usize,
    },
}

impl ParamTableError {
    /// The position of the entry at fault.
    pub const fn index(self) -> usize {
        match self {
            ParamTableError::EmptyInterval { index }
            | ParamTableError::ValueOutOfRange { index }
            | ParamTableError::Overlap { index }
            | ParamTableError::Source { index } => index,
        }
    }

    /// What is wrong with the entry, without naming it (an [`Error`](crate::Error) names it in
    /// its path: `parameters[3].until`).
    pub const fn what(self) -> &'static str {
        match self {
            ParamTableError::EmptyInterval { .. } => "`from` must be before `until`",
            ParamTableError::ValueOutOfRange { .. } => "value out of range for its unit",
            ParamTableError::Overlap { .. } => "overlaps an earlier entry for the same parameter",
            ParamTableError::Source { .. } => {
                "the source is empty, over 400 bytes or holds a control character"
            }
        }
    }
}

impl fmt::Display for ParamTableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "parameters[{}]: {}", self.index(), self.what())
    }
}

impl core::error::Error for ParamTableError {}

/// `Params::first` for a parameter with no entry.
const NO_ENTRY: u16 = u16::MAX;

// `ParamId as usize` is the parameter's position in `ParamId::ALL`.
const _: () = {
    let mut i = 0;
    while i < ParamId::ALL.len() {
        assert!(ParamId::ALL[i] as usize == i);
        i += 1;
    }
};

/// Where each parameter's first entry is in `entries` (a table longer than `u16::MAX - 1`
/// entries is searched from the top for the parameters first named past that point).
const fn first_entries(entries: &[ParamEntry<'_>]) -> [u16; ParamId::ALL.len()] {
    let mut first = [NO_ENTRY; ParamId::ALL.len()];
    let mut i = entries.len();
    while i > 0 {
        i -= 1;
        first[entries[i].id as usize] = if i < NO_ENTRY as usize { i as u16 } else { 0 };
    }
    first
}

const BUILTIN_FIRST: [u16; ParamId::ALL.len()] = first_entries(BUILTIN);

/// How a missing year's rate is estimated (issue 24; the estimate module applies it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Estimate {
    /// The uprating per year, in basis points of the year before (10 000: carried forward
    /// unchanged; 10 300: 3 % a year), applied once per calendar year, rounded half up to
    /// whole units each time.
    pub uprate_bp_per_year: u32,
}

impl Estimate {
    /// Carried forward unchanged.
    pub const CARRY_FORWARD: Estimate = Estimate {
        uprate_bp_per_year: 10_000,
    };

    /// The highest uprating accepted: 50 % a year (an index above that is a typing error).
    pub const MAX_UPRATE_BP: u32 = 15_000;
    /// The lowest: 50 % down a year.
    pub const MIN_UPRATE_BP: u32 = 5_000;
}

/// A validated table of dated parameters.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub struct Params<'a> {
    entries: &'a [ParamEntry<'a>],
    /// For each parameter (by `ParamId as usize`), where its first entry is, or `NO_ENTRY`:
    /// a lookup starts there instead of at the top (a decision makes about fifteen).
    first: [u16; ParamId::ALL.len()],
    /// SHA-256 of the table's canonical encoding (the receipt's `params_sha256`).
    sha256: [u8; 32],
    /// Whether a missing year's rate is estimated, and how (issue 24; `None`: never).
    estimate: Option<Estimate>,
}

impl<'a> Params<'a> {
    /// The built-in table: the values RULES.md gives with a source.
    pub const fn builtin() -> Params<'static> {
        Params {
            entries: BUILTIN,
            first: BUILTIN_FIRST,
            sha256: BUILTIN_SHA256,
            estimate: None,
        }
    }

    /// A caller's table, checked: non-empty intervals, values in range, no overlaps, and
    /// sources that can be cited and printed (whichever way the table came: a file, Python
    /// rows, a C struct).
    pub fn new(entries: &'a [ParamEntry<'a>]) -> Result<Params<'a>, ParamTableError> {
        for (index, e) in entries.iter().enumerate() {
            let s = e.source;
            let printable = !s.chars().any(char::is_control);
            if s.is_empty() || s.len() > MAX_PARAM_SOURCE || !printable {
                return Err(ParamTableError::Source { index });
            }
            if let (Some(f), Some(u)) = (e.from, e.until) {
                if f >= u {
                    return Err(ParamTableError::EmptyInterval { index });
                }
            }
            if e.value < 0 || e.value > e.id.max_value() {
                return Err(ParamTableError::ValueOutOfRange { index });
            }
            let overlaps = entries[..index]
                .iter()
                .any(|o| o.id == e.id && intervals_overlap(o, e));
            if overlaps {
                return Err(ParamTableError::Overlap { index });
            }
        }
        Ok(Params {
            entries,
            first: first_entries(entries),
            sha256: table_sha256(entries),
            estimate: None,
        })
    }

    /// This table, estimating a missing year's rate as `estimate` says (`None`: never, the
    /// default). The receipt of every decision made with it records the choice.
    pub const fn with_estimate(self, estimate: Option<Estimate>) -> Params<'a> {
        Params { estimate, ..self }
    }

    /// Whether and how a missing year's rate is estimated.
    pub const fn estimate(&self) -> Option<Estimate> {
        self.estimate
    }

    /// The entries, in table order.
    pub fn entries(&self) -> &'a [ParamEntry<'a>] {
        self.entries
    }

    /// SHA-256 of the table's canonical encoding (see [`table_sha256`]).
    pub const fn sha256(&self) -> [u8; 32] {
        self.sha256
    }

    /// The entry for `id` in force on `date`, if any (C-06).
    pub fn lookup(&self, id: ParamId, date: Date) -> Option<&'a ParamEntry<'a>> {
        let start = self.first[id as usize];
        if start == NO_ENTRY {
            return None;
        }
        self.entries
            .get(usize::from(start)..)?
            .iter()
            .find(|e| e.id == id && e.in_force(date))
    }

    /// The years of `from..=to` in which `id` lacks a value on some day, each with the days
    /// covered and the days of the year; none for a flag (its absence is "not in force") or a
    /// parameter only a caller supplies (a list, such as the meeting calendar). What an
    /// operator must fill in (issue 24); the CLI, the kiosk's header and `params check` list it.
    pub fn gaps(
        &self,
        id: ParamId,
        from: u16,
        to: u16,
    ) -> impl Iterator<Item = (u16, u32, u32)> + '_ {
        let yearly = id.unit() != Unit::Flag && !NO_BUILTIN_VALUE.contains(&id);
        (from..=to).filter(move |_| yearly).filter_map(move |y| {
            let (covered, days) = self.days_in_force(id, y);
            (covered < days).then_some((y, covered, days))
        })
    }

    /// The periods `[from, until)` of calendar year `year` in which no entry of `id` is in
    /// force, in date order: what a template asks an operator to fill in.
    pub fn gap_periods(&self, id: ParamId, year: u16) -> impl Iterator<Item = (Date, Date)> + '_ {
        let start = Date::new(year, 1, 1).ok();
        let end = Date::new(year.saturating_add(1), 1, 1).ok();
        let mut at = start;
        core::iter::from_fn(move || {
            let end = end?;
            loop {
                let cur = at.filter(|c| *c < end)?;
                let of = self.entries.iter().filter(|e| e.id == id);
                if let Some(e) = of.clone().find(|e| e.in_force(cur)) {
                    at = Some(e.until.map_or(end, |u| u.min(end)));
                    continue;
                }
                let next = of.filter_map(|e| e.from).filter(|f| *f > cur).min();
                let until = next.map_or(end, |n| n.min(end));
                at = Some(until);
                return Some((cur, until));
            }
        })
    }

    /// How many days of calendar year `year` some entry of `id` is in force, out of the
    /// year's days: a year with fewer is a gap an operator must fill (or, for a parameter
    /// that is a list such as the meeting calendar, simply the days it names).
    pub fn days_in_force(&self, id: ParamId, year: u16) -> (u32, u32) {
        let (Some(start), Some(end)) = (
            Date::new(year, 1, 1).ok(),
            Date::new(year.saturating_add(1), 1, 1).ok(),
        ) else {
            return (0, 0);
        };
        let total = start.days_until(end) as u32;
        let mut covered = 0u32;
        for e in self.entries.iter().filter(|e| e.id == id) {
            let from = e.from.map_or(start, |f| f.max(start));
            let until = e.until.map_or(end, |u| u.min(end));
            if from < until {
                covered += from.days_until(until) as u32;
            }
        }
        (covered.min(total), total)
    }
}

/// SHA-256 over the table's canonical encoding, the same on every platform: for each entry in
/// table order the UTF-8 line `ID \t VALUE \t FROM \t UNTIL \t LEN:SOURCE \n`, where ID is the
/// parameter's name (`P-EEA-RATE`), VALUE the integer in decimal, FROM and UNTIL `YYYY-MM-DD`
/// or `-` when open, and LEN the source's length in bytes (so that no source can pass for the
/// next entry). An auditor recomputes it from a table file with any SHA-256 tool.
pub fn table_sha256(entries: &[ParamEntry<'_>]) -> [u8; 32] {
    use sha2::Digest as _;
    let mut h = sha2::Sha256::new();
    let mut num = [0u8; 20];
    for e in entries {
        h.update(e.id.name().as_bytes());
        h.update(b"\t");
        h.update(decimal(e.value, &mut num));
        h.update(b"\t");
        for d in [e.from, e.until] {
            match d {
                Some(d) => h.update(d.to_iso()),
                None => h.update(b"-"),
            }
            h.update(b"\t");
        }
        h.update(decimal(e.source.len() as i64, &mut num));
        h.update(b":");
        h.update(e.source.as_bytes());
        h.update(b"\n");
    }
    h.finalize().into()
}

/// `v` in decimal ASCII, in `buf`.
fn decimal(v: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut n = v.unsigned_abs();
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if v < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    &buf[i..]
}

/// [`table_sha256`] of the built-in table, kept as a constant (a test recomputes it).
pub const BUILTIN_SHA256: [u8; 32] = [
    0x72, 0xd7, 0x37, 0x55, 0x13, 0xa0, 0x02, 0x12, 0x39, 0x11, 0xfc, 0xad, 0xe1, 0xda, 0x42, 0xbf,
    0xae, 0x81, 0x78, 0xcf, 0xe1, 0x75, 0xab, 0x39, 0xcf, 0x41, 0x32, 0x7f, 0x79, 0xfd, 0xb6, 0x5f,
];

fn intervals_overlap(a: &ParamEntry<'_>, b: &ParamEntry<'_>) -> bool {
    // [a.from, a.until) and [b.from, b.until) overlap unless one ends before the other starts.
    let a_ends_first = matches!((a.until, b.from), (Some(u), Some(f)) if u <= f);
    let b_ends_first = matches!((b.until, a.from), (Some(u), Some(f)) if u <= f);
    !(a_ends_first || b_ends_first)
}

const fn entry(
    id: ParamId,
    value: i64,
    from: Option<Date>,
    until: Option<Date>,
    source: &'static str,
) -> ParamEntry<'static> {
    ParamEntry {
        id,
        value,
        from,
        until,
        source,
    }
}

const fn d(y: u16, m: u8, day: u8) -> Option<Date> {
    Some(Date::ymd(y, m, day))
}

const HELFO_GUIDE: &str = "Helfo, 'Hospital treatment and other specialised health services in EU/EEA countries' (helsenorge.no, updated 2 October 2023); forskrift 22. november 2010 om stønad til helsetjeneste mottatt i et annet EØS-land";
const PASIENTREISE_2024: &str = "pasientreiseforskriften § 21 (FOR 19.12.2023 nr. 2234)";
/// FOR-2025-01-22-96, which rewrote pasientreiseforskriften § 21 and § 24 from 3 March 2025.
const PASIENTREISE_2025: &str = "pasientreiseforskriften §§ 21 and 24 as amended by FOR-2025-01-22-96, in force 2025-03-03: NOK 3.10 per km (standard rate, trips under 300 km each way); user fee NOK 171 each way (Norsk Lovtidend avd. I 2025)";

/// Parameters the sources give no value for at all: only a caller's table can supply them,
/// and without one the answer that needs them is `undetermined`, naming them.
pub const NO_BUILTIN_VALUE: &[ParamId] = &[ParamId::InQuebecScope, ParamId::MetMeetings];

/// The built-in table (RULES.md section P). Where RULES.md gives a value only for a year, the
/// entry is in force for that calendar year and no longer: these amounts change every year, and
/// applying last year's value silently would be a wrong answer, not a missing one.
static BUILTIN: &[ParamEntry<'static>] = &[
    entry(ParamId::EeaRate, 8_000, None, d(2023, 10, 2), "EEA-08; Helfo, 'Hospital treatment and other specialised health services in EU/EEA countries' (helsenorge.no, updated 2 October 2023): 80 % of the estimated DRG cost before 2 October 2023"),
    entry(ParamId::EeaRate, 10_000, d(2023, 10, 2), None, "EEA-08; Helfo, 'Hospital treatment and other specialised health services in EU/EEA countries' (helsenorge.no, updated 2 October 2023): 100 % from 2 October 2023"),
    entry(ParamId::EeaDeadlineMonths, 6, None, None, HELFO_GUIDE),
    entry(ParamId::EeaProcessingPriorWeeks, 4, None, None, HELFO_GUIDE),
    entry(ParamId::EeaProcessingRefundWeeks, 12, None, None, HELFO_GUIDE),
    entry(ParamId::TravelMinKm, 10, None, None, "EEA-13; Helfo, 'Hospital treatment and other specialised health services in EU/EEA countries' (helsenorge.no, updated 2 October 2023): longer than ten kilometres each way"),
    entry(ParamId::TravelLongTripKm, 300, None, None, "pasientreiseforskriften § 21: 300 km or more each way at the cheapest scheduled transport"),
    entry(ParamId::TravelRate, 240, d(2018, 1, 1), d(2019, 1, 1), "helsenorge.no, patient-travel rates page (2018 version)"),
    entry(ParamId::TravelRate, 250, d(2019, 1, 1), d(2020, 1, 1), "helsenorge.no, patient-travel rates page (2019 version)"),
    entry(ParamId::TravelRate, 300, d(2024, 1, 1), d(2025, 1, 1), PASIENTREISE_2024),
    // Issue 24 research (docs/research/parameters-2019-2026.md): § 21 rewritten in full from
    // 3 March 2025; 1 January to 2 March 2025 stays a gap (no source found).
    entry(ParamId::TravelRate, 310, d(2025, 3, 3), d(2026, 1, 1), PASIENTREISE_2025),
    entry(ParamId::TravelUserFee, 14_900, d(2018, 1, 1), d(2020, 1, 1), "NorCRIN, 'Patient travel' (https://www.norcrin.no/en/patient-travel/): NOK 149 each way; in force 2018-2019 by the amendment list of pasientreiseforskriften § 24"),
    entry(ParamId::TravelUserFee, 17_100, d(2024, 1, 1), d(2025, 1, 1), "pasientreiseforskriften § 24 (2024)"),
    entry(ParamId::TravelUserFee, 17_100, d(2025, 3, 3), d(2026, 1, 1), PASIENTREISE_2025),
    entry(ParamId::FrikortCeiling, 246_000, d(2020, 1, 1), d(2022, 1, 1), "Helsedirektoratet / regjeringen.no (2020 tak 1, 2021)"),
    entry(ParamId::FrikortCeiling, 292_100, d(2022, 1, 1), d(2023, 1, 1), "state budget 2022"),
    entry(ParamId::FrikortCeiling, 304_000, d(2023, 1, 1), d(2024, 1, 1), "Helsedirektoratet circular, folketrygdloven § 5-3"),
    entry(ParamId::FrikortCeiling, 316_500, d(2024, 1, 1), d(2025, 1, 1), "helsenorge.no, payment at hospitals"),
    entry(ParamId::FrikortCeiling, 327_800, d(2025, 1, 1), d(2026, 1, 1), "helsenorge.no, 'Exemption card for public health services': NOK 3,278 (the year 2025 from a secondary source)"),
    entry(ParamId::FrikortCeiling, 327_800, d(2026, 1, 1), d(2027, 1, 1), "secondary source only (2026)"),
    entry(ParamId::OutpatientFee, 37_500, d(2023, 1, 1), d(2023, 7, 1), "unn.no (until 2023-06-30; start of 2023 assumed)"),
    entry(ParamId::OutpatientFee, 38_600, d(2023, 7, 1), d(2024, 1, 1), "unn.no (from 2023-07-01)"),
    entry(ParamId::OutpatientFee, 40_300, d(2024, 1, 1), d(2025, 1, 1), "helsenorge.no (2024; start date unconfirmed)"),
    entry(ParamId::DrgUnitPrice, 4_342_800, d(2018, 1, 1), d(2019, 1, 1), "Helsedirektoratet, ISF pages (2018)"),
    entry(ParamId::DrgUnitPrice, 4_580_800, d(2020, 1, 1), d(2021, 1, 1), "Helsedirektoratet, ISF pages (2020)"),
    entry(ParamId::DrgUnitPrice, 5_224_800, d(2024, 1, 1), d(2025, 1, 1), "Helsedirektoratet, ISF pages (2024, preliminary)"),
    entry(ParamId::InTemporaryMonths, 12, None, None, "IN-01; 'What care is a foreign national entitled to during a temporary stay in Norway?' (guidance for hospitals, first published 26 April 2019): «inntil tolv måneder»"),
    entry(ParamId::RiskMrsaMonths, 12, None, None, "RISK-01; Helfo, 'Hospital treatment and other specialised health services in EU/EEA countries' (helsenorge.no, updated 2 October 2023)"),
    entry(ParamId::HelseNordAtOus, 1, d(2016, 1, 1), None, "ABR-03; Nasjonalt nettverk for utenlandsbehandling, annual report 2021: 'from 2016', taken as 2016-01-01 (a documented choice)"),
    entry(ParamId::NordicChildProtocols, 1, d(2016, 1, 1), None, "ABR-05; Nasjonalt nettverk for utenlandsbehandling, annual report 2021, section 3.8"),
    entry(ParamId::UkInEeaRefund, 1, None, d(2021, 1, 1), "G-04; EEA EFTA Separation Agreement (transition period ended 2020-12-31)"),
    entry(ParamId::MetWebApplication, 1, d(2025, 10, 1), None, "MET-06; Helse Bergen HF, procedure 1.2.2.5 on methods not approved in Norway (adopted by the executive management 31 August 2021): legemiddelsoknader.no launched in Helse Vest September/October 2025, taken as 2025-10-01 (a documented choice: before it, the manual procedure)"),
    entry(ParamId::UkTempStayCover, 1, None, d(2021, 1, 1), "IN-05; 'What care is a foreign national entitled to during a temporary stay in Norway?' (guidance for hospitals, first published 26 April 2019); EEA EFTA Separation Agreement, Prop. 10 LS (2020-2021): EHIC as for the EU/EEA until 2020-12-31"),
    entry(ParamId::UkTempStayCover, 2, d(2021, 1, 1), d(2024, 1, 1), "IN-05; Norway-UK convention on social security of 19 June 1990 with its protocol on medical treatment, revised from 2021-01-01 (regjeringen.no, ASD press release December 2020): UK and Norwegian nationals resident in the UK, immediate care, valid passport"),
    entry(ParamId::UkTempStayCover, 3, d(2024, 1, 1), None, "IN-05; convention of 30 June 2023 between Iceland, Liechtenstein, Norway and the UK, folketrygdloven § 1-3 b letter e (Prop. 5 LS (2023-2024)); helsenorge.no: UK GHIC/EHIC regardless of citizenship, members' terms"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn on(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    /// The receipts' hash is RustCrypto's SHA-256 (issue 28: it was hand-written): the
    /// FIPS 180-4 examples, through the same calls `table_sha256` makes.
    #[test]
    fn receipt_hash_is_sha256_by_the_fips_180_4_examples() {
        use sha2::Digest as _;
        let hex = |d: [u8; 32]| d.iter().map(|b| format!("{b:02x}")).collect::<String>();
        let digest = |parts: &[&[u8]]| {
            let mut h = sha2::Sha256::new();
            for p in parts {
                h.update(p);
            }
            hex(h.finalize().into())
        };
        assert_eq!(
            digest(&[b"abc"]),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            digest(&[]),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        // Two blocks, fed in pieces.
        assert_eq!(
            digest(&[
                b"abcdbcdecdefdefgefghfghighij",
                b"hijkijkljklmklmnlmnomnopnopq"
            ]),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
    }

    #[test]
    fn builtin_sha256_is_the_tables() {
        let got = table_sha256(BUILTIN);
        let hex: String = got.iter().map(|b| format!("0x{b:02x}, ")).collect();
        assert_eq!(BUILTIN_SHA256, got, "update BUILTIN_SHA256 to [{hex}]");
        // Changing one entry changes the hash.
        let mut changed = BUILTIN.to_vec();
        changed[0].value += 1;
        assert_ne!(table_sha256(&changed), got);
    }

    #[test]
    fn builtin_table_is_valid_and_every_parameter_has_an_entry() {
        let p = Params::new(BUILTIN).expect("built-in table must validate");
        for id in ParamId::ALL {
            let has = p.entries().iter().any(|e| e.id == id);
            assert_eq!(has, !NO_BUILTIN_VALUE.contains(&id), "{id}");
            assert_eq!(ParamId::from_name(id.name()), Some(id));
        }
    }

    #[test]
    fn p_the_periods_a_year_lacks_are_named() {
        let p = Params::builtin();
        let gaps: heapless::Vec<(Date, Date), 4> =
            p.gap_periods(ParamId::TravelRate, 2026).collect();
        assert_eq!(&gaps[..], &[(Date::ymd(2026, 1, 1), Date::ymd(2027, 1, 1))]);
        let none: heapless::Vec<(Date, Date), 4> =
            p.gap_periods(ParamId::TravelRate, 2024).collect();
        assert!(none.is_empty());
    }

    #[test]
    fn p_eea_rate_selected_by_date() {
        let p = Params::builtin();
        assert_eq!(
            p.lookup(ParamId::EeaRate, on("2023-10-01")).unwrap().value,
            8_000
        );
        assert_eq!(
            p.lookup(ParamId::EeaRate, on("2023-10-02")).unwrap().value,
            10_000
        );
        assert_eq!(
            p.lookup(ParamId::EeaRate, on("2026-11-23")).unwrap().value,
            10_000
        );
    }

    #[test]
    fn p_travel_rate_gaps_are_gaps() {
        let p = Params::builtin();
        assert_eq!(
            p.lookup(ParamId::TravelRate, on("2018-06-01"))
                .unwrap()
                .value,
            240
        );
        assert_eq!(
            p.lookup(ParamId::TravelRate, on("2019-12-31"))
                .unwrap()
                .value,
            250
        );
        assert!(p.lookup(ParamId::TravelRate, on("2021-06-01")).is_none());
        assert_eq!(
            p.lookup(ParamId::TravelRate, on("2024-03-04"))
                .unwrap()
                .value,
            300
        );
        // From 3 March 2025 (FOR-2025-01-22-96); January and February 2025 are a gap.
        assert_eq!(
            p.lookup(ParamId::TravelRate, on("2025-03-04"))
                .unwrap()
                .value,
            310
        );
        assert!(p.lookup(ParamId::TravelRate, on("2025-02-04")).is_none());
        assert!(p.lookup(ParamId::TravelRate, on("2026-03-04")).is_none());
    }

    #[test]
    fn caller_tables_are_checked() {
        let good = [entry(
            ParamId::EeaRate,
            8_000,
            None,
            None,
            "what-if: 80 % throughout",
        )];
        let p = Params::new(&good).unwrap();
        assert_eq!(
            p.lookup(ParamId::EeaRate, on("2024-01-01")).unwrap().value,
            8_000
        );
        let overlap = [
            entry(ParamId::EeaRate, 8_000, None, d(2024, 1, 1), "a"),
            entry(ParamId::EeaRate, 9_000, d(2023, 6, 1), None, "b"),
        ];
        assert_eq!(
            Params::new(&overlap).unwrap_err(),
            ParamTableError::Overlap { index: 1 }
        );
        let touching = [
            entry(ParamId::EeaRate, 8_000, None, d(2024, 1, 1), "a"),
            entry(ParamId::EeaRate, 9_000, d(2024, 1, 1), None, "b"),
        ];
        assert!(Params::new(&touching).is_ok());
        let empty = [entry(
            ParamId::EeaRate,
            1,
            d(2024, 1, 1),
            d(2024, 1, 1),
            "x",
        )];
        assert_eq!(
            Params::new(&empty).unwrap_err(),
            ParamTableError::EmptyInterval { index: 0 }
        );
        let big = [entry(ParamId::UkInEeaRefund, 2, None, None, "x")];
        assert_eq!(
            Params::new(&big).unwrap_err(),
            ParamTableError::ValueOutOfRange { index: 0 }
        );
        let neg = [entry(ParamId::TravelRate, -1, None, None, "x")];
        assert_eq!(
            Params::new(&neg).unwrap_err(),
            ParamTableError::ValueOutOfRange { index: 0 }
        );
    }
}
