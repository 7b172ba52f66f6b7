"""The shapes of the decision JSON (`kernel/schema/decision.schema.json`) and of the other
dicts helserett returns, as TypedDicts for type checkers. At run time they are plain dicts."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, TypedDict, Union

#: A case: a dict shaped like `kernel/schema/case.schema.json`, or that JSON as str or bytes.
CaseInput = Union[Mapping[str, Any], str, bytes, bytearray]
#: A parameter table: entries shaped like `builtin_params()`'s; None is the built-in table.
ParamsInput = Optional[Union[Sequence[Mapping[str, Any]], Mapping[str, Any]]]
"""A parameter table: a list of entries, or the file's form `{"parameters": [...], "estimate":
{"uprate_bp_per_year": 10300}}` to have a year the table lacks estimated (issue 24)."""


class Reason(TypedDict):
    code: str
    rule: str


class ToSettle(TypedDict, total=False):
    """A fact the person could not answer (`fact`, `index` for per-date facts) and the body
    to turn to (`body`, or None)."""

    fact: str
    index: int
    body: Optional[str]


class Missing(TypedDict, total=False):
    """A missing fact (`fact`, `index` for per-date facts, `rule`) or a parameter with no
    value in force (`parameter`, `on`, `rule`)."""

    fact: str
    index: int
    rule: str
    parameter: str
    on: str


class PriorNotification(TypedDict):
    availability: str
    status: Optional[str]
    guaranteed_stages: Optional[List[str]]
    max_refund_ore: Optional[int]


class Refund(TypedDict):
    verdict: str
    expenses_ore: Optional[int]
    private_surcharges_ore: Optional[int]
    refundable_expenses_ore: Optional[int]
    estimated_norwegian_cost_ore: Optional[int]
    estimate_basis: Optional[str]
    drg_points_milli: Optional[int]
    drg_unit_price_ore: Optional[int]
    rate_date: Optional[str]
    rate_bp: Optional[int]
    rate_amount_ore: Optional[int]
    prior_notification_max_ore: Optional[int]
    refund_ore: Optional[int]
    estimated: bool
    refund_at_most_ore: Optional[int]
    limited_by: Optional[str]
    patient_share_ore: Optional[int]
    rounding: str


class UserFee(TypedDict):
    verdict: str
    consultations: Optional[int]
    amount_ore: Optional[int]
    estimated: bool
    counts_towards_exemption_card: bool
    paid_out_with_refund: Optional[bool]
    exemption_card_ceiling_ore: Optional[int]
    payout_ore: Optional[int]


class Travel(TypedDict):
    verdict: str
    basis: Optional[str]
    home: Optional[str]
    nearest_place: Optional[str]
    one_way_km: Optional[int]
    round_trips: Optional[int]
    rate_ore_per_km: Optional[int]
    per_round_trip_ore: Optional[int]
    user_fee_ore: Optional[int]
    amount_ore: Optional[int]
    estimated: bool


class Deadline(TypedDict):
    treatment_date: str
    runs_from: Optional[str]
    deadline: Optional[str]
    safe_deadline: str
    days_left: Optional[int]
    expired: Optional[bool]
    claim_in_time: Optional[bool]


class Processing(TypedDict):
    prior_notification_decision_by: Optional[str]
    refund_decision_by: Optional[str]


class DocumentItem(TypedDict):
    code: str
    rule: str
    requirement: str


class Documents(TypedDict):
    prior_notification: List[DocumentItem]
    refund_claim: List[DocumentItem]


class Risk(TypedDict):
    code: str
    rule: str
    until: Optional[str]


# "from" is a keyword, hence the functional form.
ParamEntry = TypedDict(
    "ParamEntry",
    {"id": str, "value": int, "from": Optional[str], "until": Optional[str], "source": str},
)


class Coverage(TypedDict):
    treatment: str
    travel: bool
    stay: bool
    pays_up_front: bool
    payer: str


class Application(TypedDict):
    applicant: str
    body: Optional[str]
    channel: str
    appeal: Optional[str]


class RouteOutcome(TypedDict):
    route: str
    verdict: str
    rank: Optional[int]
    reasons: List[Reason]
    coverage: Coverage
    apply: Application
    missing: List[str]


class NextQuestion(TypedDict):
    fact: str
    index: Optional[int]
    rule: str
    answer: str
    options: List[str]


class QuestionDict(NextQuestion):
    """`Question.to_dict()`: the decision's `next_question` with its texts."""

    text: Dict[str, str]


class DecisionDict(TypedDict):
    schema: str
    id: Optional[str]
    evaluation_date: str
    scheme: str
    verdict: str
    reasons: List[Reason]
    missing: List[Missing]
    to_settle: List[ToSettle]
    prior_notification: PriorNotification
    refund: Optional[Refund]
    user_fee: Optional[UserFee]
    travel: Optional[Travel]
    deadlines: List[Deadline]
    processing: Processing
    documents: Documents
    risks: List[Risk]
    parameters: List[ParamEntry]
    estimates: List[Dict[str, Any]]
    routes: List[RouteOutcome]
    recommended: Optional[str]
    next_question: Optional[NextQuestion]
    receipt: Dict[str, Any]


class ColumnNames(TypedDict):
    inputs: List[str]
    outputs: List[str]


class ColumnsOut(TypedDict, total=False):
    """`evaluate_columns` on a mapping: one list per output column, one value per row, `None`
    where a row has none (amounts in whole øre as `int`, dates as `YYYY-MM-DD`). Only the
    columns asked for with `outputs=` are there; the keys are `column_names()["outputs"]`
    (a decision path asked for, `refund.refund_ore`, is a key of its own, with the JSON's
    values)."""

    verdict: List[Optional[str]]
    recommended: List[Optional[str]]
    refund_ore: List[Optional[int]]
    patient_share_ore: List[Optional[int]]
    rate_bp: List[Optional[int]]
    deadline: List[Optional[str]]
    days_left: List[Optional[int]]
    next_question: List[Optional[str]]
    why: List[Optional[Tuple[str, ...]]]
    error_code: List[Optional[int]]
    error_kind: List[Optional[str]]
    error_path: List[Optional[str]]
    error: List[Optional[str]]


class CompareOut(TypedDict):
    """`compare` on a mapping or a list of cases: per case, under table a and table b."""

    verdict_a: List[Optional[str]]
    verdict_b: List[Optional[str]]
    refund_ore_a: List[Optional[int]]
    refund_ore_b: List[Optional[int]]
    delta_ore: List[Optional[int]]
    changed: List[bool]
    error_a: List[Optional[str]]
    error_b: List[Optional[str]]
