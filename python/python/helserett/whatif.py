"""What-if analysis: another parameter table, and the per-case difference it makes.

A table is a list of entries shaped like `builtin_params()`'s: `{"id": "P-EEA-RATE",
"value": 8000, "from": "2023-10-02", "until": None, "source": "..."}`, values in the
parameter's unit (basis points, øre, months ...), validity `[from, until)`. The kernel checks
a table (no overlaps, values in range) and names the entry at fault (`InvalidParams.index`).
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Dict, Iterable, List, Mapping, Optional, Sequence, Union, cast, overload

from helserett import _kernel
from helserett._columns import Column, is_arrow_table, is_dataframe, kernel_columns
from helserett._types import CaseInput, CompareOut, ParamEntry, ParamsInput
from helserett.errors import HelserettError

if TYPE_CHECKING:  # pandas and pyarrow are optional extras: only named for type checkers
    import pandas as _pd
    import pyarrow as _pa

DateLike = Union[str, datetime.date, None]
Table = Sequence[Mapping[str, Any]]


def _iso(d: DateLike) -> Optional[str]:
    return d.isoformat() if isinstance(d, datetime.date) else d


def what_if(
    param: str,
    value: int,
    *,
    since: DateLike = None,
    until: DateLike = None,
    base: Optional[Table] = None,
    source: Optional[str] = None,
) -> List[ParamEntry]:
    """`base` (the built-in table by default) with `param` at `value` on `[since, until)`
    (open-ended where None). Entries of `param` overlapping that interval are cut back to the
    part outside it; every other entry is kept as is. The result is checked by the kernel.

    The EEA rate at 80 % after 2023-10-02: `what_if("P-EEA-RATE", 8000, since="2023-10-02")`.

    >>> table = helserett.what_if("P-EEA-RATE", 8000, since="2023-10-02")
    >>> [(e["value"], e["from"], e["until"]) for e in table if e["id"] == "P-EEA-RATE"]
    [(8000, None, '2023-10-02'), (8000, '2023-10-02', None)]
    >>> case = {"evaluation_date": "2024-04-15",
    ...         "treatment": {"country": "DE", "dates": [{"date": "2024-03-04"}]}}
    >>> helserett.evaluate(case).refund["rate_bp"], helserett.evaluate(case, params=table).refund["rate_bp"]
    (10000, 8000)
    """
    lo, hi = _iso(since), _iso(until)
    out: List[Dict[str, Any]] = []
    for entry in base if base is not None else _kernel.builtin_params():
        e: Any = dict(entry)
        if e.get("id") != param:
            out.append(e)
            continue
        start, end = _iso(e.get("from")), _iso(e.get("until"))
        # The part before `since`: [start, min(end, since)), when not empty.
        if lo is not None and (start is None or start < lo):
            cut = lo if end is None or lo < end else end
            out.append({**e, "until": cut})
        # The part from `until` on: [max(start, until), end), when not empty.
        if hi is not None and (end is None or end > hi):
            cut = hi if start is None or hi > start else start
            out.append({**e, "from": cut})
    out.append(
        {
            "id": param,
            "value": value,
            "from": lo,
            "until": hi,
            "source": source or f"what-if: {param} = {value} on [{lo or '…'}, {hi or '…'})",
        }
    )
    _kernel.check_params(out)
    return cast(List[ParamEntry], out)


@overload
def compare(
    cases: Union[Mapping[str, Any], Iterable[CaseInput]],
    params_a: ParamsInput = None,
    params_b: ParamsInput = None,
    *,
    threads: Optional[int] = None,
) -> CompareOut: ...
@overload
def compare(
    cases: _pd.DataFrame, params_a: ParamsInput = None, params_b: ParamsInput = None, *, threads: Optional[int] = None
) -> _pd.DataFrame: ...
@overload
def compare(
    cases: _pa.Table, params_a: ParamsInput = None, params_b: ParamsInput = None, *, threads: Optional[int] = None
) -> _pa.Table: ...
def compare(
    cases: Any,
    params_a: ParamsInput = None,
    params_b: ParamsInput = None,
    *,
    threads: Optional[int] = None,
) -> Any:
    """Decides every case under two tables (None: the built-in) and returns, per case,
    `verdict_a`, `verdict_b`, `refund_ore_a`, `refund_ore_b`, `delta_ore` (b − a, None unless
    both are known), `changed` (the verdict or the refund differs), `error_a`, `error_b`.

    `cases` is a population as columns (a mapping of field path or alias to values, a pandas
    DataFrame or a pyarrow Table; see `evaluate_columns`) or a list of cases (dicts or JSON,
    as for `evaluate_many`). Returns a dict of lists (amounts as `int` øre) for a mapping or a
    list, a DataFrame (same index; amounts as nullable `Int64`, exact) for a DataFrame, a
    Table (amounts as int64) for a Table.

    >>> case = {"evaluation_date": "2024-04-15", "treatment": {"country": "DE"}}
    >>> diff = helserett.compare([case], None, helserett.what_if("P-EEA-RATE", 8000))
    >>> diff["verdict_a"], diff["delta_ore"], diff["changed"]
    (['undetermined'], [None], [False])
    """
    kind = "rows"
    if isinstance(cases, Mapping) or is_dataframe(cases) or is_arrow_table(cases):
        kind, cols = kernel_columns(cases)
        a = _columns(cols, params_a, threads)
        b = _columns(cols, params_b, threads)
    else:
        rows = list(cases)
        a = _rows(rows, params_a, threads)
        b = _rows(rows, params_b, threads)
    out: CompareOut = {
        "verdict_a": a["verdict"],
        "verdict_b": b["verdict"],
        "refund_ore_a": a["refund_ore"],
        "refund_ore_b": b["refund_ore"],
        "delta_ore": [
            None if x is None or y is None else y - x for x, y in zip(a["refund_ore"], b["refund_ore"])
        ],
        "changed": [
            va != vb or ra != rb
            for va, vb, ra, rb in zip(a["verdict"], b["verdict"], a["refund_ore"], b["refund_ore"])
        ],
        "error_a": a["error"],
        "error_b": b["error"],
    }
    if kind == "pandas":
        return _frame(out, cases.index)
    if kind == "arrow":
        return _table(out)
    return out


# The øre columns of `compare`: whole numbers, kept so in every form it returns.
_ORE = ("refund_ore_a", "refund_ore_b", "delta_ore")


def _frame(out: CompareOut, index: Any) -> Any:
    import pandas as pd

    # Each column built with its dtype from the Python values: a DataFrame made from the
    # lists would hold an amount column with gaps as float64 first (11000000.0).
    lists = cast(Mapping[str, List[Any]], out)
    columns = {name: pd.array(values, dtype="Int64") if name in _ORE else values for name, values in lists.items()}
    return pd.DataFrame(columns, index=index)


def _table(out: CompareOut) -> Any:
    import pyarrow as pa

    types = {name: pa.int64() for name in _ORE}
    types["changed"] = pa.bool_()
    return pa.table({name: pa.array(values, type=types.get(name, pa.string())) for name, values in out.items()})


_OUTPUTS = ["verdict", "refund_ore", "error"]


def _columns(cols: Dict[str, Column], params: ParamsInput, threads: Optional[int]) -> Dict[str, List[Any]]:
    # As plain lists: the comparison is done value by value here, on exact Python ints.
    out: Dict[str, List[Any]] = _kernel.evaluate_columns(cols, params=params, threads=threads, outputs=_OUTPUTS)
    return out


def _rows(rows: List[Any], params: ParamsInput, threads: Optional[int]) -> Dict[str, List[Any]]:
    decided = _kernel.evaluate_many(rows, params=params, threads=threads)
    out: Dict[str, List[Any]] = {name: [] for name in _OUTPUTS}
    for d in decided:
        ok = not isinstance(d, HelserettError)
        out["verdict"].append(d.verdict if not isinstance(d, HelserettError) else None)
        out["refund_ore"].append(d.refund_ore if not isinstance(d, HelserettError) else None)
        out["error"].append(None if ok else str(d))
    return out


__all__ = ["what_if", "compare"]
