"""The results of an assessment: frozen values that every surface reads.

:class:`CycleAssessment` (one cycle), :class:`Obligation` (what a cycle that ended
unmet still asks), :class:`BodyAssessment` (one body), :class:`ComplianceReport`
(one holder) and :class:`RosterReport` (a roster). Each derived number has one
definition: elapsed days and pace are :class:`~coding_certs.CeuCycle`'s, the
engine stores the pace it computed, and the records read these values.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

import attrs

from coding_certs._activities import CeuActivity, HeldCredential, Holder
from coding_certs._cycles import CeuCycle
from coding_certs._decimals import exact
from coding_certs._errors import (
    UnknownBodyError,
)
from coding_certs._lazy import on_first_read
from coding_certs._model import Credential, IssuingBody
from coding_certs._owed import still_owed
from coding_certs._requirements import CeuRequirement, additional_ceus
from coding_certs._rulebook import Rulebook
from coding_certs._rules import (
    CategoryMinimum,
    CycleRule,
    LapseRule,
)
from coding_certs._standing import Reason, Standing, _to_standing
from coding_certs._validate import (
    instance_of,
    optional_instance_of,
)
from coding_certs._views import Viewable

if TYPE_CHECKING:
    # Only annotations: the records are plain dicts, and the first assess() of a holder
    # imports neither the record types nor the explanation (issue 11: first use).
    from coding_certs._record_types import AssessmentRecord, HolderRecord

_ZERO = decimal.Decimal(0)


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


# The engine rejects most activities of a large log somewhere, and few sentences are read.
on_first_read(Rejection, "detail")


@attrs.frozen
class MinimumStatus:
    """How a cycle fares against one category minimum.

    Attributes:
        rule: the category minimum.
        required: the CEUs it asks for in this cycle.
        earned: the counted CEUs credited to it: those that count toward it
            (tagged with its category and with none it excludes), less those
            credited to another minimum of its ``pool`` (each CEU counts toward
            one minimum of a pool, as the rules page says); for a minimum
            asked ``each_year``, each year's CEUs up to its units.
        activities: the activities those CEUs come from (an activity's CEUs may
            be split between minimums of one pool).
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
        return sum([activity.units for activity in self.counted], _ZERO)

    @property
    @exact
    def remaining(self) -> decimal.Decimal:
        """The least CEUs still needed to meet the cycle (``_owed.still_owed``).

        The total's shortfall, ``max(0, required - earned)``, or a category
        minimum's when it lacks more: 40 of 40 CEUs with 10 of CPMA's 16 auditing
        CEUs still needs 6. It is 0 exactly when the cycle is met.
        """
        return still_owed(self.required, self.earned, self.minimums)

    @property
    @exact
    def met(self) -> bool:
        """Whether the total and every category minimum are met."""
        # ``earned``, summed here: already in the exact context (the engine asks this often).
        if sum([activity.units for activity in self.counted], _ZERO) < self.required:
            return False
        return all(status.met for status in self.minimums)


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
        """The least CEUs the unmet cycle still lacks, minimums included (``_owed.still_owed``)."""
        return still_owed(self.required, self.earned, self.minimums)

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
        Earn 6 more CEUs for the cycle 2023-12-01 to 2025-11-30 (30 of 36
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
class BodyAssessment(Viewable):
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
        from coding_certs._explain import explain_assessment  # noqa: PLC0415 -- when asked

        return explain_assessment(self)

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
    def to_record(self) -> AssessmentRecord:
        """The headline numbers as a plain dict (one row of a report).

        Keys: ``body``, ``standing``, ``in_good_standing``, ``cycle``,
        ``required``, ``earned``, ``remaining``, ``pace``, ``cycle_start``,
        ``due``, ``standing_until``, then ``current_required``,
        ``current_earned``, ``current_remaining``, ``current_due``,
        ``apprentice`` and ``phase``. The
        first numbers are those of the cycle the standing is about: the current
        one, or, for GRACE, INACTIVE and LAPSED, the :attr:`obligation` (the
        cycle that ended unmet: ``cycle`` says which; ``pace`` is then ``None``
        and ``standing_until`` is the last day it can be fixed). The
        ``current_*`` keys always give the current cycle's progress. Units stay
        ``Decimal`` and days stay ``date``, so nothing is rounded. ``apprentice``
        names the body's credentials held with apprentice status, as the holder
        shows them (``"CPC-A"``; several joined by ``", "``), or is ``None``.
        ``phase`` names the period after an unmet due date the standing is in,
        in the body's words (the ``phase`` attribute: AAPC's ``"grace"`` for 30 days,
        then ``"late-fee"`` to day 90, both active; AHIMA's ``"inactive"``;
        ``"revoked"``), or is ``None`` when no cycle ended unmet.
        """
        current = self.current
        required = current.required
        earned = current.earned  # a sum: worked out once
        remaining = still_owed(required, earned, current.minimums)  # CycleAssessment.remaining
        unmet = self.unmet
        cycle: Literal["current", "unmet"] = "current"
        owed: tuple[decimal.Decimal, decimal.Decimal, decimal.Decimal, decimal.Decimal | None]
        owed = (required, earned, remaining, self.pace)
        start, due = current.cycle.start, current.cycle.end
        if unmet is not None:  # the obligation's numbers (see obligation)
            owed_earned = unmet.earned
            cycle = "unmet"
            owed_remaining = still_owed(unmet.required, owed_earned, unmet.minimums)
            owed = (unmet.required, owed_earned, owed_remaining, None)
            start, due = unmet.cycle.start, unmet.cycle.end
        record: AssessmentRecord = {
            "body": self.body.code,
            "standing": self.standing.value,
            "in_good_standing": self.standing.in_good_standing,
            "cycle": cycle,
            "required": owed[0],
            "earned": owed[1],
            "remaining": owed[2],
            "pace": owed[3],
            "cycle_start": start,
            "due": due,
            "standing_until": self.standing_until,
            "current_required": required,
            "current_earned": earned,
            "current_remaining": remaining,
            "current_due": current.cycle.end,
            "apprentice": ", ".join(h.designation for h in self.credentials if h.apprentice)
            or None,
            "phase": self.phase,
        }
        return record


@attrs.frozen
class ComplianceReport(Viewable):
    """One holder's standing with every body they hold credentials from.

    Only the credentials held on ``as_of`` (earned on or before it) are assessed:
    one dated later is not held yet, and :attr:`notes` names it. A holder who
    holds nothing on ``as_of`` has no assessment, and is not in good standing.

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
        """Whether the holder holds a credential on ``as_of`` and every one is active.

        ``False`` for a holder who holds nothing yet (no credential, or each dated
        after ``as_of``): there is no credential in good standing to vouch for.
        """
        return bool(self.assessments) and all(a.in_good_standing for a in self.assessments)

    @property
    def not_yet_held(self) -> tuple[HeldCredential, ...]:
        """The holder's credentials dated after ``as_of``: not held yet, so not assessed."""
        return tuple(h for h in self.holder.credentials if h.earned_on > self.as_of)

    @property
    def notes(self) -> tuple[str, ...]:
        """What the report leaves out, in words.

        A holder who holds nothing on ``as_of``, and each credential dated after it.
        """
        later = self.not_yet_held
        notes = []
        if not self.assessments:
            held = "has no credential" if not later else f"holds no credential on {self.as_of}"
            notes.append(f"{self.holder.id} {held}: nothing is assessed, not in good standing.")
        notes.extend(
            f"{h.designation} is dated {h.earned_on}, after {self.as_of}: "
            "not held yet, so not assessed."
            for h in later
        )
        return tuple(notes)

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

    def to_records(self) -> list[HolderRecord]:
        """One plain dict per body, with the holder's ``holder_id`` and ``name`` first.

        ``pandas.DataFrame(report.to_records())`` makes a table of it; the
        library itself never imports pandas.
        """
        records: list[HolderRecord] = [
            {"holder_id": self.holder.id, "name": self.holder.name, **assessment.to_record()}
            for assessment in self.assessments
        ]
        return records

    def explain(self) -> str:
        """Every body's explanation, one after another."""
        name = f" ({self.holder.name})" if self.holder.name else ""
        head = f"Holder {self.holder.id}{name}, as of {self.as_of}: " + (
            "in good standing." if self.in_good_standing else "NOT in good standing."
        )
        head += "".join(f"\n  Note: {note}" for note in self.notes)
        return "\n\n".join([head, *(a.explain() for a in self.assessments)])


@attrs.frozen
class RosterReport(Viewable):
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

    def to_records(self) -> list[HolderRecord]:
        """One plain dict per holder and body (see :meth:`ComplianceReport.to_records`)."""
        return [record for report in self.reports for record in report.to_records()]

    def to_pandas(self) -> Any:  # noqa: ANN401 -- a pandas.DataFrame; pandas has no stubs here
        """The records as a ``pandas.DataFrame``, typed for analysis (pandas is imported only here).

        One row per holder and body, the columns of :meth:`to_records` and
        ``credentials`` (the body's credentials held, as ``"CPC-A, CRC"``: an
        apprentice's designation as the holder shows it). CEU
        columns are ``float64`` so that they sum and average (``NaN`` where a
        record has none, such as the pace of an unmet cycle); days are
        ``datetime64``; ``standing`` is an ordered categorical, best first, so
        ``frame[frame.standing >= "grace"]`` and sorting by it work.

        Raises:
            ImportError: pandas is not installed (``pip install coding-certs[pandas]``).
        """
        import pandas as pd  # type: ignore[import-untyped]  # noqa: PLC0415 -- optional, only here

        from coding_certs._record_types import DAY_KEYS, RECORD_KEYS, UNIT_KEYS  # noqa: PLC0415

        rows = []
        for report in self.reports:
            for assessment, record in zip(report.assessments, report.to_records(), strict=True):
                codes = ", ".join(h.designation for h in assessment.credentials)
                rows.append({**record, "credentials": codes})
        columns = [*RECORD_KEYS, "credentials"]
        frame = pd.DataFrame.from_records(rows, columns=columns)
        for column in UNIT_KEYS:
            frame[column] = pd.to_numeric(
                frame[column].map(lambda v: float("nan") if v is None else float(v)),
                downcast=None,
            ).astype("float64")
        for column in DAY_KEYS:
            frame[column] = pd.to_datetime(frame[column])
        frame["standing"] = pd.Categorical(
            frame["standing"], categories=[s.value for s in Standing], ordered=True
        )
        frame["in_good_standing"] = frame["in_good_standing"].astype("bool")
        return frame
