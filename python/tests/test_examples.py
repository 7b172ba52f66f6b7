"""The example scripts run: the analysis writes its chart, the benchmark prints its figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES


def run(*args: str) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=600)


def test_the_analysis_writes_its_chart(tmp_path: Path) -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        pytest.skip("matplotlib is not installed (pip install 'helserett[plot]'): the example draws nothing")
    chart = tmp_path / "refunds.png"
    done = run(str(EXAMPLES / "analysis.py"), str(chart), "--cases", "20000", "--seed", "3")
    assert done.returncode == 0, done.stderr
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and chart.stat().st_size > 10_000
    out = done.stdout
    assert "20000 synthetic cases (seed 3)" in out
    assert "refunds at the built-in rates:" in out and "refunds with 80 % kept:" in out
    # Keeping 80 % can only lower the refunds, and it does lower some.
    difference = next(line for line in out.splitlines() if line.startswith("difference:"))
    assert "NOK -" in difference


def test_the_same_seed_gives_the_same_population() -> None:
    from population import synthetic_population

    assert synthetic_population(500, seed=1) == synthetic_population(500, seed=1)
    assert synthetic_population(500, seed=1) != synthetic_population(500, seed=2)


def test_the_throughput_script_reports_every_path() -> None:
    done = run(str(EXAMPLES / "throughput.py"), "--cases", "3000", "--rows", "500", "--single", "200", "--repeat", "1")
    assert done.returncode == 0, done.stderr
    for label in ("evaluate(), one dict at a time", "evaluate_many(list of dicts)", "evaluate_columns(lists)"):
        assert label in done.stdout
    assert done.stdout.count("cases/s") >= 6
