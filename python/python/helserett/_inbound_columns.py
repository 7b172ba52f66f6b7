"""Inbound cases (seed 002) as columns: a population of foreign patients, for an analyst.

Each row becomes one inbound case (its columns are the inbound facts' JSON paths, see
`inbound_column_names()`) and the rows are decided by the kernel as a batch, without the GIL
(`evaluate_inbound_many`). This module only moves values between columns and cases: it
never judges a value, and a row the kernel refuses carries the kernel's error.
"""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence

from helserett import _kernel
from helserett._columns import is_arrow_table, is_dataframe
from helserett.errors import InvalidCase

#: The output columns, in order.
OUTPUTS = (
    "scope",
    "covered",
    "payer",
    "user_fee",
    "invoice_category",
    "ehic_state",
    "next_question",
    "error_code",
    "error_kind",
    "error_path",
    "error",
)


def evaluate_inbound_columns(
    columns: Any,
    *,
    params: Optional[Sequence[Mapping[str, Any]]] = None,
    threads: Optional[int] = None,
) -> Any:
    """Decides a population of inbound cases given as columns.

    `columns` maps `evaluation_date` and inbound fact paths (`patient.residence_country`,
    `care.kind`, `documents.ehic` ...; see `inbound_column_names()`) to one value per row
    (`None` for an unknown fact), or is a pandas DataFrame or pyarrow Table with such columns.
    Returns the columns `scope`, `covered`, `payer`, `user_fee`, `invoice_category`,
    `ehic_state`, `next_question` and, for a row the kernel refused, `error_code`,
    `error_kind`, `error_path` and `error`: a dict of lists for a mapping, a DataFrame (same
    index) for a DataFrame, a Table for a Table.
    """
    index = None
    if is_dataframe(columns):
        index = columns.index
        frame = columns.astype(object).where(columns.notna(), None)
        # pandas keeps a whole-number column with gaps as floats: give the kernel the numbers
        # as they were written (a fraction stays a fraction, and the kernel refuses it).
        cols: Dict[str, List[Any]] = {
            str(k): [_whole(v) for v in frame[k]] for k in frame.columns
        }
    elif is_arrow_table(columns):
        cols = columns.to_pydict()
    elif isinstance(columns, Mapping):
        cols = {k: list(v) for k, v in columns.items()}
    else:
        raise TypeError(
            "columns are a mapping of field path to values, a pandas DataFrame or a pyarrow "
            f"Table, not {type(columns).__name__}"
        )
    known = set(_kernel.inbound_column_names())
    for name in cols:
        if name not in known:
            raise _unknown_column(name)
    lengths = {len(v) for v in cols.values()}
    if len(lengths) > 1:
        raise ValueError(f"columns differ in length: {sorted(lengths)}")
    rows = lengths.pop() if lengths else 0
    cases = [_case(cols, i) for i in range(rows)]
    results = _kernel.evaluate_inbound_many(cases, params=params, threads=threads)
    out: Dict[str, List[Any]] = {name: [] for name in OUTPUTS}
    for r in results:
        values: List[Any]
        if isinstance(r, _kernel.InboundDecision):
            q = r.next_question()
            values = [r.scope, r.covered, r.payer, r.user_fee, r.invoice_category, r.ehic_state]
            values += [q.fact if q is not None else None, None, None, None, None]
        else:
            values = [None] * 7 + [r.code, r.kind, getattr(r, "path", None), str(r)]
        for name, v in zip(OUTPUTS, values):
            out[name].append(v)
    if index is not None:
        import pandas as pd

        return pd.DataFrame(out, index=index)
    if is_arrow_table(columns):
        import pyarrow as pa

        return pa.table(out)
    return out


def _whole(v: Any) -> Any:
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _unknown_column(name: str) -> Exception:
    # The kernel's own error for a field the inbound schema does not have.
    probe = {"schema": _kernel.INBOUND_CASE_SCHEMA, "evaluation_date": "2000-01-01"}
    probe.update(_nested(name, 0))
    try:
        _kernel.evaluate_inbound(probe)
    except InvalidCase as e:
        return e
    return KeyError(name)


def _nested(path: str, value: Any) -> Dict[str, Any]:
    group, _, field = path.partition(".")
    return {group: {field: value}} if field else {group: value}


def _case(cols: Mapping[str, List[Any]], i: int) -> Dict[str, Any]:
    case: Dict[str, Any] = {"schema": _kernel.INBOUND_CASE_SCHEMA}
    for path, values in cols.items():
        v = values[i]
        if v is None:
            continue
        group, _, field = path.partition(".")
        if field:
            case.setdefault(group, {})[field] = v
        else:
            case[group] = v
    return case
