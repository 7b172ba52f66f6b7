"""Shared fixtures: the repository's shared vectors and example case, and the example
population (python/examples/population.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

PYTHON_DIR = Path(__file__).resolve().parents[1]
REPO = PYTHON_DIR.parent
VECTORS = REPO / "tests" / "vectors" / "eea.json"
INBOUND_VECTORS = REPO / "tests" / "vectors" / "inbound.json"
ADMISSION_CASE = REPO / "tests" / "cases" / "admission_example.json"
EXAMPLE_CASE = REPO / "tests" / "cases" / "example_patient.json"
EXAMPLES = PYTHON_DIR / "examples"
SPEC = REPO.parent / "shared" / "spec"

sys.path.insert(0, str(EXAMPLES))


def load_vectors() -> List[Dict[str, Any]]:
    tests: List[Dict[str, Any]] = json.loads(VECTORS.read_text(encoding="utf-8"))["tests"]
    return tests


def load_inbound_vectors() -> List[Dict[str, Any]]:
    tests: List[Dict[str, Any]] = json.loads(INBOUND_VECTORS.read_text(encoding="utf-8"))["tests"]
    return tests


@pytest.fixture
def admission_case() -> Dict[str, Any]:
    case: Dict[str, Any] = json.loads(ADMISSION_CASE.read_text(encoding="utf-8"))
    return case


@pytest.fixture
def example_case() -> Dict[str, Any]:
    case: Dict[str, Any] = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))
    return case


@pytest.fixture(scope="session")
def population() -> Dict[str, List[Any]]:
    from population import synthetic_population

    return synthetic_population(3000, seed=7)


def cli(*args: str, stdin: Optional[bytes] = None) -> bytes:
    """The command-line program's output (`cargo run -p helserett-cli`), to compare with."""
    cargo = shutil.which("cargo")
    if cargo is None:
        pytest.skip("cargo is not installed: nothing to compare with")
    run = subprocess.run(
        [cargo, "run", "-q", "--locked", "-p", "helserett-cli", "--", *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr.decode()
    return run.stdout
