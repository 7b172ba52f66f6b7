#!/usr/bin/env python3
"""The same EEA decision three ways, side by side (issue 15): the helserett kernel from Python,
GoRules ZEN (the `zen-engine` package, a JDM graph of expression nodes), and a plain Python
function. All three get the same case and the same parameter values (from the kernel's
built-in table, looked up once by this script for ZEN and the plain function); the script checks
that they agree on what it compares (eligible or not, the refund, the travel share) for every
case, then prints medians per call and the ratios.

What the two others decide is far less than the kernel does: no reasons, no missing facts, no
deadlines, no routes, no documents, no receipt; the EEA country list, the referral and the
prior-notification rules are reduced to what these cases need. The ratio is an upper bound on
what they would cost doing the same work.

Usage: python scripts/side_by_side.py [--quick]   (needs helserett and zen-engine installed)
"""
import argparse
import copy
import functools
import json
import pathlib
import statistics
import sys
import timeit

import helserett

try:
    import zen
except ImportError:
    zen = None

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = json.loads((ROOT / "tests" / "cases" / "example_patient.json").read_text("utf-8"))
EEA = {"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
       "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}


def variant(**changes):
    c = copy.deepcopy(EXAMPLE)
    for path, value in changes.items():
        group, field = path.split("__")
        c[group][field] = value
    return c


CASES = {
    "example patient (capped by the prior notification)": EXAMPLE,
    "no cap: 2 000 000 kr granted": variant(prior_notification__max_refund_ore=200_000_000),
    "expenses below the Norwegian cost": variant(costs__expenses_ore=9_000_000, prior_notification__max_refund_ore=200_000_000),
    "exemption card: no travel user fee": variant(patient__holds_exemption_card=True),
    "two round trips, 250 km": variant(travel__one_way_km=250, travel__round_trips=2),
    "treated in Sweden": variant(treatment__country="SE"),
    "treated in Norway: not in the scheme": variant(treatment__country="NO"),
    "not a member of folketrygden": variant(patient__member_of_folketrygden=False),
}


@functools.lru_cache(maxsize=None)
def params_on(date):
    """The built-in values in force on `date` for what the two others need (looked up once per
    date: the two others get their parameters as plain values, the kernel reads its table)."""
    want = {"P-EEA-RATE", "P-DRG-UNIT-PRICE", "P-TRAVEL-RATE", "P-TRAVEL-USER-FEE", "P-TRAVEL-MIN-KM"}
    out = {}
    for e in helserett.builtin_params():
        if e["id"] in want and (e["from"] is None or e["from"] <= date) and (e["until"] is None or date < e["until"]):
            out[e["id"].replace("P-", "").replace("-", "_").lower()] = e["value"]
    return out


def flat_input(case):
    """The case and its parameters as one flat dict, the way a JDM graph takes its input."""
    date = case["treatment"]["dates"][0]["date"]
    p = params_on(date)
    return {
        "member": case["patient"]["member_of_folketrygden"],
        "residence": case["patient"]["residence_country"],
        "country": case["treatment"]["country"],
        "eea": sorted(EEA),
        "comparable": case["treatment"]["comparable_to_norwegian_care"],
        "exemption_card": case["patient"]["holds_exemption_card"],
        "expenses_ore": case["costs"]["expenses_ore"],
        "surcharges_ore": case["costs"]["private_surcharges_ore"],
        "drg_points_milli": case["costs"]["drg_points_milli"],
        "max_ore": case["prior_notification"]["max_refund_ore"],
        "km": case["travel"]["one_way_km"],
        "trips": case["travel"]["round_trips"],
        **p,
    }


def plain(x):
    """The plain Python function: eligibility, refund and travel for a planned inpatient stay."""
    eligible = x["member"] and x["country"] in EEA and x["country"] != x["residence"] and x["comparable"]
    if not eligible:
        return (False, None, None)
    cost_rate = x["drg_points_milli"] * x["drg_unit_price"] * x["eea_rate"]
    rate_amount = (cost_rate + 5_000_000) // 10_000_000  # half up, once
    refund = min(x["expenses_ore"] - x["surcharges_ore"], rate_amount, x["max_ore"])
    travel = None
    if x["km"] > x["travel_min_km"]:
        per_trip = 2 * x["km"] * x["travel_rate"]
        fees = 0 if x["exemption_card"] else 2 * x["travel_user_fee"]
        travel = max(0, x["trips"] * (per_trip - fees))
    return (True, refund, travel)


ZEN_GRAPH = {
    "nodes": [
        {"id": "in", "type": "inputNode", "name": "case", "position": {"x": 0, "y": 0}, "content": {}},
        {
            "id": "eea",
            "type": "expressionNode",
            "name": "EEA refund",
            "position": {"x": 200, "y": 0},
            "content": {
                "expressions": [
                    {"id": "1", "key": "eligible", "value": "member and country in eea and country != residence and comparable"},
                    {"id": "2", "key": "rate_amount", "value": "floor((drg_points_milli * drg_unit_price * eea_rate + 5000000) / 10000000)"},
                    {"id": "3", "key": "refund", "value": "$.eligible ? min([expenses_ore - surcharges_ore, $.rate_amount, max_ore]) : null"},
                    {"id": "4", "key": "fees", "value": "exemption_card ? 0 : 2 * travel_user_fee"},
                    {"id": "5", "key": "travel", "value": "$.eligible and km > travel_min_km ? max([0, trips * (2 * km * travel_rate - $.fees)]) : null"},
                ]
            },
        },
        {"id": "out", "type": "outputNode", "name": "decision", "position": {"x": 400, "y": 0}, "content": {}},
    ],
    "edges": [
        {"id": "a", "type": "edge", "sourceId": "in", "targetId": "eea"},
        {"id": "b", "type": "edge", "sourceId": "eea", "targetId": "out"},
    ],
}


def kernel(case):
    d = helserett.evaluate(case)
    refund, travel = d.refund, d.travel
    if d.verdict != "eligible":
        return (False, None, None)
    return (True, refund["refund_ore"], travel["amount_ore"] if travel["verdict"] == "eligible" else None)


def zen_outputs(decision, x):
    r = decision.evaluate(x)["result"]
    if not r["eligible"]:
        return (False, None, None)
    travel = r["travel"]
    return (True, int(r["refund"]), None if travel is None else int(travel))


def zen_version():
    try:
        from importlib.metadata import version

        return version("zen-engine")
    except Exception:
        return "?"


def median_us(fn, number):
    runs = timeit.repeat(fn, number=number, repeat=7)
    return statistics.median(runs) / number * 1e6


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="fewer calls (a smoke test)")
    args = ap.parse_args()
    decision = zen.ZenEngine().create_decision(json.dumps(ZEN_GRAPH)) if zen else None
    if decision is None:
        print("NOTE: zen-engine is not installed (pip install zen-engine): kernel and plain Python only")

    disagree = 0
    for name, case in CASES.items():
        x = flat_input(case)
        got = {"kernel": kernel(case), "plain": plain(x)}
        if decision:
            got["zen"] = zen_outputs(decision, x)
        same = len(set(got.values())) == 1
        disagree += not same
        print(f"{'agree' if same else 'DIFFER'}  {name}: {got['kernel']}" + ("" if same else f" {got}"))
    if disagree:
        print(f"side-by-side: 0 passed, {disagree} failed")
        return 1

    n = 200 if args.quick else 5000
    x = flat_input(EXAMPLE)
    kernel_us = median_us(lambda: kernel(EXAMPLE), n)
    plain_us = median_us(lambda: plain(flat_input(EXAMPLE)), n)
    print(f"\nmedian per call on the example patient ({n} calls x 7):")
    print(f"  helserett evaluate(dict) + verdict, refund, travel  {kernel_us:8.2f} µs")
    print(f"  plain Python function, same dict in                {plain_us:8.2f} µs   ratio {plain_us / kernel_us:5.2f}x the kernel")
    if decision:
        zen_us = median_us(lambda: decision.evaluate(flat_input(EXAMPLE)), max(n // 10, 20))
        print(f"  GoRules ZEN (zen-engine {zen_version()}), same dict in       {zen_us:8.2f} µs   ratio {zen_us / kernel_us:5.2f}x the kernel")
    print(f"side-by-side: {len(CASES)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
