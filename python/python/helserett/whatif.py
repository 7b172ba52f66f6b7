"""What-if analysis: another parameter table, and the per-case difference it makes.

A table is a list of entries shaped like `builtin_params()`'s: `{"id": "P-EEA-RATE",
"value": 8000, "from": "2023-10-02", "until": None, "source": "..."}`, values in the
parameter's unit (basis points, øre, months ...), validity `[from, until)`. The kernel checks
a table (no overlaps, values in range) and names the entry at fault (`InvalidParams.index`).
"""

from __future__ import annotations

import datetime
from typing import Any, Dict, List, Mapping, Optional, Sequence, Union, cast

from helserett import _kernel
from helserett._columns import evaluate_columns, is_arrow_table, is_dataframe
from helserett._types import ParamEntry
from helserett.errors import HelserettError

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


def compare(
    cases: Any,
    params_a: Optional[Table] = None,
    params_b: Optional[Table] = None,
    *,
    threads: Optional[int] = None,
) -> Any:
    """Decides every case under two tables (None: the built-in) and returns, per case,
    `verdict_a`, `verdict_b`, `refund_ore_a`, `refund_ore_b`, `delta_ore` (b − a, None unless
    both are known), `changed` (the verdict or the refund differs), `error_a`, `error_b`.

    `cases` is a population as columns (a mapping of field path to values, a pandas DataFrame
    or a pyarrow Table; see `evaluate_columns`) or a list of cases (dicts or JSON, as for
    `evaluate_many`). Returns a dict of lists, or a DataFrame for a DataFrame.
    """
    if isinstance(cases, Mapping) or is_dataframe(cases) or is_arrow_table(cases):
        a = _columns(cases, params_a, threads)
        b = _columns(cases, params_b, threads)
    else:
        rows = list(cases)
        a = _rows(rows, params_a, threads)
        b = _rows(rows, params_b, threads)
    out: Dict[str, List[Any]] = {
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
    if is_dataframe(cases):
        import pandas as pd

        frame = pd.DataFrame(out, index=cases.index)
        for col in ("refund_ore_a", "refund_ore_b", "delta_ore"):
            frame[col] = frame[col].astype("Int64")
        return frame
    return out


_OUTPUTS = ["verdict", "refund_ore", "error"]


def _columns(cases: Any, params: Optional[Table], threads: Optional[int]) -> Dict[str, List[Any]]:
    if is_dataframe(cases) or is_arrow_table(cases):
        # As plain lists: the comparison is done value by value here.
        from helserett._columns import from_arrow, from_pandas

        if is_dataframe(cases):
            cols = {str(k): from_pandas(cases[k]) for k in cases.columns}
        else:
            cols = {str(k): from_arrow(cases.column(k)) for k in cases.column_names}
        out: Dict[str, List[Any]] = _kernel.evaluate_columns(cols, params=params, threads=threads, outputs=_OUTPUTS)
        return out
    result: Dict[str, List[Any]] = evaluate_columns(cases, params=params, threads=threads, outputs=_OUTPUTS)
    return result


def _rows(rows: List[Any], params: Optional[Table], threads: Optional[int]) -> Dict[str, List[Any]]:
    decided = _kernel.evaluate_many(rows, params=params, threads=threads)
    out: Dict[str, List[Any]] = {name: [] for name in _OUTPUTS}
    for d in decided:
        ok = not isinstance(d, HelserettError)
        out["verdict"].append(d.verdict if not isinstance(d, HelserettError) else None)
        out["refund_ore"].append(d.refund_ore if not isinstance(d, HelserettError) else None)
        out["error"].append(None if ok else str(d))
    return out


__all__ = ["what_if", "compare"]
