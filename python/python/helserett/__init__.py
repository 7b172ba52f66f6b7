"""helserett: Norwegian cross-border health care rules, from the helserett kernel.

One case: `evaluate(case)` (a dict, or the case JSON) gives a read-only `Decision` whose
`to_json()` is the kernel's JSON byte for byte, with `explain()` and `next_question()`;
`answer(case, fact, text)` records a typed answer to a question as a kiosk does.
Populations: `evaluate_many(cases)` and `evaluate_columns(columns)` (lists, pandas, pyarrow),
without the GIL and on several threads. What-if: `builtin_params()`, `what_if(...)`,
`evaluate(..., params=table)`, `compare(cases, table_a, table_b)`. The annual figures:
`helserett.stats`. Errors: `helserett.errors`, all `HelserettError`. Amounts are whole øre;
`kroner(ore)` is a `Decimal` of kroner and `format_kroner(ore)` writes `kr 145 000,00`.
Column names may be aliases (`treatment_dates_0_date`, see `column_aliases()`). A population
partitioned across a Dask cluster: `helserett.dask.evaluate_partitions(ddf)`.
Every call takes any kind of case, named by the case itself: a foreign patient in a Norwegian
hospital (seed 002: entitlement, payer, copies, invoice attachments, next steps) and a method
not approved in Norway (seed 004: every route with who applies, assesses and pays; the access
cut-off) are decided by the same `evaluate`, `evaluate_many` and `answer`;
`evaluate_columns(columns, kind=...)` takes a population of one kind (`CASE_KINDS`; the schema
names are `CASE_SCHEMA`, `INBOUND_CASE_SCHEMA` … ). A `Decision`
pickles (as its case and table) and reads its kind's outputs and decision fields.
"""

from helserett import _display, _schemas, stats
from helserett._aliases import column_aliases
from helserett._columns import evaluate_columns
from helserett._schemas import *  # noqa: F401,F403 (each kind's schema names, generated)
from helserett._kernel import (
    Decision,
    Question,
    __version__,
    answer,
    builtin_params,
    check_params,
    column_names,
    evaluate,
    evaluate_many,
    read_params,
    params_coverage,
    text,
    text_kinds,
)
from helserett.errors import (
    ArithmeticOverflow,
    HelserettError,
    InternalError,
    InvalidCase,
    InvalidParams,
    UnsupportedValue,
)
from helserett.money import format_kroner, kroner
from helserett.whatif import compare, what_if

_display.install()

__all__ = [
    "__version__",
    "Decision",
    "read_params",
    "params_coverage",
    "Question",
    "evaluate",
    "answer",
    "evaluate_many",
    "evaluate_columns",
    "column_names",
    "column_aliases",
    "kroner",
    "format_kroner",
    "text",
    "text_kinds",
    "builtin_params",
    "check_params",
    "what_if",
    "compare",
    "stats",
    "HelserettError",
    "InvalidCase",
    "InvalidParams",
    "UnsupportedValue",
    "ArithmeticOverflow",
    "InternalError",
]
