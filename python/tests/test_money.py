"""kroner() and format_kroner(): exact, and written as the kernel's explain() writes amounts."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Dict, List

import pytest

import helserett
from population import as_cases


def test_kroner_is_exact() -> None:
    assert helserett.kroner(14_500_000) == Decimal("145000.00")
    assert helserett.kroner(1) == Decimal("0.01") and str(helserett.kroner(1)) == "0.01"
    big = 10**15 - 1  # the kernel's largest amount less one øre: past a float's exact range
    assert helserett.kroner(big) == Decimal(big) / 100 and float(big) / 100 != helserett.kroner(big)
    assert sum(helserett.kroner(1) for _ in range(10)) == Decimal("0.10")


@pytest.mark.parametrize("bad", [1.0, Decimal("1"), True, "100", None])
def test_an_amount_is_whole_ore(bad: Any) -> None:
    with pytest.raises(TypeError, match="an amount in øre is an int"):
        helserett.kroner(bad)
    with pytest.raises(TypeError, match="an amount in øre is an int"):
        helserett.format_kroner(bad)


def test_numpy_integers_are_amounts() -> None:
    np = pytest.importorskip("numpy")
    assert helserett.kroner(np.int64(250)) == Decimal("2.50")
    assert helserett.format_kroner(np.int64(250)) == "kr 2,50"


def test_format_kroner_is_how_explain_writes_amounts(population: Dict[str, List[Any]]) -> None:
    # Every amount of every decision of the population, in both languages, as the kernel's
    # summary writes it: the format here cannot drift from the kernel's.
    checked = 0
    for d in helserett.evaluate_many(as_cases(population)[:300]):
        assert isinstance(d, helserett.Decision)
        refund = d.refund
        if refund is None:
            continue
        amounts = [refund["expenses_ore"], refund["refund_ore"], refund["patient_share_ore"]]
        nb, en = d.explain("nb"), d.explain("en")
        for ore in amounts:
            if ore is None:
                continue
            assert helserett.format_kroner(ore) in nb
            assert helserett.format_kroner(ore, "en") in en
            checked += 1
    assert checked > 300


def test_signs_and_small_amounts() -> None:
    assert helserett.format_kroner(0) == "kr 0,00"
    assert helserett.format_kroner(5) == "kr 0,05"
    assert helserett.format_kroner(100_000_000_000) == "kr 1 000 000 000,00"
    assert helserett.format_kroner(-634_000, "en") == "NOK -6 340.00"
    with pytest.raises(ValueError, match='lang is "nb" or "en"'):
        helserett.format_kroner(1, "sv")  # type: ignore[arg-type]
