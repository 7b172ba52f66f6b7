#!/usr/bin/env python3
"""Instruction counts per call on the example patient, through every path, under callgrind, and
a regression gate (issue 15). Counts, not times: the same binary, input and environment give the
same count on a noisy shared machine.

Each path runs twice, with N1 and N2 calls; (I(N2) - I(N1)) / (N2 - N1) is one call, start-up
and set-up cancelling out. The Rust, C-ABI and kernel paths run `target/release/icount` (benches/
src/bin/icount.rs); the Python paths run the installed `helserett` in the interpreter given.

Usage: icount.py [--python PY] [--gate] [--update]
  --gate    fail when a path costs more than its limit in benches/icount-limits.json
  --update  rewrite the limits to the counts measured plus 10 % (review the diff before
            committing: a limit only goes up with a reason)
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
LIMITS = ROOT / "benches" / "icount-limits.json"
RUST_PATHS = ["typed", "json", "c_struct", "c_json", "inbound_json", "method_json"]
PY_SETUP = (
    "import json, sys, helserett\n"
    "case = json.load(open(sys.argv[2]))\n"
    "n = int(sys.argv[1])\n"
)
PY_PATHS = {
    "python_evaluate_dict": "for _ in range(n): helserett.evaluate(case)\n",
    "python_evaluate_read_fields": (
        "for _ in range(n):\n"
        "    d = helserett.evaluate(case)\n"
        "    d.refund; d.travel; d.deadlines\n"
    ),
}


def instructions(cmd):
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "cg.out"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *cmd],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # A fixed string hash: with a random one, dict probing (and so the Python paths'
            # counts) varied by some thousands of instructions from run to run.
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        for line in out.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise RuntimeError(f"no totals from callgrind for {cmd}")


def per_call(make_cmd, n1, n2):
    return (instructions(make_cmd(n2)) - instructions(make_cmd(n1))) // (n2 - n1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--python", help="an interpreter with helserett installed (Python paths)")
    ap.add_argument("--gate", action="store_true")
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()

    subprocess.run(
        ["cargo", "build", "-q", "--release", "--locked", "-p", "helserett-benches", "--bin", "icount"],
        check=True,
        cwd=ROOT,
    )
    exe = str(ROOT / "target" / "release" / "icount")
    counts = {p: per_call(lambda n, p=p: [exe, p, str(n)], 1, 21) for p in RUST_PATHS}
    # The command-line program's `--batch`, per line of JSON Lines (issue 29): the example
    # case on every line, 201 lines against 1.
    subprocess.run(
        ["cargo", "build", "-q", "--release", "--locked", "-p", "helserett-cli"], check=True, cwd=ROOT
    )
    cli = str(ROOT / "target" / "release" / "helserett")
    line = json.dumps(json.loads((ROOT / "tests" / "cases" / "example_patient.json").read_text()))
    with tempfile.TemporaryDirectory() as tmp:
        def lines(n):
            path = pathlib.Path(tmp) / f"{n}.jsonl"
            path.write_text((line + "\n") * n)
            return [cli, "--batch", str(path)]

        counts["cli_batch_line"] = per_call(lines, 1, 201)
    if args.python:
        case = str(ROOT / "tests" / "cases" / "example_patient.json")
        for name, body in PY_PATHS.items():
            code = PY_SETUP + body
            counts[name] = per_call(lambda n, code=code: [args.python, "-c", code, str(n), case], 10, 110)

    limits = json.loads(LIMITS.read_text()) if LIMITS.exists() else {}
    failed = 0
    print(f"{'path':<30} {'instructions':>12} {'limit':>12}")
    for name, count in counts.items():
        limit = limits.get(name)
        over = args.gate and limit is not None and count > limit
        failed += over
        print(f"{name:<30} {count:>12,} {limit if limit is not None else '-':>12}{'  OVER' if over else ''}")
    ratio = counts["c_struct"] / counts["typed"]
    print(f"C struct / Rust typed: {ratio:.2f}; C JSON / Rust JSON: {counts['c_json'] / counts['json']:.3f}")
    if args.update:
        limits.update({k: int(v * 1.10) for k, v in counts.items()})
        LIMITS.write_text(json.dumps(limits, indent=2, sort_keys=True) + "\n")
        print(f"wrote {LIMITS.relative_to(ROOT)}")
    if args.gate:
        print(f"icount: {len(counts) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
