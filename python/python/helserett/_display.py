"""A `Decision` in a notebook: `_repr_html_`, which Jupyter calls to show a value.

The HTML is markup around what the decision already holds: its main fields under their
decision-JSON names, and the kernel's own summary (`explain()`), every text escaped. There is
no wording here; what reads differently in a notebook than at a terminal is the layout only.
"""

from __future__ import annotations

import html
from typing import Literal, Optional

from helserett import _kernel

# The fields shown first, under their names in the decision JSON: what an analyst scans a
# column of decisions for. The rest (missing facts, reasons, amounts) is in the summary.
_FIELDS = ("verdict", "recommended", "refund_ore", "evaluation_date")


def decision_html(d: _kernel.Decision, lang: Literal["nb", "en"] = "nb") -> str:
    """The decision as an HTML fragment: its main fields and the fact to ask next, then the
    kernel's summary in `lang` (bokmål, the kernel's default, in a notebook), folded."""
    rows = [(name, _text(getattr(d, name))) for name in _FIELDS]
    q = d.next_question()
    rows.append(("next_question", _text(q.fact if q is not None else None)))
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
