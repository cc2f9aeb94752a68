"""Making up an unmet cycle: CEUs completed after its due date count toward its shortfall.

What a coder in grace or inactive must do is the *unmet* cycle's shortfall, by the
end of the period that follows it (AAPC: a 30-day grace period and a late-fee window
to day 90, "CEUs are not submitted within 90 days of your renewal date, your
credential will be revoked", https://www.aapc.com/membership/faq.aspx; AHIMA since
2021: inactive for 180 days, then revoked, https://www.ahima.org/certification/Recertification).
CEUs completed in that time may therefore count toward the unmet cycle, not the
next one:

* the window runs from the day after the due date to the last day of the lapse
  rule's phases (the last day before the credential is revoked); a rule without
  phases has no window (the credential lapses the day after the due date);
* the current cycle's CEUs of the window are movable toward the unmet cycle, and
  placed with the renewal month's (``_renewal``): the previous cycle met first,
  then the least it still lacks (its total and its category minimums), then the
  current cycle's standing, then the most CEUs in the current cycle. In practice
  the CEUs that make up the shortfall count toward the unmet cycle and the rest
  toward the current one;
* an activity counts toward one cycle only, and a course once per cycle (or once,
  ``course_counts = "once"``: decided by date before any CEU moves, see ``_placement``).

Only the cycle before the current one is made up, and only when the standing is
judged by it (``history=0`` judges the current cycle alone). Its window is open even
when its own dates meet it: a renewal-month CEU of it may then count toward the
current cycle while a CEU of the window makes up the difference, where the order
prefers that. Earlier cycles are shown as their
dates give them: a CEU log seldom covers a coder's whole career, and making up an
older cycle the log barely covers would take CEUs from the cycles that matter. This
is an assumption, as is placing whole activities (the bodies publish no allocation
rule; a coder submits a course to one cycle).

This module knows results only through the values it is given; it imports no engine
module.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coding_certs._cycle_context import BodyContext
    from coding_certs._results import CycleAssessment
    from coding_certs._rules import LapseRule

_ONE_DAY = dt.timedelta(days=1)
_UNKNOWN = object()  # not yet in the cache (None is a window's answer: none)


def restorable_until(lapse: LapseRule, due: dt.date) -> dt.date | None:
    """The last day before a cycle due on ``due`` and left unmet is revoked, or ``None``.

    ``None`` when ``lapse`` has no phase: the credential lapses the day after ``due``.
    """
    end = due
    for phase in lapse.periods():
        end = max(end, phase.end_after(end))
    return None if end == due else end


def make_up_window(
    context: BodyContext, previous: CycleAssessment
) -> tuple[dt.date, dt.date] | None:
    """The days whose CEUs may make up ``previous``, or ``None`` if its lapse rule has none.

    Remembered in the rule book's ``requirement_cache`` per body and cycle days (the
    lapse rule and its phases depend on nothing else): a roster shares its due dates.
    """
    book, cycle = context.book, previous.cycle
    key = ("make-up window", context.body.code, cycle.start, cycle.end)
    cache = book.requirement_cache
    found = cache.get(key, _UNKNOWN)
    if found is _UNKNOWN:
        lapse = book.rule_for_cycle(
            book.lapse_rules, context.body, cycle.start, cycle.end, what="lapse rule"
        )
        last = restorable_until(lapse, cycle.end)
        found = cache[key] = None if last is None else (cycle.end + _ONE_DAY, last)
    return found  # type: ignore[return-value]  # the cache holds windows under this key


__all__ = ["make_up_window", "restorable_until"]
