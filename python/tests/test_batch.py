"""evaluate_many: every row decided as evaluate() decides it, bad rows reported in place with
their index, the others kept; the same on one thread and on several."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest

import helserett
from population import as_cases


def summary(r: Any) -> Any:
    if isinstance(r, helserett.HelserettError):
        return (type(r).__name__, r.code, r.kind, r.path, str(r))
    return r.to_json()


def test_each_row_is_what_evaluate_gives(population: Dict[str, List[Any]]) -> None:
    cases = as_cases(population)[:500]
    many = helserett.evaluate_many(cases)
    assert [summary(r) for r in many] == [summary(helserett.evaluate(c)) for c in cases]


def test_bad_rows_keep_their_place_and_the_others_are_kept(example_case: Dict[str, Any]) -> None:
    rows: List[Any] = [
        example_case,
        '{"evaluation_date":"2024-06-01","treatment":{"country":"XK"}}',
        json.dumps(example_case).encode(),
        {"evaluation_date": "2024-06-01", "costs": {"expenses_ore": {1}}},
        17,
        '{"evaluation_date":"2024-06-01"',
    ]
    out = helserett.evaluate_many(rows)
    assert len(out) == len(rows)
    assert isinstance(out[0], helserett.Decision) and isinstance(out[2], helserett.Decision)
    assert out[0].to_json() == out[2].to_json() == helserett.evaluate(example_case).to_json()
    bad = {i: r for i, r in enumerate(out) if isinstance(r, helserett.HelserettError)}
    assert sorted(bad) == [1, 3, 4, 5]
    assert all(r.row == i for i, r in bad.items())
    assert (type(bad[1]), bad[1].code, bad[1].path) == (helserett.InvalidCase, 111, "treatment.country")
    assert (type(bad[3]), bad[3].path) == (helserett.UnsupportedValue, "costs.expenses_ore")
    # 17 is JSON: the kernel answers as it answers the text "17".
    assert (type(bad[4]), bad[4].code, bad[4].path) == (helserett.InvalidCase, 104, "$")
    assert (bad[5].code, bad[5].kind) == (100, "syntax")


def test_threads_give_the_same_answers(population: Dict[str, List[Any]]) -> None:
    cases = as_cases(population) * 2  # enough rows that the work is split
    cases[1234] = {"evaluation_date": "2024-06-01", "nope": 1}
    one = [summary(r) for r in helserett.evaluate_many(cases, threads=1)]
    two = [summary(r) for r in helserett.evaluate_many(iter(cases), threads=2)]
    assert one == two
    assert one[1234][:3] == ("InvalidCase", 101, "unknown_field")


def test_a_parameter_table_applies_to_every_row(example_case: Dict[str, Any]) -> None:
    table = helserett.what_if("P-EEA-RATE", 5000, since="2023-10-02")
    out = helserett.evaluate_many([example_case] * 3, params=table)
    assert {r.refund_ore for r in out if isinstance(r, helserett.Decision)} == {
        helserett.evaluate(example_case, params=table).refund_ore
    }


def test_a_bad_table_is_raised_not_returned(example_case: Dict[str, Any]) -> None:
    with pytest.raises(helserett.InvalidParams):
        helserett.evaluate_many([example_case], params=[{"id": "P-NOPE"}])


def test_nothing_in_nothing_out() -> None:
    assert helserett.evaluate_many([]) == []
    with pytest.raises(TypeError):
        helserett.evaluate_many(5)  # type: ignore[arg-type]
