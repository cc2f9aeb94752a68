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
    """The plan of ``cycle`` for the credentials ``at_start`` (held when it began)."""
    # Partial: later than the schedule's cycle starts (CeuCycle.is_partial).
    prorated = (
        rule.first_cycle is FirstCycle.PRORATED
        and cycle.start > cycle_bounds(cycle.schedule, cycle.index)[0]
    )
    codes = tuple(sorted(c.code for c in at_start))
    span = _proration(rule, cycle) if prorated else None
    key = ("plan", body.code, codes, cycle.start, cycle.end, span)
    cache = book.requirement_cache
    found = cache.get(key)
    if found is None:
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        found = cache[key] = _plan(
            book, body, at_start, codes, cycle, rule if prorated else None, span
        )
    return found  # type: ignore[return-value]  # the cache holds plans under "plan" keys


def _plan(  # noqa: PLR0913, PLR0917 -- plan_for's question, worked out
    book: Rulebook,
    body: IssuingBody,
    at_start: Sequence[Credential],
    codes: tuple[str, ...],
    cycle: CeuCycle,
    prorated: CycleRule | None,
    span: tuple[ProrateBy, decimal.Decimal, ProrateRounding, tuple[int, int]] | None,
) -> CyclePlan:
    """The plan of one cycle, its numbers shared with every cycle that depends on the same facts.

    A cycle's numbers depend on the credentials held, the rules that apply to it and,
    when pro-rated, the months it spans; not on its days as such. Every rule of a body
    applies or not by comparing a judged day (the cycle's first or last) with its own
    first and last days: between two consecutive such days of the body's rules (see
    :func:`_cutovers`) every answer is the same. Only the requirement's ``on`` (the
    cycle's first day) is the cycle's own.
    """
    start, end = cycle.start, cycle.end
    cutovers = _cutovers(book, body)  # span: _proration(prorated, cycle), or None
    # A minimum asked each year asks as many times its units as the cycle has years.
    years = len(cycle_years(cycle)) if _asks_each_year(book, body) else None
    key = (
        "shared plan",
        body.code,
        codes,
        bisect.bisect_right(cutovers, start),
        bisect.bisect_right(cutovers, end),
        span,
        years,
    )
    cache = book.requirement_cache
    plan: CyclePlan | None = cache.get(key)  # type: ignore[assignment]  # plans under this key
    if plan is None:
        plan = cache[key] = _compile(book, body, at_start, cycle, prorated)
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


def _compile(
    book: Rulebook,
    body: IssuingBody,
    at_start: Sequence[Credential],
    cycle: CeuCycle,
    prorated: CycleRule | None,
) -> CyclePlan:
    requirement = requirement_for_body(book, body, at_start, cycle.start, cycle_end=cycle.end)
    required = requirement.units
    notes: tuple[str, ...] = ()
    if prorated is not None:
        by, step, rounding, share = _proration(prorated, cycle)
        required = prorated_units(required, share, step, rounding)
        notes = (describe(by, requirement.units, share, required, step, rounding),)
    in_force = book.minimums_for(body, cycle.start, cycle.end)
    held_codes = {c.code for c in at_start} | {book.current_form(c).code for c in at_start}
    minimums = tuple(
        (minimum, _minimum_required(minimum, required, requirement.units, cycle))
        for minimum in _minimums_asked(in_force, held_codes, at_start, book)
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
