"""A population too big for one machine: evaluate a Dask DataFrame partition by partition.

Each partition is a pandas DataFrame, decided on the worker that holds it by
`helserett.evaluate_columns`, the same call as on one machine: the workers need only the
helserett wheel installed (the same abi3 wheel; nothing to build on them). The result is a
lazy Dask DataFrame with the output columns, partitioned and indexed as the input.

    import dask.dataframe as dd, distributed, helserett.dask
    client = distributed.Client("tcp://scheduler:8786")      # an existing cluster
    ddf = dd.read_parquet("cases/*.parquet")                  # columns: the case fields
    out = helserett.dask.evaluate_partitions(ddf).compute()

Needs the `dask` extra (`pip install "helserett[dask]"`: dask[dataframe] and distributed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional, Sequence

from helserett._columns import evaluate_columns
from helserett._types import ParamsInput

if TYPE_CHECKING:
    import dask.dataframe as dd


def evaluate_partitions(
    ddf: dd.DataFrame,
    *,
    params: ParamsInput = None,
    threads: Optional[int] = None,
    outputs: Optional[Sequence[str]] = None,
) -> dd.DataFrame:
    """`evaluate_columns` on every partition of `ddf`, lazily; `.compute()` for the frame.

    The arguments are `evaluate_columns`'s, applied to each partition; `threads` are the
    kernel's threads per partition (default one per core of the worker's machine: pass 1 when
    the workers run several Dask threads each, so that they do not compete for the cores).
    The output's dtypes are those `evaluate_columns` gives a pandas frame; Dask learns them
    from the kernel by deciding an empty frame shaped like `ddf`, not from a list here.
    """
    import pandas as pd
    from dask.dataframe.utils import clear_known_categories

    meta = evaluate_columns(ddf._meta, params=params, threads=1, outputs=outputs)
    # A name column (`verdict` ...) has the kernel's categories even with no rows; a text
    # column (`error` ...) has those of its rows, none here: Dask must not take that for
    # every partition's.
    by_rows = [
        name for name in meta.columns
        if isinstance(meta[name].dtype, pd.CategoricalDtype) and len(meta[name].cat.categories) == 0
    ]
    meta = clear_known_categories(meta, cols=by_rows)
    out: dd.DataFrame = ddf.map_partitions(
        _partition, params=params, threads=threads, outputs=outputs, meta=meta, align_dataframes=False
    )
    return out


def _partition(
    part: Any, *, params: ParamsInput, threads: Optional[int], outputs: Optional[Sequence[str]]
) -> Any:
    # A module-level function, so that the workers unpickle it by name from the installed
    # package instead of receiving its code.
    return evaluate_columns(part, params=params, threads=threads, outputs=outputs)


__all__ = ["evaluate_partitions"]
