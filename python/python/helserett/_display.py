"""A `Decision` in a notebook: `_repr_html_`, which Jupyter calls to show a value.

The HTML is markup around what the decision already holds: its main fields under their
decision-JSON names, and the kernel's own summary (`explain()`), every text escaped. There is
no wording here; what reads differently in a notebook than at a terminal is the layout only.
"""

from __future__ import annotations

import html
from typing import Literal, Optional

from helserett import _kernel

def decision_html(d: _kernel.Decision, lang: Literal["nb", "en"] = "nb") -> str:
    """The decision as an HTML fragment: its kind's outputs (what an analyst scans a column of
    decisions for, under their column names: the kernel's, for every kind) and the evaluation
    date, then the kernel's summary in `lang` (bokmål, the kernel's default, in a notebook),
    folded."""
    rows = [(name, _text(value)) for name, value in d.outputs().items()]
    rows.append(("evaluation_date", d.evaluation_date))
    table = "".join(
        f"<tr><th style='text-align:left'>{html.escape(k)}</th><td><code>{html.escape(v)}</code></td></tr>"
        for k, v in rows
    )
    summary = d.explain(lang)
    first = summary.split("\n", 1)[0]
    return (
        "<div class='helserett-decision'>"
        f"<table>{table}</table>"
        f"<details><summary>{html.escape(first)}</summary>"
        f"<pre>{html.escape(summary)}</pre></details>"
        "</div>"
    )


def _text(value: Optional[object]) -> str:
    # As Python writes the value (`None` for none), which is how the decision's fields read.
    return "None" if value is None else str(value)


def install() -> None:
    """Gives `Decision` its `_repr_html_`. The class is compiled (pyo3) but its type is not
    sealed, so the method is set on it here: the markup stays in Python, next to `html.escape`,
    and the compiled glue keeps to translating the kernel's answer."""
    setattr(_kernel.Decision, "_repr_html_", _repr_html_)


def _repr_html_(self: _kernel.Decision) -> str:
    return decision_html(self)
