"""The compiled module: the helserett kernel through pyo3. Import from `helserett` instead."""

from typing import Any, ClassVar, Dict, Iterable, List, Literal, Mapping, Optional, Sequence, Tuple, Union, final

from helserett._types import (
    CaseInput,
    ColumnNames,
    ParamEntry,
    ParamsInput,
    QuestionDict,
)
from helserett.errors import HelserettError

_Lang = Literal["nb", "en"]

__all__ = [
    "_restore",
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
    "read_params",
    "params_coverage",
]

__version__: str

@final
class Decision:
    """The kernel's answer for one case of any kind: read-only, picklable. Its attributes are
    its kind's outputs (`column_names(kind)["outputs"]`: `verdict`, `refund_ore`, `payer` …)
    and its decision JSON's fields (`refund`, `reasons`, `admission_copies` …); the TypedDicts
    of `helserett._types` describe the outbound decision's."""

    @property
    def kind(self) -> str:
        """The kind of case decided (one of `CASE_KINDS`)."""
    @property
    def schema(self) -> str: ...
    @property
    def id(self) -> Optional[str]:
        """The case's `id`, echoed (None when the case had none)."""
    @property
    def evaluation_date(self) -> str: ...
    @property
    def parameters(self) -> List[ParamEntry]: ...
    @property
    def why(self) -> Tuple[str, ...]:
        """The codes of the reasons that decided the headline (the `why` column)."""
    def __getattr__(self, name: str) -> Any:
        """An output of this kind or a field of its decision JSON; AttributeError otherwise."""
    def outputs(self) -> Dict[str, Any]:
        """This kind's outputs as a new dict of name to value."""
    def to_json(self) -> str:
        """The kernel's decision JSON, byte for byte as `helserett CASE.json` prints it."""
    def to_dict(self) -> Dict[str, Any]:
        """The decision JSON as a new dict."""
    def explain(self, lang: _Lang = "nb") -> str:
        """The kernel's readable summary in bokmål or English."""
    def view(self, lang: _Lang = "nb") -> str:
        """What the person in front of the screen reads: no rule codes, dates and amounts
        written out (treatment abroad); the desk's or the clinician's summary (the others)."""
    def patient_view(self, lang: _Lang = "nb") -> str:
        """`view(lang)`."""
    def next_question(self) -> Optional[Question]:
        """The next question, or None when the case is settled."""
    def __reduce__(self) -> Tuple[Any, Tuple[str, Any]]: ...
    def __copy__(self) -> "Decision": ...
    def __deepcopy__(self, memo: Any, /) -> "Decision": ...
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

def _restore(case_json: Union[str, bytes], params: ParamsInput = None) -> Decision:
    """A pickled Decision made again from its case and table."""

def evaluate(case: CaseInput, *, params: ParamsInput = None) -> Decision:
    """Decides one case of any kind (its `schema`). Raises InvalidCase (naming the field),
    InvalidParams, UnsupportedValue."""

def answer(
    case: CaseInput,
    fact: str,
    text: str,
    *,
    index: Optional[int] = None,
    params: ParamsInput = None,
) -> Dict[str, Any]:
    """Records the typed answer `text` to `fact` (a fact path, as `Question.fact`; `index` for a
    per-date fact) with the kernel's answer parser, and returns the updated case as a dict.
    The parser reads text as a person types it: yes/no as `ja`/`nei`/`yes`/`no`, dates as
    `2024-03-04` or `4.3.2024`, countries by code or name (`DE`, `Tyskland`, `Germany`),
    counts with their unit (`84 km`), amounts in kroner (`1 234,50`, `kr 145 000`; the case
    holds øre). Any kind of case; the answered case must be one the kernel decides with
    `params`. Raises InvalidCase naming the field, or IndexError for a treatment date the case
    lacks."""

def evaluate_many(
    cases: Iterable[CaseInput], *, params: ParamsInput = None, threads: Optional[int] = None
) -> List[Union[Decision, HelserettError]]:
    """Decides every case, without the GIL and on several threads; a row that fails holds its
    exception (with `.row`) instead of a Decision."""

def evaluate_columns(
    columns: Mapping[str, Any],
    *,
    kind: Optional[str] = None,
    params: ParamsInput = None,
    threads: Optional[int] = None,
    outputs: Optional[Sequence[str]] = None,
    encoded: bool = False,
) -> Dict[str, Any]:
    """Columns in (lists, tuples or encoded columns), columns out (the named ones, `why`, or
    any decision path); see `helserett.evaluate_columns` for pandas and pyarrow."""

def column_names(kind: Optional[str] = None) -> ColumnNames:
    """The input columns `evaluate_columns` reads for a `kind` case (None: the kind of a case
    without a `schema`) and the output columns it returns."""

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
