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
import decimal
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from coding_certs._activities import ActivityKind, CeuActivity, HeldCredential, Holder
from coding_certs._cycles import Anchor, CeuCycle, CycleSchedule
from coding_certs._decimals import tidy
from coding_certs._model import IssuingBody
from coding_certs._requirements import requirement_for_body
from coding_certs._results import CycleAssessment, MinimumStatus, Rejection
from coding_certs._rulebook import Rulebook
from coding_certs._rules import (
    CategoryMinimum,
    CycleAnchor,
    CycleRule,
    FirstCycle,
    RenewalParity,
)
from coding_certs._standing import Reason

if TYPE_CHECKING:
    from collections.abc import Sequence

    from coding_certs._model import Credential


_ZERO = decimal.Decimal(0)
_CENT = decimal.Decimal("0.01")


def schedule_for(
    rule: CycleRule, holder: Holder, first_earned: dt.date, months: int
) -> tuple[CycleSchedule, list[str]]:
    if rule.anchor is CycleAnchor.EXAM_DATE:
        # Due the day before the anniversary (AHIMA), or on it (ACDIS): then the exam day
        # itself ends a cycle, and the first cycle is the next one (see BodyContext.cycle_at).
        anchored = Anchor.END if rule.due_on_anniversary else Anchor.START
        return CycleSchedule(anchor=first_earned, anchored=anchored, months=months), []
    notes = []
    renewal = holder.renewal(rule.body)
    if renewal is None:
        renewal = first_earned
        notes.append(
            f"The membership renewal date is not known; the anniversary of the earliest "
            f"credential ({first_earned:%B} {first_earned.day}) is assumed."
        )
    if rule.parity is RenewalParity.NONE:
        return CycleSchedule(anchor=renewal, anchored=Anchor.END, months=months), notes
    # CEUs are due in the years whose parity matches the renewal month. 2000 is even and a
    # leap year (so 29 February exists), 2001 is odd: either anchors the whole sequence.
    reference_year = 2001 if renewal.month % 2 else 2000
    anchor = dt.date(reference_year, renewal.month, renewal.day)
    return CycleSchedule(anchor=anchor, anchored=Anchor.END, months=months), notes


def first_cycle_index(schedule: CycleSchedule, first_earned: dt.date) -> int:
    """The first cycle after certification.

    It is the cycle containing the day the first credential was earned, unless
    that cycle ends on that very day (an AAPC credential earned on a due date,
    as when the renewal date is derived from it): then no CEUs are due that day
    and the first cycle is the next one.
    """
    index = schedule.index_of(first_earned)
    return index + 1 if schedule.end_of(index) == first_earned else index


def _months_started(start: dt.date, end: dt.date) -> int:
    """Months from ``start`` to the due date ``end``, a started month counting whole."""
    span = relativedelta(end, start)
    return span.years * 12 + span.months + (1 if span.days else 0)


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
    _cycles: dict[int, CeuCycle] = attrs.field(factory=dict, init=False)

    def cycle_at(self, index: int) -> CeuCycle:
        """Cycle ``index``; the first one starts on the day the first credential was earned."""
        cycle = self._cycles.get(index)
        if cycle is not None:  # a cycle is immutable: build each one once
            return cycle
        if index == self.first_index:
            # A cycle due on the exam anniversary starts on the exam day, the previous
            # cycle's due date: the first one is a day longer than the ones after it.
            start = self.schedule.start_of(index)
            cycle = CeuCycle(
                self.first_earned
                if self.rule.due_on_anniversary
                else max(self.first_earned, start),
                self.schedule.end_of(index),
                schedule=self.schedule,
                index=index,
            )
        else:
            cycle = self.schedule.cycle(index)
        self._cycles[index] = cycle
        return cycle

    def screen(self, activity: CeuActivity) -> Rejection | None:
        """The rejection of an activity by the rules that do not depend on its cycle."""
        if activity.completed_on > self.as_of:
            return Rejection(
                activity,
                Reason.AFTER_AS_OF,
                f"completed on {activity.completed_on}, after {self.as_of}",
            )
        if activity.completed_on < self.first_earned:
            first = min(self.held, key=lambda h: h.earned_on)
            return Rejection(
                activity,
                Reason.BEFORE_CREDENTIAL,
                f"completed on {activity.completed_on}, before {first.credential.code} was "
                f"earned on {first.earned_on}; CEUs earned before certification are not accepted",
            )
        if (
            self.rule.instruction_needs_preapproval
            and activity.kind is ActivityKind.INSTRUCTION
            and not activity.preapproved
        ):
            return Rejection(
                activity,
                Reason.INSTRUCTION_NOT_PREAPPROVED,
                "instruction at a post-secondary school counts only with pre-approval",
            )
        if (
            self.rule.requires_index_number
            and activity.kind is ActivityKind.APPROVED_EVENT
            and not activity.index_number
            and not (self.rule.accepts_certificate and activity.certificate)
        ):
            return Rejection(
                activity,
                Reason.MISSING_INDEX_NUMBER,
                f"no index number and no certificate: an approved event counts at "
                f"{self.body.code} with its index number or its certificate of completion"
                if self.rule.accepts_certificate
                else f"an approved event counts at {self.body.code} only with the index number "
                "its certificate must show",
            )
        return None

    def assess_cycle(
        self, cycle: CeuCycle, counted: Sequence[CeuActivity], notes: tuple[str, ...] = ()
    ) -> CycleAssessment:
        """Requirement, minimums and earned CEUs of one cycle."""
        # Credentials earned during a cycle join the tier at the next one (see the cycle rule).
        at_start = [h.credential for h in self.held if h.earned_on <= cycle.start]
        requirement = requirement_for_body(self.book, self.body, at_start, cycle.start)
        required = requirement.units
        if cycle.is_partial and self.rule.first_cycle is FirstCycle.PRORATED:
            months = _months_started(cycle.start, cycle.end)
            per_cycle = cycle.schedule.months
            required = min(
                required,
                tidy((required * months / per_cycle).quantize(_CENT, decimal.ROUND_HALF_UP)),
            )
            prorated = (
                f"First cycle after certification, pro-rated: {requirement.units} / {per_cycle} "
                f"per month x {months} months = {required} CEUs (an assumption: see the cycle "
                "rule)."
            )
            notes = (*notes, prorated)
        held_codes = {c.code for c in at_start} | {self.book.current_form(c).code for c in at_start}
        minimums = []
        for minimum in _minimums_asked(
            self.book.minimums_for(self.body, cycle.start, cycle.end),
            held_codes,
            at_start,
            self.book,
        ):
            tagged = tuple(a for a in counted if minimum.counts(a.categories))
            minimums.append(
                MinimumStatus(
                    rule=minimum,
                    required=_minimum_required(minimum, required, requirement.units),
                    earned=sum((a.units for a in tagged), _ZERO),
                    activities=tagged,
                )
            )
        return CycleAssessment(
            cycle=cycle,
            requirement=requirement,
            required=required,
            counted=tuple(counted),
            minimums=tuple(minimums),
            notes=notes,
        )


def _minimums_asked(
    in_force: tuple[CategoryMinimum, ...],
    held_codes: set[str],
    at_start: Sequence[Credential],
    book: Rulebook,
) -> tuple[CategoryMinimum, ...]:
    """The minimums in force that this holder is asked, in the book's order.

    A minimum of a credential not held is not asked. One that applies only when its
    credential is held alone (AAPC's CPPM: 36) is asked of a holder whose only
    credential of the body is that one, in place of the minimums of the same credential
    and category; of anyone else it is not asked.
    """
    only = {book.current_form(c).code for c in at_start}
    alone = held_codes if len(only) == 1 else set()
    applies = tuple(
        m
        for m in in_force
        if (m.credential is None or m.credential in held_codes)
        and (not m.when_held_alone or m.credential in alone)
    )
    replaced = {(m.credential, m.category) for m in applies if m.when_held_alone}
    return tuple(
        m for m in applies if m.when_held_alone or (m.credential, m.category) not in replaced
    )


def _minimum_required(
    minimum: CategoryMinimum, required: decimal.Decimal, full: decimal.Decimal
) -> decimal.Decimal:
    """What a minimum asks in a cycle: a fixed number shrinks with a pro-rated requirement."""
    asked = minimum.units_within(required)
    if minimum.units is not None and required < full:
        asked = (asked * required / full).quantize(_CENT, decimal.ROUND_HALF_UP)
    return tidy(asked)
