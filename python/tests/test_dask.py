"""A population partitioned across the workers of a Dask cluster (helserett.dask): two worker
processes on this machine, each deciding its partitions with the installed wheel, give what
evaluate_columns gives for the whole frame."""

from __future__ import annotations

from typing import Any, Dict, Iterator, List

import pytest

pytest.importorskip("pandas", reason="pandas is not installed (pip install 'helserett[pandas]')")
dd = pytest.importorskip(
    "dask.dataframe", reason="dask[dataframe] is not installed (pip install 'helserett[dask]')"
)
distributed = pytest.importorskip(
    "distributed", reason="distributed is not installed (pip install 'helserett[dask]')"
)

import pandas as pd  # noqa: E402

import helserett  # noqa: E402
import helserett.dask  # noqa: E402
from population import synthetic_population  # noqa: E402


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    # Separate processes, as workers on other machines would be: each imports helserett itself.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as c:
        yield c


def frame(n: int, seed: int) -> Any:
    cols: Dict[str, List[Any]] = synthetic_population(n, seed=seed)
    cols["treatment.country"][7] = "XX"  # one row the kernel rejects, in one partition only
    # Typed columns, as a Parquet extract has them: Dask turns object columns into strings,
    # so flags with gaps must be pandas' nullable booleans, not objects.
    return pd.DataFrame(cols).convert_dtypes()


def test_partitions_on_two_workers_give_the_whole_frames_answer(client: Any) -> None:
    df = frame(6000, seed=11)
    ddf = dd.from_pandas(df, npartitions=4)
    lazy = helserett.dask.evaluate_partitions(ddf)
    assert list(lazy.columns) == helserett.column_names()["outputs"]
    got = lazy.compute()
    want = helserett.evaluate_columns(df)
    pd.testing.assert_frame_equal(got, want)
    assert got["error_path"].notna().sum() == 1 and want["verdict"].notna().sum() == len(df) - 1
    # The work was done in the two worker processes, not here.
    assert len(client.run(lambda: helserett.__version__)) == 2


def test_what_if_and_outputs_reach_the_workers(client: Any) -> None:
    df = frame(2000, seed=12).rename(columns={"treatment.dates[0].date": "treatment_dates_0_date"})
    eighty = helserett.what_if("P-EEA-RATE", 8000, since="2023-10-02")
    ddf = dd.from_pandas(df, npartitions=3)
    got = helserett.dask.evaluate_partitions(ddf, params=eighty, outputs=["rate_bp", "refund_ore"]).compute()
    want = helserett.evaluate_columns(df, params=eighty, outputs=["rate_bp", "refund_ore"])
    pd.testing.assert_frame_equal(got, want)
    assert set(got["rate_bp"].dropna()) == {8000}
