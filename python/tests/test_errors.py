"""One mapping from kernel errors to exceptions: specific classes, the kernel's code, kind,
path and message; never a bare Exception, never a crash."""

from __future__ import annotations

import decimal
import json
import pickle
from typing import Any, Dict

import pytest

import helserett
from helserett import errors


def raised(case: Any, **kw: Any) -> helserett.HelserettError:
    with pytest.raises(helserett.HelserettError) as e:
        helserett.evaluate(case, **kw)
    return e.value


def test_the_classes_and_their_bases() -> None:
    assert issubclass(errors.InvalidCase, ValueError)
    assert issubclass(errors.InvalidParams, ValueError)
    assert issubclass(errors.UnsupportedValue, TypeError)
    assert issubclass(errors.ArithmeticOverflow, OverflowError)
    assert issubclass(errors.InternalError, RuntimeError)
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.HelserettError)
        assert getattr(helserett, name) is getattr(errors, name)


def test_invalid_case_carries_the_kernels_error() -> None:
    e = raised('{"evaluation_date":"2024-06-01","patient":{"member_of_folketrygd":true}}')
    assert type(e) is helserett.InvalidCase
    assert (e.code, e.kind, e.path, e.row) == (101, "unknown_field", "patient.member_of_folketrygd", None)
    assert str(e) == e.message == (
        "patient.member_of_folketrygd: unknown field; did you mean patient.member_of_folketrygden?"
    )


def test_errors_help_mend_the_input() -> None:
    """Issue 30: an unknown field names the field meant, a wrong type the type expected, the
    same for a dict, JSON text and a column (the kernel's message on every path)."""
    unknown = {"evaluation_date": "2024-06-01", "costs": {"expenses": 14500000}}
    e = raised(unknown)
    assert (e.kind, e.path) == ("unknown_field", "costs.expenses")
    assert str(e) == "costs.expenses: unknown field; did you mean costs.expenses_ore?"
    assert str(raised(json.dumps(unknown))) == str(e)
    with pytest.raises(helserett.InvalidCase) as column:
        helserett.evaluate_columns({"evaluation_date": ["2024-06-01"], "costs.expenses": [1]})
    assert str(column.value) == "costs.expenses: unknown field; did you mean costs.expenses_ore?"
    wrong = {"evaluation_date": "2024-06-01", "patient": {"priority_patient": "yes"}}
    assert str(raised(wrong)) == (
        "patient.priority_patient: value has the wrong JSON type (expected true or false)"
    )
    out = helserett.evaluate_columns(
        {"evaluation_date": ["2024-06-01"], "costs.expenses_ore": ["145000"]}, outputs=["error"]
    )
    assert out["error"] == ["costs.expenses_ore: value has the wrong JSON type (expected a whole number)"]


@pytest.mark.parametrize(
    "case, code, kind, path",
    [
        ({"evaluation_date": "2024-06-01", "costs": {"expenses_ore": 12.5}}, 122, "number_out_of_range", "costs.expenses_ore"),
        # json.dumps writes NaN, which is not JSON (RFC 8259): the kernel's verdict, at the field.
        # NaN has no JSON form: refused at its field as a column refuses it (122), not as a
        # syntax error at a byte of a text the caller never wrote.
        ({"evaluation_date": "2024-06-01", "costs": {"expenses_ore": float("nan")}}, 122, "number_out_of_range", "costs.expenses_ore"),
        ({"evaluation_date": "2024-06-01", "costs": {"expenses_ore": 10**30}}, 121, "amount_overflow", "costs.expenses_ore"),
        ({"evaluation_date": "2024-06-01", "costs": {"expenses_ore": -1}}, 120, "negative_amount", "costs.expenses_ore"),
        ({"evaluation_date": "2024-06-01", "patient": {"priority_patient": 1}}, 104, "wrong_type", "patient.priority_patient"),
        ({"evaluation_date": "2024-06-01", "patient": {"county_number": True}}, 104, "wrong_type", "patient.county_number"),
        ({"evaluation_date": "2024-02-30"}, 110, "invalid_date", "evaluation_date"),
        ({"treatment": {}}, 103, "missing_field", "evaluation_date"),
        ({"evaluation_date": "2024-06-01", "treatment": {"country": "XX"}}, 111, "invalid_country", "treatment.country"),
        ({"evaluation_date": "2024-06-01", "travel": {"home": "\ud800"}}, 100, "syntax", "travel.home"),
        ({"evaluation_date": "2024-06-01", "treatment": {"dates": [{"date": "2024-01-01"}] * 9}}, 131, "too_many", "treatment.dates[8]"),
        ({"evaluation_date": "2024-06-01", "prior_notification": {"stages_granted": ["treatment", "treatment"]}}, 132, "duplicate_value", "prior_notification.stages_granted[1]"),
        # Over the kernel's 1 MiB document limit (helserett::limits): the same on every path.
        # A dict's value that takes it past the limit is named (the same bytes as text: `$`).
        ({"evaluation_date": "2024-06-01", "travel": {"home": "x" * (1 << 20)}}, 133, "document_too_large", "travel.home"),
        (b'{"evaluation_date":"2024-06-01"}' + b" " * (1 << 20), 133, "document_too_large", "$"),
    ],
)
def test_python_values_reach_the_kernels_reader(case: Dict[str, Any], code: int, kind: str, path: str) -> None:
    e = raised(case)
    assert isinstance(e, helserett.InvalidCase) and isinstance(e, ValueError)
    assert (e.code, e.kind, e.path) == (code, kind, path)
    assert str(e).startswith(path + ": ")


def test_numpy_like_integers_are_integers() -> None:
    class Index:
        def __index__(self) -> int:
            return 100

    a = helserett.evaluate({"evaluation_date": "2024-06-01", "costs": {"expenses_ore": Index()}})
    b = helserett.evaluate({"evaluation_date": "2024-06-01", "costs": {"expenses_ore": 100}})
    assert a.to_json() == b.to_json()


@pytest.mark.parametrize(
    "case, path",
    [
        ({"evaluation_date": "2024-06-01", "costs": {"expenses_ore": decimal.Decimal("1")}}, "costs.expenses_ore"),
        ({"evaluation_date": "2024-06-01", "treatment": {"dates": [{"date": {"2024-01-01"}}]}}, "treatment.dates[0].date"),
        ({"evaluation_date": "2024-06-01", "patient": {1: True}}, "patient"),
    ],
)
def test_values_with_no_json_form(case: Any, path: str) -> None:
    e = raised(case)
    assert type(e) is helserett.UnsupportedValue and isinstance(e, TypeError)
    assert (e.code, e.kind, e.path) == (None, "unsupported_value", path)
    assert str(e).startswith(path + ": ")


@pytest.mark.parametrize("case, text", [(None, "null"), (42, "42"), ([], "[]"), (memoryview(b"[]"), "[]")])
def test_every_entry_point_answers_as_the_same_json_text(case: Any, text: str) -> None:
    a, b = raised(case), raised(text)
    assert type(a) is type(b) is helserett.InvalidCase
    assert (a.code, a.kind, a.path) == (b.code, b.kind, b.path) == (104, "wrong_type", "$")


def test_a_list_inside_itself_is_an_error_not_a_crash() -> None:
    loop: Any = []
    loop.append(loop)
    e = raised({"evaluation_date": "2024-06-01", "treatment": {"dates": loop}})
    assert type(e) is helserett.InvalidCase
    assert (e.code, e.kind) == (100, "syntax")
    assert "nested too deeply" in str(e)


def test_invalid_utf8_is_the_kernels_syntax_error() -> None:
    e = raised(b'{"evaluation_date":"2024-06-01","travel":{"home":"\xff"}}')
    assert (e.code, e.kind, e.path) == (100, "syntax", "travel.home")


def test_overflow_only_with_an_extreme_table(example_case: Dict[str, Any]) -> None:
    example_case["costs"] = {"expenses_ore": 10**15, "estimated_norwegian_cost_ore": 10**15}
    del example_case["prior_notification"]["max_refund_ore"]
    refund = helserett.evaluate(example_case).refund
    assert refund is not None and refund["rate_amount_ore"] == 10**15
    extreme = helserett.what_if("P-EEA-RATE", 100_000, since="2023-10-02")
    e = raised(example_case, params=extreme)
    assert type(e) is helserett.ArithmeticOverflow and isinstance(e, OverflowError)
    assert (e.code, e.kind, e.path, str(e)) == (400, "arithmetic_overflow", "$", "$: arithmetic overflow")


def test_exceptions_survive_pickle() -> None:
    e = raised('{"evaluation_date":"2024-13-01"}')
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is helserett.InvalidCase
    assert (back.code, back.kind, back.path, str(back)) == (e.code, e.kind, e.path, str(e))
    p = helserett.InvalidParams("m", index=3, code=300, kind="invalid_params", path="parameters[3]")
    assert pickle.loads(pickle.dumps(p)).index == 3


def test_a_json_number_bigger_than_any_int_is_still_named() -> None:
    e = raised(json.dumps({"evaluation_date": "2024-06-01", "travel": {"round_trips": 101}}))
    assert (e.code, e.kind, e.path) == (122, "number_out_of_range", "travel.round_trips")
