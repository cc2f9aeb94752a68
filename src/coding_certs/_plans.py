"""What one cycle asks of a set of credentials: compiled once per rule book, shared by holders.

A cycle's requirement, its pro-rating and the category minimums asked depend only on
the body, the credentials held when the cycle began, the cycle's days and the cycle
rule; a roster of 100,000 holders asks a few thousand distinct questions. A
:class:`CyclePlan` is the answer to one of them, looked up in the rule book once and
remembered in the rule book's ``requirement_cache`` (bounded, and emptied with it).
"""

from __future__ import annotations

import bisect
import decimal
from typing import TYPE_CHECKING

from coding_certs._cycles import cycle_bounds
from coding_certs._decimals import tidy
from coding_certs._pools import cycle_years
from coding_certs._prorate import (
    ProrateBy,
    ProrateRounding,
    describe,
    prorated_units,
    share_of_cycle,
)
from coding_certs._requirements import CeuRequirement, requirement_for_body
from coding_certs._requirements import minimums_asked as _minimums_asked
from coding_certs._rules import FirstCycle
from coding_certs._trusted import trusted

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from coding_certs._cycles import CeuCycle
    from coding_certs._model import Credential, IssuingBody
    from coding_certs._rulebook import Rulebook
    from coding_certs._rules import CategoryMinimum, CycleRule

_CENT = decimal.Decimal("0.01")
# A long-running service stays bounded (as the requirement cache does).
_CACHE_LIMIT = 200_000


class CyclePlan:
    """One cycle's requirement, what it asks after pro-rating, and the minimums asked."""

    __slots__ = ("minimums", "notes", "required", "requirement")

    def __init__(
        self,
        requirement: CeuRequirement,
        required: decimal.Decimal,
        minimums: tuple[tuple[CategoryMinimum, decimal.Decimal], ...],
        notes: tuple[str, ...],
    ) -> None:
        self.requirement = requirement
        self.required = required
        self.minimums = minimums
        self.notes = notes


def plan_for(
    book: Rulebook,
    rule: CycleRule,
    body: IssuingBody,
    at_start: Sequence[Credential],
    cycle: CeuCycle,
) -> CyclePlan:
    """The plan of ``cycle`` for the credentials ``at_start`` (held when it began).

    Its numbers are shared with every cycle that depends on the same facts. A cycle's
    numbers depend on the credentials held, the rules that apply to it and, when
    pro-rated, the months it spans; not on its days as such. Every rule of a body
    applies or not by comparing a judged day (the cycle's first or last) with its own
    first and last days: between two consecutive such days of the body's rules (see
    :func:`_cutovers`) every answer is the same. A minimum asked each year asks as
    many times its units as the cycle has years. Only the requirement's ``on`` (the
    cycle's first day) is the cycle's own.
    """
    start, end = cycle.start, cycle.end
    # Partial: later than the schedule's cycle starts (CeuCycle.is_partial).
    prorated = (
        rule.first_cycle is FirstCycle.PRORATED
        and start > cycle_bounds(cycle.schedule, cycle.index)[0]
    )
    span = _proration(rule, cycle) if prorated else None
    cache = book.requirement_cache
    code = body.code
    # The days the body's rules begin or end, and whether a minimum is asked each year.
    facts: tuple[list[dt.date], bool] | None = cache.get(("plan facts", code))  # type: ignore[assignment]
    if facts is None:
        facts = cache["plan facts", code] = (_cutovers(book, body), _asks_each_year(book, body))
    cutovers, each_year = facts
    codes = tuple(sorted([c.code for c in at_start]))
    first, last = bisect.bisect_right(cutovers, start), bisect.bisect_right(cutovers, end)
    key = (
        "shared plan",
        code,
        codes,
        first,
        last,
        span,
        len(cycle_years(cycle)) if each_year else None,
    )
    plan: CyclePlan | None = cache.get(key)  # type: ignore[assignment]  # plans under this key
    if plan is None:
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        # The requirement and the minimums asked: shared by the pro-rated shares too.
        base_key = ("plan base", code, codes, first, last)
        base = cache.get(base_key)
        if base is None:
            base = cache[base_key] = _base(book, body, at_start, cycle)
        plan = cache[key] = _compile(base, cycle, span)  # type: ignore[arg-type]
    if plan.requirement.on == start:
        return plan
    # The same requirement, resolved for this cycle's first day.
    requirement = _requirement_on(*_fields_of(plan.requirement, start))
    return CyclePlan(requirement, plan.required, plan.minimums, plan.notes)


def _cutovers(book: Rulebook, body: IssuingBody) -> list[dt.date]:
    """Every day one of ``body``'s requirements, cycle rules or minimums begins or ends, sorted."""
    key = ("cutovers", body.code)
    found = book.requirement_cache.get(key)
    if found is None:
        days = set()
        for rule in (*book.all_requirements, *book.cycle_rules, *book.minimums):
            if rule.body.code == body.code:
                days.add(rule.effective_from)
                if rule.superseded_on is not None:
                    days.add(rule.superseded_on)
        found = book.requirement_cache[key] = sorted(days)
    return found  # type: ignore[return-value]  # the cache holds the days under this key


def _asks_each_year(book: Rulebook, body: IssuingBody) -> bool:
    """Whether one of ``body``'s minimums is asked each year (remembered per book)."""
    key = ("each year", body.code)
    found = book.requirement_cache.get(key)
    if found is None:
        found = book.requirement_cache[key] = any(
            m.each_year for m in book.minimums if m.body.code == body.code
        )
    return bool(found)


_requirement_on = trusted(CeuRequirement)


def _fields_of(requirement: CeuRequirement, on: object) -> tuple[object, ...]:
    return (
        requirement.body,
        requirement.credentials,
        requirement.counted,
        requirement.units,
        requirement.table,
        on,
        requirement.extrapolated,
        requirement.cycle_months,
        requirement.minimums,
    )


def _base(
    book: Rulebook, body: IssuingBody, at_start: Sequence[Credential], cycle: CeuCycle
) -> tuple[CeuRequirement, tuple[CategoryMinimum, ...]]:
    """The requirement of ``cycle`` and the minimums asked in it, before any pro-rating."""
    requirement = requirement_for_body(book, body, at_start, cycle.start, cycle_end=cycle.end)
    in_force = book.minimums_for(body, cycle.start, cycle.end)
    held_codes = {c.code for c in at_start} | {book.current_form(c).code for c in at_start}
    return requirement, _minimums_asked(in_force, held_codes, at_start, book)


def _compile(
    base: tuple[CeuRequirement, tuple[CategoryMinimum, ...]],
    cycle: CeuCycle,
    span: tuple[ProrateBy, decimal.Decimal, ProrateRounding, tuple[int, int]] | None,
) -> CyclePlan:
    """The plan of ``cycle`` from its ``base`` and, when pro-rated, the ``span`` it is."""
    requirement, asked = base
    required = requirement.units
    notes: tuple[str, ...] = ()
    if span is not None:
        by, step, rounding, share = span
        required = prorated_units(required, share, step, rounding)
        notes = (describe(by, requirement.units, share, required, step, rounding),)
    minimums = tuple(
        (minimum, _minimum_required(minimum, required, requirement.units, cycle))
        for minimum in asked
    )
    return CyclePlan(requirement, required, minimums, notes)


def _proration(
    rule: CycleRule, cycle: CeuCycle
) -> tuple[ProrateBy, decimal.Decimal, ProrateRounding, tuple[int, int]]:
    """What pro-rating ``cycle`` depends on: the rule's parameters and the cycle's share."""
    full_start = cycle.schedule.start_of(cycle.index)
    share = share_of_cycle(
        rule.prorate_by, cycle.start, cycle.end, full_start, cycle.schedule.months
    )
    return rule.prorate_by, rule.prorate_step, rule.prorate_rounding, share


def _minimum_required(
    minimum: CategoryMinimum, required: decimal.Decimal, full: decimal.Decimal, cycle: CeuCycle
) -> decimal.Decimal:
    """What a minimum asks in a cycle: a fixed number shrinks with a pro-rated requirement.

    One asked each year asks its units in each year the cycle reaches into instead.
    """
    if minimum.each_year:
        return tidy(minimum.units_within(required, len(cycle_years(cycle))))
    asked = minimum.units_within(required)
    if minimum.units is not None and required < full:
        asked = (asked * required / full).quantize(_CENT, decimal.ROUND_HALF_UP)
    return tidy(asked)
