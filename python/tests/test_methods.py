"""The methods domain (seed 004) through Python: every shared method vector byte for byte (the
calendar vectors with their meeting days as a parameter table), and the summary is the CLI's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Literal

import pytest

import helserett
from conftest import REPO, cli

VECTORS: List[Dict[str, Any]] = json.loads((REPO / "tests" / "vectors" / "methods.json").read_text("utf-8"))["tests"]
CALENDAR: List[Dict[str, Any]] = json.loads(
    (REPO / "tests" / "vectors" / "with_params" / "methods_calendar.json").read_text("utf-8")
)["tests"]


def outcome(case: Any, params: Any = None) -> Any:
    try:
        return ("decision", helserett.evaluate(case, params=params).to_json())
    except helserett.InvalidCase as e:
        return ("error", {"code": e.code, "kind": e.kind, "path": e.path, "message": str(e)})


@pytest.mark.parametrize("vector", VECTORS, ids=[v["id"] for v in VECTORS])
def test_method_vector(vector: Dict[str, Any]) -> None:
    want = ("decision", vector["expected"]) if "expected" in vector else ("error", vector["error"])
    assert outcome(vector["input"]) == want
    assert outcome(json.loads(vector["input"])) == want


@pytest.mark.parametrize("vector", CALENDAR, ids=[v["id"] for v in CALENDAR])
def test_method_vector_with_a_calendar(vector: Dict[str, Any]) -> None:
    table = [dict(e) for e in helserett.builtin_params()]
    for day in vector["meetings"]:
        y, m, d = (int(x) for x in day.split("-"))
        from datetime import date, timedelta

        nxt = (date(y, m, d) + timedelta(days=1)).isoformat()
        table.append({"id": "P-MET-MEETINGS", "value": 1, "from": day, "until": nxt, "source": "Nye metoder meeting calendar (test)"})
    assert outcome(vector["input"], table) == ("decision", vector["expected"])


def test_attributes(tmp_path: Path) -> None:
    d = helserett.evaluate(json.loads(VECTORS[0]["input"]))
    assert d.recommended is None and d.apply_first == "access_scheme" and d.not_used is False
    assert [r["route"] for r in d.routes][0] == "clinical_trial"
    assert d.access_deadline is None
    q = d.next_question()
    assert q is None or q.fact.startswith(("method.", "patient.", "trial.", "assessment.", "abroad."))


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_explain_is_the_cli_s(lang: Literal["nb", "en"]) -> None:
    case = VECTORS[0]["input"].encode()
    text = helserett.evaluate(case).explain(lang)
    assert text.rstrip("\n").encode() == cli("--explain", f"--lang={lang}", "-", stdin=case).rstrip(b"\n")


def test_batch_matches_one_by_one() -> None:
    rows = helserett.evaluate_many([json.loads(v["input"]) for v in VECTORS], threads=2)
    for v, row in zip(VECTORS, rows):
        if "expected" in v:
            assert isinstance(row, helserett.Decision), v["id"]
            assert row.to_json() == v["expected"]
        else:
            assert isinstance(row, helserett.InvalidCase) and row.code == v["error"]["code"], v["id"]


def test_a_parameter_file_read_by_the_kernel() -> None:
    text = (REPO / "tests" / "params" / "nye_metoder_2026.json").read_text("utf-8")
    table = helserett.read_params(text)
    d = helserett.evaluate(json.loads(VECTORS[0]["input"]), params=table)
    assert d.access_deadline is not None and d.access_deadline["cut_off"] == "2026-01-09"
    assert len(helserett.read_params(text, mode="replace")) == 3
    with pytest.raises(helserett.InvalidCase) as e:
        helserett.read_params('{"schema":"helserett.params/1","parameters":[{"id":"P-NOPE","value":1,"source":"x"}]}')
    assert e.value.path == "parameters[0].id"
