"""The rules the compliance engine applies, besides the requirements.

Each rule is a ``DatedRule``, like every requirement
edition: it names its body, is in force from ``effective_from`` until the next
edition of the same rule (``superseded_on``), cites its sources, lists what it
assumes and says which day of a cycle decides whether it applies
(``judged_by``): by default the day a cycle *began*; a lapse rule and a notice
are judged by the day the cycle *ended*, because that is the day a credential
falls short, and so are AAPC's minimums (reported at the due date).

* :class:`CycleRule`: how a body's cycles are placed (exam anniversary or
  membership renewal date), whether the first one is pro-rated, and the
  acceptance rules that differ between bodies.
* :class:`LapseRule`: what happens after a cycle ends unmet (grace, inactive,
  revoked).
* :class:`CategoryMinimum`: CEUs that must come from one category inside the
  total (AAPC's 16 auditing CEUs for a CPMA; AHIMA's 80% in HIIM domains).
* :class:`NoticeRule`: one notice a body sends about a cycle's CEUs, a number
  of days before or after the due date (AAPC's 90-day CEU notice).

The shipped rules and their sources are listed in :doc:`/rules`.
"""

from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Collection
from typing import Any

import attrs

from coding_certs._cycle_kinds import CourseCounts, CycleAnchor, FirstCycle, RenewalParity
from coding_certs._cycles import add_months
from coding_certs._dated import DatedRule, JudgedBy, judged_by_converter
from coding_certs._decimals import exact
from coding_certs._errors import InvalidTypeError, InvalidValueError
from coding_certs._model import IssuingBody  # noqa: F401 -- the doctests name it
from coding_certs._prorate import CENT, ProrateBy, ProrateRounding
from coding_certs._tiers import check_units_bound
from coding_certs._validate import (
    code_text,
    enum_converter,
    instance_of,
    non_empty_text,
    to_tuple,
    to_units,
    tuple_of,
)

_to_anchor = enum_converter(CycleAnchor, what="CycleRule.anchor")
_to_course_counts = enum_converter(CourseCounts, what="CycleRule.course_counts")
_to_first_cycle = enum_converter(FirstCycle, what="CycleRule.first_cycle")
_to_parity = enum_converter(RenewalParity, what="CycleRule.parity")
_to_prorate_by = enum_converter(ProrateBy, what="CycleRule.prorate_by")
_to_prorate_rounding = enum_converter(ProrateRounding, what="CycleRule.prorate_rounding")


def _prorate_by(value: object) -> ProrateBy:
    return _to_prorate_by(value)


def _prorate_rounding(value: object) -> ProrateRounding:
    return _to_prorate_rounding(value)


def _prorate_step(value: object) -> decimal.Decimal:
    return to_units(value, what="CycleRule.prorate_step")


def _course_counts(value: object) -> CourseCounts:
    return _to_course_counts(value)


def _anchor(value: object) -> CycleAnchor:
    return _to_anchor(value)


def _first_cycle(value: object) -> FirstCycle:
    return _to_first_cycle(value)


def _parity(value: object) -> RenewalParity:
    return _to_parity(value)


def _optional_units(value: object) -> decimal.Decimal | None:
    return None if value is None else to_units(value, what="CategoryMinimum units/share")


def _activity_cap(value: object) -> decimal.Decimal | None:
    return None if value is None else to_units(value, what="CycleRule.activity_cap")


def _check_activity_cap(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """More than 0, at most the bound of a cycle's CEUs, in cents (as an activity's units)."""
    if value is None:
        return
    assert isinstance(value, decimal.Decimal)  # noqa: S101 -- the converter made it one
    name = f"CycleRule.{attribute.name}"
    if value <= 0:
        raise InvalidValueError(f"{name} must be more than 0, got {value}")
    check_units_bound(value, what=name)
    _, digits, exponent = value.as_tuple()
    places = -int(exponent) - 2
    if places > 0 and any(digits[-places:]):
        raise InvalidValueError(
            f"{name} may have at most two decimal places (such as '10'), got {value}"
        )


MAX_CYCLE_YEARS = 10
"""The longest cycle a rule may have, in years."""


def _cycle_years(instance: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"CycleRule.years must be an int, got {type(value).__name__}")
    if not 1 <= value <= MAX_CYCLE_YEARS:
        raise InvalidValueError(f"CycleRule.years must be from 1 to {MAX_CYCLE_YEARS}, got {value}")


@attrs.frozen(kw_only=True)
class CycleRule(DatedRule):
    """How one body places its cycles and which acceptance rules it adds.

    Attributes:
        anchor: what fixes the cycles (exam date or membership renewal).
        years: the length of one cycle, 1 to 10 years (AAPC and AHIMA 2,
            AMBA and BMSC 1); ``None`` in a format-1 rule book whose tier
            tables still carry it (their ``cycle``).
        first_cycle: whether the first cycle is full or pro-rated.
        renewal_month_either: CEUs completed in the renewal month may count
            toward either the ending or the next cycle (AAPC).
        requires_index_number: an approved event counts only with its index
            number on the certificate (AAPC's older rule).
        accepts_certificate: with ``requires_index_number``, an approved
            event without an index number counts when the coder has its
            certificate of completion (``CeuActivity.certificate``): AAPC's
            "index/catalog number ... If 'No,' ... upload your certificate".
        instruction_needs_preapproval: instruction counts only when
            pre-approved (AAPC; the default, as before).
        due_on_anniversary: with ``anchor`` exam-date, each cycle is due ON
            the exam anniversary instead of the day before it (ACDIS: an exam
            passed on 2022-10-01 owes its CEUs by 2024-10-01). The first cycle
            runs from the exam day to that anniversary; each later one starts
            the day after the previous due date and ends on the next
            anniversary (2024-10-02 to 2026-10-01), so the cycles tile.
        parity: with ``anchor`` membership-renewal, which renewal dates are
            due dates: ``"none"`` (the default) every ``years`` years from the
            holder's renewal date; ``"month"`` AAPC's rule (two-year cycles,
            odd renewal months due in odd years, even in even years).
        activity_cap: the most CEUs one activity may count for in a cycle, or
            ``None`` (the default) for no cap. ACDIS: "no more than 10 CEUs for a
            single activity from another accredited agency or organization". An
            activity worth more counts up to the cap; the rest is listed as not
            counted (``Reason.OVER_ACTIVITY_CAP``).
        activity_cap_exempt: activity categories the cap does not apply to (the
            body's own activities: ACDIS's ``("acdis",)``); needs ``activity_cap``.
        course_counts: how often one course may count (:class:`CourseCounts`):
            ``"once-per-cycle"`` (the default) or ``"once"`` (AAPC: "CEUs may
            only be earned once per course ... regardless of how many times
            each one is completed"); a repeat is ``Reason.DUPLICATE``.
        prorate_by: with ``first_cycle`` prorated, how the share of the first
            cycle is measured (:class:`ProrateBy`; default ``"started-month"``).
        prorate_step: with ``first_cycle`` prorated, the CEUs the pro-rated
            requirement is a multiple of (default ``0.01``).
        prorate_rounding: with ``first_cycle`` prorated, which way it is
            rounded to the step (:class:`ProrateRounding`; default ``"half-up"``).
    """

    anchor: CycleAnchor = attrs.field(converter=_anchor)
    years: int | None = attrs.field(default=None, validator=_cycle_years)
    first_cycle: FirstCycle = attrs.field(converter=_first_cycle, default=FirstCycle.FULL)
    renewal_month_either: bool = attrs.field(default=False, validator=instance_of(bool))
    requires_index_number: bool = attrs.field(default=False, validator=instance_of(bool))
    accepts_certificate: bool = attrs.field(default=False, validator=instance_of(bool))
    instruction_needs_preapproval: bool = attrs.field(default=True, validator=instance_of(bool))
    due_on_anniversary: bool = attrs.field(default=False, validator=instance_of(bool))
    parity: RenewalParity = attrs.field(converter=_parity, default=RenewalParity.NONE)
    activity_cap: decimal.Decimal | None = attrs.field(
        default=None, converter=_activity_cap, validator=_check_activity_cap
    )
    activity_cap_exempt: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(str, item_check=non_empty_text)
    )
    course_counts: CourseCounts = attrs.field(
        converter=_course_counts, default=CourseCounts.ONCE_PER_CYCLE
    )

    prorate_by: ProrateBy = attrs.field(converter=_prorate_by, default=ProrateBy.STARTED_MONTH)
    prorate_step: decimal.Decimal = attrs.field(
        default=CENT, converter=_prorate_step, validator=_check_activity_cap
    )
    prorate_rounding: ProrateRounding = attrs.field(
        converter=_prorate_rounding, default=ProrateRounding.HALF_UP
    )

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.first_cycle is FirstCycle.FULL and (
            self.prorate_by is not ProrateBy.STARTED_MONTH
            or self.prorate_step != CENT
            or self.prorate_rounding is not ProrateRounding.HALF_UP
        ):
            raise InvalidValueError(
                f"CycleRule {self.name!r}: prorate_by, prorate_step and prorate_rounding "
                "need first_cycle = 'prorated', got first_cycle = 'full'; leave them out"
            )
        if self.activity_cap_exempt and self.activity_cap is None:
            raise InvalidValueError(
                f"CycleRule {self.name!r}: activity_cap_exempt needs an activity_cap (such as "
                f"activity_cap = '10'), got activity_cap_exempt="
                f"{list(self.activity_cap_exempt)} and no cap"
            )
        if self.due_on_anniversary and self.anchor is not CycleAnchor.EXAM_DATE:
            raise InvalidValueError(
                f"CycleRule.due_on_anniversary needs anchor = 'exam-date', got anchor = "
                f"{self.anchor.value!r} (membership-renewal cycles are always due on the "
                "renewal date)"
            )
        if (
            self.parity is not RenewalParity.NONE
            and self.anchor is not CycleAnchor.MEMBERSHIP_RENEWAL
        ):
            raise InvalidValueError(
                f"CycleRule.parity = {self.parity.value!r} needs anchor = 'membership-renewal', "
                f"got anchor = {self.anchor.value!r}; leave parity out (or 'none')"
            )
        if self.parity is RenewalParity.MONTH and self.years not in (None, 2):
            raise InvalidValueError(
                f"CycleRule.parity = 'month' needs two-year cycles (years = 2), got years = "
                f"{self.years}; use parity = 'none' for cycles of another length"
            )

    def cap_for(self, categories: Collection[str]) -> decimal.Decimal | None:
        """The most CEUs an activity tagged with ``categories`` counts for, or ``None``.

        >>> rule = CycleRule(
        ...     body=IssuingBody("ACDIS", "ACDIS"), name="acdis", anchor="exam-date",
        ...     effective_from="2008-01-01", activity_cap="10", activity_cap_exempt=["acdis"],
        ... )
        >>> rule.cap_for({"hiim"}), rule.cap_for({"acdis", "hiim"})
        (Decimal('10'), None)
        """
        if self.activity_cap is None or any(c in categories for c in self.activity_cap_exempt):
            return None
        return self.activity_cap


MAX_PERIOD_DAYS = 3660
"""The longest period after an unmet cycle a rule may give, in days (ten years)."""
_MAX_PERIOD_MONTHS = 120


def _period(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    """A whole number of days (or months) from 0 up to ten years.

    No body gives more than a few months; the bound turns a typo such as
    ``grace_days = 3000000`` into an error when the rule book loads, instead of
    a date overflow in the middle of an assessment.
    """
    if isinstance(value, bool):
        raise InvalidTypeError(f"LapseRule.{attribute.name} must be an int, got bool {value!r}")
    instance_of(int)(instance, attribute, value)
    limit = _MAX_PERIOD_MONTHS if attribute.name.endswith("months") else MAX_PERIOD_DAYS
    if not 0 <= value <= limit:
        raise InvalidValueError(
            f"LapseRule.{attribute.name} must be from 0 to {limit} (ten years), got {value}"
        )


@attrs.frozen
class LapsePhase:
    """One named period after the due date of an unmet cycle.

    Attributes:
        name: the body's word for it (``"grace"``, ``"late-fee"``, ``"inactive"``).
        days: its length in days (added to ``months``).
        active: whether the credential is still active during it (AAPC's grace
            and late-fee window: yes; AHIMA's inactive status: no).
        months: its length in whole months, before ``days``.
    """

    name: str = attrs.field(validator=non_empty_text)
    days: int = attrs.field(default=0, validator=_period)
    active: bool = attrs.field(default=True, validator=instance_of(bool))
    months: int = attrs.field(default=0, validator=_period)

    def end_after(self, start: dt.date) -> dt.date:
        """The last day of the phase when it begins the day after ``start``.

        ``start + relativedelta(months=self.months, days=self.days)``: the months first
        (the day clipped to the month's end), then the days, without a ``relativedelta``.
        """
        return add_months(start, self.months) + dt.timedelta(days=self.days)


def _phases(value: object) -> tuple[LapsePhase, ...]:
    items = to_tuple(value)
    return tuple(LapsePhase(**item) if isinstance(item, dict) else item for item in items)


@attrs.frozen(kw_only=True)
class LapseRule(DatedRule):
    """What follows an unmet cycle: named phases, then revocation.

    After the due date of an unmet cycle come the rule's ``phases`` in order,
    each with its length and whether the credential is still active in it
    (AAPC: ``grace`` 30 days and ``late-fee`` 60 days, both active; AHIMA since
    2021: ``inactive`` 180 days); after the last one the credential is revoked
    (lapsed). A rule without ``phases`` says it the older way: *in grace*
    (active) for ``grace_months`` and ``grace_days``, then *inactive* for
    ``inactive_days``.

    Attributes:
        phases: the named phases (:class:`LapsePhase`), in order.
        grace_months: whole months of grace after the due date.
        grace_days: days of grace after the due date (added to the months).
        inactive_days: days the credential is inactive after the grace ends,
            before it is revoked.
        judged_by: which day of the cycle picks the rule (default: its end).
    """

    phases: tuple[LapsePhase, ...] = attrs.field(
        default=(), converter=_phases, validator=tuple_of(LapsePhase)
    )
    grace_months: int = attrs.field(default=0, validator=_period)
    grace_days: int = attrs.field(default=0, validator=_period)
    inactive_days: int = attrs.field(default=0, validator=_period)
    judged_by: JudgedBy = attrs.field(converter=judged_by_converter, default=JudgedBy.CYCLE_END)

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.phases and (self.grace_months or self.grace_days or self.inactive_days):
            raise InvalidValueError(
                f"LapseRule {self.name!r}: give phases, or grace_months, grace_days and "
                "inactive_days, not both"
            )
        total = sum(p.days + 31 * p.months for p in self.periods())
        if total > MAX_PERIOD_DAYS:
            raise InvalidValueError(
                f"LapseRule {self.name!r}: its phases last more than {MAX_PERIOD_DAYS} days "
                "(ten years) together"
            )

    def periods(self) -> tuple[LapsePhase, ...]:
        """The phases, the older keys turned into ``grace`` and ``inactive`` phases."""
        if self.phases:
            return self.phases
        derived = []
        if self.grace_months or self.grace_days:
            derived.append(LapsePhase("grace", self.grace_days, True, self.grace_months))  # noqa: FBT003
        if self.inactive_days:
            derived.append(LapsePhase("inactive", self.inactive_days, False))  # noqa: FBT003
        return tuple(derived)

    def phase_on(
        self, due: dt.date, day: dt.date
    ) -> tuple[LapsePhase | None, dt.date | None, dt.date | None]:
        """The phase ``day`` falls in after an unmet cycle due on ``due``.

        Returns:
            The phase (``None`` once revoked), its last day, and the last day
            of the run of phases with the same ``active`` value (the day a
            coder in grace or late fee can still fix it: AAPC's day 90).
        """
        end = due
        found: LapsePhase | None = None
        phase_end: dt.date | None = None
        run_end: dt.date | None = None
        for phase in self.periods():
            start, end = end, phase.end_after(end)
            if end <= start:
                continue
            if found is not None:
                if phase.active is not found.active:
                    break
                run_end = end
            elif day <= end:
                found, phase_end, run_end = phase, end, end
        return found, phase_end, run_end


def _check_minimum(instance: CategoryMinimum) -> None:
    if (instance.units is None) == (instance.share is None):
        raise InvalidValueError(
            f"CategoryMinimum {instance.name!r} needs exactly one of units (such as 16) "
            f"or share (such as 0.8), got units={instance.units} share={instance.share}"
        )
    if instance.units is not None and instance.units <= 0:
        raise InvalidValueError(
            f"CategoryMinimum {instance.name!r}: units must be more than 0, got {instance.units}"
        )
    if instance.units is not None:
        check_units_bound(instance.units, what=f"CategoryMinimum {instance.name!r}: units")
    if instance.when_held_alone and instance.credential is None:
        raise InvalidValueError(
            f"CategoryMinimum {instance.name!r}: when_held_alone needs the credential held "
            'alone (such as credential = "CPPM"), got no credential'
        )
    if instance.category in instance.excludes:
        raise InvalidValueError(
            f"CategoryMinimum {instance.name!r}: excludes must not name its own category "
            f"{instance.category!r}, got excludes={list(instance.excludes)}"
        )
    if instance.each_year and (instance.units is None or instance.pool is not None):
        raise InvalidValueError(
            f"CategoryMinimum {instance.name!r}: each_year needs units (CEUs in each year) "
            f"and no pool, got units={instance.units} pool={instance.pool!r}"
        )
    if instance.share is not None and not 0 < instance.share <= 1:
        raise InvalidValueError(
            f"CategoryMinimum {instance.name!r}: share must be more than 0 and at most 1, "
            f"got {instance.share}"
        )


@attrs.frozen(kw_only=True)
class CategoryMinimum(DatedRule):
    """CEUs that must come from one category, inside a cycle's total.

    Attributes:
        category: the activity category that counts toward it (an activity's
            ``categories`` tag, such as ``"auditing"`` or ``"hiim"``).
        credential: the credential that brings the minimum (``"CPMA"``), or
            ``None`` when it applies to every holder of the body's credentials.
        units: a fixed number of CEUs, or
        share: a share of the cycle's requirement (``0.8`` for 80%).
        judged_by: which day of the cycle picks the rule (default: its start).
        when_held_alone: ``True`` when the minimum applies only to a holder whose
            only credential of the body is ``credential`` (AAPC's older pages: "If
            CPPM, 36 must be related to practice management" under "One
            Certification"). For that holder it takes the place of the body's other
            minimums of the same credential and category in force for the cycle;
            a holder of more credentials is asked those others only.
        excludes: activity categories that never count toward this minimum, even
            when the activity carries ``category`` too (AAPC: "CMS CEUs ... are only
            approved for core credentials and cannot be applied to specialty
            certifications", so every specialty minimum has ``("cms",)``). Such an
            activity still counts toward the cycle's total and the other minimums.
        each_year: ``True`` when ``units`` are asked in each year of the cycle (AHIMA's
            "two mandatory annual coding self-reviews" of 5 CEUs each), counted from
            its due date back; a year's CEUs beyond ``units`` do not count for another.
        pool: a name shared by minimums that share CEUs, or ``None``: each CEU counts
            toward at most one minimum of a pool (AAPC: "pre-approved Specialty CEUs
            can be applied toward one Specialty and one Core credential
            concurrently"); the rules page ("Minimums that share CEUs") says how
            CEUs are credited.
    """

    category: str = attrs.field(validator=non_empty_text)
    credential: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(code_text)
    )
    units: decimal.Decimal | None = attrs.field(default=None, converter=_optional_units)
    share: decimal.Decimal | None = attrs.field(default=None, converter=_optional_units)
    judged_by: JudgedBy = attrs.field(
        converter=judged_by_converter,
        default=JudgedBy.CYCLE_START,
    )
    when_held_alone: bool = attrs.field(default=False, validator=instance_of(bool))
    excludes: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(str, item_check=non_empty_text)
    )
    each_year: bool = attrs.field(default=False, validator=instance_of(bool))
    pool: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(non_empty_text)
    )

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        _check_minimum(self)

    @property
    def lineage(self) -> tuple[object, ...]:
        """Editions of one minimum share its credential, category and ``when_held_alone``."""
        return (self.credential, self.category, self.when_held_alone)

    def counts(self, categories: Collection[str]) -> bool:
        """Whether an activity tagged with ``categories`` counts toward this minimum.

        >>> rule = CategoryMinimum(
        ...     body=IssuingBody("AAPC", "AAPC"), name="cgsc-8", credential="CGSC",
        ...     category="cgsc", units="8", effective_from="2015-08-31", excludes=["cms"],
        ... )
        >>> rule.counts({"cgsc"}), rule.counts({"cgsc", "cms"}), rule.counts({"cms"})
        (True, False, False)
        """
        return self.category in categories and not any(e in categories for e in self.excludes)

    @exact
    def units_within(self, required: decimal.Decimal, years: int = 1) -> decimal.Decimal:
        """The CEUs this minimum asks for in a cycle whose total is ``required``.

        ``years``: the years of the cycle, by which ``each_year`` multiplies ``units``.
        """
        if self.units is not None:
            return self.units * years if self.each_year else self.units
        assert self.share is not None  # noqa: S101 -- exactly one is set, checked at construction
        return (required * self.share).quantize(decimal.Decimal("0.01"), decimal.ROUND_UP)

    def describe(self) -> str:
        """A phrase such as ``"16 CEUs in auditing for CPMA"`` or ``"80% in hiim"``.

        Excluded categories follow the category: ``"8 CEUs in cgsc (not cms) for CGSC"``.
        """
        if self.units is not None:
            amount = f"{self.units} CEUs"
        else:
            assert self.share is not None  # noqa: S101 -- exactly one is set, checked at construction
            amount = f"{(self.share * 100).normalize():f}%"
        holder = f" for {self.credential}" if self.credential else ""
        alone = " held alone" if self.when_held_alone else ""
        excluded = f" (not {', '.join(self.excludes)})" if self.excludes else ""
        each = " each year" if self.each_year else ""
        return f"{amount} in {self.category}{excluded}{each}{holder}{alone}"


def _notice_days(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    """Days from the due date, within ten years either way."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError(f"NoticeRule.days must be an int, got {type(value).__name__}")
    if not -MAX_PERIOD_DAYS <= value <= MAX_PERIOD_DAYS:
        raise InvalidValueError(
            f"NoticeRule.days must be from {-MAX_PERIOD_DAYS} to {MAX_PERIOD_DAYS}, got {value}"
        )


@attrs.frozen(kw_only=True)
class NoticeRule(DatedRule):
    """One notice a body sends about a cycle's CEUs, ``days`` from its due date.

    A schedule is several of these (AAPC: 90, 45 and 15 days before the due date,
    1 and 30 days after it, and a final notice at 75 days); each is in force on its
    own dates, like every rule.

    Attributes:
        title: the notice's name, in the body's words (``"90-day CEU notice"``).
        days: days from the due date: negative before it, positive after it.
        judged_by: which day of the cycle picks the rule (default: its end).
    """

    title: str = attrs.field(validator=non_empty_text)
    days: int = attrs.field(validator=_notice_days)
    judged_by: JudgedBy = attrs.field(converter=judged_by_converter, default=JudgedBy.CYCLE_END)

    @property
    def lineage(self) -> tuple[object, ...] | None:
        """``None``: each notice stands alone with its own dates (several apply at once)."""
        return None


__all__ = [
    "CategoryMinimum",
    "CourseCounts",
    "CycleAnchor",
    "CycleRule",
    "DatedRule",
    "FirstCycle",
    "JudgedBy",
    "LapsePhase",
    "LapseRule",
    "NoticeRule",
    "ProrateBy",
    "ProrateRounding",
    "RenewalParity",
]
