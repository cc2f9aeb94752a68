"""The closed sets of words a cycle rule takes (its kinds), as enums.

Each is a mechanism the engine implements; the rule book picks one per body in
its ``[[cycle_rules]]`` (see :class:`~coding_certs.CycleRule`): what fixes the
cycles (``anchor``), which renewal dates they are due on (``parity``), how much
the first cycle asks (``first_cycle``) and how often a course may count
(``course_counts``).
"""

from __future__ import annotations

import enum


class CycleAnchor(enum.StrEnum):
    """What fixes a body's cycles."""

    EXAM_DATE = "exam-date"
    """The first cycle begins on the day the exam was passed (AHIMA)."""
    MEMBERSHIP_RENEWAL = "membership-renewal"
    """Cycles end on the membership renewal date (AAPC every two years, AMBA every year)."""


class RenewalParity(enum.StrEnum):
    """Which renewal dates a membership-renewal cycle is due on."""

    NONE = "none"
    """Every ``years`` years from the holder's renewal date itself (AMBA: every year)."""
    MONTH = "month"
    """Two-year cycles due in the years whose parity is the renewal month's: odd
    months in odd years, even months in even years (AAPC), whatever the year of
    the renewal date given."""


class FirstCycle(enum.StrEnum):
    """How much the first cycle after certification asks for."""

    FULL = "full"
    """The full tier (the first cycle is a whole cycle)."""
    PRORATED = "prorated"
    """The tier's units per month times the months until the first due date."""


class CourseCounts(enum.StrEnum):
    """How often one course (``CeuActivity.course_key``) may count toward a body's cycles."""

    ONCE_PER_CYCLE = "once-per-cycle"
    """Once in each cycle: a repeat in a later cycle counts again (the default)."""
    ONCE = "once"
    """Once ever: only in the first cycle where a record of it is accepted (AAPC)."""
