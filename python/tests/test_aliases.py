"""Column aliases: every input column of evaluate_columns also as a plain identifier, derived
from the kernel's names by the rule in helserett/_aliases.py; errors name the JSON path."""

from __future__ import annotations

import re
from typing import Any, Dict, List

import pytest

import helserett


def test_every_input_column_that_is_no_identifier_has_one_alias() -> None:
    inputs = helserett.column_names()["inputs"]
    aliases = helserett.column_aliases()
    # Each path that is not already an identifier has exactly one alias; none is shared.
    assert sorted(aliases.values()) == sorted(p for p in inputs if not p.isidentifier())
    for alias, path in aliases.items():
        assert alias.isidentifier() and re.fullmatch(r"[0-9A-Za-z_]+", alias)
        # The documented rule, checked on the kernel's own names.
        assert alias == re.sub(r"[^0-9A-Za-z_]+", "_", path).strip("_")
    assert aliases["treatment_dates_0_date"] == "treatment.dates[0].date"
    assert "evaluation_date" not in aliases  # already an identifier: its own name


def test_aliases_decide_as_the_paths_do(population: Dict[str, List[Any]]) -> None:
    to_alias = {path: alias for alias, path in helserett.column_aliases().items()}
    by_alias = {to_alias.get(k, k): v for k, v in population.items()}
    assert any(k != a for k, a in zip(population, by_alias))
    assert helserett.evaluate_columns(by_alias) == helserett.evaluate_columns(population)
    compared = helserett.compare(by_alias, None, helserett.what_if("P-EEA-RATE", 8000))
    assert compared == helserett.compare(population, None, helserett.what_if("P-EEA-RATE", 8000))


def test_aliases_in_pandas_and_pyarrow(population: Dict[str, List[Any]]) -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    to_alias = {path: alias for alias, path in helserett.column_aliases().items()}
    frame = pd.DataFrame(population)
    renamed = frame.rename(columns=to_alias)
    assert "treatment_dates_0_date" in renamed.columns
    assert helserett.evaluate_columns(renamed).equals(helserett.evaluate_columns(frame))
    table = pa.table(population)
    aliased = table.rename_columns([to_alias.get(c, c) for c in table.column_names])
    assert helserett.evaluate_columns(aliased).equals(helserett.evaluate_columns(table))


def test_an_error_in_an_aliased_column_names_the_json_path() -> None:
    out = helserett.evaluate_columns(
        {"evaluation_date": ["2024-04-15"], "treatment_dates_0_date": ["2024-02-30"]},
        outputs=["error_kind", "error_path"],
    )
    assert out == {"error_kind": ["invalid_date"], "error_path": ["treatment.dates[0].date"]}


def test_an_unknown_name_is_the_kernels_unknown_field() -> None:
    with pytest.raises(helserett.InvalidCase) as e:
        helserett.evaluate_columns({"evaluation_date": ["2024-04-15"], "treatment_dates_0_dat": ["2024-03-04"]})
    assert e.value.kind == "unknown_field" and e.value.code == 101
    assert e.value.path == "treatment_dates_0_dat"


def test_a_field_given_by_path_and_by_alias_is_refused() -> None:
    with pytest.raises(ValueError, match=r"'treatment.country' is given twice"):
        helserett.evaluate_columns({"treatment.country": ["DE"], "treatment_country": ["SE"]})
