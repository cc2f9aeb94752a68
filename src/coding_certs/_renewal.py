"""CEUs near a due date: on which side of it each one counts.

Two rules let a CEU count toward the cycle on the other side of a due date:

* The renewal month. AAPC: "a CEU earned within the renewal month may count
  toward either the current or the next period" (AAPC, CEU policies:
  https://www.aapc.com/about-us/ceu-policies). Every CEU completed in the month
  of a due date may count toward the cycle that ends on that date or the one
  that begins the day after (a cycle rule's ``renewal_month_either``).
* Making up an unmet cycle (``_makeup``). CEUs completed after the due date of
  the previous cycle, while it can still be saved (its *window*), may count
  toward it, to make up its shortfall.

Of all the ways to place these CEUs, the engine takes the best, compared in this
order:

1. the previous cycle (the one before the current) met, minimums included;
2. the least still owed for the previous cycle, as its ``remaining`` says: the
   total's shortfall or a category minimum's, whichever is larger, a pool's
   minimums as the engine credits them (``_pools``) (what a coder in grace or
   inactive must make up: the standing is then judged by it, whatever the
   current cycle holds);
3. the current cycle's own standing: met, then on track, then behind;
4. each older cycle met, the most recent first;
5. the least still owed for the current cycle, as in 2 (so that what a coder is
   told to earn never depends on which of two equally useful CEUs came first);
6. the most CEUs in the current cycle, then in each earlier one, most recent first.

A course still counts once per cycle: no placement puts two records of one
course in the same cycle. The engine gives this search the cycles before the
oldest one a report shows as well, back to a due date whose renewal month holds
no CEU (placements on either side of such a date are independent), so
``history`` never changes an answer, and no CEU needs to cross into a cycle the
search is not given.

The search is exact: a dynamic programme along the cycles, trying every
placement of a due date's movable CEUs against every placement of the next due
date's. When one due date has more than :data:`MAX_MOVABLE` movable CEUs, they
are placed in at most :data:`MAX_MOVABLE` groups instead of one by one: on each
side of the due date, ranked by whether a minimum of either cycle counts their
category and then by units, the first one, the next two, the next four and so
on, the last group taking the rest; each group moves as one. Any number of
the first CEUs of a side can still be moved, so a shortfall is covered, but the
best placement is then searched among those groups only. The work stays
bounded (and linear in the size of the month) however many CEUs a month holds.

This module knows results only through the values it is given; it imports no
engine module (only ``_pools``, which says how CEUs are credited to minimums).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
from typing import TYPE_CHECKING

import attrs

from coding_certs._pools import cycle_years, year_of

if TYPE_CHECKING:
    import decimal
    from collections.abc import Callable, Iterable, Mapping, Sequence

    from coding_certs._activities import CeuActivity
    from coding_certs._results import CycleAssessment
    from coding_certs._rules import CategoryMinimum

    _KeyOf = Callable[[CeuActivity], tuple[str, ...]]

# An empty range of days (first after last): no renewal month, or no make-up window.
_NO_DAYS = (dt.date.max, dt.date.min)

MAX_MOVABLE = 8
"""The most CEUs (or groups of them) of one due date's renewal month the search places."""

# Each term of the comparison is a whole number below _WEIGHT, so one integer holds them all.
_WEIGHT = 1 << 64
# A partial score and the placements that give it: (due date's later cycle, mask) pairs.
_State = tuple[int, tuple[tuple[int, int], ...]]


@attrs.frozen
class Move:
    """One renewal-month activity that counts on the other side of its due date.

    Attributes:
        activity: the activity.
        source: the index of the cycle its date puts it in.
        target: the index of the cycle it counts toward.
    """

    activity: CeuActivity
    source: int
    target: int


class _Group:
    """CEUs of one side of a due date that move together (most often one alone)."""

    def __init__(
        self, activities: Sequence[CeuActivity], *, home_later: bool, key_of: _KeyOf
    ) -> None:
        self.activities = tuple(activities)
        self.home_later = home_later
        self.keys = frozenset(key_of(a) for a in activities)
        self.measures: dict[int, list[int]] = {}  # by cycle index


@attrs.frozen
class _Boundary:
    """A due date between cycle ``later - 1`` and ``later``, and its movable CEUs."""

    later: int
    groups: tuple[_Group, ...]

    def later_side(self, mask: int) -> list[_Group]:
        return [g for bit, g in enumerate(self.groups) if g.home_later != bool(mask >> bit & 1)]

    def earlier_side(self, mask: int) -> list[_Group]:
        return [g for bit, g in enumerate(self.groups) if g.home_later == bool(mask >> bit & 1)]


def _course_key(activity: CeuActivity) -> tuple[str, ...]:
    return activity.course_key


def _cents(units: decimal.Decimal) -> int:
    """Units as whole cents, rounded up (a requirement of 10.001 needs 10.01)."""
    return int(-((-units * 100) // 1))


class _Cycle:
    """What the search needs to know of one assessed cycle.

    A placement is measured by a vector of cents: the total, then one column per
    minimum, its CEUs counting toward it. Minimums of a pool share CEUs (``_pools``):
    for a pool of several minimums the columns are each set of them instead, the
    CEUs counting toward any minimum of the set. The pool's minimums can all be met
    iff each set's column reaches what the set asks (Hall's condition), and the
    least the pool can be left short is the most any set lacks, which is what the
    engine's allocation leaves short (``_pools``). A pool of more than
    :data:`MAX_POOLED` minimums is measured minimum by minimum (an approximation
    of the search only; the cycle's figures are the allocation's).
    """

    def __init__(
        self, assessment: CycleAssessment, fixed: Iterable[CeuActivity], key_of: _KeyOf | None
    ) -> None:
        self.required = _cents(assessment.required)
        self.rules = [status.rule for status in assessment.minimums]
        each_year = any(rule.each_year for rule in self.rules)
        self.years = cycle_years(assessment.cycle) if each_year else []
        self.columns, self.needs, self.groups, self.in_year = _columns(
            self.rules, [_cents(status.required) for status in assessment.minimums], self.years
        )
        fixed = list(fixed)
        # Only the search asks which courses the cycle holds (_obvious checks them its own way).
        self.keys = {key_of(activity) for activity in fixed} if key_of is not None else set()
        self.base = self.measure(fixed)

    def measure(self, activities: Iterable[CeuActivity]) -> list[int]:
        """Total cents, then the cents of each column (see the class)."""
        vector = [0] * (1 + len(self.columns))
        for activity in activities:
            cents = int(activity.units * 100)
            vector[0] += cents
            toward = 0
            for position, rule in enumerate(self.rules):
                if rule.counts(activity.categories):
                    toward |= 1 << position
            if toward:
                year = year_of(activity.completed_on, self.years) if self.years else None
                for position, mask in enumerate(self.columns, start=1):
                    if toward & mask and self.in_year[position - 1] in {None, year}:
                        vector[position] += cents
        return vector

    def met(self, vector: list[int]) -> bool:
        """Whether the total and every minimum are met."""
        return vector[0] >= self.required and all(
            earned >= need for earned, need in zip(vector[1:], self.needs, strict=True)
        )

    def short(self, vector: list[int]) -> int:
        """The cents still owed, as the cycle's ``remaining`` says (``_owed.still_owed``).

        The total's shortfall, or a minimum's (a pool's together) when larger: the least
        that would still meet the cycle.
        """
        return max(
            0,
            self.required - vector[0],
            *(max(self.needs[c] - vector[1 + c] for c in group) for group in self.groups),
        )


MAX_POOLED = 8
"""The most minimums of one pool a placement is measured by exactly (see ``_Cycle``)."""


def _columns(
    rules: Sequence[CategoryMinimum],
    needs: Sequence[int],
    years: Sequence[tuple[dt.date, dt.date]],
) -> tuple[list[int], list[int], list[list[int]], list[int | None]]:
    """The columns: their minimums (masks), cents asked, groups judged together, and years.

    A column's year is the year of the cycle whose CEUs it counts (``None``: every
    year): a minimum asked each year (never in a pool) has one column per year.
    """
    pools: dict[str, list[int]] = {}
    for position, rule in enumerate(rules):
        if rule.pool is not None:
            pools.setdefault(rule.pool, []).append(position)
    shared = [ps for ps in pools.values() if 1 < len(ps) <= MAX_POOLED]
    pooled = {p for positions in shared for p in positions}
    columns: list[tuple[int, int, int | None]] = []  # (mask, cents asked, year)
    groups: list[list[int]] = []

    def add(group: list[tuple[int, int, int | None]]) -> None:
        groups.append(list(range(len(columns), len(columns) + len(group))))
        columns.extend(group)

    for position, (rule, need) in enumerate(zip(rules, needs, strict=True)):
        if rule.each_year and rule.units is not None:
            for year in range(len(years)):
                add([(1 << position, _cents(rule.units), year)])
        elif position not in pooled:
            add([(1 << position, need, None)])
    for positions in shared:
        add(
            [
                (sum(1 << p for p in chosen), sum(needs[p] for p in chosen), None)
                for size in range(1, len(positions) + 1)
                for chosen in itertools.combinations(positions, size)
            ]
        )
    return (
        [mask for mask, _, _ in columns],
        [need for _, need, _ in columns],
        groups,
        [year for _, _, year in columns],
    )


def _groups(
    items: list[tuple[CeuActivity, bool]], categories: set[str], key_of: _KeyOf
) -> tuple[_Group, ...]:
    """The movable CEUs as groups: one each when few, else 1, 2, 4, ... per side (see above)."""
    if len(items) <= MAX_MOVABLE:
        return tuple(_Group([a], home_later=home, key_of=key_of) for a, home in items)
    sides = [(flag, [a for a, home in items if home is flag]) for flag in (False, True)]
    sides = [(flag, side) for flag, side in sides if side]
    budget = MAX_MOVABLE // len(sides)
    groups = []
    for home, side in sides:
        ranked = sorted(side, key=lambda a: (not (a.categories & categories), -a.units))
        start, size = 0, 1
        for number in range(budget):
            stop = len(ranked) if number == budget - 1 else start + size
            if start < len(ranked):
                groups.append(_Group(ranked[start:stop], home_later=home, key_of=key_of))
            start, size = stop, size * 2
    return tuple(groups)


def _weights(indices: Sequence[int], current: int) -> dict[tuple[str, int], int]:
    """Each term's weight, so that comparing sums compares the terms in the documented order."""
    older = [i for i in sorted(indices, reverse=True) if i < current - 1]
    previous = [current - 1] if current - 1 in indices else []
    terms = [
        *(("met", i) for i in previous),
        *(("short", i) for i in previous),
        ("grade", current),
        *(("met", i) for i in older),
        ("short", current),
        ("earned", current),
        *(("earned", i) for i in (*previous, *older)),
    ]
    return {term: _WEIGHT ** (len(terms) - position) for position, term in enumerate(terms)}


def plan(  # noqa: PLR0913 -- each argument is one fact the placement depends on
    cycles: Mapping[int, CycleAssessment],
    *,
    current: int,
    pace: decimal.Decimal,
    key_of: _KeyOf = _course_key,
    renewal_month: bool = True,
    window: tuple[dt.date, dt.date] | None = None,
    shortcuts: bool = True,
) -> tuple[dict[int, list[CeuActivity]], list[Move]]:
    """The best placement of every movable CEU (see the module docstring).

    Args:
        cycles: the assessed cycles by index, each counting the CEUs its dates give it.
        current: the index of the current cycle.
        pace: the CEUs the current cycle expects by now.
        key_of: each activity's ``course_key`` (the engine remembers them per holder).
        renewal_month: whether the CEUs of each due date's month may count on either side.
        window: the first and last day of the previous cycle's make-up window, if
            it has one: the current cycle's CEUs of those days may count toward it.
        shortcuts: whether the placement may be decided without the search where no
            other one can be as good (:func:`_obvious`); ``False`` only to test them.

    Returns:
        The CEUs each cycle counts, in the order given (only for cycles that
        change), and the moves.
    """
    indices = sorted(cycles)
    home = {i: cycles[i].counted for i in indices}
    items = _movable(cycles, home, renewal_month=renewal_month, window=window, current=current)
    if not items:
        return {}, []
    obvious = _obvious(cycles, home, items, current=current, key_of=key_of) if shortcuts else None
    if obvious is not None and all(len(side) <= MAX_MOVABLE for side in items.values()):
        return _all_toward(obvious, home, items)  # one group per CEU (_groups): none built
    boundaries = {
        later: _Boundary(later=later, groups=_groups(side, _categories(cycles, later), key_of))
        for later, side in items.items()
    }
    movable = {id(a) for side in items.values() for a, _ in side}
    if obvious is None:
        path = _search(cycles, home, boundaries, movable, current=current, pace=pace, key_of=key_of)
    else:  # every group counts toward ``obvious``: moved if its home is the other cycle
        path = tuple(
            (
                later,
                sum(
                    1 << bit
                    for bit, group in enumerate(boundary.groups)
                    if (later if group.home_later else later - 1) != obvious
                ),
            )
            for later, boundary in sorted(boundaries.items())
        )

    moves: list[Move] = []
    counted = {i: [a for a in home[i] if id(a) not in movable] for i in indices}
    for later, mask in path:
        boundary = boundaries[later]
        earlier = later - 1
        for bit, group in enumerate(boundary.groups):
            moved = bool(mask >> bit & 1)
            target = later if group.home_later != moved else earlier
            counted[target].extend(group.activities)
            if moved:
                source = later if group.home_later else earlier
                moves.extend(Move(a, source, target) for a in group.activities)
    changed = {move.target for move in moves} | {move.source for move in moves}
    return {i: counted[i] for i in indices if i in changed}, moves


def _all_toward(
    target: int,
    home: Mapping[int, Sequence[CeuActivity]],
    items: Mapping[int, list[tuple[CeuActivity, bool]]],
) -> tuple[dict[int, list[CeuActivity]], list[Move]]:
    """What :func:`plan` returns when every movable CEU counts toward ``target``.

    Each CEU its own group (no side holds more than :data:`MAX_MOVABLE`): the same
    CEUs in the same order, and the same moves, as the groups would give.
    """
    moves: list[Move] = []
    arriving: list[CeuActivity] = []
    for later in sorted(items):
        for activity, home_later in items[later]:
            arriving.append(activity)
            source = later if home_later else later - 1
            if source != target:
                moves.append(Move(activity, source, target))
    if not moves:
        return {}, []
    movable = {id(a) for side in items.values() for a, _ in side}
    changed = sorted({move.source for move in moves} | {target})
    counted = {i: [a for a in home[i] if id(a) not in movable] for i in changed}
    counted[target].extend(arriving)
    return counted, moves


def _obvious(
    cycles: Mapping[int, CycleAssessment],
    home: Mapping[int, Sequence[CeuActivity]],
    items: Mapping[int, list[tuple[CeuActivity, bool]]],
    *,
    current: int,
    key_of: _KeyOf,
) -> int | None:
    """The cycle every movable CEU counts toward when no other placement is as good, or ``None``.

    Only when the due dates with movable CEUs are those on either side of the
    previous cycle, and the placement puts no course twice in a cycle (every course
    key of the receiving cycle distinct). Any other placement leaves one CEU or more
    out of the receiving cycle; "met" is measured as the search measures it
    (minimums included), and it can only hold with more CEUs. Every movable CEU
    counts toward:

    1. The previous cycle, when it asks no minimum and its total is short even with
       every movable CEU (each worth a cent or more: ``CeuActivity.units`` is more
       than 0 with at most two decimals): it is unmet however they are placed, and
       each CEU left out of it adds its cents to what it still owes, so the second
       term decides, strictly. (With minimums, a minimum's shortfall may be what it
       owes: that case is the second rule's.)
    2. The previous cycle, when it is met with every movable CEU and not without any
       one of them: every other placement leaves it unmet (the first term). Or when
       it is unmet with every movable CEU and owes more without any one of them (a
       minimum's CEUs): every other placement leaves it unmet and owing more (the
       second term, strictly; what it owes can only grow with fewer CEUs).
    3. The current cycle, when the only due date with movable CEUs is the previous
       one's, the previous cycle is met without its movable CEUs and each is worth a
       cent or more: it is met and owes nothing however they are placed, no older
       cycle changes, the current cycle's standing and what it owes can only be as
       good with more CEUs, and it counts the most CEUs with all of them (the last
       terms, strictly).

    Tested against the full search (``shortcuts=False``) in ``tests/test_renewal.py``.
    """
    previous = current - 1
    if previous not in cycles or not items.keys() <= {previous, current}:
        return None
    moving = [a for side in items.values() for a, _ in side]
    ids = {id(a) for a in moving}
    fixed = [a for a in home[previous] if id(a) not in ids]
    # Cents as _Cycle.measure counts them.
    cents = [int(a.units * 100) for a in moving]
    assessment = cycles[previous]
    required = _cents(assessment.required)
    if assessment.minimums:
        cycle = _Cycle(assessment, fixed, None)
        parts = [cycle.measure([a]) for a in moving]
        full = [sum(column) for column in zip(cycle.base, *parts, strict=True)]
        met_alone = cycle.met(cycle.base)
        without = [[f - p for f, p in zip(full, part, strict=True)] for part in parts]
        # What it owes is measured (a minimum's shortfall may outweigh the total's): 1 and 2
        # by the search's own measure.
        if cycle.met(full):
            toward_previous = not any(cycle.met(vector) for vector in without)
        else:
            owed = cycle.short(full)
            toward_previous = all(cycle.short(vector) > owed for vector in without)
    else:
        alone = sum(int(a.units * 100) for a in fixed)
        total = alone + sum(cents)
        met_alone = alone >= required
        # 1: short of its total, each CEU worth a cent; 2: met, and not without the smallest.
        toward_previous = (min(cents) > 0 and total < required) or (
            total >= required and total - min(cents) < required
        )
    worth = min(cents) > 0
    if toward_previous:
        return previous if _distinct(key_of, fixed, moving) else None
    if worth and met_alone and items.keys() == {current}:
        leaving = [a for a, home_later in items[current] if not home_later]
        return current if _distinct(key_of, home[current], leaving) else None
    return None


def _distinct(key_of: _KeyOf, *parts: Iterable[CeuActivity]) -> bool:
    """Whether no two of these activities are records of one course."""
    keys = [key_of(a) for part in parts for a in part]
    return len(set(keys)) == len(keys)


def _movable(
    cycles: Mapping[int, CycleAssessment],
    home: Mapping[int, Sequence[CeuActivity]],
    *,
    renewal_month: bool,
    window: tuple[dt.date, dt.date] | None,
    current: int,
) -> dict[int, list[tuple[CeuActivity, bool]]]:
    """The movable CEUs of each due date between two cycles, by the later cycle.

    Each with whether the later cycle is its home.
    """
    found: dict[int, list[tuple[CeuActivity, bool]]] = {}
    for later in sorted(cycles):
        earlier = later - 1
        if earlier not in cycles:
            continue
        due = cycles[later].cycle.schedule.end_of(earlier)
        # The renewal month's days, and the make-up window's, as plain date ranges.
        if renewal_month:
            month_first = due.replace(day=1)
            month_last = due.replace(day=calendar.monthrange(due.year, due.month)[1])
        else:
            month_first, month_last = _NO_DAYS
        first, last = window if window is not None and later == current else _NO_DAYS
        items: list[tuple[CeuActivity, bool]] = [
            (a, False) for a in home[earlier] if month_first <= a.completed_on <= month_last
        ]
        in_window: list[tuple[CeuActivity, bool]] = []
        for a in home[later]:
            day = a.completed_on
            if month_first <= day <= month_last:
                items.append((a, True))
            elif first <= day <= last:
                in_window.append((a, True))
        items += in_window
        if items:
            found[later] = items
    return found


def _categories(cycles: Mapping[int, CycleAssessment], later: int) -> set[str]:
    """The categories a minimum of either cycle of the due date before ``later`` counts."""
    return {
        status.rule.category for index in (later - 1, later) for status in cycles[index].minimums
    }


def _search(  # noqa: C901, PLR0913 -- one dynamic programme, kept together so that it reads as one
    cycles: Mapping[int, CycleAssessment],
    home: Mapping[int, Sequence[CeuActivity]],
    boundaries: Mapping[int, _Boundary],
    movable: set[int],
    *,
    current: int,
    pace: decimal.Decimal,
    key_of: _KeyOf,
) -> tuple[tuple[int, int], ...]:
    """The best placement: for each due date (by its later cycle), the mask of groups moved."""
    weights = _weights(sorted(cycles), current)
    # A cycle on neither side of a due date with movable CEUs adds the same to every placement's
    # score: it is left out (it can change no choice).
    indices = sorted({i for later in boundaries for i in (later - 1, later)})
    info = {
        i: _Cycle(cycles[i], (a for a in home[i] if id(a) not in movable), key_of) for i in indices
    }
    for boundary in boundaries.values():
        for group in boundary.groups:
            for index in (boundary.later - 1, boundary.later):
                if index in info:
                    group.measures[index] = info[index].measure(group.activities)
    pace_cents = _cents(pace)

    def value(index: int, arriving: list[_Group]) -> int | None:
        cycle = info[index]
        seen = set(cycle.keys)
        vector = list(cycle.base)
        for group in arriving:
            if not seen.isdisjoint(group.keys):
                return None  # a course counts once per cycle
            seen |= group.keys
            vector = [mine + more for mine, more in zip(vector, group.measures[index], strict=True)]
        met = cycle.met(vector)
        total = vector[0] * weights[("earned", index)]
        if index == current:
            grade = 2 if met else 1 if vector[0] >= pace_cents else 0
            total += (_WEIGHT - 1 - cycle.short(vector)) * weights[("short", index)]
            return total + grade * weights[("grade", index)]
        total += int(met) * weights[("met", index)]
        if ("short", index) in weights:
            total += (_WEIGHT - 1 - cycle.short(vector)) * weights[("short", index)]
        return total

    # Along the cycles, oldest first: for each placement of the CEUs of the due date after a
    # cycle, the best score of the cycles up to it and the placements that give it.
    states: dict[int, _State] = {0: (0, ())}
    keyed: _Boundary | None = None  # the due date whose placements key ``states``
    for index in indices:
        before = boundaries.get(index)
        if keyed is not before:
            best_so_far = max(states.values(), key=_score)
            masks = range(1 << len(before.groups)) if before is not None else range(1)
            states = dict.fromkeys(masks, best_so_far)
        after = boundaries.get(index + 1)
        new: dict[int, _State] = {}
        for mask_after in range(1 << len(after.groups)) if after is not None else range(1):
            leaving = after.earlier_side(mask_after) if after is not None else []
            best: _State | None = None
            for mask_before, (score, path) in states.items():
                arriving = before.later_side(mask_before) if before is not None else []
                gained = value(index, [*arriving, *leaving])
                if gained is not None and (best is None or score + gained > best[0]):
                    placed = ((before.later, mask_before),) if before is not None else ()
                    best = (score + gained, path + placed)
            if best is not None:
                new[mask_after] = best
        states, keyed = new, after
    return max(states.values(), key=_score)[1]


def _score(state: tuple[int, object]) -> int:
    return state[0]


__all__ = ["MAX_MOVABLE", "MAX_POOLED", "Move", "plan"]
