"""The examples in `python/README.md` run, and show what the package returns (issue 28: the
README's `next_question()` and its word on floats had gone stale). Each ```pycon block is a
doctest; they run in order, sharing their names as a reader's session does, from `python/`
(the README says its commands run there). The Dask block needs dask and distributed."""

from __future__ import annotations

import doctest
import os
import re
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pytest

PYTHON_DIR = Path(__file__).resolve().parents[1]
README = PYTHON_DIR / "README.md"


def blocks() -> List[Tuple[int, str]]:
    """Every ```pycon block with the line it starts on."""
    text = README.read_text(encoding="utf-8")
    found = []
    for m in re.finditer(r"^```pycon\n(.*?)^```", text, re.S | re.M):
        found.append((text[: m.start()].count("\n") + 2, m.group(1)))
    return found


def needs_dask(block: str) -> bool:
    return "import dask" in block


@pytest.fixture()
def in_python_dir() -> Iterator[None]:
    before = os.getcwd()
    os.chdir(PYTHON_DIR)
    try:
        yield
    finally:
        os.chdir(before)


def run(block: str, line: int, globs: Dict[str, Any]) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block, globs, f"README.md:{line}", str(README), line)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: List[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    globs.update(test.globs)  # the doctest ran on a copy: carry its names to the next block
    assert runner.failures == 0, "".join(report)


def test_the_readme_has_examples() -> None:
    assert len([b for _, b in blocks() if not needs_dask(b)]) >= 5


def test_every_readme_example_runs_as_shown(in_python_dir: None) -> None:
    globs: Dict[str, Any] = {}
    for line, block in blocks():
        if not needs_dask(block):
            run(block, line, globs)


def test_the_readme_dask_example_runs_as_shown(in_python_dir: None) -> None:
    pytest.importorskip("dask.dataframe", reason="dask is not installed")
    pytest.importorskip("distributed", reason="distributed is not installed")
    dask_blocks = [(line, b) for line, b in blocks() if needs_dask(b)]
    assert dask_blocks
    for line, block in dask_blocks:
        run(block, line, {})
