"""The compliance engine: where each credential stands, and why.

:func:`assess` takes a coder (:class:`Holder`), their CEU log and a day, and
returns a :class:`ComplianceReport` with one :class:`BodyAssessment` per issuing
body the coder holds credentials from. Each assessment places the current
cycle, works out what it asks for, sorts the log into what counts and what does
not (each rejection with a reason code and a sentence), checks the category
minimums, looks at the previous cycle, and names the standing:

========== ===================================================================
MET        every requirement of the current cycle is met
ON_TRACK   not met yet, but at least the pro-rata share for the time elapsed
BEHIND     below the pro-rata share; the cycle is still open
GRACE      the previous cycle ended unmet; still inside its grace period
           (the credential is still active)
INACTIVE   the previous cycle ended unmet; the credential is inactive
           (AHIMA since 2021: no grace status; restorable by extension)
LAPSED     past every grace and inactive period: revoked
========== ===================================================================

Each rule is judged on the day of a cycle it names (``judged_by``): the day the
cycle began by default, its due date for lapse rules, notices and AAPC's
requirement tables and minimums; see :doc:`/rules` for every rule, its source
and what it assumes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import decimal
import operator
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from coding_certs._activities import CeuActivity, HeldCredential, Holder
from coding_certs._cycle_context import BodyContext, first_cycle_index, schedule_for
from coding_certs._cycles import CeuCycle, cycle_bounds, cycle_index
from coding_certs._decimals import exact
from coding_certs._errors import (
    InvalidTypeError,
    InvalidValueError,
    NoRuleInForceError,
    UnknownCredentialError,
    check_renewals,
)
from coding_certs._makeup import make_up_window
from coding_certs._model import Credential, IssuingBody
from coding_certs._placement import bucket, known_codes, leave_out_unreported, placement_start
from coding_certs._results import (
    BodyAssessment,
    ComplianceReport,
    CycleAssessment,
)
from coding_certs._rulebook import Rulebook, default_rulebook
from coding_certs._rules import CycleRule, LapsePhase, LapseRule
from coding_certs._standing import Standing
from coding_certs._trusted import trusted
from coding_certs._validate import (
    to_date,
    type_name,
)

if TYPE_CHECKING:
    from coding_certs._renewal import Move

_ZERO = decimal.Decimal(0)
_CENT = decimal.Decimal("0.01")
_CACHE_LIMIT = 200_000  # the rule book's caches stay bounded in a long-running service
# The engine builds these from parts it has validated or derived itself (see _trusted).
_body_assessment = trusted(BodyAssessment)
_cycle_assessment = trusted(CycleAssessment)
_report = trusted(ComplianceReport)
_held = trusted(HeldCredential)
_holder = trusted(Holder)


@exact
def assess(
    holder: Holder,
    activities: Iterable[CeuActivity] = (),
    *,
    as_of: dt.date | str | None = None,
    history: int | None = 1,
    rulebook: Rulebook | None = None,
) -> ComplianceReport:
    """Assess one holder's credentials on ``as_of`` (default: today).

    Args:
        holder: the coder.
        activities: their CEU log. Activities whose ``holder_id`` names another
            holder are ignored, so one log can serve a whole roster.
        as_of: the day of the assessment: a ``date`` or an ISO string.
        history: how many earlier cycles to assess (the one just before the
            current decides grace and lapse, so ``0`` never finds GRACE,
            INACTIVE or LAPSED); ``None`` for every cycle since the first
            credential. Activities in older cycles are rejected as outside the
            cycles assessed.
        rulebook: the rules to apply (default: the shipped rule book).

    Raises:
        InvalidTypeError: an argument of the wrong type.
        NoRuleInForceError: no rule in force for the current cycle.
    """
    book = checked_rulebook(rulebook)
    if not isinstance(holder, Holder):
        raise InvalidTypeError(f"assess() needs a Holder, got {type_name(holder)} {holder!r}")
    day = dt.date.today() if as_of is None else to_date(as_of, what="as_of")
    check_history(history)
    return assess_checked(book, holder, _own_activities(holder, activities), day, history)


def checked_rulebook(rulebook: object) -> Rulebook:
    """The rule book to assess with: ``rulebook``, or the shipped one for ``None``."""
    book = default_rulebook() if rulebook is None else rulebook
    if not isinstance(book, Rulebook):
        raise InvalidTypeError(f"rulebook must be a Rulebook, got {type_name(book)} {book!r}")
    return book


def check_history(history: object) -> None:
    """Refuse a ``history`` that is neither a whole number of cycles, 0 or more, nor ``None``."""
    if history is not None and (isinstance(history, bool) or not isinstance(history, int)):
        raise InvalidTypeError(
            f"history must be an int or None, got {type_name(history)} {history!r}"
        )
    if history is not None and history < 0:
        raise InvalidValueError(f"history must be 0 or more, got {history}")


def assess_checked(
    book: Rulebook,
    holder: Holder,
    log: tuple[CeuActivity, ...],
    day: dt.date,
    history: int | None,
) -> ComplianceReport:
    """:func:`assess` of arguments already checked: ``log`` is the holder's own, in log order.

    The caller runs in the library's decimal context (see :func:`assess_roster`).
    """
    # Codes are looked up in the rule book assessed with, never in the shipped one.
    holder = _resolved(holder, book)
    held_now = [h for h in holder.credentials if h.earned_on <= day]
    bodies = sorted({h.credential.body for h in held_now}, key=lambda b: b.code)
    course_keys: dict[int, tuple[str, ...]] = {}
    try:
        assessments = tuple(
            _assess_body(
                book,
                holder,
                body,
                tuple(h for h in held_now if h.credential.body == body),
                log,
                as_of=day,
                history=history,
                course_keys=course_keys,
            )
            for body in bodies
        )
    except NoRuleInForceError as error:
        # Name the holder: in a roster of thousands the rule alone does not say whose cycle it is.
        raise NoRuleInForceError(
            f"holder {holder.id!r}: {error}. Each rule is judged on the day of the cycle it "
            "names (the day it began, or its due date); pass a rule book that covers that day, "
            "or an as_of in a later cycle"
        ) from error
    return _report(holder, day, assessments, book)


def _resolved(holder: Holder, book: Rulebook) -> Holder:
    """``holder.resolve(book)``, without re-validating what resolving cannot change.

    Resolving changes only each holding's credential (a code becomes the book's
    object); the holder's other fields stay as validated. What it can break (two
    codes naming one credential, an apprentice status the credential lacks) is left
    to ``Holder.resolve``, which says so.
    """
    check_renewals(holder.id, holder.renewals, known_codes(book))  # a date no rule would read
    held = []
    for given in holder.credentials:
        if given.is_resolved:
            return holder.resolve(book)  # a credential object: resolve checks whose it is
        code = given.code
        looked_up = book.requirement_cache.get(("credential", code))
        if looked_up is None:
            try:
                in_book = book.credential(code)
            except UnknownCredentialError:
                return holder.resolve(book)  # which names the holder
            looked_up = book.requirement_cache["credential", code] = (
                in_book,
                in_book.is_apprentice_code(code),
            )
        found: Credential = looked_up[0]  # type: ignore[index]  # (credential, flag) here
        apprentice_code: bool = looked_up[1]  # type: ignore[index]
        apprentice = given._apprentice or apprentice_code  # noqa: SLF001 -- as HeldCredential.resolve reads it
        if apprentice and found.apprentice is None:
            return holder.resolve(book)
        held.append(_held(found, given.earned_on, apprentice))
    if len({h.credential.code for h in held}) != len(held):
        return holder.resolve(book)
    return _holder(holder.id, tuple(held), holder.name, holder.aapc_renewal, holder.renewals)


def _own_activities(holder: Holder, activities: Iterable[CeuActivity]) -> tuple[CeuActivity, ...]:
    if isinstance(activities, CeuActivity | str) or not isinstance(activities, Iterable):
        raise InvalidTypeError(
            f"activities must be a list of CeuActivity, got {type_name(activities)} {activities!r}"
        )
    own = []
    for index, activity in enumerate(activities):
        if not isinstance(activity, CeuActivity):
            raise InvalidTypeError(
                f"activities[{index}] must be a CeuActivity, got {type_name(activity)} {activity!r}"
            )
        if activity.holder_id is None or activity.holder_id == holder.id:
            own.append(activity)
    return in_log_order(own)


def in_log_order(own: list[CeuActivity]) -> tuple[CeuActivity, ...]:
    """The activities in the engine's order (sorted in place): day, title, then everything."""
    # A total order on the activities' content makes every result independent of input order.
    # Day and title begin that order and tell nearly every log's activities apart: the whole
    # key is built only when two activities share both.
    own.sort(key=_day_and_title)
    if len(set(map(_day_and_title, own))) < len(own):  # two share a day and a title
        own.sort(key=_activity_order)
    return tuple(own)


_day_and_title: Callable[[CeuActivity], tuple[dt.date, str]] = operator.attrgetter(
    "completed_on", "title"
)


def _activity_order(activity: CeuActivity) -> tuple[object, ...]:
    return (
        activity.completed_on,
        activity.title,
        activity.index_number or "",
        activity.sponsor or "",
        activity.units,
        activity.kind.value,
        activity.preapproved,
        sorted(activity.categories),
        sorted(activity.bodies),
        activity.holder_id or "",
    )


def _assess_body(  # noqa: PLR0913 -- each argument is one fact about the question asked
    book: Rulebook,
    holder: Holder,
    body: IssuingBody,
    held: tuple[HeldCredential, ...],
    log: tuple[CeuActivity, ...],
    *,
    as_of: dt.date,
    history: int | None,
    course_keys: dict[int, tuple[str, ...]],
) -> BodyAssessment:
    rule, months = _rule_of_day(book, body, as_of)
    first_earned = min(h.earned_on for h in held)
    schedule, notes = schedule_for(rule, holder, first_earned, months)
    context = BodyContext(
        book=book,
        rule=rule,
        body=body,
        held=held,
        schedule=schedule,
        first_earned=first_earned,
        first_index=first_cycle_index(schedule, first_earned),
        as_of=as_of,
        course_keys=course_keys,
    )
    current_index = max(context.first_index, cycle_index(schedule, as_of))
    reported = (
        context.first_index
        if history is None
        else max(context.first_index, current_index - history)
    )
    # Where renewal-month CEUs may count on either side of a due date, the placement before the
    # oldest reported cycle can change what the reported ones count: the engine also places the
    # cycles before it, back to a due date whose renewal month has no CEU (the placements on
    # either side of such a date are independent), so that `history` never changes an answer.
    oldest = placement_start(context, log, reported) if rule.renewal_month_either else reported
    buckets, rejected = bucket(context, log, oldest, current_index)

    cycles: dict[int, CycleAssessment] = {}
    for index in range(oldest, current_index + 1):
        cycle = context.cycle_at(index)
        try:
            cycles[index] = context.assess_cycle(cycle, buckets[index])
        except NoRuleInForceError:
            if index == current_index:
                raise
            if index >= reported:
                notes.append(f"No rule was in force for the cycle {cycle}; it is not assessed.")
    # The requirement, the days: no CEU moves it.
    pace = _pace_of(book, cycles[current_index], as_of)
    # CEUs completed after an unmet due date, before revocation, may make up its shortfall,
    # when the standing is judged by that cycle (history=0 judges the current cycle alone).
    # A previous cycle met on its own dates needs its window only if renewal-month CEUs may
    # leave it (they may count toward the current cycle, the window making up the difference).
    previous = cycles.get(current_index - 1) if current_index - 1 >= reported else None
    window = None
    if previous is not None and (rule.renewal_month_either or not previous.met):
        window = make_up_window(context, previous)
    if rule.renewal_month_either or window is not None:
        _share_renewal_months(context, cycles, current_index, window, pace)
    if oldest < reported:
        leave_out_unreported(context, cycles, rejected, reported)

    current = cycles[current_index]
    previous = cycles.get(current_index - 1)
    standing, until, lapse, phase = _standing(book, body, current, previous, as_of, pace)
    return _body_assessment(
        body,
        held,
        as_of,
        current,
        tuple(cycles[i] for i in sorted(cycles, reverse=True) if i != current_index),
        tuple(rejected),
        standing,
        until,
        pace,
        rule,
        lapse,
        tuple(notes),
        phase,
    )


def _rule_of_day(book: Rulebook, body: IssuingBody, day: dt.date) -> tuple[CycleRule, int]:
    """The cycle rule in force on ``day`` and the cycle's length: once per body and day."""
    key = ("rule of the day", body.code, day)
    found = book.requirement_cache.get(key)
    if found is None:
        rule = book.rule_in_force(book.cycle_rules, body, day)
        found = book.requirement_cache[key] = (rule, book.cycle_months(body, day))
    return found  # type: ignore[return-value]  # the cache holds (rule, months) here


def _pace_of(book: Rulebook, cycle: CycleAssessment, as_of: dt.date) -> decimal.Decimal:
    """``cycle.cycle.pace(cycle.required, as_of)``, remembered by what it depends on.

    The pace is ``required`` times the days of the cycle before ``as_of`` over its days
    (:meth:`CeuCycle.pace`): cycles of as many days, as many of them past, share it.
    """
    days = cycle.cycle
    length = (days.end - days.start).days + 1
    before = max(0, min(length, (as_of - days.start).days))  # CeuCycle.days_before
    key = ("pace", cycle.required, before, length)
    found = book.requirement_cache.get(key)
    if found is None:
        found = book.requirement_cache[key] = days.pace(cycle.required, as_of)
    return found  # type: ignore[return-value]  # the cache holds paces under this key


def _share_renewal_months(
    context: BodyContext,
    cycles: dict[int, CycleAssessment],
    current_index: int,
    window: tuple[dt.date, dt.date] | None,
    pace: decimal.Decimal,
) -> None:
    """Count each movable CEU on the side of its due date that helps most (see _renewal)."""
    renewal_month = context.rule.renewal_month_either
    previous = cycles.get(current_index - 1)
    if not any(c.counted for c in cycles.values()):
        return  # only counted CEUs move (_renewal.plan): none counted, none to place
    unmet = window is not None and previous is not None and not previous.met
    if not unmet and not _in_a_renewal_month(context, cycles):
        return  # nothing counted in a renewal month, nothing to make up: nothing can move
    # Imported only when some CEU may move (issue 11: a first assess() rarely needs it).
    from coding_certs._renewal import plan as renewal_plan  # noqa: PLC0415

    counted, moves = renewal_plan(
        cycles,
        current=current_index,
        pace=pace,
        key_of=context.key_of,
        renewal_month=renewal_month,
        window=window,
    )
    if not moves:
        return
    for index, activities in counted.items():
        # The engine's order, as sorting by _activity_order gives it (the lists are plan's own).
        cycles[index] = context.assess_cycle(cycles[index].cycle, in_log_order(activities))
    notes: dict[int, list[str]] = {}
    for move in moves:
        notes.setdefault(move.target, []).append(
            _move_note(move, cycles, window, renewal_month=renewal_month)
        )
    for index, added in notes.items():
        c = cycles[index]  # the same cycle with its notes (its other parts are the engine's own)
        cycles[index] = _cycle_assessment(
            c.cycle, c.requirement, c.required, c.counted, c.minimums, (*c.notes, *added)
        )


def _in_a_renewal_month(context: BodyContext, cycles: dict[int, CycleAssessment]) -> bool:
    """Whether a CEU counted here was completed in the month of a due date between two cycles."""
    months = {
        (a.completed_on.year, a.completed_on.month) for c in cycles.values() for a in c.counted
    }
    dues = (cycle_bounds(context.schedule, i - 1)[1] for i in cycles if i - 1 in cycles)
    return any((due.year, due.month) in months for due in dues)


def _move_note(
    move: Move,
    cycles: dict[int, CycleAssessment],
    window: tuple[dt.date, dt.date] | None,
    *,
    renewal_month: bool,
) -> str:
    """Why ``move.activity`` counts toward the cycle on the other side of its due date."""
    a = move.activity
    due = cycles[min(move.source, move.target)].cycle.end
    in_month = (a.completed_on.year, a.completed_on.month) == (due.year, due.month)
    if move.source > move.target and window is not None and not (renewal_month and in_month):
        return (
            f"{a.title!r} ({a.completed_on}, {a.units} CEUs) was completed after the due "
            f"date and by {window[1]}, the last day before the credential would be revoked; "
            "it counts toward this cycle, to make up its shortfall"
        )
    what = f"{a.title!r} ({a.completed_on}, {a.units} CEUs) was completed in the renewal month"
    if move.source > move.target:
        return f"{what} after the due date; it counts toward this cycle, which needed it"
    if cycles[move.source].met:
        return (
            f"{what} up to the due date; it counts toward this cycle, as the previous one "
            "was met without it"
        )
    return (
        f"{what} up to the due date; it counts toward this cycle, where it does more "
        "good than in the previous one, which is not met either way"
    )


def _standing(  # noqa: PLR0913, PLR0917 -- each argument is one fact the standing depends on
    book: Rulebook,
    body: IssuingBody,
    current: CycleAssessment,
    previous: CycleAssessment | None,
    as_of: dt.date,
    pace: decimal.Decimal,
) -> tuple[Standing, dt.date | None, LapseRule | None, str | None]:
    """The standing, the day it lasts until, the lapse rule applied and its phase's name."""
    if previous is not None and not previous.met:
        cycle = previous.cycle
        lapse = _lapse_rule(book, body, cycle)
        phase, _, fix_by = _phase_on(book, lapse, cycle.end, as_of)
        if phase is None:
            return Standing.LAPSED, None, lapse, "revoked"
        return (Standing.GRACE if phase.active else Standing.INACTIVE), fix_by, lapse, phase.name
    if current.met:
        return Standing.MET, None, None, None
    if current.earned >= pace:
        return Standing.ON_TRACK, None, None, None
    return Standing.BEHIND, None, None, None


def _lapse_rule(book: Rulebook, body: IssuingBody, cycle: CeuCycle) -> LapseRule:
    """The lapse rule for an unmet ``cycle``, remembered per body and where its days fall.

    A lapse rule applies or not by comparing a day of the cycle (its ``judged_by``) with
    its own first and last days: cycles whose first days, and whose last days, fall
    between the same two of those days of the body's lapse rules get the same rule.
    """
    cache = book.requirement_cache
    code = body.code
    days: list[dt.date] | None = cache.get(("lapse days", code))  # type: ignore[assignment]
    if days is None:
        found_days = {
            day
            for rule in book.lapse_rules
            if rule.body.code == code
            for day in (rule.effective_from, rule.superseded_on)
            if day is not None
        }
        days = cache["lapse days", code] = sorted(found_days)
    start, end = cycle.start, cycle.end
    key = (
        "lapse rule",
        code,
        bisect.bisect_right(days, start),
        bisect.bisect_right(days, end),
    )
    found = cache.get(key)
    if found is None:
        found = cache[key] = book.rule_for_cycle(
            book.lapse_rules, body, start, end, what="lapse rule"
        )
    return found  # type: ignore[return-value]  # the cache holds lapse rules under this key


def _phase_on(
    book: Rulebook, lapse: LapseRule, due: dt.date, as_of: dt.date
) -> tuple[LapsePhase | None, dt.date | None, dt.date | None]:
    """``lapse.phase_on(due, as_of)``, remembered: a roster shares a few hundred due dates."""
    key = ("phase", id(lapse), due, as_of)
    cache = book.requirement_cache
    found = cache.get(key)
    if found is None:
        if len(cache) >= _CACHE_LIMIT:
            cache.clear()
        found = cache[key] = (lapse, lapse.phase_on(due, as_of))
    return found[1]  # type: ignore[index,no-any-return]  # the cache holds (rule, phase) pairs
