"""The Decision object: attributes, to_dict/to_json, explain and next_question, read-only."""

from __future__ import annotations

import json
from typing import Any, Dict, Literal

import pytest

import helserett
from conftest import EXAMPLE_CASE, cli, load_vectors

TOP_LEVEL = [
    "schema", "id", "evaluation_date", "scheme", "verdict", "reasons", "missing", "to_settle", "prior_notification",
    "refund", "user_fee", "travel", "deadlines", "processing", "documents", "risks",
    "parameters", "estimates", "routes", "recommended",
]


def test_to_json_is_the_command_line_programs_output() -> None:
    expected = cli(str(EXAMPLE_CASE)).rstrip(b"\n").decode("utf-8")
    got = helserett.evaluate(EXAMPLE_CASE.read_bytes()).to_json()
    assert got == expected


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_explain_is_the_command_line_programs(lang: Literal["nb", "en"]) -> None:
    expected = cli("--explain", "--lang", lang, str(EXAMPLE_CASE)).decode("utf-8")
    assert helserett.evaluate(EXAMPLE_CASE.read_bytes()).explain(lang) == expected


def test_explain_defaults_to_bokmal_and_rejects_other_languages(example_case: Dict[str, Any]) -> None:
    d = helserett.evaluate(example_case)
    assert d.explain() == d.explain("nb") != d.explain("en")
    assert "Refund (EEA-08..EEA-11) [ELIGIBLE]" in d.explain("en")
    with pytest.raises(ValueError):
        d.explain("de")  # type: ignore[arg-type]


def test_every_field_is_an_attribute_equal_to_the_json(example_case: Dict[str, Any]) -> None:
    d = helserett.evaluate(example_case)
    as_json = json.loads(d.to_json())
    assert d.to_dict() == as_json
    assert list(as_json) == TOP_LEVEL + ["next_question", "receipt"]
    for name in TOP_LEVEL + ["receipt"]:
        if name == "parameters":
            continue
        assert getattr(d, name) == as_json[name], name
    # The JSON names the entries (decision/5 and later); the attribute adds each entry's source.
    assert [{k: v for k, v in e.items() if k != "source"} for e in d.parameters] == as_json["parameters"]
    assert all(e["source"] for e in d.parameters)
    assert d.refund_ore == as_json["refund"]["refund_ore"] == 11_000_000
    assert (d.verdict, d.recommended, d.evaluation_date) == ("eligible", "eea_refund", "2024-04-15")
    assert d.schema == helserett.DECISION_SCHEMA == "helserett.decision/8"


def test_the_decision_is_read_only(example_case: Dict[str, Any]) -> None:
    d = helserett.evaluate(example_case)
    with pytest.raises(AttributeError):
        d.verdict = "not_eligible"  # type: ignore[attr-defined]
    with pytest.raises((AttributeError, TypeError)):
        d.anything_else = 1  # type: ignore[attr-defined]
    # What it hands out is a copy: changing it changes nothing in the decision.
    d.to_dict()["verdict"] = "x"
    refund = d.refund
    assert refund is not None
    refund["refund_ore"] = 0
    assert d.to_dict()["verdict"] == "eligible" and d.refund == json.loads(d.to_json())["refund"]


def test_repr_names_the_summary(example_case: Dict[str, Any]) -> None:
    assert repr(helserett.evaluate(example_case)) == (
        'Decision(verdict="eligible", recommended="eea_refund", refund_ore=11000000, '
        'evaluation_date="2024-04-15")'
    )


@pytest.mark.parametrize("vector", [v for v in load_vectors() if "expected" in v], ids=lambda v: v["id"])
def test_next_question_is_the_decisions(vector: Dict[str, Any]) -> None:
    d = helserett.evaluate(vector["input"])
    expected = json.loads(vector["expected"])["next_question"]
    q = d.next_question()
    if expected is None:
        assert q is None
        return
    assert q is not None
    assert (q.fact, q.index, q.rule, q.answer, list(q.options)) == (
        expected["fact"], expected["index"], expected["rule"], expected["answer"], expected["options"],
    )
    as_dict = q.to_dict()
    assert {k: as_dict[k] for k in expected} == expected  # type: ignore[literal-required]
    assert as_dict["text"] == {"nb": q.text("nb"), "en": q.text("en")}
    assert q.text() == q.text("nb") != q.text("en")


def test_the_interview_questions_read_as_in_the_readme() -> None:
    q = helserett.evaluate({"evaluation_date": "2024-06-01"}).next_question()
    assert q is not None
    assert q.fact == "treatment.need"
    assert q.text("en") == "Is the treatment planned, did the need arise during a stay, or was it urgent care?"
    assert q.options == ("planned", "arose_abroad", "urgent")
    assert q == helserett.evaluate('{"evaluation_date":"2024-07-01"}').next_question()
    assert "treatment.need" in repr(q)
    with pytest.raises(ValueError):
        q.text("sv")  # type: ignore[arg-type]


def test_a_settled_case_has_no_question(example_case: Dict[str, Any]) -> None:
    assert helserett.evaluate(example_case).next_question() is None


def test_a_case_may_be_bytes_bytearray_str_or_mapping(example_case: Dict[str, Any]) -> None:
    from types import MappingProxyType

    text = json.dumps(example_case)
    results = {
        helserett.evaluate(x).to_json()
        for x in (text, text.encode(), bytearray(text.encode()), example_case, MappingProxyType(example_case))
    }
    assert len(results) == 1


def test_dates_may_be_date_objects(example_case: Dict[str, Any]) -> None:
    import datetime

    with_dates = json.loads(json.dumps(example_case))
    with_dates["evaluation_date"] = datetime.date(2024, 4, 15)
    with_dates["treatment"]["dates"][0]["date"] = datetime.date(2024, 3, 4)
    assert helserett.evaluate(with_dates).to_json() == helserett.evaluate(example_case).to_json()
    # A datetime has a time of day: the kernel's date reader rejects it, naming the field.
    with_dates["evaluation_date"] = datetime.datetime(2024, 4, 15, 12, 0)
    with pytest.raises(helserett.InvalidCase) as e:
        helserett.evaluate(with_dates)
    assert (e.value.path, e.value.kind) == ("evaluation_date", "invalid_date")


def test_version_and_schemas() -> None:
    assert helserett.__version__.count(".") == 2
    assert helserett.CASE_SCHEMA == "helserett.case/2"


def test_the_callers_id_is_echoed_on_every_path(example_case: Dict[str, Any]) -> None:
    # An EPJ's request number comes back in the decision, from a dict, from JSON and in a batch.
    case = {**example_case, "id": "EPJ-2024-000123"}
    d = helserett.evaluate(case)
    assert d.id == "EPJ-2024-000123" and d.to_dict()["id"] == "EPJ-2024-000123"
    assert helserett.evaluate(json.dumps(case)).to_json() == d.to_json()
    assert helserett.evaluate(example_case).id is None
    many = helserett.evaluate_many([{**example_case, "id": f"r{i}"} for i in range(5)])
    assert [x.id for x in many if isinstance(x, helserett.Decision)] == [f"r{i}" for i in range(5)]
    with pytest.raises(helserett.InvalidCase) as e:
        helserett.evaluate({**example_case, "id": "x" * 65})
    assert (e.value.code, e.value.path) == (130, "id")


def test_texts_are_shared_between_decisions_and_never_mixed_up(example_case: Dict[str, Any]) -> None:
    """The kernel's field names and codes are one `str` each, shared by every decision (issue
    15); a caller's own texts, more of them than the shared table holds, come back as given."""
    ra, rb = helserett.evaluate(example_case).refund, helserett.evaluate(example_case).refund
    assert ra is not None and rb is not None
    ka, kb = list(ra), list(rb)
    assert ka == kb and all(x is y for x, y in zip(ka, kb))
    assert ra["estimate_basis"] is rb["estimate_basis"]
    case = json.loads(json.dumps(example_case))
    for i in range(5000):
        case["travel"]["home"] = f"Sted {i} {'æ' * (i % 20)}"
        travel = helserett.evaluate(case).travel
        assert travel is not None and travel["home"] == case["travel"]["home"]
    travel = helserett.evaluate(example_case).travel
    assert travel is not None and travel["home"] == example_case["travel"]["home"]
