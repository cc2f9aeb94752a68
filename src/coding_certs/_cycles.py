"""Reporting cycles: the two-year windows in which CEUs are earned and counted.

Both bodies ask for CEUs every two years, but they place the window differently.

* **AHIMA** starts the first cycle on the day the exam was passed; it runs two
  years, and the next begins the day after it ends (AHIMA, Recertification:
  https://www.ahima.org/certification/Recertification). The cycles are
  *start-anchored*: cycle *k* begins ``exam + 2k years``.
* **AAPC** asks for CEUs every two years on the membership renewal date, in the
  years whose parity matches the renewal month: odd months (January, March, …)
  in odd years, even months in even years (AAPC, Maintain your certification:
  https://www.aapc.com/certifications/maintain-your-certification). The cycles
  are *end-anchored*: cycle *k* ends on the *k*-th due date.

Every boundary is computed from the anchor by whole months, as
``dateutil.relativedelta`` adds them (never by chaining one cycle from the
last), so a cycle anchored on 29 February ends on 28 February in common years
and returns to 29 February in leap years, and consecutive cycles tile the
calendar with no gap and no overlap.

>>> import datetime
>>> schedule = CycleSchedule(anchor=datetime.date(2024, 3, 15), anchored=Anchor.START)
>>> cycle = schedule.containing(datetime.date(2024, 3, 15))
>>> cycle.start, cycle.end
(datetime.date(2024, 3, 15), datetime.date(2026, 3, 14))
>>> cycle.next().start
datetime.date(2026, 3, 15)
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
from decimal import ROUND_UP, Decimal

import attrs

from coding_certs._decimals import exact, tidy
from coding_certs._errors import InvalidTypeError, InvalidValueError
from coding_certs._validate import enum_converter, instance_of, to_date

_ONE_DAY = dt.timedelta(days=1)
_CENT = Decimal("0.01")
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@functools.lru_cache(maxsize=16384)
def _add_months(day: dt.date, months: int) -> dt.date:
    """``day + relativedelta(months=months)``: the day of month clipped to the month's end.

    The same arithmetic as ``dateutil``'s, without building a ``relativedelta``,
    and remembered: a roster's schedules share a few thousand anchors, and the
    engine moves them hundreds of thousands of times.

    Raises:
        ValueError, OverflowError: the result falls outside years 1 to 9999.
    """
    years, month = divmod(day.month - 1 + months, 12)
    year = day.year + years
    month += 1
    last = 29 if month == 2 and calendar.isleap(year) else _DAYS_IN_MONTH[month]
    return dt.date(year, month, min(day.day, last))


#: ``day`` moved by whole months (negative: back), as dateutil does: for other modules.
add_months = _add_months


class Anchor(enum.StrEnum):
    """Which end of each cycle the schedule's anchor date fixes."""

    START = "start"
    """Cycles begin on the anchor and its anniversaries (AHIMA: the exam date)."""
    END = "end"
    """Cycles end on the anchor and its anniversaries (AAPC: the due date)."""


_to_anchored = enum_converter(Anchor, what="CycleSchedule.anchored")


def _anchored(value: object) -> Anchor:
    return _to_anchored(value)


def _date(value: object) -> dt.date:
    return to_date(value, what="a cycle date")


_is_int = instance_of(int)


def _check_length(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    _is_int(instance, attribute, value)
    if value < 1:
        raise InvalidValueError(f"CycleSchedule.months must be 1 or more, got {value}")


def _check_index(index: object, method: str) -> None:
    """Cycle indexes are whole numbers: ``Decimal(1)`` or ``1.0`` would misplace every date."""
    if type(index) is not int and (isinstance(index, bool) or not isinstance(index, int)):
        raise InvalidTypeError(
            f"CycleSchedule.{method}() takes a cycle index as an int such as 0 or -3, "
            f"got {type(index).__name__} {index!r}"
        )


@attrs.frozen(cache_hash=True)  # a key of cycle_bounds and cycle_index: hashed per lookup
class CycleSchedule:
    """An endless sequence of equal cycles fixed by one anchor date.

    Attributes:
        anchor: a day on which a cycle starts (``Anchor.START``) or ends (``Anchor.END``).
        anchored: which of the two the anchor fixes.
        months: the length of a cycle in months (24: two years).
    """

    anchor: dt.date = attrs.field(converter=_date)
    anchored: Anchor = attrs.field(converter=_anchored, default=Anchor.START)
    months: int = attrs.field(default=24, validator=_check_length)

    def boundary(self, index: int) -> dt.date:
        """The anchor moved by ``index`` cycles (computed from the anchor, never chained)."""
        _check_index(index, "boundary")
        try:
            return _add_months(self.anchor, self.months * index)
        except (ValueError, OverflowError):
            raise self._outside_calendar(index) from None

    def _outside_calendar(self, index: int) -> InvalidValueError:
        return InvalidValueError(
            f"cycle {index} of the schedule anchored on {self.anchor} falls outside the "
            f"calendar (years 1 to 9999)"
        )

    def start_of(self, index: int) -> dt.date:
        """The first day of cycle ``index`` (cycle 0 is the one the anchor fixes)."""
        _check_index(index, "start_of")
        if self.anchored is Anchor.START:
            return self.boundary(index)
        boundary = self.boundary(index - 1)
        if boundary == dt.date.max:
            raise self._outside_calendar(index)
        return boundary + _ONE_DAY

    def end_of(self, index: int) -> dt.date:
        """The last day of cycle ``index``: the day CEUs are due."""
        _check_index(index, "end_of")
        if self.anchored is Anchor.START:
            boundary = self.boundary(index + 1)
            if boundary == dt.date.min:
                raise self._outside_calendar(index)
            return boundary - _ONE_DAY
        return self.boundary(index)

    def index_of(self, day: dt.date) -> int:
        """The index of the cycle that contains ``day``."""
        day = _date(day)
        months = (day.year - self.anchor.year) * 12 + (day.month - self.anchor.month)
        index = months // self.months
        while day < self.start_of(index):
            index -= 1
        while day > self.end_of(index):
            index += 1
        return index

    def cycle(self, index: int) -> CeuCycle:
        """Cycle number ``index``."""
        _check_index(index, "cycle")
        return CeuCycle(self.start_of(index), self.end_of(index), schedule=self, index=index)

    def containing(self, day: dt.date | str) -> CeuCycle:
        """The cycle that contains ``day``."""
        return self.cycle(self.index_of(_date(day)))


@functools.lru_cache(maxsize=65536)
def cycle_bounds(schedule: CycleSchedule, index: int) -> tuple[dt.date, dt.date]:
    """``(schedule.start_of(index), schedule.end_of(index))``, remembered.

    A roster shares a few thousand schedules (one per renewal day or exam day), and
    the engine asks each for the same few cycles over and over.
    """
    return _bounds(schedule, index)


def _bounds(schedule: CycleSchedule, index: int) -> tuple[dt.date, dt.date]:
    """``(schedule.start_of(index), schedule.end_of(index))`` of an ``int`` index, computed.

    The same arithmetic as the two methods, each boundary once (a cycle ends the day
    before the next boundary of a start-anchored schedule, and starts the day after the
    previous one of an end-anchored one); near the calendar's ends the methods answer,
    with their errors.
    """
    anchor, months = schedule.anchor, schedule.months
    try:
        if schedule.anchored is Anchor.START:
            start = _add_months(anchor, months * index)
            return start, _add_months(anchor, months * (index + 1)) - _ONE_DAY
        return _add_months(anchor, months * (index - 1)) + _ONE_DAY, _add_months(
            anchor, months * index
        )
    except (ValueError, OverflowError):
        return schedule.start_of(index), schedule.end_of(index)


@functools.lru_cache(maxsize=65536)
def cycle_index(schedule: CycleSchedule, day: dt.date) -> int:
    """``schedule.index_of(day)``, remembered (see :func:`cycle_bounds`)."""
    if type(day) is not dt.date:
        return schedule.index_of(day)
    anchor = schedule.anchor
    index = ((day.year - anchor.year) * 12 + (day.month - anchor.month)) // schedule.months
    # The estimate is off by at most one cycle either way (as in index_of).
    start, end = cycle_bounds(schedule, index)
    while day < start:
        index -= 1
        start = cycle_bounds(schedule, index)[0]
    while day > end:
        index += 1
        end = cycle_bounds(schedule, index)[1]
    return index


@functools.lru_cache(maxsize=16384)
def shared_schedule(anchor: dt.date, anchored: Anchor, months: int) -> CycleSchedule:
    """The schedule of these fields: one object for every holder that has it."""
    return CycleSchedule(anchor=anchor, anchored=anchored, months=months)


@attrs.frozen(order=False)
class CeuCycle:
    """One reporting cycle: CEUs completed from ``start`` to ``end`` (both inclusive) count.

    ``end`` is the last day a CEU counts and the day the CEUs are due. A cycle
    may start later than its schedule's regular start: AAPC's first cycle after
    certification begins on the day the credential was earned and is pro-rated
    (see :attr:`is_partial`). In a schedule anchored on its cycles' ends, a cycle
    may also start one day early, on the previous due date: the first cycle of a
    body due on the exam anniversary begins on the exam day itself.

    Attributes:
        start: the first day of the cycle.
        end: the last day of the cycle, the due date.
        schedule: the schedule it belongs to, which gives :meth:`next` and :meth:`previous`.
        index: its position in that schedule.
    """

    start: dt.date = attrs.field(converter=_date)
    end: dt.date = attrs.field(converter=_date)
    schedule: CycleSchedule = attrs.field(validator=instance_of(CycleSchedule), repr=False)
    index: int = attrs.field(validator=instance_of(int), repr=False)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError(
                f"CeuCycle must not end ({self.end}) before it starts ({self.start})"
            )
        regular_start = self.schedule.start_of(self.index)
        # A schedule due on its anchor's anniversaries may begin its first cycle on the previous
        # due date, the exam day (ACDIS: 2022-10-01 to 2024-10-01, then 2024-10-02 onwards).
        earliest = regular_start
        if self.schedule.anchored is Anchor.END and regular_start > dt.date.min:
            earliest = regular_start - _ONE_DAY
        if self.end != self.schedule.end_of(self.index) or not (earliest <= self.start <= self.end):
            raise InvalidValueError(
                f"CeuCycle {self.start}..{self.end} is not cycle {self.index} of its schedule "
                f"({regular_start}..{self.schedule.end_of(self.index)})"
            )

    @property
    def due(self) -> dt.date:
        """The day the CEUs are due: the cycle's last day."""
        return self.end

    @property
    def days(self) -> int:
        """The number of days in the cycle, both ends included."""
        return (self.end - self.start).days + 1

    @property
    def is_partial(self) -> bool:
        """Whether the cycle starts after its schedule's regular start (a pro-rated first cycle)."""
        return self.start > self.schedule.start_of(self.index)

    def contains(self, day: dt.date | str) -> bool:
        """Whether ``day`` falls within the cycle, both ends included."""
        day = _date(day)
        return self.start <= day <= self.end

    def next(self) -> CeuCycle:
        """The cycle that begins the day after this one ends."""
        return self.schedule.cycle(self.index + 1)

    def previous(self) -> CeuCycle:
        """The regular cycle that ends the day before this one begins."""
        return self.schedule.cycle(self.index - 1)

    def days_before(self, as_of: dt.date | str) -> int:
        """Whole days of the cycle before ``as_of`` (CEUs of the day itself may still come).

        This is the one definition of elapsed time the pace and the explanations use.
        """
        day = _date(as_of)
        return max(0, min(self.days, (day - self.start).days))

    def days_elapsed(self, as_of: dt.date | str) -> int:
        """Days of the cycle up to and including ``as_of`` (0 before it, :attr:`days` after it)."""
        day = _date(as_of)
        return self.days if day >= self.end else self.days_before(day + _ONE_DAY)

    @exact
    def pace(self, required: Decimal, as_of: dt.date | str) -> Decimal:
        """The CEUs an even pace of ``required`` would have earned before ``as_of``.

        ``required`` times :meth:`days_before` over :attr:`days`, rounded up to cents:
        the one definition of pace.
        """
        share = Decimal(self.days_before(as_of)) / Decimal(self.days)
        return tidy((required * share).quantize(_CENT, ROUND_UP))

    def days_left(self, as_of: dt.date | str) -> int:
        """Days of the cycle after ``as_of`` (all of them before it starts, 0 after it ends)."""
        return self.days - self.days_elapsed(as_of)

    @exact
    def elapsed_share(self, as_of: dt.date | str) -> Decimal:
        """The share of the cycle elapsed on ``as_of``, from ``0`` to ``1``, exact."""
        return Decimal(self.days_elapsed(as_of)) / Decimal(self.days)

    def __str__(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat()}"
