"""The exceptions of helserett: one class per kind of failure, each a `HelserettError`.

The kernel's error codes are stable (see the README's table); `code`, `kind` and `path` carry
them, and the message is the kernel's own text, as the command-line program prints it.
"""

from __future__ import annotations

from typing import Any, Optional, Tuple


class HelserettError(Exception):
    """Base class of every error helserett raises (or returns for a row of a batch)."""

    #: The kernel's stable error code (100..199 the case, 300 the table, 400 overflow,
    #: 900 internal), or None for a Python value the kernel never saw.
    code: Optional[int]
    #: The kernel's name of the error kind (`unknown_field`, `invalid_date` ...).
    kind: str
    #: The field at fault, as in JSON: `treatment.dates[1].date`; `$` for the whole input.
    path: str
    #: In a batch, the position of the row; None for a single call.
    row: Optional[int]

    def __init__(
        self,
        message: str,
        *,
        code: Optional[int] = None,
        kind: str = "",
        path: str = "$",
        row: Optional[int] = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.kind = kind
        self.path = path
        self.row = row

    @property
    def message(self) -> str:
        """The kernel's message, `path: what`."""
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> Tuple[Any, ...]:
        # Keeps the attributes through pickle (multiprocessing), which calls __init__ with
        # the positional args only.
        return (_rebuild, (type(self), self.message, self.__dict__))


def _rebuild(cls: type, message: str, state: dict) -> HelserettError:  # type: ignore[type-arg]
    err: HelserettError = cls(message)
    err.__dict__.update(state)
    return err


class InvalidCase(HelserettError, ValueError):
    """The kernel rejected the case: malformed JSON, an unknown or missing field, a wrong
    type, an impossible date, a negative amount, an unknown country code ... (codes 1xx)."""


class InvalidParams(HelserettError, ValueError):
    """A what-if parameter table was rejected (code 300); `index` is the entry at fault."""

    #: The position of the entry at fault in the table, when one is.
    index: Optional[int]

    def __init__(self, message: str, *, index: Optional[int] = None, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.index = index


class UnsupportedValue(HelserettError, TypeError):
    """A Python value with no JSON form inside a case (a set, a Decimal ...), or a case that
    is not a dict, str or bytes. `path` names where; `code` is None."""


class ArithmeticOverflow(HelserettError, OverflowError):
    """A computation left the representable range: only with an extreme what-if table (400)."""


class InternalError(HelserettError, RuntimeError):
    """A capacity of the kernel was exceeded, or this binding broke a promise (900): a bug,
    reported instead of a crash."""


__all__ = [
    "HelserettError",
    "InvalidCase",
    "InvalidParams",
    "UnsupportedValue",
    "ArithmeticOverflow",
    "InternalError",
]
