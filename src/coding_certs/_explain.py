"""Assessments in plain English: every number with the rule and the source behind it."""

from __future__ import annotations

import decimal
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coding_certs._activities import HeldCredential
    from coding_certs._results import BodyAssessment, CycleAssessment, MinimumStatus


from coding_certs._dated import DatedRule, JudgedBy
from coding_certs._pools import cycle_years, year_sums
from coding_certs._requirement_kinds import basis_naming_each
from coding_certs._standing import Standing

_ZERO = decimal.Decimal(0)


def _cite(sources: Iterable[object]) -> str:
    return "; ".join(source.cite() for source in sources)  # type: ignore[attr-defined]


def _held_text(held: HeldCredential) -> str:
    if held.apprentice:
        return (
            f"{held.designation} ({held.credential.code} held as an apprentice, owing "
            f"{held.credential.code}'s CEUs, an assumption; earned {held.earned_on})"
        )
    return f"{held.credential.code} (earned {held.earned_on})"


def explain_assessment(assessment: BodyAssessment) -> str:
    """Every number of ``assessment`` in plain English, the obligation first."""
    a = assessment
    current = a.current
    good = "in good standing" if a.in_good_standing else "NOT in good standing"
    held = ", ".join(_held_text(h) for h in a.credentials)
    passed = current.cycle.days_before(a.as_of)
    lines = [f"{a.body.code}: {a.standing.name} ({good}) as of {a.as_of}."]
    owed = a.obligation
    if owed is not None:
        lines.append(f"  What to do: {owed.describe()}")
        lines.append(
            f"  Meanwhile, the current cycle: {current.earned} of {current.required} CEUs "
            f"earned, due {current.cycle.end}."
        )
    lines += [
        f"  Credentials: {held}.",
        (
            f"  Current cycle: {current.cycle}; CEUs due {current.cycle.end}; "
            f"{passed} of its {current.cycle.days} days have passed."
        ),
        f"  Cycle rule '{a.cycle_rule.name}': {_cite(a.cycle_rule.sources)}.",
    ]
    lines.extend(f"  Note: {note}" for note in a.notes)
    lines.extend(_explain_cycle(current, "  "))
    lines.append(
        f"  Pace: {a.pace} CEUs expected by {a.as_of} at an even pace "
        f"({current.required} x {passed}/{current.cycle.days} days)."
    )
    lines.append(f"  Standing: {_standing_sentence(a)}")
    for past in a.history:
        outcome = "met" if past.met else "NOT met"
        lines.append(
            f"  Earlier cycle {past.cycle}: {outcome} ({past.earned} of {past.required} CEUs"
            + (
                "; minimums: "
                + ", ".join(f"{m.rule.describe()} {m.earned}/{m.required}" for m in past.minimums)
                if past.minimums
                else ""
            )
            + ")."
        )
        lines.extend(f"    Note: {note}" for note in past.notes)
        lines.extend(line for m in past.minimums for line in _yearly(past, m, "  "))
    for rejection in a.rejected:
        activity = rejection.activity
        lines.append(
            f"  Not counted: {activity.title!r} ({activity.completed_on}, {activity.units} CEUs): "
            f"{rejection.detail} [{rejection.reason.value}]."
        )
    assumptions = (*a.cycle_rule.assumptions, *(a.lapse_rule.assumptions if a.lapse_rule else ()))
    lines.extend(f"  Assumption: {text}" for text in assumptions)
    return "\n".join(lines)


def _judged_day(table: DatedRule) -> str:
    """``"when the cycle began"`` or ``"on the cycle's due date"``: the day it is judged by."""
    if table.judged_by is JudgedBy.CYCLE_END:
        return "on the cycle's due date"
    return "when the cycle began"


def _explain_cycle(cycle: CycleAssessment, indent: str) -> list[str]:
    requirement = cycle.requirement
    how = basis_naming_each(requirement.table, requirement.counted)
    lines = [
        (
            f"{indent}Required: {cycle.required} CEUs; {how} of "
            f"edition '{requirement.table.edition}', in force {_judged_day(requirement.table)} "
            f"({_cite(requirement.table.sources)})."
        ),
    ]
    lines.extend(f"{indent}Note: {note}" for note in cycle.notes)
    lines.append(
        f"{indent}Earned: {cycle.earned} CEUs from {len(cycle.counted)} "
        f"activit{'y' if len(cycle.counted) == 1 else 'ies'}; remaining {cycle.remaining}."
    )
    for status in cycle.minimums:
        verdict = "met" if status.met else f"NOT met, {status.remaining} to go"
        lines.append(
            f"{indent}Minimum '{status.rule.name}' ({status.rule.describe()}): "
            f"{status.earned} of {status.required} CEUs, {verdict} ({_cite(status.rule.sources)})."
        )
        lines.extend(_pooled(cycle, status, indent))
        lines.extend(_yearly(cycle, status, indent))
    return lines


def _yearly(cycle: CycleAssessment, status: MinimumStatus, indent: str) -> list[str]:
    """A minimum asked each year: its CEUs in each year of the cycle, in words."""
    rule = status.rule
    if not rule.each_year or rule.units is None:
        return []
    years = cycle_years(cycle.cycle)
    tagged = [a for a in cycle.counted if rule.counts(a.categories)]
    found = [
        f"{first} to {last}: {min(units, rule.units)} of {rule.units}"
        for (first, last), units in zip(years, year_sums(tagged, years), strict=True)
    ]
    return [f"{indent}  Each year: {'; '.join(found)} (CEUs beyond a year's count for no other)."]


def _pooled(cycle: CycleAssessment, status: MinimumStatus, indent: str) -> list[str]:
    """What of a minimum's CEUs counted toward another minimum of its pool, in words."""
    rule = status.rule
    if rule.pool is None:
        return []
    tagged = sum((a.units for a in cycle.counted if rule.counts(a.categories)), _ZERO)
    if tagged == status.earned:
        return []
    others = [
        f"'{m.rule.name}'" for m in cycle.minimums if m is not status and m.rule.pool == rule.pool
    ]
    moved = tagged - status.earned
    return [
        (
            f"{indent}  {moved} of the {tagged} CEUs that count toward it counted toward "
            f"{' or '.join(others)} instead: each CEU counts toward one minimum of pool "
            f"'{rule.pool}'."
        )
    ]


def _standing_sentence(a: BodyAssessment) -> str:
    previous = a.history[0] if a.history else None
    if a.standing is Standing.GRACE and previous is not None:
        return (
            f"the cycle {previous.cycle} ended unmet; the credentials stay active in grace "
            f"until {a.standing_until} (lapse rule '{a.lapse_rule.name if a.lapse_rule else ''}'"
            f"{f', now in its {a.phase} phase' if a.phase else ''})."
        )
    if a.standing is Standing.INACTIVE and previous is not None:
        return (
            f"the cycle {previous.cycle} ended unmet; the credentials are inactive until "
            f"{a.standing_until}, then revoked (lapse rule "
            f"'{a.lapse_rule.name if a.lapse_rule else ''}')."
        )
    if a.standing is Standing.LAPSED and previous is not None:
        return (
            f"the cycle {previous.cycle} ended unmet and every grace or inactive period has "
            f"passed: the credentials are revoked (lapse rule "
            f"'{a.lapse_rule.name if a.lapse_rule else ''}')."
        )
    if a.standing is Standing.MET:
        return "every requirement of the current cycle is met."
    if a.standing is Standing.ON_TRACK:
        return f"not met yet, but {a.earned} earned is at least the {a.pace} expected by now."
    return (
        f"{a.earned} earned is below the {a.pace} expected by now; "
        f"{a.remaining} still needed by {a.due}."
    )
