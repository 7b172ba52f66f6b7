"""The annual figures (STAT-01..STAT-05) as data: checked against RULES.md and the seed."""

from __future__ import annotations

import re
from typing import List

import pytest

from conftest import SPEC
from helserett import stats

RULES = SPEC / "RULES.md"
SEED = SPEC.parent / "seeds" / "000_5abbfd9099978b68.txt"


def stat_item(n: int) -> str:
    if not RULES.exists():
        pytest.skip(f"{RULES} is not here to compare with")
    text = RULES.read_text(encoding="utf-8")
    m = re.search(rf"^- STAT-0{n} (.*?)(?=^- |^## )", text, re.S | re.M)
    assert m, f"STAT-0{n} not in RULES.md"
    return " ".join(m.group(1).split())


def amounts(text: str) -> List[int]:
    return [int(x.replace(" ", "")) for x in re.findall(r"\d{1,3}(?: \d{3})+|\d+", text)]


def test_stat_01_applications() -> None:
    pairs = [(int(a), int(b)) for a, b in re.findall(r"(\d+)/(\d+)", stat_item(1))]
    assert [(a.received, a.granted) for a in stats.APPLICATIONS] == pairs
    assert [a.year for a in stats.APPLICATIONS] == list(range(2012, 2022))


def test_stat_01_against_the_seed() -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not here to compare with")
    text = SEED.read_text(encoding="utf-8")
    received = re.search(r"Mottatte søknader ([\d ]+)", text)
    granted = re.search(r"Innvilgede søknader ([\d ]+)", text)
    assert received and granted
    assert [a.received for a in stats.APPLICATIONS] == [int(x) for x in received.group(1).split()]
    assert [a.granted for a in stats.APPLICATIONS] == [int(x) for x in granted.group(1).split()]


def test_stat_02_costs() -> None:
    item = stat_item(2)
    parts = dict(re.findall(r"(Helse [^\d]+?|Totals:) ([\d ,]+)", item))
    names = {"Helse Sør-Øst": "helse_sor_ost", "Helse Vest": "helse_vest", "Helse Midt-Norge": "helse_midt_norge", "Helse Nord": "helse_nord"}
    years = list(range(2016, 2022))
    for label, region in names.items():
        assert list(stats.COSTS_NOK[region].values()) == amounts(parts[label]), label
        assert list(stats.COSTS_NOK[region]) == years
    assert list(stats.COST_TOTALS_NOK.values()) == amounts(parts["Totals:"])


def test_stat_02_totals_are_as_printed_even_where_they_do_not_add_up() -> None:
    for year, total in stats.COST_TOTALS_NOK.items():
        regions = sum(stats.COSTS_NOK[r][year] for r in stats.REGIONS)
        # The report's 2017 total is NOK 6 000 below its regions' sum; kept as printed.
        assert regions - total == (6_000 if year == 2017 else 0), year


def test_stat_03_particle_therapy() -> None:
    got = [x for r in stats.REGIONS for x in stats.PARTICLE_THERAPY_2021[r]]
    assert got == amounts(stat_item(3).replace("2021", ""))


def test_stat_04_complaints() -> None:
    numbers = amounts(stat_item(4).replace("2021", ""))
    by_row = [numbers[i : i + 4] for i in range(0, 20, 4)]
    got = [[stats.COMPLAINTS_2021[r][field] for r in stats.REGIONS] for field in range(5)]
    assert got == by_row
    assert list(stats.Complaints._fields) == [
        "complaints", "reversed_by_office", "sent_to_board", "upheld_by_board", "reversed_by_board",
    ]


def test_stat_05_and_the_source() -> None:
    assert "small" in stat_item(5) and "small" in stats.CAVEAT
    assert "000_5abbfd9099978b68" in stats.SOURCE and "STAT-01..STAT-05" in stats.SOURCE
    assert set(stats.REGIONS) == set(stats.COSTS_NOK) == set(stats.PARTICLE_THERAPY_2021) == set(stats.COMPLAINTS_2021)
