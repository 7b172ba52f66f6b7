"""`answer()`: a typed answer recorded by the kernel's own parser, as the C kiosk records it."""

from __future__ import annotations

from typing import Any, Dict

import pytest

import helserett
from helserett import InvalidCase

EMPTY = {"evaluation_date": "2024-06-01"}


def test_answer_records_yes_no_words_in_both_languages() -> None:
    for word, value in [("ja", True), ("Yes", True), ("nei", False), ("n", False)]:
        case = helserett.answer(EMPTY, "patient.member_of_folketrygden", word)
        assert case["patient"]["member_of_folketrygden"] is value
        assert case["evaluation_date"] == "2024-06-01"


def test_answer_follows_the_interview_to_a_decision() -> None:
    case = dict(EMPTY)
    q = helserett.evaluate(case).next_question()
    assert q is not None
    case = helserett.answer(case, q.fact, q.options[0] if q.options else "yes")
    assert helserett.evaluate(case).next_question() != q


def test_answer_per_date_fact_needs_its_date() -> None:
    case = helserett.answer(EMPTY, "treatment.dates", "2024-03-04, 2024-03-05")
    assert [d["date"] for d in case["treatment"]["dates"]] == ["2024-03-04", "2024-03-05"]
    case = helserett.answer(case, "treatment.dates.invoice_date", "2024-03-20", index=1)
    assert case["treatment"]["dates"][1]["invoice_date"] == "2024-03-20"
    with pytest.raises(IndexError):
        helserett.answer(case, "treatment.dates.invoice_date", "2024-03-20", index=5)


@pytest.mark.parametrize(
    "fact,text,code,path",
    [
        ("travel.one_way_km", "10001", 122, "travel.one_way_km"),
        ("costs.expenses_ore", "-5", 120, "costs.expenses_ore"),
        ("treatment.country", "XX", 111, "treatment.country"),
        ("no.such_fact", "yes", 112, "fact"),
    ],
)
def test_answer_refusals_name_the_field(fact: str, text: str, code: int, path: str) -> None:
    with pytest.raises(InvalidCase) as e:
        helserett.answer(EMPTY, fact, text)
    assert e.value.code == code
    assert e.value.path == path


def test_text_is_the_kernel_catalogue_in_both_languages() -> None:
    assert helserett.text("verdict", 1, "nb") == "OPPFYLT"
    assert helserett.text("verdict", 1, "en") == "ELIGIBLE"
    assert helserett.text("reason", 101, "en").startswith("The patient is a member")
    assert "route" in helserett.text_kinds()
    # The first number of each kind: reasons from 101, errors by code, countries by letters.
    first = {"reason": 101, "error": 100, "country": 0x4445}
    for kind in helserett.text_kinds():
        assert helserett.text(kind, first.get(kind, 1))
    assert helserett.text("country", 0x4445, "nb") == "Tyskland"
    assert helserett.text("error", 111, "nb").startswith("Ukjent land")
    with pytest.raises(ValueError):
        helserett.text("verdict", 99)
    with pytest.raises(ValueError):
        helserett.text("colour", 1)


def test_question_option_labels_follow_the_options() -> None:
    q = helserett.evaluate({"evaluation_date": "2024-06-01", "treatment": {"country": "DE"}}).next_question()
    assert q is not None
    if q.options:
        assert len(q.option_labels("nb")) == len(q.options)
        assert q.option_labels("nb") != q.option_labels("en")


def test_answers_as_people_type_them() -> None:
    # Amounts in kroner (recorded in øre), countries by name, dates as Norwegians write them.
    case: Dict[str, Any] = {"evaluation_date": "2024-06-01"}
    case = helserett.answer(case, "costs.expenses_ore", "kr 1 234,50")
    case = helserett.answer(case, "treatment.country", "Tyskland")
    case = helserett.answer(case, "claim.received", "4.3.2024")
    assert case["costs"]["expenses_ore"] == 123_450
    assert case["treatment"]["country"] == "DE"
    assert case["claim"]["received"] == "2024-03-04"
    with pytest.raises(helserett.InvalidCase) as e:
        helserett.answer(case, "treatment.country", "Atlantis")
    assert (e.value.code, e.value.path) == (111, "treatment.country")


def test_a_declined_fact_is_left_for_a_caseworker() -> None:
    case: Dict[str, Any] = {"evaluation_date": "2024-06-01", "treatment": {"country": "DE"}}
    first = helserett.evaluate(case).next_question()
    assert first is not None
    case = helserett.answer(case, first.fact, "vet ikke")
    assert case["declined"] == [first.fact]
    d = helserett.evaluate(case)
    q = d.next_question()
    assert q is None or q.fact != first.fact, "not asked again"
    assert [t["fact"] for t in d.to_settle] == [first.fact]
