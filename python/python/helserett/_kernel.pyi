"""The compiled module: the helserett kernel through pyo3. Import from `helserett` instead."""

from typing import Any, ClassVar, Dict, Iterable, List, Literal, Mapping, Optional, Sequence, Tuple, Union, final

from helserett._types import (
    CaseInput,
    ColumnNames,
    Deadline,
    DecisionDict,
    Documents,
    Missing,
    ToSettle,
    ParamEntry,
    ParamsInput,
    PriorNotification,
    Processing,
    QuestionDict,
    Reason,
    Refund,
    Risk,
    RouteOutcome,
    Travel,
    UserFee,
)
from helserett.errors import HelserettError

_Verdict = Literal["eligible", "not_eligible", "undetermined"]
_Lang = Literal["nb", "en"]

__all__ = [
    "CASE_SCHEMA",
    "DECISION_SCHEMA",
    "Decision",
    "Question",
    "__version__",
    "answer",
    "text",
    "text_kinds",
    "format_kroner",
    "builtin_params",
    "check_params",
    "column_names",
    "evaluate",
    "evaluate_columns",
    "evaluate_many",
    "INBOUND_CASE_SCHEMA",
    "INBOUND_DECISION_SCHEMA",
    "InboundDecision",
    "evaluate_inbound",
    "evaluate_inbound_many",
    "inbound_column_names",
    "METHOD_CASE_SCHEMA",
    "METHOD_DECISION_SCHEMA",
    "MethodDecision",
    "evaluate_method",
    "evaluate_method_many",
    "read_params",
    "params_coverage",
]

__version__: str
CASE_SCHEMA: str
DECISION_SCHEMA: str
INBOUND_CASE_SCHEMA: str
INBOUND_DECISION_SCHEMA: str
METHOD_CASE_SCHEMA: str
METHOD_DECISION_SCHEMA: str

@final
class Decision:
    """The kernel's answer for one case: read-only."""

    @property
    def schema(self) -> str: ...
    @property
    def id(self) -> Optional[str]:
        """The case's `id`, echoed (None when the case had none)."""
    @property
    def evaluation_date(self) -> str: ...
    @property
    def scheme(self) -> str: ...
    @property
    def verdict(self) -> _Verdict: ...
    @property
    def recommended(self) -> Optional[str]: ...
    @property
    def refund_ore(self) -> Optional[int]: ...
    @property
    def reasons(self) -> List[Reason]: ...
    @property
    def missing(self) -> List[Missing]: ...
    @property
    def to_settle(self) -> List[ToSettle]:
        """What the person could not answer ("vet ikke"), for a caseworker to settle."""
    @property
    def prior_notification(self) -> PriorNotification: ...
    @property
    def refund(self) -> Optional[Refund]: ...
    @property
    def user_fee(self) -> Optional[UserFee]: ...
    @property
    def travel(self) -> Optional[Travel]: ...
    @property
    def deadlines(self) -> List[Deadline]: ...
    @property
    def processing(self) -> Processing: ...
    @property
    def documents(self) -> Documents: ...
    @property
    def risks(self) -> List[Risk]: ...
    @property
    def parameters(self) -> List[ParamEntry]: ...
    @property
    def estimates(self) -> List[Dict[str, Any]]: ...
    @property
    def routes(self) -> List[RouteOutcome]: ...
    @property
    def receipt(self) -> Dict[str, str]: ...
    def to_json(self) -> str:
        """The kernel's decision JSON, byte for byte as `helserett CASE.json` prints it."""
    def to_dict(self) -> DecisionDict:
        """The decision JSON as a new dict."""
    def explain(self, lang: _Lang = "nb") -> str:
        """The kernel's readable summary in bokmål or English."""
    def patient_view(self, lang: _Lang = "nb") -> str:
        """The answer as a patient reads it: no rule codes, dates and amounts written out."""
    def next_question(self) -> Optional[Question]:
        """The kiosk's next question, or None when the case is settled."""
    def _repr_html_(self) -> str:
        """For notebooks: the main fields and the kernel's summary as HTML (set by helserett)."""

@final
class Question:
    """One question to ask: the fact it settles, its answer kind and its text."""

    __hash__: ClassVar[None]  # type: ignore[assignment]
    @property
    def fact(self) -> str: ...
    @property
    def index(self) -> Optional[int]: ...
    @property
    def rule(self) -> str: ...
    @property
    def answer(self) -> str: ...
    @property
    def options(self) -> Tuple[str, ...]: ...
    def text(self, lang: _Lang = "nb") -> str: ...
    def option_labels(self, lang: _Lang = "nb") -> Tuple[str, ...]: ...
    def to_dict(self) -> QuestionDict: ...
    def __eq__(self, other: object, /) -> bool: ...

@final
class InboundDecision:
    """The kernel's answer for a patient living abroad on a temporary stay in a Norwegian
    hospital (seed 002): read-only."""

    @property
    def schema(self) -> str: ...
    @property
    def id(self) -> Optional[str]:
        """The case's `id`, echoed (None when the case had none)."""
    @property
    def evaluation_date(self) -> str: ...
    @property
    def scope(self) -> str: ...
    @property
    def covered(self) -> str: ...
    @property
    def payer(self) -> str: ...
    @property
    def user_fee(self) -> str: ...
    @property
    def invoice_category(self) -> Optional[str]: ...
    @property
    def ehic_state(self) -> str: ...
    @property
    def admission_copies(self) -> List[Dict[str, Optional[str]]]: ...
    @property
    def invoice_attachments(self) -> List[Dict[str, Optional[str]]]: ...
    @property
    def steps(self) -> List[Dict[str, Optional[str]]]: ...
    @property
    def reasons(self) -> List[Tuple[str, str]]: ...
    @property
    def missing(self) -> List[str]: ...
    def next_question(self) -> Optional[Question]: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def explain(self, lang: _Lang = "nb") -> str: ...

def evaluate_inbound(case: CaseInput, *, params: ParamsInput = None) -> InboundDecision:
    """Decides one inbound case (helserett.inbound_case/1). Raises InvalidCase naming the field."""

def evaluate_inbound_many(
    cases: Iterable[CaseInput], *, params: ParamsInput = None, threads: Optional[int] = None
) -> List[Union[InboundDecision, HelserettError]]:
    """Decides every inbound case, without the GIL; a failing row holds its exception."""

@final
class MethodDecision:
    """The kernel's answer for a method not approved in Norway (seed 004): read-only."""

    @property
    def schema(self) -> str: ...
    @property
    def id(self) -> Optional[str]:
        """The case's `id`, echoed (None when the case had none)."""
    @property
    def recommended(self) -> Optional[str]: ...
    @property
    def apply_first(self) -> Optional[str]: ...
    @property
    def not_used(self) -> bool: ...
    @property
    def routes(self) -> List[Dict[str, Any]]: ...
    @property
    def access_deadline(self) -> Optional[Dict[str, Any]]: ...
    def next_question(self) -> Optional[Question]: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def explain(self, lang: _Lang = "nb") -> str: ...

def evaluate_method(case: CaseInput, *, params: ParamsInput = None) -> MethodDecision:
    """Decides one method case (helserett.method_case/1); the meeting calendar goes in params."""

def evaluate_method_many(
    cases: Iterable[CaseInput], *, params: ParamsInput = None, threads: Optional[int] = None
) -> List[Union[MethodDecision, HelserettError]]:
    """Decides every method case, without the GIL; a failing row holds its exception."""

def inbound_column_names() -> List[str]:
    """The columns evaluate_inbound_columns reads: evaluation_date and every inbound fact path."""

def evaluate(case: CaseInput, *, params: ParamsInput = None) -> Decision:
    """Decides one case. Raises InvalidCase (naming the field), InvalidParams, UnsupportedValue."""

def answer(
    case: CaseInput, fact: str, text: str, *, index: Optional[int] = None
) -> Dict[str, Any]:
    """Records the typed answer `text` to `fact` (a fact path, as `Question.fact`; `index` for a
    per-date fact) with the kernel's answer parser, and returns the updated case as a dict.
    The parser reads text as a person types it: yes/no as `ja`/`nei`/`yes`/`no`, dates as
    `2024-03-04` or `4.3.2024`, countries by code or name (`DE`, `Tyskland`, `Germany`),
    counts with their unit (`84 km`), amounts in kroner (`1 234,50`, `kr 145 000`; the case
    holds øre). Raises InvalidCase naming the field, or IndexError for a treatment date the
    case lacks."""

def evaluate_many(
    cases: Iterable[CaseInput], *, params: ParamsInput = None, threads: Optional[int] = None
) -> List[Union[Decision, HelserettError]]:
    """Decides every case, without the GIL and on several threads; a row that fails holds its
    exception (with `.row`) instead of a Decision."""

def evaluate_columns(
    columns: Mapping[str, Any],
    *,
    params: ParamsInput = None,
    threads: Optional[int] = None,
    outputs: Optional[Sequence[str]] = None,
    encoded: bool = False,
) -> Dict[str, Any]:
    """Columns in (lists, tuples or encoded columns), columns out; see
    `helserett.evaluate_columns` for pandas and pyarrow."""

def column_names() -> ColumnNames:
    """The input columns `evaluate_columns` reads and the output columns it returns."""

def builtin_params() -> List[ParamEntry]:
    """The kernel's built-in parameter table, one dict per entry."""

def read_params(
    text: Union[str, bytes], *, mode: Literal["overlay", "replace"] = "overlay"
) -> Union[List[ParamEntry], Dict[str, Any]]:
    """Reads a parameter file (helserett.params/1) with the kernel, as params= takes it: the list
    of entries, or the file's form with its estimate when the file asks for one."""

def params_coverage(
    year_from: int, year_to: int, *, params: ParamsInput = None
) -> List[Dict[str, Any]]:
    """For every parameter and year: days in force of the year's days, flag, caller-supplied."""

def check_params(params: Sequence[Mapping[str, Any]]) -> None:
    """Raises InvalidParams naming the entry at fault, or returns."""

def text(kind: str, number: int, lang: _Lang = "nb") -> str:
    """The kernel's text of `kind` (one of `text_kinds()`) number `number`: the same
    catalogue C reads with `helserett_text`. Raises ValueError when there is no such text."""

def format_kroner(ore: int, lang: _Lang = "nb") -> str:
    """The kernel's formatter of amounts: `kr 145 000,00` (nb), `NOK 145 000.00` (en)."""

def text_kinds() -> List[str]:
    """The kinds of text in the catalogue (`reason`, `document`, `question`, `route`, …)."""
