"""What-if: the built-in table as data, another table in, and the per-case difference."""

from __future__ import annotations

import datetime
import json
from typing import Any, Dict, List

import pytest

import helserett
from population import as_cases


def rate_entries(table: List[Any]) -> List[Any]:
    return [(e["value"], e["from"], e["until"]) for e in table if e["id"] == "P-EEA-RATE"]


def test_builtin_params_are_the_entries_decisions_cite(example_case: Dict[str, Any]) -> None:
    table = helserett.builtin_params()
    assert all(set(e) == {"id", "value", "from", "until", "source"} for e in table)
    for used in helserett.evaluate(example_case).parameters:
        assert used in table
    assert rate_entries(table) == [(8000, None, "2023-10-02"), (10000, "2023-10-02", None)]
    helserett.check_params(table)
    # Given back unchanged, the table decides exactly as the built-in one.
    assert helserett.evaluate(example_case, params=table).to_json() == helserett.evaluate(example_case).to_json()


def test_what_if_the_rate_stayed_at_80_percent(example_case: Dict[str, Any]) -> None:
    table = helserett.what_if("P-EEA-RATE", 8000, since="2023-10-02")
    assert sorted(rate_entries(table), key=str) == sorted([(8000, None, "2023-10-02"), (8000, "2023-10-02", None)], key=str)
    del example_case["prior_notification"]["max_refund_ore"]
    example_case["prior_notification"]["status"] = "not_applied"
    before = helserett.evaluate(example_case)
    after = helserett.evaluate(example_case, params=table)
    assert before.refund is not None and after.refund is not None
    assert (before.refund["rate_bp"], after.refund["rate_bp"]) == (10000, 8000)
    # 2.180 DRG points × NOK 52 248.00 = NOK 113 900.64; 80 % of it, rounded half up to øre.
    assert before.refund_ore == 11_390_064
    assert after.refund_ore == (11_390_064 * 8000 + 5000) // 10000
    # The decision names the entry it used, with the what-if source.
    used = [p for p in after.parameters if p["id"] == "P-EEA-RATE"]
    assert used[0]["source"].startswith("what-if") and used[0]["value"] == 8000


def test_what_if_cuts_the_entries_around_the_interval() -> None:
    base = [
        {"id": "P-EEA-RATE", "value": 1, "from": None, "until": None, "source": "s"},
        {"id": "P-TRAVEL-MIN-KM", "value": 10, "from": None, "until": None, "source": "k"},
    ]
    table = helserett.what_if(
        "P-EEA-RATE", 2, since=datetime.date(2024, 1, 1), until="2024-07-01", base=base, source="test"
    )
    assert rate_entries(table) == [(1, None, "2024-01-01"), (1, "2024-07-01", None), (2, "2024-01-01", "2024-07-01")]
    assert base[1] in table and [e["source"] for e in table if e["value"] == 2] == ["test"]
    # An interval that covers an entry whole replaces it.
    whole = helserett.what_if("P-EEA-RATE", 3, base=base)
    assert rate_entries(whole) == [(3, None, None)]


def test_a_bad_what_if_is_refused_by_the_kernel() -> None:
    with pytest.raises(helserett.InvalidParams) as e:
        helserett.what_if("P-UK-IN-EEA-REFUND", 2)
    assert "value out of range" in str(e.value) and e.value.code == 300
    with pytest.raises(helserett.InvalidParams):
        helserett.what_if("P-NO-SUCH-THING", 1)


BUILTIN_LEN = len(helserett.builtin_params())


@pytest.mark.parametrize(
    "change, index, path, words",
    [
        (
            lambda t: t.append(dict(t[0])),
            BUILTIN_LEN,
            f"parameters[{BUILTIN_LEN}]",
            "overlaps an earlier entry",
        ),
        (lambda t: t[3].update(value=-1), 3, "parameters[3].value", "value out of range"),
        (lambda t: t[7].update({"from": "2019-01-01"}), 7, "parameters[7].until", "`from` must be before `until`"),
        (lambda t: t[5].update(id="P-NOPE"), 5, "parameters[5].id", "unknown parameter"),
        (lambda t: t[5].update(value="4"), 5, "parameters[5].value", "not a whole number"),
        (lambda t: t[5].update(value=True), 5, "parameters[5].value", "not a whole number"),
        (lambda t: t[5].update({"from": "2024-02-30"}), 5, "parameters[5].from", "invalid date"),
        (lambda t: t[5].update(extra=1), 5, "parameters[5].extra", "unknown field"),
        (lambda t: t[5].pop("source"), 5, "parameters[5].source", "required field is missing"),
        (lambda t: t.__setitem__(2, "P-EEA-RATE"), 2, "parameters[2]", "an entry is a dict"),
    ],
)
def test_a_bad_table_names_the_entry(
    example_case: Dict[str, Any], change: Any, index: int, path: str, words: str
) -> None:
    table: List[Any] = [dict(e) for e in helserett.builtin_params()]
    change(table)
    for call in (
        lambda: helserett.evaluate(example_case, params=table),
        lambda: helserett.evaluate_columns({"evaluation_date": ["2024-06-01"]}, params=table),
        lambda: helserett.check_params(table),
    ):
        with pytest.raises(helserett.InvalidParams) as e:
            call()
        assert isinstance(e.value, ValueError)
        assert (e.value.index, e.value.path, e.value.code, e.value.kind) == (index, path, 300, "invalid_params")
        assert words in str(e.value) and str(e.value).startswith(f"{path}: invalid parameter table: ")


def test_a_table_is_a_list_of_dicts() -> None:
    for bad in ("P-EEA-RATE", {"id": "P-EEA-RATE"}, 5):
        with pytest.raises(helserett.InvalidParams) as e:
            helserett.check_params(bad)  # type: ignore[arg-type]
        assert e.value.index is None


def test_an_empty_table_leaves_the_amounts_undetermined(example_case: Dict[str, Any]) -> None:
    d = helserett.evaluate(example_case, params=[])
    assert d.refund is not None and d.refund["verdict"] == "undetermined" and d.refund_ore is None
    assert {m.get("parameter") for m in d.missing} >= {"P-EEA-RATE"}


def test_compare_rows_and_columns(population: Dict[str, List[Any]]) -> None:
    table = helserett.what_if("P-EEA-RATE", 8000, since="2023-10-02")
    cols = helserett.compare(population, None, table)
    rows = helserett.compare(as_cases(population), None, table)
    assert cols == rows
    n = len(population["evaluation_date"])
    assert all(len(v) == n for v in cols.values())
    changed = [i for i in range(n) if cols["changed"][i]]
    assert changed, "the rate change must change some refunds"
    for i in range(n):
        a, b = cols["refund_ore_a"][i], cols["refund_ore_b"][i]
        assert cols["delta_ore"][i] == (None if a is None or b is None else b - a)
        # The rate only fell: no refund can grow, and nothing treated before the change moves.
        assert cols["delta_ore"][i] is None or cols["delta_ore"][i] <= 0
        if population["treatment.dates[0].date"][i] < "2023-10-02":
            assert not cols["changed"][i]
    for i in changed[:50]:
        case = as_cases({k: [v[i]] for k, v in population.items()})[0]
        assert cols["refund_ore_b"][i] == helserett.evaluate(case, params=table).refund_ore
    same = helserett.compare(population, None, helserett.builtin_params())
    assert not any(same["changed"]) and set(same["delta_ore"]) <= {0, None}


def test_compare_reports_errors_in_their_rows() -> None:
    rows = [{"evaluation_date": "2024-06-01"}, '{"evaluation_date":"x"}']
    out = helserett.compare(rows, None, [])
    assert out["error_a"][0] is None and out["error_a"][1] == out["error_b"][1]
    assert "invalid date" in out["error_a"][1]


def test_compare_a_dataframe(population: Dict[str, List[Any]]) -> None:
    pd = pytest.importorskip("pandas")
    table = helserett.what_if("P-EEA-RATE", 8000, since="2023-10-02")
    frame = helserett.compare(pd.DataFrame(population), None, table)
    want = helserett.compare(population, None, table)
    assert list(frame.columns) == list(want)
    assert frame["delta_ore"].astype(object).where(frame["delta_ore"].notna(), None).tolist() == want["delta_ore"]


def test_a_what_if_source_stays_intact_where_sources_are_shown(example_case: Dict[str, Any]) -> None:
    table = helserett.what_if("P-EEA-RATE", 9000, since="2024-01-01", source='quote " and ø')
    d = helserett.evaluate(example_case, params=table)
    entry = {"id": "P-EEA-RATE", "value": 9000, "from": "2024-01-01", "until": None}
    # The decision JSON names the entry; its source is in the table the receipt's hash names.
    assert entry in json.loads(d.to_json())["parameters"]
    assert {**entry, "source": 'quote " and ø'} in d.parameters
    assert 'quote " and ø' in d.explain(lang="en")


def test_params_coverage_lists_the_gaps_by_year() -> None:
    rows = helserett.params_coverage(2019, 2026)
    travel = {r["year"]: r for r in rows if r["id"] == "P-TRAVEL-RATE"}
    assert travel[2019]["days_in_force"] == travel[2019]["days"] == 365
    assert travel[2020]["days_in_force"] == 0 and travel[2020]["days"] == 366
    meetings = [r for r in rows if r["id"] == "P-MET-MEETINGS"]
    assert all(r["caller_supplied"] for r in meetings)


def test_an_auditor_recomputes_the_receipt(example_case: Dict[str, Any]) -> None:
    import hashlib

    lines = "".join(
        f"{e['id']}\t{e['value']}\t{e['from'] or '-'}\t{e['until'] or '-'}\t"
        f"{len(e['source'].encode())}:{e['source']}\n"
        for e in helserett.builtin_params()
    )
    receipt = helserett.evaluate(example_case).to_dict()["receipt"]
    assert receipt["params_sha256"] == hashlib.sha256(lines.encode()).hexdigest()
    assert receipt["decision_schema"] == helserett.DECISION_SCHEMA
    table = helserett.builtin_params()
    table[0]["value"] = 9000
    changed = helserett.evaluate(example_case, params=table).to_dict()["receipt"]
    assert changed["params_sha256"] != receipt["params_sha256"]
