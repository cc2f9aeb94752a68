"""Placing a holder's log in the cycles assessed for one body: what counts where, and why not.

:func:`bucket` screens each activity (see :meth:`BodyContext.screen
<coding_certs._cycle_context.BodyContext.screen>`), puts what passes in the
assessed cycle its day falls in (a cycle's regular first day, from the latest
back), rejects what falls before the cycles assessed, and keeps one record per
course in each cycle (:func:`_drop_duplicates`), or, where the cycle rule says
``course_counts = "once"``, in the first cycle only (:func:`_drop_repeats`).
Each rejection's sentence is written when first read (:mod:`coding_certs._lazy`).
:func:`placement_start` and :func:`leave_out_unreported` place the cycles before
the oldest reported one where renewal-month CEUs may cross a due date (see
:mod:`coding_certs._renewal`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coding_certs._cycles import CeuCycle, CycleSchedule, cycle_bounds
from coding_certs._lazy import Deferred
from coding_certs._results import Rejection
from coding_certs._rules import CourseCounts
from coding_certs._standing import Reason
from coding_certs._trusted import trusted

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable

    from coding_certs._activities import CeuActivity
    from coding_certs._cycle_context import BodyContext
    from coding_certs._results import CycleAssessment
    from coding_certs._rulebook import Rulebook

_rejection = trusted(Rejection)


def placement_start(context: BodyContext, log: tuple[CeuActivity, ...], reported: int) -> int:
    """The oldest cycle to place renewal-month CEUs in, so that the reported cycles are exact."""
    months = {(a.completed_on.year, a.completed_on.month) for a in log}
    oldest = reported
    while oldest > context.first_index:
        due = cycle_bounds(context.schedule, oldest - 1)[1]
        if (due.year, due.month) not in months:
            break
        oldest -= 1
    return oldest


def leave_out_unreported(
    context: BodyContext,
    cycles: dict[int, CycleAssessment],
    rejected: list[Rejection],
    reported: int,
) -> None:
    """Drop the cycles placed only for exactness: what they count is outside the cycles assessed."""
    first = context.cycle_at(reported)
    dropped = [cycles.pop(index) for index in sorted(cycles) if index < reported]
    # An activity over the cap whose counted part is dropped is outside as a whole.
    cut = {id(context.original(a)) for cycle in dropped for a in cycle.counted}
    rejected[:] = [
        _outside(context, r.activity, first)
        if r.reason is Reason.DUPLICATE and r.activity.completed_on < first.start
        else r
        for r in rejected
        if r.reason is not Reason.OVER_ACTIVITY_CAP or id(context.original(r.activity)) not in cut
    ]
    for cycle in dropped:
        rejected.extend(
            _outside(context, context.original(activity), first, cycle.cycle)
            for activity in cycle.counted
        )


def _outside(
    context: BodyContext, activity: CeuActivity, first: CeuCycle, cycle: CeuCycle | None = None
) -> Rejection:
    """The rejection of an activity that counts in a cycle before the ones assessed."""
    if cycle is None:
        index = max(context.first_index, context.schedule.index_of(activity.completed_on))
        cycle = context.cycle_at(index)
    where = (
        f"completed in the cycle {cycle}"
        if cycle.contains(activity.completed_on)
        else f"completed in the renewal month of {cycle.end}; it counts toward the cycle {cycle}"
    )
    return _rejection(
        activity,
        Reason.OUTSIDE_CYCLE,
        f"{where}, before the cycles assessed (the earliest assessed began {first.start})",
    )


def bucket(
    context: BodyContext, log: tuple[CeuActivity, ...], oldest: int, current_index: int
) -> tuple[dict[int, list[CeuActivity]], list[Rejection]]:
    """Sort the log into the assessed cycles, rejecting what does not count."""
    rejected: list[Rejection] = []
    buckets: dict[int, list[CeuActivity]] = {i: [] for i in range(oldest, current_index + 1)}
    # The screen lets through only days up to as_of, which the current cycle ends on or after:
    # such a day falls in the latest assessed cycle whose regular start is not after it.
    schedule = context.schedule
    starts = [
        (cycle_bounds(schedule, i)[0], buckets[i]) for i in range(current_index, oldest - 1, -1)
    ]
    # Only the day of certification itself can fall before the first cycle (see
    # first_cycle_index); CEUs of that day count toward the first cycle.
    early = buckets[oldest] if oldest == context.first_index else None
    known = known_codes(context.book)
    code = context.body.code
    screen = context.screen
    before: list[CeuActivity] = []  # accepted, but of a cycle before the ones placed
    for activity in log:
        bodies = activity.bodies
        if bodies:
            if not bodies <= known:
                rejected.append(_unknown_body(activity, known))
                continue
            if code not in bodies:
                continue
        rejection = screen(activity)
        if rejection is None:
            day = activity.completed_on
            for start, bucket in starts:
                if day >= start:
                    bucket.append(activity)
                    break
            else:
                if early is not None:
                    early.append(activity)
                    continue
                before.append(activity)
                rejection = _rejection(
                    activity,
                    Reason.OUTSIDE_CYCLE,
                    Deferred(
                        _outside_detail,
                        day,
                        schedule,
                        context.cycle_at(context.first_index),
                        context.cycle_at(oldest).start,
                    ),
                )
                rejected.append(rejection)
            continue
        rejected.append(rejection)
    _one_per_course(context, buckets, before, rejected)
    return buckets, rejected


def _one_per_course(
    context: BodyContext,
    buckets: dict[int, list[CeuActivity]],
    before: list[CeuActivity],
    rejected: list[Rejection],
) -> None:
    """Keep one record per course in each cycle, or in the first only, then apply the cap."""
    once = context.rule.course_counts is CourseCounts.ONCE
    for index, bucket in buckets.items():
        kept = _drop_duplicates(bucket, context.cycle_at(index), rejected, context.key_of)
        buckets[index] = kept if once else context.capped(kept, rejected)
    if once:
        _drop_repeats(context, before, buckets, rejected)
        for index, bucket in buckets.items():
            buckets[index] = context.capped(bucket, rejected)


def _unknown_body(activity: CeuActivity, known: frozenset[str]) -> Rejection:
    """Counted nowhere, an activity reported to an unknown body shows as not counted everywhere."""
    unknown = activity.bodies - known
    return _rejection(
        activity,
        Reason.UNKNOWN_BODY,
        f"reported to {', '.join(sorted(unknown))}, which the rule book does not "
        f"know (known: {', '.join(sorted(known))}); fix its bodies, or leave them "
        "empty to report it to every body",
    )


def _outside_detail(
    day: dt.date, schedule: CycleSchedule, first: CeuCycle, earliest: dt.date
) -> str:
    """Why an activity of a cycle before the ones assessed does not count."""
    index = max(first.index, schedule.index_of(day))
    cycle = first if index == first.index else schedule.cycle(index)
    return (
        f"completed in the cycle {cycle}, before the cycles assessed (the earliest assessed "
        f"began {earliest})"
    )


def known_codes(book: Rulebook) -> frozenset[str]:
    """The codes of the bodies ``book`` knows, worked out once per rule book."""
    found = book.requirement_cache.get(("known bodies",))
    if found is None:
        found = book.requirement_cache["known bodies",] = frozenset(b.code for b in book.bodies)
    return found  # type: ignore[return-value]  # the cache holds the codes under this key


def _drop_duplicates(
    bucket: list[CeuActivity],
    cycle: CeuCycle,
    rejected: list[Rejection],
    key_of: Callable[[CeuActivity], tuple[str, ...]],
) -> list[CeuActivity]:
    """Keep one record per course in a cycle: the one worth most CEUs (the earliest on a tie)."""
    keys = [key_of(activity) for activity in bucket]
    if len(set(keys)) == len(keys):
        return bucket  # every course once: nothing to drop
    best: dict[tuple[str, ...], CeuActivity] = {}
    for key, activity in zip(keys, bucket, strict=True):
        kept = best.get(key)
        if kept is None or activity.units > kept.units:
            best[key] = activity
    counted = []
    for key, activity in zip(keys, bucket, strict=True):
        kept = best[key]
        if activity is kept:
            counted.append(activity)
            continue
        rejected.append(
            _rejection(activity, Reason.DUPLICATE, Deferred(_duplicate_detail, kept, cycle))
        )
    return counted


def _drop_repeats(
    context: BodyContext,
    before: list[CeuActivity],
    buckets: dict[int, list[CeuActivity]],
    rejected: list[Rejection],
) -> None:
    """Keep each course in the first cycle that counts it (``course_counts = "once"``).

    ``buckets`` hold one record per course each (see :func:`_drop_duplicates`); a
    record of a later cycle is rejected. The first cycle may lie before the ones
    placed (``before``: accepted, but outside them), so that ``history`` never
    changes an answer. Cycles are those of the records' completion dates: this is
    decided before the renewal months' CEUs are placed (:mod:`coding_certs._renewal`),
    which then move the one record that counts, never bring back another.
    """
    key_of = context.key_of
    first: dict[tuple[str, ...], tuple[CeuActivity, int]] = {}
    for activity in before:  # in log order: by day, so by cycle
        index = max(context.first_index, context.schedule.index_of(activity.completed_on))
        key = key_of(activity)
        found = first.get(key)
        if found is None or (found[1] == index and activity.units > found[0].units):
            first[key] = (activity, index)
    for index in sorted(buckets):
        kept = []
        for activity in buckets[index]:
            key = key_of(activity)
            found = first.get(key)
            if found is None:
                first[key] = (activity, index)
                kept.append(activity)
                continue
            counted, where = found
            rejected.append(
                _rejection(
                    activity,
                    Reason.DUPLICATE,
                    Deferred(_repeat_detail, counted, context.cycle_at(where), context.body.code),
                )
            )
        buckets[index] = kept


def _repeat_detail(kept: CeuActivity, cycle: CeuCycle, body: str) -> str:
    return (
        f"the same course as {kept.title!r} of {kept.completed_on}, which counted first "
        f"(completed in the cycle {cycle}); {body} counts a course once, however many times "
        "it is completed"
    )


def _duplicate_detail(kept: CeuActivity, cycle: CeuCycle) -> str:
    return (
        f"the same course as {kept.title!r} of {kept.completed_on}, which counts "
        f"in the cycle {cycle}; a course counts once"
    )
