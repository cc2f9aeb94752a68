"""Minimums that share CEUs: each CEU counts toward at most one minimum of a pool.

AAPC: "Effective October 1, 2012, pre-approved Specialty CEUs can be applied
toward one Specialty and one Core credential concurrently" (the help page, its
older copy and the copy of 2015-08-31: rule-book sources ``aapc-help-2012`` and
``aapc-help-2015-copy``). A CEU may count toward one specialty minimum and one
core credential's minimum, never two of either: the rule book puts the specialty
minimums in the pool ``aapc-specialty`` and the core credentials' in
``aapc-core`` (:attr:`CategoryMinimum.pool <coding_certs.CategoryMinimum.pool>`).
Every CEU still counts toward the cycle's total, and toward minimums of other
pools or of none.

How a cycle's counted CEUs are credited to its minimums (:func:`credit`):

* A minimum in no pool, or the only one of its pool the cycle asks, is credited
  every counted CEU that counts toward it (tagged with its category and with no
  category it excludes): its *alone-count*. So is every minimum of a pool when
  no counted activity counts toward two of the pool's minimums.
* Otherwise the pool's CEUs are allocated. The CEUs of one activity may be split
  between minimums of the pool (an assumption: AAPC's tracker allocates CEUs to
  credentials; no page says a course goes whole to one of them).

  1. *Which minimums are met*: as many as can be met at once, each by CEUs of
     its own; of the choices that meet equally many, the one whose met minimums
     ask the most CEUs, then the one that meets the minimums that come first in
     the plan. (Every choice that meets the most leaves the same CEUs short in
     the pool, the least possible: the choice changes names, not that number.)
  2. *What each is credited*: each met minimum its required CEUs; then, in plan
     order, each unmet minimum the most of the CEUs left that count toward it
     (CEUs may still move between minimums as long as each met one keeps its
     required CEUs and each minimum before it what it was credited); then, in
     plan order, each met minimum the most of what is still left beyond its
     requirement. The "earned" of an unmet minimum is thus what remains for it
     once the met minimums, and the unmet ones before it, took theirs.

  Every CEU that counts toward a minimum of the pool is credited to exactly one
  of them, no minimum is credited more than its alone-count, and a minimum's
  ``activities`` are those with CEUs credited to it. The figures do not depend on
  how the CEUs are split (the split itself is one of the ways to reach them).

A minimum asked ``each_year`` (never in a pool) is credited, for each year of the
cycle (:func:`cycle_years`), that year's CEUs up to its units: AHIMA's "two
mandatory annual coding self-reviews", 5 CEUs each, are 5 in each year.

The search is exact. Minimums linked by no activity are allocated apart; for
each linked group of ``k`` minimums it costs about ``k * 2**k`` steps (a holder's
pool has a few minimums: one per specialty or core credential held).
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
from typing import TYPE_CHECKING

from coding_certs._cycles import add_months

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from coding_certs._activities import CeuActivity
    from coding_certs._cycles import CeuCycle
    from coding_certs._rules import CategoryMinimum

_ZERO = decimal.Decimal(0)
_ONE_DAY = dt.timedelta(days=1)

#: What :func:`credit` gives each minimum: the CEUs credited and the activities they come from.
Credited = tuple[decimal.Decimal, tuple["CeuActivity", ...]]


def credit(
    minimums: Sequence[tuple[CategoryMinimum, decimal.Decimal]],
    counted: Sequence[CeuActivity],
    cycle: CeuCycle | None = None,
) -> list[Credited]:
    """The CEUs credited to each minimum (with its required CEUs), in the order given.

    A minimum asked ``each_year`` (never in a pool) is credited, for each year of
    ``cycle`` (:func:`cycle_years`), the CEUs of that year up to its ``units``.
    """
    if not minimums:
        return []  # most cycles ask for none
    tagged = []
    result: list[Credited] = []
    pools: dict[str, list[int]] = {}
    for position, (minimum, _) in enumerate(minimums):
        mine = counting(minimum, counted)
        tagged.append(mine)
        if minimum.each_year and minimum.units is not None and cycle is not None:
            by_year = year_sums(mine, cycle_years(cycle))
            credited = sum([min(units, minimum.units) for units in by_year], _ZERO)
        else:
            credited = sum([a.units for a in mine], _ZERO)
        result.append((credited, tuple(mine)))
        if minimum.pool is not None:
            pools.setdefault(minimum.pool, []).append(position)
    for positions in pools.values():
        if len(positions) < 2 or not _shared(tagged[p] for p in positions):
            continue
        ids = {id(a) for p in positions for a in tagged[p]}
        activities = [a for a in counted if id(a) in ids]
        masks = [
            sum(1 << k for k, p in enumerate(positions) if minimums[p][0].counts(a.categories))
            for a in activities
        ]
        shares = allocate([minimums[p][1] for p in positions], [a.units for a in activities], masks)
        for k, position in enumerate(positions):
            result[position] = (
                sum([row[k] for row in shares], _ZERO),
                tuple(a for a, row in zip(activities, shares, strict=True) if row[k]),
            )
    return result


def counting(minimum: CategoryMinimum, activities: Iterable[CeuActivity]) -> list[CeuActivity]:
    """The activities that count toward ``minimum`` (``minimum.counts``), in their order."""
    category, excludes = minimum.category, minimum.excludes
    if not excludes:
        return [a for a in activities if category in a.categories]
    # An activity's categories are a frozenset: disjoint from excludes, tagged with none of them.
    return [a for a in activities if category in a.categories and a.categories.isdisjoint(excludes)]


def cycle_years(cycle: CeuCycle) -> list[tuple[dt.date, dt.date]]:
    """The years of ``cycle`` for a minimum asked each year: first and last days.

    They are counted back from the due date, one per 12 months of a full cycle
    (AHIMA's two-year cycle from the exam day: its first and its second twelve
    months); a longer first cycle's extra days join its first year, and a shorter
    one is asked only the years it reaches into.
    """
    return list(_years(cycle.start, cycle.end, cycle.schedule.months))


@functools.lru_cache(maxsize=4096)
def _years(start: dt.date, end: dt.date, months: int) -> tuple[tuple[dt.date, dt.date], ...]:
    years = []
    for back in range(max(1, months // 12), 0, -1):
        first = add_months(end, -12 * back) + _ONE_DAY
        last = add_months(end, -12 * (back - 1))
        if last >= start:
            years.append((first, last))
    if years:
        years[0] = (start, years[0][1])
    return tuple(years)


def year_of(day: dt.date, years: Sequence[tuple[dt.date, dt.date]]) -> int:
    """The year of ``years`` that ``day`` counts in (a day outside them: the nearest)."""
    for index, (_, last) in enumerate(years):
        if day <= last:
            return index
    return len(years) - 1


def year_sums(
    activities: Sequence[CeuActivity], years: Sequence[tuple[dt.date, dt.date]]
) -> list[decimal.Decimal]:
    """The CEUs of ``activities`` completed in each of ``years``."""
    sums = [_ZERO] * len(years)
    for activity in activities:
        sums[year_of(activity.completed_on, years)] += activity.units
    return sums


def _shared(lists: Iterable[list[CeuActivity]]) -> bool:
    """Whether one activity is in two of ``lists``."""
    seen: set[int] = set()
    for activities in lists:
        for activity in activities:
            if id(activity) in seen:
                return True
            seen.add(id(activity))
    return False


def allocate(
    required: Sequence[decimal.Decimal],
    units: Sequence[decimal.Decimal],
    masks: Sequence[int],
) -> list[list[decimal.Decimal]]:
    """The CEUs of each activity credited to each minimum of one pool (see the module).

    Args:
        required: the CEUs each minimum asks, in plan order.
        units: each activity's CEUs.
        masks: for each activity, the minimums it counts toward (bit ``i``: minimum ``i``).

    Returns:
        ``shares[j][i]``: the CEUs of activity ``j`` credited to minimum ``i``.
    """
    count = len(required)
    met = 0
    for group in _linked(count, masks):
        met |= _most_met(group, required, units, masks)
    flow = _Flow(units, masks, count)
    met_ones = [i for i in range(count) if met >> i & 1]
    for minimum in met_ones:  # each met minimum its required CEUs
        flow.augment(minimum, required[minimum])
    for minimum in range(count):  # each unmet one, in plan order, the most of what is left
        if not met >> minimum & 1:
            flow.augment(minimum, None)
    for minimum in met_ones:  # each met one, in plan order, the most of what is still left
        flow.augment(minimum, None)
    return flow.shares


def _linked(count: int, masks: Sequence[int]) -> list[list[int]]:
    """The minimums in groups linked by activities that count toward several of them."""
    group_of = list(range(count))

    def root(minimum: int) -> int:
        while group_of[minimum] != minimum:
            minimum = group_of[minimum] = group_of[group_of[minimum]]
        return minimum

    for mask in masks:
        members = [i for i in range(count) if mask >> i & 1]
        for other in members[1:]:
            group_of[root(other)] = root(members[0])
    groups: dict[int, list[int]] = {}
    for minimum in range(count):
        groups.setdefault(root(minimum), []).append(minimum)
    return list(groups.values())


def _most_met(
    group: list[int],
    required: Sequence[decimal.Decimal],
    units: Sequence[decimal.Decimal],
    masks: Sequence[int],
) -> int:
    """The minimums of ``group`` to meet (a mask over all minimums), chosen as the module says.

    A set of minimums can be met at once iff, for each of its subsets, the CEUs of the
    activities counting toward some minimum of the subset are at least what the subset
    asks (Hall's condition: CEUs may be split, so this is also a flow's cut).
    """
    size = len(group)
    full = (1 << size) - 1
    # within[z]: the CEUs of the group's activities that count only toward minimums of z.
    within = [_ZERO] * (1 << size)
    total = _ZERO
    for amount, mask in zip(units, masks, strict=True):
        local = sum(1 << k for k, minimum in enumerate(group) if mask >> minimum & 1)
        if local:
            within[local] += amount
            total += amount
    for bit in range(size):
        for subset in range(1 << size):
            if subset >> bit & 1:
                within[subset] += within[subset ^ 1 << bit]
    asked = [_ZERO] * (1 << size)
    feasible = [True] * (1 << size)
    best: tuple[int, decimal.Decimal, int] = (0, _ZERO, 0)
    best_subset = 0
    for subset in range(1, 1 << size):
        low = (subset & -subset).bit_length() - 1
        asked[subset] = asked[subset & (subset - 1)] + required[group[low]]
        reach = total - within[full ^ subset]  # CEUs counting toward some minimum of subset
        feasible[subset] = asked[subset] <= reach and all(
            feasible[subset ^ 1 << k] for k in range(size) if subset >> k & 1
        )
        if feasible[subset]:
            # Earlier minimums first: minimum 0 is the most significant bit of the order.
            order = sum(1 << (size - 1 - k) for k in range(size) if subset >> k & 1)
            key = (subset.bit_count(), asked[subset], order)
            if key > best:
                best, best_subset = key, subset
    return sum(1 << minimum for k, minimum in enumerate(group) if best_subset >> k & 1)


class _Flow:
    """Activities' CEUs flowing to minimums; one minimum at a time takes more (augmenting paths)."""

    def __init__(self, units: Sequence[decimal.Decimal], masks: Sequence[int], count: int) -> None:
        self.left = list(units)  # each activity's CEUs not credited yet
        self.masks = masks
        self.count = count
        self.shares = [[_ZERO] * count for _ in units]
        self.credited = [_ZERO] * count

    def augment(self, target: int, cap: decimal.Decimal | None) -> None:
        """Credit ``target`` up to ``cap`` more CEUs (``None``: as many as can be), others kept."""
        added = _ZERO
        while cap is None or added < cap:
            parent = self._paths(target)
            if parent is None:
                return
            # The bottleneck: the first activity's CEUs left, each share moved, what cap allows.
            amount = None if cap is None else cap - added
            node = target
            while True:
                previous, activity = parent[node]
                limit = self.left[activity] if previous is None else self.shares[activity][previous]
                amount = limit if amount is None else min(amount, limit)
                if previous is None:
                    break
                node = previous
            assert amount is not None  # noqa: S101 -- a path has at least one edge
            node = target
            while True:
                previous, activity = parent[node]
                self.shares[activity][node] += amount
                if previous is None:
                    self.left[activity] -= amount
                    break
                self.shares[activity][previous] -= amount
                node = previous
            self.credited[target] += amount
            added += amount

    def _paths(self, target: int) -> dict[int, tuple[int | None, int]] | None:
        """Shortest ways to reach ``target``: each minimum's (previous minimum, activity)."""
        parent: dict[int, tuple[int | None, int]] = {}
        queue: list[int] = []
        for activity, left in enumerate(self.left):
            if left > 0:
                self._reach(parent, queue, None, activity)
        for node in queue:  # the queue grows while it is read: breadth first
            if node == target:
                return parent
            for activity, row in enumerate(self.shares):
                if row[node] > 0:
                    self._reach(parent, queue, node, activity)
        return None

    def _reach(
        self,
        parent: dict[int, tuple[int | None, int]],
        queue: list[int],
        previous: int | None,
        activity: int,
    ) -> None:
        """Each minimum ``activity`` counts toward, not reached yet, through it."""
        mask = self.masks[activity]
        for minimum in range(self.count):
            if mask >> minimum & 1 and minimum not in parent:
                parent[minimum] = (previous, activity)
                queue.append(minimum)


__all__ = ["Credited", "allocate", "counting", "credit", "cycle_years", "year_of", "year_sums"]
