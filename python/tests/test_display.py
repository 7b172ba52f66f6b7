"""A Decision in a notebook: _repr_html_ is markup around the decision's own fields and the
kernel's summary, every text escaped; __repr__ names the main fields."""

from __future__ import annotations

import html
import re
from typing import Any, Dict

import helserett
from helserett._display import decision_html


def test_the_html_holds_the_kernels_summary_escaped(example_case: Dict[str, Any]) -> None:
    example_case["travel"]["home"] = "Nesna <b>&amp;"  # a caller's text that is markup
    d = helserett.evaluate(example_case)
    page = d._repr_html_()
    assert "<b>&amp;" not in page and html.escape("Nesna <b>&amp;") in page
    (pre,) = re.findall(r"<pre>(.*?)</pre>", page, flags=re.S)
    assert html.unescape(pre) == d.explain()  # the whole summary, in bokmål by default
    assert decision_html(d, "en").count(html.escape(d.explain("en"))) == 1


def test_the_html_table_is_the_decisions_fields(example_case: Dict[str, Any]) -> None:
    d = helserett.evaluate(example_case)
    cells = dict(re.findall(r"<th[^>]*>(.*?)</th><td><code>(.*?)</code></td>", d._repr_html_()))
    assert cells == {
        **{name: str(value) for name, value in d.outputs().items()},
        "evaluation_date": d.evaluation_date,
    }
    assert list(cells)[:3] == ["verdict", "recommended", "refund_ore"]
    assert cells["next_question"] == "None"
    # Nothing but markup and the kernel's texts: strip both and nothing is left.
    rest = re.sub(r"<[^>]+>", "", d._repr_html_())
    for text in [*cells, *cells.values(), html.escape(d.explain())]:
        rest = rest.replace(text, "", 1)
    assert rest.replace(html.escape(d.explain().split("\n", 1)[0]), "", 1) == ""


def test_an_open_case_shows_the_next_question() -> None:
    d = helserett.evaluate({"evaluation_date": "2024-04-15", "treatment": {"country": "DE"}})
    q = d.next_question()
    assert q is not None and f"<code>{q.fact}</code>" in d._repr_html_()
    assert repr(d) == (
        'Decision(verdict="undetermined", recommended=None, refund_ore=None, evaluation_date="2024-04-15")'
    )
