#!/usr/bin/env python3
"""Compares the kernel's inbound decisions with the independent oracle in
docs/research/inbound-oracle.md (30 cases a colleague derived from seed 002 alone): prints each
case where scope, covered, payer or user fee differ, with what is missing. The differences that
remain are the seed's silences, each decided in the kernel with a named reason.

    cargo build -p helserett-cli && python3 scripts/compare-inbound-oracle.py [--all]
"""

import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
CLI = ROOT / "target" / "debug" / "helserett"


def main() -> int:
    text = (ROOT / "docs" / "research" / "inbound-oracle.md").read_text(encoding="utf-8")
    cases = [json.loads(b) for b in re.findall(r"```json\n(.*?)```", text, re.S)]
    differ = 0
    for c in cases:
        case = {"schema": "helserett.inbound_case/1", "evaluation_date": c.get("evaluation_date", "2019-06-01")}
        for path, value in c["facts"].items():
            group, field = path.split(".", 1)
            case.setdefault(group, {})[field] = value
        run = subprocess.run([str(CLI), "-"], input=json.dumps(case).encode(), capture_output=True)
        if run.returncode != 0:
            differ += 1
            print(f"ERROR {c['name']}: {run.stderr.decode().strip()}")
            continue
        d = json.loads(run.stdout)
        e = c["expect"]
        got = (d["scope"], d["covered"], d["payer"], d["user_fee"])
        want = (e.get("scope"), e.get("covered"), e.get("payer"), e.get("user_fee"))
        if got != want or "--all" in sys.argv:
            differ += got != want
            missing = [m.get("fact") or m.get("parameter") for m in d["missing"]]
            reasons = [r["code"] for r in d["reasons"] if r["code"].startswith("ASSUMPTION")]
            print(f"{c['name']}\n  kernel {got}\n  oracle {want}\n  missing {missing} assumptions {reasons}")
    print(f"{len(cases)} oracle cases, {differ} differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
