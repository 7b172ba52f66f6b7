"""What if the EEA refund rate had stayed at 80 % after 2023-10-02?

Runs a synthetic population (examples/population.py) through the kernel twice, at the
built-in rates (80 % before 2023-10-02, 100 % from then) and with a what-if table that keeps
80 %, prints a summary and draws the refunds per treatment month to a PNG.

    python examples/analysis.py refunds.png [--cases 200000] [--seed 2024]

Needs matplotlib for the chart (`pip install "helserett[plot]"`).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import helserett  # noqa: E402
from helserett import stats  # noqa: E402
from population import synthetic_population  # noqa: E402

RATE_CHANGE = "2023-10-02"


def nok(ore: int) -> str:
    return f"NOK {ore / 100:,.0f}".replace(",", " ")


def monthly(months: List[str], refunds: Sequence[Optional[int]]) -> Dict[str, int]:
    out: Dict[str, int] = defaultdict(int)
    for m, r in zip(months, refunds):
        out[m] += r or 0
    return dict(sorted(out.items()))


def draw(path: Path, a: Dict[str, int], b: Dict[str, int], n: int) -> None:
    import matplotlib

    matplotlib.use("Agg")  # no display: write the file only
    import matplotlib.pyplot as plt

    months = sorted(set(a) | set(b))
    x = range(len(months))
    fig, ax = plt.subplots(figsize=(10, 5))
    ax.plot(x, [a.get(m, 0) / 100e6 for m in months], marker="o", label="built-in (80 % → 100 % from 2023-10-02)")
    ax.plot(x, [b.get(m, 0) / 100e6 for m in months], marker="s", label="what-if: 80 % throughout")
    change = months.index(RATE_CHANGE[:7]) if RATE_CHANGE[:7] in months else None
    if change is not None:
        ax.axvline(change, color="grey", linestyle="--", linewidth=1)
        ax.annotate("rate change 2023-10-02", (change, ax.get_ylim()[1] * 0.95), ha="left", fontsize=8)
    ax.set_xticks(list(x)[::3], months[::3], rotation=45, ha="right")
    ax.set_ylabel("refunds, NOK million")
    ax.set_xlabel("month of first treatment")
    count = f"{n:,}".replace(",", " ")
    ax.set_title(f"EEA refunds of {count} synthetic cases, by month of first treatment")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main(argv: Optional[Sequence[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("chart", type=Path, help="where to write the PNG")
    p.add_argument("--cases", type=int, default=200_000)
    p.add_argument("--seed", type=int, default=2024)
    args = p.parse_args(argv)

    cols = synthetic_population(args.cases, seed=args.seed)
    what_if = helserett.what_if("P-EEA-RATE", 8000, since=RATE_CHANGE, source="what-if: 80 % kept after 2023-10-02")
    start = time.perf_counter()
    diff: Dict[str, List[Any]] = helserett.compare(cols, None, what_if)
    seconds = time.perf_counter() - start

    n = args.cases
    verdicts = Counter(diff["verdict_a"])
    errors = sum(e is not None for e in diff["error_a"])
    total_a = sum(r or 0 for r in diff["refund_ore_a"])
    total_b = sum(r or 0 for r in diff["refund_ore_b"])
    changed = [d for d, c in zip(diff["delta_ore"], diff["changed"]) if c and d is not None]
    print(f"{n} synthetic cases (seed {args.seed}), decided twice in {seconds:.2f} s")
    print("verdicts at the built-in rates: " + ", ".join(f"{v} {c}" for v, c in verdicts.most_common()))
    print(f"rows the kernel rejected: {errors}")
    print(f"refunds at the built-in rates:     {nok(total_a)}")
    print(f"refunds with 80 % kept:            {nok(total_b)}")
    print(f"difference:                        {nok(total_b - total_a)}")
    if changed:
        print(f"cases whose refund changes: {len(changed)}, on average {nok(sum(changed) // len(changed))}")
    latest = stats.APPLICATIONS[-1]
    print(
        f"for scale (STAT-01): the regions granted {latest.granted} of {latest.received} applications "
        f"for treatment abroad in {latest.year}; {stats.CAVEAT.split(':')[0].lower()}."
    )

    months = [d[:7] for d in cols["treatment.dates[0].date"]]
    try:
        draw(args.chart, monthly(months, diff["refund_ore_a"]), monthly(months, diff["refund_ore_b"]), n)
    except ImportError:
        print("matplotlib is not installed (pip install 'helserett[plot]'): no chart", file=sys.stderr)
        return 2
    print(f"chart: {args.chart}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
