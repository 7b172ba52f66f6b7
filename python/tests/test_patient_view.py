"""The patient's interview and answer (issue 23) from Python: the case's `audience`, the
refund's bound, `to_settle` with the body that settles it, and the patient view."""

from __future__ import annotations

import re
from typing import Any, Dict

import helserett

SEED_PATIENT: Dict[str, Any] = {
    "evaluation_date": "2024-04-15",
    "audience": "patient",
    "treatment": {
        "need": "planned",
        "care_given": True,
        "country": "DE",
        "referral": "norwegian",
        "dates": [{"date": "2024-03-04", "invoice_date": "2024-03-20"}],
    },
    "patient": {
        "member_of_folketrygden": True,
        "residence_country": "NO",
        "holds_s1_for_treatment_country": False,
    },
    "prior_notification": {
        "status": "granted",
        "max_refund_ore": 11_000_000,
        "care_beyond_granted": False,
    },
    "costs": {"expenses_ore": 14_500_000, "private_surcharges_ore": 650_000},
    "travel": {"claimed": True},
}


def test_a_patient_is_asked_nothing_more_and_helfo_settles_the_rest() -> None:
    d = helserett.evaluate(SEED_PATIENT)
    assert d.next_question() is None
    settled_by = {t["fact"]: t["body"] for t in d.to_dict()["to_settle"]}
    # The granted prior notification settled comparability (EEA-07, EEA-10).
    assert "treatment.comparable_to_norwegian_care" not in settled_by
    assert settled_by["costs.estimated_norwegian_cost_ore"] == "helfo"  # a code (decision/8)
    assert settled_by["travel.one_way_km"] == "pasientreiser"
    assert d.refund_ore is None
    refund = d.refund
    assert refund is not None and refund["refund_at_most_ore"] == 11_000_000


def test_the_same_case_for_a_caseworker_asks_what_helfo_establishes() -> None:
    case = dict(SEED_PATIENT, audience="caseworker")
    q = helserett.evaluate(case).next_question()
    assert q is not None and q.fact == "costs.estimated_norwegian_cost_ore"


def test_the_patient_view_reads_as_a_person_reads() -> None:
    d = helserett.evaluate(SEED_PATIENT)
    nb = d.patient_view("nb")
    assert "Refusjon:          inntil kr 110 000" in nb
    assert "20. september 2024 (158 dager igjen)" in nb
    assert "Helfo avklarer dette:" in nb
    en = d.patient_view("en")
    assert "up to NOK 110 000" in en
    for text in (nb, en):
        assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
        assert not re.search(r"\b[A-Z]+-\d{2}\b", text)
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", text)


def test_answers_as_people_type_them_through_python() -> None:
    case = helserett.answer({"evaluation_date": "2024-06-01"}, "treatment.need", "Planlagt behandling")
    assert case["treatment"]["need"] == "planned"
    case = helserett.answer(case, "treatment.need", "3")
    assert case["treatment"]["need"] == "urgent"
    case = helserett.answer(case, "claim.received", "4. mars 24")
    assert case["claim"]["received"] == "2024-03-04"
