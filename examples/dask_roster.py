"""Assess a roster too large for one process with Dask, and get the same records.

:func:`coding_certs.parallel.assess_csv` reads the roster and the CEU log in
partitions, shuffles both by holder (each holder lands in one partition with all
their CEUs), sends the rule book to each worker once, assesses each partition
with :func:`coding_certs.assess_roster`, and returns the records as one
``pandas.DataFrame``: the rows ``assess_roster(...).to_records()`` gives in one
process, in roster order. CEUs of holders missing from the roster are refused as
``assess_roster`` refuses them.

Install the extra (``pip install "coding-certs[dask]"``), then::

    python examples/dask_roster.py                   # the demo roster, 2 local worker processes
    python examples/dask_roster.py roster.csv ceus.csv 2026-03-01

On a cluster, connect a ``dask.distributed.Client`` to it instead of starting a
``LocalCluster``; nothing else changes.
"""

from __future__ import annotations

import sys
from importlib import resources

from distributed import Client, LocalCluster

import coding_certs as cc
from coding_certs import parallel


def main(argv: list[str]) -> None:
    """Assess the files on two local worker processes; check them against one process."""
    demo = resources.files("coding_certs") / "data" / "demo"
    holders, activities, as_of = (
        (argv[0], argv[1], argv[2])
        if argv
        else (str(demo / "roster.csv"), str(demo / "ceus.csv"), cc.DEMO_AS_OF.isoformat())
    )
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        records = parallel.assess_csv(holders, activities, as_of=as_of)
    single = cc.assess_roster(
        cc.read_holders(holders), cc.read_activities(activities), as_of=as_of
    ).to_records()
    if records.to_dict("records") != single:
        raise SystemExit("Dask and the single process disagree")
    for record in records.itertuples():
        print(f"{record.holder_id:<8} {record.body:<6} {record.standing}")


if __name__ == "__main__":
    main(sys.argv[1:])
