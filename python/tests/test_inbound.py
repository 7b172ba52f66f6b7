"""The inbound domain (seed 002) through Python: every shared inbound vector byte for byte,
as JSON text and as a dict, one by one and as a batch; the typed attributes agree with the
JSON; the summary in both languages is the CLI's."""

from __future__ import annotations

import json
from typing import Any, Dict, Literal, Tuple

import pytest

import helserett
from conftest import cli, load_inbound_vectors

VECTORS = load_inbound_vectors()
IDS = [v["id"] for v in VECTORS]


def outcome(case: Any) -> Tuple[str, Any]:
    try:
        return ("decision", helserett.evaluate(case).to_json())
    except helserett.InvalidCase as e:
        return ("error", {"code": e.code, "kind": e.kind, "path": e.path, "message": str(e)})


def test_every_in_rule_has_a_vector() -> None:
    flags = {f for v in VECTORS for f in v["flags"]}
    assert {f"IN-{n:02}" for n in range(1, 16)} <= flags


@pytest.mark.parametrize("vector", VECTORS, ids=IDS)
def test_inbound_vector_as_text_and_dict(vector: Dict[str, Any]) -> None:
    want = ("decision", vector["expected"]) if "expected" in vector else ("error", vector["error"])
    assert outcome(vector["input"]) == want
    assert outcome(json.loads(vector["input"])) == want


def test_batch_matches_one_by_one() -> None:
    inputs = [json.loads(v["input"]) for v in VECTORS]
    rows = helserett.evaluate_many(inputs, threads=2)
    for v, row in zip(VECTORS, rows):
        if "expected" in v:
            assert isinstance(row, helserett.Decision), v["id"]
            assert row.to_json() == v["expected"]
        else:
            assert isinstance(row, helserett.InvalidCase), v["id"]
            assert row.row == inputs.index(json.loads(v["input"]))


def test_attributes_are_the_json(admission_case: Dict[str, Any]) -> None:
    d = helserett.evaluate(admission_case)
    j = d.to_dict()
    assert (d.scope, d.covered, d.payer, d.user_fee) == (
        j["scope"],
        j["covered"],
        j["payer"],
        j["user_fee"],
    )
    assert d.invoice_category == "eea_convention_patient"
    assert d.admission_copies == j["admission_copies"]
    assert d.steps == j["steps"]
    assert d.reasons == j["reasons"] and d.missing == j["missing"]
    assert d.next_question() is None
    assert d.schema == helserett.INBOUND_DECISION_SCHEMA


def test_next_question_is_a_question() -> None:
    d = helserett.evaluate({"schema": helserett.INBOUND_CASE_SCHEMA, "evaluation_date": "2024-07-03"})
    q = d.next_question()
    assert q is not None and q.fact == "patient.residence_country"
    assert "bor" in q.text("nb")


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_explain_is_the_cli_s(lang: Literal["nb", "en"]) -> None:
    case = VECTORS[0]["input"].encode()
    text = helserett.evaluate(case).explain(lang)
    assert text.rstrip("\n").encode() == cli("--explain", f"--lang={lang}", "-", stdin=case).rstrip(b"\n")


def test_bad_input_names_the_field() -> None:
    with pytest.raises(helserett.InvalidCase) as e:
        helserett.evaluate(
            {"schema": "helserett.inbound_case/1", "evaluation_date": "2024-07-03", "stay": {"admission_date": "2024-07-03", "discharge_date": "2024-07-01"}}
        )
    assert e.value.path == "stay.discharge_date"


def test_columns_match_one_by_one() -> None:
    # Every vector but the one with a field no column can name.
    vectors = [v for v in VECTORS if v.get("error", {}).get("kind") != "unknown_field"]
    valid = [json.loads(v["input"]) for v in vectors]
    names = helserett.column_names("inbound")["inputs"]
    paths = [p for p in names if p != "evaluation_date"]
    cols: Dict[str, Any] = {"evaluation_date": [c["evaluation_date"] for c in valid]}
    for p in paths:
        g, f = p.split(".", 1)
        cols[p] = [c.get(g, {}).get(f) for c in valid]
    # A column the inbound case does not have is refused as the JSON reader refuses it.
    with pytest.raises(helserett.InvalidCase):
        helserett.evaluate_columns({**cols, "patient.favourite_colour": [None] * len(valid)}, kind="inbound")
    out = helserett.evaluate_columns(cols, kind="inbound", threads=2)
    assert list(out) == ["scope", "covered", "payer", "user_fee", "invoice_category", "ehic_state", "next_question", "why", "error_code", "error_kind", "error_path", "error"]
    for i, v in enumerate(vectors):
        if "expected" not in v:
            assert out["error_code"][i] == v["error"]["code"], v["id"]
            continue
        d = json.loads(v["expected"])
        got = (out["scope"][i], out["covered"][i], out["payer"][i], out["user_fee"][i], out["ehic_state"][i])
        assert got == (d["scope"], d["covered"], d["payer"], d["user_fee"], d["ehic_state"]), v["id"]
        q = d["next_question"]
        assert out["next_question"][i] == (q["fact"] if q else None)


def test_columns_from_pandas() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(
        {
            "evaluation_date": ["2024-07-03", "2024-07-03"],
            "patient.residence_country": ["DE", "US"],
            "patient.citizenship": ["DE", "US"],
            "patient.category": ["tourist", "tourist"],
            "care.kind": ["acute", "acute"],
            "stay.intended_stay_months": [1, None],
            "documents.ehic": [True, None],
        },
        index=[10, 20],
    )
    out = helserett.evaluate_columns(frame, kind="inbound")
    assert list(out.index) == [10, 20]
    assert list(out["payer"]) == ["helfo", "patient"]
