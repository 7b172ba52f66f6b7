"""helserett: Norwegian cross-border health care rules, from the helserett kernel.

One case: `evaluate(case)` (a dict, or the case JSON) gives a read-only `Decision` whose
`to_json()` is the kernel's JSON byte for byte, with `explain()` and `next_question()`;
`answer(case, fact, text)` records a typed answer to a question as a kiosk does.
Populations: `evaluate_many(cases)` and `evaluate_columns(columns)` (lists, pandas, pyarrow),
without the GIL and on several threads. What-if: `builtin_params()`, `what_if(...)`,
`evaluate(..., params=table)`, `compare(cases, table_a, table_b)`. The annual figures:
`helserett.stats`. Errors: `helserett.errors`, all `HelserettError`.
"""

from helserett import stats
from helserett._columns import evaluate_columns
from helserett._kernel import (
    CASE_SCHEMA,
    DECISION_SCHEMA,
    Decision,
    Question,
    __version__,
    answer,
    builtin_params,
    check_params,
    column_names,
    evaluate,
    evaluate_many,
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
from helserett.whatif import compare, what_if

__all__ = [
    "__version__",
    "CASE_SCHEMA",
    "DECISION_SCHEMA",
    "Decision",
    "Question",
    "evaluate",
    "answer",
    "evaluate_many",
    "evaluate_columns",
    "column_names",
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
