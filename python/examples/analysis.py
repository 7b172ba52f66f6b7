"""What if the EEA refund rate had stayed at 80 % after 2023-10-02?

Runs a synthetic population (examples/population.py) through the kernel twice, at the
built-in rates (80 % before 2023-10-02, 100 % from then) and with a what-if table that keeps
80 %, prints a summary and draws the refunds per treatment month to a PNG.

    python examples/analysis.py refunds.png [--cases 200000] [--seed 2024]

A refund is counted when the kernel's verdict is `eligible` and it names the amount
(`refund_ore`); `not_eligible` is no refund. Every other case is undetermined: the kernel
lacks a fact or a parameter for it. Those are counted apart (a bar per month in the chart's
lower panel), never added as zero, and the summary names what they lack, from the kernel's
`missing` entries: a parameter with no value in force (the DRG unit price for 2023 is not in
the built-in table, so 2023's inpatient cases priced by DRG points are undetermined) or facts.
The same comparison is then run with the missing years' rates estimated (issue 24: carried
forward from the latest sourced value, every such amount an «anslag», said so).

Needs matplotlib for the chart (`pip install "helserett[plot]"`).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Optional, Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import helserett  # noqa: E402
from helserett import format_kroner, stats  # noqa: E402
from population import as_cases, synthetic_population  # noqa: E402

RATE_CHANGE = "2023-10-02"


class Outcome(NamedTuple):
    """One table's refunds: the amount per case when determined, and which cases are not."""

    counted: List[Optional[int]]  # øre when the refund is determined, else None
    undetermined: List[bool]


def outcome(verdicts: Sequence[Optional[str]], refunds: Sequence[Optional[int]]) -> Outcome:
    counted = [r if v == "eligible" else None for v, r in zip(verdicts, refunds)]
    # Neither settled nor refused: an eligible case whose amount is open, or an undetermined
    # one. A rejected row (no verdict) is reported on its own.
    open_ = [v is not None and v != "not_eligible" and c is None for v, c in zip(verdicts, counted)]
    return Outcome(counted, open_)


def what_is_missing(cases: List[Dict[str, Any]], params: Any) -> List[List[Dict[str, Any]]]:
    """The kernel's `missing` entries for each case (only the undetermined ones are asked)."""
    decided = helserett.evaluate_many(cases, params=params)
    return [d.missing if isinstance(d, helserett.Decision) else [] for d in decided]


class Lacks(NamedTuple):
    parameters: Counter  # type: ignore[type-arg]  # (parameter, rule, year) -> cases
    facts: Counter  # type: ignore[type-arg]  # (fact, rule) -> cases lacking only facts
    by_parameter: List[bool]  # per undetermined case: a parameter is missing


def lacks(missing: List[List[Dict[str, Any]]]) -> Lacks:
    parameters: Counter = Counter()  # type: ignore[type-arg]
    facts: Counter = Counter()  # type: ignore[type-arg]
    by_parameter = []
    for entries in missing:
        params = {(m["parameter"], m["rule"], m["on"][:4]) for m in entries if "parameter" in m}
        parameters.update(params)
        if not params:
            facts.update({(m["fact"], m["rule"]) for m in entries if "fact" in m})
        by_parameter.append(bool(params))
    return Lacks(parameters, facts, by_parameter)


def per_key(keys: Sequence[str], values: Sequence[Optional[int]]) -> Dict[str, int]:
    """The sum of the known values per key (a month, a year); a key with none known is 0."""
    out: Dict[str, int] = {k: 0 for k in sorted(set(keys))}
    for k, v in zip(keys, values):
        if v is not None:
            out[k] += v
    return out


def draw(path: Path, months: List[str], a: Outcome, b: Outcome, lacking: Lacks, n: int) -> None:
    import matplotlib

    matplotlib.use("Agg")  # no display: write the file only
    import matplotlib.pyplot as plt

    axis = sorted(set(months))
    x = range(len(axis))
    sum_a, sum_b = per_key(months, a.counted), per_key(months, b.counted)
    open_months = [m for m, o in zip(months, a.undetermined) if o]
    by_param = Counter(m for m, p in zip(open_months, lacking.by_parameter) if p)
    by_facts = Counter(m for m, p in zip(open_months, lacking.by_parameter) if not p)
    named = ", ".join(sorted({p for p, _, _ in lacking.parameters}))

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(10, 7), sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    top.plot(x, [sum_a[m] / 100e6 for m in axis], marker="o", label="built-in (80 % → 100 % from 2023-10-02)")
    top.plot(x, [sum_b[m] / 100e6 for m in axis], marker="s", label="what-if: 80 % throughout")
    top.set_ylim(bottom=0)  # amounts start at zero: a cut axis makes a step look like a leap
    top.set_ylabel("determined refunds, NOK million")
    count = f"{n:,}".replace(",", " ")
    top.set_title(f"EEA refunds of {count} synthetic cases, by month of first treatment")
    facts = [by_facts.get(m, 0) for m in axis]
    bottom.bar(x, facts, color="lightgrey", label="facts missing")
    bottom.bar(x, [by_param.get(m, 0) for m in axis], bottom=facts, color="tab:red",
               label=f"parameter missing ({named or 'none'})")
    # From zero, with room above the bars for the legend.
    bottom.set_ylim(0, max([f + by_param.get(m, 0) for f, m in zip(facts, axis)], default=1) * 1.35)
    bottom.set_ylabel("cases with the amount open\n(not in the amounts)")
    bottom.set_xlabel("month of first treatment")
    bottom.legend(loc="upper left", ncol=2, fontsize=8)
    if RATE_CHANGE[:7] in axis:
        for ax in (top, bottom):
            ax.axvline(axis.index(RATE_CHANGE[:7]), color="grey", linestyle="--", linewidth=1)
        top.annotate("rate change 2023-10-02", (axis.index(RATE_CHANGE[:7]), top.get_ylim()[1] * 0.05), fontsize=8)
    bottom.set_xticks(list(x)[::3], axis[::3], rotation=45, ha="right")
    top.legend(loc="lower right")
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
    diff = helserett.compare(cols, None, what_if)
    seconds = time.perf_counter() - start
    a = outcome(diff["verdict_a"], diff["refund_ore_a"])
    b = outcome(diff["verdict_b"], diff["refund_ore_b"])
    open_rows = [i for i, o in enumerate(a.undetermined) if o]
    cases = as_cases({k: [v[i] for i in open_rows] for k, v in cols.items()})
    lacking = lacks(what_is_missing(cases, None))

    n = args.cases
    months = [d[:7] for d in cols["treatment.dates[0].date"]]
    years = [m[:4] for m in months]
    print(f"{n} synthetic cases (seed {args.seed}), decided twice in {seconds:.2f} s")
    verdicts = Counter(diff["verdict_a"])
    print("verdicts at the built-in rates: " + ", ".join(f"{v} {c}" for v, c in verdicts.most_common()))
    print(f"rows the kernel rejected: {sum(e is not None for e in diff['error_a'])}")
    year_a, year_b = per_key(years, a.counted), per_key(years, b.counted)
    open_a = Counter(y for y, o in zip(years, a.undetermined) if o)
    open_b = Counter(y for y, o in zip(years, b.undetermined) if o)
    # Two counts, named apart (issue 30): "verdict undetermined" counts verdicts; "amount
    # open" counts cases whose refund amount is not determined, which adds the eligible cases
    # whose amount is still open (a rate the table lacks, a fact not known).
    print("determined refunds by year of first treatment (cases with the amount open apart, not as zero):")
    print(f"  {'year':<6}{'built-in rates':>24}{'80 % kept':>24}{'amount open':>14}")
    for y in year_a:
        print(f"  {y:<6}{format_kroner(year_a[y]):>24}{format_kroner(year_b[y]):>24}{open_a[y]:>14}")
    total_a, total_b = sum(year_a.values()), sum(year_b.values())
    print(f"  {'all':<6}{format_kroner(total_a):>24}{format_kroner(total_b):>24}{sum(open_a.values()):>14}")
    print(f"refunds at the built-in rates:     {format_kroner(total_a)}")
    print(f"refunds with 80 % kept:            {format_kroner(total_b)}")
    print(f"difference:                        {format_kroner(total_b - total_a)}")
    print(
        f"refund amount open at the built-in rates: {len(open_rows)} cases "
        f"(verdict undetermined {verdicts.get('undetermined', 0)}, the rest eligible with the amount open); "
        f"with 80 % kept: {sum(open_b.values())}"
    )
    for (param, rule, year), c in sorted(lacking.parameters.items()):
        print(f"  parameter missing: {param} ({rule}) for treatment in {year}: {c} cases")
    top = ", ".join(f"{f} ({rule}) {c}" for (f, rule), c in lacking.facts.most_common(3))
    print(f"  facts missing only: {sum(not p for p in lacking.by_parameter)} cases; most often {top}")
    # Issue 24: the years the table lacks, estimated explicitly (never silently): the same
    # comparison with the missing rates carried forward from the latest sourced value; every
    # amount so computed is an estimate («anslag»), counted apart.
    estimating = {"parameters": what_if, "estimate": {}}
    est = helserett.compare(cols, {"parameters": helserett.builtin_params(), "estimate": {}}, estimating)
    ea = outcome(est["verdict_a"], est["refund_ore_a"])
    eb = outcome(est["verdict_b"], est["refund_ore_b"])
    est_a, est_b = sum(per_key(years, ea.counted).values()), sum(per_key(years, eb.counted).values())
    print("with the missing years' rates estimated (anslag: carried forward from the latest sourced value):")
    print(f"  refunds at the built-in rates:   {format_kroner(est_a)} (amount open {sum(ea.undetermined)} cases)")
    print(f"  refunds with 80 % kept:          {format_kroner(est_b)} (amount open {sum(eb.undetermined)} cases)")
    print(f"  difference (an estimate):        {format_kroner(est_b - est_a)}")
    changed = [d for d, c in zip(diff["delta_ore"], diff["changed"]) if c and d is not None]
    if changed:
        print(f"cases whose refund changes: {len(changed)}, on average {format_kroner(sum(changed) // len(changed))}")
    latest = stats.APPLICATIONS[-1]
    print(
        f"for scale (STAT-01): the regions granted {latest.granted} of {latest.received} applications "
        f"for treatment abroad in {latest.year}; {stats.CAVEAT.split(':')[0].lower()}."
    )

    try:
        draw(args.chart, months, a, b, lacking, n)
    except ImportError:
        print("matplotlib is not installed (pip install 'helserett[plot]'): no chart", file=sys.stderr)
        return 2
    print(f"chart: {args.chart}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
