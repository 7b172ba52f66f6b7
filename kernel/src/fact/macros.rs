//! The machinery that turns the fact table (`table.rs`) into the [`Fact`](super::Fact) enum,
//! its metadata and the case's get/set. Kept apart from the table so that the table reads as
//! data: one line of facts per field, nothing else to edit.

/// The answer kind of a fact kind token.
macro_rules! answer_kind {
    (bool) => {
        $crate::fact::AnswerKind::YesNo
    };
    (country) => {
        $crate::fact::AnswerKind::Country
    };
    (date) => {
        $crate::fact::AnswerKind::Date
    };
    (dates) => {
        $crate::fact::AnswerKind::Dates
    };
    (amount) => {
        $crate::fact::AnswerKind::Amount
    };
    (int $r:expr) => {
        $crate::fact::AnswerKind::Number
    };
    (text $cap:expr) => {
        $crate::fact::AnswerKind::Text
    };
    (stages) => {
        $crate::fact::AnswerKind::Choices($crate::case::Stage::NAMES)
    };
    (choice $t:ident, $c:literal) => {
        $crate::fact::AnswerKind::Choice($crate::case::$t::NAMES)
    };
}

/// The allowed range of a numeric fact.
macro_rules! fact_range {
    (int $r:expr) => {
        Some($r)
    };
    (amount) => {
        Some(0..=$crate::money::Ore::MAX.get())
    };
    ($($other:tt)*) => {
        None
    };
}

/// The capacity in bytes of a text fact.
macro_rules! fact_capacity {
    (text $cap:expr) => {
        Some($cap)
    };
    ($($other:tt)*) => {
        None
    };
}

/// The C enum name of a choice fact (`helserett_<name>`).
macro_rules! fact_c_enum {
    (choice $t:ident, $c:literal) => {
        Some($c)
    };
    ($($other:tt)*) => {
        None
    };
}

/// The label of option `i` of a choice fact.
macro_rules! option_label {
    ($i:ident, $lang:ident, choice $t:ident, $c:literal) => {
        match $crate::case::$t::ALL.get($i) {
            Some(v) => Some(v.label($lang)),
            None => None,
        }
    };
    ($i:ident, $lang:ident, stages) => {
        match $crate::case::Stage::ALL.get($i) {
            Some(v) => Some(v.label($lang)),
            None => None,
        }
    };
    ($i:ident, $lang:ident, $($other:tt)*) => {
        None
    };
}

/// Reads a field of the case as a [`Value`](crate::value::Value).
macro_rules! field_get {
    ($place:expr, choice $t:ident, $c:literal) => {
        $crate::value::choice_value(&$place, $crate::case::$t::ALL)
    };
    ($place:expr, $($kind:tt)*) => {
        $crate::value::Field::value(&$place)
    };
}

/// Writes a field of the case from a [`Value`](crate::value::Value).
macro_rules! field_put {
    ($place:expr, $v:expr, choice $t:ident, $c:literal) => {
        $crate::value::choice_put(&mut $place, $crate::case::$t::ALL, $v)
    };
    ($place:expr, $v:expr, $($kind:tt)*) => {
        $crate::value::Field::put(&mut $place, $v)
    };
}

/// Whether a fact is per treatment date.
macro_rules! per_date {
    (case) => {
        false
    };
    (date) => {
        true
    };
    (stay) => {
        false
    };
    (method) => {
        false
    };
}

/// The case kind a fact belongs to: `case` and `date` facts are the outbound case's, `stay`
/// facts the inbound (temporary stay in Norway) case's.
macro_rules! case_kind {
    (case) => {
        $crate::fact::CaseKind::Outbound
    };
    (date) => {
        $crate::fact::CaseKind::Outbound
    };
    (stay) => {
        $crate::fact::CaseKind::Inbound
    };
    (method) => {
        $crate::fact::CaseKind::Method
    };
}

/// Reads a case-level fact from the case; a per-date fact from one treatment date.
macro_rules! scope_get {
    (case, $c:ident, [$($acc:ident).+], $($kind:tt)*) => {
        field_get!($c.$($acc).+, $($kind)*)
    };
    (date, $c:ident, [$($acc:ident).+], $($kind:tt)*) => {
        None
    };
    ($other:ident, $c:ident, [$($acc:ident).+], $($kind:tt)*) => {
        None
    };
}

/// Writes a case-level fact to the case; a per-date fact to one treatment date.
macro_rules! scope_put {
    (case, $c:ident, $v:ident, [$($acc:ident).+], $($kind:tt)*) => {
        field_put!($c.$($acc).+, $v, $($kind)*)
    };
    (date, $c:ident, $v:ident, [$($acc:ident).+], $($kind:tt)*) => {
        Err($crate::error::ErrorKind::UnknownField { did_you_mean: None })
    };
    ($other:ident, $c:ident, $v:ident, [$($acc:ident).+], $($kind:tt)*) => {
        Err($crate::error::ErrorKind::UnknownField { did_you_mean: None })
    };
}

/// The same for a treatment date: only per-date facts live there.
macro_rules! date_get {
    (date, $d:ident, [$($acc:ident).+], $($kind:tt)*) => {
        field_get!($d.$($acc).+, $($kind)*)
    };
    ($other:ident, $d:ident, [$($acc:ident).+], $($kind:tt)*) => {
        None
    };
}

/// Writes a per-date fact to a treatment date.
macro_rules! date_put {
    (date, $d:ident, $v:ident, [$($acc:ident).+], $($kind:tt)*) => {
        field_put!($d.$($acc).+, $v, $($kind)*)
    };
    ($other:ident, $d:ident, $v:ident, [$($acc:ident).+], $($kind:tt)*) => {
        Err($crate::error::ErrorKind::UnknownField { did_you_mean: None })
    };
}

/// Reads a fact of a single-valued case kind (`stay`: inbound, `method`: methods) from that
/// kind's case; a fact of another kind is not there.
macro_rules! flat_get {
    (stay, stay, $c:ident, [$($acc:ident).+], $($kind:tt)*) => {
        field_get!($c.$($acc).+, $($kind)*)
    };
    (method, method, $c:ident, [$($acc:ident).+], $($kind:tt)*) => {
        field_get!($c.$($acc).+, $($kind)*)
    };
    ($want:ident, $other:ident, $c:ident, [$($acc:ident).+], $($kind:tt)*) => {
        None
    };
}

/// Writes a fact of a single-valued case kind to that kind's case.
macro_rules! flat_put {
    (stay, stay, $c:ident, $v:ident, [$($acc:ident).+], $($kind:tt)*) => {
        field_put!($c.$($acc).+, $v, $($kind)*)
    };
    (method, method, $c:ident, $v:ident, [$($acc:ident).+], $($kind:tt)*) => {
        field_put!($c.$($acc).+, $v, $($kind)*)
    };
    ($want:ident, $other:ident, $c:ident, $v:ident, [$($acc:ident).+], $($kind:tt)*) => {
        Err($crate::error::ErrorKind::UnknownField { did_you_mean: None })
    };
}

/// `get` and `set` of a single-valued case kind's case, over the table's facts of that scope.
macro_rules! flat_case_impl {
    ($want:ident, $ty:path, [$(($variant:ident, $scope:ident, [$($acc:ident).+], $kind:ident $(($($karg:tt)*))?)),*]) => {
        impl $ty {
            /// The value of `fact`, or `None` when it is unknown (or not a fact of this case
            /// kind).
            pub fn get(&self, fact: Fact) -> Option<$crate::value::Value<'_>> {
                let c = self;
                match fact {
                    $(Fact::$variant => flat_get!($want, $scope, c, [$($acc).+], $kind $($($karg)*)?),)*
                }
            }

            /// Sets `fact` to `value`, or to unknown with `None`, checked as
            /// [`Case::set`](crate::Case::set) checks. On error the case is unchanged.
            pub fn set(
                &mut self,
                fact: Fact,
                value: Option<$crate::value::Value<'_>>,
            ) -> Result<(), $crate::error::Error> {
                $crate::fact::check(fact, None, value).map_err(|e| match e {
                    $crate::fact::SetError::Invalid(e) => e,
                    $crate::fact::SetError::NoSuchDate => $crate::error::Error::new(
                        $crate::error::ErrorKind::Internal,
                        fact.field_path(None),
                    ),
                })?;
                let c = self;
                let v = value;
                let put: Result<(), $crate::error::ErrorKind> = match fact {
                    $(Fact::$variant => flat_put!($want, $scope, c, v, [$($acc).+], $kind $($($karg)*)?),)*
                };
                put.map_err(|k| $crate::error::Error::new(k, fact.field_path(None)))
            }
        }
    };
}

/// The fact table: expands into [`Fact`](super::Fact), its metadata, and `Case::get`/`set`.
macro_rules! facts {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $num:literal, $scope:ident $group:literal . $field:literal
            => $($acc:ident).+ : $kind:ident $(($($karg:tt)*))?, $rule:literal,
            nb: $nb:literal, en: $en:literal;
    )*) => {
        /// A fact of a case: every field the caller can state, declared once in the fact
        /// table (`kernel/src/fact/table.rs`). Its path is the JSON field; its number is the
        /// stable C number (`helserett_fact`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "defmt", derive(defmt::Format))]
        #[non_exhaustive]
        pub enum Fact {
            $(
                $(#[doc = $doc])*
                #[doc = concat!("\n\n`", $group, ".", $field, "` (", $rule, ")")]
                $variant,
            )*
        }

        /// The JSON field name of each fact, as statics so that error paths can point at them.
        static FIELDS: &[&str] = &[$($field),*];

        impl Fact {
            /// Every fact of every case kind, in table order.
            pub const ALL: &'static [Fact] = &[$(Fact::$variant),*];

            /// The stable C number (`helserett_fact`); never reused.
            pub const fn number(self) -> u32 {
                match self { $(Fact::$variant => $num,)* }
            }

            /// The fact with this C number.
            pub fn from_number(n: u32) -> Option<Fact> {
                Fact::ALL.iter().copied().find(|f| f.number() == n)
            }

            /// The JSON path (`travel.one_way_km`; `treatment.dates.invoice_date` for a
            /// per-date fact, whose index comes apart).
            pub const fn path(self) -> &'static str {
                match self { $(Fact::$variant => concat!($group, ".", $field),)* }
            }

            /// The JSON object the field is in (`travel`, or `treatment.dates`).
            pub const fn group(self) -> &'static str {
                match self { $(Fact::$variant => $group,)* }
            }

            /// The field's JSON name within its object.
            pub const fn field(self) -> &'static str {
                match self { $(Fact::$variant => $field,)* }
            }

            /// The field's name as a static, for an error path.
            pub(crate) fn field_static(self) -> &'static &'static str {
                &FIELDS[self as usize]
            }

            /// The case kind the fact belongs to.
            pub const fn case_kind(self) -> $crate::fact::CaseKind {
                match self { $(Fact::$variant => case_kind!($scope),)* }
            }

            /// Whether the fact is stated per treatment date (`treatment.dates[i].…`).
            pub const fn per_date(self) -> bool {
                match self { $(Fact::$variant => per_date!($scope),)* }
            }

            /// The rule the fact settles.
            pub const fn rule(self) -> &'static str {
                match self { $(Fact::$variant => $rule,)* }
            }

            /// The kind of answer the fact takes, with its options.
            pub const fn kind(self) -> $crate::fact::AnswerKind {
                match self { $(Fact::$variant => answer_kind!($kind $($($karg)*)?),)* }
            }

            /// The allowed range of a number or amount.
            pub const fn range(self) -> Option<core::ops::RangeInclusive<i64>> {
                match self { $(Fact::$variant => fact_range!($kind $($($karg)*)?),)* }
            }

            /// The capacity in bytes of a text fact.
            pub const fn capacity(self) -> Option<usize> {
                match self { $(Fact::$variant => fact_capacity!($kind $($($karg)*)?),)* }
            }

            /// The C enum's name (`helserett_<name>`) of a choice fact.
            pub const fn c_enum(self) -> Option<&'static str> {
                match self { $(Fact::$variant => fact_c_enum!($kind $($($karg)*)?),)* }
            }

            /// The label of the fact's option `i` (from the text catalogue).
            pub fn option_label(self, i: usize, lang: $crate::text::Lang) -> Option<&'static str> {
                match self { $(Fact::$variant => option_label!(i, lang, $kind $($($karg)*)?),)* }
            }

            /// The question that asks for the fact.
            pub const fn question(self, lang: $crate::text::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Fact::$variant, $crate::text::Lang::Nb) => $nb,
                        (Fact::$variant, $crate::text::Lang::En) => $en,
                    )*
                }
            }
        }

        impl $crate::case::Case {
            /// The value of `fact` (at treatment date `index` for a per-date fact), or `None`
            /// when it is unknown.
            pub fn get(&self, fact: Fact, index: Option<usize>) -> Option<$crate::value::Value<'_>> {
                if fact.per_date() {
                    return self.treatment.dates.get(index?)?.get(fact);
                }
                let c = self;
                match fact {
                    $(Fact::$variant => scope_get!($scope, c, [$($acc).+], $kind $($($karg)*)?),)*
                }
            }

            /// Sets `fact` (at treatment date `index` for a per-date fact) to `value`, or to
            /// unknown with `None`, after checking it against the fact's kind, range and
            /// capacity. On error the case is unchanged.
            pub fn set(
                &mut self,
                fact: Fact,
                index: Option<usize>,
                value: Option<$crate::value::Value<'_>>,
            ) -> Result<(), $crate::fact::SetError> {
                $crate::fact::check(fact, index, value)?;
                self.store(fact, index, value)
            }

            /// Stores `value` as [`Case::set`](crate::Case::set) does, without its range,
            /// capacity and text checks: for a translation that fills a whole case and then
            /// has it checked once. [`evaluate`](crate::evaluate) checks every value (the same
            /// error at the same path), so nothing unchecked is ever decided. A value of
            /// another kind than the fact's is still refused.
            // Inlinable across crates: a caller with a constant `fact` (the C struct's
            // generated conversion, one call per field) keeps only that fact's arm, straight-
            // line code with no dispatch by fact (issue 29).
            #[inline(always)]
            pub fn store(
                &mut self,
                fact: Fact,
                index: Option<usize>,
                value: Option<$crate::value::Value<'_>>,
            ) -> Result<(), $crate::fact::SetError> {
                if fact.per_date() {
                    let Some(d) = index.and_then(|i| self.treatment.dates.get_mut(i)) else {
                        return Err($crate::fact::SetError::NoSuchDate);
                    };
                    return d.store_at(fact, index, value);
                }
                let c = self;
                let v = value;
                let put: Result<(), $crate::error::ErrorKind> = match fact {
                    $(Fact::$variant => scope_put!($scope, c, v, [$($acc).+], $kind $($($karg)*)?),)*
                };
                put.map_err(|k| $crate::fact::SetError::Invalid(
                    $crate::error::Error::new(k, fact.field_path(index)),
                ))
            }
        }

        flat_case_impl!(stay, $crate::case::inbound::InboundCase,
            [$(($variant, $scope, [$($acc).+], $kind $(($($karg)*))?)),*]);
        flat_case_impl!(method, $crate::case::method::MethodCase,
            [$(($variant, $scope, [$($acc).+], $kind $(($($karg)*))?)),*]);

        impl $crate::case::TreatmentDate {
            /// The value of a per-date `fact` on this date, or `None` when unknown (or not a
            /// per-date fact).
            pub fn get(&self, fact: Fact) -> Option<$crate::value::Value<'_>> {
                let d = self;
                match fact {
                    $(Fact::$variant => date_get!($scope, d, [$($acc).+], $kind $($($karg)*)?),)*
                }
            }

            /// Sets a per-date `fact` on this date (the date at `index` of its case, for the
            /// error path), checked as [`Case::set`](crate::Case::set) checks.
            pub(crate) fn set_at(
                &mut self,
                fact: Fact,
                index: Option<usize>,
                value: Option<$crate::value::Value<'_>>,
            ) -> Result<(), $crate::fact::SetError> {
                $crate::fact::check(fact, index, value)?;
                self.store_at(fact, index, value)
            }

            /// [`set_at`](Self::set_at) without the checks (see [`Case::store`](crate::Case::store)).
            #[inline]
            pub(crate) fn store_at(
                &mut self,
                fact: Fact,
                index: Option<usize>,
                value: Option<$crate::value::Value<'_>>,
            ) -> Result<(), $crate::fact::SetError> {
                let d = self;
                let v = value;
                let put: Result<(), $crate::error::ErrorKind> = match fact {
                    $(Fact::$variant => date_put!($scope, d, v, [$($acc).+], $kind $($($karg)*)?),)*
                };
                put.map_err(|k| $crate::fact::SetError::Invalid(
                    $crate::error::Error::new(k, fact.field_path(index)),
                ))
            }
        }
    };
}
