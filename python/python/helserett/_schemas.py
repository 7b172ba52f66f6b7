"""GENERATED from the kernel's case kinds by `kernel/tests/generated.rs` (run
`HELSERETT_REGEN=1 cargo test -p helserett --test generated`): do not edit.

The kinds of case, and each kind's case and decision schema names."""

from typing import List

#: Every kind of case the kernel decides, by the name `evaluate_columns(kind=...)` takes.
CASE_KINDS: List[str] = ["outbound", "inbound", "method"]
#: The kind of a case without a `schema`.
DEFAULT_KIND: str = "outbound"
#: The outbound case's schema.
CASE_SCHEMA: str = "helserett.case/2"
#: The outbound decision's schema.
DECISION_SCHEMA: str = "helserett.decision/8"
#: The inbound case's schema.
INBOUND_CASE_SCHEMA: str = "helserett.inbound_case/1"
#: The inbound decision's schema.
INBOUND_DECISION_SCHEMA: str = "helserett.inbound_decision/5"
#: The method case's schema.
METHOD_CASE_SCHEMA: str = "helserett.method_case/1"
#: The method decision's schema.
METHOD_DECISION_SCHEMA: str = "helserett.method_decision/5"

__all__ = [
    "CASE_KINDS",
    "DEFAULT_KIND",
    "CASE_SCHEMA",
    "DECISION_SCHEMA",
    "INBOUND_CASE_SCHEMA",
    "INBOUND_DECISION_SCHEMA",
    "METHOD_CASE_SCHEMA",
    "METHOD_DECISION_SCHEMA",
]
