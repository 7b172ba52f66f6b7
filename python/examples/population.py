"""A synthetic population of EEA refund cases, seeded, as columns for
`helserett.evaluate_columns` (and as case dicts for `evaluate_many`).

The distributions are made up but plausible: most treatment in Sweden, Denmark, Germany and
Spain, a few cases outside the EEA (Switzerland, the USA, Thailand) and in the UK after
Brexit; treatment dates across 2023 and 2024, so on both sides of the EEA rate change on
2023-10-02; outpatient bills of a few hundred to some thousand kroner, inpatient stays of
tens to hundreds of thousands; some facts unknown (None), as in real intake data.

Run as a script, it writes the population as JSON Lines, one case per line, for the
command-line program's batch mode (or any other reader of case JSON):

    python examples/population.py --cases 1000 > cases.jsonl
    cargo run -q -p helserett-cli -- --batch cases.jsonl
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sys
from typing import Any, Dict, List, Optional, Sequence, Tuple, TypeVar

T = TypeVar("T")

COUNTRIES: Sequence[Tuple[str, float]] = [
    ("SE", 20), ("DK", 14), ("DE", 18), ("ES", 12), ("PL", 7), ("FI", 5), ("FR", 5),
    ("IT", 3), ("NL", 3), ("LT", 2), ("EE", 1), ("GB", 3), ("CH", 3), ("US", 2), ("TH", 2),
]
# The referral a patient has depends on the need (EEA-06): mostly the right one, not always.
REFERRALS: Dict[str, Sequence[Tuple[Optional[str], float]]] = {
    "planned": [("norwegian", 85), ("treatment_country", 3), ("none", 4), (None, 8)],
    "arose_abroad": [("treatment_country", 60), ("consultation_documented", 20), ("norwegian", 5), ("none", 5), (None, 10)],
    "urgent": [("none", 50), (None, 50)],
}
FIRST_DAY = datetime.date(2023, 1, 1)
DAYS = 730  # treatment dates over 2023 and 2024


def _pick(rng: random.Random, table: Sequence[Tuple[T, float]], n: int) -> List[T]:
    values = [v for v, _ in table]
    weights = [w for _, w in table]
    return rng.choices(values, weights, k=n)


def synthetic_population(n: int, seed: int = 2024) -> Dict[str, List[Any]]:
    """`n` cases as columns, keyed by the case fields' JSON paths."""
    rng = random.Random(seed)
    # Distinct date strings are made once and shared, as a real extract's would be.
    iso = [(FIRST_DAY + datetime.timedelta(days=d)).isoformat() for d in range(DAYS + 240)]
    treated_day = [rng.randrange(DAYS) for _ in range(n)]
    setting = _pick(rng, [("outpatient", 65), ("inpatient", 35)], n)
    need = _pick(rng, [("planned", 60), ("arose_abroad", 30), ("urgent", 10)], n)
    settled = _pick(rng, [(True, 60), (False, 40)], n)
    invoice_lag = [rng.randrange(0, 30) for _ in range(n)]
    asked_lag = [rng.randrange(10, 220) for _ in range(n)]

    def nok(lo: float, hi: float) -> int:
        # Log-uniform between lo and hi kroner, in øre.
        return int(round(lo * (hi / lo) ** rng.random())) * 100

    expenses = [nok(30_000, 400_000) if s == "inpatient" else nok(400, 20_000) for s in setting]
    surcharges = [e // 100 * rng.randrange(1, 10) if rng.random() < 0.2 else 0 for e in expenses]
    has_estimate = [rng.random() < 0.75 for _ in range(n)]
    estimate = [int(e * rng.uniform(0.5, 1.3)) if h else None for e, h in zip(expenses, has_estimate)]
    drg = [
        rng.randrange(300, 6000) if (not h and s == "inpatient") else None
        for h, s in zip(has_estimate, setting)
    ]
    status = [
        _pick(rng, [("granted", 45), ("not_applied", 45), ("refused", 5), ("pending", 5)], 1)[0]
        if s == "inpatient" and nd == "planned" else "not_applied"
        for s, nd in zip(setting, need)
    ]
    max_refund: List[Optional[int]] = [
        int(est * rng.uniform(0.9, 1.0)) if st == "granted" and est is not None else None
        for st, est in zip(status, estimate)
    ]
    return {
        "evaluation_date": [iso[d + lag] for d, lag in zip(treated_day, asked_lag)],
        "patient.member_of_folketrygden": _pick(rng, [(True, 97), (None, 2), (False, 1)], n),
        "patient.residence_country": _pick(rng, [("NO", 97), ("SE", 2), (None, 1)], n),
        "patient.holds_s1_for_treatment_country": _pick(rng, [(False, 95), (None, 5)], n),
        "patient.priority_patient": _pick(rng, [(True, 50), (False, 30), (None, 20)], n),
        "patient.holds_exemption_card": _pick(rng, [(False, 80), (True, 15), (None, 5)], n),
        "treatment.country": _pick(rng, COUNTRIES, n),
        "treatment.need": need,
        "treatment.setting": setting,
        "treatment.comparable_to_norwegian_care": _pick(rng, [(True, 90), (None, 7), (False, 3)], n),
        "treatment.referral": [_pick(rng, REFERRALS[nd], 1)[0] for nd in need],
        "treatment.dates[0].date": [iso[d] for d in treated_day],
        "treatment.dates[0].settled_on_the_spot": settled,
        # Invoiced by the day asked at the latest: a date not yet come is refused.
        "treatment.dates[0].invoice_date": [
            None if s else iso[d + min(lag, asked)]
            for s, d, lag, asked in zip(settled, treated_day, invoice_lag, asked_lag)
        ],
        "treatment.dates[0].outpatient_consultations": [
            rng.randrange(1, 4) if s == "outpatient" else None for s in setting
        ],
        "costs.expenses_ore": expenses,
        "costs.private_surcharges_ore": surcharges,
        "costs.estimated_norwegian_cost_ore": estimate,
        "costs.drg_points_milli": drg,
        "prior_notification.status": status,
        "prior_notification.max_refund_ore": max_refund,
        "travel.claimed": _pick(rng, [(False, 70), (None, 30)], n),
    }


def as_cases(columns: Dict[str, List[Any]]) -> List[Dict[str, Any]]:
    """The same population as case dicts (the JSON shape), for `evaluate_many`."""
    n = len(columns["evaluation_date"])
    cases: List[Dict[str, Any]] = []
    for i in range(n):
        case: Dict[str, Any] = {}
        date: Dict[str, Any] = {}
        for path, values in columns.items():
            v = values[i]
            if v is None:
                continue
            if path.startswith("treatment.dates[0]."):
                date[path.rsplit(".", 1)[1]] = v
                continue
            *groups, leaf = path.split(".")
            target = case
            for g in groups:
                target = target.setdefault(g, {})
            target[leaf] = v
        if date:
            case.setdefault("treatment", {})["dates"] = [date]
        cases.append(case)
    return cases


def main(argv: Optional[Sequence[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cases", type=int, default=10, help="how many cases (default 10)")
    p.add_argument("--seed", type=int, default=2024)
    args = p.parse_args(argv)
    for case in as_cases(synthetic_population(args.cases, seed=args.seed)):
        sys.stdout.write(json.dumps(case, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
