"""The examples in the docstrings run (doctest), and the entry points an analyst starts from
have examples: `help(helserett.evaluate)` shows how, and what it shows is true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from typing import Dict, List

import pytest

import helserett

# The entry points whose help() an analyst reads first; each must carry an example.
WITH_EXAMPLES = [
    "evaluate", "evaluate_many", "evaluate_columns", "compare", "what_if", "Decision",
    "kroner", "format_kroner", "column_aliases",
]


def package_doctests() -> Dict[str, doctest.DocTest]:
    """Every docstring example of the package, the compiled module's included."""
    modules = ["helserett", "helserett._kernel"] + [
        f"helserett.{m.name}" for m in pkgutil.iter_modules(helserett.__path__)
    ]
    finder = doctest.DocTestFinder()
    found: Dict[str, doctest.DocTest] = {}
    for name in dict.fromkeys(modules):
        module = importlib.import_module(name)
        for t in finder.find(module, name, globs={"helserett": helserett}):
            if t.examples:
                found[t.name] = t
    return found


TESTS = package_doctests()


@pytest.mark.parametrize("name", sorted(TESTS))
def test_the_example_runs(name: str) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    failures: List[str] = []
    runner.run(TESTS[name], out=failures.append)
    assert runner.failures == 0, "".join(failures)


# Every public function and class of the package (issue 30: `help(helserett.answer)` was empty),
# not the exceptions, whose docstrings say when they are raised.
PUBLIC = sorted(
    n
    for n in helserett.__all__
    if callable(getattr(helserett, n))
    and not (isinstance(getattr(helserett, n), type) and issubclass(getattr(helserett, n), BaseException))
)


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_callable_has_an_example(name: str) -> None:
    obj = getattr(helserett, name)
    assert ">>>" in (obj.__doc__ or ""), f"help(helserett.{name}) shows no example"


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_the_entry_point_has_an_example(name: str) -> None:
    obj = getattr(helserett, name)
    examples = [t for t in TESTS.values() if t.docstring == obj.__doc__]
    assert examples, f"helserett.{name} has no example in its docstring"
    # More than one line: what it takes, what it returns, then the example.
    assert len((obj.__doc__ or "").strip().splitlines()) > 3
