"""Reporting cycles: AHIMA's start-anchored and AAPC's end-anchored two-year windows."""

# Numbers are compared as published (36, not Decimal('36')): Decimal == int is exact.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import coding_certs as cc
from engine_strategies import days, schedules, two_year_schedules

D = dt.date

#: The tiling properties found real defects while the engine was written (commit 5c4a4e9,
#: "fixes they found"): they keep CI's strength in every profile, the quick one included.
tiling_settings = settings(max_examples=200)


def _ahima(anchor: dt.date | str) -> cc.CycleSchedule:
    return cc.CycleSchedule(anchor=anchor, anchored=cc.Anchor.START)


def _aapc_due(renewal: str, *, earned: str = "2020-01-02", as_of: str = "2025-01-01") -> dt.date:
    holder = cc.Holder("E1", [("CPC", earned)], aapc_renewal=renewal)
    return cc.assess(holder, as_of=as_of).for_body("AAPC").due


# --- AHIMA: start-anchored ------------------------------------------------------------


def test_ahima_cycle_begins_on_the_exam_day() -> None:
    """An exam passed on 2024-03-15 opens the cycle 2024-03-15 to 2026-03-14."""
    cycle = _ahima("2024-03-15").containing("2024-03-15")
    assert (cycle.start, cycle.end) == (D(2024, 3, 15), D(2026, 3, 14))


def test_ahima_next_cycle_begins_the_day_after() -> None:
    """The cycle after 2024-03-15..2026-03-14 begins on 2026-03-15."""
    cycle = _ahima("2024-03-15").containing("2024-03-15").next()
    assert (cycle.start, cycle.end) == (D(2026, 3, 15), D(2028, 3, 14))


def test_leap_day_anchor_first_cycle_ends_on_27_february() -> None:
    """An exam on 2024-02-29 gives a first cycle ending 2026-02-27 (2026-02-28 starts the next)."""
    cycle = _ahima("2024-02-29").containing("2024-02-29")
    assert (cycle.start, cycle.end) == (D(2024, 2, 29), D(2026, 2, 27))


def test_leap_day_anchor_second_cycle() -> None:
    """After a leap-day exam, the second cycle runs 2026-02-28 to 2028-02-28."""
    cycle = _ahima("2024-02-29").containing("2024-02-29").next()
    assert (cycle.start, cycle.end) == (D(2026, 2, 28), D(2028, 2, 28))


def test_leap_day_anchor_returns_to_29_february() -> None:
    """After a leap-day exam, the third cycle begins on 2028-02-29 again."""
    cycle = _ahima("2024-02-29").containing("2024-02-29").next().next()
    assert cycle.start == D(2028, 2, 29)


# --- AAPC: end-anchored, parity of the renewal month ------------------------------------


def test_march_renewal_is_due_in_odd_years() -> None:
    """A renewal in March (an odd month) puts the due dates in odd years."""
    assert _aapc_due("2020-03-15", as_of="2024-06-01") == D(2025, 3, 15)


@pytest.mark.parametrize("month", range(1, 13))
def test_due_year_parity_follows_the_renewal_month(month: int) -> None:
    """Odd renewal months are due in odd years, even months in even years."""
    due = _aapc_due(f"2019-{month:02d}-10", earned="2019-01-01")
    assert due.year % 2 == month % 2


def test_aapc_cycles_end_on_the_renewal_day() -> None:
    """AAPC cycles end on the renewal day and the next one begins the day after."""
    holder = cc.Holder("E1", [("CPC", "2020-01-02")], aapc_renewal="2021-03-15")
    cycle = cc.assess(holder, as_of="2024-06-01").for_body("AAPC").cycle
    assert (cycle.start, cycle.end, cycle.next().start) == (
        D(2023, 3, 16),
        D(2025, 3, 15),
        D(2025, 3, 16),
    )


def test_leap_day_renewal_is_due_on_28_february_in_common_years() -> None:
    """A renewal date of 29 February is due on 2026-02-28 in a common year."""
    assert _aapc_due("2024-02-29", earned="2024-03-01", as_of="2025-01-01") == D(2026, 2, 28)


def test_leap_day_renewal_is_due_on_29_february_in_leap_years() -> None:
    """A renewal date of 29 February is due on 2028-02-29 in a leap year."""
    holder = cc.Holder("E1", [("CPC", "2024-03-01")], aapc_renewal="2024-02-29")
    cycle = cc.assess(holder, as_of="2025-01-01").for_body("AAPC").cycle
    assert cycle.next().end == D(2028, 2, 29)


def test_end_anchored_schedule_places_the_anchor_at_the_end() -> None:
    """An end-anchored cycle 0 ends on the anchor, starting the day after the anchor - 2 years."""
    schedule = cc.CycleSchedule(anchor="2025-03-15", anchored="end")
    cycle = schedule.cycle(0)
    assert (cycle.start, cycle.end) == (D(2023, 3, 16), D(2025, 3, 15))


# --- Properties -------------------------------------------------------------------------


@tiling_settings
@given(schedule=schedules, index=st.integers(min_value=-40, max_value=40))
def test_consecutive_cycles_tile(schedule: cc.CycleSchedule, index: int) -> None:
    """Every cycle ends the day before the next begins: no gap, no overlap."""
    cycle = schedule.cycle(index)
    assert cycle.end + dt.timedelta(days=1) == cycle.next().start


@tiling_settings
@given(schedule=schedules, index=st.integers(min_value=-40, max_value=40))
def test_cycles_are_never_empty(schedule: cc.CycleSchedule, index: int) -> None:
    """Every cycle of a schedule holds at least one day."""
    assert schedule.cycle(index).days >= 1


@given(schedule=schedules, day=days)
def test_containing_contains(schedule: cc.CycleSchedule, day: dt.date) -> None:
    """The cycle that contains a day contains it."""
    assert schedule.containing(day).contains(day)


@given(schedule=two_year_schedules, day=days)
def test_two_year_cycles_last_about_two_years(schedule: cc.CycleSchedule, day: dt.date) -> None:
    """A two-year cycle holds 729 to 732 days (two years, either way of a leap day)."""
    assert 729 <= schedule.containing(day).days <= 732


@given(schedule=schedules, day=days)
def test_next_then_previous_is_the_same_cycle(schedule: cc.CycleSchedule, day: dt.date) -> None:
    """``next().previous()`` returns the cycle it started from."""
    cycle = schedule.containing(day)
    assert cycle.next().previous() == cycle


@given(schedule=schedules, day=days, as_of=days)
def test_days_elapsed_and_left_add_up(
    schedule: cc.CycleSchedule, day: dt.date, as_of: dt.date
) -> None:
    """Days elapsed and days left always add up to the cycle's days."""
    cycle = schedule.containing(day)
    assert cycle.days_elapsed(as_of) + cycle.days_left(as_of) == cycle.days


@given(schedule=schedules, day=days, as_of=days)
def test_elapsed_share_is_between_0_and_1(
    schedule: cc.CycleSchedule, day: dt.date, as_of: dt.date
) -> None:
    """The elapsed share is an exact Decimal from 0 to 1."""
    share = schedule.containing(day).elapsed_share(as_of)
    assert isinstance(share, Decimal)
    assert 0 <= share <= 1


# --- Days elapsed, left and the share, by example ---------------------------------------


def test_nothing_has_elapsed_before_the_cycle() -> None:
    """Before its first day no day of a cycle has elapsed and the share is 0."""
    cycle = _ahima("2024-03-15").containing("2024-03-15")
    assert (cycle.days_elapsed("2024-03-14"), cycle.elapsed_share("2024-03-14")) == (0, 0)


def test_everything_has_elapsed_after_the_cycle() -> None:
    """After its last day every day of a cycle has elapsed, none is left, the share is 1."""
    cycle = _ahima("2024-03-15").containing("2024-03-15")
    assert (cycle.days_left("2026-03-15"), cycle.elapsed_share("2026-03-15")) == (0, 1)


def test_the_first_day_counts_as_elapsed() -> None:
    """On its first day, one day of a cycle has elapsed (both ends count)."""
    cycle = _ahima("2024-03-15").containing("2024-03-15")
    assert cycle.days_elapsed(D(2024, 3, 15)) == 1


def test_cycle_text_and_due_date() -> None:
    """A cycle reads as 'start to end' and is due on its last day."""
    cycle = _ahima("2024-03-15").containing("2024-03-15")
    assert (str(cycle), cycle.due) == ("2024-03-15 to 2026-03-14", D(2026, 3, 14))


def test_regular_cycle_is_not_partial() -> None:
    """A cycle that starts on its schedule's regular day is not partial."""
    assert not _ahima("2024-03-15").cycle(3).is_partial


def test_late_start_makes_a_partial_cycle() -> None:
    """A cycle starting after its regular start (a pro-rated first cycle) is partial."""
    schedule = cc.CycleSchedule(anchor="2025-03-15", anchored="end")
    assert cc.CeuCycle("2024-06-10", "2025-03-15", schedule=schedule, index=0).is_partial


# --- Validation -------------------------------------------------------------------------


def test_cycle_may_not_end_before_it_starts() -> None:
    """A cycle ending before it starts is refused."""
    schedule = _ahima("2024-03-15")
    with pytest.raises(cc.InvalidValueError, match="before it starts"):
        cc.CeuCycle(D(2026, 3, 14), D(2024, 3, 15), schedule=schedule, index=0)


def test_cycle_must_end_on_its_schedules_day() -> None:
    """A cycle whose end is not its schedule's end for that index is refused."""
    schedule = _ahima("2024-03-15")
    with pytest.raises(cc.InvalidValueError, match="is not cycle 0"):
        cc.CeuCycle(D(2024, 3, 15), D(2026, 3, 15), schedule=schedule, index=0)


def test_cycle_may_not_start_before_its_regular_start() -> None:
    """A cycle starting before its schedule's regular start is refused."""
    schedule = _ahima("2024-03-15")
    with pytest.raises(cc.InvalidValueError, match="is not cycle 0"):
        cc.CeuCycle(D(2024, 3, 14), D(2026, 3, 14), schedule=schedule, index=0)


def test_cycle_index_must_match() -> None:
    """A cycle given the dates of another index is refused."""
    schedule = _ahima("2024-03-15")
    with pytest.raises(cc.InvalidValueError):
        cc.CeuCycle(D(2024, 3, 15), D(2026, 3, 14), schedule=schedule, index=1)


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"start": None}, cc.InvalidTypeError),
        ({"start": "2024-02-30"}, cc.InvalidValueError),
        ({"end": 20260314}, cc.InvalidTypeError),
        ({"schedule": "2024-03-15"}, cc.InvalidTypeError),
        ({"schedule": None}, cc.InvalidTypeError),
        ({"index": "0"}, cc.InvalidTypeError),
        ({"index": False}, cc.InvalidTypeError),
    ],
)
def test_junk_cycle_fields_are_refused(fields: dict[str, object], error: type[Exception]) -> None:
    """Junk in any field of a cycle raises the library's own error."""
    arguments: dict[str, object] = {
        "start": "2024-03-15",
        "end": "2026-03-14",
        "schedule": _ahima("2024-03-15"),
        "index": 0,
    }
    arguments.update(fields)
    with pytest.raises(error):
        cc.CeuCycle(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"anchor": None}, cc.InvalidTypeError),
        ({"anchor": "nope"}, cc.InvalidValueError),
        ({"anchored": "middle"}, cc.InvalidValueError),
        ({"anchored": 1}, cc.InvalidTypeError),
        ({"months": 0}, cc.InvalidValueError),
        ({"months": -24}, cc.InvalidValueError),
        ({"months": True}, cc.InvalidTypeError),
        ({"months": "24"}, cc.InvalidTypeError),
        ({"months": 24.0}, cc.InvalidTypeError),
    ],
)
def test_junk_schedule_fields_are_refused(
    fields: dict[str, object], error: type[Exception]
) -> None:
    """Junk in any field of a schedule raises the library's own error."""
    arguments: dict[str, object] = {"anchor": "2024-03-15"}
    arguments.update(fields)
    with pytest.raises(error):
        cc.CycleSchedule(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize("day", [None, 5, "nope", "2024-13-01"])
def test_junk_days_are_refused_by_cycle_methods(day: object) -> None:
    """``containing``, ``contains`` and the day counts refuse junk with the library's errors."""
    schedule = _ahima("2024-03-15")
    cycle = schedule.cycle(0)
    for method in (schedule.containing, cycle.contains, cycle.days_elapsed, cycle.days_left):
        with pytest.raises(cc.CodingCertsError):
            method(day)  # type: ignore[arg-type]


def test_iso_strings_are_accepted_by_cycle_methods() -> None:
    """Days may be given as ISO strings."""
    cycle = _ahima("2024-03-15").containing("2025-01-01")
    assert cycle.contains("2026-03-14")
    assert not cycle.contains("2026-03-15")


@pytest.mark.parametrize("anchored", list(cc.Anchor))
@pytest.mark.parametrize("day", [D.min, D.max])
def test_days_beyond_the_calendar_raise_a_library_error(anchored: cc.Anchor, day: dt.date) -> None:
    """A cycle that would fall outside years 1 to 9999 raises InvalidValueError, not a crash."""
    schedule = cc.CycleSchedule(anchor="2024-03-15", anchored=anchored)
    with pytest.raises(cc.InvalidValueError, match="outside the calendar"):
        schedule.containing(day)


def test_start_after_the_last_day_of_the_calendar_is_refused() -> None:
    """An end-anchored schedule on 9999-12-31 has no day after it to start a cycle on."""
    schedule = cc.CycleSchedule(anchor=D.max, anchored=cc.Anchor.END)
    with pytest.raises(cc.InvalidValueError, match="outside the calendar"):
        schedule.start_of(1)


def test_end_before_the_first_day_of_the_calendar_is_refused() -> None:
    """A start-anchored schedule on 0001-01-01 has no day before it to end a cycle on."""
    schedule = cc.CycleSchedule(anchor=D.min, anchored=cc.Anchor.START)
    with pytest.raises(cc.InvalidValueError, match="outside the calendar"):
        schedule.end_of(-1)


@pytest.mark.parametrize("index", [Decimal(1), 1.0, True, "1", None])
@pytest.mark.parametrize("method", ["boundary", "start_of", "end_of", "cycle"])
def test_schedule_methods_refuse_an_index_that_is_not_an_int(method: str, index: object) -> None:
    """A cycle index is an int: a Decimal, a float, a bool or a str is refused with its type."""
    schedule = cc.CycleSchedule(anchor="2024-03-15")
    with pytest.raises(cc.InvalidTypeError, match=rf"{method}\(\) takes a cycle index as an int"):
        getattr(schedule, method)(index)


def test_days_before_and_pace_have_one_definition() -> None:
    """days_before excludes the day itself; days_elapsed includes it; pace rounds up to cents."""
    cycle = cc.CycleSchedule(anchor="2024-03-15").containing("2024-03-15")
    assert (cycle.days_before("2024-03-15"), cycle.days_elapsed("2024-03-15")) == (0, 1)
    assert (cycle.days_before("2024-03-25"), cycle.days_elapsed("2024-03-25")) == (10, 11)
    assert cycle.days_before("2030-01-01") == cycle.days_elapsed("2030-01-01") == cycle.days
    assert cycle.days_before("2000-01-01") == cycle.days_elapsed("2000-01-01") == 0
    # 20 CEUs x 10/730 days = 0.2739... -> 0.28
    assert cycle.pace(Decimal(20), "2024-03-25") == Decimal("0.28")
    assert cycle.pace(Decimal(20), "2030-01-01") == 20


@given(schedule=schedules, day=days, offset=st.integers(min_value=-800, max_value=800))
def test_days_elapsed_is_days_before_the_next_day(
    schedule: cc.CycleSchedule, day: dt.date, offset: int
) -> None:
    """Elapsed days up to a day are the whole days before the next one, within the cycle."""
    cycle = schedule.containing(day)
    probe = day + dt.timedelta(days=offset)
    expected = cycle.days if probe >= cycle.end else cycle.days_before(probe + dt.timedelta(days=1))
    assert cycle.days_elapsed(probe) == expected
    assert 0 <= cycle.days_before(probe) <= cycle.days_elapsed(probe) <= cycle.days


@given(schedules, days)
def test_remembered_bounds_and_indexes_are_the_schedules_own(
    schedule: cc.CycleSchedule, day: dt.date
) -> None:
    """The engine's remembered cycle arithmetic answers as the schedule does, asked twice."""
    from coding_certs._cycles import cycle_bounds, cycle_index, shared_schedule  # noqa: PLC0415

    index = schedule.index_of(day)
    for _ in range(2):
        assert cycle_index(schedule, day) == index
        assert cycle_bounds(schedule, index) == (schedule.start_of(index), schedule.end_of(index))
    shared = shared_schedule(schedule.anchor, schedule.anchored, schedule.months)
    assert shared == schedule
    assert shared_schedule(schedule.anchor, schedule.anchored, schedule.months) is shared


@given(
    start=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)),
    months=st.integers(min_value=0, max_value=36),
    days=st.integers(min_value=0, max_value=400),
)
def test_a_lapse_phase_ends_as_relativedelta_says(start: dt.date, months: int, days: int) -> None:
    """A phase's last day, by month arithmetic, is ``start + relativedelta(months, days)``."""
    from dateutil.relativedelta import relativedelta  # noqa: PLC0415 -- the reference only

    phase = cc.LapsePhase("grace", days=days, months=months)
    assert phase.end_after(start) == start + relativedelta(months=months, days=days)
