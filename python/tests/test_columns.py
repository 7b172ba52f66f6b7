"""evaluate_columns: the same answers as evaluate() row by row, errors in their rows with the
kernel's code, kind and path, and pandas and pyarrow columns in and out."""

from __future__ import annotations

import datetime
import json
from typing import Any, Dict, List, Mapping, Optional

import pytest

import helserett
from population import as_cases

OUTPUTS = helserett.column_names()["outputs"]


def expected_row(case: Any) -> Dict[str, Any]:
    """What one row's output columns must be: read off the Decision (or its error)."""
    try:
        d = helserett.evaluate(case)
    except helserett.HelserettError as e:
        row: Dict[str, Any] = {name: None for name in OUTPUTS}
        row.update(error_code=e.code, error_kind=e.kind, error_path=e.path, error=str(e))
        return row
    refund: Dict[str, Any] = dict(d.refund or {})
    first: Dict[str, Any] = dict(d.deadlines[0]) if d.deadlines else {}
    q = d.next_question()
    return {
        "verdict": d.verdict,
        "recommended": d.recommended,
        "refund_ore": refund.get("refund_ore"),
        "patient_share_ore": refund.get("patient_share_ore"),
        "rate_bp": refund.get("rate_bp"),
        "deadline": first.get("deadline"),
        "days_left": first.get("days_left"),
        "next_question": q.fact if q else None,
        "why": d.why,
        "error_code": None,
        "error_kind": None,
        "error_path": None,
        "error": None,
    }


def rows_of(columns: Mapping[str, Any]) -> List[Dict[str, Any]]:
    n = len(next(iter(columns.values())))
    return [{k: columns[k][i] for k in columns} for i in range(n)]


def test_every_output_column_is_what_evaluate_says(population: Dict[str, List[Any]]) -> None:
    out = helserett.evaluate_columns(population, threads=2)
    assert list(out) == OUTPUTS
    got = rows_of(out)
    want = [expected_row(c) for c in as_cases(population)]
    assert got == want
    # The population is mixed enough to mean something.
    verdicts = set(out["verdict"])
    assert {"eligible", "not_eligible", "undetermined"} <= verdicts
    assert any(r is not None for r in out["refund_ore"]) and any(r is not None for r in out["deadline"])


def test_one_thread_and_several_agree(population: Dict[str, List[Any]]) -> None:
    # Enough rows that the work is split (a thread gets at least 2048 rows).
    big = {k: v * 3 for k, v in population.items()}
    big["costs.expenses_ore"][7000] = -1
    one = helserett.evaluate_columns(big, threads=1)
    assert one == helserett.evaluate_columns(big, threads=3)
    assert one["error_kind"][7000] == "negative_amount" and one["verdict"][6999] is not None


BAD_VALUES = [
    ("costs.expenses_ore", -5),
    ("costs.expenses_ore", "100"),
    ("treatment.country", "XK"),
    ("treatment.country", "se"),
    ("treatment.country", 46),
    ("evaluation_date", "2024-02-30"),
    ("evaluation_date", "01.02.2024"),
    ("evaluation_date", None),
    ("treatment.need", "elective"),
    ("patient.member_of_folketrygden", 1),
    ("patient.member_of_folketrygden", "yes"),
    ("costs.drg_points_milli", 2_000_000),
    ("costs.private_surcharges_ore", 10**14),
    ("treatment.dates[0].invoice_date", "2020-01-01"),
    ("treatment.dates[0].date", None),
    ("treatment.dates[0].outpatient_consultations", 256),
    ("costs.expenses_ore", True),
]


@pytest.mark.parametrize("column, value", BAD_VALUES, ids=[f"{c}={v!r}" for c, v in BAD_VALUES])
def test_a_bad_value_is_the_json_readers_error_in_its_row(
    population: Dict[str, List[Any]], column: str, value: Any
) -> None:
    cols = {k: list(v[:40]) for k, v in population.items()}
    cols["patient.county_number"] = [None] * 40
    cols[column][7] = value
    out = helserett.evaluate_columns(cols)
    cases = as_cases(cols)
    want = expected_row(cases[7])
    assert want["error_code"] is not None, "the dict form must fail too"
    assert rows_of(out)[7] == want
    assert [r["error"] for i, r in enumerate(rows_of(out)) if i != 7] == [
        expected_row(c)["error"] for i, c in enumerate(cases) if i != 7
    ]


def test_numbers_the_json_text_could_not_hold_are_still_named(population: Dict[str, List[Any]]) -> None:
    # As the JSON reader names them: beyond i64 is an amount overflow (or negative), and a
    # fraction is not a whole number (number_out_of_range).
    cols = {
        "evaluation_date": ["2024-06-01"] * 5,
        "costs.expenses_ore": [10**30, -(10**30), 12.5, 7, 7],
        "patient.county_number": [None, None, None, 100, 10**30],
    }
    out = helserett.evaluate_columns(cols)
    assert out["error_kind"] == [
        "amount_overflow", "negative_amount", "number_out_of_range", "number_out_of_range",
        "number_out_of_range",
    ]
    assert out["error_path"] == ["costs.expenses_ore"] * 3 + ["patient.county_number"] * 2


def test_an_unknown_column_is_an_unknown_field() -> None:
    with pytest.raises(helserett.InvalidCase) as e:
        helserett.evaluate_columns({"evaluation_date": ["2024-06-01"], "costs.expense_ore": [1]})
    assert (e.value.code, e.value.kind, e.value.path) == (101, "unknown_field", "costs.expense_ore")


def test_columns_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError):
        helserett.evaluate_columns({"evaluation_date": ["2024-06-01"] * 2, "treatment.country": ["SE"]})
    with pytest.raises(TypeError):
        helserett.evaluate_columns([["2024-06-01"]])
    with pytest.raises(TypeError):
        helserett.evaluate_columns({"evaluation_date": "2024-06-01"})


def test_outputs_can_be_chosen_and_empty_input_is_empty() -> None:
    out = helserett.evaluate_columns(
        {"evaluation_date": ("2024-06-01", datetime.date(2024, 6, 1))}, outputs=["verdict", "error"]
    )
    assert out == {"verdict": ["undetermined", "undetermined"], "error": [None, None]}
    assert helserett.evaluate_columns({})["verdict"] == []
    with pytest.raises(ValueError):
        helserett.evaluate_columns({"evaluation_date": []}, outputs=["nope"])


def test_every_input_column_is_a_case_field() -> None:
    from helserett._types import DecisionDict  # noqa: F401  (the names below are JSON paths)

    names = helserett.column_names()["inputs"]
    assert names[0] == "evaluation_date" and len(names) == len(set(names)) >= 45
    for name in names[1:]:
        value: Any = None
        case: Dict[str, Any] = {"evaluation_date": "2024-06-01"}
        # Every column can be given as unknown without changing anything.
        out = helserett.evaluate_columns({"evaluation_date": ["2024-06-01"], name: [value]})
        assert rows_of(out)[0] == expected_row(case), name


def plain(values: List[Any]) -> List[Any]:
    out: List[Any] = []
    for v in values:
        if v is None or type(v).__name__ in ("NAType", "NaTType") or (isinstance(v, float) and v != v):
            out.append(None)
        elif isinstance(v, (datetime.date, datetime.datetime)) or type(v).__name__ == "Timestamp":
            out.append(v.strftime("%Y-%m-%d"))
        elif type(v).__name__.startswith(("int", "uint")):
            out.append(int(v))
        elif isinstance(v, list):
            # Arrow's list of a `why` tuple.
            out.append(tuple(v))
        else:
            out.append(v)
    return out


def test_pandas_in_and_out(population: Dict[str, List[Any]]) -> None:
    pd = pytest.importorskip("pandas")
    want = helserett.evaluate_columns(population)
    df = pd.DataFrame(population, index=range(100, 100 + len(population["evaluation_date"])))
    out = helserett.evaluate_columns(df)
    assert isinstance(out, pd.DataFrame) and list(out.index) == list(df.index)
    assert {c: plain(out[c].astype(object).tolist()) for c in out.columns} == want
    assert str(out["verdict"].dtype) == "category" and str(out["refund_ore"].dtype) == "Int64"
    assert str(out["deadline"].dtype).startswith("datetime64")


def test_pandas_dtypes_are_read_as_their_values(population: Dict[str, List[Any]]) -> None:
    pd = pytest.importorskip("pandas")
    want = helserett.evaluate_columns(population)
    df = pd.DataFrame(population)
    df["treatment.country"] = df["treatment.country"].astype("category")
    df["treatment.need"] = df["treatment.need"].astype("string")
    df["costs.estimated_norwegian_cost_ore"] = df["costs.estimated_norwegian_cost_ore"].astype("float64")
    df["costs.drg_points_milli"] = df["costs.drg_points_milli"].astype("Int64")
    df["patient.priority_patient"] = df["patient.priority_patient"].astype("boolean")
    df["evaluation_date"] = pd.to_datetime(df["evaluation_date"])
    df["treatment.dates[0].date"] = pd.to_datetime(df["treatment.dates[0].date"])
    out = helserett.evaluate_columns(df)
    assert {c: plain(out[c].astype(object).tolist()) for c in out.columns} == want


def test_pandas_fractions_and_times_reach_the_kernel_as_they_are() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {
            "evaluation_date": pd.to_datetime(["2024-06-01T12:30", "2024-06-01T00:00"]),
            "costs.expenses_ore": [12.5, 100.0],
        }
    )
    out = helserett.evaluate_columns(df)
    assert out["error_path"].tolist() == ["evaluation_date", "costs.expenses_ore"]
    assert out["error_kind"].tolist() == ["invalid_date", "number_out_of_range"]


def test_numpy_and_series_inside_a_mapping(population: Dict[str, List[Any]]) -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    want = helserett.evaluate_columns(population)
    cols: Dict[str, Any] = dict(population)
    cols["costs.expenses_ore"] = np.array(population["costs.expenses_ore"], dtype=np.int64)
    cols["treatment.country"] = pd.Series(population["treatment.country"])
    cols["treatment.setting"] = iter(population["treatment.setting"])
    assert helserett.evaluate_columns(cols) == want


def test_pyarrow_in_and_out(population: Dict[str, List[Any]]) -> None:
    pa = pytest.importorskip("pyarrow")
    pytest.importorskip("numpy")
    want = helserett.evaluate_columns(population)
    table = pa.table(population)
    dated = table.set_column(
        0, "evaluation_date", pa.array([datetime.date.fromisoformat(d) for d in population["evaluation_date"]])
    )
    coded = dated.set_column(
        table.column_names.index("treatment.country"),
        "treatment.country",
        table.column("treatment.country").dictionary_encode(),
    )
    for t in (table, dated, coded):
        out = helserett.evaluate_columns(t)
        assert isinstance(out, pa.Table)
        assert {c: plain(out.column(c).to_pylist()) for c in out.column_names} == want


def test_compare_with_none() -> None:
    # `None` in an output column is always "not known" or "no error", never a default value.
    out = helserett.evaluate_columns({"evaluation_date": ["2024-06-01"]})
    row: Dict[str, Optional[Any]] = rows_of(out)[0]
    assert row["refund_ore"] is None and row["error"] is None and row["verdict"] == "undetermined"


def test_arrow_text_is_read_in_place_and_checked_per_row(population: Dict[str, List[Any]]) -> None:
    pa = pytest.importorskip("pyarrow")
    pytest.importorskip("numpy")
    from helserett._columns import from_arrow

    cols = {k: list(v[:60]) for k, v in population.items()}
    cols["treatment.country"][3] = "XK"
    cols["treatment.need"][4] = "elective"
    cols["evaluation_date"][5] = "2024-13-01"
    cols["treatment.referral"][6] = "Nesna ø"
    want = helserett.evaluate_columns(cols)
    assert want["error_kind"][3:7] == ["invalid_country", "invalid_value", "invalid_date", "invalid_value"]
    table = pa.table(cols)
    assert from_arrow(table.column("treatment.country"))["kind"] == "utf8"  # type: ignore[call-overload]
    out = helserett.evaluate_columns(table)
    assert {c: plain(out.column(c).to_pylist()) for c in out.column_names} == want
    # A slice starts inside the buffers: the offsets must follow it.
    sliced = helserett.evaluate_columns(table.slice(10, 30))
    assert {c: plain(sliced.column(c).to_pylist()) for c in sliced.column_names} == {k: v[10:40] for k, v in want.items()}
    pd = pytest.importorskip("pandas")
    frame = helserett.evaluate_columns(pd.DataFrame(cols))
    assert {c: plain(frame[c].astype(object).tolist()) for c in frame.columns} == want


def test_encoded_text_that_is_not_utf8_fails_only_its_own_rows() -> None:
    # The text buffer is checked once as a whole; when that fails, row by row. A row with a
    # byte that is no UTF-8, or cut inside a character, is the JSON reader's malformed string.
    import struct

    from helserett import _kernel

    rows = [b"2024-06-01", b"2024-\xff6-01", b"2024-06-01", b"\xc3\xb8", b"\xc3\xb8"]
    text = b"".join(rows)
    ends = [0]
    for r in rows:
        ends.append(ends[-1] + len(r))
    ends[4] = ends[3] + 1  # rows 3 and 4 are cut in the middle of "ø"
    good = b"2024-06-01" * 3
    for data, offsets, bad in (
        (text, ends, [1, 3, 4]),
        (good, [0, 10, 20, 30], []),
        (good, [0, 10, 15, 30], [1, 2]),  # valid buffer, rows that are not dates
    ):
        col = {"kind": "utf8", "data": data, "offsets": struct.pack(f"={len(offsets)}i", *offsets), "valid": None}
        out = _kernel.evaluate_columns({"evaluation_date": col}, outputs=["verdict", "error_kind"])
        n = len(offsets) - 1
        failed = [i for i in range(n) if out["error_kind"][i] is not None]
        assert failed == bad, out
        if data is text:
            assert [out["error_kind"][i] for i in bad] == ["syntax"] * 3
        assert all(out["verdict"][i] == "undetermined" for i in range(n) if i not in bad)


def test_text_and_stage_columns_are_read_as_evaluate_reads_them() -> None:
    # travel.home and travel.nearest_place (text) and the stages granted (a list of stage
    # names per row): the same answers and the same errors as the case dicts.
    base: Dict[str, List[Any]] = {
        "evaluation_date": ["2024-04-15"] * 9,
        "treatment.country": ["DE"] * 9,
        "prior_notification.status": ["granted"] * 9,
        "prior_notification.max_refund_ore": [11_000_000] * 9,
        "travel.claimed": [True] * 9,
    }
    cols = dict(base)
    # The last two: a line break in a name, and an empty name (unknown is None), both refused
    # as evaluate() refuses them; before, the column path blamed a missing treatment date.
    cols["travel.home"] = ["Nesna", None, "x" * 500, "Bodø", "Mo i Rana", None, "Nesna", "Nes\nna", ""]
    cols["travel.nearest_place"] = ["Mo i Rana"] * 9
    cols["prior_notification.stages_granted"] = [
        ["treatment"],
        ("diagnostics", "follow_up"),
        [],
        ["treatment", "treatment"],
        ["surgery"],
        "treatment",
        None,
        None,
        None,
    ]
    out = helserett.evaluate_columns(cols)
    cases = as_cases(cols)
    for case in cases:  # evaluate() reads a list where the column has a tuple
        pn = case.get("prior_notification", {})
        if isinstance(pn.get("stages_granted"), tuple):
            pn["stages_granted"] = list(pn["stages_granted"])
    want = [expected_row(c) for c in cases]
    got = rows_of(out)
    assert [r["error_kind"] for r in got] == [
        None, None, "too_long", "duplicate_value", "invalid_value", "wrong_type", None,
        "control_character", "empty_text",
    ]
    for g, w in zip(got, want):
        # A column names the field; the JSON reader names the element within it.
        if w["error_path"] and w["error_path"].startswith("prior_notification.stages_granted["):
            w = {**w, "error_path": "prior_notification.stages_granted", "error": g["error"]}
        assert g == w


def test_stage_lists_in_pandas_and_pyarrow() -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    stages = [["treatment"], None, ["diagnostics", "treatment"]]
    data = {
        "evaluation_date": ["2024-04-15"] * 3,
        "prior_notification.status": ["granted"] * 3,
        "prior_notification.stages_granted": stages,
        "travel.home": ["Nesna", "Bodø", None],
    }
    want: Mapping[str, Any] = helserett.evaluate_columns(data)
    got = helserett.evaluate_columns(pd.DataFrame(data))
    assert [plain(list(got[k])) for k in OUTPUTS] == [want[k] for k in OUTPUTS]
    table = pa.table(data)
    assert pa.types.is_list(table.schema.field("prior_notification.stages_granted").type)
    from_arrow = helserett.evaluate_columns(table).to_pydict()
    assert [plain(from_arrow[k]) for k in OUTPUTS] == [want[k] for k in OUTPUTS]


def test_any_decision_path_is_a_column_with_what_the_decision_holds(population: Dict[str, List[Any]]) -> None:
    """Issue 30: `outputs=` takes any path of the decision, and every row's value is the one the
    decision's own JSON holds there (None where null or absent), in every form of output."""
    paths = [
        "reasons",
        "missing",
        "to_settle",
        "refund.refund_ore",
        "deadlines[0].days_left",
        "routes[eea_refund].verdict",
        "routes[waiting_time_breach].verdict",
        "receipt.params_sha256",
        "why",
    ]
    out = helserett.evaluate_columns(population, outputs=paths, threads=2)
    assert list(out) == paths
    for i, case in enumerate(as_cases(population)):
        try:
            d = json.loads(helserett.evaluate(case).to_json())
        except helserett.HelserettError:
            assert all(out[p][i] is None for p in paths)
            continue
        routes = {r["route"]: r for r in d["routes"]}
        assert out["reasons"][i] == d["reasons"]
        assert out["missing"][i] == d["missing"]
        assert out["to_settle"][i] == d["to_settle"]
        assert out["refund.refund_ore"][i] == (d["refund"] or {}).get("refund_ore")
        assert out["deadlines[0].days_left"][i] == (d["deadlines"][0]["days_left"] if d["deadlines"] else None)
        assert out["routes[eea_refund].verdict"][i] == routes["eea_refund"]["verdict"]
        assert out["routes[waiting_time_breach].verdict"][i] == routes["waiting_time_breach"]["verdict"]
        assert out["receipt.params_sha256"][i] == d["receipt"]["params_sha256"]
        assert out["why"][i] == helserett.evaluate(case).why


def test_why_answers_why_not_eligible_in_columns(population: Dict[str, List[Any]]) -> None:
    out = helserett.evaluate_columns(population, outputs=["verdict", "why"])
    refused = [w for v, w in zip(out["verdict"], out["why"]) if v == "not_eligible"]
    assert refused and all(w for w in refused), "a refusal without its reasons"
    codes = {c for w in refused for c in w}
    assert codes <= {"EEA_NOT_MEMBER", "EEA_COUNTRY_NORWAY", "EEA_SWITZERLAND_EHIC", "EEA_COUNTRY_OUTSIDE_EEA",
                     "EEA_UK_AFTER_BREXIT", "EEA_RESIDENT_IN_TREATMENT_COUNTRY", "EEA_S1_HOLDER",
                     "EEA_REFERRAL_MISSING", "EEA_NOT_COMPARABLE_CARE", "EEA_DEADLINE_EXPIRED"}, codes


@pytest.mark.parametrize(
    "asked, hint",
    [
        ("refund.refund_or", "did you mean refund.refund_ore?"),
        ("routes[waiting_time_brech].verdict", "did you mean routes[waiting_time_breach].verdict?"),
        ("refund_or", 'did you mean "refund_ore"?'),
        ("verdict.code", "asks for a field of a value that has none"),
    ],
)
def test_a_column_the_decision_does_not_have_is_refused_before_any_row(asked: str, hint: str) -> None:
    with pytest.raises(ValueError) as e:
        helserett.evaluate_columns({"evaluation_date": ["2024-04-15"]}, outputs=[asked])
    assert hint in str(e.value)


def test_path_columns_in_pandas_and_arrow(population: Dict[str, List[Any]]) -> None:
    pd = pytest.importorskip("pandas")
    pa = pytest.importorskip("pyarrow")
    asked = ["verdict", "why", "refund.refund_ore", "reasons"]
    plain = helserett.evaluate_columns(population, outputs=asked)
    frame = helserett.evaluate_columns(pd.DataFrame(population), outputs=asked)
    assert frame["why"].dtype == object and frame["reasons"].dtype == object
    assert frame["why"].tolist() == plain["why"]
    # Tuples are hashable: an analyst counts the reasons of refusals in one call.
    counts = frame.loc[frame["verdict"] == "not_eligible", "why"].value_counts()
    assert counts.sum() == plain["verdict"].count("not_eligible") and len(counts) >= 2
    assert frame["refund.refund_ore"].tolist() == plain["refund.refund_ore"]
    table = helserett.evaluate_columns(pa.table(population), outputs=asked)
    # Arrow has lists, not tuples: the same codes.
    assert [None if w is None else tuple(w) for w in table.column("why").to_pylist()] == plain["why"]
    assert table.column("refund.refund_ore").to_pylist() == plain["refund.refund_ore"]
    assert table.column("reasons").to_pylist() == plain["reasons"]
