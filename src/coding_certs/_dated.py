"""The one base of everything effective-dated in a rule book: :class:`DatedRule`.

Every rule (a requirement edition of any kind, a cycle rule, an unmet-cycle
rule, a minimum, a notice) names its body, is in force from ``effective_from``
until the next edition of the same rule takes over (``superseded_on``, the
first day no longer in force, which a :class:`~coding_certs.Rulebook` derives
from the next edition when the data gives none), cites its sources and lists
what it assumes. Each also says which day decides whether it applies to a
cycle (``judged_by``): the day a cycle *began* is the default, as AHIMA scopes
its changes (its 2024 changes apply to "anyone beginning a two-year
recertification cycle in 2024"); an unmet-cycle rule or a notice is judged by
the day the cycle *ended*, and so are the rules of a body that scopes no change
by the day a cycle began (AAPC's requirement tables and minimums: a coder
reports CEUs at the due date against the requirements then published, an
assumption each rule records).

A rule book resolves every rule one way (:meth:`~coding_certs.Rulebook.in_force`):
the edition whose days contain the day its own ``judged_by`` names.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from coding_certs._errors import InvalidValueError
from coding_certs._model import IssuingBody, Source, source_tuple
from coding_certs._validate import (
    enum_converter,
    instance_of,
    non_empty_text,
    non_empty_texts,
    optional_instance_of,
    to_date,
    to_tuple,
)


class JudgedBy(enum.StrEnum):
    """Which day of a cycle decides whether a rule applies to it."""

    CYCLE_START = "cycle-start"
    """The rule applies to cycles that began while it was in force."""
    CYCLE_END = "cycle-end"
    """The rule applies to cycles that ended while it was in force."""


_to_judged_by = enum_converter(JudgedBy, what="judged_by")


def judged_by_converter(value: object) -> JudgedBy:
    """``"cycle-start"``/``"cycle-end"`` (or a member) to a :class:`JudgedBy`."""
    return _to_judged_by(value)


def _body_code(body: IssuingBody) -> str:
    return body.code


def _day(value: object) -> dt.date:
    if isinstance(value, str):
        return to_date(value, what="a rule's date")
    return value  # type: ignore[return-value]  # the validator names the wrong type


def _optional_day(value: object) -> dt.date | None:
    return None if value is None else _day(value)


@attrs.frozen(kw_only=True)
class DatedRule:
    """What every dated rule has: a body, a name, dates in force, a judged day, sources.

    Attributes:
        body: the issuing body the rule belongs to.
        name: a name unique among the rule book's rules of its kind.
        effective_from: the first day in force (a ``date`` or an ISO string).
        superseded_on: the first day no longer in force; ``None`` while
            current. A rule book fills it in from the next edition of the same
            rule when the data leaves it out.
        judged_by: which day of a cycle picks the rule: the cycle's first day
            (the default) or its last.
        sources: the pages the rule was read from.
        assumptions: what the rule records that no source confirms.
    """

    body: IssuingBody = attrs.field(validator=instance_of(IssuingBody), repr=_body_code)
    name: str = attrs.field(validator=non_empty_text)
    effective_from: dt.date = attrs.field(
        converter=_day, validator=instance_of(dt.date), repr=False
    )
    superseded_on: dt.date | None = attrs.field(
        default=None, converter=_optional_day, validator=optional_instance_of(dt.date), repr=False
    )
    judged_by: JudgedBy = attrs.field(
        default=JudgedBy.CYCLE_START, converter=judged_by_converter, repr=False
    )
    sources: tuple[Source, ...] = attrs.field(
        default=(), converter=to_tuple, validator=source_tuple, repr=False
    )
    assumptions: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=non_empty_texts, repr=False
    )

    def __attrs_post_init__(self) -> None:
        if self.superseded_on is not None and self.superseded_on <= self.effective_from:
            raise InvalidValueError(
                f"{type(self).__name__} {self.name!r}: superseded_on ({self.superseded_on}) "
                f"must be after effective_from ({self.effective_from})"
            )

    def in_force_on(self, day: dt.date) -> bool:
        """Whether the rule applies on ``day``."""
        return self.effective_from <= day and (
            self.superseded_on is None or day < self.superseded_on
        )

    def judged_day(self, start: dt.date, end: dt.date) -> dt.date:
        """The day that decides whether the rule applies to a cycle from ``start`` to ``end``."""
        return end if self.judged_by is JudgedBy.CYCLE_END else start

    def applies_to(self, start: dt.date, end: dt.date) -> bool:
        """Whether the rule applies to a cycle from ``start`` to ``end``, by its judged day."""
        return self.in_force_on(end if self.judged_by is JudgedBy.CYCLE_END else start)

    @property
    def lineage(self) -> tuple[object, ...] | None:
        """What makes two rules of one kind editions of the *same* rule (besides the body).

        One requirement, cycle rule or unmet-cycle rule is in force per body at
        a time, so all of a body's editions of that kind are one rule; kinds of
        which several apply at once say what tells them apart (a minimum: its
        credential, category and ``when_held_alone``), or ``None`` when each
        rule stands alone with its own dates (a notice).
        """
        return ()


__all__ = ["DatedRule", "JudgedBy", "judged_by_converter"]
