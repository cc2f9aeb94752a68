"""CEU tier tables: how many CEUs are due per cycle for how many credentials.

An issuing body asks for continuing education units (CEUs) every cycle (two
years at both AAPC and AHIMA), and the number grows with the number of distinct
credentials a coder holds *from that body*. A tier table maps that count to the
units due. Its tiers start at one credential, follow each other with no gap and
no overlap, never ask for fewer units as the count grows, and the last one is
open-ended ("5 or more").

A table is one *edition*: it is in force from ``effective_from`` until the day
the next edition supersedes it (``superseded_on``), so the past is never
rewritten. The shipped editions, and the pages they come from, are listed in
:doc:`/tier-tables`.

>>> from coding_certs import tier_table, AAPC
>>> table = tier_table(AAPC, on="2025-01-01")
>>> table.units_for(1), table.units_for(2), table.units_for(9)
(Decimal('36'), Decimal('40'), Decimal('52'))
"""

from __future__ import annotations

import decimal
import itertools
from typing import Any, ClassVar

import attrs
from dateutil.relativedelta import relativedelta

from coding_certs._dated import DatedRule
from coding_certs._errors import InvalidTypeError, InvalidValueError
from coding_certs._validate import (
    instance_of,
    non_empty_text,
    optional_instance_of,
    to_tuple,
    to_units,
    tuple_of,
)
from coding_certs._views import Viewable


def _units(value: object) -> decimal.Decimal:
    return to_units(value, what="CeuTier.units")


MAX_UNITS_PER_CYCLE = decimal.Decimal(1000)
"""The most CEUs any rule may ask for in one cycle.

No body asks for more than 80 (AAPC's older table for five credentials); the
bound turns a typo such as ``units = "1e27"`` into an error when the rule book
loads, instead of arithmetic that fails in the middle of an assessment.
"""


def check_units_bound(value: decimal.Decimal, *, what: str) -> None:
    """Refuse CEUs above :data:`MAX_UNITS_PER_CYCLE`."""
    if value > MAX_UNITS_PER_CYCLE:
        raise InvalidValueError(
            f"{what} must be at most {MAX_UNITS_PER_CYCLE} CEUs per cycle, got {value}"
        )


def _check_units(
    instance: object, attribute: attrs.Attribute[decimal.Decimal], value: decimal.Decimal
) -> None:
    if value <= 0:
        raise InvalidValueError(f"CeuTier.units must be more than 0, got {value}")
    check_units_bound(value, what="CeuTier.units")
    # Read the digits rather than quantize: quantize fails on numbers longer
    # than the decimal context's precision (28 digits), such as 10**100.
    _, digits, exponent = value.as_tuple()
    places = -int(exponent) - 2
    if places > 0 and any(digits[-places:]):
        raise InvalidValueError(f"CeuTier.units may have at most two decimal places, got {value}")


def _check_count_bound(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, int) and value < 1:
        raise InvalidValueError(
            f"CeuTier.{attribute.name} must be a whole number of credentials >= 1, got {value}"
        )


def _check_count(count: object) -> None:
    if isinstance(count, bool) or not isinstance(count, int):
        raise InvalidTypeError(
            f"the number of credentials must be an int, got {type(count).__name__} {count!r}"
        )


@attrs.frozen
class CeuTier:
    """One row of a tier table: the units due for a range of credential counts.

    Attributes:
        min_credentials: the smallest count this tier covers (>= 1).
        max_credentials: the largest count it covers, or ``None`` for an
            open-ended last tier ("5 or more").
        units: the CEUs due per cycle, a ``Decimal``.
    """

    min_credentials: int = attrs.field(validator=[instance_of(int), _check_count_bound])
    max_credentials: int | None = attrs.field(
        validator=[optional_instance_of(int), _check_count_bound]
    )
    units: decimal.Decimal = attrs.field(converter=_units, validator=_check_units)

    def __attrs_post_init__(self) -> None:
        if self.max_credentials is not None and self.max_credentials < self.min_credentials:
            raise InvalidValueError(
                f"CeuTier covers {self.min_credentials} to {self.max_credentials} credentials: "
                "max_credentials must be >= min_credentials"
            )

    @property
    def open_ended(self) -> bool:
        """Whether the tier covers every count from ``min_credentials`` up."""
        return self.max_credentials is None

    @property
    def label(self) -> str:
        """A phrase: ``"1 credential"``, ``"2-3 credentials"`` or ``"5 or more credentials"``."""
        if self.max_credentials is None:
            return f"{self.min_credentials} or more credentials"
        if self.max_credentials == self.min_credentials:
            plural = "" if self.min_credentials == 1 else "s"
            return f"{self.min_credentials} credential{plural}"
        return f"{self.min_credentials}-{self.max_credentials} credentials"

    def covers(self, count: int) -> bool:
        """Whether ``count`` credentials fall in this tier.

        Raises:
            InvalidTypeError: ``count`` is not an ``int`` (a ``bool`` is refused).
        """
        _check_count(count)
        return self.min_credentials <= count and (
            self.max_credentials is None or count <= self.max_credentials
        )


def _check_tiers(
    instance: object, attribute: attrs.Attribute[tuple[CeuTier, ...]], tiers: tuple[CeuTier, ...]
) -> None:
    table = getattr(instance, "edition", "?")
    if not tiers:
        raise InvalidValueError(f"CeuTierTable {table!r} has no tiers; it needs at least one")
    if tiers[0].min_credentials != 1:
        raise InvalidValueError(
            f"CeuTierTable {table!r}: the first tier must start at 1 credential, "
            f"it starts at {tiers[0].min_credentials}"
        )
    for index, (previous, current) in enumerate(itertools.pairwise(tiers), start=1):
        if previous.max_credentials is None:
            raise InvalidValueError(
                f"CeuTierTable {table!r}: only the last tier may be open-ended, "
                f"but tier {index - 1} ({previous.label}) is followed by {current.label}"
            )
        if current.min_credentials != previous.max_credentials + 1:
            problem = (
                "overlaps"
                if current.min_credentials <= previous.max_credentials
                else "leaves a gap after"
            )
            raise InvalidValueError(
                f"CeuTierTable {table!r}: tier {index} ({current.label}) {problem} "
                f"tier {index - 1} ({previous.label}); it must start at "
                f"{previous.max_credentials + 1}"
            )
        if current.units < previous.units:
            raise InvalidValueError(
                f"CeuTierTable {table!r}: tier {index} ({current.label}) asks for "
                f"{current.units} CEUs, fewer than the {previous.units} of tier {index - 1}; "
                "units must never decrease"
            )
    if not tiers[-1].open_ended:
        raise InvalidValueError(
            f"CeuTierTable {table!r}: the last tier ({tiers[-1].label}) must be open-ended "
            f"(max_credentials=None), so that every count has a rule"
        )


def _check_cycle(
    instance: object, attribute: attrs.Attribute[relativedelta], value: relativedelta
) -> None:
    instance_of(relativedelta)(instance, attribute, value)
    normal = value.normalized()
    fixed = (normal.days, normal.hours, normal.minutes, normal.seconds, normal.microseconds)
    absolute = (normal.year, normal.month, normal.day, normal.weekday)
    if (
        any(fixed)
        or any(part is not None for part in absolute)
        or normal.years * 12 + normal.months <= 0
    ):
        raise InvalidValueError(
            f"CeuTierTable.cycle must be a positive number of whole months or years, "
            f"such as relativedelta(years=2), got {value!r}"
        )


def _cycle_repr(cycle: relativedelta | None) -> str:
    if cycle is None:
        return "cycle"
    months = cycle.years * 12 + cycle.months
    if months == 12:
        return "year"  # "CEUs every year"
    return f"{months // 12} years" if months % 12 == 0 else f"{months} months"


@attrs.frozen(kw_only=True, repr=False)
class CeuTierTable(DatedRule, Viewable):
    """One edition of an issuing body's CEU tier table (the ``tiered`` requirement kind).

    A ``DatedRule`` like every rule: its ``body``,
    ``effective_from``, ``superseded_on`` (derived from the next edition by the
    rule book when the data leaves it out), ``judged_by`` (the cycle's first
    day, by default), ``sources`` and ``assumptions``; its name is its
    ``edition``.

    Attributes:
        edition: a unique name for this edition, such as ``"aapc-2012"``;
            pass it to pin the edition (also ``name``).
        title: a human title for the edition.
        tiers: the tiers, from one credential up; the last is open-ended.
        cycle: deprecated, kept so that older code still builds tables: the
            length of one cycle, a ``relativedelta``. The cycle length belongs
            to the body's cycle rule (``CycleRule.years``); a rule book reads
            this only when its cycle rule gives none. A format-1 file's
            ``cycle_years`` becomes its cycle rules' ``years``.
    """

    name: str = attrs.field(alias="edition", validator=non_empty_text)
    title: str = attrs.field(validator=non_empty_text)
    tiers: tuple[CeuTier, ...] = attrs.field(
        converter=to_tuple, validator=[tuple_of(CeuTier), _check_tiers]
    )
    cycle: relativedelta | None = attrs.field(
        default=None, validator=attrs.validators.optional(_check_cycle)
    )

    kind: ClassVar[str] = "tiered"

    def __repr__(self) -> str:
        """Short: the body, the edition and its dates (and a cycle, when one is given)."""
        cycle = "" if self.cycle is None else f", cycle={_cycle_repr(self.cycle)}"
        return (
            f"CeuTierTable(body={self.body.code}, edition={self.name!r}{cycle}, "
            f"effective_from={self.effective_from!r}, superseded_on={self.superseded_on!r})"
        )

    @property
    def edition(self) -> str:
        """The edition's name, used to pin it (the same as ``name``)."""
        return self.name

    @property
    def cycle_text(self) -> str:
        """The cycle length in words, such as ``"2 years"`` (``"cycle"`` when not given)."""
        return _cycle_repr(self.cycle)

    @property
    def max_units(self) -> decimal.Decimal:
        """The units of the last, open-ended tier: no count asks for more."""
        return self.tiers[-1].units

    def tier_for(self, count: int) -> CeuTier | None:
        """The tier covering ``count`` credentials, or ``None`` for ``0``.

        Raises:
            InvalidTypeError: ``count`` is not an ``int`` (a ``bool`` is refused).
            InvalidValueError: ``count`` is negative.
        """
        _check_count(count)
        if count < 0:
            raise InvalidValueError(f"the number of credentials must be 0 or more, got {count}")
        if count == 0:
            return None
        for tier in self.tiers:  # pragma: no branch -- the open-ended last tier always matches
            if tier.covers(count):
                return tier
        raise AssertionError("unreachable: the last tier is open-ended")  # pragma: no cover

    def units_for(self, count: int) -> decimal.Decimal:
        """The CEUs due per cycle for ``count`` distinct credentials from this body.

        ``0`` credentials owe ``Decimal(0)``.

        Raises:
            InvalidTypeError: ``count`` is not an ``int`` (a ``bool`` is refused).
            InvalidValueError: ``count`` is negative.
        """
        tier = self.tier_for(count)
        return decimal.Decimal(0) if tier is None else tier.units
