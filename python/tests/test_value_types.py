"""Python values are read by their type, never by their text (issue 28).

A property test: random Python objects (ints of any size, int subclasses that lie in
`__str__`, numpy scalars, bools, floats with NaN and infinities, strings, nested containers,
objects with `__index__`, `__str__` or `__float__`) as a case's values. `evaluate`,
`evaluate_many` and `evaluate_columns` agree with the JSON path (the value's faithful JSON
form, as text), or all refuse naming the field.
"""

from __future__ import annotations

import copy
import json
import math
from typing import Any, Dict, List, Optional, Tuple

import pytest

import helserett

hypothesis = pytest.importorskip("hypothesis")
np = pytest.importorskip("numpy")
from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from conftest import EXAMPLE_CASE  # noqa: E402

_EXAMPLE: Dict[str, Any] = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))


def example_case() -> Dict[str, Any]:
    return copy.deepcopy(_EXAMPLE)

# One field of each kind: an amount, a count, a flag, a place name, a choice, a country.
FIELDS = [
    "costs.expenses_ore",
    "travel.round_trips",
    "travel.claimed",
    "travel.home",
    "treatment.need",
    "treatment.country",
]


class IndexText:
    """`__index__` that returns text: once written into the case text as it was."""

    def __index__(self) -> Any:
        return '14500000, "private_surcharges_ore": 14400000'


class IndexInt:
    def __init__(self, n: int) -> None:
        self.n = n

    def __index__(self) -> int:
        return self.n


class LyingInt(int):
    """An int whose text says something else than its value."""

    def __str__(self) -> str:
        return "14500000"

    __repr__ = __str__


class TextOnly:
    def __str__(self) -> str:
        return "14500000"


class FloatOnly:
    def __float__(self) -> float:
        return 14500000.0


NO_FORM = object()  # a value with no faithful JSON form


def canonical(v: Any) -> Any:
    """The value's JSON form read by type, or NO_FORM."""
    if v is None or type(v) in (bool, str):
        return v
    if isinstance(v, np.bool_):
        return bool(v)
    if isinstance(v, int):  # int and its subclasses: by value
        return int.__int__(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, IndexInt):
        return v.n
    if isinstance(v, float):  # float and numpy.float64
        return float(v) if math.isfinite(v) else NO_FORM
    if isinstance(v, (list, tuple)):
        items = [canonical(x) for x in v]
        return NO_FORM if any(x is NO_FORM for x in items) else items
    if isinstance(v, dict):
        fields = {k: canonical(x) for k, x in v.items()}
        return NO_FORM if any(x is NO_FORM for x in fields.values()) else fields
    return NO_FORM


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.integers(min_value=0, max_value=10**16),
    st.integers(min_value=0, max_value=2**80).map(LyingInt),
    st.booleans().map(np.bool_),
    st.integers(min_value=-(2**63), max_value=2**63 - 1).map(np.int64),
    st.integers(min_value=0, max_value=2**64 - 1).map(np.uint64),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(allow_nan=True, allow_infinity=True).map(np.float64),
    st.floats(width=32).map(np.float32),
    st.text(max_size=60),
    st.sampled_from(["planned", "DE", "XK", "Nesna", "", "Nes\nna", "2024-03-04"]),
    st.integers(min_value=-5, max_value=10**16).map(IndexInt),
    st.builds(IndexText),
    st.builds(TextOnly),
    st.builds(FloatOnly),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(max_size=5), inner, max_size=2),
    ),
    max_leaves=4,
)

Outcome = Tuple[Any, ...]


def outcome(result: Any) -> Outcome:
    """A decision as its headline; an error as its code (None: no kernel code) and path."""
    if isinstance(result, Exception):
        assert isinstance(result, helserett.HelserettError), repr(result)
        return ("error", getattr(result, "code", None), result.path)
    return ("decided", result.verdict, result.refund_ore)


def run(case: Any) -> Outcome:
    try:
        return outcome(helserett.evaluate(case))
    except helserett.HelserettError as e:
        return outcome(e)


def with_value(field: str, value: Any) -> Dict[str, Any]:
    case = copy.deepcopy(example_case())
    group, name = field.split(".")
    case[group][name] = value
    return case


def columns_of(case: Dict[str, Any]) -> Dict[str, List[Any]]:
    """The case as one-row columns (`group.field`, `treatment.dates[i].field`)."""
    cols: Dict[str, List[Any]] = {"evaluation_date": [case["evaluation_date"]]}
    for group, fields in case.items():
        if not isinstance(fields, dict):
            continue
        for name, v in fields.items():
            if group == "treatment" and name == "dates":
                for i, entry in enumerate(v):
                    for k, x in entry.items():
                        cols[f"treatment.dates[{i}].{k}"] = [x]
            else:
                cols[f"{group}.{name}"] = [v]
    return cols


def column_outcome(case: Dict[str, Any]) -> Outcome:
    out = helserett.evaluate_columns(columns_of(case))
    if out["error_code"][0] is not None:
        return ("error", out["error_code"][0], out["error_path"][0])
    return ("decided", out["verdict"][0], out["refund_ore"][0])


def names_field(o: Outcome, field: str) -> bool:
    path = str(o[2]) if o[0] == "error" else ""
    return path == field or path.startswith((field + "[", field + "."))


@settings(max_examples=600, deadline=None)
@given(field=st.sampled_from(FIELDS), value=values)
# Too long and with C1 controls: every path says "control character", the kernel's first check
# (the columns once said "too long", their own check of the length coming first).
@example(field="travel.home", value="0000000" + "\x80" * 11 + "\U00010000" * 5)
def test_every_path_reads_a_value_by_its_type(field: str, value: Any) -> None:
    case = with_value(field, value)
    by_dict = run(case)
    by_many = outcome(helserett.evaluate_many([case])[0])
    assert by_many == by_dict
    form = canonical(value)
    if form is not NO_FORM:
        # The same value written as JSON text: the same answer, or the same error.
        assert run(json.dumps(with_value(field, form))) == by_dict, (value, form)
    else:
        assert names_field(by_dict, field), (value, by_dict)
    if isinstance(value, (list, dict)):
        return  # a column holds one value per row, not a container (but a list of stages)
    by_columns = column_outcome(case)
    if by_dict[0] == "decided" or by_dict[1] is not None:
        assert by_columns == by_dict, (value, by_columns, by_dict)
    else:
        # No JSON form at all (UnsupportedValue): a column refuses it at the field too.
        assert names_field(by_columns, field), (value, by_columns)


def test_the_issue_examples() -> None:
    # `__index__` returning text added a field the dict did not contain (refund NOK 1,000).
    assert run(with_value("costs.expenses_ore", IndexText())) == ("error", 104, "costs.expenses_ore")
    # An int subclass worth 2**70 whose text says 14500000 is 2**70: over 10^15 øre.
    assert run(with_value("costs.expenses_ore", LyingInt(2**70))) == ("error", 121, "costs.expenses_ore")
    # numpy's bool is a bool, not the integer 1, as Python's bool is.
    assert run(with_value("costs.expenses_ore", np.True_)) == run(with_value("costs.expenses_ore", True))
    assert run(with_value("costs.expenses_ore", np.True_))[1] == 104
    assert run(with_value("travel.claimed", np.False_)) == run(with_value("travel.claimed", False))
    # A numpy integer is its value.
    assert run(with_value("costs.expenses_ore", np.int64(14_500_000))) == run(example_case())
    # An int of 5,000 digits (Python will not print it): 121, not Python's ValueError.
    assert run(with_value("costs.expenses_ore", 10**5000)) == ("error", 121, "costs.expenses_ore")
    assert run(with_value("costs.expenses_ore", -(10**5000))) == ("error", 120, "costs.expenses_ore")
    # NaN and infinity: refused at the field, as a column refuses them.
    for x in (math.nan, math.inf, -math.inf, -1.5):
        assert run(with_value("costs.expenses_ore", x)) == ("error", 122, "costs.expenses_ore")


def test_errors_name_the_field() -> None:
    # Nested too deep, or a list that contains itself: at the place, not `$`.
    loop: List[Any] = []
    loop.append(loop)
    deep = run(with_value("travel.home", loop))
    assert deep[:2] == ("error", 100) and deep[2].startswith("travel.home[0]")
    # A 10 MB string: at its field.
    assert run(with_value("travel.home", "x" * 10_000_000)) == ("error", 133, "travel.home")
    # An id that is empty or holds a control character says what is wrong with it.
    for bad, kind in (("", "empty_text"), ("A\x00B", "control_character"), ("a\nb", "control_character")):
        case = example_case()
        case["id"] = bad
        with pytest.raises(helserett.InvalidCase) as e:
            helserett.evaluate(case)
        assert (e.value.kind, e.value.path) == (kind, "id")
        assert "not one of the allowed values" not in str(e.value)


def test_a_kiosk_answer_beyond_every_number_is_out_of_range() -> None:
    # `1e400` for a whole number: 122 as in JSON (it said 112).
    with pytest.raises(helserett.InvalidCase) as e:
        helserett.answer(example_case(), "travel.round_trips", "1e400")
    assert e.value.code == 122


@pytest.mark.parametrize("source", ["\x1b[2J", "line\nforged", "nul\x00", "", "x" * 401])
def test_a_table_row_whose_source_cannot_be_printed_or_cited_is_refused(source: str) -> None:
    # A table given as rows goes through the kernel's table check, as a file and a C struct do:
    # control characters (a terminal escape, a forged listing line, a NUL) are refused there,
    # never printed by `explain()` or a listing.
    table: List[Any] = list(helserett.builtin_params())
    table[0] = dict(table[0], source=source)
    with pytest.raises(helserett.InvalidParams) as e:
        helserett.evaluate(example_case(), params=table)
    assert e.value.path == "parameters[0].source"
    assert e.value.index == 0
