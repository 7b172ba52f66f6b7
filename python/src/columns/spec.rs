//! The columns `evaluate_columns` reads for a kind of case, derived from the kernel's fact
//! table: one per scalar fact of that kind, named by the fact's JSON path
//! (`costs.expenses_ore`, `patient.residence_country`), so that an error names the same path
//! as the JSON reader. A list of dates (the treatment dates) is its first date's fields,
//! `treatment.dates[0].*`. Text facts (`travel.home`) take a `str` per row; a set of choices
//! (`prior_notification.stages_granted`) a list or tuple of names per row. Not here: `schema`
//! and further treatment dates; use `evaluate_many` for those.

use helserett::case::{PlaceName, Stages, TreatmentDate};
use helserett::error::{Error, ErrorKind, FieldPath, Segment};
use helserett::fact::CaseKind;
use helserett::question::AnswerKind;
use helserett::{AnyCase, Country, Date, Fact, Ore, SetError, Value};
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

impl Kind {
    /// A value of another type for a column of this kind: the error names the JSON type the
    /// field takes, as the JSON reader's does.
    pub fn wrong_type(self) -> helserett::ErrorKind {
        use helserett::error::JsonType;
        let expected = match self {
            Kind::Flag => JsonType::Boolean,
            Kind::Int(..) | Kind::Money => JsonType::WholeNumber,
            Kind::Date | Kind::Country | Kind::Choice(_) | Kind::Text => JsonType::Text,
            Kind::Stages => JsonType::Array,
        };
        helserett::ErrorKind::WrongType { expected }
    }
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
    /// `treatment.dates[0].date`: the row's one date of this list-of-dates fact.
    FirstDate(Fact),
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
            Target::FirstDate(f) => first_date_path(f, &"date"),
            Target::Fact(f) => f.field_path(f.per_date().then_some(0)),
        }
    }

    /// Whether this is the evaluation date's column (a row needs it, as in JSON).
    pub fn is_evaluation_date(&self) -> bool {
        matches!(self.target, Target::EvaluationDate)
    }

    /// Puts a known value into the case (`AnyCase::store`: an outbound case's unchecked, the
    /// whole case checked once where it is decided, with the errors and paths of `Case::set`;
    /// issue 15: checking each cell here as well was a tenth of a row). A row with no first
    /// date for a field of that date fails at that date.
    pub fn set(&self, c: &mut AnyCase, v: &Cell) -> Result<(), Error> {
        let stored = match (self.target, v) {
            (Target::EvaluationDate, Cell::Date(d)) => {
                c.set_evaluation_date(*d);
                Ok(())
            }
            (Target::FirstDate(f), Cell::Date(d)) => {
                c.store(f, None, Some(Value::Dates(&[TreatmentDate::on(*d)])))
            }
            (Target::Fact(f), v) => c.store(f, f.per_date().then_some(0), Some(v.value())),
            _ => Ok(()),
        };
        stored.map_err(|e| match e {
            SetError::Invalid(e) => e,
            SetError::NoSuchDate => {
                let dates = c
                    .kind()
                    .facts()
                    .iter()
                    .copied()
                    .find(|f| f.kind() == AnswerKind::Dates);
                let path = dates.map_or(FieldPath::ROOT, |f| first_date_path(f, &"date"));
                Error::new(ErrorKind::MissingField, path)
            }
        })
    }
}

/// The path of a field of the first date of a list-of-dates fact.
pub fn first_date_path(dates: Fact, field: &'static &'static str) -> FieldPath {
    dates
        .field_path(None)
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

/// Every column of `kind`, in the order of the fact table (the case schema's order: the first
/// error in a row is the first failing column in this order, as the JSON reader reports the
/// first failing field). The first is the evaluation date, required as in JSON.
pub fn specs(kind: CaseKind) -> &'static [Spec] {
    static SPECS: LazyLock<Vec<Vec<Spec>>> =
        LazyLock::new(|| CaseKind::ALL.iter().map(|k| build(*k)).collect());
    &SPECS[kind as usize]
}

fn build(kind: CaseKind) -> Vec<Spec> {
    let mut specs = vec![Spec {
        name: "evaluation_date",
        kind: Kind::Date,
        target: Target::EvaluationDate,
    }];
    for f in kind.facts().iter().copied() {
        if f.kind() == AnswerKind::Dates {
            specs.push(Spec {
                // Built once per process; the names live as long as the module.
                name: String::leak(format!("{}[0].date", f.path())),
                kind: Kind::Date,
                target: Target::FirstDate(f),
            });
            continue;
        }
        let Some(col) = kind_of(f) else { continue };
        let name = if f.per_date() {
            let dates = f.field_path(Some(0)).to_string();
            String::leak(dates)
        } else {
            f.path()
        };
        specs.push(Spec {
            name,
            kind: col,
            target: Target::Fact(f),
        });
    }
    specs
}
