"""Every shared vector through Python: the decision JSON byte for byte, or the error with the
same code, kind, path and message as Rust and C report."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Tuple

import pytest

import helserett
from conftest import load_vectors

VECTORS = load_vectors()
IDS = [v["id"] for v in VECTORS]


def outcome(case: Any) -> Tuple[str, Any]:
    try:
        return ("decision", helserett.evaluate(case).to_json())
    except helserett.InvalidCase as e:
        return ("error", {"code": e.code, "kind": e.kind, "path": e.path, "message": str(e)})


def test_the_vectors_are_there() -> None:
    assert len(VECTORS) >= 60
    assert any("error" in v for v in VECTORS) and any("expected" in v for v in VECTORS)


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
def test_vector_as_json_text(vector: Dict[str, Any]) -> None:
    got = outcome(vector["input"])
    if "expected" in vector:
        assert got == ("decision", vector["expected"])
    else:
        assert got == ("error", vector["error"])


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
def test_vector_as_bytes(vector: Dict[str, Any]) -> None:
    assert outcome(vector["input"].encode("utf-8")) == outcome(vector["input"])


def as_dict(text: str) -> Optional[Dict[str, Any]]:
    """The vector's input as a dict, when JSON text and dict say the same (valid JSON, an
    object, no key given twice)."""

    def no_duplicates(pairs: List[Tuple[str, Any]]) -> Dict[str, Any]:
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            raise ValueError("duplicate key")
        return dict(pairs)

    try:
        value = json.loads(text, object_pairs_hook=no_duplicates)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


DICT_VECTORS = [v for v in VECTORS if as_dict(v["input"]) is not None]


def test_most_vectors_are_also_dicts() -> None:
    # Only the malformed-JSON and duplicate-field vectors have no dict form.
    assert len(DICT_VECTORS) >= len(VECTORS) - 4


@pytest.mark.parametrize("vector", DICT_VECTORS, ids=[v["id"] for v in DICT_VECTORS])
def test_vector_as_dict_gives_the_same(vector: Dict[str, Any]) -> None:
    case = as_dict(vector["input"])
    assert outcome(case) == outcome(vector["input"])
