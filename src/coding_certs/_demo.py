"""A small, fictional roster and CEU log shipped with the package, for trying things out.

Twelve coders, each chosen to show one rule at work on :data:`DEMO_AS_OF`
(2026-01-15): a CPC alone, a CPC with a CCS, a CPC-H earned before the rename
to COC and a record listing both CPC-H and COC (they count once), a CCS passed
on 29 February, a CPMA with its auditing minimum, a newly certified CIC with a
pro-rated first cycle, and one coder at each standing from ``met`` to
``lapsed``. The files are ``coding_certs/data/demo/roster.csv`` and
``ceus.csv``, in the formats :func:`~coding_certs._io.read_holders` and
:func:`~coding_certs._io.read_activities` read. Names, dates and index numbers
are made up.

>>> import coding_certs as cc
>>> holders, activities = cc.load_demo()
>>> len(holders), holders[0].id
(12, 'E1001')
>>> report = cc.assess_roster(holders, activities, as_of=cc.DEMO_AS_OF)
>>> report.count_by_standing()[cc.Standing.LAPSED]
1
"""

from __future__ import annotations

import datetime as dt
from importlib import resources

from coding_certs._activities import CeuActivity, Holder

DEMO_AS_OF: dt.date = dt.date(2026, 1, 15)
"""The day the demo roster is meant to be assessed on: each standing shows then."""

_DEMO = ("coding_certs", "data", "demo")


def load_demo() -> tuple[tuple[Holder, ...], tuple[CeuActivity, ...]]:
    """The demo roster and its CEU log: ``(holders, activities)``.

    Assess them on :data:`DEMO_AS_OF` to see every standing; the command
    ``coding-certs demo`` does exactly that.
    """
    from coding_certs._io import read_activities, read_holders  # noqa: PLC0415 -- loads cattrs

    folder = resources.files(_DEMO[0]).joinpath(*_DEMO[1:])
    with (
        resources.as_file(folder / "roster.csv") as roster,
        resources.as_file(folder / "ceus.csv") as ceus,
    ):
        return read_holders(roster), read_activities(ceus)
