"""Populations as columns: plain sequences, and pandas or pyarrow when installed.

The kernel side (`_kernel.evaluate_columns`) reads lists and tuples value by value, and
"encoded" columns: raw bytes plus a validity mask, or codes into a list of distinct values.
This module turns numpy, pandas and pyarrow columns into the encoded form (one buffer per
column instead of a Python object per value) and turns the encoded results back into
pandas or pyarrow columns. It never judges a value: whatever it cannot encode goes to the
kernel as a plain list and is checked there, so errors read the same on every path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union, cast, overload

from helserett import _kernel
from helserett._aliases import resolve
from helserett._types import ColumnsOut, ParamsInput

if TYPE_CHECKING:  # pandas and pyarrow are optional extras: only named for type checkers
    import pandas as _pd
    import pyarrow as _pa

Encoded = Dict[str, Any]
Column = Union[List[Any], tuple, Encoded]  # type: ignore[type-arg]


def _module_of(obj: object) -> str:
    return type(obj).__module__.split(".", 1)[0]


def is_dataframe(obj: object) -> bool:
    return _module_of(obj) == "pandas" and type(obj).__name__ == "DataFrame"


def is_arrow_table(obj: object) -> bool:
    return _module_of(obj) == "pyarrow" and type(obj).__name__ == "Table"


def kernel_columns(columns: Any, kind: Optional[str] = None) -> Tuple[str, Dict[str, Column]]:
    """What the population is (`"pandas"`, `"arrow"` or `"mapping"`) and its columns as the
    kernel reads them, under the kernel's names for a `kind` case (an alias becomes its JSON
    path)."""
    if is_dataframe(columns):
        names = resolve({_name(k): None for k in columns.columns}, kind)
        return "pandas", {names[k]: from_pandas(columns[k]) for k in columns.columns}
    if is_arrow_table(columns):
        names = resolve({_name(k): None for k in columns.column_names}, kind)
        return "arrow", {names[k]: from_arrow(columns.column(k)) for k in columns.column_names}
    if not isinstance(columns, Mapping):
        raise TypeError(
            "columns are a mapping of field path to values, a pandas DataFrame or a pyarrow "
            f"Table, not {type(columns).__name__}"
        )
    names = resolve({_name(k): None for k in columns}, kind)
    return "mapping", {names[k]: column(v) for k, v in columns.items()}


@overload
def evaluate_columns(
    columns: Mapping[str, Any],
    *,
    kind: Optional[str] = None,
    params: ParamsInput = None,
    threads: Optional[int] = None,
    outputs: Optional[Sequence[str]] = None,
) -> ColumnsOut: ...
@overload
def evaluate_columns(
    columns: _pd.DataFrame,
    *,
    kind: Optional[str] = None,
    params: ParamsInput = None,
    threads: Optional[int] = None,
    outputs: Optional[Sequence[str]] = None,
) -> _pd.DataFrame: ...
@overload
def evaluate_columns(
    columns: _pa.Table,
    *,
    kind: Optional[str] = None,
    params: ParamsInput = None,
    threads: Optional[int] = None,
    outputs: Optional[Sequence[str]] = None,
) -> _pa.Table: ...
def evaluate_columns(
    columns: Any,
    *,
    kind: Optional[str] = None,
    params: ParamsInput = None,
    threads: Optional[int] = None,
    outputs: Optional[Sequence[str]] = None,
) -> Any:
    """Decides a population given as columns and returns a few scalar columns.

    `columns` is a mapping from a case field's JSON path (`evaluation_date`,
    `treatment.country`, `costs.expenses_ore`, `treatment.dates[0].date` ...; see
    `column_names()["inputs"]`) or its alias (`treatment_dates_0_date`, see
    `column_aliases()`) to one value per row (`None` for an unknown fact), or a pandas
    DataFrame or pyarrow Table with such columns. A text field (`travel.home`) takes a `str`
    per row, `prior_notification.stages_granted` a list of stage names per row (an object
    column of lists in pandas, a list<string> column in pyarrow). Each row becomes the kernel's
    typed case and is decided without the GIL, on several threads (`threads`, default one per
    core).

    Returns `column_names()["outputs"]` (or the `outputs` asked for): `verdict`,
    `recommended`, `refund_ore`, `patient_share_ore`, `rate_bp`, `deadline` (the first
    treatment date's claim deadline), `days_left`, `next_question` (the fact to ask next),
    `why` (a tuple of the codes of the reasons that decided the verdict: for a refusal, what
    refused it),
    and for a row the kernel rejected, `error_code`, `error_kind`, `error_path` (the JSON path,
    also for a column given by its alias), `error` (the other columns are then `None`). A dict
    of lists for a mapping (amounts as `int` øre, dates as `YYYY-MM-DD`), a DataFrame (same
    index; names as `category`, amounts as nullable `Int64`, dates as `datetime64`) for a
    DataFrame, a Table for a Table.

    Any value of the decision is a column too, by its path in the decision JSON: `reasons`,
    `missing`, `to_settle`, `refund.refund_ore`, `deadlines[0].days_left`,
    `routes[waiting_time_breach].verdict` (a list's element by its name), `receipt.params_sha256`.
    The kernel checks each path against the decision's schema before any row is decided, and
    names the field meant (`refund.refund_or` → `refund.refund_ore`). Its values are what the
    decision JSON holds (`None` where it is null or absent; lists and dicts as Python's); in a
    DataFrame an object column.

    >>> why = helserett.evaluate_columns({
    ...     "evaluation_date": ["2024-04-15"],
    ...     "treatment.country": ["CH"],
    ... }, outputs=["verdict", "why", "routes[ehic].verdict"])
    >>> why
    {'verdict': ['not_eligible'], 'why': [('EEA_SWITZERLAND_EHIC',)], 'routes[ehic].verdict': ['undetermined']}

    >>> out = helserett.evaluate_columns({
    ...     "evaluation_date": ["2024-04-15", "2024-04-15"],
    ...     "treatment.country": ["DE", "XX"],
    ...     "treatment_dates_0_date": ["2024-03-04", "2024-03-04"],
    ... }, outputs=["verdict", "rate_bp", "error_path"])
    >>> out
    {'verdict': ['undetermined', None], 'rate_bp': [10000, None], 'error_path': [None, 'treatment.country']}

    Another kind of case (`kind`, one of `CASE_KINDS`; None is the kind of a case without a
    `schema`, treatment abroad) takes that kind's fields and returns its outputs
    (`column_names(kind)`), here a stay in a Norwegian hospital:

    >>> helserett.evaluate_columns({"evaluation_date": ["2024-07-03"],
    ...     "patient.residence_country": ["DE"]}, kind="inbound", outputs=["covered", "next_question"])
    {'covered': ['undetermined'], 'next_question': ['patient.category']}
    """
    form, cols = kernel_columns(columns, kind)
    if form == "mapping":
        return cast(
            ColumnsOut,
            _kernel.evaluate_columns(cols, kind=kind, params=params, threads=threads, outputs=outputs),
        )
    out = _kernel.evaluate_columns(
        cols, kind=kind, params=params, threads=threads, outputs=outputs, encoded=True
    )
    if form == "pandas":
        return to_pandas(out, index=columns.index)
    return to_arrow(out)


def _name(key: object) -> str:
    if not isinstance(key, str):
        raise TypeError(f"column names are field paths (str), not {key!r}")
    return key


def column(values: Any) -> Column:
    """One column for the kernel: lists and tuples as they are, numpy, pandas and pyarrow
    columns encoded, any other iterable as a list."""
    if isinstance(values, (list, tuple)):
        return values
    if isinstance(values, (str, bytes, Mapping)):
        raise TypeError(f"a column is a sequence of values, not {type(values).__name__}")
    module = _module_of(values)
    if module == "pandas" and type(values).__name__ == "Series":
        return from_pandas(values)
    if module == "pyarrow":
        return from_arrow(values)
    if module == "numpy" and type(values).__name__ == "ndarray":
        try:
            import pandas as pd  # encodes numpy arrays through its dtype handling
        except ImportError:
            as_list: List[Any] = values.tolist()
            return as_list
        return from_pandas(pd.Series(values))
    return list(values)


def from_pandas(s: Any) -> Column:
    """A pandas Series, encoded by its dtype; any other dtype as a list (missing as None)."""
    import numpy as np
    import pandas as pd
    from pandas.api import types as t

    if t.is_object_dtype(s.dtype) and pd.api.types.infer_dtype(s, skipna=True) == "boolean":
        # Flags with gaps (True/False/None) are object columns in pandas. Every known value
        # is a bool (checked just above), so comparing with True and False is exact.
        x = s.to_numpy()
        true, false = x == True, x == False  # noqa: E712
        known = true | false
        flags = {"kind": "bool", "data": true.astype(np.uint8).tobytes()}
        return {**flags, "valid": None if known.all() else known.astype(np.uint8).tobytes()}
    valid = s.notna().to_numpy()
    # No mask when every value is known: one pass less here and per row in the kernel.
    mask = None if valid.all() else valid.astype(np.uint8).tobytes()
    dtype = s.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        codes = s.cat.codes.to_numpy().astype(np.int32)
        return {"kind": "codes", "data": codes.tobytes(), "categories": dtype.categories.tolist()}
    if t.is_bool_dtype(dtype):
        data = s.to_numpy(dtype=np.uint8, na_value=0)
        return {"kind": "bool", "data": data.tobytes(), "valid": mask}
    if t.is_integer_dtype(dtype) and not (dtype == np.uint64 and (s > np.iinfo(np.int64).max).any()):
        data = s.to_numpy(dtype=np.int64, na_value=0)
        return {"kind": "i64", "data": data.tobytes(), "valid": mask}
    if t.is_float_dtype(dtype):
        # pandas keeps whole numbers with gaps as floats (NaN for missing): read them as the
        # whole numbers they are. Any fraction goes to the kernel as it is, and is rejected.
        x = s.to_numpy(dtype=np.float64, na_value=np.nan)
        known = x[valid]
        if np.all(np.isfinite(known)) and np.all(known == np.floor(known)) and np.all(np.abs(known) < 2.0**53):
            data = np.where(valid, x, 0).astype(np.int64)
            return {"kind": "i64", "data": data.tobytes(), "valid": mask}
    if t.is_datetime64_dtype(dtype):
        # pandas has no date type: a date is a timestamp at midnight. Whole days are read as
        # dates; a time of day goes to the kernel as the timestamp it is, which it rejects.
        whole = (s == s.dt.normalize()).to_numpy() & valid
        if bool(np.all(whole == valid)):
            days = s.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]").astype(np.int64)
            days = np.where(valid, days, 0)
            return {"kind": "days", "data": days.tobytes(), "valid": mask}
        objects = s.astype(object).where(valid, None)
        objects[whole] = s[whole].dt.date
        s = objects
    if isinstance(dtype, pd.StringDtype) and getattr(dtype, "storage", "") in ("pyarrow", "pyarrow_numpy"):
        # Arrow-backed strings (pandas' default "str"): the kernel reads the text buffers.
        utf8 = _arrow_text(s.array)
        if utf8 is not None:
            return utf8
    if (t.is_object_dtype(s.dtype) or t.is_string_dtype(s.dtype)) and not _holds_sequences(s):
        codes, uniques = pd.factorize(s, use_na_sentinel=True)
        categories = uniques.tolist() if hasattr(uniques, "tolist") else list(uniques)
        return {"kind": "codes", "data": codes.astype(np.int32).tobytes(), "categories": categories}
    values: List[Any] = s.astype(object).where(valid, None).tolist()
    return values


def _holds_sequences(s: Any) -> bool:
    """Whether an object column holds lists or tuples (the stages granted, one list per row):
    those cannot be factorized, and go to the kernel value by value."""
    return any(isinstance(v, (list, tuple)) for v in s.array)


def from_arrow(col: Any) -> Column:
    """A pyarrow Array or ChunkedArray, encoded by its type; any other type as a list."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        import numpy as np
    except ImportError:  # pyarrow without numpy: value by value
        values: List[Any] = col.to_pylist()
        return values
    typ = col.type
    mask = pc.is_valid(col).to_numpy(zero_copy_only=False).astype(np.uint8).tobytes()
    if pa.types.is_boolean(typ):
        data = pc.fill_null(col, False).to_numpy(zero_copy_only=False).astype(np.uint8)
        return {"kind": "bool", "data": data.tobytes(), "valid": mask}
    if pa.types.is_integer(typ):
        try:
            ints = pc.cast(pc.fill_null(col, 0), pa.int64())
        except pa.ArrowInvalid:  # uint64 beyond int64: let the kernel reject each value
            values = col.to_pylist()
            return values
        data = ints.to_numpy(zero_copy_only=False)
        return {"kind": "i64", "data": data.astype(np.int64).tobytes(), "valid": mask}
    if pa.types.is_date32(typ):
        days = pc.fill_null(pc.cast(col, pa.int32()), 0).to_numpy(zero_copy_only=False)
        return {"kind": "days", "data": days.astype(np.int64).tobytes(), "valid": mask}
    if pa.types.is_string(typ) or pa.types.is_large_string(typ):
        utf8 = _arrow_text(col)
        if utf8 is not None:
            return utf8
    if pa.types.is_string(typ) or pa.types.is_large_string(typ) or pa.types.is_dictionary(typ):
        if pa.types.is_dictionary(typ):
            col = pc.cast(col, typ.value_type)
        encoded = pc.dictionary_encode(col)
        if isinstance(encoded, pa.ChunkedArray):
            encoded = encoded.unify_dictionaries().combine_chunks() if encoded.num_chunks else pa.array([], typ).dictionary_encode()
        codes = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False).astype(np.int32)
        return {"kind": "codes", "data": codes.tobytes(), "categories": encoded.dictionary.to_pylist()}
    values = col.to_pylist()
    return values


def _arrow_text(values: Any) -> Optional[Encoded]:
    """Arrow strings as they lie in memory (offsets and UTF-8 bytes): the kernel parses each row
    in its worker threads, with no Python string per value. None when not possible."""
    try:
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError:
        return None
    arr = pa.array(values) if not isinstance(values, (pa.Array, pa.ChunkedArray)) else values
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks else pa.array([], pa.string())
    try:
        arr = arr.cast(pa.string())  # 32-bit offsets
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    _, offsets, data = arr.buffers()
    n = len(arr)
    ends = np.frombuffer(offsets, dtype=np.int32)[arr.offset : arr.offset + n + 1] if offsets else np.zeros(n + 1, np.int32)
    valid = None if arr.null_count == 0 else pc.is_valid(arr).to_numpy(zero_copy_only=False).astype(np.uint8).tobytes()
    return {
        "kind": "utf8",
        "offsets": np.ascontiguousarray(ends).tobytes(),
        "data": data.to_pybytes() if data is not None else b"",
        "valid": valid,
    }


def _decoded(enc: Encoded) -> Any:
    """An encoded result column as (numpy values, validity) or (codes, categories)."""
    import numpy as np

    kind = enc["kind"]
    if kind == "codes":
        return np.frombuffer(enc["data"], dtype=np.int32), list(enc["categories"])
    valid = np.frombuffer(enc["valid"], dtype=np.uint8).astype(bool)
    if kind == "bool":
        return np.frombuffer(enc["data"], dtype=np.uint8).astype(bool), valid
    return np.frombuffer(enc["data"], dtype=np.int64), valid


def to_pandas(out: Mapping[str, Encoded], index: Any = None) -> Any:
    import numpy as np
    import pandas as pd

    frame: Dict[str, Any] = {}
    for name, enc in out.items():
        kind = enc["kind"]
        if kind == "objects":
            # `why` and decision paths: lists, dicts or mixed values, one Python object a row.
            frame[name] = pd.Series(enc["data"], index=index, dtype=object)
        elif kind == "codes":
            codes, categories = _decoded(enc)
            # The categories' dtype is the one pandas gives text (str in pandas 3) also when
            # there are none: a part of a population with no errors and one with some must
            # have the same dtype, or pandas refuses to unite them (Dask, union_categoricals).
            labels = pd.Index(categories, dtype=pd.Index([""]).dtype)
            frame[name] = pd.Series(pd.Categorical.from_codes(codes, categories=labels), index=index)
        elif kind == "i64":
            values, valid = _decoded(enc)
            frame[name] = pd.Series(pd.arrays.IntegerArray(values.copy(), ~valid), index=index)
        elif kind == "bool":
            values, valid = _decoded(enc)
            frame[name] = pd.Series(pd.arrays.BooleanArray(values.copy(), ~valid), index=index)
        else:  # days
            values, valid = _decoded(enc)
            days = values.astype("datetime64[D]")
            days[~valid] = np.datetime64("NaT")
            frame[name] = pd.Series(days.astype("datetime64[s]"), index=index)
    return pd.DataFrame(frame, index=index)


def to_arrow(out: Mapping[str, Encoded]) -> Any:
    import numpy as np
    import pyarrow as pa

    arrays: Dict[str, Any] = {}
    for name, enc in out.items():
        kind = enc["kind"]
        if kind == "objects":
            # Arrow infers the type: list<string> for `why`, int64 or string for a scalar
            # path, a struct for an object.
            arrays[name] = pa.array(enc["data"])
        elif kind == "codes":
            codes, categories = _decoded(enc)
            indices = pa.array(codes, mask=codes < 0)
            arrays[name] = pa.DictionaryArray.from_arrays(indices, pa.array(categories, type=pa.string()))
        elif kind in ("i64", "bool"):
            values, valid = _decoded(enc)
            arrays[name] = pa.array(values, mask=~valid)
        else:  # days
            values, valid = _decoded(enc)
            arrays[name] = pa.array(values.astype(np.int32), mask=~valid).cast(pa.date32())
    return pa.table(arrays)
