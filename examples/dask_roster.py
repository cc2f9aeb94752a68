"""Assess a roster too large for one process with Dask, and get the same records.

Every value object of ``coding_certs`` pickles, so a roster can be cut into
partitions and each partition assessed by its own worker. The log is grouped by
holder first, so each holder travels with their own activities; each partition
is assessed with :func:`coding_certs.assess_roster`, and the partitions' records
come back in roster order: the same list ``assess_roster(...).to_records()``
gives in one process.

Install the extra (``pip install "coding-certs[dask]"``), then::

    python examples/dask_roster.py            # the demo roster, 4 partitions, local processes

On a cluster, pass ``scheduler=None`` to use the ``dask.distributed`` client
you have set up; nothing else changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import dask.bag as db

import coding_certs as cc

Record = dict[str, object]


def _assess_partition(
    pairs: Iterable[tuple[cc.Holder, tuple[cc.CeuActivity, ...]]], as_of: dt.date
) -> list[Record]:
    """One partition's records: its holders, each with their own log."""
    holders: list[cc.Holder] = []
    activities: list[cc.CeuActivity] = []
    for holder, log in pairs:
        holders.append(holder)
        activities.extend(log)
    return cc.assess_roster(holders, activities, as_of=as_of).to_records()


def assess_with_dask(
    holders: Sequence[cc.Holder],
    activities: Iterable[cc.CeuActivity],
    *,
    as_of: dt.date,
    partitions: int = 4,
    scheduler: str | None = "processes",
) -> list[Record]:
    """The records of ``assess_roster(holders, activities, as_of=as_of)``, computed by Dask.

    Args:
        holders: the roster.
        activities: the CEU log; each activity names its holder (``holder_id``).
        as_of: the day of the assessment.
        partitions: how many pieces the roster is cut into.
        scheduler: a Dask scheduler: ``"processes"``, ``"threads"``,
            ``"synchronous"``, or ``None`` for the default (a distributed
            client, when one is running).
    """
    by_holder: dict[str | None, list[cc.CeuActivity]] = {}
    for activity in activities:
        by_holder.setdefault(activity.holder_id, []).append(activity)
    pairs = [(holder, tuple(by_holder.get(holder.id, ()))) for holder in holders]
    bag = db.from_sequence(pairs, npartitions=max(1, min(partitions, len(pairs))))
    records: list[Record] = bag.map_partitions(_assess_partition, as_of).compute(
        scheduler=scheduler
    )
    return records


def main() -> None:
    """Assess the demo roster with Dask and check it against the single-process report."""
    holders, activities = cc.load_demo()
    records = assess_with_dask(holders, activities, as_of=cc.DEMO_AS_OF)
    single = cc.assess_roster(holders, activities, as_of=cc.DEMO_AS_OF).to_records()
    if records != single:
        raise SystemExit("Dask and the single process disagree")
    for record in records:
        print(f"{record['holder_id']:<8} {record['body']:<6} {record['standing']}")


if __name__ == "__main__":
    main()
