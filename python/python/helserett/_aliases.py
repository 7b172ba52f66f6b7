"""Column aliases: every input column of `evaluate_columns` also under a plain identifier.

The kernel names a column by its field's JSON path (`treatment.dates[0].date`), which a
DataFrame can hold but an analyst must quote, and which is no attribute (`df.treatment...`).
Each alias comes from the kernel's name by one rule, so there is no list here to keep up to
date: every run of characters other than ASCII letters, digits and `_` becomes one `_`, and a
`_` left at either end is dropped. `treatment.dates[0].date` is `treatment_dates_0_date`,
`costs.expenses_ore` is `costs_expenses_ore`, `evaluation_date` stays as it is.
"""

from __future__ import annotations

import re
from typing import Dict, List, Mapping, Optional

from helserett import _kernel, _schemas

_SEPARATORS = re.compile(r"[^0-9A-Za-z_]+")


def alias_of(path: str) -> str:
    """The alias of one JSON path, by the rule above."""
    return _SEPARATORS.sub("_", path).strip("_")


def _build(kind: str) -> Mapping[str, str]:
    by_alias: Dict[str, List[str]] = {}
    for path in _kernel.column_names(kind)["inputs"]:
        by_alias.setdefault(alias_of(path), []).append(path)
    # An alias two paths would share names neither: such a column is given by its path. (The
    # kernel's names have none today; a test says so, so that a new field that collides is seen.)
    return {a: ps[0] for a, ps in by_alias.items() if len(ps) == 1 and a != ps[0]}


# Made once per kind of case, from the compiled kernel's names, when helserett is imported.
_TABLES = {kind: _build(kind) for kind in _schemas.CASE_KINDS}


def column_aliases(kind: Optional[str] = None) -> Dict[str, str]:
    """Every alias with the JSON path it stands for, as a new dict (a path that is already an
    identifier, like `evaluation_date`, has no alias: it is its own name).

    >>> aliases = helserett.column_aliases()
    >>> aliases["treatment_dates_0_date"], aliases["costs_expenses_ore"]
    ('treatment.dates[0].date', 'costs.expenses_ore')

    Rename a frame's columns to the kernel's names with `df.rename(columns=aliases)`; you need
    not: `evaluate_columns` takes either name. `kind` is the kind of case (one of
    `CASE_KINDS`; None: the kind of a case without a `schema`), as for `evaluate_columns`.
    """
    return dict(_table(kind))


def _table(kind: Optional[str]) -> Mapping[str, str]:
    try:
        return _TABLES[kind if kind is not None else _schemas.DEFAULT_KIND]
    except KeyError:
        raise ValueError(f"kind is one of {list(_TABLES)}, not {kind!r}") from None


def resolve(names: Mapping[str, object], kind: Optional[str] = None) -> Dict[str, str]:
    """For each column name given, the kernel's name: an alias becomes its path, any other name
    is kept as given (an unknown one is then the kernel's `unknown_field` error, naming it).
    Raises ValueError when one field is given twice, by its path and by its alias."""
    table = _table(kind)
    out: Dict[str, str] = {}
    seen: Dict[str, str] = {}
    for name in names:
        path = table.get(name, name)
        if path in seen:
            raise ValueError(f"column {path!r} is given twice: as {seen[path]!r} and as {name!r}")
        seen[path] = name
        out[name] = path
    return out
