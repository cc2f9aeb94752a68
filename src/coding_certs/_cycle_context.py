"""One holder and one body while the engine assesses them: the schedule, the cycles, the screen.

:class:`BodyContext` holds what the engine knows about one holder's credentials of
one body on the day of the assessment: the cycle rule, the schedule of cycles (see
:mod:`coding_certs._cycles`), the first cycle after certification, and the rules
that do not depend on a cycle (an activity completed after the day, before the
first credential, instruction without pre-approval, an approved event with neither
index number nor certificate where the body asks for one). It also works out one
cycle's requirement and category minimums (:meth:`BodyContext.assess_cycle`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from coding_certs._activities import ActivityKind, CeuActivity, HeldCredential, Holder
from coding_certs._cycles import (
    Anchor,
    CeuCycle,
    CycleSchedule,
    cycle_bounds,
    cycle_index,
    shared_schedule,
)
from coding_certs._lazy import Deferred
from coding_certs._model import IssuingBody
from coding_certs._plans import plan_for
from coding_certs._pools import credit
from coding_certs._results import CycleAssessment, MinimumStatus, Rejection
from coding_certs._rulebook import Rulebook
from coding_certs._rules import CycleAnchor, CycleRule, RenewalParity
from coding_certs._standing import Reason
from coding_certs._trusted import trusted

if TYPE_CHECKING:
    from collections.abc import Sequence

    from coding_certs._plans import CyclePlan


def schedule_for(
    rule: CycleRule, holder: Holder, first_earned: dt.date, months: int
) -> tuple[CycleSchedule, list[str]]:
    if rule.anchor is CycleAnchor.EXAM_DATE:
        # Due the day before the anniversary (AHIMA), or on it (ACDIS): then the exam day
        # itself ends a cycle, and the first cycle is the next one (see BodyContext.cycle_at).
        anchored = Anchor.END if rule.due_on_anniversary else Anchor.START
        return shared_schedule(first_earned, anchored, months), []
    notes = []
    renewal = holder.renewal(rule.body)
    if renewal is None:
        renewal = first_earned
        notes.append(
            f"The membership renewal date is not known; the anniversary of the earliest "
            f"credential ({first_earned:%B} {first_earned.day}) is assumed."
        )
    if rule.parity is RenewalParity.NONE:
        return shared_schedule(renewal, Anchor.END, months), notes
    # CEUs are due in the years whose parity matches the renewal month. 2000 is even and a
    # leap year (so 29 February exists), 2001 is odd: either anchors the whole sequence.
    reference_year = 2001 if renewal.month % 2 else 2000
    anchor = dt.date(reference_year, renewal.month, renewal.day)
    return shared_schedule(anchor, Anchor.END, months), notes


def first_cycle_index(schedule: CycleSchedule, first_earned: dt.date) -> int:
    """The first cycle after certification.

    It is the cycle containing the day the first credential was earned, unless
    that cycle ends on that very day (an AAPC credential earned on a due date,
    as when the renewal date is derived from it): then no CEUs are due that day
    and the first cycle is the next one.
    """
    index = cycle_index(schedule, first_earned)
    return index + 1 if cycle_bounds(schedule, index)[1] == first_earned else index


@attrs.frozen
class BodyContext:
    """What the engine knows about one holder and one body while it assesses them."""

    book: Rulebook
    rule: CycleRule
    body: IssuingBody
    held: tuple[HeldCredential, ...]
    schedule: CycleSchedule
    first_earned: dt.date
    first_index: int
    as_of: dt.date
    # Each activity's course_key by id, shared by the holder's bodies (the log outlives them).
    course_keys: dict[int, tuple[str, ...]] = attrs.field(factory=dict)
    _cycles: dict[int, CeuCycle] = attrs.field(factory=dict, init=False)
    # The activity each part cut by the activity cap came from, by the part's id (see capped).
    _originals: dict[int, CeuActivity] = attrs.field(factory=dict, init=False)
    # Each cycle's plan by its index, with the cycle it was worked out for: see assess_cycle.
    _plans: dict[int, tuple[CeuCycle, CyclePlan]] = attrs.field(factory=dict, init=False)

    def key_of(self, activity: CeuActivity) -> tuple[str, ...]:
        """``activity.course_key``, worked out once per holder."""
        key = self.course_keys.get(id(activity))
        if key is None:
            key = self.course_keys[id(activity)] = activity.course_key
        return key

    def cycle_at(self, index: int) -> CeuCycle:
        """Cycle ``index``; the first one starts on the day the first credential was earned."""
        cycle = self._cycles.get(index)
        if cycle is not None:  # a cycle is immutable: build each one once
            return cycle
        start, end = cycle_bounds(self.schedule, index)
        if index == self.first_index:
            # A cycle due on the exam anniversary starts on the exam day, the previous
            # cycle's due date: the first one is a day longer than the ones after it.
            # Valid by construction (see first_cycle_index): it ends as the schedule's
            # cycle does, and starts on that cycle's first day, later, or on the day before.
            start = (
                self.first_earned if self.rule.due_on_anniversary else max(self.first_earned, start)
            )
        # A cycle of the schedule: valid by construction.
        cycle = _cycle(start, end, self.schedule, index)
        self._cycles[index] = cycle
        return cycle

    def screen(self, activity: CeuActivity) -> Rejection | None:
        """The rejection of an activity by the rules that do not depend on its cycle."""
        day = activity.completed_on
        if day > self.as_of:
            return _rejection(activity, Reason.AFTER_AS_OF, Deferred(_after, day, self.as_of))
        if day < self.first_earned:
            first = min(self.held, key=lambda h: h.earned_on)
            return _rejection(activity, Reason.BEFORE_CREDENTIAL, Deferred(_before, day, first))
        kind = activity.kind
        rule = self.rule
        if (
            kind is ActivityKind.INSTRUCTION
            and rule.instruction_needs_preapproval
            and not activity.preapproved
        ):
            return _rejection(activity, Reason.INSTRUCTION_NOT_PREAPPROVED, _NOT_PREAPPROVED)
        if (
            kind is ActivityKind.APPROVED_EVENT
            and rule.requires_index_number
            and not activity.index_number
            and not (rule.accepts_certificate and activity.certificate)
        ):
            return _rejection(
                activity,
                Reason.MISSING_INDEX_NUMBER,
                Deferred(_no_index, self.body.code, rule.accepts_certificate),
            )
        return None

    def capped(self, counted: list[CeuActivity], rejected: list[Rejection]) -> list[CeuActivity]:
        """``counted`` with each activity over the cycle rule's cap cut to it.

        The part up to the cap counts (a copy of the activity with ``units`` the cap);
        the rest is rejected (a copy with the excess), so the two add up to the
        activity as logged. The parts stay alive in the results, so their ids, which
        ``original`` reads, are not reused while the holder is assessed.
        """
        if self.rule.activity_cap is None:
            return counted
        kept = []
        for activity in counted:
            cap = self.rule.cap_for(activity.categories)
            if cap is None or activity.units <= cap:
                kept.append(activity)
                continue
            part = attrs.evolve(activity, units=cap)
            excess = attrs.evolve(activity, units=activity.units - cap)
            self._originals[id(part)] = self._originals[id(excess)] = activity
            kept.append(part)
            exempt = self.rule.activity_cap_exempt
            unless = f" not tagged {' or '.join(exempt)}" if exempt else ""
            rejected.append(
                _rejection(
                    excess,
                    Reason.OVER_ACTIVITY_CAP,
                    f"{excess.units} of its {activity.units} CEUs: {self.body.code} counts at "
                    f"most {cap} CEUs from a single activity{unless} (cycle rule "
                    f"{self.rule.name!r}); the other {cap} count",
                )
            )
        return kept

    def original(self, activity: CeuActivity) -> CeuActivity:
        """The activity as logged that ``activity`` is a part of (see ``capped``), or itself."""
        return self._originals.get(id(activity), activity)

    def assess_cycle(
        self, cycle: CeuCycle, counted: Sequence[CeuActivity], notes: tuple[str, ...] = ()
    ) -> CycleAssessment:
        """Requirement, minimums and earned CEUs of one cycle."""
        # A cycle assessed again (its renewal-month CEUs moved) asks what it asked: its plan
        # is looked up once per holder and body (see cycle_at: one cycle object per index).
        found = self._plans.get(cycle.index)
        if found is not None and found[0] is cycle:
            plan = found[1]
        else:
            # Credentials earned during a cycle join the tier at the next one (see the cycle rule).
            start = cycle.start
            at_start = [h.credential for h in self.held if h.earned_on <= start]
            plan = plan_for(self.book, self.rule, self.body, at_start, cycle)
            self._plans[cycle.index] = (cycle, plan)
        counted = tuple(counted)
        asked = plan.minimums
        # Each CEU counts toward every minimum it is tagged for, but one of each pool (_pools).
        minimums = (
            tuple(
                [
                    _minimum_status(minimum, required, earned, activities)
                    for (minimum, required), (earned, activities) in zip(
                        asked, credit(asked, counted, cycle), strict=True
                    )
                ]
            )
            if asked
            else ()
        )
        plan_notes = plan.notes
        return _cycle_assessment(
            cycle,
            plan.requirement,
            plan.required,
            counted,
            minimums,
            (*notes, *plan_notes) if plan_notes else notes,
        )


_NOT_PREAPPROVED = "instruction at a post-secondary school counts only with pre-approval"


def _after(day: dt.date, as_of: dt.date) -> str:
    return f"completed on {day}, after {as_of}"


def _before(day: dt.date, first: HeldCredential) -> str:
    return (
        f"completed on {day}, before {first.credential.code} was earned on {first.earned_on}; "
        "CEUs earned before certification are not accepted"
    )


def _no_index(body: str, accepts_certificate: bool) -> str:  # noqa: FBT001 -- a rule's flag
    if accepts_certificate:
        return (
            f"no index number and no certificate: an approved event counts at {body} with its "
            "index number or its certificate of completion"
        )
    return (
        f"an approved event counts at {body} only with the index number its certificate must show"
    )


_minimum_status = trusted(MinimumStatus)
_cycle_assessment = trusted(CycleAssessment)
_rejection = trusted(Rejection)
_cycle = trusted(CeuCycle)
