"""The public surface: what `helserett` exports is there, typed, and the compiled module
stays private."""

from __future__ import annotations

import helserett
from helserett import _kernel


def test_all_names_exist() -> None:
    for name in helserett.__all__:
        assert hasattr(helserett, name), name
    assert set(helserett.__all__) >= {
        "evaluate", "evaluate_many", "evaluate_columns", "builtin_params", "what_if", "compare",
        "Decision", "Question", "HelserettError", "InvalidCase", "InvalidParams", "stats",
    }


def test_the_compiled_module_is_private_and_re_exported() -> None:
    assert helserett.evaluate is _kernel.evaluate
    assert helserett.Decision is _kernel.Decision
    assert _kernel.__name__ == "helserett._kernel"


def test_classes_cannot_be_built_or_subclassed_from_python() -> None:
    import pytest

    with pytest.raises(TypeError):
        helserett.Decision()
    with pytest.raises(TypeError):
        type("Sub", (helserett.Decision,), {})


def test_the_package_is_typed() -> None:
    from pathlib import Path

    here = Path(helserett.__file__).parent
    assert (here / "py.typed").exists() and (here / "_kernel.pyi").exists()
