"""One boundary for every kind of case (issue 25): every shared vector of every kind, with its
schema written plainly and with escapes (`\\/`, `\\u005f`, an escaped key), decided by
`evaluate` and `evaluate_many`, gives the vector's bytes or its error, as the CLI and the C
paths do (`cli/tests/every_kind.rs`, `ffi/tests/every_kind.rs`). A decision of every kind
pickles, copies and crosses a process pool."""

from __future__ import annotations

import copy
import json
import multiprocessing
import pickle
from typing import Any, Dict, List, Tuple

import pytest

import helserett
from conftest import REPO

FILES = ("eea.json", "inbound.json", "methods.json")
VECTORS: List[Dict[str, Any]] = [
    v for name in FILES for v in json.loads((REPO / "tests" / "vectors" / name).read_text("utf-8"))["tests"]
]


def writings(text: str) -> List[str]:
    """The same case as other JSON writers write its schema: PHP's `\\/`, an escaped key and `_`."""
    return [
        text,
        text.replace("_case/", "_case\\/", 1).replace("case/2", "case\\/2", 1),
        text.replace('"schema":', '"sch\\u0065ma":', 1)
        .replace("inbound_case", "inbound\\u005fcase", 1)
        .replace("method_case", "method\\u005fcase", 1),
    ]


def outcome(case: Any) -> Tuple[str, Any]:
    try:
        return ("decision", helserett.evaluate(case).to_json())
    except helserett.InvalidCase as e:
        return ("error", {"code": e.code, "kind": e.kind, "path": e.path, "message": str(e)})


@pytest.mark.parametrize("vector", VECTORS, ids=[v["id"] for v in VECTORS])
def test_every_kind_with_every_schema_writing(vector: Dict[str, Any]) -> None:
    want = ("decision", vector["expected"]) if "expected" in vector else ("error", vector["error"])
    texts = writings(vector["input"])
    for text in texts:
        assert outcome(text) == want, text[:80]
    if want[0] == "decision":
        # A dict (the shortcut for a plain case) gives the same bytes.
        assert outcome(json.loads(vector["input"])) == want
        batch = helserett.evaluate_many(texts)
        assert all(isinstance(d, helserett.Decision) for d in batch)
        assert [d.to_json() for d in batch if isinstance(d, helserett.Decision)] == [want[1]] * len(texts)


@pytest.mark.parametrize("kind_file", FILES)
def test_decisions_of_every_kind_pickle_and_copy(kind_file: str) -> None:
    tests = json.loads((REPO / "tests" / "vectors" / kind_file).read_text("utf-8"))["tests"]
    for v in (t for t in tests if "expected" in t):
        d = helserett.evaluate(v["input"])
        back = pickle.loads(pickle.dumps(d))
        assert isinstance(back, helserett.Decision) and back.to_json() == d.to_json()
        assert (back.kind, repr(back)) == (d.kind, repr(d))
        assert copy.copy(d) is d and copy.deepcopy(d) is d
    # With a caller's table: the table travels with the decision.
    table = helserett.what_if("P-EEA-RATE", 8000)
    d = helserett.evaluate(next(t for t in tests if "expected" in t)["input"], params=table)
    assert pickle.loads(pickle.dumps(d)).to_json() == d.to_json()


def test_a_process_pool_maps_evaluate_over_every_kind() -> None:
    cases = [json.loads(v["input"]) for v in VECTORS if "expected" in v][::7]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        decided = pool.map(helserett.evaluate, cases)
    assert [d.to_json() for d in decided] == [helserett.evaluate(c).to_json() for c in cases]
    assert {d.kind for d in decided} == set(helserett.CASE_KINDS)


def test_answer_takes_every_kind_and_refuses_a_fact_of_another() -> None:
    inbound = {"schema": helserett.INBOUND_CASE_SCHEMA, "evaluation_date": "2024-07-03"}
    q = helserett.evaluate(inbound).next_question()
    assert q is not None
    answered = helserett.answer(inbound, q.fact, "vet ikke")
    assert answered["declined"] == [q.fact]
    with pytest.raises(helserett.InvalidCase) as e:
        helserett.answer(inbound, "treatment.country", "DE")
    assert e.value.path == "fact"


def test_the_class_own_attributes_come_before_outputs_and_fields() -> None:
    import inspect

    for v in (VECTORS[0], next(v for v in VECTORS if v["input"].startswith('{"schema":"helserett.inbound'))):
        d = helserett.evaluate(v["input"])
        for name in (n for n in dir(helserett.Decision) if not n.startswith("_")):
            static = inspect.getattr_static(helserett.Decision, name)
            got = getattr(d, name)
            if hasattr(static, "__get__") and not callable(static):
                assert got == static.__get__(d), name  # a property: the class's value
            else:
                assert callable(got) and got.__name__ == name, name  # a method, not a field
        # The outputs and fields, and a name that is neither.
        own = set(dir(helserett.Decision))
        for name, value in d.outputs().items():
            # `next_question` is the method (the output is its fact: `d.next_question().fact`).
            assert getattr(d, name) == value or name in own, name
        assert d.receipt == d.to_dict()["receipt"]
        with pytest.raises(AttributeError, match="has no"):
            getattr(d, "no_such_field")
