"""The shared vectors with a caller's parameter table (tests/vectors/with_params/tables.json):
the table file read by `read_params` with the vector's mode, the case decided with it, the
decision JSON byte for byte (its receipt's table hash included), or the same error as Rust and
C report."""

from __future__ import annotations

import json
import pathlib
from typing import Any, Dict, List, Tuple

import pytest

import helserett

FILE = pathlib.Path(__file__).resolve().parents[2] / "tests" / "vectors" / "with_params" / "tables.json"
VECTORS: List[Dict[str, Any]] = json.loads(FILE.read_text("utf-8"))["tests"]


def outcome(vector: Dict[str, Any]) -> Tuple[str, Any]:
    try:
        table = helserett.read_params(vector["params"], mode=vector["mode"])
        return ("decision", helserett.evaluate(vector["input"], params=table).to_json())
    except (helserett.InvalidCase, helserett.InvalidParams) as e:
        return ("error", {"code": e.code, "kind": e.kind, "path": e.path, "message": str(e)})


def test_the_table_vectors_are_there() -> None:
    assert len(VECTORS) >= 10
    assert any("error" in v for v in VECTORS) and any("expected" in v for v in VECTORS)


@pytest.mark.parametrize("vector", VECTORS, ids=[v["id"] for v in VECTORS])
def test_table_vector(vector: Dict[str, Any]) -> None:
    if "expected" in vector:
        assert outcome(vector) == ("decision", vector["expected"])
    else:
        assert outcome(vector) == ("error", vector["error"])
