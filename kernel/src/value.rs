//! One typed value of one case fact, and how each kind of field stores it.
//!
//! Every interface (the JSON reader, the C struct, the Python dict and column readers, the
//! kiosk's typed answers) turns its own representation into a [`Value`] and hands it to
//! [`crate::Case::set`], which checks it against the fact table (kind, range, capacity) and
//! stores it. So a fact's rules about what it accepts live once, in the kernel.

use crate::case::{PlaceName, Stages, TreatmentDate, MAX_TREATMENT_DATES};
use crate::country::Country;
use crate::date::Date;
use crate::error::{ErrorKind, JsonType};
use crate::money::{MoneyError, Ore};
use heapless::Vec;

/// A known value of a fact. Unknown is `None` around it, never a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "defmt", derive(defmt::Format))]
pub enum Value<'a> {
    /// A yes/no fact.
    Bool(bool),
    /// A whole number: an amount in øre or a count (the fact says which and its range).
    Int(i64),
    /// A date.
    Date(Date),
    /// A country (ISO 3166-1 alpha-2).
    Country(Country),
    /// One of the fact's options, by its position in [`crate::Fact::options`].
    Choice(u8),
    /// A set of prior-notification stages.
    Stages(Stages),
    /// Free text (a place name).
    Text(&'a str),
    /// The treatment dates with what is known of each.
    Dates(&'a [TreatmentDate]),
}

/// How one field of the case stores its value. Implemented for each storage type; the fact
/// table names the field, and this trait reads or writes it.
pub(crate) trait Field {
    /// The value, or `None` when unknown.
    fn value(&self) -> Option<Value<'_>>;
    /// Stores `v` (`None`: unknown). The fact's range has been checked by the caller.
    fn put(&mut self, v: Option<Value<'_>>) -> Result<(), ErrorKind>;
}

/// A value of another type than the field's, naming the JSON type the field takes.
const fn wrong(expected: JsonType) -> ErrorKind {
    ErrorKind::WrongType { expected }
}

/// Fields stored as the value itself: `Option<T>` for `Value::$v(T)`.
macro_rules! plain_field {
    ($($t:ty => $v:ident as $json:ident),*) => {$(
        impl Field for Option<$t> {
            fn value(&self) -> Option<Value<'_>> {
                self.map(Value::$v)
            }
            fn put(&mut self, v: Option<Value<'_>>) -> Result<(), ErrorKind> {
                *self = match v {
                    None => None,
                    Some(Value::$v(x)) => Some(x),
                    Some(_) => return Err(wrong(JsonType::$json)),
                };
                Ok(())
            }
        }
    )*};
}
plain_field!(bool => Bool as Boolean, Country => Country as Text, Date => Date as Text, Stages => Stages as Array);

impl Field for Option<Ore> {
    fn value(&self) -> Option<Value<'_>> {
        self.map(|o| Value::Int(o.get()))
    }
    fn put(&mut self, v: Option<Value<'_>>) -> Result<(), ErrorKind> {
        *self = match v {
            None => None,
            Some(Value::Int(n)) => Some(Ore::new(n).map_err(|e| match e {
                MoneyError::Negative => ErrorKind::NegativeAmount,
                MoneyError::Overflow => ErrorKind::AmountOverflow,
            })?),
            Some(_) => return Err(wrong(JsonType::WholeNumber)),
        };
        Ok(())
    }
}

macro_rules! count_field {
    ($($t:ty),*) => {$(
        impl Field for Option<$t> {
            fn value(&self) -> Option<Value<'_>> {
                self.map(|n| Value::Int(i64::from(n)))
            }
            fn put(&mut self, v: Option<Value<'_>>) -> Result<(), ErrorKind> {
                *self = match v {
                    None => None,
                    Some(Value::Int(n)) => {
                        Some(<$t>::try_from(n).map_err(|_| ErrorKind::NumberOutOfRange)?)
                    }
                    Some(_) => return Err(wrong(JsonType::WholeNumber)),
                };
                Ok(())
            }
        }
    )*};
}
count_field!(u8, u32);

impl Field for Option<PlaceName> {
    fn value(&self) -> Option<Value<'_>> {
        self.as_deref().map(Value::Text)
    }
    fn put(&mut self, v: Option<Value<'_>>) -> Result<(), ErrorKind> {
        *self = match v {
            None => None,
            // Printable text within capacity: checked by `fact::check` before.
            Some(Value::Text(s)) => Some(PlaceName::try_from(s).map_err(|_| ErrorKind::TooLong)?),
            Some(_) => return Err(wrong(JsonType::Text)),
        };
        Ok(())
    }
}

/// The treatment dates: empty means unknown (C-04).
impl Field for Vec<TreatmentDate, MAX_TREATMENT_DATES> {
    fn value(&self) -> Option<Value<'_>> {
        (!self.is_empty()).then_some(Value::Dates(self))
    }
    fn put(&mut self, v: Option<Value<'_>>) -> Result<(), ErrorKind> {
        *self = match v {
            None => Vec::new(),
            Some(Value::Dates(d)) => Vec::from_slice(d).map_err(|_| ErrorKind::TooMany)?,
            Some(_) => return Err(wrong(JsonType::Array)),
        };
        Ok(())
    }
}

/// A field holding one of a closed set of values (a `string_enum!`), stored by position.
pub(crate) fn choice_value<T: Copy + PartialEq>(
    v: &Option<T>,
    all: &[T],
) -> Option<Value<'static>> {
    let v = (*v)?;
    all.iter()
        .position(|x| *x == v)
        .and_then(|i| u8::try_from(i).ok())
        .map(Value::Choice)
}

/// Stores a choice by its position in `all`.
pub(crate) fn choice_put<T: Copy>(
    slot: &mut Option<T>,
    all: &[T],
    v: Option<Value<'_>>,
) -> Result<(), ErrorKind> {
    *slot = match v {
        None => None,
        Some(Value::Choice(i)) => Some(*all.get(usize::from(i)).ok_or(ErrorKind::InvalidValue)?),
        Some(_) => return Err(wrong(JsonType::Text)),
    };
    Ok(())
}
