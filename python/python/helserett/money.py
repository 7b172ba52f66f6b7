"""Amounts for people: the kernel's whole øre as kroner, exactly (no float on the way).

Every amount helserett returns is an `int` of øre (1 krone = 100 øre), as the kernel counts
(C-01). `kroner(ore)` is that amount as a `Decimal` with two places; `format_kroner(ore)`
writes it as the kernel's `explain()` does: `kr 145 000,00` in bokmål, `NOK 145 000.00` in
English (groups of three with a space): the kernel's own formatter (`helserett::money::Kroner`),
not a copy. Unlike
the kernel's amounts, a difference (`compare`'s `delta_ore`) may be negative: its sign goes
before the digits, `kr -6 340,00`.
"""

from __future__ import annotations

import operator
from decimal import Decimal
from typing import Literal

from helserett import _kernel



def _whole(ore: object) -> int:
    # operator.index takes Python, numpy and pandas integers and refuses floats and Decimals:
    # an amount in øre is whole, and a fraction of an øre is a mistake to report, not round.
    if isinstance(ore, bool):
        raise TypeError("an amount in øre is an int, not a bool")
    try:
        return operator.index(ore)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(f"an amount in øre is an int, not {type(ore).__name__}") from None


def kroner(ore: int) -> Decimal:
    """The amount `ore` (whole øre) in kroner, exactly, with two places.

    >>> helserett.kroner(14_500_000)
    Decimal('145000.00')
    >>> helserett.kroner(5)
    Decimal('0.05')
    >>> sum(map(helserett.kroner, [1, 2]))
    Decimal('0.03')
    """
    return Decimal(_whole(ore)).scaleb(-2)


def format_kroner(ore: int, lang: Literal["nb", "en"] = "nb") -> str:
    """The amount `ore` (whole øre) as `explain()` writes it, in bokmål or English.

    >>> helserett.format_kroner(14_500_000)
    'kr 145 000,00'
    >>> helserett.format_kroner(11_390_064, "en")
    'NOK 113 900.64'
    >>> helserett.format_kroner(-634_000)
    'kr -6 340,00'
    """
    # The kernel's own formatter: the same text the explanation writes, never a copy of it.
    return _kernel.format_kroner(_whole(ore), lang)


__all__ = ["kroner", "format_kroner"]
