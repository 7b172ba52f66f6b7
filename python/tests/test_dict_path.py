"""A dict is read straight into the typed case when it is plainly valid (python/src/from_dict.rs)
and the JSON way otherwise. Either way it must give what the same case as JSON text gives: the
same decision bytes, or the same error naming the same field. These cases change one field of
the example at a time to values of every sort, valid and not, so that a difference between the
two ways shows here."""

from __future__ import annotations

import copy
import datetime
import json
import random
from typing import Any, Dict, List, Tuple

import pytest

import helserett


def outcome(case: Any) -> Tuple[str, Any]:
    try:
        return ("decision", helserett.evaluate(case).to_json())
    except (helserett.InvalidCase, helserett.UnsupportedValue) as e:
        return ("error", (type(e).__name__, e.code, e.kind, e.path, str(e)))


ODD_VALUES: List[Any] = [
    None, True, False, 0, 1, -1, 12, 2**63, 12.0, 12.5, "", "x", "DE", "de", "NO", "GB",
    "2024-03-04", "2024-02-30", "planned", "urgent", "inpatient", ["treatment"],
    ["treatment", "treatment"], ["nope"], [], {}, {"a": 1}, "Mo i Rana", "a" * 300, "\u0001",
]


def mutations(example: Dict[str, Any]) -> List[Dict[str, Any]]:
    out = []
    rng = random.Random(20261202)
    for group, fields in example.items():
        if not isinstance(fields, dict):
            continue
        for name in fields:
            for value in rng.sample(ODD_VALUES, 6):
                c = copy.deepcopy(example)
                c[group][name] = value
                out.append(c)
        c = copy.deepcopy(example)
        c[group]["no_such_field"] = 1
        out.append(c)
    for entry in [{"date": "2024-03-04"}, {"date": "2024-03-04", "outpatient_consultations": 2},
                  {"date": None}, {"settled_on_the_spot": True}, {"date": "2024-03-04", "x": 1}]:
        c = copy.deepcopy(example)
        c["treatment"]["dates"] = [entry]
        out.append(c)
    for top in [("schema", "helserett.case/1"), ("schema", "helserett.case/9"), ("schema", 2),
                ("evaluation_date", "2024-13-01"), ("evaluation_date", None), ("extra", {})]:
        c = copy.deepcopy(example)
        c[top[0]] = top[1]
        out.append(c)
    return out


def test_the_dict_way_and_the_text_way_agree_on_every_mutation(example_case: Dict[str, Any]) -> None:
    cases = mutations(example_case)
    assert len(cases) > 200
    decided = 0
    for c in cases:
        got = outcome(c)
        want = outcome(json.dumps(c))
        assert got == want, json.dumps(c)[:300]
        decided += got[0] == "decision"
    # Both kinds are exercised: valid changes that decide, invalid ones that are refused.
    assert 20 < decided < len(cases) - 20


def test_dates_and_numpy_style_integers_read_the_same_as_their_json(example_case: Dict[str, Any]) -> None:
    c = copy.deepcopy(example_case)
    c["evaluation_date"] = datetime.date(2024, 4, 15)
    c["treatment"]["dates"][0]["date"] = datetime.date(2024, 3, 4)
    assert outcome(c) == outcome(example_case)
    # A datetime has a time: not a date (the JSON way says so, naming the field).
    c["evaluation_date"] = datetime.datetime(2024, 4, 15, 10, 30)
    assert outcome(c)[0] == "error"


@pytest.mark.parametrize("n", [1, 2, 5])
def test_several_treatment_dates_with_their_own_facts(example_case: Dict[str, Any], n: int) -> None:
    c = copy.deepcopy(example_case)
    c["treatment"]["setting"] = "outpatient"
    c["treatment"]["dates"] = [
        {"date": f"2024-03-0{i + 1}", "settled_on_the_spot": True, "outpatient_consultations": i}
        for i in range(n)
    ]
    assert outcome(c) == outcome(json.dumps(c))
