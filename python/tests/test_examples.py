"""The example scripts run as the READMEs write them, and say what is true: the analysis
counts undetermined refunds apart and names what they lack, as the kernel's decisions do."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

import helserett
from conftest import EXAMPLES, PYTHON_DIR, REPO

# Where each README's commands are run from: the repository root, or python/.
READMES = {REPO / "README.md": REPO, PYTHON_DIR / "README.md": PYTHON_DIR}
# The benchmark's documented run takes about a minute; these flags only make it smaller.
QUICK = {"throughput.py": ["--cases", "3000", "--rows", "500", "--single", "200", "--repeat", "1"]}


def run(*args: str, cwd: Path = PYTHON_DIR) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=600, cwd=cwd)


def python_section(readme: Path) -> str:
    text = readme.read_text(encoding="utf-8")
    if readme.parent == REPO:  # the main README: its Python section only
        text = text.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    return text


def documented() -> List[Tuple[Path, Path, str, List[str]]]:
    """(README, where it runs, script path as written, arguments) for every example command."""
    found = []
    for readme, cwd in READMES.items():
        for script, rest in re.findall(r"python ((?:python/)?examples/\w+\.py)([^`\n#>]*)", python_section(readme)):
            args = re.sub(r"\[[^\]]*\]", "", rest).split()  # [optional] parts left out
            found.append((readme, cwd, script, args))
    return found


def test_every_example_is_documented() -> None:
    scripts = {Path(s).name for readme, _, s, _ in documented() if readme.parent == PYTHON_DIR}
    assert scripts == {p.name for p in EXAMPLES.glob("*.py")}
    assert {Path(s).name for readme, _, s, _ in documented() if readme.parent == REPO} >= {"analysis.py"}


@pytest.mark.parametrize(
    "readme, cwd, script, args", documented(), ids=[f"{r.relative_to(REPO)}: {s}" for r, _, s, _ in documented()]
)
def test_each_documented_path_finds_its_script(readme: Path, cwd: Path, script: str, args: List[str]) -> None:
    # From where its README says: the path as written must lead to the script.
    assert (cwd / script).is_file(), f"{readme.name}: `python {script}` from {cwd} finds no file"


# Each documented command once: the READMEs write the same ones from two places.
@pytest.mark.parametrize(
    "name, args",
    sorted({(Path(s).name, tuple(a)) for _, _, s, a in documented()}),
    ids=lambda v: " ".join(v) if isinstance(v, tuple) else str(v),
)
def test_each_documented_command_runs(name: str, args: Tuple[str, ...], tmp_path: Path) -> None:
    if name == "analysis.py":
        pytest.importorskip("matplotlib", reason="matplotlib is not installed (pip install 'helserett[plot]')")
    # Output files (the chart) go to a scratch directory, not into the clone.
    done = run(str(EXAMPLES / name), *args, *QUICK.get(name, []), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip(), f"{name} printed nothing"


def test_the_population_script_writes_cases_the_kernel_decides() -> None:
    from population import synthetic_population

    done = run(str(EXAMPLES / "population.py"), "--cases", "300", "--seed", "5")
    assert done.returncode == 0, done.stderr
    cases = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(cases) == 300
    decided = helserett.evaluate_many(cases)
    columns = helserett.evaluate_columns(synthetic_population(300, seed=5), outputs=["verdict", "refund_ore"])
    assert [d.verdict for d in decided] == columns["verdict"]  # type: ignore[union-attr]
    assert [d.refund_ore for d in decided] == columns["refund_ore"]  # type: ignore[union-attr]


def kernel_refunds(cols: Dict[str, List[Any]], params: Any) -> Dict[str, Any]:
    """What the analysis must report, from the kernel's own refund verdicts and `missing`."""
    from population import as_cases

    years = [d[:4] for d in cols["treatment.dates[0].date"]]
    totals: Counter = Counter()  # type: ignore[type-arg]
    open_: Counter = Counter()  # type: ignore[type-arg]
    params_missing: Counter = Counter()  # type: ignore[type-arg]
    for year, d in zip(years, helserett.evaluate_many(as_cases(cols), params=params)):
        assert isinstance(d, helserett.Decision)
        refund = d.refund
        if refund is None:
            continue
        if refund["verdict"] == "eligible":
            totals[year] += refund["refund_ore"] or 0
        else:
            open_[year] += 1
            params_missing.update({(m["parameter"], m["on"][:4]) for m in d.missing if "parameter" in m})
    return {"totals": totals, "open": open_, "params": params_missing}


def test_the_analysis_counts_undetermined_refunds_apart(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="matplotlib is not installed (pip install 'helserett[plot]')")
    from population import synthetic_population

    chart = tmp_path / "refunds.png"
    done = run(str(EXAMPLES / "analysis.py"), str(chart), "--cases", "20000", "--seed", "3")
    assert done.returncode == 0, done.stderr
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and chart.stat().st_size > 10_000
    out = done.stdout
    assert "20000 synthetic cases (seed 3)" in out

    cols = synthetic_population(20000, seed=3)
    want = kernel_refunds(cols, None)
    eighty = kernel_refunds(cols, helserett.what_if("P-EEA-RATE", 8000, since="2023-10-02"))
    # One line per year: the determined refunds under both tables, and the undetermined count.
    for year in ("2023", "2024"):
        line = next(x for x in out.splitlines() if x.strip().startswith(year))
        expected = [helserett.format_kroner(want["totals"][year]), helserett.format_kroner(eighty["totals"][year])]
        assert re.split(r"\s{2,}", line.strip())[1:] == [*expected, str(want["open"][year])]
    total = sum(want["totals"].values())
    assert f"refunds at the built-in rates:     {helserett.format_kroner(total)}" in out
    # Two different counts, named apart: the verdicts, and the cases whose amount is open.
    verdict_line = next(x for x in out.splitlines() if x.startswith("verdicts at the built-in rates:"))
    assert f"refund amount open at the built-in rates: {sum(want['open'].values())} cases" in out
    found = re.search(r"undetermined (\d+)", verdict_line)
    assert found, verdict_line
    undetermined = int(found.group(1))
    assert f"(verdict undetermined {undetermined}, the rest eligible with the amount open)" in out
    assert "undetermined at the built-in rates" not in out
    # The missing parameter, named as the kernel names it, with the cases that lack it.
    assert want["params"] and all(y == "2023" for _, y in want["params"])
    for (param, year), count in want["params"].items():
        assert re.search(rf"parameter missing: {param} \(EEA-\d+\) for treatment in {year}: {count} cases", out)
    difference = next(line for line in out.splitlines() if line.startswith("difference:"))
    assert "kr -" in difference  # keeping 80 % can only lower the refunds, and it does


def test_the_same_seed_gives_the_same_population() -> None:
    from population import synthetic_population

    assert synthetic_population(500, seed=1) == synthetic_population(500, seed=1)
    assert synthetic_population(500, seed=1) != synthetic_population(500, seed=2)


def test_the_throughput_script_reports_every_path() -> None:
    done = run(str(EXAMPLES / "throughput.py"), *QUICK["throughput.py"])
    assert done.returncode == 0, done.stderr
    for label in ("evaluate(), one dict at a time", "evaluate_many(list of dicts)", "evaluate_columns(lists)"):
        assert label in done.stdout
    assert done.stdout.count("cases/s") >= 6
