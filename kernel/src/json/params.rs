//! A parameter table as a file (`kernel/schema/params.schema.json`, `helserett.params/1`):
//! `{"schema": "helserett.params/1", "parameters": [{"id", "value", "unit"?, "from"?,
//! "until"?, "source", "note"?}, …]}`, read without allocation into a [`ParamTable`] of fixed
//! capacity and checked as [`Params::new`] checks a table (validity, range, overlap), every
//! error naming the entry. The call says whether the file replaces the built-in table or
//! overlays it (its parameters replace the built-in entries of the same parameters).

use super::read::{field, Cx, Object, OwnedObjectSeed, Schema, Sink, StrSeed};
use crate::date::Date;
use crate::error::{Error, ErrorKind, FieldPath};
use crate::params::{ParamEntry, ParamId, Params};
use heapless::{String, Vec};
use serde::de::MapAccess;

/// The parameter file schema this kernel reads.
pub const PARAMS_SCHEMA: &str = "helserett.params/1";
/// The most entries a table holds (the built-in ones included, when overlaid).
pub const MAX_PARAM_ENTRIES: usize = 96;
/// The most bytes of source and note text a table holds in all.
pub const MAX_PARAM_TEXT: usize = 8192;
/// The longest source or note of one entry, in bytes (declared with the table it limits).
pub use crate::params::MAX_PARAM_SOURCE;

/// Whether a caller's file replaces the built-in table or overlays it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum ParamsMode {
    /// Only the file's entries: a parameter it does not name has no value.
    Replace,
    /// The built-in table, except that every parameter the file names takes the file's
    /// entries instead of the built-in ones.
    Overlay,
}

/// One entry as stored: its texts are ranges into the table's text.
#[derive(Clone, Copy, Debug)]
struct Stored {
    id: ParamId,
    value: i64,
    from: Option<Date>,
    until: Option<Date>,
    source: (u16, u16),
    /// The built-in table's own source, for an overlaid built-in entry.
    builtin_source: Option<&'static str>,
}

/// A checked parameter table read from a file, in caller memory.
pub struct ParamTable {
    stored: Vec<Stored, MAX_PARAM_ENTRIES>,
    text: String<MAX_PARAM_TEXT>,
    /// The file's `estimate`: whether a year it lacks is estimated (issue 24; `None`: never).
    estimate: Option<crate::estimate::Estimate>,
}

impl ParamTable {
    /// The entries, to build [`Params`] from (`Params::new(&table.entries())` cannot fail: the
    /// table was checked when it was read).
    pub fn entries(&self) -> Vec<ParamEntry<'_>, MAX_PARAM_ENTRIES> {
        let mut out = Vec::new();
        for s in &self.stored {
            let source = match s.builtin_source {
                Some(b) => b,
                None => self
                    .text
                    .get(usize::from(s.source.0)..usize::from(s.source.1))
                    .unwrap_or(""),
            };
            // Capacity is the same as `stored`'s.
            let _ = out.push(ParamEntry {
                id: s.id,
                value: s.value,
                from: s.from,
                until: s.until,
                source,
            });
        }
        out
    }

    /// Runs `f` with the table as the kernel decides with it: its entries, and its estimate
    /// setting (the one way a file's table becomes [`Params`], for every interface).
    pub fn with_params<R>(&self, f: impl FnOnce(Params<'_>) -> R) -> R {
        let entries = self.entries();
        // The table was checked when it was read: `new` cannot refuse it.
        let params = Params::new(&entries).unwrap_or(Params::builtin());
        f(params.with_estimate(self.estimate))
    }

    /// Whether the file asks for a missing year's rate to be estimated, and how: apply it with
    /// `Params::with_estimate`.
    pub fn estimate(&self) -> Option<crate::estimate::Estimate> {
        self.estimate
    }

    /// How many entries the table has.
    pub fn len(&self) -> usize {
        self.stored.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.stored.is_empty()
    }
}

/// Reads and checks a parameter file; `mode` says whether it replaces or overlays the
/// built-in table. An error names the entry (`parameters[3].id`, `parameters[5]`).
pub fn params_from_json(input: &[u8], mode: ParamsMode) -> Result<ParamTable, Error> {
    let fresh = || FileRaw {
        schema_seen: false,
        table: ParamTable {
            stored: Vec::new(),
            text: String::new(),
            estimate: None,
        },
    };
    let mut table = super::read::parse(input, fresh, &SCHEMA)?.table;
    // The file's own entries are checked alone, so that an error's index is the file's.
    {
        let entries = table.entries();
        Params::new(&entries).map_err(Error::from_table)?;
    }
    if mode == ParamsMode::Overlay {
        let named = |id: ParamId| table.stored.iter().any(|s| s.id == id);
        let mut merged: Vec<Stored, MAX_PARAM_ENTRIES> = Vec::new();
        for e in Params::builtin().entries().iter().filter(|e| !named(e.id)) {
            let s = Stored {
                id: e.id,
                value: e.value,
                from: e.from,
                until: e.until,
                source: (0, 0),
                builtin_source: Some(e.source),
            };
            merged.push(s).map_err(|_| too_many())?;
        }
        for s in &table.stored {
            merged.push(*s).map_err(|_| too_many())?;
        }
        table.stored = merged;
    }
    Ok(table)
}

fn too_many() -> Error {
    Error::new(ErrorKind::TooMany, FieldPath::of(&["parameters"]))
}

static TOP: [&str; 3] = ["schema", "parameters", "estimate"];
static ENTRY: [&str; 7] = ["id", "value", "unit", "from", "until", "source", "note"];
static ESTIMATE: [&str; 1] = ["uprate_bp_per_year"];

static SCHEMA: Schema = Schema {
    name: |s| {
        TOP.iter()
            .chain(ENTRY.iter())
            .chain(ESTIMATE.iter())
            .find(|n| **n == s)
    },
    is_amount: |_| false,
};

/// The file's `estimate` object being read.
#[derive(Default)]
struct EstimateRaw {
    uprate_bp_per_year: Option<i64>,
    /// An object was read (`null` reads none).
    present: bool,
}

impl Object for EstimateRaw {
    fn field(&self, name: &str) -> Option<(usize, &'static &'static str)> {
        let i = ESTIMATE.iter().position(|f| *f == name)?;
        Some((i, &ESTIMATE[i]))
    }

    fn nearest(&self, name: &str) -> Option<&'static &'static str> {
        crate::suggest::nearest(name, ESTIMATE.iter())
    }

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        _i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        use crate::estimate::Estimate;
        let range = i64::from(Estimate::MIN_UPRATE_BP)..=i64::from(Estimate::MAX_UPRATE_BP);
        self.uprate_bp_per_year = field::int(map, cx, range)?;
        Ok(())
    }

    fn finish(&mut self, _cx: Cx<'_>) -> Result<(), (ErrorKind, &'static &'static str)> {
        self.present = true;
        Ok(())
    }
}

struct FileRaw {
    schema_seen: bool,
    table: ParamTable,
}

impl Object for FileRaw {
    fn field(&self, name: &str) -> Option<(usize, &'static &'static str)> {
        let i = TOP.iter().position(|f| *f == name)?;
        Some((i, &TOP[i]))
    }

    fn nearest(&self, name: &str) -> Option<&'static &'static str> {
        crate::suggest::nearest(name, TOP.iter())
    }

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        if i == 2 {
            // `{"uprate_bp_per_year": 10300}`; `{}` carries forward unchanged; `null`: none.
            let mut e = EstimateRaw::default();
            field::object(map, cx, &mut e)?;
            if e.present {
                let bp = e.uprate_bp_per_year.map_or(10_000, |v| v as u32);
                self.table.estimate = Some(crate::estimate::Estimate {
                    uprate_bp_per_year: bp,
                });
            }
            return Ok(());
        }
        if i == 0 {
            let ok = |s: &str| {
                if s == PARAMS_SCHEMA {
                    Ok(())
                } else {
                    Err(ErrorKind::UnsupportedSchema)
                }
            };
            map.next_value_seed(StrSeed(cx, ok))?;
            self.schema_seen = true;
            return Ok(());
        }
        let seed = OwnedObjectSeed::<EntryRaw>::new;
        let sink = TableSink(&mut self.table);
        field::array(map, cx, seed, sink)?;
        Ok(())
    }

    fn finish(&mut self, _cx: Cx<'_>) -> Result<(), (ErrorKind, &'static &'static str)> {
        if !self.schema_seen {
            return Err((ErrorKind::MissingField, &TOP[0]));
        }
        Ok(())
    }
}

/// One entry being read.
#[derive(Default)]
struct EntryRaw {
    id: Option<ParamId>,
    value: Option<i64>,
    from: Option<Date>,
    until: Option<Date>,
    source: Option<String<MAX_PARAM_SOURCE>>,
    unit: Option<crate::params::Unit>,
}

impl Object for EntryRaw {
    fn field(&self, name: &str) -> Option<(usize, &'static &'static str)> {
        let i = ENTRY.iter().position(|f| *f == name)?;
        Some((i, &ENTRY[i]))
    }

    fn nearest(&self, name: &str) -> Option<&'static &'static str> {
        crate::suggest::nearest(name, ENTRY.iter())
    }

    fn read<'de, A: MapAccess<'de>>(
        &mut self,
        i: usize,
        map: &mut A,
        cx: Cx<'_>,
    ) -> Result<(), A::Error> {
        match i {
            0 => {
                let id = |s: &str| ParamId::from_name(s).ok_or(ErrorKind::InvalidValue);
                self.id = Some(map.next_value_seed(StrSeed(cx, id))?);
            }
            1 => self.value = field::int(map, cx, i64::MIN..=i64::MAX)?,
            2 => {
                // The unit, when given, must be the parameter's (checked in `finish`, whatever
                // the order of the fields).
                let unit =
                    |s: &str| crate::params::Unit::from_name(s).ok_or(ErrorKind::InvalidValue);
                self.unit = Some(map.next_value_seed(StrSeed(cx, unit))?);
            }
            3 => self.from = field::date(map, cx)?,
            4 => self.until = field::date(map, cx)?,
            5 => {
                let mut text = String::new();
                let put = |s: &str| {
                    printable(s)?;
                    text.push_str(s).map_err(|_| ErrorKind::TooLong)
                };
                field::text(map, cx, put)?;
                self.source = Some(text);
            }
            // A note is for the people who keep the table; the decision cites the source.
            _ => {
                let note = |s: &str| {
                    printable(s)?;
                    // The schema's `maxLength`, in bytes of the unescaped text, as a source's.
                    if s.len() > MAX_PARAM_SOURCE {
                        return Err(ErrorKind::TooLong);
                    }
                    Ok(())
                };
                field::text(map, cx, note)?;
            }
        }
        Ok(())
    }

    fn finish(&mut self, _cx: Cx<'_>) -> Result<(), (ErrorKind, &'static &'static str)> {
        if self.id.is_none() {
            return Err((ErrorKind::MissingField, &ENTRY[0]));
        }
        if self.value.is_none() {
            return Err((ErrorKind::MissingField, &ENTRY[1]));
        }
        match &self.source {
            None => return Err((ErrorKind::MissingField, &ENTRY[5])),
            // Given but empty: a source that cites nothing, said as such.
            Some(s) if s.is_empty() => return Err((ErrorKind::EmptyText, &ENTRY[5])),
            Some(_) => {}
        }
        if let (Some(id), Some(unit)) = (self.id, self.unit) {
            if id.unit() != unit {
                // Not one of the allowed values: a parameter has exactly one unit.
                return Err((ErrorKind::InvalidValue, &ENTRY[2]));
            }
        }
        Ok(())
    }
}

/// A source or a note is printed to a terminal and into listings: a control character (an
/// escape sequence, a line break that would forge a listing line, a NUL) is refused, as in a
/// place name.
fn printable(s: &str) -> Result<(), ErrorKind> {
    if s.chars().any(char::is_control) {
        return Err(ErrorKind::ControlCharacter);
    }
    Ok(())
}

/// Collects the entries into the table, their sources into its text.
struct TableSink<'t>(&'t mut ParamTable);

impl Sink for TableSink<'_> {
    type Item = EntryRaw;
    fn push_item(&mut self, e: EntryRaw) -> Result<(), ErrorKind> {
        let t = &mut *self.0;
        let (Some(id), Some(value), Some(source)) = (e.id, e.value, e.source) else {
            return Err(ErrorKind::TooMany);
        };
        let start = t.text.len();
        t.text.push_str(&source).map_err(|_| ErrorKind::TooMany)?;
        let end = t.text.len();
        let range = (
            u16::try_from(start).map_err(|_| ErrorKind::TooMany)?,
            u16::try_from(end).map_err(|_| ErrorKind::TooMany)?,
        );
        t.stored
            .push(Stored {
                id,
                value,
                from: e.from,
                until: e.until,
                source: range,
                builtin_source: None,
            })
            .map_err(|_| ErrorKind::TooMany)
    }
}
