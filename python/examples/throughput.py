"""Cases per second through each way in: one evaluate() at a time, evaluate_many() over a list
of dicts, and evaluate_columns() over plain lists, a pandas DataFrame and a pyarrow Table;
and, with --rust, the Rust kernel's typed figure for the same cases.

    python examples/throughput.py [--cases 1000000] [--rows 100000] [--single 20000] [--rust]

The population is examples/population.py's. Timings are wall-clock, best of --repeat runs;
generating the population is not timed, turning it into a DataFrame or Table is not either
(an analyst has it in that form already). --rust writes the cases as JSON lines and runs
`cargo bench -p helserett-benches --bench population` on them (a few minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import helserett  # noqa: E402
from population import as_cases, synthetic_population  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def best(run: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def spaced(x: float) -> str:
    return f"{x:,.0f}".replace(",", " ")


def report(label: str, n: int, seconds: float) -> None:
    print(f"{label:<46} {n:>9} cases {seconds:8.3f} s {spaced(n / seconds):>12} cases/s")


def rust_figure(cases: List[Dict[str, Any]]) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    env = dict(os.environ, HELSERETT_POPULATION=f.name)
    cmd = ["cargo", "bench", "-q", "-p", "helserett-benches", "--bench", "population", "--", "--noplot"]
    print("$ HELSERETT_POPULATION=<cases.jsonl> " + " ".join(cmd))
    run = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    os.unlink(f.name)
    if run.returncode != 0:
        print(run.stderr[-2000:])
        return
    name = ""
    for line in run.stdout.splitlines():
        if line.startswith("population/"):
            name = line.split()[0]
        m = re.search(r"thrpt:\s+\[\S+ \S+ (\S+) (\S+)", line)
        if m and name:
            value = float(m.group(1)) * {"elem/s": 1, "Kelem/s": 1e3, "Melem/s": 1e6}[m.group(2)]
            print(f"{'Rust ' + name:<46} {len(cases):>9} cases {'':>10} {spaced(value):>12} cases/s (median)")


def main(argv: Optional[Sequence[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cases", type=int, default=1_000_000, help="population for the columnar path")
    p.add_argument("--rows", type=int, default=100_000, help="cases for evaluate_many")
    p.add_argument("--single", type=int, default=20_000, help="cases for one-at-a-time evaluate")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--rust", action="store_true", help="also run the Rust benchmark on the same cases")
    args = p.parse_args(argv)

    cols = synthetic_population(args.cases)
    small = {k: v[: max(args.rows, args.single)] for k, v in cols.items()}
    cases = as_cases(small)
    texts = [json.dumps(c) for c in cases[: args.single]]
    threads = os.cpu_count() or 1
    print(f"helserett {helserett.__version__}, {threads} cores")

    one = cases[: args.single]
    report("evaluate(), one dict at a time", len(one), best(lambda: [helserett.evaluate(c) for c in one], args.repeat))
    report("evaluate(), one JSON str at a time", len(texts), best(lambda: [helserett.evaluate(t) for t in texts], args.repeat))
    rows = cases[: args.rows]
    for t in (1, threads):
        report(f"evaluate_many(list of dicts), {t} thread(s)", len(rows), best(lambda: helserett.evaluate_many(rows, threads=t), args.repeat))
    few = ["verdict", "refund_ore", "error_code"]
    for t in (1, threads):
        report(f"evaluate_columns(lists), {t} thread(s)", args.cases, best(lambda: helserett.evaluate_columns(cols, threads=t), args.repeat))
    report(f"evaluate_columns(lists, 3 outputs), {threads} threads", args.cases, best(lambda: helserett.evaluate_columns(cols, threads=threads, outputs=few), args.repeat))
    try:
        import pandas as pd
    except ImportError:
        print("pandas is not installed: no DataFrame figure")
    else:
        df = pd.DataFrame(cols)
        for name in df.columns:
            if df[name].dtype == object and name != "treatment.dates[0].invoice_date":
                df[name] = df[name].astype("category")
        for name in ("evaluation_date", "treatment.dates[0].date", "treatment.dates[0].invoice_date"):
            df[name] = pd.to_datetime(df[name])
        for t in (1, threads):
            report(f"evaluate_columns(DataFrame), {t} thread(s)", args.cases, best(lambda: helserett.evaluate_columns(df, threads=t), args.repeat))
    try:
        import pyarrow as pa
    except ImportError:
        print("pyarrow is not installed: no Table figure")
    else:
        table = pa.table(cols)
        report(f"evaluate_columns(pyarrow Table), {threads} threads", args.cases, best(lambda: helserett.evaluate_columns(table), args.repeat))
    if args.rust:
        rust_figure(as_cases(cols) if args.cases <= 1_000_000 else cases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
