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

A cycle is judged by the rules in force on the day it began, unless a rule says
otherwise (lapse rules are judged by the day the cycle ended); see
:doc:`/rules` for every rule, its source and what it assumes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import decimal
import difflib
import enum
import gc
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from coding_certs._activities import ActivityKind, CeuActivity, HeldCredential, Holder
from coding_certs._cycles import Anchor, CeuCycle, CycleSchedule
from coding_certs._decimals import exact
from coding_certs._display import Displayable
from coding_certs._errors import (
    InvalidTypeError,
    InvalidValueError,
    NoRuleInForceError,
    UnknownBodyError,
)
from coding_certs._model import Credential, IssuingBody
from coding_certs._renewal import plan as renewal_plan
from coding_certs._requirements import CeuRequirement, additional_ceus, requirement_for_body
from coding_certs._rulebook import Rulebook, default_rulebook
from coding_certs._rules import (
    CategoryMinimum,
    CycleAnchor,
    CycleRule,
    FirstCycle,
    LapseRule,
)
from coding_certs._validate import (
    enum_converter,
    instance_of,
    optional_instance_of,
    to_date,
    type_name,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

_ZERO = decimal.Decimal(0)
_CENT = decimal.Decimal("0.01")
_ONE_DAY = dt.timedelta(days=1)


class Standing(enum.StrEnum):
    """Where a credential stands, from best to worst."""

    MET = "met"
    ON_TRACK = "on-track"
    BEHIND = "behind"
    GRACE = "grace"
    INACTIVE = "inactive"
    LAPSED = "lapsed"

    @property
    def severity(self) -> int:
        """0 for MET up to 5 for LAPSED: larger is worse."""
        return list(Standing).index(self)

    @property
    def in_good_standing(self) -> bool:
        """Whether the credential is active (MET, ON_TRACK, BEHIND or GRACE)."""
        return self.severity <= Standing.GRACE.severity


class Reason(enum.StrEnum):
    """Why an activity does not count."""

    BEFORE_CREDENTIAL = "before-credential"
    """Completed before the body's first credential was earned."""
    OUTSIDE_CYCLE = "outside-cycle"
    """Completed in a cycle earlier than the ones assessed."""
    AFTER_AS_OF = "after-as-of"
    """Completed after the day of the assessment."""
    DUPLICATE = "duplicate"
    """The same course already counted in the same cycle."""
    INSTRUCTION_NOT_PREAPPROVED = "instruction-not-preapproved"
    """Instruction counts only with pre-approval."""
    MISSING_INDEX_NUMBER = "missing-index-number"
    """An approved event without the index number its certificate must show."""
    UNKNOWN_BODY = "unknown-body"
    """Reported to an issuing body the rule book does not know (a mistyped code)."""


@attrs.frozen
class Rejection:
    """An activity that does not count, with the reason.

    Attributes:
        activity: the activity.
        reason: the reason code.
        detail: a sentence saying why, naming dates and rules.
    """

    activity: CeuActivity = attrs.field(validator=instance_of(CeuActivity))
    reason: Reason = attrs.field(validator=instance_of(Reason))
    detail: str = attrs.field(validator=instance_of(str))


@attrs.frozen
class MinimumStatus:
    """How a cycle fares against one category minimum.

    Attributes:
        rule: the category minimum.
        required: the CEUs it asks for in this cycle.
        earned: the counted CEUs tagged with its category.
        activities: those activities.
    """

    rule: CategoryMinimum = attrs.field(validator=instance_of(CategoryMinimum))
    required: decimal.Decimal = attrs.field(validator=instance_of(decimal.Decimal))
    earned: decimal.Decimal = attrs.field(validator=instance_of(decimal.Decimal))
    activities: tuple[CeuActivity, ...] = attrs.field(repr=False)

    @property
    def met(self) -> bool:
        """Whether enough CEUs of the category were counted."""
        return self.earned >= self.required

    @property
    @exact
    def remaining(self) -> decimal.Decimal:
        """CEUs of the category still needed, never negative."""
        return max(_ZERO, self.required - self.earned)


@attrs.frozen
class CycleAssessment:
    """One cycle's requirement and what counted toward it.

    Attributes:
        cycle: the cycle.
        requirement: the tier applied (the credentials held when it began).
        required: the CEUs due: the tier's units, or the pro-rated share for a
            partial first cycle.
        counted: the activities that count, in completion order.
        minimums: each category minimum and what counted toward it.
        notes: what the engine decided about this cycle, in words.
    """

    cycle: CeuCycle = attrs.field(validator=instance_of(CeuCycle))
    requirement: CeuRequirement = attrs.field(validator=instance_of(CeuRequirement), repr=False)
    required: decimal.Decimal = attrs.field(validator=instance_of(decimal.Decimal))
    counted: tuple[CeuActivity, ...] = attrs.field(repr=False)
    minimums: tuple[MinimumStatus, ...] = attrs.field(repr=False)
    notes: tuple[str, ...] = attrs.field(default=(), repr=False)

    @property
    @exact
    def earned(self) -> decimal.Decimal:
        """The CEUs counted, exactly."""
        return sum((activity.units for activity in self.counted), _ZERO)

    @property
    @exact
    def remaining(self) -> decimal.Decimal:
        """CEUs still needed for the total: ``max(0, required - earned)``."""
        return max(_ZERO, self.required - self.earned)

    @property
    @exact
    def met(self) -> bool:
        """Whether the total and every category minimum are met."""
        return self.earned >= self.required and all(status.met for status in self.minimums)


@attrs.frozen
class Obligation:
    """What a coder must do about a cycle that ended unmet: one value for every surface.

    A credential in GRACE or INACTIVE standing is saved by earning what the unmet
    cycle still lacks by ``fix_by``; a LAPSED one can no longer be saved by CEUs
    (``fix_by`` is ``None``). The views, the explanation, the records and the
    command all show these numbers first, and the current cycle's progress beside
    them.

    Attributes:
        standing: GRACE, INACTIVE or LAPSED.
        cycle: the cycle that ended unmet.
        required: the CEUs it asked for.
        earned: the CEUs counted toward it.
        minimums: its category minimums, each with what counted toward it.
        fix_by: the last day the shortfall can still be made up (the end of the
            grace or inactive period), or ``None`` once the credential is revoked.
    """

    standing: Standing = attrs.field(validator=instance_of(Standing))
    cycle: CeuCycle = attrs.field(validator=instance_of(CeuCycle))
    required: decimal.Decimal = attrs.field(validator=instance_of(decimal.Decimal))
    earned: decimal.Decimal = attrs.field(validator=instance_of(decimal.Decimal))
    minimums: tuple[MinimumStatus, ...] = attrs.field(repr=False)
    fix_by: dt.date | None = attrs.field(validator=optional_instance_of(dt.date))

    @property
    def due(self) -> dt.date:
        """The day the unmet cycle's CEUs were due."""
        return self.cycle.end

    @property
    @exact
    def remaining(self) -> decimal.Decimal:
        """The CEUs the unmet cycle still lacks, never negative."""
        return max(_ZERO, self.required - self.earned)

    @property
    def unmet_minimums(self) -> tuple[MinimumStatus, ...]:
        """The unmet cycle's category minimums that are still short."""
        return tuple(status for status in self.minimums if not status.met)

    @property
    def can_be_fixed(self) -> bool:
        """Whether CEUs can still save the credential (GRACE or INACTIVE, not LAPSED)."""
        return self.fix_by is not None

    def describe(self) -> str:
        """The obligation in one sentence.

        >>> import coding_certs as cc
        >>> roster = cc.assess_roster(*cc.load_demo(), as_of=cc.DEMO_AS_OF)
        >>> import textwrap
        >>> print(textwrap.fill(roster.at_or_past("grace")[0].obligation.describe(), 72))
        Earn 8 more CEUs for the cycle 2023-12-01 to 2025-11-30 (28 of 36
        earned, due 2025-11-30) by 2026-02-28.
        """
        shortfalls = "".join(
            f"; {status.remaining} short of the minimum {status.rule.describe()!r}"
            for status in self.unmet_minimums
        )
        done = f"{self.earned} of {self.required} earned, due {self.due}{shortfalls}"
        if self.fix_by is None:
            return (
                f"Revoked: the cycle {self.cycle} ended {self.remaining} CEUs short ({done}) "
                "and every grace or inactive period has passed; CEUs alone cannot restore it."
            )
        owed = f"{self.remaining} more CEUs for the cycle {self.cycle}"
        return f"Earn {owed} ({done}) by {self.fix_by}."


@attrs.frozen
class BodyAssessment(Displayable):
    """Where one holder's credentials from one body stand on one day.

    Attributes:
        body: the issuing body.
        credentials: the holder's credentials from it, held on ``as_of``.
        as_of: the day of the assessment.
        current: the cycle that contains ``as_of``.
        history: earlier cycles, most recent first.
        rejected: activities that do not count, each with the reason.
        standing: the standing (see :class:`Standing`).
        standing_until: the last day of the grace or inactive period, for
            those standings; otherwise ``None``.
        pace: the CEUs expected by ``as_of`` at an even pace (the pro-rata share).
        cycle_rule: the rule that placed the cycles.
        lapse_rule: the rule applied to an unmet previous cycle, if any.
        notes: what the engine decided for this body, in words.
        phase: after an unmet cycle, the name of the lapse rule's phase that
            ``as_of`` falls in (``"grace"``, ``"late-fee"``, ``"inactive"``), or
            ``"revoked"`` after the last; ``None`` otherwise.
    """

    body: IssuingBody = attrs.field(validator=instance_of(IssuingBody), repr=lambda b: b.code)
    credentials: tuple[HeldCredential, ...] = attrs.field(repr=False)
    as_of: dt.date = attrs.field(validator=instance_of(dt.date), repr=False)
    current: CycleAssessment = attrs.field(validator=instance_of(CycleAssessment), repr=False)
    history: tuple[CycleAssessment, ...] = attrs.field(repr=False)
    rejected: tuple[Rejection, ...] = attrs.field(repr=False)
    standing: Standing = attrs.field(validator=instance_of(Standing))
    standing_until: dt.date | None = attrs.field(
        validator=optional_instance_of(dt.date), repr=False
    )
    pace: decimal.Decimal = attrs.field(validator=instance_of(decimal.Decimal), repr=False)
    cycle_rule: CycleRule = attrs.field(validator=instance_of(CycleRule), repr=False)
    lapse_rule: LapseRule | None = attrs.field(repr=False)
    notes: tuple[str, ...] = attrs.field(default=(), repr=False)
    phase: str | None = attrs.field(default=None, validator=optional_instance_of(str), repr=False)

    @property
    def cycle(self) -> CeuCycle:
        """The current cycle."""
        return self.current.cycle

    @property
    def due(self) -> dt.date:
        """The day the current cycle's CEUs are due."""
        return self.current.cycle.end

    @property
    def required(self) -> decimal.Decimal:
        """CEUs due in the current cycle."""
        return self.current.required

    @property
    def earned(self) -> decimal.Decimal:
        """CEUs counted in the current cycle."""
        return self.current.earned

    @property
    def remaining(self) -> decimal.Decimal:
        """CEUs still needed in the current cycle, never negative."""
        return self.current.remaining

    @property
    def counted(self) -> tuple[CeuActivity, ...]:
        """The activities counted in the current cycle."""
        return self.current.counted

    @property
    def minimums(self) -> tuple[MinimumStatus, ...]:
        """The current cycle's category minimums."""
        return self.current.minimums

    @property
    def in_good_standing(self) -> bool:
        """Whether the credentials are active (see :attr:`Standing.in_good_standing`)."""
        return self.standing.in_good_standing

    @exact
    def explain(self) -> str:
        """Every number of the assessment in plain English, with the rules and their sources."""
        return _explain(self)

    @property
    def unmet(self) -> CycleAssessment | None:
        """The earlier cycle that ended unmet, for GRACE, INACTIVE and LAPSED; else ``None``."""
        if self.standing.severity >= Standing.GRACE.severity and self.history:
            return self.history[0]
        return None

    @property
    def obligation(self) -> Obligation | None:
        """What the coder must do about the cycle that ended unmet (GRACE, INACTIVE, LAPSED)."""
        unmet = self.unmet
        if unmet is None:
            return None
        return Obligation(
            standing=self.standing,
            cycle=unmet.cycle,
            required=unmet.required,
            earned=unmet.earned,
            minimums=unmet.minimums,
            fix_by=self.standing_until if self.standing is not Standing.LAPSED else None,
        )

    @exact
    def to_record(self) -> dict[str, object]:
        """The headline numbers as a plain dict (one row of a report).

        Keys: ``body``, ``standing``, ``in_good_standing``, ``cycle``,
        ``required``, ``earned``, ``remaining``, ``pace``, ``cycle_start``,
        ``due``, ``standing_until``, then ``current_required``,
        ``current_earned``, ``current_remaining`` and ``current_due``. The
        first numbers are those of the cycle the standing is about: the current
        one, or, for GRACE, INACTIVE and LAPSED, the :attr:`obligation` (the
        cycle that ended unmet: ``cycle`` says which; ``pace`` is then ``None``
        and ``standing_until`` is the last day it can be fixed). The
        ``current_*`` keys always give the current cycle's progress. Units stay
        ``Decimal`` and days stay ``date``, so nothing is rounded.
        """
        owed = self.obligation
        current = self.current
        head: dict[str, object] = {
            "body": self.body.code,
            "standing": self.standing.value,
            "in_good_standing": self.in_good_standing,
        }
        if owed is None:
            head |= {
                "cycle": "current",
                "required": current.required,
                "earned": current.earned,
                "remaining": current.remaining,
                "pace": self.pace,
                "cycle_start": current.cycle.start,
                "due": current.cycle.end,
                "standing_until": self.standing_until,
            }
        else:
            head |= {
                "cycle": "unmet",
                "required": owed.required,
                "earned": owed.earned,
                "remaining": owed.remaining,
                "pace": None,
                "cycle_start": owed.cycle.start,
                "due": owed.due,
                "standing_until": self.standing_until,
            }
        return head | {
            "current_required": current.required,
            "current_earned": current.earned,
            "current_remaining": current.remaining,
            "current_due": current.cycle.end,
        }


@attrs.frozen
class ComplianceReport(Displayable):
    """One holder's standing with every body they hold credentials from.

    Attributes:
        holder: the holder.
        as_of: the day of the assessment.
        assessments: one per issuing body, sorted by body code.
    """

    holder: Holder = attrs.field(validator=instance_of(Holder), repr=lambda h: repr(h.id))
    as_of: dt.date = attrs.field(validator=instance_of(dt.date))
    assessments: tuple[BodyAssessment, ...]
    rulebook: Rulebook = attrs.field(validator=instance_of(Rulebook), repr=False, eq=False)

    @property
    def in_good_standing(self) -> bool:
        """Whether every credential is active: none inactive, none revoked."""
        return all(assessment.in_good_standing for assessment in self.assessments)

    @property
    def standing(self) -> Standing | None:
        """The worst standing across bodies, or ``None`` for a holder with no credentials."""
        if not self.assessments:
            return None
        return max((a.standing for a in self.assessments), key=lambda s: s.severity)

    def for_body(self, body: str | IssuingBody) -> BodyAssessment:
        """The assessment for one body (``"AAPC"`` or an :class:`IssuingBody`).

        Raises:
            UnknownBodyError: the holder has no credentials from that body.
        """
        code = self.rulebook.issuing_body(body).code
        for assessment in self.assessments:
            if assessment.body.code == code:
                return assessment
        raise UnknownBodyError(
            f"holder {self.holder.id!r} holds no {code} credential; assessed: "
            f"{', '.join(a.body.code for a in self.assessments) or 'none'}"
        )

    @exact
    def what_if(self, *, add: str | Credential) -> decimal.Decimal:
        """The extra CEUs per cycle one more credential would cost, by today's rules.

        >>> import coding_certs as cc
        >>> holder = cc.Holder("E1", [("CPC", "2020-01-15")])
        >>> cc.assess(holder, as_of="2026-01-01").what_if(add="COC")
        Decimal('4')
        """
        held = [h.credential for h in self.holder.credentials if h.earned_on <= self.as_of]
        return additional_ceus(held, add, on=self.as_of, rulebook=self.rulebook)

    def to_records(self) -> list[dict[str, object]]:
        """One plain dict per body, with the holder's ``holder_id`` and ``name`` first.

        ``pandas.DataFrame(report.to_records())`` makes a table of it; the
        library itself never imports pandas.
        """
        return [
            {"holder_id": self.holder.id, "name": self.holder.name, **assessment.to_record()}
            for assessment in self.assessments
        ]

    def explain(self) -> str:
        """Every body's explanation, one after another."""
        name = f" ({self.holder.name})" if self.holder.name else ""
        head = f"Holder {self.holder.id}{name}, as of {self.as_of}: " + (
            "in good standing." if self.in_good_standing else "NOT in good standing."
        )
        return "\n\n".join([head, *(a.explain() for a in self.assessments)])


@attrs.frozen
class RosterReport(Displayable):
    """The reports of a whole roster, in roster order.

    Attributes:
        as_of: the day of the assessment.
        reports: one :class:`ComplianceReport` per holder.
    """

    as_of: dt.date = attrs.field(validator=instance_of(dt.date))
    reports: tuple[ComplianceReport, ...] = attrs.field(repr=lambda r: f"<{len(r)} holders>")

    def __len__(self) -> int:
        return len(self.reports)

    def __iter__(self) -> Iterator[ComplianceReport]:
        return iter(self.reports)

    @property
    def in_good_standing(self) -> bool:
        """Whether every holder is in good standing."""
        return all(report.in_good_standing for report in self.reports)

    def count_by_standing(self) -> dict[Standing, int]:
        """How many holder-and-body assessments are at each standing, best first."""
        counts = dict.fromkeys(Standing, 0)
        for report in self.reports:
            for assessment in report.assessments:
                counts[assessment.standing] += 1
        return counts

    def at_or_past(self, standing: Standing | str) -> tuple[BodyAssessment, ...]:
        """Every assessment at ``standing`` or worse (``"behind"`` finds BEHIND to LAPSED)."""
        threshold = _to_standing(standing)
        return tuple(
            assessment
            for report in self.reports
            for assessment in report.assessments
            if assessment.standing.severity >= threshold.severity
        )

    def to_records(self) -> list[dict[str, object]]:
        """One plain dict per holder and body (see :meth:`ComplianceReport.to_records`)."""
        return [record for report in self.reports for record in report.to_records()]


_standing_converter = enum_converter(Standing, what="standing")


def _to_standing(value: object) -> Standing:
    return _standing_converter(value)


# --- The engine --------------------------------------------------------------


@exact
def assess_roster(  # noqa: PLR0913 -- the options after * are keyword-only
    holders: Iterable[Holder],
    activities: Iterable[CeuActivity] = (),
    *,
    as_of: dt.date | str | None = None,
    history: int | None = 1,
    rulebook: Rulebook | None = None,
    unknown_holders: str = "error",
    progress: Callable[[int, int], object] | None = None,
) -> RosterReport:
    """Assess every holder of a roster against one CEU log.

    Each activity must name its holder (``holder_id``); the log is grouped once,
    so the work grows with the size of the roster and the log, not their product.

    Args:
        holders: the roster.
        activities: the CEU log of the whole roster.
        as_of: the day of the assessment (default: today).
        history: see :func:`assess`.
        rulebook: see :func:`assess`.
        unknown_holders: what to do with activities whose ``holder_id`` is not
            on the roster: ``"error"`` (the default: a mistyped id must not
            silently cost a coder their CEUs) or ``"ignore"`` (a log that also
            holds people who left).
        progress: called as ``progress(done, total)`` after each holder, to
            show progress on long runs.

    Raises:
        InvalidValueError: two holders share an id, an activity names no
            holder (in a roster it would belong to no one in particular), or
            activities name holders who are not on the roster.
        InvalidTypeError: an argument of the wrong type.
    """
    if unknown_holders not in {"error", "ignore"}:
        raise InvalidValueError(
            f"unknown_holders must be 'error' or 'ignore', got {unknown_holders!r}"
        )
    roster, seen = _roster(holders)
    if isinstance(activities, CeuActivity | str) or not isinstance(activities, Iterable):
        raise InvalidTypeError(
            f"activities must be a list of CeuActivity, got {type_name(activities)} {activities!r}"
        )
    # The log grouped and the reports hold no reference cycles, so while they pile up the cyclic
    # garbage collector would only walk the roster and the log again and again (a third of the
    # time for 100,000 holders): it is paused meanwhile, then left as it was.
    with _collector_paused():
        by_holder = _group_by_holder(activities)
        strangers = set(by_holder) - seen
        if strangers and unknown_holders == "error":
            raise InvalidValueError(_strangers_message(strangers, by_holder, seen))
        day = dt.date.today() if as_of is None else to_date(as_of, what="as_of")
        reports = []
        for holder in roster:
            reports.append(
                assess(
                    holder,
                    by_holder.get(holder.id, ()),
                    as_of=day,
                    history=history,
                    rulebook=rulebook,
                )
            )
            if progress is not None:
                progress(len(reports), len(roster))
    return RosterReport(as_of=day, reports=tuple(reports))


#: The "did you mean" hint compares at most this many unknown ids with the roster, and the
#: message lists at most this many: a log of thousands of strangers must not take minutes.
HINTED_STRANGERS = 20


def _strangers_message(
    strangers: set[str], by_holder: dict[str, list[CeuActivity]], roster_ids: set[str]
) -> str:
    folded = {holder_id.casefold(): holder_id for holder_id in roster_ids}
    candidates = sorted(roster_ids)
    named = sorted(strangers)
    parts = []
    for holder_id in named[:HINTED_STRANGERS]:
        count = len(by_holder[holder_id])
        close = folded.get(holder_id.casefold()) or next(
            iter(difflib.get_close_matches(holder_id, candidates, n=1)), None
        )
        hint = f"; did you mean {close!r}?" if close else ""
        parts.append(f"{holder_id!r} ({count} activit{'y' if count == 1 else 'ies'}{hint})")
    if len(named) > HINTED_STRANGERS:
        parts.append(f"and {len(named) - HINTED_STRANGERS} more")
    return (
        f"the CEU log names {len(strangers)} holder{'s' if len(strangers) != 1 else ''} who "
        f"{'are' if len(strangers) != 1 else 'is'} not on the roster: {', '.join(parts)}. "
        "Their CEUs would count for no one: fix the ids, or ask to ignore unknown holders "
        "(unknown_holders='ignore'; the command's --unknown-holders ignore)"
    )


def _roster(holders: Iterable[Holder]) -> tuple[list[Holder], set[str]]:
    """The roster as a list, and its ids; refuses what is not a Holder and repeated ids."""
    if isinstance(holders, Holder | str) or not isinstance(holders, Iterable):
        raise InvalidTypeError(
            f"holders must be a list of Holder, got {type_name(holders)} {holders!r}"
        )
    roster = list(holders)
    seen: set[str] = set()
    for index, holder in enumerate(roster):
        if not isinstance(holder, Holder):
            raise InvalidTypeError(
                f"holders[{index}] must be a Holder, got {type_name(holder)} {holder!r}"
            )
        if holder.id in seen:
            raise InvalidValueError(f"holders[{index}]: holder id {holder.id!r} appears twice")
        seen.add(holder.id)
    return roster, seen


def _group_by_holder(activities: Iterable[CeuActivity]) -> dict[str, list[CeuActivity]]:
    """The log grouped by ``holder_id``; refuses what is not an activity or names no holder."""
    by_holder: dict[str, list[CeuActivity]] = {}
    for index, activity in enumerate(activities):
        if not isinstance(activity, CeuActivity):
            raise InvalidTypeError(
                f"activities[{index}] must be a CeuActivity, got {type_name(activity)} {activity!r}"
            )
        if activity.holder_id is None:
            raise InvalidValueError(
                f"activities[{index}] ({activity.title!r}) names no holder_id; in a roster "
                "every activity must say whose it is"
            )
        by_holder.setdefault(activity.holder_id, []).append(activity)
    return by_holder


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector, then leave it enabled or disabled as it was."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


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
    book = default_rulebook() if rulebook is None else rulebook
    if not isinstance(book, Rulebook):
        raise InvalidTypeError(f"rulebook must be a Rulebook, got {type_name(book)} {book!r}")
    if not isinstance(holder, Holder):
        raise InvalidTypeError(f"assess() needs a Holder, got {type_name(holder)} {holder!r}")
    day = dt.date.today() if as_of is None else to_date(as_of, what="as_of")
    if history is not None and (isinstance(history, bool) or not isinstance(history, int)):
        raise InvalidTypeError(
            f"history must be an int or None, got {type_name(history)} {history!r}"
        )
    if history is not None and history < 0:
        raise InvalidValueError(f"history must be 0 or more, got {history}")
    log = _own_activities(holder, activities)
    # Codes are looked up in the rule book assessed with, never in the shipped one.
    holder = holder.resolve(book)
    held_now = [h for h in holder.credentials if h.earned_on <= day]
    bodies = sorted({h.credential.body for h in held_now}, key=lambda b: b.code)
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
            )
            for body in bodies
        )
    except NoRuleInForceError as error:
        # Name the holder: in a roster of thousands the rule alone does not say whose cycle it is.
        raise NoRuleInForceError(
            f"holder {holder.id!r}: {error}. Each cycle is judged by the rules in force when it "
            "began; pass a rule book that covers that day, or an as_of in a later cycle"
        ) from error
    return ComplianceReport(holder=holder, as_of=day, assessments=assessments, rulebook=book)


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
    # A total order on the activities' content makes every result independent of input order.
    # Day and title begin that order and tell nearly every log's activities apart: the whole
    # key is built only when two activities share both.
    distinct = len({_day_and_title(activity) for activity in own}) == len(own)
    return tuple(sorted(own, key=_day_and_title if distinct else _activity_order))


def _day_and_title(activity: CeuActivity) -> tuple[dt.date, str]:
    return activity.completed_on, activity.title


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


def _schedule(
    rule: CycleRule, holder: Holder, first_earned: dt.date, months: int
) -> tuple[CycleSchedule, list[str]]:
    if rule.anchor is CycleAnchor.EXAM_DATE:
        return CycleSchedule(anchor=first_earned, anchored=Anchor.START, months=months), []
    notes = []
    renewal = holder.renewal(rule.body)
    if renewal is None:
        renewal = first_earned
        notes.append(
            f"The membership renewal date is not known; the anniversary of the earliest "
            f"credential ({first_earned:%B} {first_earned.day}) is assumed."
        )
    # CEUs are due in the years whose parity matches the renewal month. 2000 is even and a
    # leap year (so 29 February exists), 2001 is odd: either anchors the whole sequence.
    reference_year = 2001 if renewal.month % 2 else 2000
    anchor = dt.date(reference_year, renewal.month, renewal.day)
    return CycleSchedule(anchor=anchor, anchored=Anchor.END, months=months), notes


def _first_index(schedule: CycleSchedule, first_earned: dt.date) -> int:
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


def _tidy(units: decimal.Decimal) -> decimal.Decimal:
    """Drop trailing zeros that arithmetic added (``16.00`` -> ``16``), keeping the value."""
    integral = units.to_integral_value()
    return integral if units == integral else units.normalize()


@attrs.frozen
class _Body:
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
            cycle = CeuCycle(
                max(self.first_earned, self.schedule.start_of(index)),
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
        if activity.kind is ActivityKind.INSTRUCTION and not activity.preapproved:
            return Rejection(
                activity,
                Reason.INSTRUCTION_NOT_PREAPPROVED,
                "instruction at a post-secondary school counts only with pre-approval",
            )
        if (
            self.rule.requires_index_number
            and activity.kind is ActivityKind.APPROVED_EVENT
            and not activity.index_number
        ):
            return Rejection(
                activity,
                Reason.MISSING_INDEX_NUMBER,
                f"an approved event counts at {self.body.code} only with the index number "
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
                _tidy((required * months / per_cycle).quantize(_CENT, decimal.ROUND_HALF_UP)),
            )
            prorated = (
                f"First cycle after certification, pro-rated: {requirement.units} / {per_cycle} "
                f"per month x {months} months = {required} CEUs (an assumption: see the cycle "
                "rule)."
            )
            notes = (*notes, prorated)
        held_codes = {c.code for c in at_start} | {self.book.current_form(c).code for c in at_start}
        minimums = []
        for minimum in self.book.minimums_for(self.body, cycle.start, cycle.end):
            if minimum.credential is not None and minimum.credential not in held_codes:
                continue
            tagged = tuple(a for a in counted if minimum.category in a.categories)
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


def _assess_body(  # noqa: PLR0913 -- each argument is one fact about the question asked
    book: Rulebook,
    holder: Holder,
    body: IssuingBody,
    held: tuple[HeldCredential, ...],
    log: tuple[CeuActivity, ...],
    *,
    as_of: dt.date,
    history: int | None,
) -> BodyAssessment:
    rule = book.rule_in_force(book.cycle_rules, body, as_of)
    first_earned = min(h.earned_on for h in held)
    schedule, notes = _schedule(rule, holder, first_earned, book.cycle_months(body, as_of))
    context = _Body(
        book=book,
        rule=rule,
        body=body,
        held=held,
        schedule=schedule,
        first_earned=first_earned,
        first_index=_first_index(schedule, first_earned),
        as_of=as_of,
    )
    current_index = max(context.first_index, schedule.index_of(as_of))
    oldest = (
        context.first_index
        if history is None
        else max(context.first_index, current_index - history)
    )
    buckets, rejected = _bucket(context, log, oldest, current_index)

    cycles: dict[int, CycleAssessment] = {}
    for index in range(oldest, current_index + 1):
        cycle = context.cycle_at(index)
        try:
            cycles[index] = context.assess_cycle(cycle, buckets[index])
        except NoRuleInForceError:
            if index == current_index:
                raise
            notes.append(f"No rule was in force when the cycle {cycle} began; it is not assessed.")
    if rule.renewal_month_either:
        _share_renewal_months(context, cycles, rejected, current_index)

    current = cycles[current_index]
    previous = cycles.get(current_index - 1)
    pace = _pace(current, as_of)
    standing, until, lapse = _standing(book, body, current, previous, as_of, pace)
    phase = None
    if lapse is not None and previous is not None:
        found, _, _ = lapse.phase_on(previous.cycle.end, as_of)
        phase = found.name if found is not None else "revoked"
    return BodyAssessment(
        body=body,
        credentials=held,
        as_of=as_of,
        current=current,
        history=tuple(cycles[i] for i in sorted(cycles, reverse=True) if i != current_index),
        rejected=tuple(rejected),
        standing=standing,
        standing_until=until,
        pace=_tidy(pace),
        cycle_rule=rule,
        lapse_rule=lapse,
        notes=tuple(notes),
        phase=phase,
    )


def _bucket(
    context: _Body, log: tuple[CeuActivity, ...], oldest: int, current_index: int
) -> tuple[dict[int, list[CeuActivity]], list[Rejection]]:
    """Sort the log into the assessed cycles, rejecting what does not count."""
    rejected: list[Rejection] = []
    buckets: dict[int, list[CeuActivity]] = {i: [] for i in range(oldest, current_index + 1)}
    # The screen lets through only days up to as_of, which the current cycle ends on or after:
    # such a day falls in the latest assessed cycle whose regular start is not after it.
    starts = [(context.schedule.start_of(i), i) for i in range(current_index, oldest - 1, -1)]
    known = {body.code for body in context.book.bodies}
    for activity in log:
        unknown = activity.bodies - known
        if unknown:
            # Counted nowhere, it must show as not counted for every body, never vanish.
            rejected.append(
                Rejection(
                    activity,
                    Reason.UNKNOWN_BODY,
                    f"reported to {', '.join(sorted(unknown))}, which the rule book does not "
                    f"know (known: {', '.join(sorted(known))}); fix its bodies, or leave them "
                    "empty to report it to every body",
                )
            )
            continue
        if activity.bodies and context.body.code not in activity.bodies:
            continue
        rejection = context.screen(activity)
        if rejection is None:
            found = None
            for start, latest in starts:
                if activity.completed_on >= start:
                    found = latest
                    break
            # Only the day of certification itself can fall before the first cycle (see
            # _first_index); CEUs of that day count toward the first cycle.
            index = (
                max(context.first_index, context.schedule.index_of(activity.completed_on))
                if found is None
                else found
            )
            if index >= oldest:
                buckets[index].append(activity)
                continue
            rejection = Rejection(
                activity,
                Reason.OUTSIDE_CYCLE,
                f"completed in the cycle {context.cycle_at(index)}, before the cycles assessed "
                f"(the earliest assessed began {context.cycle_at(oldest).start})",
            )
        rejected.append(rejection)
    for index, bucket in buckets.items():
        buckets[index] = _drop_duplicates(bucket, context.cycle_at(index), rejected)
    return buckets, rejected


def _minimum_required(
    minimum: CategoryMinimum, required: decimal.Decimal, full: decimal.Decimal
) -> decimal.Decimal:
    """What a minimum asks in a cycle: a fixed number shrinks with a pro-rated requirement."""
    asked = minimum.units_within(required)
    if minimum.units is not None and required < full:
        asked = (asked * required / full).quantize(_CENT, decimal.ROUND_HALF_UP)
    return _tidy(asked)


def _days_before(cycle: CeuCycle, as_of: dt.date) -> int:
    """Whole days of the cycle before ``as_of``: CEUs of the day itself may still come."""
    return max(0, min(cycle.days, (as_of - cycle.start).days))


def _pace(current: CycleAssessment, as_of: dt.date) -> decimal.Decimal:
    """The CEUs an even pace would have earned by the start of ``as_of``, rounded up to cents."""
    share = decimal.Decimal(_days_before(current.cycle, as_of)) / decimal.Decimal(
        current.cycle.days
    )
    return _tidy((current.required * share).quantize(_CENT, decimal.ROUND_UP))


def _drop_duplicates(
    bucket: list[CeuActivity], cycle: CeuCycle, rejected: list[Rejection]
) -> list[CeuActivity]:
    """Keep one record per course in a cycle: the one worth most CEUs (the earliest on a tie)."""
    keys = [activity.course_key for activity in bucket]
    best: dict[tuple[str, ...], CeuActivity] = {}
    for key, activity in zip(keys, bucket, strict=True):
        kept = best.get(key)
        if kept is None or activity.units > kept.units:
            best[key] = activity
    counted = []
    for key, activity in zip(keys, bucket, strict=True):
        kept = best[key]
        if activity is kept:
            counted.append(activity)
            continue
        rejected.append(
            Rejection(
                activity,
                Reason.DUPLICATE,
                f"the same course as {kept.title!r} of {kept.completed_on}, which counts "
                f"in the cycle {cycle}; a course counts once",
            )
        )
    return counted


def _share_renewal_months(
    context: _Body,
    cycles: dict[int, CycleAssessment],
    rejected: list[Rejection],
    current_index: int,
) -> None:
    """Count each renewal-month CEU on the side of its due date that helps most (see _renewal)."""
    oldest = min(cycles)
    outside: list[CeuActivity] = []
    if oldest > context.first_index:
        # Those of the cycle before the oldest, deduplicated as they would be if it were assessed.
        before = context.cycle_at(oldest - 1)
        outside = _drop_duplicates(
            [
                r.activity
                for r in rejected
                if r.reason is Reason.OUTSIDE_CYCLE and r.activity.completed_on >= before.start
            ],
            before,
            [],
        )
    counted, moves = renewal_plan(
        cycles, outside, current=current_index, pace=_pace(cycles[current_index], context.as_of)
    )
    if not moves:
        return
    for index, activities in counted.items():
        cycles[index] = context.assess_cycle(
            cycles[index].cycle, sorted(activities, key=_activity_order)
        )
    notes: dict[int, list[str]] = {}
    for move in moves:
        a = move.activity
        if move.target not in cycles:
            rejected.append(
                Rejection(
                    a,
                    Reason.OUTSIDE_CYCLE,
                    "completed in the renewal month after the due date "
                    f"{context.cycle_at(move.target).end}; "
                    "it counts toward the cycle before, which is not assessed, so that a record "
                    "of the same course from before the due date can count in this one",
                )
            )
            continue
        what = f"{a.title!r} ({a.completed_on}, {a.units} CEUs) was completed in the renewal month"
        if move.source is None:
            note = (
                f"{what} up to the due date; it counts toward this cycle, as the one before "
                "is not assessed"
            )
        elif move.source > move.target:
            note = f"{what} after the due date; it counts toward this cycle, which needed it"
        elif cycles[move.source].met:
            note = (
                f"{what} up to the due date; it counts toward this cycle, as the previous one "
                "was met without it"
            )
        else:
            note = (
                f"{what} up to the due date; it counts toward this cycle, where it does more "
                "good than in the previous one, which is not met either way"
            )
        notes.setdefault(move.target, []).append(note)
    for index, added in notes.items():
        cycles[index] = attrs.evolve(cycles[index], notes=(*cycles[index].notes, *added))
    forwarded = {id(move.activity) for move in moves if move.source is None}
    rejected[:] = [r for r in rejected if id(r.activity) not in forwarded]


def _standing(  # noqa: PLR0913, PLR0917 -- each argument is one fact the standing depends on
    book: Rulebook,
    body: IssuingBody,
    current: CycleAssessment,
    previous: CycleAssessment | None,
    as_of: dt.date,
    pace: decimal.Decimal,
) -> tuple[Standing, dt.date | None, LapseRule | None]:
    if previous is not None and not previous.met:
        cycle = previous.cycle
        lapse = book.rule_for_cycle(
            book.lapse_rules, body, cycle.start, cycle.end, what="lapse rule"
        )
        phase, _, fix_by = lapse.phase_on(cycle.end, as_of)
        if phase is None:
            return Standing.LAPSED, None, lapse
        return (Standing.GRACE if phase.active else Standing.INACTIVE), fix_by, lapse
    if current.met:
        return Standing.MET, None, None
    if current.earned >= pace:
        return Standing.ON_TRACK, None, None
    return Standing.BEHIND, None, None


# --- Explanations -------------------------------------------------------------


def _cite(sources: Iterable[object]) -> str:
    return "; ".join(source.cite() for source in sources)  # type: ignore[attr-defined]


def _explain(assessment: BodyAssessment) -> str:
    a = assessment
    current = a.current
    good = "in good standing" if a.in_good_standing else "NOT in good standing"
    held = ", ".join(f"{h.credential.code} (earned {h.earned_on})" for h in a.credentials)
    passed = _days_before(current.cycle, a.as_of)
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
    for rejection in a.rejected:
        activity = rejection.activity
        lines.append(
            f"  Not counted: {activity.title!r} ({activity.completed_on}, {activity.units} CEUs): "
            f"{rejection.detail} [{rejection.reason.value}]."
        )
    assumptions = (*a.cycle_rule.assumptions, *(a.lapse_rule.assumptions if a.lapse_rule else ()))
    lines.extend(f"  Assumption: {text}" for text in assumptions)
    return "\n".join(lines)


def _explain_cycle(cycle: CycleAssessment, indent: str) -> list[str]:
    requirement = cycle.requirement
    counted = ", ".join(c.code for c in requirement.counted)
    lines = [
        (
            f"{indent}Required: {cycle.required} CEUs; {requirement.basis} ({counted}) of "
            f"edition '{requirement.table.edition}', in force when the cycle began "
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
    return lines


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
