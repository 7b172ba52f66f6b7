"""The typed returns of evaluate_columns and compare: the TypedDicts say what the kernel
returns, and amounts stay whole øre (int, Int64, int64) in every form, never floats."""

from __future__ import annotations

import typing
from typing import Any, Dict, List

import pytest

import helserett
from helserett._types import ColumnsOut, CompareOut


def element_types(hint: Any) -> tuple:  # type: ignore[type-arg]
    # List[Optional[X]] -> (X, NoneType); List[X] -> (X,); List[str] inside -> list
    (inner,) = typing.get_args(hint)
    return tuple(typing.get_origin(t) or t for t in typing.get_args(inner) or (inner,))


def with_bad_rows(population: Dict[str, List[Any]]) -> Dict[str, List[Any]]:
    cols = {k: list(v) for k, v in population.items()}
    cols["treatment.country"][1] = "XX"  # an error row: the error columns hold values
    return cols


def test_columns_out_names_the_kernels_output_columns(population: Dict[str, List[Any]]) -> None:
    assert list(ColumnsOut.__annotations__) == helserett.column_names()["outputs"]
    out = helserett.evaluate_columns(with_bad_rows(population))
    hints = typing.get_type_hints(ColumnsOut)
    for name, values in out.items():
        allowed = element_types(hints[name])
        assert all(isinstance(v, allowed) for v in values), name
        assert any(v is not None for v in values), name  # each type was seen, not only None


def test_compare_out_is_what_compare_returns(population: Dict[str, List[Any]]) -> None:
    diff = helserett.compare(with_bad_rows(population), None, helserett.what_if("P-EEA-RATE", 8000))
    hints = typing.get_type_hints(CompareOut)
    assert list(diff) == list(hints)
    for name, values in diff.items():
        allowed = element_types(hints[name])
        assert all(isinstance(v, allowed) and not isinstance(v, float) for v in values), name


def test_compare_keeps_amounts_whole_in_pandas_and_pyarrow(population: Dict[str, List[Any]]) -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    cols = with_bad_rows(population)
    table = helserett.what_if("P-EEA-RATE", 8000)
    want = helserett.compare(cols, None, table)
    frame = helserett.compare(pd.DataFrame(cols), None, table)
    arrow = helserett.compare(pa.table(cols), None, table)
    assert isinstance(arrow, pa.Table)
    for name in ("refund_ore_a", "refund_ore_b", "delta_ore"):
        assert str(frame[name].dtype) == "Int64"
        assert arrow.schema.field(name).type == pa.int64()
        got = [None if v is pd.NA else v for v in frame[name].tolist()]
        assert got == want[name] and all(isinstance(v, int) for v in got if v is not None)
    assert any(v is None for v in want["refund_ore_a"]) and any(v for v in want["delta_ore"])
    assert frame["changed"].dtype == bool
    assert arrow.to_pydict() == want
    # Missing text is NaN in pandas' str dtype, None in object columns: both "none".
    assert {k: [None if pd.isna(v) else v for v in frame[k].tolist()] for k in frame.columns} == want
