"""Pro-rating a first, partial cycle: the mechanism is code, its parameters the cycle rule's.

A body whose first cycle after certification is pro-rated (``first_cycle =
"prorated"``) asks the full requirement times the share of the cycle the holder
was certified for. Three keys of the cycle rule say how
(:class:`~coding_certs.CycleRule`):

* ``prorate_by``: how that share is measured. ``"started-month"`` (the default):
  the months from the day the credential was earned to the due date, a started
  month counting whole, over the months of a full cycle (AAPC, AMBA, AIHC).
  ``"whole-month"``: only whole months count. ``"day"``: the days of the first
  cycle, both ends included, over the days of the full cycle it is part of.
* ``prorate_step``: the CEUs the result is rounded to a multiple of (``"0.01"``,
  the default: cents; ``"0.5"`` for half CEUs, ``"1"`` for whole ones).
* ``prorate_rounding``: ``"half-up"`` (the default), ``"up"`` or ``"down"``.

The result is never more than the full requirement.
"""

from __future__ import annotations

import decimal
import enum
from typing import TYPE_CHECKING

from coding_certs._cycles import add_months
from coding_certs._decimals import tidy

if TYPE_CHECKING:
    import datetime as dt


class ProrateBy(enum.StrEnum):
    """How the share of a pro-rated first cycle is measured."""

    STARTED_MONTH = "started-month"
    """Months to the due date, a started month counting whole, over the cycle's months."""
    WHOLE_MONTH = "whole-month"
    """Whole months to the due date only, over the cycle's months."""
    DAY = "day"
    """Days of the first cycle, both ends included, over the days of the full cycle."""


class ProrateRounding(enum.StrEnum):
    """Which way a pro-rated requirement is rounded to its step."""

    HALF_UP = "half-up"
    """To the nearest step, a half step up."""
    UP = "up"
    """Up to the next step (never asks less than the exact share)."""
    DOWN = "down"
    """Down to the step below (never asks more than the exact share)."""


_ROUNDING = {
    ProrateRounding.HALF_UP: decimal.ROUND_HALF_UP,
    ProrateRounding.UP: decimal.ROUND_CEILING,
    ProrateRounding.DOWN: decimal.ROUND_FLOOR,
}
CENT = decimal.Decimal("0.01")


def share_of_cycle(
    by: ProrateBy, start: dt.date, end: dt.date, full_start: dt.date, months: int
) -> tuple[int, int]:
    """The share of a full cycle that the first cycle ``start`` to ``end`` is, as a fraction.

    ``full_start`` is the first day of the full cycle it is part of, ``months``
    the length of a full cycle in months.

    >>> import datetime as dt
    >>> days = dt.date(2025, 3, 20), dt.date(2025, 11, 30), dt.date(2023, 12, 1)
    >>> share_of_cycle(ProrateBy.STARTED_MONTH, *days, 24)
    (9, 24)
    >>> share_of_cycle(ProrateBy.WHOLE_MONTH, *days, 24)
    (8, 24)
    >>> share_of_cycle(ProrateBy.DAY, *days, 24)
    (256, 731)
    """
    if by is ProrateBy.DAY:
        return (end - start).days + 1, (end - full_start).days + 1
    # The whole months from start to end, as relativedelta(end, start) counts them: the most
    # months that, added to start (its day clipped to the month's end), stay within end.
    whole = (end.year - start.year) * 12 + end.month - start.month
    while whole > 0 and add_months(start, whole) > end:
        whole -= 1
    started = 1 if add_months(start, whole) != end and by is ProrateBy.STARTED_MONTH else 0
    return whole + started, months


def prorated_units(
    full: decimal.Decimal,
    share: tuple[int, int],
    step: decimal.Decimal,
    rounding: ProrateRounding,
) -> decimal.Decimal:
    """``full`` times ``share``, rounded to a multiple of ``step``, at most ``full``.

    >>> prorated_units(decimal.Decimal(36), (7, 24), CENT, ProrateRounding.HALF_UP)
    Decimal('10.5')
    >>> prorated_units(decimal.Decimal(40), (7, 24), decimal.Decimal(1), ProrateRounding.UP)
    Decimal('12')
    """
    numerator, denominator = share
    steps = (full * numerator / denominator / step).to_integral_value(_ROUNDING[rounding])
    return min(full, tidy(steps * step))


def describe(  # noqa: PLR0913, PLR0917 -- each argument is one number of the sentence
    by: ProrateBy,
    full: decimal.Decimal,
    share: tuple[int, int],
    required: decimal.Decimal,
    step: decimal.Decimal,
    rounding: ProrateRounding,
) -> str:
    """The sentence an assessment's notes give for a pro-rated first cycle."""
    numerator, denominator = share
    if by is ProrateBy.DAY:
        how = f"{full} x {numerator}/{denominator} days"
    else:
        whole = " whole" if by is ProrateBy.WHOLE_MONTH else ""
        how = f"{full} / {denominator} per month x {numerator}{whole} months"
    rounded = (
        ""
        if step == CENT and rounding is ProrateRounding.HALF_UP
        else f", rounded {rounding.value} to a multiple of {step}"
    )
    return (
        f"First cycle after certification, pro-rated: {how} = {required} CEUs{rounded} "
        "(an assumption: see the cycle rule)."
    )
