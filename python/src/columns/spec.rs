//! The columns `evaluate_columns` reads, derived from the kernel's fact table: one per scalar
//! fact of the case, named by the fact's JSON path (`costs.expenses_ore`), so that an error
//! names the same path as the JSON reader. The first treatment date's fields are
//! `treatment.dates[0].*`. Text facts (`travel.home`) take a `str` per row; the set of
//! stages (`prior_notification.stages_granted`) a list or tuple of stage names per row. Not
//! here: `schema` and further treatment dates; use `evaluate_many` for those.

use helserett::case::{PlaceName, Stages, TreatmentDate};
use helserett::error::{FieldPath, Segment};
use helserett::question::AnswerKind;
use helserett::{Case, Country, Date, Fact, Ore, Value};
use std::sync::LazyLock;

/// What a column holds.
#[derive(Clone, Copy)]
pub enum Kind {
    /// `True`, `False`.
    Flag,
    /// A whole number in `min..=max`.
    Int(i64, i64),
    /// An amount in øre.
    Money,
    /// A date.
    Date,
    /// An ISO 3166-1 alpha-2 code.
    Country,
    /// One of the fact's options, by position.
    Choice(&'static [&'static str]),
    /// Free text (a place name), at most the field's capacity.
    Text,
    /// A set of stages: a list of stage names.
    Stages,
}

/// One value, already checked.
#[derive(Clone, Debug)]
pub enum Cell {
    Flag(bool),
    Int(i64),
    Money(Ore),
    Date(Date),
    Country(Country),
    Choice(u8),
    Text(PlaceName),
    Stages(Stages),
}

impl Cell {
    /// The kernel's value for this cell.
    pub(crate) fn value(&self) -> Value<'_> {
        match self {
            Cell::Flag(b) => Value::Bool(*b),
            Cell::Int(i) => Value::Int(*i),
            Cell::Money(o) => Value::Int(o.get()),
            Cell::Date(d) => Value::Date(*d),
            Cell::Country(c) => Value::Country(*c),
            Cell::Choice(i) => Value::Choice(*i),
            Cell::Text(t) => Value::Text(t),
            Cell::Stages(s) => Value::Stages(*s),
        }
    }
}

/// What a column sets.
#[derive(Clone, Copy)]
enum Target {
    /// `evaluation_date` (required, as in JSON).
    EvaluationDate,
    /// `treatment.dates[0].date`: the row's one treatment date.
    FirstDate,
    /// A fact; per-date facts of the first treatment date.
    Fact(Fact),
}

/// One column.
pub struct Spec {
    /// The column name: the field's JSON path.
    pub name: &'static str,
    pub kind: Kind,
    target: Target,
}

impl Spec {
    /// The field's path, for errors.
    pub fn path(&self) -> FieldPath {
        match self.target {
            Target::EvaluationDate => FieldPath::of(&["evaluation_date"]),
            Target::FirstDate => first_date_path(&"date"),
            Target::Fact(f) => f.field_path(Some(0)),
        }
    }

    /// Puts a known value into the case, unchecked (`Case::store`): `evaluate_with` checks the
    /// whole case once, with the errors and paths of `Case::set` (issue 15: checking each cell
    /// here as well was a tenth of a row). `false` when the row has no
    /// `treatment.dates[0].date` for a field of that date.
    pub fn set(&self, c: &mut Case, v: &Cell) -> bool {
        match (self.target, v) {
            (Target::EvaluationDate, Cell::Date(d)) => {
                c.evaluation_date = *d;
                true
            }
            (Target::FirstDate, Cell::Date(d)) => {
                c.treatment.dates.clear();
                // An empty vector always has room for one date.
                let _ = c.treatment.dates.push(TreatmentDate::on(*d));
                true
            }
            (Target::Fact(f), v) => {
                let index = f.per_date().then_some(0);
                c.store(f, index, Some(v.value())).is_ok()
            }
            _ => true,
        }
    }
}

/// The path of a field of the first treatment date.
pub fn first_date_path(field: &'static &'static str) -> FieldPath {
    FieldPath::of(&["treatment", "dates"])
        .child(Segment::Index(0))
        .child(Segment::Field(field))
}

/// The column kind of a fact, or `None` for a fact that is not a column.
pub(crate) fn kind_of(f: Fact) -> Option<Kind> {
    Some(match f.kind() {
        AnswerKind::YesNo => Kind::Flag,
        AnswerKind::Number => {
            let r = f.range()?;
            Kind::Int(*r.start(), *r.end())
        }
        AnswerKind::Amount => Kind::Money,
        AnswerKind::Date => Kind::Date,
        AnswerKind::Country => Kind::Country,
        AnswerKind::Choice(options) => Kind::Choice(options),
        AnswerKind::Text => Kind::Text,
        AnswerKind::Choices(_) => Kind::Stages,
        AnswerKind::Dates => return None,
    })
}

/// Every column, in the order of the fact table (the case schema's order: the first error in
/// a row is the first failing column in this order, as the JSON reader reports the first
/// failing field). The first is the evaluation date, required as in JSON.
pub static SPECS: LazyLock<Vec<Spec>> = LazyLock::new(|| {
    let mut specs = vec![Spec {
        name: "evaluation_date",
        kind: Kind::Date,
        target: Target::EvaluationDate,
    }];
    for f in Fact::OUTBOUND.iter().copied() {
        if f == Fact::TreatmentDates {
            specs.push(Spec {
                name: "treatment.dates[0].date",
                kind: Kind::Date,
                target: Target::FirstDate,
            });
            continue;
        }
        let Some(kind) = kind_of(f) else { continue };
        let name = if f.per_date() {
            // Built once per process; the names live as long as the module.
            String::leak(format!("treatment.dates[0].{}", f.field()))
        } else {
            f.path()
        };
        specs.push(Spec {
            name,
            kind,
            target: Target::Fact(f),
        });
    }
    specs
});
