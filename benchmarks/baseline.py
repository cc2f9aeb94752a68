"""A fair yardstick: the benchmark's job written by hand, the way a lean script would do it.

A competent engineer asked "required, earned, remaining and standing for every coder and
body, from this roster and this CEU log" would not build a value object per activity, nor
copy the library's algorithm. This module is that script. It:

* parses once: each activity becomes one small tuple (day as an ordinal, units as integer
  hundredths, a bit mask of the bodies it may count for, a bit mask of its categories, its
  course key), and each holder's tuples are sorted once by day;
* cuts each cycle out of the sorted days with :func:`bisect.bisect_left`, so placing an
  activity costs nothing per cycle;
* keeps every rule lookup in a dict keyed by what it depends on: cycle windows by the
  schedule's anchor, requirements and category minimums by (body, credentials held when
  the cycle began, the cycle's first and last days);
* sums integer hundredths and compares integers; ``Decimal`` appears only to read the
  input's units and to write the four numbers out.

The rule data (tiers, minimums, lapse periods) is written here as constants, as such a
script would have it, for the credentials the benchmark's roster holds. The benchmark
checks every number against the library, so a rule that drifts shows up as a mismatch.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

Result = tuple[Decimal, Decimal, Decimal, str]


class PlainHolder(NamedTuple):
    """A holder as a plain record: id, name, renewal date, (code, earned on) pairs."""

    id: str
    name: str
    aapc_renewal: dt.date | None
    credentials: tuple[tuple[str, dt.date], ...]


class PlainActivity(NamedTuple):
    """A CEU activity as a plain record, in the CSV's column order."""

    holder_id: str
    completed_on: dt.date
    units: Decimal
    kind: str
    title: str
    sponsor: str | None
    index_number: str | None
    preapproved: bool
    categories: frozenset[str]
    bodies: frozenset[str]


# --- The rules, as constants ------------------------------------------------------------

AAPC, AHIMA = 1, 2  # bit masks of the bodies an activity may count for
BODY_BITS = {"AAPC": AAPC, "AHIMA": AHIMA}
BODY_OF = {
    **dict.fromkeys(("CPC", "CPC-H", "COC", "CIC", "CPC-P", "CPMA"), AAPC),
    **dict.fromkeys(("CCS", "CCS-P", "CCA"), AHIMA),
}
CURRENT_FORM = {"CPC-H": "COC"}  # a renamed credential counts once, as its new name
# Minimums of one pool share CEUs, each CEU toward one of them (AAPC: a specialty CEU counts
# toward "one Specialty and one Core credential concurrently"). The roster's only pooled
# minimum is CPMA's (pool aapc-core): alone in its pool, it takes every CEU tagged for it, so
# the pool never binds here. tests/test_benchmark_baseline.py checks this against the book.
POOLED = {"CPMA": "aapc-core"}
CATEGORY_BITS = {"hiim": 1, "ahima-resource": 2, "auditing": 4, "specialty": 8}
# AAPC's current tier table and minimums, asked of cycles due on or after this day (judged by
# the due date, as the rule book judges them), whenever the cycle began.
AAPC_2015 = dt.date(2015, 8, 31).toordinal()
AHIMA_RESOURCE_FROM = dt.date(2025, 1, 1).toordinal()  # AHIMA's 40% from AHIMA resources
AHIMA_NO_GRACE_FROM = dt.date(2021, 1, 1).toordinal()  # then inactive 180 days, no grace
# CEUs in hundredths by the number of distinct credentials (the last entry: that many or more).
AAPC_TIERS_2012 = (0, 3600, 4800, 6000, 7200, 8000)
AAPC_TIERS_2015 = (0, 3600, 4000, 4400, 4800, 5200)
AHIMA_TIERS = (0, 2000, 3000, 4000, 5000)
MONTHS = 24  # both bodies: a two-year cycle


def _add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, the day clipped to the month's end."""
    years, month = divmod(day.month - 1 + months, 12)
    year = day.year + years
    for last in (day.day, 30, 29, 28):  # the first day that exists in that month
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError  # pragma: no cover -- every month has a 28th


def _months_started(start: dt.date, end: dt.date) -> int:
    """Whole months from ``start`` to ``end``, a started month counting whole."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if _add_months(start, months) > end:
        months -= 1
    return months + (_add_months(start, months) != end)


def _round_half_up(numerator: int, denominator: int) -> int:
    return (2 * numerator + denominator) // (2 * denominator)


def _ceil(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


_REQUIREMENTS: dict[tuple[object, ...], tuple[int, tuple[tuple[int, int], ...]]] = {}


def requirement(
    body: int, codes: frozenset[str], start: int, end: int, *, partial: bool
) -> tuple[int, tuple[tuple[int, int], ...]]:
    """Hundredths due in a cycle, and its category minimums as (category bit, hundredths)."""
    key = (body, codes, start, end, partial)
    found = _REQUIREMENTS.get(key)
    if found is not None:
        return found
    count = len({CURRENT_FORM.get(code, code) for code in codes})
    if body == AHIMA:
        full = AHIMA_TIERS[min(count, len(AHIMA_TIERS) - 1)]
        minimums = [(CATEGORY_BITS["hiim"], _ceil(full * 80, 100))]
        if start >= AHIMA_RESOURCE_FROM:
            minimums.append((CATEGORY_BITS["ahima-resource"], _ceil(full * 40, 100)))
        found = full, tuple(minimums)
    else:
        tiers = AAPC_TIERS_2015 if end >= AAPC_2015 else AAPC_TIERS_2012
        full = tiers[min(count, len(tiers) - 1)]
        required = full
        if partial:  # the first cycle after certification: pro-rated by months started
            months = _months_started(dt.date.fromordinal(start), dt.date.fromordinal(end))
            required = min(full, _round_half_up(full * months, MONTHS))
        auditing: tuple[tuple[int, int], ...] = ()
        if "CPMA" in codes:
            asked = 1600 if end >= AAPC_2015 else 2400
            if required < full:
                asked = _round_half_up(asked * required, full)
            auditing = ((CATEGORY_BITS["auditing"], asked),)
        found = required, auditing
    _REQUIREMENTS[key] = found
    return found


_DUE: dict[tuple[int, int, int], int] = {}


def _aapc_due(month: int, day: int, year: int) -> int:
    """The AAPC due date (an ordinal) in ``year``; 29 February falls back to the 28th."""
    key = (month, day, year)
    found = _DUE.get(key)
    if found is None:
        try:
            found = dt.date(year, month, day).toordinal()
        except ValueError:
            found = dt.date(year, month, day - 1).toordinal()
        _DUE[key] = found
    return found


def _aapc_cycles(
    renewal: dt.date, first: int, as_of: int, days: list[int]
) -> tuple[int, list[tuple[int, int, int]]]:
    """The first day counted, and AAPC's cycles to assess: (first day, regular first day, due).

    CEUs are due every two years on the renewal date, in the years whose parity matches
    the renewal month. The first cycle starts on the day the first credential was earned.
    The current and the previous cycle are reported; since a renewal month's CEUs may count
    on either side of its due date, the cycles before them are placed too, back to a due
    date whose month holds no activity (``days``: the holder's sorted ordinals), as the
    library documents (``coding_certs._renewal``).
    """
    month, mday = renewal.month, renewal.day

    def due_year(day: int) -> int:  # the due year of the cycle containing ``day``
        year = dt.date.fromordinal(day).year
        if year % 2 != month % 2:
            year += 1
        return year if _aapc_due(month, mday, year) >= day else year + 2

    def month_has_activity(due: int) -> bool:
        date = dt.date.fromordinal(due)
        low = dt.date(date.year, date.month, 1)
        position = bisect.bisect_left(days, low.toordinal())
        return position < len(days) and days[position] < _add_months(low, 1).toordinal()

    first_year = due_year(first)
    if _aapc_due(month, mday, first_year) == first:  # earned on a due date: nothing due then
        first_year += 2
    current = max(first_year, due_year(as_of))
    oldest = max(first_year, current - 2)
    while oldest > first_year and month_has_activity(_aapc_due(month, mday, oldest - 2)):
        oldest -= 2
    cycles = []
    for year in range(oldest, current + 1, 2):
        regular = _aapc_due(month, mday, year - 2) + 1
        cycles.append((max(first, regular), regular, _aapc_due(month, mday, year)))
    # The first cycle counts CEUs from the day of certification, even one earned on a due date.
    return (first if oldest == first_year else cycles[0][0]), cycles


_AHIMA_CYCLES: dict[tuple[int, int], list[tuple[int, int, int]]] = {}


def _ahima_cycles(first: int, as_of: int) -> list[tuple[int, int, int]]:
    """AHIMA's assessed cycles, oldest first: two years from the exam date and its anniversaries."""
    key = (first, as_of)
    found = _AHIMA_CYCLES.get(key)
    if found is None:
        exam, day = dt.date.fromordinal(first), dt.date.fromordinal(as_of)
        index = ((day.year - exam.year) * 12 + day.month - exam.month) // MONTHS
        while _add_months(exam, MONTHS * index).toordinal() > as_of:
            index -= 1
        while _add_months(exam, MONTHS * (index + 1)).toordinal() <= as_of:
            index += 1
        found = []
        for i in range(max(0, index - 1), index + 1):
            start = _add_months(exam, MONTHS * i).toordinal()
            end = _add_months(exam, MONTHS * (i + 1)).toordinal() - 1
            found.append((start, start, end))
        _AHIMA_CYCLES[key] = found
    return found


# --- One holder -------------------------------------------------------------------------

DAY, TITLE, CENTS, BODIES, TAGS, KEY = range(6)
_SEPARATORS = str.maketrans("", "", " \t\n-_./")  # index numbers: "AAPC-1" is "aapc 1"
Row = tuple[int, str, int, int, int, str]


def _row(activity: PlainActivity, tags: dict[frozenset[str], int]) -> Row:
    """An activity parsed once: ordinal day, title, hundredths, body mask, tag mask, course key."""
    kind = activity.kind
    if kind == "instruction" and not activity.preapproved:
        bodies = 0  # instruction counts only with pre-approval
    else:
        named = activity.bodies
        bodies = (
            AAPC | AHIMA
            if not named
            else (AAPC if "AAPC" in named else 0) | (AHIMA if "AHIMA" in named else 0)
        )
        if kind == "approved-event" and not activity.index_number:
            bodies &= ~AAPC  # AAPC: an approved event counts only with its index number
    categories = activity.categories
    mask = tags.get(categories)
    if mask is None:
        mask = tags[categories] = sum(CATEGORY_BITS.get(tag, 0) for tag in categories)
    index = activity.index_number
    key = (
        "i" + index.translate(_SEPARATORS).upper()
        if index
        else "t"
        + " ".join(activity.title.casefold().split())
        + "\0"
        + (activity.sponsor or "").casefold()
    )
    return (
        activity.completed_on.toordinal(),
        activity.title,
        int(activity.units * 100),
        bodies,
        mask,
        key,
    )


class Cycle:
    """One assessed cycle: its window, what it asks, and the rows it counts."""

    __slots__ = ("end", "minimums", "required", "rows")

    def __init__(self, end: int, required: int, minimums: tuple[tuple[int, int], ...]) -> None:
        """A cycle due on ``end`` that asks ``required`` hundredths and these minimums."""
        self.end = end
        self.required = required
        self.minimums = minimums
        self.rows: list[Row] = []

    def earned(self) -> int:
        """The hundredths counted."""
        return sum(row[CENTS] for row in self.rows)

    def still_owed(self) -> int:
        """The least hundredths still to earn: the total's shortfall, or a minimum's if larger."""
        earned = self.earned()
        return max(
            0,
            self.required - earned,
            *(
                asked - sum(row[CENTS] for row in self.rows if row[TAGS] & bit)
                for bit, asked in self.minimums
            ),
        )

    def met(self) -> bool:
        """Whether the total and every category minimum are met."""
        if self.earned() < self.required:
            return False
        return all(
            sum(row[CENTS] for row in self.rows if row[TAGS] & bit) >= asked
            for bit, asked in self.minimums
        )


def _count(rows: list[Row], low: int, high: int, body: int) -> list[Row]:
    """The rows of ``rows[low:high]`` that count for ``body``: one per course, worth most."""
    counted: list[Row | None] = []
    seen: dict[str, int] = {}
    for position in range(low, high):
        row = rows[position]
        if not row[BODIES] & body:
            continue
        at = seen.get(row[KEY])
        if at is None:
            seen[row[KEY]] = len(counted)
            counted.append(row)
            continue
        kept = counted[at]
        if kept is not None and row[CENTS] > kept[CENTS]:
            counted[at] = None
            seen[row[KEY]] = len(counted)
            counted.append(row)
    return [row for row in counted if row is not None]


def _once_per_course(
    cycles: list[Cycle], rows: list[Row], low: int, takes_from: int, days: list[int]
) -> None:
    """AAPC counts a course once: only in the first cycle (by dates) that counts it.

    A course AAPC accepted before the first cycle placed (from ``rows[low]``, the day of
    certification) is used up too.
    """
    used = {
        row[KEY]
        for row in rows[low : bisect.bisect_left(days, takes_from, low)]
        if row[BODIES] & AAPC
    }
    for cycle in cycles:
        cycle.rows = [row for row in cycle.rows if row[KEY] not in used]
        used.update(row[KEY] for row in cycle.rows)


def _in_month(rows: list[Row], due: dt.date) -> list[Row]:
    """The rows completed in the month of ``due``."""
    first = dt.date(due.year, due.month, 1).toordinal()
    after = _add_months(dt.date(due.year, due.month, 1), 1).toordinal()
    return [row for row in rows if first <= row[DAY] < after]


MAX_MOVABLE = 8  # the library's documented bound: more movable CEUs of a due date are grouped
Group = tuple[tuple[Row, ...], int, int]  # rows that move together, their cycle, the other


def _grouped(items: list[tuple[Row, int, int]], tags: int) -> list[Group]:
    """One due date's movable rows: one by one when few, else in groups (see ``_renewal``).

    With more than :data:`MAX_MOVABLE`, each side of the due date is ranked (rows tagged
    with a category a minimum of either cycle counts first, then the largest) and cut into
    groups of 1, 2, 4, ... rows, the last taking the rest, as the library documents.
    """
    if len(items) <= MAX_MOVABLE:
        return [((row,), home, other) for row, home, other in items]
    homes = sorted({home for _, home, _ in items})
    budget = MAX_MOVABLE // len(homes)
    groups: list[Group] = []
    for home in homes:
        side = [item for item in items if item[1] == home]
        side.sort(key=lambda item: (not item[0][TAGS] & tags, -item[0][CENTS]))
        other = side[0][2]
        start, size = 0, 1
        for number in range(budget):
            stop = len(side) if number == budget - 1 else start + size
            if start < len(side):
                groups.append((tuple(row for row, _, _ in side[start:stop]), home, other))
            start, size = stop, size * 2
    return groups


def _movable(
    cycles: list[Cycle], *, renewal_month: bool, window: tuple[int, int] | None
) -> list[Group]:
    """The movable rows, in groups that move together (most often one row alone)."""
    groups: list[Group] = []
    current = len(cycles) - 1
    for later in range(1, len(cycles)):
        earlier = later - 1
        items: list[tuple[Row, int, int]] = []
        if renewal_month:
            due = dt.date.fromordinal(cycles[earlier].end)
            items += [(row, earlier, later) for row in _in_month(cycles[earlier].rows, due)]
            items += [(row, later, earlier) for row in _in_month(cycles[later].rows, due)]
        if window is not None and later == current:
            taken = {id(row) for row, _, _ in items}
            items += [
                (row, later, earlier)
                for row in cycles[later].rows
                if window[0] <= row[DAY] <= window[1] and id(row) not in taken
            ]
        tags = 0
        for bit, _ in (*cycles[earlier].minimums, *cycles[later].minimums):
            tags |= bit
        groups += _grouped(items, tags)
    return groups


def share_renewal_months(
    cycles: list[Cycle], pace: int, *, renewal_month: bool, window: tuple[int, int] | None
) -> None:
    """CEUs near a due date count on whichever side of it does most good.

    ``cycles`` are consecutive, oldest first, the current one last. Movable: with
    ``renewal_month`` (AAPC), the CEUs of each due date's month, either way; with a
    ``window`` (the days after an unmet previous cycle's due date until it would be
    revoked), the current cycle's CEUs of those days, back into it. The rule the library
    documents (``coding_certs._renewal``): of every placement, the best leaves the previous
    cycle met (minimums included), then owes least for it (the larger of the total's and a
    minimum's shortfall), then gives the current one its best standing, then leaves each
    older cycle met (the most recent first), then owes least for the current one, then
    keeps most CEUs in the current one and then in each earlier one (the most recent
    first); a course counts once per cycle. Every placement is tried:
    these are a few CEUs at most.
    """
    sides = _movable(cycles, renewal_month=renewal_month, window=window)
    if not sides:
        return
    movable = {id(row) for rows, _, _ in sides for row in rows}
    fixed = [[row for row in cycle.rows if id(row) not in movable] for cycle in cycles]
    current = len(cycles) - 1
    earlier = range(current - 1, -1, -1)  # the previous cycle first, then each older one
    best: tuple[tuple[int, ...], list[list[Row]]] | None = None
    for choice in itertools.product((False, True), repeat=len(sides)):
        placed = [list(rows) for rows in fixed]
        for (rows, home, other), moved in zip(sides, choice, strict=True):
            placed[other if moved else home].extend(rows)
        if any(len({row[KEY] for row in rows}) != len(rows) for rows in placed):
            continue  # a course counts once per cycle
        for cycle, rows in zip(cycles, placed, strict=True):
            cycle.rows = rows
        now = cycles[current]
        grade = 2 if now.met() else 1 if now.earned() >= pace else 0
        previous = cycles[current - 1]
        key = (
            int(previous.met()),
            -previous.still_owed(),
            grade,
            *(int(cycles[i].met()) for i in earlier[1:]),
            -now.still_owed(),
            now.earned(),
            *(cycles[i].earned() for i in earlier),
        )
        if best is None or key > best[0]:
            best = (key, placed)
    if best is not None:  # placing every row on its own side is always possible
        for cycle, rows in zip(cycles, best[1], strict=True):
            cycle.rows = sorted(rows)


def _revoked_after(body: int, end: int) -> int:
    """The last day before a cycle due on ``end`` and left unmet is revoked."""
    if body == AAPC:
        return end + 90  # 30 days of grace, then the late-fee window to day 90
    if end < AHIMA_NO_GRACE_FROM:
        return _add_months(dt.date.fromordinal(end), 3).toordinal()
    return end + 180  # inactive for 180 days


def _standing(
    body: int, current: Cycle, current_start: int, previous: Cycle | None, as_of: int
) -> str:
    if previous is not None and not previous.met():
        end = previous.end
        if body == AAPC:
            grace_end, inactive_days = end + 90, 0
        elif end < AHIMA_NO_GRACE_FROM:
            grace_end, inactive_days = _add_months(dt.date.fromordinal(end), 3).toordinal(), 0
        else:
            grace_end, inactive_days = end, 180
        if as_of <= grace_end and grace_end > end:
            return "grace"
        if inactive_days and as_of <= grace_end + inactive_days:
            return "inactive"
        return "lapsed"
    if current.met():
        return "met"
    # On track: at least the pro-rata share of the days before as_of, rounded up to cents.
    days = current.end - current_start + 1
    before = max(0, min(days, as_of - current_start))
    pace = _ceil(current.required * before, days)
    return "on-track" if current.earned() >= pace else "behind"


def assess_body(  # noqa: PLR0913, PLR0917 -- one holder's facts, passed as they are
    body: int,
    holder: PlainHolder,
    held: list[tuple[str, int]],
    rows: list[Row],
    days: list[int],
    as_of: int,
) -> tuple[int, int, int, str]:
    """Required, earned and still owed hundredths of the current cycle, and the standing."""
    first = min(earned for _, earned in held)
    if body == AAPC:
        renewal = holder.aapc_renewal or dt.date.fromordinal(first)
        takes_from, windows = _aapc_cycles(renewal, first, as_of, days)
    else:
        windows = _ahima_cycles(first, as_of)
        takes_from = windows[0][0]
    cycles = []
    # The oldest cycle placed takes the CEUs from its first day, the current one up to
    # as_of: nothing else counts.
    low = bisect.bisect_left(days, takes_from)
    stop = bisect.bisect_right(days, as_of)
    for number, (start, regular, end) in enumerate(windows):
        codes = frozenset(code for code, earned in held if earned <= start)
        required, minimums = requirement(body, codes, start, end, partial=start != regular)
        cycle = Cycle(end, required, minimums)
        high = stop if number == len(windows) - 1 else bisect.bisect_right(days, end, low, stop)
        cycle.rows = _count(rows, low, high, body)
        low = high
        cycles.append(cycle)
    if body == AAPC:
        _once_per_course(cycles, rows, bisect.bisect_left(days, first), takes_from, days)
    current, previous = cycles[-1], (cycles[-2] if len(cycles) > 1 else None)
    if previous is not None:
        # CEUs after an unmet due date, until the credential would be revoked, may make it up.
        # Met on its own dates, it needs the window only if renewal-month CEUs may leave it.
        met = previous.met()
        window = (
            None if met and body != AAPC else (previous.end + 1, _revoked_after(body, previous.end))
        )
        if body == AAPC or window is not None:
            first_day, length = windows[-1][0], current.end - windows[-1][0] + 1
            pace = _ceil(current.required * max(0, min(length, as_of - first_day)), length)
            share_renewal_months(cycles, pace, renewal_month=body == AAPC, window=window)
    return (
        current.required,
        current.earned(),
        current.still_owed(),
        _standing(body, current, windows[-1][0], previous, as_of),
    )


_DECIMALS: dict[int, Decimal] = {}


def _decimal(hundredths: int) -> Decimal:
    found = _DECIMALS.get(hundredths)
    if found is None:
        found = _DECIMALS[hundredths] = Decimal(hundredths).scaleb(-2)
    return found


def baseline(
    roster: Iterable[PlainHolder], log: Iterable[PlainActivity], as_of: dt.date
) -> dict[tuple[str, str], Result]:
    """Required, earned, remaining and standing per holder and body code, by hand."""
    # A nightly run starts cold: nothing remembered from an earlier call counts.
    for cache in (_REQUIREMENTS, _DUE, _AHIMA_CYCLES, _DECIMALS):
        cache.clear()
    day = as_of.toordinal()
    tags: dict[frozenset[str], int] = {}
    by_holder: dict[str, list[Row]] = {}
    for activity in log:
        rows = by_holder.get(activity.holder_id)
        if rows is None:
            rows = by_holder[activity.holder_id] = []
        rows.append(_row(activity, tags))
    results: dict[tuple[str, str], Result] = {}
    names = {AAPC: "AAPC", AHIMA: "AHIMA"}
    for holder in roster:
        rows = by_holder.get(holder.id, [])
        rows.sort()  # by day, then title: the order the library keeps a log in
        days = [row[DAY] for row in rows]
        by_body: dict[int, list[tuple[str, int]]] = {}
        for code, earned in holder.credentials:
            earned_day = earned.toordinal()
            if earned_day <= day:
                by_body.setdefault(BODY_OF[code], []).append((code, earned_day))
        for body in sorted(by_body):
            required, earned, owed, standing = assess_body(
                body, holder, by_body[body], rows, days, day
            )
            results[holder.id, names[body]] = (
                _decimal(required),
                _decimal(earned),
                _decimal(owed),
                standing,
            )
    return results
