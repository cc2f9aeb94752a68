"""Hypothesis strategies for the compliance engine: schedules, holders, CEU logs.

Valid objects are built through the public constructors, so a strategy never
produces something the library would refuse. Scenarios keep their dates in the
years the shipped rule book covers (2008 onward), so every assessment has a
rule in force.
"""

from __future__ import annotations

import calendar
import datetime as dt
import decimal
from typing import NamedTuple

from hypothesis import strategies as st

import coding_certs as cc

# --- Days and schedules ---------------------------------------------------------------

#: 29 February of a leap year: the anchors that roll to 28 February in common years.
leap_days = (
    st.integers(min_value=1900, max_value=2199)
    .filter(calendar.isleap)
    .map(lambda year: dt.date(year, 2, 29))
)

#: Any anchor a schedule might have, with leap days drawn often.
anchors = st.one_of(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31)),
    leap_days,
)

#: Days to place inside a schedule (a few centuries around the anchors).
days = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2150, 12, 31))

#: Cycle lengths in months: the bodies' 24 most often, any length now and then.
cycle_months = st.one_of(st.just(24), st.integers(min_value=1, max_value=48))

schedules = st.builds(
    cc.CycleSchedule,
    anchor=anchors,
    anchored=st.sampled_from(cc.Anchor),
    months=cycle_months,
)

#: Two-year schedules, anchored either way, as the bodies use them.
two_year_schedules = st.builds(
    cc.CycleSchedule, anchor=anchors, anchored=st.sampled_from(cc.Anchor)
)


# --- Activities -----------------------------------------------------------------------

#: CEU units from 0.01 to 10.00, exact.
units = st.integers(min_value=1, max_value=1000).map(lambda cents: decimal.Decimal(cents) / 100)

#: Tags that some category minimum counts.
categories = st.frozensets(st.sampled_from(["hiim", "ahima-resource", "auditing", "specialty"]))

#: Course identities from a small pool, so that logs hold duplicates now and then.
course_numbers = st.sampled_from([f"IDX-{n}" for n in range(8)])


def activities_between(
    first: dt.date,
    last: dt.date,
    *,
    index_numbers: st.SearchStrategy[str] = course_numbers,
    holder_ids: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[cc.CeuActivity]:
    """Activities completed from ``first`` to ``last``, of every kind, valid or not for a body."""
    return st.builds(
        cc.CeuActivity,
        completed_on=st.dates(min_value=first, max_value=last),
        units=units,
        kind=st.sampled_from(cc.ActivityKind),
        title=st.sampled_from(["Coding update", "Auditing basics", "HIIM webinar", "ICD-10"]),
        sponsor=st.none() | st.sampled_from(["AAPC", "AHIMA", "A chapter"]),
        index_number=st.none() | index_numbers,
        preapproved=st.booleans(),
        categories=categories,
        bodies=st.sampled_from([frozenset(), frozenset({"AAPC"}), frozenset({"AHIMA"})]),
        holder_id=holder_ids if holder_ids is not None else st.just(None),
    )


def accepted_activity(
    first: dt.date, last: dt.date, index_number: str
) -> st.SearchStrategy[cc.CeuActivity]:
    """An activity every body accepts (an index number, no pre-approval needed) in a window."""
    return st.builds(
        cc.CeuActivity,
        completed_on=st.dates(min_value=first, max_value=last),
        units=units,
        kind=st.sampled_from([cc.ActivityKind.APPROVED_EVENT, cc.ActivityKind.COURSEWORK]),
        title=st.just("A new course"),
        index_number=st.just(index_number),
        categories=categories,
    )


# --- Holders and scenarios --------------------------------------------------------------

#: Credential sets a holder may carry: one body or both, renamed pairs included.
credential_sets = st.sampled_from(
    [
        ("CPC",),
        ("CCS",),
        ("CPC", "CCS"),
        ("CPC", "COC"),
        ("CPC-H", "COC"),
        ("CPMA",),
        ("CCS", "CCS-P"),
        ("CPC", "CPMA", "CCS-P"),
    ]
)

#: Days on which a credential may have been earned.
earned_days = st.dates(min_value=dt.date(2009, 1, 1), max_value=dt.date(2024, 12, 31))


@st.composite
def holders(draw: st.DrawFn, holder_id: str = "E1") -> cc.Holder:
    """A holder of one of :data:`credential_sets`, each earned on its own day."""
    codes = draw(credential_sets)
    held = [(code, draw(earned_days)) for code in codes]
    renewal = draw(st.none() | earned_days)
    return cc.Holder(holder_id, held, aapc_renewal=renewal)


class Scenario(NamedTuple):
    """A holder, a day to assess them on and their CEU log."""

    holder: cc.Holder
    as_of: dt.date
    activities: list[cc.CeuActivity]


@st.composite
def scenarios(draw: st.DrawFn, *, max_activities: int = 12) -> Scenario:
    """A holder assessed some day after their first credential, with a mixed CEU log.

    The log spans from before the first credential to after the day assessed,
    holds activities of every kind and of other holders, and repeats courses.
    """
    holder = draw(holders())
    first = min(h.earned_on for h in holder.credentials)
    as_of = draw(st.dates(min_value=first, max_value=first + dt.timedelta(days=2500)))
    log = draw(
        st.lists(
            activities_between(
                first - dt.timedelta(days=60),
                as_of + dt.timedelta(days=30),
                holder_ids=st.sampled_from([None, holder.id, "someone-else"]),
            ),
            max_size=max_activities,
        )
    )
    return Scenario(holder, as_of, log)
